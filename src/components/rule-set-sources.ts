/**
 * Where rule sets come from besides the built-in ones: the `ruleSets` property, JSON in child
 * `<script type="application/json">` elements (one rule set or a list), and rule sets carried in a
 * link. Script text is only ever parsed as JSON: never executed, never rendered as markup. The
 * engine validates every rule set; a broken one is reported by name and place, and the rest load.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadRuleSets, type ResolvedRuleSet } from '../core/index.js';
import { msg } from '../i18n/messages.js';

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
    const parsed: unknown = JSON.parse(text);
    return { raws: Array.isArray(parsed) ? parsed : [parsed], from, problems: [] };
  } catch (e) {
    return { raws: [], from, problems: [msg.ruleSetScriptNotJson(n, e instanceof Error ? e.message : String(e))] };
  }
}

/**
 * Loads the sources in order onto the built-in rule sets, so that a rule set may extend one from
 * an earlier source; returns every rule set available and a message for each one refused.
 */
export function loadSources(sources: readonly RuleSetSource[], builtIn: ReadonlyMap<string, ResolvedRuleSet>) {
  let known = builtIn;
  const notices: string[] = [];
  for (const source of sources) {
    const { ruleSets, problems } = loadRuleSets(source.raws, known);
    known = ruleSets;
    notices.push(...source.problems, ...problems.map((p) => msg.ruleSetRejected(
      msg.ruleSetFrom(p.id === null ? msg.ruleSetUnnamed(p.index) : `“${p.id}”`, source.from),
      p.errors.map((e) => e.message),
    )));
  }
  return { ruleSets: [...known.values()], notices };
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
