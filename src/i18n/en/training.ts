/**
 * English, the training-run view's part (issue 16): its card (the verdict for a training run, its
 * compute and formula, the nearest line and the days to it, the other rules' one-line answers), the
 * form by route, and the table of every line. Loaded with the working's messages. Each message is a
 * whole sentence or phrase: functions take the values and return the whole text.
 */

const list = (items: readonly string[]) => items.join(' + ');

export const enTraining = {
  /** The view's tab. */
  tab: 'Training run',
  heading: 'Training run',
  intro: 'A model’s training compute against the lines AI laws draw on it.',
  examples: 'Examples:',
  exampleLlama: 'Llama 3 405B (6 × 405e9 parameters × 15.6e12 tokens)',
  exampleCluster: '10,000 H100 at 40% for 90 days',

  /** The verdict, in a few words (the live region), and what it rests on. */
  invite: 'Give the training run’s compute',
  inviteHelp: 'Type the cluster, the model’s parameters and tokens, or the total FLOP under “Show the working”, or pick an example.',
  crossed: (classification: string) => `Over the line: ${classification}`,
  notCrossed: 'Under every line',
  undecided: 'Cannot tell yet',
  under: (ruleSet: string) => `under ${ruleSet}`,
  linesMet: (labels: string[]) => `${labels.length === 1 ? 'Line' : 'Lines'} crossed: ${labels.join(', ')}.`,
  consequences: (items: string[]) => `It follows: ${items.join('; ')}.`,
  needs: (inputs: string) => `To decide, give ${inputs}.`,
  outOfScope: 'This rule set does not cover training runs.',

  /** The figures under the verdict. */
  compute: 'Training compute',
  thisRun: 'This run',
  rate: 'Cluster rate',
  flop: (value: string) => `${value} FLOP`,
  flopPerSecond: (value: string) => `${value} FLOP/s`,
  computeUnknown: 'unknown until the training duration is given',
  noRoute: 'unknown: give the cluster, the model, or the total',
  formulaModel: (parameters: string, tokens: string, active: boolean) => `= 6 × ${parameters} ${active ? 'active parameters' : 'parameters'} × ${tokens} tokens`,
  formulaCluster: (chips: string, rate: string, format: string | null, utilization: string, days: string) =>
    `= ${chips} chips × ${rate} TFLOP/s (dense${format ? ` ${format}` : ''}) × ${utilization} utilisation × ${days} days`,
  formulaRate: (chips: string, rate: string, format: string | null, utilization: string) =>
    `= ${chips} chips × ${rate} TFLOP/s (dense${format ? ` ${format}` : ''}) × ${utilization} utilisation`,
  formulaTotal: 'as given',
  /** The model's compute as the rules count it: the original model's, this run's and the fine-tuning after it. */
  formulaCumulative: (run: string, fineTuning: string | null, base: string | null) =>
    `= ${list([...(base ? [`the original model’s ${base}`] : []), `this run’s ${run}`, ...(fineTuning ? [`fine-tuning ${fineTuning}`] : [])])}`,
  percent: (value: string) => `${value}%`,

  /** The nearest line, and the days of training to it. */
  nearest: 'Nearest line:',
  shortOf: (amount: string, threshold: string, label: string, days: string | null) =>
    `${amount} short of ${threshold} (${label})${days === null ? '' : `; at this rate the run reaches it after ${days} days of training`}.`,
  over: (amount: string, threshold: string, label: string, days: string | null) =>
    `${amount} over ${threshold} (${label})${days === null ? '' : `; the run reached it after ${days} days of training`}.`,
  atLine: (threshold: string, label: string) => `Exactly at ${threshold} (${label}).`,
  noLine: 'No change of the training compute alone changes this answer.',
  daysToLines: 'Days of training to each line:',
  reaches: (threshold: string, label: string, days: string) => `${threshold} (${label}) after ${days} days`,

  /** One line for each other rule set on training compute. */
  othersLabel: 'Other rules on training compute',
  otherCrossed: (title: string, classification: string) => `${title}: crossed (${classification})`,
  otherNotCrossed: (title: string) => `${title}: not crossed`,
  otherDepends: (title: string, inputs: string) => `${title}: depends on ${inputs}`,

  /** The form. */
  formHeading: 'The run’s figures',
  routeLegend: 'Training compute, by',
  route: {
    cluster: 'the cluster: chips × per-chip rate × utilisation × days',
    model: 'the model: 6 × parameters × tokens',
    total: 'the total, typed',
  } as Record<string, string>,
  placeholder: { flop: 'e.g. 3.79e25', parameters: 'e.g. 405e9', tokens: 'e.g. 15.6e12' } as Record<string, string>,
  numbersHelp: 'Numbers as you write them: 405e9, 3.79 × 10^25, 1,979.5 or 1.979,5.',
  chips: 'Number of chips',
  perChipLegend: 'Per-chip peak rate',
  perChipHelp: 'A datasheet figure at the training precision; a sparse figure is halved.',
  perChipSourceLegend: 'Source of the figure',
  perChipSource: { catalog: 'The chip catalog', typed: 'Typed here' } as Record<string, string>,
  catalogChip: 'Chip',
  precision: 'Precision',
  precisionOption: (format: string, value: string, unit: string, sparse: boolean, dense: string) =>
    (sparse ? `${format}: ${value} ${unit} with sparsity (${dense} dense)` : `${format}: ${value} ${unit}`),
  format: 'Format (optional)',
  value: 'Value',
  unit: 'Unit',
  sparse: 'Sparse',
  utilization: 'Utilisation (%)',
  utilizationHelp: 'The share of the peak achieved on average (model FLOP utilisation), e.g. 40.',
  days: 'Duration (days)',
  daysHelp: 'Leave it empty to see the day of training on which each line is reached.',
  network: 'Networking (Gbit/s)',
  singleDatacenter: 'In a single data centre',
  clusterLineLegend: 'Executive Order 14110’s cluster line',
  clusterLineHelp: 'Only this revoked order’s line on clusters (10²⁰ operations per second, networking over 100 Gbit/s) uses these.',
  parameters: 'Parameters',
  activeParameters: 'Active parameters (a mixture of experts)',
  activeHelp: 'Used instead of the parameters when given.',
  tokens: 'Training tokens',
  totalFlop: 'Total training compute (FLOP)',
  addedLegend: 'Added to it',
  fineTuning: 'Fine-tuning and reinforcement learning (FLOP)',
  fineTuningHelp: 'Compute after the run; SB 53 and RAISE count it, and the EU counts cumulative compute.',
  baseModel: 'Original model’s compute (FLOP)',
  baseModelHelp: 'When this run modifies an existing model: the modified model’s compute is the sum.',
  /** The EU guidelines' downstream-modifier line, shown when the original model's compute is given. */
  modifier: (modification: string, base: string, over: boolean | null) =>
    `The modification used ${modification}, ${over === null ? 'compared with' : over ? 'more than' : 'not more than'} a third of the original model’s ${base}: `
    + `${over === null ? 'the EU guidelines’ line for a downstream modifier.' : over ? 'by the EU guidelines, whoever made it becomes the provider of the modified model.' : 'by the EU guidelines, the original provider stays the provider.'}`,
  factsLegend: 'The developer and the model',
  revenue: 'Developer’s annual revenue (US$)',
  revenueHelp: 'With its affiliates, in the preceding calendar year: SB 53 and RAISE call a developer above $500 million large.',
  biological: 'Trained primarily on biological sequence data',
  generates: 'Generates text, audio, images or video',
  tristate: { '': 'Not given', yes: 'Yes', no: 'No' } as Record<string, string>,
  /** Field errors the form words its own way: a percentage, a whole number of chips. */
  errors: {
    'not-integer': 'Enter a whole number.',
    'above-maximum': 'Must be at most 100%.',
  } as Partial<Record<string, string>>,

  /** The table of every line. */
  linesCaption: (ruleSet: string) => `Every line of ${ruleSet}`,
  columns: { line: 'Line', needs: 'Needs', value: 'Value', crossed: 'Crossed', distance: 'Distance', days: 'Days to reach it' } as Record<string, string>,
  daysValue: (days: string) => `${days} days`,
  /** The distance to a line, whose threshold the row already shows. */
  shortBy: (amount: string) => `${amount} short`,
  overBy: (amount: string) => `${amount} over`,
  onLine: 'on the line',
  noLines: 'This rule set draws no line on a number.',
};
