import { readDecimal } from '../decimal.js';
import type { ErrorCode, ErrorParams, FieldError, Path } from '../errors.js';
import { METRICS, METRIC_NAMES, isMetricName } from '../metrics/registry.js';
import { fieldError } from '../spec.js';
import { resolveExtends } from './resolve.js';
import { isIsoDate, isRecord, isWebUrl, quoted } from '../util.js';
import { EVIDENCE, OPERATORS, RULE_SET_STATUSES, type Evidence, type ResolvedRuleSet, type RuleSet, type RuleSetStatus } from './types.js';

export { isIsoDate, isWebUrl };

/** Deeper nesting is no rule anyone writes, and recursion on it could exhaust the stack. */
const MAX_DEPTH = 16;
const EQUALITY_ONLY: readonly string[] = ['=='];

type Rec = Record<string, unknown>;
/** The item a path runs through, named in the error's text: `clauses[1] (3A090.a.2).when…`. */
type ItemRef = { at: number; id: string } | undefined;

function checker(errors: FieldError[]) {
  const fail = (path: Path, code: ErrorCode, params: ErrorParams = {}, item?: ItemRef) => {
    errors.push(fieldError(path, code, item ? { ...params, item: item.id } : params, item));
  };
  const text = (raw: Rec, key: string, at: Path, optional = false, item?: ItemRef) => {
    const value = raw[key];
    if (value === undefined && optional) return;
    if (typeof value !== 'string' || value.trim() === '') fail([...at, key], value === undefined ? 'missing' : 'wrong-type', { expected: 'non-empty-text' }, item);
  };
  const date = (raw: Rec, key: string, at: Path, optional = false) => {
    const value = raw[key];
    if (value === undefined && optional) return;
    if (!isIsoDate(value)) fail([...at, key], value === undefined ? 'missing' : 'not-a-date', { given: quoted(value) });
  };
  const url = (raw: Rec, key: string, at: Path) => {
    if (!isWebUrl(raw[key])) fail([...at, key], raw[key] === undefined ? 'missing' : 'not-a-url', { given: quoted(raw[key]) });
  };
  return { fail, text, date, url };
}

type Check = ReturnType<typeof checker>;

function checkNode(node: unknown, at: Path, phase: 'classification' | 'outcome', depth: number, check: Check, item: ItemRef): void {
  if (depth > MAX_DEPTH) return check.fail(at, 'too-deep', { max: MAX_DEPTH }, item);
  if (!isRecord(node)) return check.fail(at, 'wrong-type', { expected: 'condition' }, item);
  for (const group of ['all', 'any'] as const) {
    if (group in node) {
      const children = node[group];
      if (!Array.isArray(children) || children.length === 0) return check.fail([...at, group], 'wrong-type', { expected: 'non-empty-list' }, item);
      children.forEach((child, i) => checkNode(child, [...at, group, i], phase, depth + 1, check, item));
      return;
    }
  }
  const { metric, op, threshold } = node;
  if (!isMetricName(metric)) {
    return check.fail([...at, 'metric'], 'unknown-metric', { ...(metric === undefined ? {} : { given: quoted(metric) }), known: METRIC_NAMES }, item);
  }
  const info = METRICS[metric];
  if (info.phase === 'outcome' && phase !== 'outcome') return check.fail([...at, 'metric'], 'outcome-metric', { metric }, item);
  const allowed = info.kind === 'number' || info.kind === 'date' ? OPERATORS : EQUALITY_ONLY;
  if (typeof op !== 'string' || !allowed.includes(op)) {
    check.fail([...at, 'op'], 'unknown-operator', { ...(op === undefined ? {} : { given: quoted(op) }), known: allowed, metric }, item);
  }
  const where = [...at, 'threshold'];
  if (info.kind === 'number') {
    const read = readDecimal(threshold);
    if ('problem' in read) check.fail(where, read.problem === 'missing' ? 'missing' : 'not-a-number', { given: quoted(threshold) }, item);
  } else if (info.kind === 'date') {
    if (!isIsoDate(threshold)) check.fail(where, threshold === undefined ? 'missing' : 'not-a-date', { given: quoted(threshold) }, item);
  } else if (typeof threshold !== (info.kind === 'boolean' ? 'boolean' : 'string')) {
    check.fail(where, threshold === undefined ? 'missing' : 'wrong-type', { expected: info.kind === 'boolean' ? 'boolean' : 'text' }, item);
  }
}

function checkItems(raw: Rec, key: 'clauses' | 'exclusions' | 'outcomes', required: boolean, ids: Set<string>, check: Check) {
  const items = raw[key];
  if (items === undefined && !required) return;
  if (!Array.isArray(items) || (required && items.length === 0)) {
    return check.fail([key], items === undefined ? 'missing' : 'wrong-type', { expected: 'non-empty-list' });
  }
  items.forEach((item, i) => {
    const ref: ItemRef = isRecord(item) && typeof item.id === 'string' ? { at: 1, id: item.id } : undefined;
    const at: Path = [key, i];
    if (!isRecord(item)) return check.fail(at, 'wrong-type', { expected: 'object' });
    check.text(item, 'id', at, false, ref);
    check.text(item, 'title', at, false, ref);
    if (key === 'clauses') {
      check.text(item, 'classification', at, false, ref);
      check.text(item, 'label', at, true, ref);
    }
    check.text(item, 'text', at, key !== 'outcomes', ref);
    if (typeof item.id === 'string') {
      if (ids.has(item.id)) check.fail([...at, 'id'], 'duplicate-id', { given: quoted(item.id) }, ref);
      ids.add(item.id);
    }
    if (item.evidence !== undefined && !EVIDENCE.includes(item.evidence as Evidence)) {
      check.fail([...at, 'evidence'], 'unknown-evidence', { given: quoted(item.evidence), known: EVIDENCE }, ref);
    }
    if (item.when === undefined) check.fail([...at, 'when'], 'missing', {}, ref);
    else checkNode(item.when, [...at, 'when'], key === 'outcomes' ? 'outcome' : 'classification', 0, check, ref);
  });
}

/** `translations`: by language tag, texts only (shown as text, never as markup). */
function checkTranslations(raw: unknown, check: Check) {
  if (!isRecord(raw)) return check.fail(['translations'], 'wrong-type', { expected: 'object' });
  for (const [language, translation] of Object.entries(raw)) {
    const at: Path = ['translations', language];
    if (!isRecord(translation)) {
      check.fail(at, 'wrong-type', { expected: 'object' });
      continue;
    }
    for (const key of ['title', 'shortTitle', 'covers', 'notControlledNote']) check.text(translation, key, at, true);
    if (translation.caveats !== undefined && (!Array.isArray(translation.caveats) || translation.caveats.some((c) => typeof c !== 'string'))) {
      check.fail([...at, 'caveats'], 'wrong-type', { expected: 'sentences' });
    }
    if (translation.classifications !== undefined
      && (!isRecord(translation.classifications) || Object.values(translation.classifications).some((c) => typeof c !== 'string'))) {
      check.fail([...at, 'classifications'], 'wrong-type', { expected: 'object' });
    }
    if (translation.items !== undefined) {
      if (!isRecord(translation.items)) check.fail([...at, 'items'], 'wrong-type', { expected: 'object' });
      else for (const [id, words] of Object.entries(translation.items)) {
        if (!isRecord(words)) check.fail([...at, 'items', id], 'wrong-type', { expected: 'object' });
        else for (const key of ['title', 'gloss']) check.text(words, key, [...at, 'items', id], true);
      }
    }
  }
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
    check.fail(['ruleSet'], 'wrong-type', { expected: 'rule-set' });
    return { ruleSet: null, errors };
  }
  check.text(raw, 'id', []);
  check.text(raw, 'title', []);
  check.text(raw, 'appliesTo', []);
  check.date(raw, 'effective', []);
  check.date(raw, 'complianceDate', [], true);
  check.date(raw, 'until', [], true);
  for (const key of ['shortTitle', 'supersededBy', 'family', 'derivedFrom', 'basedOn', 'notControlledNote']) check.text(raw, key, [], true);
  if (raw.overlay !== undefined && typeof raw.overlay !== 'boolean') check.fail(['overlay'], 'wrong-type', { expected: 'boolean' });
  if (raw.stage !== undefined) {
    if (!isRecord(raw.stage)) check.fail(['stage'], 'wrong-type', { expected: 'stage' });
    else {
      check.text(raw.stage, 'label', ['stage']);
      check.date(raw.stage, 'date', ['stage']);
    }
  }
  if (!RULE_SET_STATUSES.includes(raw.status as RuleSetStatus)) {
    check.fail(['status'], raw.status === undefined ? 'missing' : 'unknown-status', { given: quoted(raw.status), known: RULE_SET_STATUSES });
  }
  if (!isRecord(raw.citation)) check.fail(['citation'], raw.citation === undefined ? 'missing' : 'wrong-type', { expected: 'citation' });
  else {
    check.text(raw.citation, 'document', ['citation']);
    check.date(raw.citation, 'published', ['citation']);
    check.url(raw.citation, 'url', ['citation']);
    check.text(raw.citation, 'frDoc', ['citation'], true);
  }
  if (!Array.isArray(raw.sources)) check.fail(['sources'], raw.sources === undefined ? 'missing' : 'wrong-type', { expected: 'list' });
  else raw.sources.forEach((source, i) => {
    if (!isRecord(source)) return check.fail(['sources', i], 'wrong-type', { expected: 'source' });
    check.text(source, 'title', ['sources', i]);
    check.url(source, 'url', ['sources', i]);
  });
  if (raw.caveats !== undefined && (!Array.isArray(raw.caveats) || raw.caveats.some((c) => typeof c !== 'string'))) {
    check.fail(['caveats'], 'wrong-type', { expected: 'sentences' });
  }
  if (raw.translations !== undefined) checkTranslations(raw.translations, check);
  if (raw.scope !== undefined) {
    if (!isRecord(raw.scope)) check.fail(['scope'], 'wrong-type', { expected: 'object' });
    else {
      check.text(raw.scope, 'covers', ['scope']);
      if (raw.scope.when === undefined) check.fail(['scope', 'when'], 'missing');
      else checkNode(raw.scope.when, ['scope', 'when'], 'classification', 0, check, undefined);
    }
  }

  let base: ResolvedRuleSet | undefined;
  if (raw.extends !== undefined) {
    base = typeof raw.extends === 'string' ? known.get(raw.extends) : undefined;
    if (!base) check.fail(['extends'], 'unknown-rule-set', { given: quoted(raw.extends), known: [...known.keys()] });
  }
  const ids = new Set<string>([...(base?.clauses ?? []), ...(base?.exclusions ?? [])].map((c) => c.id));
  checkItems(raw, 'clauses', base === undefined, ids, check);
  checkItems(raw, 'exclusions', false, ids, check);
  checkItems(raw, 'outcomes', false, ids, check);

  if (errors.length > 0) return { ruleSet: null, errors };
  return { ruleSet: resolveExtends(raw as unknown as RuleSet, base), errors: [] };
}
