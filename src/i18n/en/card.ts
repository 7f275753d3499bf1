/**
 * English, the card's part: every string the answer card, the picker, the notices and the form's
 * labels show, and, through `engine`, the engine's words. What unfolds later (the table, the chart,
 * the views) is worded in working.ts, loaded with that code. Each other language has catalogues of
 * the same types, so a missing key fails the typecheck.
 */
import { enWords as engine } from '../../core/explain/en-words.js';
import type { ItemKind } from '../../core/metrics/figures.js';
import type { InputName } from '../../core/metrics/registry.js';
import type { RuleSetStatus } from '../../core/rules/types.js';
import type { TariffExemption } from '../../core/spec.js';

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

export const enCard = {
  lang: 'en',
  engine,

  /** The widget's own name, as its top heading (visually hidden) and the iframe page's title. */
  title: 'Export-control check for AI chips',

  picker: {
    label: 'Chip',
    placeholder: 'Search by vendor, name or year',
    help: 'Pick a known chip, or “Custom chip” to type its figures.',
    listLabel: 'Chips',
    custom: 'Custom chip (type the figures)',
    option: (vendor: string, name: string, year: number) => `${vendor} ${name} (${year})`,
    matches: (count: number) => (count === 0 ? 'No chip matches.' : `${count} ${plural(count, 'chip matches', 'chips match')}.`),
    notChosen: (text: string) => `No chip is named “${text}”: nothing was chosen.`,
    edited: 'The figures were edited: they are no longer the catalog’s.',
    reset: 'Reset to the catalog figures',
  },

  ruleSet: {
    label: 'Rules',
    option: (title: string) => title,
    /** The group of bills, withdrawn drafts and hypothetical rule sets in the selector. */
    whatIf: 'What if: bills and drafts',
    summary: (effective: string, status: string, document: string) => `${document} · effective ${effective} · ${status}`,
    /** The title of a rule set whose thresholds the reader edited. */
    customTitle: (title: string) => `${title} (custom thresholds)`,
  },

  card: {
    invite: 'Pick a chip or type its figures',
    inviteHelp: 'The verdict, TPP and performance density appear here as soon as there is a figure to work with.',
    under: (ruleSet: string) => `under ${ruleSet}`,
    controlled: (classification: string) => `Controlled: ${classification}`,
    notControlled: 'Not controlled',
    undecided: 'Cannot tell yet',
    excludedBy: (note: string) => `${note} takes it out.`,
    outOfScope: 'Outside what this rule set covers.',
    clauses: (labels: string[]) => `${plural(labels.length, 'Clause', 'Clauses')} met: ${labels.join(', ')}.`,
    needs: (inputs: string) => `To decide, give ${inputs}.`,
    possible: (classifications: string) => `It could be ${classifications}.`,
    /** What would decide an open answer, then what it could be. */
    needsAndPossible(inputs: string, classifications: string): string {
      return `${this.needs(inputs)} ${this.possible(classifications)}`;
    },
    stale: 'Out of date: the figures have an error. This is the answer for the last valid figures.',
    fixField: (field: string) => `Fix ${field}`,
    tpp: 'TPP',
    pd: 'PD',
    mbd: 'Memory bandwidth density',
    tppFormula: (dense: string, bits: string, format: string) => `= ${dense} × ${bits} bits (${format})`,
    tppUnits: (count: number) => `= the sum over ${count} processing units`,
    pdFormula: (tpp: string, area: string) => `= ${tpp} ÷ ${area} mm²`,
    mbdFormula: (bandwidth: string, area: string) => `= ${bandwidth} GB/s ÷ ${area} mm²`,
    unknown: 'unknown',
    pdGap: { 'no-throughput': 'unknown until a throughput figure is given', 'no-die-area': 'unknown: no die area given', 'no-non-planar-die': 'none: no die is non-planar' } as Record<string, string>,
    nearest: 'Nearest line:',
    shortOf: (amount: string, threshold: string, label: string) => `${amount} short of ${threshold} (${label})`,
    over: (amount: string, threshold: string, label: string) => `${amount} over ${threshold} (${label})`,
    atLine: (threshold: string, label: string) => `exactly at ${threshold} (${label})`,
    /** The nearest line: the metric, where the value stands (shortOf, over, atLine), and what crossing would do (wouldMake…). */
    nearestLine: (metric: string, where: string, effect: string) => `${metric} ${where}; ${effect}.`,
    wouldMake: (after: string) => `reaching it would make it ${after}`,
    wouldMakeBelow: (after: string) => `any less would make it ${after}`,
    wouldMakeAbove: (after: string) => `any more would make it ${after}`,
    otherOutcome: (after: string, gained: string) => `${after}, with ${gained}`,
    noLine: 'No change of a single figure changes this answer.',
    market: (toDatacenter: boolean, after: string) => `${toDatacenter ? 'If designed or marketed for datacenters' : 'If not for datacenters'}, it would be ${after}.`,
    overlaysLabel: 'Other rules',
    /** A line's label, before the rule's answer. */
    overlay: (title: string) => `${title}:`,
    overlayUndecided: (inputs: string) => `depends on ${inputs}`,
    /** Inputs as a card's line names them, shorter than the engine's names (which the working uses). */
    inputShort: {
      quantity: 'the number of chips',
      destinationCountry: 'the destination',
      buyerHeadquartersCountry: 'the buyer’s headquarters',
      shipFromCountry: 'where they ship from',
      tariffExemption: 'the use in the US',
      usEndUseQuantity: 'the US shipments',
    } as Partial<Record<InputName, string>>,
    /** The rule's own classification (a tariff band), and what its consequence depends on. */
    overlayClassifiedOpen: (classification: string, inputs: string) => `${classification}; depends on ${inputs}`,
    overlaysNotCovered: (titles: string) => `Not applicable: ${titles}`,
    fleet: 'Total',
    fleetFormula: (quantity: string, tpp: string) => `TPP = ${quantity} chips × ${tpp}`,
    /** Why the two conventions differ for this chip: TPP takes its best format's rate × bits, the 8-bit count its 8-bit rate. */
    h100Differ: (format: string, bits: string) => `They differ: TPP takes the ${format} rate × ${bits} bits, the format that gives the most; the 8-bit count takes the 8-bit rate.`,
    /** H100-equivalents by TPP (as the AI Diffusion rule counts) and by peak 8-bit operations (as Epoch AI counts; null without an 8-bit figure). */
    h100Equivalents: (byTpp: string, by8Bit: string | null) =>
      (by8Bit === null ? `${byTpp} H100-equivalents by TPP.` : `${byTpp} H100-equivalents by TPP, ${by8Bit} by 8-bit operations.`),
    showWorking: 'Show the working',
    hideWorking: 'Hide the working',
    citation: (document: string, effective: string) => `${document}, effective ${effective}`,
    notLegalAdvice: 'Not legal advice.',
    status: (status: string) => `(${status})`,
  },

  /** What only a printed page shows: when, and the figures the answer is for, with where they came from. */
  print: {
    checked: (date: string) => `Checked on ${date} with compute-threshold-calculator.`,
    figure: (n: number, format: string, value: string, unit: string, sparse: boolean) => `Figure ${n}: ${format} ${value} ${unit}${sparse ? ' (sparse)' : ''}`,
    die: (n: number, area: string, planar: boolean) => `Die ${n}: ${area} mm²${planar ? ' (planar)' : ''}`,
    dram: (value: string) => `DRAM bandwidth: ${value} GB/s`,
    interconnect: (value: string) => `Chip-to-chip interconnect: ${value} GB/s`,
    hbm: (bandwidth: string, area: string) => `HBM stack: ${bandwidth} GB/s, ${area} mm²`,
    inputList: (items: string[]) => `Inputs: ${items.join('; ')}.`,
    fromCatalog: (name: string, id: string) => `Figures of the ${name} from the calculator’s catalog (“${id}”), where each has its source, date seen and confidence.`,
    editedCatalog: (name: string, id: string) => `Figures of the ${name} from the calculator’s catalog (“${id}”), edited by the reader.`,
    typed: 'Figures given by the reader or the page.',
    market: (datacenter: boolean | null): string => (datacenter === null ? 'Market: not given' : datacenter ? 'Designed or marketed for datacenters' : 'Not for datacenters'),
    available: (date: string) => `First sold in the US on ${date}`,
    neverAvailable: 'Never sold in the US',
    workingFolded: 'Open “Show the working” before printing to include the clause-by-clause table.',
  },

  notices: {
    label: 'Notices',
    unknownChip: (id: string) => `There is no chip “${id}” in the catalog; showing a custom chip instead.`,
    unknownRuleSet: (id: string, fallback: string) => `There is no rule set “${id}”; using ${fallback} instead.`,
    unknownView: (view: string) => `There is no view “${view}”; showing the calculator.`,
    unknownLayout: (layout: string) => `There is no layout “${layout}”; showing the card.`,
    specNotJson: (detail: string) => `The spec attribute is not valid JSON (${detail}); it was not used.`,
    specNotObject: 'The spec must be a JSON object describing one chip; it was not used.',
    specTooDeep: (levels: number) => `The spec nests lists and objects more than ${levels} levels deep, which no chip spec does; it was not used.`,
    specTooManyRows: (list: 'throughput' | 'dies', count: number, max: number) =>
      `The spec lists ${count.toLocaleString('en-US')} ${list === 'throughput' ? 'throughput figures' : 'dies'}; the calculator takes at most ${max}, so it was not used.`,
    specIgnored: (fields: string) => `Some of the given spec could not be shown in the form and was left out: ${fields}.`,
    shipmentNotJson: (detail: string) => `The shipment attribute is not valid JSON (${detail}); it was not used.`,
    shipmentNotObject: 'The shipment must be a JSON object with the shipment’s fields (quantity, destinationCountry…); it was not used.',
    shipmentIgnored: (fields: string) => `Some fields of the given shipment are not shipment fields and were left out: ${fields}.`,
    ruleSetsNotList: 'The ruleSets property must be a list of rule sets; it was not used.',
    ruleSetRejected: (name: string, problems: string) => `Rule set ${name} was not loaded: ${problems}`,
    ruleSetTooDeep: (levels: number) => `it nests lists and objects more than ${levels} levels deep, which no rule set does.`,
    ruleSetTooManyConditions: (count: number, max: number) => `it has ${count.toLocaleString('en-US')} conditions, more than the ${max} the calculator takes.`,
    ruleSetUnnamed: (index: number) => `#${index + 1}`,
    ruleSetFrom: (name: string, from: string) => (from ? `${name} ${from}` : name),
    fromScript: (n: number) => `(script element ${n})`,
    fromLink: '(from this link)',
    scriptNotJson: (n: number, detail: string) => `Script element ${n} does not hold valid JSON (${detail}); its rule sets were not loaded.`,
    hashUnreadable: 'The calculator state in this link could not be read, so the default is shown.',
    hashEdits: 'The threshold changes in this link could not be read; the published thresholds are shown.',
    hashRuleSets: 'The rule set in this link is not a rule-set object; it was not loaded.',
    hashAsOf: 'The date in this link could not be read; it was not used.',
    editsNotList: 'The thresholdEdits property must be a list of { item, index, op, threshold }; it was not used.',
    editsUnusable: (conditions: string) => `Some threshold changes name no condition on a number in the selected rule set and were left out: ${conditions}.`,
    conditionRef: (item: string, index: number) => `${item} condition ${index + 1}`,
  },

  form: {
    heading: 'Chip figures',
    kindLegend: 'What it is',
    kindOption: { logic: 'A logic chip (GPU, accelerator, ASIC)', 'hbm-stack': 'A standalone HBM stack' } as Record<ItemKind, string>,
    name: 'Chip name (optional)',
    marketLegend: 'Market',
    marketDatacenter: 'Designed or marketed for datacenters',
    marketOther: 'Not for datacenters',
    marketHelp: 'Your call: the rules give no numeric test.',
    marketWhy: 'Why it matters',
    marketNote: (title: string, text: string) => `${title}: “${text}”`,
    marketUnused: 'The selected rule set does not depend on it.',
    throughputLegend: 'Throughput',
    throughputHelp: 'Each peak figure the datasheet lists; TPP takes the highest. “Sparse” halves a figure that counts 2:4 sparsity; MACS units count double.',
    figure: (n: number) => `Figure ${n}`,
    format: 'Format',
    otherFormat: 'Other…',
    customFormat: 'Format name',
    bitLength: 'Bit length',
    value: 'Value',
    valuePlaceholder: 'e.g. 989.4',
    unit: 'Unit',
    sparse: 'Sparse',
    processingUnit: (name: string) => `Processing unit: ${name}`,
    removeFigure: (n: number) => `Remove figure ${n}`,
    addFigure: 'Add a figure',
    diesLegend: 'Dies',
    diesHelp: 'Each logic die’s area; only non-planar (FinFET, GAA) dies count. Leave it empty when unknown.',
    die: (n: number) => `Die ${n}`,
    dieArea: 'Area (mm²)',
    nonPlanar: 'Non-planar',
    removeDie: (n: number) => `Remove die ${n}`,
    addDie: 'Add a die',
    bandwidthLegend: 'Bandwidth',
    dram: 'DRAM bandwidth (GB/s)',
    dramHelp: 'All DRAM attached, HBM included.',
    interconnect: 'Chip-to-chip interconnect (GB/s)',
    interconnectHelp: 'Both directions, to other chips; memory excluded.',
    used: 'Used by the rules shown.',
    unused: 'Not used by these rules.',
    hbmLegend: 'HBM stack',
    hbmHelp: 'A high-bandwidth memory stack sold as such (ECCN 3A090.c).',
    hbmBandwidth: 'Stack bandwidth (GB/s)',
    hbmArea: 'Stack area (mm²)',
    availableLegend: 'Sold in the United States',
    available: 'First sold in the US on',
    availableHelp: 'The January 2026 China review covers only chips on sale in the US on Jan 15, 2026.',
    availableNever: 'Never sold in the US',
    fieldError: (field: string, message: string) => `${field}: ${message}`,
    meant: (typed: string) => `What “${typed}” means`,
    meantGroup: (value: string) => `${value}, a thousands separator`,
    meantDecimal: (value: string) => `${value}, a decimal mark`,
  },

  shipment: {
    legend: 'The shipment',
    help: 'Who buys, where the chips go, how many, and for what use in the US: the licence, the tariff and the caps depend on these. Leave unknown what you do not know.',
    quantity: 'Number of chips',
    destination: 'Destination country',
    buyerHeadquarters: 'Buyer’s headquarters (or its parent’s)',
    shipFrom: 'Shipped from',
    unknown: 'Not known',
    countries: 'Countries',
    tariffExemption: 'Use in the US (Section 232 duty)',
    exemption: {
      none: 'None of the exempt uses',
      'us-data-center': 'US datacenters',
      'us-repair': 'Repairs or replacements in the US',
      'us-research': 'Research and development in the US',
      'us-startup': 'A US start-up',
      'us-consumer': 'Consumer applications in the US',
      'us-industrial': 'Civil industrial applications in the US',
      'us-public-sector': 'US public sector',
      'secretary-approved': 'Another use the Secretary of Commerce allows',
    } as Record<TariffExemption, string>,
    usEndUseQuantity: 'Shipped to US customers',
    usEndUseQuantityHelp: 'Units of the same product for use in the US: the January 2026 rule caps shipments to China at 50% of these.',
  },

  /** Field errors in the reader's words, by the engine's error code; the engine's own message otherwise. */
  fieldErrors: {
    missing: 'Enter a value.',
    'not-a-number': 'This is not a number: use digits, and “.” or “,” before the decimals, e.g. 989.4.',
    separator: 'This is not a number as written: use digits, and “.” or “,” before the decimals, e.g. 1979.5.',
    'ambiguous-separator': 'Is this a thousands separator or a decimal mark? Say which below.',
    'wrong-type': 'This is not a number: use digits, and “.” or “,” before the decimals, e.g. 989.4.',
    'not-finite': 'Enter a finite number.',
    'out-of-range': 'This number is too large to be a chip figure.',
    negative: 'Must not be negative.',
    'not-positive': 'Must be greater than zero.',
    'unknown-format': 'Not a known format: give its bit length.',
    'unknown-unit': 'Not a known unit: pick one from the list.',
    'not-a-date': 'Enter a date as YYYY-MM-DD.',
  } as Partial<Record<string, string>>,

  working: {
    heading: 'The working',
    why: (count: number) => `Why, step by step (${count})`,
    check: 'Check these',
    caveats: (count: number) => `Caveats of this rule set (${count})`,
    source: 'Source',
    citation: (document: string, published: string, effective: string, status: string) => `${document}, published ${published}, effective ${effective}; ${status}.`,
    sources: 'Sources',
    opensInNewTab: '(opens in a new tab)',
    loading: 'Loading…',
    notLegalAdvice: 'Not legal advice. Check the official text and your own facts before you rely on this.',
  },

  status: engine.status as Record<RuleSetStatus, string>,

  views: {
    label: 'Views',
    names: { calculator: 'Calculator', compare: 'Compare', catalog: 'Catalog' } as Record<string, string>,
  },

  brief: {
    controlled: (classification: string) => `Controlled: ${classification}`,
    notControlled: 'Not controlled',
    undecided: 'Cannot tell',
    invalid: 'Cannot evaluate',
    excluded: (note: string) => `${note} applies`,
    needs: (inputs: string) => `Needs ${inputs}`,
    errors: (count: number) => `${count} ${plural(count, 'field needs', 'fields need')} fixing`,
    /** The details under a verdict in a table cell, one after another. */
    details: (items: string[]) => items.join('; '),
    /** A verdict and its details in one line. */
    withDetails: (verdict: string, details: string) => `${verdict}: ${details}`,
  },
};
