/**
 * Where rule sets come from besides the built-in ones: the `ruleSets` property, JSON in child
 * `<script type="application/json">` elements (one rule set or a list), and rule sets carried in a
 * link. Script text is only ever parsed as JSON: never executed, never rendered as markup. The
 * engine validates every rule set; a broken one is reported by name and place, and the rest load.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadRuleSets, type ResolvedRuleSet } from '../core/index.js';
import { msg } from '../i18n/messages.js';
import { MAX_JSON_DEPTH, nestsDeeper, parseJson } from './page-json.js';

/** The rule sets from one place, and what was wrong before validation (JSON that does not parse). */
export interface RuleSetSource {
  raws: unknown[];
  /** How messages name the place, e.g. "(script element 2)"; '' for the ruleSets property. */
  from: string;
  problems: string[];
}

export function propertySource(ruleSets: unknown): RuleSetSource {
  return Array.isArray(ruleSets) ? { raws: ruleSets, from: '', problems: [] } : { raws: [], from: '', problems: [msg.ruleSetsNotList] };
}

export function linkSource(ruleSets: unknown[]): RuleSetSource {
  return { raws: ruleSets, from: msg.fromLink, problems: [] };
}

/** A script's text: one rule set or a list of them, as JSON. */
export function scriptSource(text: string, n: number): RuleSetSource {
  const from = msg.fromScript(n);
  try {
    const parsed = parseJson(text);
    return { raws: Array.isArray(parsed) ? parsed : [parsed], from, problems: [] };
  } catch (e) {
    return { raws: [], from, problems: [msg.ruleSetScriptNotJson(n, e instanceof Error ? e.message : String(e))] };
  }
}

/**
 * The most conditions a rule set given to the widget may have. Published ones have a few dozen;
 * the engine's boundary search evaluates the whole rule set once per threshold, so its time grows
 * with the square of the count, and a few thousand conditions would stall every keystroke for a minute.
 */
export const MAX_CONDITIONS = 200;

/** The conditions (objects with a `metric`) anywhere in a rule set, which must nest no deeper than MAX_JSON_DEPTH. */
function conditionCount(raw: unknown): number {
  if (typeof raw !== 'object' || raw === null) return 0;
  const own = !Array.isArray(raw) && 'metric' in raw ? 1 : 0;
  return Object.values(raw).reduce<number>((sum, value) => sum + conditionCount(value), own);
}

/**
 * Why a rule set is refused before the engine sees it, or null: nesting so deep that the engine,
 * quoting a value in a message, would overflow the stack; or more conditions than it evaluates in good time.
 */
function refusal(raw: unknown): string | null {
  if (nestsDeeper(raw)) return msg.ruleSetTooDeep(MAX_JSON_DEPTH);
  const conditions = conditionCount(raw);
  return conditions > MAX_CONDITIONS ? msg.ruleSetTooManyConditions(conditions, MAX_CONDITIONS) : null;
}

/**
 * Loads the sources in order onto the built-in rule sets, so that a rule set may extend one from
 * an earlier source; returns every rule set available and a message for each one refused.
 */
export function loadSources(sources: readonly RuleSetSource[], builtIn: ReadonlyMap<string, ResolvedRuleSet>) {
  let known = builtIn;
  const notices: string[] = [];
  for (const source of sources) {
    const refusals = source.raws.map(refusal);
    const checked = source.raws.flatMap((raw, index) => (refusals[index] ? [] : [{ raw, index }]));
    const { ruleSets, problems } = loadRuleSets(checked.map((c) => c.raw), known);
    known = ruleSets;
    const refused = [
      ...source.raws.flatMap((raw, index) => (refusals[index] ? [{ index, id: idOf(raw), errors: [refusals[index]!] }] : [])),
      ...problems.map((p) => ({ index: checked[p.index]!.index, id: p.id, errors: p.errors.map((e) => e.message) })),
    ].sort((a, b) => a.index - b.index);
    notices.push(...source.problems, ...refused.map((p) => msg.ruleSetRejected(
      msg.ruleSetFrom(p.id === null ? msg.ruleSetUnnamed(p.index) : `“${p.id}”`, source.from),
      p.errors,
    )));
  }
  return { ruleSets: [...known.values()], notices };
}

function idOf(raw: unknown): string | null {
  return typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : null;
}

/** The rule sets in the host's child scripts, read on connect and again whenever its light DOM changes. */
export class ScriptRuleSets implements ReactiveController {
  /** Replaced (never mutated) when the scripts' text changes, so that the host can tell by identity. */
  sources: readonly RuleSetSource[] = [];
  private texts: string | null = null;
  private readonly observer = new MutationObserver(() => this.read());

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['type'] });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  private read() {
    const scripts = [...this.host.children].filter((child): child is HTMLScriptElement =>
      child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json');
    const texts = JSON.stringify(scripts.map((s) => s.textContent ?? ''));
    if (texts === this.texts) return;
    this.texts = texts;
    this.sources = scripts.map((s, i) => scriptSource(s.textContent ?? '', i + 1));
    this.host.requestUpdate();
  }
}
