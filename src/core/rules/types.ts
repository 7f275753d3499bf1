/** The rule-set JSON contract. Built-in rule sets and users' own rule sets share it. */
import type { MetricName } from '../metrics/registry.js';

export const OPERATORS = ['>=', '>', '<', '<=', '=='] as const;
export type Operator = (typeof OPERATORS)[number];

/** A comparison of one metric with a threshold: a decimal (number or string), true/false, a text (a classification, an item kind) or an ISO date. */
export interface Condition {
  metric: MetricName;
  op: Operator;
  threshold: number | string | boolean;
}

export type ConditionNode = Condition | { all: ConditionNode[] } | { any: ConditionNode[] };

/**
 * How well a statement of the rule set is established (see regulations.md): read in the primary
 * text, quoted from it by a source that checked it, or only reported by secondary sources.
 */
export const EVIDENCE = ['primary', 'quoted', 'secondary', 'unverified'] as const;
export type Evidence = (typeof EVIDENCE)[number];

/** A paragraph that, when its conditions hold, classifies the item. Clauses are listed most severe first. */
export interface Clause {
  id: string;
  /** How sentences name the clause; its id by default (an id like "3A090.a.1" is its legal reference). */
  label?: string;
  classification: string;
  title: string;
  text?: string;
  evidence?: Evidence;
  when: ConditionNode;
}

/** A note that takes items out of the rule set when its conditions hold (e.g. Note 2 to 3A090). */
export interface Exclusion {
  id: string;
  title: string;
  text?: string;
  evidence?: Evidence;
  when: ConditionNode;
}

/**
 * A consequence that follows from the classification: a license-exception hint or a license-review
 * policy. Outcome conditions may use the metrics `controlled` and `classification`.
 */
export interface Outcome {
  id: string;
  title: string;
  text: string;
  evidence?: Evidence;
  when: ConditionNode;
}

/**
 * What a rule set applies to. An item outside it is not controlled by the rule set, and `covers`
 * says why in words that finish "This rule set covers …".
 */
export interface Scope {
  when: ConditionNode;
  covers: string;
}

export interface Citation {
  /** e.g. "88 FR 73458" */
  document: string;
  /** Federal Register document number, e.g. "2023-23055". */
  frDoc?: string;
  published: string;
  url: string;
}

export interface Source {
  title: string;
  url: string;
}

/**
 * `reported`: thresholds known from press and filings, never published as regulation (the 2025
 * "is-informed" letters). `hypothetical`: thresholds edited by a user, a what-if that was never law.
 * `enacted`: law, but not yet in force (its `effective` date is to come). `withdrawn`: a draft rule
 * withdrawn before publication, known from reports.
 */
export const RULE_SET_STATUSES = ['in-force', 'superseded', 'not-enforced', 'revoked', 'reported', 'bill', 'hypothetical', 'enacted', 'withdrawn'] as const;
export type RuleSetStatus = (typeof RULE_SET_STATUSES)[number];

export interface RuleSet {
  id: string;
  title: string;
  /** A few words for a line or a table heading, e.g. "China licence review (Jan 2026)"; the title by default. */
  shortTitle?: string;
  /**
   * Shown as one line under the verdict of the rule set a reader picked (a licence policy, a
   * tariff, a reported requirement): an answer beside the classification, not instead of it.
   */
  overlay?: boolean;
  citation: Citation;
  /** ISO date the rule took effect. */
  effective: string;
  complianceDate?: string;
  status: RuleSetStatus;
  /**
   * Where a bill or a draft stands, e.g. { label: "excluded from the final FY2026 NDAA", date:
   * "2025-12-07" }; for a bill, `effective` is the date it was introduced.
   */
  stage?: { label: string; date: string };
  /** Last day in force, for a superseded rule set. */
  until?: string;
  supersededBy?: string;
  /** What kind of item the rule set is about, in words. */
  appliesTo: string;
  /** The items the rule set applies to; every item when absent. */
  scope?: Scope;
  /** Said when an item is not controlled: what the rule set leaves out (other entries of the control list…). */
  notControlledNote?: string;
  /**
   * Rule sets of one family replace or refine each other over time (the 2022, 2023 and 2026 rules
   * for logic chips); the rule set in force on a date is chosen within a family.
   */
  family?: string;
  /** Set on a rule set derived from another by editing its thresholds. */
  derivedFrom?: string;
  /** Id of a rule set whose clauses and exclusions this one takes over and adds outcomes to. */
  extends?: string;
  clauses: Clause[];
  exclusions?: Exclusion[];
  outcomes?: Outcome[];
  /** Ambiguities and unverified wording the reader must know about. */
  caveats?: string[];
  sources: Source[];
  /** Its words in other languages, by language tag (e.g. "de", "zh-Hans"). */
  translations?: Record<string, RuleSetTranslation>;
}

/**
 * A rule set's words in another language: its title, short title, scope, note for items it does not
 * control, caveats, and each item's title, with a gloss of an item's quoted legal text (the quote
 * stays as published, in English, the gloss follows it). What is not translated stays as written.
 */
export interface RuleSetTranslation {
  title?: string;
  shortTitle?: string;
  covers?: string;
  notControlledNote?: string;
  caveats?: string[];
  items?: Record<string, { title?: string; gloss?: string }>;
  /** Classifications that are words, not an ECCN paragraph ("licence required (reported)"), by the original. */
  classifications?: Record<string, string>;
}


/**
 * A rule set with `extends` resolved: everything it inherits is in place, and `basedOn` names where
 * it came from. Being self-contained, it validates and evaluates again as it is.
 */
export interface ResolvedRuleSet extends Omit<RuleSet, 'extends'> {
  basedOn?: string;
  exclusions: Exclusion[];
  outcomes: Outcome[];
  caveats: string[];
}
