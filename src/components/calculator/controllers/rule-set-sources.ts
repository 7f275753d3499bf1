/**
 * Where rule sets come from besides the built-in ones: the `ruleSets` property, JSON in child
 * `<script type="application/json">` elements (one rule set or a list), and rule sets carried in a
 * link. Script text is only ever parsed as JSON: never executed, never rendered as markup. The
 * engine validates every rule set; a broken one is reported by name and place, and the rest load.
 *
 * The built-in rule sets other than the default arrive in a chunk of their own (with the engine's
 * loader), which the first verdict under the default does not wait for.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AsOfChoice } from '../../../core/as-of.js';
import { builtInRuleSets } from '../../../core/rule-set-registry.js';
import type { ResolvedRuleSet } from '../../../core/rules/types.js';
import type { Messages } from '../../../i18n/messages.js';
import { MAX_JSON_DEPTH, nestsDeeper, parseJson } from '../../../model/page-json.js';

type RuleSetsModule = typeof import('../../../core/rule-sets.js');

/**
 * When what is shown needs every built-in rule set: before its answer (another rule set than the
 * default, a date's, or the page's own, which may extend a built-in one), after it (the other
 * rules' answers beside it), or not yet.
 */
export type BuiltInNeed = 'before-answer' | 'after-answer' | 'not-yet';

/**
 * A message about the page's input, worded when it is shown (in the language of the moment): its
 * words load with the working's, as a card with nothing wrong needs none of them.
 */
export type Notice = (m: Messages) => string;

/** The rule sets from one place, and what was wrong before validation (JSON that does not parse). */
interface Source {
  raws: unknown[];
  /** How messages name the place, e.g. "(script element 2)"; '' for the ruleSets property. */
  from: Notice;
  problems: Notice[];
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
function refusal(raw: unknown): Notice | null {
  if (nestsDeeper(raw)) return (m) => m.notices.ruleSetTooDeep(MAX_JSON_DEPTH);
  const conditions = conditionCount(raw);
  return conditions > MAX_CONDITIONS ? (m) => m.notices.ruleSetTooManyConditions(conditions, MAX_CONDITIONS) : null;
}

function idOf(raw: unknown): string | null {
  return typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : null;
}

/** A script's text: one rule set or a list of them, as JSON. */
function scriptSource(text: string, n: number): Source {
  const from: Notice = (m) => m.notices.fromScript(n);
  try {
    const parsed = parseJson(text);
    return { raws: Array.isArray(parsed) ? parsed : [parsed], from, problems: [] };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { raws: [], from, problems: [(m) => m.notices.scriptNotJson(n, detail)] };
  }
}

/**
 * Loads the sources in order onto the built-in rule sets, so that a rule set may extend one from
 * an earlier source; returns every rule set available and a notice for each one refused.
 */
function loadSources(loadRuleSets: RuleSetsModule['loadRuleSets'], sources: readonly Source[]) {
  let known: ReadonlyMap<string, ResolvedRuleSet> = new Map(builtInRuleSets().map((r) => [r.id, r]));
  const notices: Notice[] = [];
  for (const source of sources) {
    const refusals = source.raws.map(refusal);
    const checked = source.raws.flatMap((raw, index) => (refusals[index] ? [] : [{ raw, index }]));
    const { ruleSets, problems } = loadRuleSets(checked.map((c) => c.raw), known);
    known = ruleSets;
    const refused = [
      ...source.raws.flatMap((raw, index) => (refusals[index] ? [{ index, id: idOf(raw), errors: [refusals[index]!] }] : [])),
      ...problems.map((p) => ({ index: checked[p.index]!.index, id: p.id, errors: p.errors.map((e): Notice => (m) => m.engine.errors[e.code](e)) })),
    ].sort((a, b) => a.index - b.index);
    notices.push(...source.problems, ...refused.map((p): Notice => (m) => m.notices.ruleSetRejected(
      m.notices.ruleSetFrom(p.id === null ? m.notices.ruleSetUnnamed(p.index) : `“${p.id}”`, source.from(m)),
      p.errors.map((error) => error(m)).join(' '),
    )));
  }
  return { ruleSets: [...known.values()], notices };
}

export class RuleSetSources implements ReactiveController {
  /** Every rule set the widget can show: the built-in ones (the default alone until the others arrive), then the page's and the link's. */
  available: readonly ResolvedRuleSet[] = builtInRuleSets();
  notices: readonly Notice[] = [];
  /** What is asked for needs rule sets that have not arrived yet: the host waits rather than answer another question. */
  waiting = false;
  /** The rule sets a link carried, kept so that the next link carries them too. */
  linked: unknown[] | null = null;

  private scripts: readonly Source[] = [];
  private scriptTexts: string | null = null;
  private loadedFrom: unknown[] = [];
  private observer: MutationObserver | null = null;

  /** `engine`: the built-in rule sets' chunk once it has arrived, undefined before (and its loading started). */
  constructor(private readonly host: ReactiveControllerHost & Element, private readonly property: () => unknown, private readonly engine: () => RuleSetsModule | undefined) {
    host.addController(this);
  }

  hostConnected(): void {
    this.readScripts();
    // Made here, not when the element is: a server renders the element where no MutationObserver exists.
    this.observer ??= new MutationObserver(() => this.readScripts());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['type'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /**
   * Loads again when the property, the scripts, the link's rule sets or the built-in ones changed;
   * true if it did. The built-in ones are those registered so far: a view's chunk that brings them
   * all (the training run's) may register them before this host's own request for them returns.
   */
  refresh(need: BuiltInNeed): boolean {
    const property = this.property();
    const own = (property !== undefined && property !== null) || this.scripts.length > 0 || this.linked !== null;
    const engine = need !== 'not-yet' || own ? this.engine() : undefined;
    this.waiting = !engine && (need === 'before-answer' || own);
    const inputs = [property, this.scripts, this.linked, engine, builtInRuleSets()];
    if (inputs.every((input, i) => input === this.loadedFrom[i])) return false;
    this.loadedFrom = inputs;
    if (!engine) {
      this.available = builtInRuleSets();
      this.notices = [];
      return true;
    }
    const given: Source = property === undefined || property === null || Array.isArray(property)
      ? { raws: (property as unknown[] | null | undefined) ?? [], from: () => '', problems: [] }
      : { raws: [], from: () => '', problems: [(m) => m.notices.ruleSetsNotList] };
    const link: Source[] = this.linked ? [{ raws: this.linked, from: (m) => m.notices.fromLink, problems: [] }] : [];
    const { ruleSets, notices } = loadSources(engine.loadRuleSets, [given, ...this.scripts, ...link]);
    this.available = ruleSets;
    this.notices = notices;
    return true;
  }

  /**
   * The rule set of `family` (3A090's by default) in force on `date`, among those available: the
   * widget asks once every built-in rule set has arrived, as a date waits for them.
   */
  inForce(date: string, family: string | undefined): AsOfChoice {
    return this.engine()!.ruleSetInForce(date, family, this.available);
  }

  private readScripts() {
    const scripts = [...this.host.children].filter((child): child is HTMLScriptElement =>
      child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json');
    const texts = JSON.stringify(scripts.map((s) => s.textContent ?? ''));
    if (texts === this.scriptTexts) return;
    this.scriptTexts = texts;
    this.scripts = scripts.map((s, i) => scriptSource(s.textContent ?? '', i + 1));
    this.host.requestUpdate();
  }
}
