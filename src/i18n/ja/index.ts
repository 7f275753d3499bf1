/** 日本語（ja）: the whole catalogue, loaded as one chunk when a widget first needs Japanese. */
import type { Catalogue } from '../languages.js';
import { CARD } from './card.js';
import { RULE_SETS } from './rule-sets.js';
import { WORKING } from './working.js';

export const catalogue: Catalogue = { card: CARD, working: WORKING, ruleSets: RULE_SETS };
