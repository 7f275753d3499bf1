import { readDecimal } from '../decimal.js';
import { quoted } from '../quote.js';
import type { FieldError } from '../spec.js';
import { METRIC_CATALOG, isMetricName } from './metric-catalog.js';
import type { ResolvedRuleSet, RuleSet, RuleSetStatus } from './types.js';

const STATUSES: RuleSetStatus[] = ['in-force', 'superseded', 'not-enforced', 'bill', 'hypothetical'];
const NUMBER_OPERATORS = ['>=', '>', '<', '<=', '=='];
/** Deeper nesting is no rule anyone writes, and recursion on it could exhaust the stack. */
const MAX_DEPTH = 16;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type Rec = Record<string, unknown>;
const isRecord = (raw: unknown): raw is Rec => typeof raw === 'object' && raw !== null && !Array.isArray(raw);

export function isIsoDate(text: unknown): text is string {
  const match = typeof text === 'string' ? ISO_DATE.exec(text) : null;
  if (!match) return false;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years below 100 as written (0020 is not 1920).
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/** Only http(s) links are ever rendered as links; anything else (javascript:, data:) is refused here. */
export function isWebUrl(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function checker(errors: FieldError[]) {
  const fail = (field: string, code: string, problem: string) => {
    errors.push({ field, code, message: `${field} ${problem}.` });
  };
  const text = (raw: Rec, key: string, at: string, optional = false) => {
    const value = raw[key];
    if (value === undefined && optional) return;
    if (typeof value !== 'string' || value.trim() === '') fail(`${at}${key}`, value === undefined ? 'missing' : 'wrong-type', value === undefined ? 'is missing' : 'must be a non-empty string');
  };
  const date = (raw: Rec, key: string, at: string, optional = false) => {
    const value = raw[key];
    if (value === undefined && optional) return;
    if (!isIsoDate(value)) fail(`${at}${key}`, value === undefined ? 'missing' : 'not-a-date', value === undefined ? 'is missing' : 'must be a date as YYYY-MM-DD');
  };
  const url = (raw: Rec, key: string, at: string) => {
    if (!isWebUrl(raw[key])) fail(`${at}${key}`, raw[key] === undefined ? 'missing' : 'not-a-url', raw[key] === undefined ? 'is missing' : 'must be an http(s) address');
  };
  return { fail, text, date, url };
}

function checkNode(node: unknown, at: string, phase: 'classification' | 'outcome', depth: number, check: ReturnType<typeof checker>): void {
  if (depth > MAX_DEPTH) return check.fail(at, 'too-deep', `nests conditions more than ${MAX_DEPTH} levels deep`);
  if (!isRecord(node)) return check.fail(at, 'wrong-type', 'must be a condition ({ metric, op, threshold }) or a group ({ all: [...] } or { any: [...] })');
  for (const group of ['all', 'any'] as const) {
    if (group in node) {
      const children = node[group];
      if (!Array.isArray(children) || children.length === 0) return check.fail(`${at}.${group}`, 'wrong-type', 'must be a non-empty list of conditions');
      children.forEach((child, i) => checkNode(child, `${at}.${group}[${i}]`, phase, depth + 1, check));
      return;
    }
  }
  const { metric, op, threshold } = node;
  if (typeof metric !== 'string' || !isMetricName(metric)) {
    return check.fail(`${at}.metric`, 'unknown-metric',
      `${metric === undefined ? 'is missing' : `${quoted(metric)} is not a known metric`} (known: ${Object.keys(METRIC_CATALOG).join(', ')})`);
  }
  const info = METRIC_CATALOG[metric];
  if (info.phase === 'outcome' && phase !== 'outcome') {
    return check.fail(`${at}.metric`, 'outcome-metric', `"${metric}" can only be tested in outcomes, after classification`);
  }
  const allowed = info.kind === 'number' ? NUMBER_OPERATORS : ['=='];
  if (typeof op !== 'string' || !allowed.includes(op)) {
    check.fail(`${at}.op`, 'unknown-operator', `${op === undefined ? 'is missing' : `${quoted(op)} is not allowed`} (for ${metric}: ${allowed.join(' ')})`);
  }
  if (info.kind === 'number') {
    const read = readDecimal(threshold);
    if ('problem' in read) check.fail(`${at}.threshold`, read.problem === 'missing' ? 'missing' : 'not-a-number', read.problem === 'missing' ? 'is missing' : `must be a number, not ${quoted(threshold)}`);
  } else if (typeof threshold !== (info.kind === 'boolean' ? 'boolean' : 'string')) {
    check.fail(`${at}.threshold`, 'wrong-type', `must be ${info.kind === 'boolean' ? 'true or false' : 'a string'}`);
  }
}

function checkItems(raw: Rec, key: 'clauses' | 'exclusions' | 'outcomes', required: boolean, ids: Set<string>, check: ReturnType<typeof checker>) {
  const items = raw[key];
  if (items === undefined && !required) return;
  if (!Array.isArray(items) || (required && items.length === 0)) {
    return check.fail(key, items === undefined ? 'missing' : 'wrong-type', items === undefined ? 'is missing' : 'must be a non-empty list');
  }
  items.forEach((item, i) => {
    const name = isRecord(item) && typeof item.id === 'string' ? ` (${item.id})` : '';
    const at = `${key}[${i}]${name}`;
    if (!isRecord(item)) return check.fail(at, 'wrong-type', 'must be an object');
    check.text(item, 'id', `${at}.`);
    check.text(item, 'title', `${at}.`);
    if (key === 'clauses') check.text(item, 'classification', `${at}.`);
    check.text(item, 'text', `${at}.`, key !== 'outcomes');
    if (typeof item.id === 'string') {
      if (ids.has(item.id)) check.fail(`${at}.id`, 'duplicate-id', `"${item.id}" is used twice`);
      ids.add(item.id);
    }
    if (item.when === undefined) check.fail(`${at}.when`, 'missing', 'is missing');
    else checkNode(item.when, `${at}.when`, key === 'outcomes' ? 'outcome' : 'classification', 0, check);
  });
}

/**
 * Validates a rule set and resolves `extends` against `known`. Never throws: a malformed rule set
 * yields errors that name the clause and the field, e.g. `clauses[1] (3A090.a.2).when.all[0].threshold`.
 */
export function validateRuleSet(raw: unknown, known: ReadonlyMap<string, ResolvedRuleSet> = new Map()):
  { ruleSet: ResolvedRuleSet; errors: [] } | { ruleSet: null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const check = checker(errors);
  if (!isRecord(raw)) {
    check.fail('ruleSet', 'wrong-type', 'must be an object');
    return { ruleSet: null, errors };
  }
  check.text(raw, 'id', '');
  check.text(raw, 'title', '');
  check.text(raw, 'appliesTo', '');
  check.date(raw, 'effective', '');
  check.date(raw, 'complianceDate', '', true);
  check.date(raw, 'until', '', true);
  check.text(raw, 'supersededBy', '', true);
  check.text(raw, 'family', '', true);
  check.text(raw, 'derivedFrom', '', true);
  check.text(raw, 'basedOn', '', true);
  if (!STATUSES.includes(raw.status as RuleSetStatus)) {
    check.fail('status', raw.status === undefined ? 'missing' : 'unknown-status', `must be one of ${STATUSES.join(', ')}`);
  }
  if (!isRecord(raw.citation)) check.fail('citation', 'missing', 'must be an object with document, published and url');
  else {
    check.text(raw.citation, 'document', 'citation.');
    check.date(raw.citation, 'published', 'citation.');
    check.url(raw.citation, 'url', 'citation.');
    check.text(raw.citation, 'frDoc', 'citation.', true);
  }
  if (!Array.isArray(raw.sources)) check.fail('sources', 'missing', 'must be a list of { title, url }');
  else raw.sources.forEach((source, i) => {
    if (!isRecord(source)) return check.fail(`sources[${i}]`, 'wrong-type', 'must be an object with title and url');
    check.text(source, 'title', `sources[${i}].`);
    check.url(source, 'url', `sources[${i}].`);
  });
  if (raw.caveats !== undefined && (!Array.isArray(raw.caveats) || raw.caveats.some((c) => typeof c !== 'string'))) {
    check.fail('caveats', 'wrong-type', 'must be a list of sentences');
  }

  let base: ResolvedRuleSet | undefined;
  if (raw.extends !== undefined) {
    base = typeof raw.extends === 'string' ? known.get(raw.extends) : undefined;
    if (!base) check.fail('extends', 'unknown-rule-set', `${quoted(raw.extends)} is not a known rule set (known: ${[...known.keys()].join(', ') || 'none'})`);
  }
  const ids = new Set<string>([...(base?.clauses ?? []), ...(base?.exclusions ?? [])].map((c) => c.id));
  checkItems(raw, 'clauses', base === undefined, ids, check);
  checkItems(raw, 'exclusions', false, ids, check);
  checkItems(raw, 'outcomes', false, ids, check);

  if (errors.length > 0) return { ruleSet: null, errors };
  const { extends: basedOn, ...own } = raw as unknown as RuleSet;
  return {
    ruleSet: {
      ...own,
      ...(basedOn ? { basedOn } : {}),
      clauses: [...(base?.clauses ?? []), ...(own.clauses ?? [])],
      exclusions: [...(base?.exclusions ?? []), ...(own.exclusions ?? [])],
      outcomes: [...(base?.outcomes ?? []), ...(own.outcomes ?? [])],
      caveats: [...(base?.caveats ?? []), ...(own.caveats ?? [])],
    },
    errors: [],
  };
}

