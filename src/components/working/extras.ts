/**
 * The folded extras of the working: the as-of date, the threshold editor with the marker that says
 * what was changed, the chip under every built-in rule set, and the share buttons. The editor,
 * the vintages table and the share buttons are chunks of their own (`LazyChunks`); until one arrives
 * its summary is shown with "Loading…".
 */
import { html, nothing } from 'lit';
import type { Words } from '../../core/explain/words.js';
import type { ConditionRef } from '../../core/rules/edit.js';
import type { Operator, ResolvedRuleSet } from '../../core/rules/types.js';
import type { ChipSpec } from '../../core/spec.js';
import type { CustomThresholds, ThresholdDraft } from '../../model/threshold-edits.js';
import type { Ui } from '../controls/ui.js';
import { renderAsOf, type AsOfProps } from './as-of.js';
import type { LazyChunks } from '../calculator/lazy-chunks.js';
import type { ShareActions, ShareSource } from '../views/share/share-actions.js';

export interface ExtrasProps {
  ui: Ui;
  words: Words;
  lazy: LazyChunks;
  asOf: Omit<AsOfProps, 'ui'>;
  custom: CustomThresholds;
  /** The reader's thresholds for the rule set shown, as the editor changed them. */
  onThresholds: (draft: ThresholdDraft) => void;
  onReset: () => void;
  onFocusInput: (id: string) => void;
  /** For the vintages table: the spec, the rule sets to list, and the one shown. */
  spec: ChipSpec;
  ruleSets: readonly ResolvedRuleSet[];
  shown: string;
  onSelectRuleSet: (id: string) => void;
  share: ShareSource;
  /** The share buttons, once their chunk arrived. */
  shareActions: ShareActions | null;
  /** Which folded sections the reader opened: their chunks load then. */
  open: ReadonlySet<string>;
  onToggle: (section: string, open: boolean) => void;
}

function folded(p: ExtrasProps, section: string, summary: string, part: string, body: () => unknown) {
  const open = p.open.has(section);
  return html`<details class=${section} part=${part} ?open=${open} @toggle=${(e: Event) => p.onToggle(section, (e.target as HTMLDetailsElement).open)}>
    <summary>${summary}</summary>
    ${open ? body() ?? html`<p class="help">${p.ui.m.working.loading}</p>` : nothing}
  </details>`;
}

export function renderExtras(p: ExtrasProps) {
  const { ui, lazy } = p;
  // Edits given by a link or the page are shown at once: the editor's chunk loads for its marker.
  const edited = p.custom.draft.length > 0;
  // The editor hands the host whole drafts, which the host applies with the edits' code: both have arrived before it renders.
  const [edits, editor] = edited || p.open.has('threshold-editor') ? [lazy.get('edits'), lazy.get('thresholds')] : [];
  const thresholds = edits && editor;
  // A threshold named by the marker is in the editor, whose fields render only while it is open: open it first.
  const onFocusInput = (id: string) => { p.onToggle('threshold-editor', true); p.onFocusInput(id); };
  const { custom } = p;
  const editorProps = {
    ui, words: p.words, custom, onReset: p.onReset, onFocusInput,
    onEdit: (ref: ConditionRef, change: { op?: Operator; threshold?: string }) => p.onThresholds(edits!.withEdit(custom.draft, custom.base, ref, change)),
  };
  return html`
    ${thresholds && edited ? thresholds.renderCustomMarker(editorProps) : nothing}
    ${renderAsOf({ ui, ...p.asOf })}
    ${folded(p, 'threshold-editor', ui.m.thresholds.summary, 'threshold-editor', () => thresholds?.renderThresholdEditor(editorProps))}
    ${folded(p, 'vintages', ui.m.vintages.summary, 'vintages', () => {
      const vintages = lazy.get('vintages');
      return vintages?.renderVintagesTable({
        ui, shown: p.shown, onSelect: p.onSelectRuleSet,
        vintages: vintages.vintagesOf(p.spec, p.ruleSets, p.custom.ruleSet, p.shown),
      });
    })}
    ${p.shareActions ? p.shareActions.render(ui, p.share) : nothing}`;
}
