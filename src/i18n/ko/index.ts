/** 한국어: the Korean catalogue, loaded as one chunk when a widget's language is Korean. */
import type { Catalogue } from '../languages.js';
import { CARD } from './card.js';
import { RULE_SETS } from './rule-sets.js';
import { WORKING } from './working.js';

export const catalogue: Catalogue = { card: CARD, working: WORKING, ruleSets: RULE_SETS };
