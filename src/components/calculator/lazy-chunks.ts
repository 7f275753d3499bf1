/**
 * The parts of the widget a reader of the card does not need before its first verdict: the
 * built-in rule sets but the default, the code of threshold edits and of links, the explanation
 * (what would change the verdict, why), the working, the view tabs, the messages they show, the
 * comparison, the catalog, the training-run view, the threshold editor, the vintages table, the
 * share buttons, and every language but English. Each is a chunk beside the embed file, imported
 * relative to it (so one script tag from any folder or CDN path still finds them) when it is first
 * asked for; a chunk's styles are adopted into the shadow root as it arrives, and the host updates.
 */
import { isServer, type CSSResult, type ReactiveControllerHost } from 'lit';
import { ORIGINAL_WORDS, type RuleSetWords } from '../../core/explain/words.js';
import { enCard } from '../../i18n/en/card.js';
import { CATALOGUES } from '../../i18n/languages.js';
import type { CardMessages, WorkingMessages } from '../../i18n/messages.js';
import type { CardUi, Ui } from '../controls/ui.js';

const LOADERS = {
  ruleSets: () => import('../../core/rule-sets.js'),
  explain: () => import('../../core/evaluate.js'),
  edits: () => import('../../model/threshold-edits.js'),
  link: () => import('../../model/share-state.js'),
  messages: () => import('../../i18n/en/working.js'),
  working: () => import('../working/working.js'),
  tabs: () => import('../controls/view-tabs.js'),
  compare: () => import('../views/compare/compare-view.js'),
  catalog: () => import('../views/catalog/catalog-view.js'),
  training: () => import('../views/training/training-view.js'),
  thresholds: () => import('../views/threshold-editor/threshold-editor.js'),
  vintages: () => import('../views/vintages/vintages-table.js'),
  share: () => import('../views/share/share-actions.js'),
};

/** A language as the widget uses it: its messages, and its words for rule sets. */
interface Language {
  card: CardMessages;
  working: WorkingMessages;
  ruleSetWords: RuleSetWords;
}

const ENGLISH = { card: enCard, ruleSetWords: ORIGINAL_WORDS };

type Modules = { [K in keyof typeof LOADERS]: Awaited<ReturnType<(typeof LOADERS)[K]>> };
export type ChunkName = keyof Modules;

type LazyHost = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

export class LazyChunks {
  private readonly loaded: Partial<Modules> = {};
  private readonly loading = new Set<ChunkName>();
  /** The chunks on their way, modules and languages. */
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly host: LazyHost) {}

  /** The module, once loaded; until then undefined, and its loading started (never on a server, which renders the card alone). */
  get<K extends ChunkName>(name: K): Modules[K] | undefined {
    const module = this.loaded[name];
    if (!module && !this.loading.has(name) && !isServer) {
      this.loading.add(name);
      this.track(LOADERS[name]().then((loaded) => {
        if ('styles' in loaded) this.adopt(loaded.styles as readonly CSSResult[]);
        this.loaded[name] = loaded as Modules[K];
        this.host.requestUpdate();
      }));
    }
    return module;
  }

  /** Whether the module has arrived; asking does not load it. */
  has(name: ChunkName): boolean {
    return name in this.loaded;
  }

  private readonly languages = new Map<string, Language | null>();

  /**
   * The card's messages and the rule sets' words in `language`: English at once, another language
   * once its chunk (and the code that words rule sets from translations) has arrived; undefined
   * until then, and its loading started.
   */
  catalogue(language: string): Pick<Language, 'card' | 'ruleSetWords'> | undefined {
    if (language === 'en' || !CATALOGUES[language]) return ENGLISH;
    const loaded = this.languages.get(language);
    if (loaded === undefined && !isServer) {
      this.languages.set(language, null);
      this.track(Promise.all([CATALOGUES[language]!(), import('../../core/explain/translated-words.js')]).then(([catalogue, { translatedWords }]) => {
        const ruleSetWords = translatedWords(language, catalogue.ruleSets, catalogue.card.ruleSet.customTitle);
        this.languages.set(language, { card: catalogue.card, working: catalogue.working, ruleSetWords });
        this.host.requestUpdate();
      }));
    }
    return loaded ?? undefined;
  }

  /** `ui` with every message, once the working's messages in its language have arrived (and their loading started). */
  ui(ui: CardUi): Ui | undefined {
    const working = ui.language === 'en' ? this.get('messages')?.enWorking : this.languages.get(ui.language)?.working;
    if (working && this.merged?.from !== ui) this.merged = { from: ui, ui: { ...ui, m: { ...ui.m, ...working } } };
    return working && this.merged?.ui;
  }

  private merged: { from: CardUi; ui: Ui } | null = null;

  /** Resolves as the host's `updateComplete` (`updated`) does, once no chunk is on its way and what their arrivals asked for has rendered. */
  async settled(updated: () => Promise<boolean>): Promise<boolean> {
    let done = await updated();
    while (this.inFlight.size) {
      await Promise.all(this.inFlight);
      done = await updated();
    }
    return done;
  }

  private track(arrival: Promise<unknown>) {
    this.inFlight.add(arrival);
    void arrival.finally(() => this.inFlight.delete(arrival));
  }

  private adopt(styles: readonly CSSResult[]) {
    const root = this.host.renderRoot;
    const sheets = styles.flatMap((s) => (s.styleSheet ? [s.styleSheet] : []));
    if (root instanceof ShadowRoot) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets.filter((s) => !root.adoptedStyleSheets.includes(s))];
  }
}
