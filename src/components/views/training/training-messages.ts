/**
 * The training view's messages in the reader's language. A language whose catalogue has no
 * training messages yet is shown them in English, rather than a view without words.
 */
import { enTraining } from '../../../i18n/en/training.js';
import type { Messages } from '../../../i18n/messages.js';
import type { Ui } from '../../controls/ui.js';

export type TrainingMessages = typeof enTraining;

export function trainingMessages(ui: Ui): TrainingMessages {
  return (ui.m as Partial<Messages>).training ?? enTraining;
}
