/**
 * What the share buttons copy and save: the link, the result in words (the explanation and
 * warnings in the reader's language), a JSON file that reproduces the answer on its own, the
 * snippets that embed the calculator in this state, and a citation.
 */
import { renderSteps } from '../../core/evaluate.js';
import type { Words } from '../../core/explain/words.js';
import { isBuiltIn } from '../../core/rule-set-registry.js';
import type { ConditionEdit } from '../../core/rules/edit.js';
import type { ChipSpec } from '../../core/spec.js';
import type { EvaluatedResult } from '../../core/verdict.js';
import { citationOf, embedSnippets, type EmbedState } from '../../model/embed-snippets.js';
import type { CustomThresholds } from '../../model/threshold-edits.js';
import { todayIso } from '../../model/today.js';
import type { Ui } from '../controls/ui.js';
import type { ShareSource } from '../views/share/share-actions.js';

export interface ShareInput {
  ui: Ui;
  words: Words;
  /** The chip's name as the reader sees it, or the catalog id. */
  name: string;
  spec: ChipSpec;
  custom: CustomThresholds;
  appliedEdits: ConditionEdit[];
  /** The threshold changes in words (empty when none). */
  changes: string[];
  explained: () => EvaluatedResult;
  link: () => string;
  /** The attributes that reproduce this state in another page. */
  embed: EmbedState;
}

/**
 * Where the embed files are: beside this chunk in the embed build (dist/embed/, wherever the site
 * hosts it), and beside the iframe page in its own build; unknown in a bundler's build of the npm
 * package, where the snippets name a placeholder.
 */
const MODE = (import.meta as { env?: { MODE?: string } }).env?.MODE;
const EMBED_BASE = MODE === 'embed' ? new URL('.', import.meta.url).href : MODE === 'frame' ? new URL('.', window.location.href).href : null;
const PLACEHOLDER_BASE = 'https://example.org/ctc/';


export function shareSourceOf(input: ShareInput): ShareSource {
  const { ui, words, custom } = input;
  const { share, card } = ui.m;
  const figures = (result: EvaluatedResult) => [
    ...(result.metrics.tpp ? [`${card.tpp}: ${words.value('tpp', result.metrics.tpp)}`] : []),
    ...(result.metrics.performanceDensity ? [`${card.pd}: ${words.value('performanceDensity', result.metrics.performanceDensity)}`] : []),
  ];
  const verdictOf = (result: EvaluatedResult) => {
    const verdict = ui.m.engine.verdict(result.status, result.classification);
    return verdict.charAt(0).toUpperCase() + verdict.slice(1);
  };
  return {
    link: input.link,
    text: () => {
      const result = input.explained();
      return share.text({
        chip: input.name || share.unnamedChip,
        verdict: verdictOf(result),
        ruleSet: ui.ruleSetWords.title(custom.ruleSet),
        citation: card.citation(custom.ruleSet.citation.document, ui.m.engine.date(custom.ruleSet.effective)),
        changes: input.changes,
        metrics: figures(result),
        explanation: renderSteps(result.steps, words, ui.m.engineSteps),
        warnings: renderSteps(result.warningSteps, words, ui.m.engineSteps),
      });
    },
    json: () => {
      const evaluated = custom.ruleSet;
      // The file reproduces the answer on its own: a rule set that is not built in goes in whole.
      const own = isBuiltIn(evaluated) ? {} : { customRuleSet: evaluated };
      return {
        file: share.fileName(input.name),
        data: { spec: input.spec, ruleSet: custom.base.id, ...own, ...(input.appliedEdits.length ? { edits: input.appliedEdits } : {}), result: input.explained() },
      };
    },
    embed: () => ({
      ...embedSnippets(input.embed, EMBED_BASE ?? PLACEHOLDER_BASE, ui.m.title, input.embed.layout === 'full' ? 1600 : 700),
      hosted: EMBED_BASE !== null,
    }),
    cite: () => {
      const result = input.explained();
      const { citation } = custom.ruleSet;
      const iso = todayIso();
      return citationOf({
        chip: input.name || share.unnamedChip, verdict: verdictOf(result), figures: figures(result), changes: input.changes,
        ruleSet: { title: ui.ruleSetWords.title(custom.ruleSet), document: citation.document, published: citation.published, effective: custom.ruleSet.effective },
        checked: { iso, shown: ui.m.engine.date(iso) }, date: ui.m.engine.date, url: input.link(),
      });
    },
  };
}
