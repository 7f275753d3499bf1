/**
 * The views under their tabs: the comparison, the catalog and the training run, each made from its
 * chunk when first shown and kept (with what the reader added, sorted or typed) while the reader
 * moves between the tabs; and the `compare` property, which replaces the comparison's chips.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CompareContext, CompareView } from '../../views/compare/compare-view.js';
import type { CatalogView } from '../../views/catalog/catalog-view.js';
import type { TrainingView } from '../../views/training/training-view.js';
import type { CardUi, Ui } from '../../controls/ui.js';
import type { View } from '../../controls/views.js';
import type { LazyChunks } from '../lazy-chunks.js';

/** The calculator; the training view reads its `rule-set` (a training rule set named there is the one it opens on) and `layout`. */
type ViewsHost = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment; ruleSet?: string | null | undefined; layout?: string | null | undefined };

export class OtherViews {
  private compareView: CompareView | null = null;
  private catalogView: CatalogView | null = null;
  private trainingView: TrainingView | null = null;

  constructor(
    private readonly host: ViewsHost,
    private readonly lazy: LazyChunks,
    /** The comparison's context while it is shown, null otherwise (it evaluates nothing then). */
    private readonly compareContext: () => CompareContext | null,
    private readonly compareIds: () => readonly string[],
  ) {}

  /** The `compare` property changed. */
  loadCompare(ids: readonly string[]) {
    this.compareView?.load(ids);
  }

  /**
   * The views under their tabs, which are a chunk of their own: until it arrives the calculator
   * shows without them, and another view not at all (undefined).
   */
  renderTabbed(view: View, ui: CardUi, calculator: () => TemplateResult, onSelect: (view: View) => void): TemplateResult | undefined {
    const tabs = this.lazy.get('tabs');
    if (!tabs) return view === 'calculator' ? calculator() : undefined;
    const full = this.lazy.ui(ui);
    return tabs.renderViews({ ui: full ?? ui, view, onSelect, content: (v) => (v === 'calculator' ? calculator() : this.render(v, full, ui.m.working.loading)) });
  }

  /** The view, or "Loading…" until its chunk and the messages have arrived. */
  private render(view: 'compare' | 'catalog' | 'training', ui: Ui | undefined, loading: string): TemplateResult {
    const module = this.lazy.get(view);
    if (!module || !ui) return html`<p class="help">${loading}</p>`;
    if ('CatalogView' in module) return (this.catalogView ??= new module.CatalogView(this.host)).render(ui);
    if ('TrainingView' in module) return (this.trainingView ??= new module.TrainingView(this.host)).render(ui);
    if (!this.compareView) {
      this.compareView = new module.CompareView(this.host, this.compareContext);
      this.compareView.load(this.compareIds());
      this.compareView.hostUpdate();
    }
    return this.compareView.render();
  }
}
