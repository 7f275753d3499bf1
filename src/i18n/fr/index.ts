/** French: the card's and the working's messages, and the built-in rule sets' words. */
import type { Catalogue } from '../languages.js';
import { CARD } from './card.js';
import { RULE_SETS } from './rule-sets.js';
import { WORKING } from './working.js';

export const catalogue: Catalogue = { card: CARD, working: WORKING, ruleSets: RULE_SETS };
