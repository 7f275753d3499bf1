/** 简体中文（zh-Hans）的完整目录：卡片、计算过程和内置规则集的用语。 */
import type { Catalogue } from '../languages.js';
import { CARD } from './card.js';
import { RULE_SETS } from './rule-sets.js';
import { WORKING } from './working.js';

export const catalogue: Catalogue = { card: CARD, working: WORKING, ruleSets: RULE_SETS };
