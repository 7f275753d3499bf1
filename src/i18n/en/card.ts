/**
 * English, the card's part: every string the answer card, the picker and the rule-set selector
 * show, and, through `engine`, the engine's words. What unfolds later (the form, the table, the
 * chart, the views) and what only a problem brings (notices, field errors) is worded in working.ts,
 * loaded when first needed. Each other language has catalogues of the same types, so a missing key
 * fails the typecheck.
 */
import { enWords as engine } from '../../core/explain/en-words.js';
import type { InputName } from '../../core/metrics/registry.js';
import type { RuleSetStatus } from '../../core/rules/types.js';

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

export const enCard = {
  lang: 'en',
  engine,

  /** The widget's own name, as its top heading (visually hidden) and the iframe page's title. */
  title: 'Export-control check for AI chips',

  /** The label of the region that lists notices about what the page or a link gave the widget. */
  noticesLabel: 'Notices',

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
