/**
 * Every string the widget shows, in English, and the locale its numbers and dates are formatted in.
 * A translation replaces this module; components never hold text of their own. (The engine's
 * explanation sentences, warnings and metric labels come from core, in English.)
 */
import type { EvaluationResult, RuleSetStatus } from '../core/index.js';

export const LOCALE = 'en-US';

const conjunction = new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' });
const disjunction = new Intl.ListFormat(LOCALE, { style: 'long', type: 'disjunction' });
const plural = new Intl.PluralRules(LOCALE);
const dateFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone: 'UTC' });
const integer = new Intl.NumberFormat(LOCALE);

/** An ISO date (YYYY-MM-DD) as the reader expects it; anything else is shown as given. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** Partial, so that a status added to the engine shows as its id until it has words here. */
const RULE_SET_STATUS: Partial<Record<RuleSetStatus, string>> = {
  'in-force': 'in force',
  superseded: 'superseded',
  'not-enforced': 'not enforced',
  bill: 'a bill, not law',
  hypothetical: 'hypothetical, not a rule',
};

/** Messages for the engine's validation codes; an unknown code falls back to the engine's own message. */
const FIELD_ERRORS: Record<string, string> = {
  missing: 'Enter a value.',
  'not-a-number': 'This is not a number: use digits and “.”, e.g. 989.4.',
  separator: 'Use “.” as the decimal separator and no thousands separators, e.g. 1979.5.',
  'wrong-type': 'This is not a number: use digits and “.”, e.g. 989.4.',
  'not-finite': 'Enter a finite number.',
  'out-of-range': 'This number is too large to be a chip figure.',
  negative: 'Must not be negative.',
  'not-positive': 'Must be greater than zero.',
  'unknown-format': 'Not a known format: give its bit length.',
  'unknown-unit': 'Not a known unit: pick one from the list.',
};

export const msg = {
  // Picker and rule set
  chipLabel: 'Chip',
  chipPlaceholder: 'Search by vendor, name or year',
  chipHelp: 'Pick a known chip, or “Custom chip” to type the datasheet figures yourself.',
  chipListLabel: 'Chips',
  customChip: 'Custom chip (type the figures)',
  chipOption: (vendor: string, name: string, year: number | string) => `${vendor} ${name} (${year})`,
  chipMatches: (count: number) => (count === 0 ? 'No chip matches.' : `${count} ${plural.select(count) === 'one' ? 'chip matches' : 'chips match'}.`),
  editedNote: 'The figures below were edited: they are no longer the catalog’s.',
  resetChip: 'Reset to the catalog figures',
  ruleSetLabel: 'Rule set',
  ruleSetOption: (title: string, effective: string, status: RuleSetStatus) =>
    `${title} — effective ${formatDate(effective)} (${RULE_SET_STATUS[status] ?? status})`,
  ruleSetSummary: (effective: string, status: RuleSetStatus, document: string) =>
    `Effective ${formatDate(effective)} · ${RULE_SET_STATUS[status] ?? status} · ${document}`,

  // Notices about the inputs the page gave the widget
  unknownChip: (id: string) => `There is no chip “${id}” in the catalog; showing a custom chip instead.`,
  unknownRuleSet: (id: string, fallback: string) => `There is no rule set “${id}”; using ${fallback} instead.`,
  specNotJson: (detail: string) => `The spec attribute is not valid JSON (${detail}); it was not used.`,
  specNotObject: 'The spec must be a JSON object describing one chip; it was not used.',
  specTooDeep: (levels: number) => `The spec nests lists and objects more than ${levels} levels deep, which no chip spec does; it was not used.`,
  specTooManyRows: (list: 'throughput' | 'dies', count: number, max: number) =>
    `The spec lists ${integer.format(count)} ${list === 'throughput' ? 'throughput figures' : 'dies'}; the calculator takes at most ${max}, so it was not used.`,
  specIgnored: (fields: string[]) => `Some of the given spec could not be shown in the form and was left out: ${conjunction.format(fields)}.`,
  ruleSetsNotList: 'The ruleSets property must be a list of rule sets; it was not used.',
  ruleSetRejected: (name: string, problems: string[]) => `Rule set ${name} was not loaded: ${problems.join(' ')}`,
  ruleSetTooDeep: (levels: number) => `it nests lists and objects more than ${levels} levels deep, which no rule set does.`,
  ruleSetTooManyConditions: (count: number, max: number) => `it has ${integer.format(count)} conditions, more than the ${max} the calculator takes.`,
  ruleSetUnnamed: (index: number) => `#${index + 1}`,
  hashUnreadable: 'The calculator state in this link could not be read, so the default is shown.',
  noticesLabel: 'Notices',

  // Inputs
  inputHeading: 'Chip figures',
  chipNameLabel: 'Chip name (optional)',
  marketLegend: 'Market',
  marketDatacenter: 'Designed or marketed for datacenters',
  marketOther: 'Not for datacenters (consumer, workstation, embedded)',
  marketHelp: 'This is your call: the rules give no numeric test for it.',
  marketRuleHelp: (title: string, text: string) => `${title}: “${text}”`,
  marketUnused: 'The selected rule set does not depend on it.',
  throughputLegend: 'Throughput',
  throughputHelp: 'Every peak figure the datasheet lists, one per precision. TPP takes the highest. Tick “Sparse” when a figure counts 2:4 structured sparsity: it is halved.',
  figureTitle: (n: number) => `Figure ${n}`,
  formatLabel: 'Format',
  otherFormat: 'Other…',
  customFormatLabel: 'Format name',
  bitLengthLabel: 'Bit length',
  valueLabel: 'Value',
  valuePlaceholder: 'e.g. 989.4',
  unitLabel: 'Unit',
  unitHelp: 'TMACS and GMACS count multiply-accumulates: each counts as two operations.',
  sparseLabel: 'Sparse',
  processingUnit: (name: string) => `Processing unit: ${name}`,
  removeFigure: (n: number) => `Remove figure ${n}`,
  addFigure: 'Add a figure',
  diesLegend: 'Dies',
  diesHelp: 'Area of each logic die in mm². Only dies made on a non-planar (FinFET or GAA) process count toward the applicable die area. Leave it empty when unknown.',
  dieTitle: (n: number) => `Die ${n}`,
  dieAreaLabel: 'Area (mm²)',
  nonPlanarLabel: 'Non-planar (FinFET, GAA)',
  removeDie: (n: number) => `Remove die ${n}`,
  addDie: 'Add a die',
  bandwidthLegend: 'Bandwidth',
  dramLabel: 'DRAM bandwidth (GB/s)',
  dramHelp: 'Total DRAM bandwidth attached to the chip, HBM included.',
  interconnectLabel: 'Chip-to-chip interconnect (GB/s)',
  interconnectHelp: 'Aggregate bidirectional transfer rate to other chips, memory interfaces excluded.',
  usedByRuleSet: 'The selected rule set uses it.',
  unusedByRuleSet: 'The selected rule set does not use it.',
  hbmSummary: 'HBM stack',
  hbmHelp: 'Only for a high-bandwidth memory stack sold as such (ECCN 3A090.c).',
  hbmBandwidthLabel: 'Stack bandwidth (GB/s)',
  hbmAreaLabel: 'Stack area (mm²)',
  fieldError: (code: string, fallback: string) => FIELD_ERRORS[code] ?? fallback,
  errorAt: (field: string, message: string) => `${field}: ${message}`,

  // Verdict
  resultHeading: 'Result',
  verdictControlled: (classification: string, clauses: string[]) => `Controlled: ${classification} (${clauses.join(', ')})`,
  verdictExcluded: (note: string) => `Not controlled: ${note} applies`,
  verdictNotControlled: 'Not controlled: no clause of this rule set holds',
  verdictUndecided: (inputs: string[]) => `Cannot tell without ${conjunction.format(inputs)}`,
  verdictInvalid: (count: number) => `Cannot evaluate: ${count} ${plural.select(count) === 'one' ? 'field needs' : 'fields need'} fixing`,
  verdictRuleSet: (title: string) => `Under ${title}.`,
  verdictPossible: (classifications: string[]) => `It could be ${disjunction.format(classifications)}.`,
  outcomesLabel: 'Consequences',
  decideBy: 'To decide, enter:',

  // Metrics
  metricsHeading: 'The metrics',
  tppName: 'TPP (total processing performance)',
  pdName: 'PD (performance density)',
  tppFromEntry: (dense: string, bits: string, format: string) => `= ${dense} dense tera-operations/s × ${bits} bits (${format})`,
  tppFromUnits: (parts: string[]) => `= the sum over processing units working concurrently: ${parts.join(' + ')}`,
  unitPart: (name: string | null, tpp: string) => `${name ?? 'unnamed unit'} ${tpp}`,
  tppUnknown: 'unknown: no throughput figure yet',
  pdFormula: (tpp: string, area: string) => `= TPP ${tpp} ÷ ${area} mm² of non-planar logic die area`,
  pdGap: { 'no-throughput': 'unknown: no throughput figure yet', 'no-die-area': 'unknown: no die area given', 'no-non-planar-die': 'does not exist: no die is non-planar, so only clauses on TPP alone can apply' } as Record<string, string>,
  entriesLabel: 'Each figure, as scored',
  entryLine: (format: string, value: string, unit: string, sparse: boolean, dense: string, bits: string, tpp: string) =>
    `${format} ${value} ${unit}${sparse ? ' (sparse, halved)' : ''} → ${dense} × ${bits} bits = ${tpp}`,
  decidesTpp: 'decides TPP',

  // Boundaries
  boundariesHeading: 'What would change the verdict',
  nearest: 'Nearest',
  boundaryLine: (metric: string, target: string, change: string, lever: string, after: string) =>
    `${metric} ${target} (${change}${lever}) → ${after}`,
  boundaryTarget: (strict: boolean, direction: string, value: string) =>
    (strict ? (direction === 'increase' ? `just above ${value}` : `just below ${value}`) : `at ${value}`),
  leverThroughputSameArea: ', the die area unchanged',
  leverThroughput: (percent: string) => `, throughput ${percent}`,
  leverDieArea: (area: string) => `, die area ${area} mm²`,
  marketSwitch: (toDatacenter: boolean, after: string) =>
    `${toDatacenter ? 'Designed or marketed for datacenters' : 'Not for datacenters'} → ${after}`,
  verdictAfter: (status: string, classification: string | null) =>
    (status === 'controlled' ? `controlled as ${classification}` : status === 'not-controlled' ? 'not controlled' : 'undecided'),
  sameVerdictOtherOutcome: (after: string) => `${after}, with other consequences`,
  noBoundary: 'No change of a single figure changes this verdict.',

  // Clause table
  clauseTableCaption: 'Clause by clause',
  columnCondition: 'Condition',
  columnValue: 'Value',
  columnNeeds: 'Needs',
  columnMet: 'Met',
  columnMargin: 'Margin',
  kindClause: 'Clause',
  kindExclusion: 'Note',
  kindOutcome: 'Consequence',
  itemHolds: 'holds',
  itemFails: 'does not hold',
  itemUnknown: 'unknown',
  itemApplies: 'applies',
  itemNotApplies: 'does not apply',
  conditionMet: 'yes',
  conditionNotMet: 'no',
  conditionUnknown: 'unknown',
  valueUnknown: 'unknown',
  valueAbsent: 'none',
  yes: 'yes',
  no: 'no',
  noMargin: '—',
  margin: (absolute: string, percent: string | null) => (percent ? `${absolute} (${percent})` : absolute),
  classifiesAs: (classification: string) => `classifies as ${classification}`,

  // Chart
  chartShow: 'Show the chart',
  chartHide: 'Hide the chart',
  chartTitle: 'Chart: TPP (logarithmic) against performance density, with the rule set’s regions',
  chartAxisX: 'TPP (log scale)',
  chartAxisY: 'PD',
  chartIntro: 'TPP runs left to right on a logarithmic scale, performance density bottom to top.',
  chartRegion: (id: string, conditions: string[]) => `${id}: ${conjunction.format(conditions)}`,
  chartRegions: (regions: string[]) => `Shaded regions: ${regions.join('; ')}.`,
  chartNoRegions: 'This rule set has no thresholds on TPP or performance density to draw.',
  chartUndrawn: (ids: string[]) => `Not drawn, as they have alternative conditions: ${conjunction.format(ids)}.`,
  chartAlso: (labels: string[]) => `also needs ${conjunction.format(labels)}`,
  chartPoint: (tpp: string, pd: string) => `The chip is at TPP ${tpp}, PD ${pd}.`,
  chartPointNoPd: (tpp: string) => `The chip’s PD is unknown, so it is drawn as a vertical line at TPP ${tpp}.`,
  chartNoPoint: 'The chip is not drawn: its TPP is not known yet.',
  chartInside: (ids: string[]) => `It lies in the regions of ${conjunction.format(ids)}, the items that hold.`,
  chartOutside: 'It lies in none of the shaded regions of clauses that hold.',
  chartCatalog: 'Faint dots are the catalog’s chips.',
  chartLegendNote: 'not controlled',
  chartBeyond: (pd: string) => `PD ${pd} ↑`,

  // Explanation, warnings, citation
  explanationHeading: 'Why',
  warningsHeading: 'Check these',
  caveatsSummary: (count: number) => `Caveats of this rule set (${count})`,
  citationHeading: 'Source',
  citation: (document: string, published: string, effective: string, status: RuleSetStatus) =>
    `${document}, published ${formatDate(published)}, effective ${formatDate(effective)}; ${RULE_SET_STATUS[status] ?? status}.`,
  sourcesLabel: 'Sources',
  opensInNewTab: '(opens in a new tab)',
  notLegalAdvice: 'Not legal advice. Check the official text and your own facts before you rely on this.',

  // Sharing
  actionsLabel: 'Share',
  copyLink: 'Copy link',
  copyText: 'Copy result as text',
  downloadJson: 'Download JSON',
  linkCopied: 'Link copied.',
  textCopied: 'Result copied as text.',
  copyFailed: 'Copying failed: your browser did not allow access to the clipboard. Select and copy the text by hand.',
  downloaded: (file: string) => `Downloaded ${file}.`,
  downloadFailed: 'The download failed.',
  fileName: (chip: string) => `${chip.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase() || 'chip'}-export-control.json`,
  resultText: (parts: { chip: string; verdict: string; ruleSet: string; citation: string; changes?: string[]; metrics: string[]; explanation: string[]; warnings: string[] }) =>
    [
      parts.chip,
      `${parts.verdict}.`,
      `Rule set: ${parts.ruleSet} (${parts.citation})`,
      ...(parts.changes?.length ? [`Custom thresholds, not law: ${parts.changes.join('; ')}`] : []),
      ...parts.metrics,
      '',
      ...parts.explanation,
      ...(parts.warnings.length ? ['', 'Check these:', ...parts.warnings.map((w) => `- ${w}`)] : []),
      '',
      'Not legal advice.',
    ].join('\n'),
  unnamedChip: 'Unnamed chip',

  // Configurable thresholds (issue 5): the threshold editor, rule sets the page gives, the as-of
  // date, and the chip under every rule set
  ruleSetStatus: (status: RuleSetStatus) => RULE_SET_STATUS[status] ?? status,
  thresholdEditorSummary: 'Edit thresholds',
  thresholdEditorHelp: 'Change a threshold or a comparison to see what the selected rule set would say with it. The result is hypothetical, not law; the link and the JSON download keep your changes.',
  thresholdItem: (kind: string, id: string, title: string) => `${kind} ${id}: ${title}`,
  conditionTitle: (metric: string, unit: string) => (unit ? `${metric} (${unit})` : metric),
  operatorLabel: (condition: string) => `${condition}: comparison`,
  operatorOption: { '>=': '≥ at least', '>': '> above', '<': '< below', '<=': '≤ at most', '==': '= exactly' } as Record<string, string>,
  thresholdLabel: (condition: string) => `${condition}: threshold`,
  thresholdPublished: (requirement: string) => `Published: ${requirement}`,
  fixedCondition: (condition: string) => `${condition} (not a number, cannot be edited here)`,
  thresholdsCustom: 'Custom thresholds: a hypothetical rule set, not law.',
  thresholdsPublished: 'The published thresholds are evaluated.',
  thresholdsInvalidLast: 'A threshold you typed is not a valid number, so the verdict uses your last valid thresholds until it is fixed:',
  thresholdsInvalidOriginal: 'A threshold you typed is not a valid number, so the verdict uses the published thresholds until it is fixed:',
  thresholdChange: (item: string, condition: string, was: string) => `${item}: ${condition} (was ${was})`,
  thresholdField: (item: string, index: number, metric: string) => `${item}, condition ${index + 1} (${metric})`,
  resetThresholds: 'Reset to the published thresholds',
  thresholdEditsNotList: 'The thresholdEdits property must be a list of { item, index, op, threshold }; it was not used.',
  thresholdEditsUnusable: (conditions: string[]) =>
    `Some threshold changes name no condition on a number in the selected rule set and were left out: ${conjunction.format(conditions)}.`,
  conditionRef: (item: string, index: number) => `${item} condition ${index + 1}`,
  ruleSetFrom: (name: string, from: string) => (from ? `${name} ${from}` : name),
  fromScript: (n: number) => `(script element ${n})`,
  fromLink: '(from this link)',
  ruleSetScriptNotJson: (n: number, detail: string) => `Script element ${n} does not hold valid JSON (${detail}); its rule sets were not loaded.`,
  hashEditsUnreadable: 'The threshold changes in this link could not be read; the published thresholds are shown.',
  hashRuleSetsUnreadable: 'The rule set in this link is not a rule-set object; it was not loaded.',
  hashAsOfUnreadable: 'The date in this link could not be read; it was not used.',
  asOfLabel: 'Rules in force on',
  asOfHelp: 'Pick a date to show the rule set in force on it.',
  asOfKept: (reason: string, title: string) => `${reason} Still showing ${title}.`,
  asOfCleared: 'The date was cleared: you picked a rule set yourself.',
  vintagesCaption: 'This chip under every built-in rule set',
  vintagesHelp: 'Pick a rule set’s name to see its clause-by-clause answer.',
  columnRuleSet: 'Rule set',
  columnEffective: 'Effective',
  columnStatus: 'Status',
  columnVerdict: 'Verdict',
  vintageShown: '(shown)',

  // Views, compare and catalog (issue 4): the view switch, the comparison table and its chart, the
  // catalog table, short verdicts for table cells, and the catalog's CSV
  viewsLabel: 'Views',
  viewNames: { calculator: 'Calculator', compare: 'Compare', catalog: 'Catalog' } as Record<string, string>,
  unknownView: (view: string) => `There is no view “${view}”; showing the calculator.`,
  verdictBriefControlled: (classification: string) => `Controlled: ${classification}`,
  verdictBriefNotControlled: 'Not controlled',
  verdictBriefUndecided: 'Cannot tell',
  verdictBriefInvalid: 'Cannot evaluate',
  verdictBriefExcluded: (note: string) => `${note} applies`,
  verdictBriefNeeds: (inputs: string[]) => `Needs ${conjunction.format(inputs)}`,
  verdictBriefErrors: (count: number) => `${count} ${plural.select(count) === 'one' ? 'field needs' : 'fields need'} fixing`,
  compareHeading: 'Compare chips',
  compareIntro: 'Add catalog chips, or the chip in the calculator, to see them side by side under one rule set.',
  comparePickerLabel: 'Add a chip',
  comparePickerHelp: 'Search by vendor, name or year; Enter or a click adds the chip.',
  compareAddCurrent: (name: string) => `Add “${name}” from the calculator`,
  compareEdited: (name: string) => `${name} (edited)`,
  compareNumbered: (name: string, n: number) => `${name} (${n})`,
  compareCustomTag: 'custom figures',
  compareEmpty: 'Nothing to compare yet: add chips above.',
  compareCaption: (ruleSet: string) => `Compared under ${ruleSet}`,
  compareSortHelp: 'The buttons in the column headings sort the rows.',
  compareColumns: { chip: 'Chip', tpp: 'TPP', pd: 'PD', verdict: 'Verdict', margin: 'Nearest boundary' } as Record<string, string>,
  compareColumnRemove: 'Remove',
  compareRemove: 'Remove',
  compareRemoveChip: (name: string) => `Remove ${name}`,
  compareBoundary: (metric: string, margin: string) => `${metric} ${margin}`,
  compareAfter: (after: string, item: string) => `→ ${after} (${item})`,
  compareNoBoundary: 'No single change flips it',
  compareAdded: (name: string) => `Added ${name}.`,
  compareRemoved: (name: string) => `Removed ${name}.`,
  compareAlready: (name: string) => `${name} is already in the comparison.`,
  compareSorted: (column: string, ascending: boolean) => `Sorted by ${column}, ${ascending ? 'ascending' : 'descending'}.`,
  compareUnknownChips: (ids: string[]) => `Not in the catalog, so not compared: ${conjunction.format(ids.map((id) => `“${id}”`))}.`,
  chartNamedPoint: (name: string, tpp: string, pd: string) => `${name} is at TPP ${tpp}, PD ${pd}.`,
  chartNamedPointNoPd: (name: string, tpp: string) => `${name}’s PD is unknown, so it is drawn as a vertical line at TPP ${tpp}.`,
  chartNamedNoPoint: (name: string) => `${name} is not drawn: its TPP is not known.`,
  chartUnlabelled: (names: string[]) => `The chart has no room for the labels of ${conjunction.format(names)}; the table lists every chip.`,
  tableScrollHint: 'The table scrolls sideways: swipe it, or focus it and use the arrow keys.',
  catalogHeading: 'The chip catalog',
  catalogIntro: 'Every chip in the catalog, from its vendor’s published figures, with the engine’s verdict under each built-in rule set.',
  catalogCaption: 'Catalog chips under each rule set',
  catalogColumns: { chip: 'Chip', year: 'Year', tpp: 'TPP', pd: 'PD' } as Record<string, string>,
  catalogDownload: 'Download CSV',
  catalogFileName: 'chip-catalog-verdicts.csv',
  csvColumns: ['id', 'vendor', 'name', 'year', 'TPP', 'PD'],
  csvRuleSetColumns: (ruleSet: string) =>
    [`${ruleSet} status`, `${ruleSet} classification`, `${ruleSet} excluded by`, `${ruleSet} consequences`, `${ruleSet} needs`],
};

/** The verdict in one sentence, from the engine's structured result (never from the view's own reading). */
export function verdictSentence(result: EvaluationResult): string {
  switch (result.status) {
    case 'controlled':
      return msg.verdictControlled(result.classification ?? '', result.matchedClauses);
    case 'not-controlled': {
      const note = result.exclusions.find((e) => e.id === result.excludedBy);
      return note ? msg.verdictExcluded(note.title) : msg.verdictNotControlled;
    }
    case 'indeterminate':
      return msg.verdictUndecided([...new Set(result.decidedBy.map((d) => d.label))]);
    default:
      return msg.verdictInvalid(result.errors.length);
  }
}
