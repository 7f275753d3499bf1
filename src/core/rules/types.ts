/** The rule-set JSON contract. Built-in rule sets and users' own rule sets share it. */

export type Operator = '>=' | '>' | '<' | '<=' | '==';

/** A comparison of one metric with a threshold: a decimal (number or string), or true/false, or a classification. */
export interface Condition {
  metric: string;
  op: Operator;
  threshold: number | string | boolean;
}

export type ConditionNode = Condition | { all: ConditionNode[] } | { any: ConditionNode[] };

/** A paragraph that, when its conditions hold, classifies the item. Clauses are listed most severe first. */
export interface Clause {
  id: string;
  classification: string;
  title: string;
  text?: string;
  when: ConditionNode;
}

/** A note that takes items out of the rule set when its conditions hold (e.g. Note 2 to 3A090). */
export interface Exclusion {
  id: string;
  title: string;
  text?: string;
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
  when: ConditionNode;
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

/** `hypothetical`: thresholds edited by a user, a what-if that was never law. */
export type RuleSetStatus = 'in-force' | 'superseded' | 'not-enforced' | 'bill' | 'hypothetical';

export interface RuleSet {
  id: string;
  title: string;
  citation: Citation;
  /** ISO date the rule took effect. */
  effective: string;
  complianceDate?: string;
  status: RuleSetStatus;
  /** Last day in force, for a superseded rule set. */
  until?: string;
  supersededBy?: string;
  /** What kind of item the rule set is about. */
  appliesTo: string;
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
