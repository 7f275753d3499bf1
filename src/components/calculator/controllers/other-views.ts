/**
 * The comparison and the catalog, each made from its chunk when first shown and kept (with what
 * the reader added or sorted) while the reader moves between the tabs; and the `compare`
 * property, which replaces the comparison's chips.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CompareContext, CompareView } from '../../views/compare/compare-view.js';
import type { CatalogView } from '../../views/catalog/catalog-view.js';
import type { Ui } from '../../controls/ui.js';
import type { LazyChunks } from '../lazy-chunks.js';

type ViewsHost = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

export class OtherViews {
  private compareView: CompareView | null = null;
  private catalogView: CatalogView | null = null;

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

  /** The view, or "Loading…" until its chunk and the messages have arrived. */
  render(view: 'compare' | 'catalog', ui: Ui | undefined, loading: string): TemplateResult {
    const module = this.lazy.get(view);
    if (!module || !ui) return html`<p class="help">${loading}</p>`;
    if ('CatalogView' in module) return (this.catalogView ??= new module.CatalogView(this.host)).render(ui);
    if (!this.compareView) {
      this.compareView = new module.CompareView(this.host, this.compareContext);
      this.compareView.load(this.compareIds());
      this.compareView.hostUpdate();
    }
    return this.compareView.render();
  }
}
