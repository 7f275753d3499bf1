/**
 * What the share buttons copy and save: the link, the result in words (the explanation and
 * warnings in the reader's language), and a JSON file that reproduces the answer on its own.
 */
import { renderSteps } from '../../core/evaluate.js';
import type { Words } from '../../core/explain/words.js';
import { isBuiltIn } from '../../core/rule-sets.js';
import type { ConditionEdit } from '../../core/rules/edit.js';
import type { ChipSpec } from '../../core/spec.js';
import type { EvaluatedResult } from '../../core/verdict.js';
import type { CustomThresholds } from '../../model/threshold-edits.js';
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
}

export function shareSourceOf(input: ShareInput): ShareSource {
  const { ui, words, custom } = input;
  const { share, card } = ui.m;
  return {
    link: input.link,
    text: () => {
      const result = input.explained();
      const m = result.metrics;
      const verdict = ui.m.engine.verdict(result.status, result.classification);
      return share.text({
        chip: input.name || share.unnamedChip,
        verdict: verdict.charAt(0).toUpperCase() + verdict.slice(1),
        ruleSet: ui.ruleSetWords.title(custom.ruleSet),
        citation: card.citation(custom.ruleSet.citation.document, ui.m.engine.date(custom.ruleSet.effective)),
        changes: input.changes,
        metrics: [
          ...(m.tpp ? [`${card.tpp}: ${words.value('tpp', m.tpp)}`] : []),
          ...(m.performanceDensity ? [`${card.pd}: ${words.value('performanceDensity', m.performanceDensity)}`] : []),
        ],
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
  };
}
