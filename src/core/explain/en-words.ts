/**
 * The English words of the engine's results: numbers, dates and lists, the names of metrics and
 * inputs, verdicts, errors and as-of sentences. What the card needs; the steps of an explanation
 * are worded in en.ts.
 */
import type { ErrorCode, Expected, FieldError } from '../errors.js';
import { ENGLISH_NUMBERS } from '../format.js';
import type { Verdict } from '../rules/classify.js';
import type { WordsMessages } from './words.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Nov 17, 2023"; anything that is not an ISO date is shown as given. */
export function date(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${Number(match[3])}, ${match[1]}` : iso;
}

function list(items: readonly string[], word: string): string {
  if (items.length <= 2) return items.join(` ${word} `);
  return `${items.slice(0, -1).join(', ')}, ${word} ${items[items.length - 1]}`;
}

export const and = (items: readonly string[]) => list(items, 'and');
export const or = (items: readonly string[]) => list(items, 'or');

export function verdictWords(v: Pick<Verdict, 'status' | 'classification'>): string {
  if (v.status === 'controlled') return `controlled as ${v.classification}`;
  return v.status === 'not-controlled' ? 'not controlled' : 'undecided';
}

const EXPECTED: Record<Expected, string> = {
  number: 'must be a number or a decimal string',
  boolean: 'must be true or false',
  text: 'must be a string',
  'non-empty-text': 'must be a non-empty string',
  list: 'must be a list',
  'non-empty-list': 'must be a non-empty list',
  object: 'must be an object',
  spec: 'must be an object',
  'rule-set': 'must be an object',
  entry: 'must be an object with format, value and unit',
  die: 'must be an object with areaMm2',
  'hbm-stack': 'must be an object with bandwidthGBps and areaMm2',
  condition: 'must be a condition ({ metric, op, threshold }) or a group ({ all: [...] } or { any: [...] })',
  sentences: 'must be a list of sentences',
  source: 'must be an object with title and url',
  citation: 'must be an object with document, published and url',
  'date-or-false': 'must be a date as YYYY-MM-DD, or false',
  cluster: 'must be an object with chips, perChip and utilization (and durationDays)',
  model: 'must be an object with parameters (or activeParameters) and tokens',
  'per-chip': 'must be an object with value and unit (and format)',
  stage: 'must be an object with label and date',
};

const shown = (e: FieldError) => (e.params.given ? ` (${e.params.given})` : '');
const knownList = (e: FieldError, separator = ', ') => (e.params.known ?? []).join(separator);

/** The problem, as it finishes "<field> …". */
const PROBLEMS: Record<ErrorCode, (e: FieldError) => string> = {
  missing: () => 'is missing',
  'wrong-type': (e) => EXPECTED[e.params.expected ?? 'object'],
  'not-a-number': (e) => `is not a number${shown(e)}`,
  'not-finite': () => 'must be a finite number',
  separator: (e) => `is not a number: use "." as the decimal separator and no thousands separators${shown(e)}`,
  'ambiguous-separator': (e) => `could be read two ways${shown(e)}: ${knownList(e, ' or ')}`,
  'out-of-range': (e) => `is out of range (beyond 10^400)${shown(e)}`,
  negative: () => 'must not be negative',
  'not-positive': () => 'must be greater than zero',
  'not-a-date': (e) => (e.params.expected === 'date-or-false'
    ? 'must be a date as YYYY-MM-DD, or false when the chip was never sold in the United States' : 'must be a date as YYYY-MM-DD'),
  'not-a-url': () => 'must be an http(s) address',
  'unknown-field': (e) => `is not a known field (known: ${knownList(e)})`,
  'unknown-format': (e) => `${e.params.given} is not a known format (${knownList(e)}); give its bitLength`,
  'unknown-unit': (e) => `${e.params.given} is not a known unit (${knownList(e)})`,
  'unknown-kind': (e) => `${e.params.given} is not a known kind (${knownList(e)})`,
  'unknown-country': (e) => `${e.params.given} is not an ISO 3166-1 alpha-2 country code (e.g. "US", "CN", "AE")`,
  'unknown-exemption': (e) => `${e.params.given} is not a known end use (${knownList(e)})`,
  'not-integer': (e) => `must be a whole number${shown(e)}`,
  'above-maximum': (e) => `must not be more than ${e.params.max}`,
  'one-route-only': (e) => `gives a second route to the training compute: give one of ${knownList(e)}`,
  'unknown-status': (e) => `must be one of ${knownList(e)}`,
  'unknown-evidence': (e) => `must be one of ${knownList(e)}`,
  'unknown-rule-set': (e) => `${e.params.given} is not a known rule set (known: ${knownList(e) || 'none'})`,
  'unknown-metric': (e) => `${e.params.given ? `${e.params.given} is not a known metric` : 'is missing'} (known: ${knownList(e)})`,
  'outcome-metric': (e) => `"${e.params.metric}" can only be tested in outcomes, after classification`,
  'unknown-operator': (e) => `${e.params.given ? `${e.params.given} is not allowed` : 'is missing'} (for ${e.params.metric}: ${knownList(e, ' ')})`,
  'unknown-condition': () => 'names no condition of the rule set',
  'duplicate-id': (e) => `${e.params.given} is used twice`,
  'too-deep': (e) => `nests conditions more than ${e.params.max} levels deep`,
};

/** A structured error in English, e.g. "throughput[1].value is not a number ("abc")." */
export function errorMessage(e: FieldError): string {
  return `${e.field} ${PROBLEMS[e.code](e)}.`;
}

const ERRORS = Object.fromEntries(Object.keys(PROBLEMS).map((code) => [code, errorMessage])) as unknown as WordsMessages['errors'];

export const enWords: WordsMessages = {
  numbers: ENGLISH_NUMBERS,
  requirement: (symbol, threshold) => `${symbol} ${threshold}`,
  yesNo: (value) => (value ? 'yes' : 'no'),
  condition: (metric, requirement) => `${metric} ${requirement}`,
  date,
  and,
  or,
  metric: {
    itemKind: 'kind of item',
    tpp: 'TPP',
    performanceDensity: 'PD',
    applicableDieAreaMm2: 'applicable die area',
    interconnectGBps: 'bidirectional transfer rate',
    dramBandwidthGBps: 'total DRAM bandwidth',
    dramPlusInterconnectGBps: 'DRAM plus interconnect bandwidth',
    memoryBandwidthDensity: 'memory bandwidth density',
    datacenter: 'designed or marketed for datacenters',
    usAvailableSince: 'first sold in the US',
    quantity: 'number of chips',
    totalTpp: 'total TPP',
    h100EquivalentsByTpp: 'H100-equivalents by TPP',
    h100EquivalentsBy8Bit: 'H100-equivalents by 8-bit operations',
    shareOfUsShipments: 'share of US shipments',
    destinationCountry: 'destination',
    buyerHeadquartersCountry: 'buyer’s headquarters',
    shipFromCountry: 'shipped from',
    destinationInD1: 'destination in Country Group D:1',
    destinationInD4: 'destination in Country Group D:4',
    destinationInD5OrMacau: 'destination in Country Group D:5 or Macau',
    destinationInA5: 'destination in Country Group A:5',
    destinationInA6: 'destination in Country Group A:6',
    buyerHeadquartersInD5OrMacau: 'buyer headquartered in Country Group D:5 or Macau',
    destinationOutsideChinaMacau: 'destination outside China and Macau',
    shippedFromOutsideUs: 'shipped from outside the United States',
    tariffExemption: 'US end use',
    tariffExempt: 'imported for an exempted US end use',
    trainingFlop: 'training compute',
    modificationThirds: 'modification compute in thirds of the original model’s',
    clusterPeakOpsPerSecond: 'cluster peak',
    clusterNetworkGbps: 'cluster networking',
    singleDatacenter: 'co-located in a single data centre',
    biologicalSequenceData: 'trained primarily on biological sequence data',
    generatesContent: 'generates text, audio, images or video',
    developerRevenueUsd: 'developer revenue',
    controlled: 'controlled',
    classification: 'classification',
  },
  input: {
    kind: 'what kind of item it is',
    throughput: 'the throughput figures',
    dies: 'the die area',
    datacenter: 'the market (whether it is designed or marketed for datacenters)',
    dramBandwidthGBps: 'the total DRAM bandwidth',
    interconnectGBps: 'the chip-to-chip transfer rate',
    hbmStack: 'the HBM stack’s bandwidth and area',
    usAvailableSince: 'the date it was first sold in the United States',
    bitLength: 'the bit length the rules leave open',
    quantity: 'the number of chips',
    destinationCountry: 'the destination country',
    buyerHeadquartersCountry: 'the country where the buyer (or its ultimate parent) is headquartered',
    shipFromCountry: 'the country the chips are shipped from',
    tariffExemption: 'the US end use the chips are imported for',
    usEndUseQuantity: 'the number shipped to US customers',
    trainingCompute: 'the training compute (by chips and duration, by parameters and tokens, or in FLOP)',
    trainingDuration: 'the training duration',
    baseModelFlop: 'the original model’s training compute',
    developerRevenueUsd: 'the developer’s annual revenue',
    biologicalSequenceData: 'whether it was trained primarily on biological sequence data',
    generatesContent: 'whether it generates text, audio, images or video',
    clusterNetwork: 'the cluster’s networking speed',
    singleDatacenter: 'whether the cluster is in a single data centre',
  },
  kind: { logic: 'a logic chip', 'hbm-stack': 'a standalone HBM stack', 'training-run': 'a training run' },
  status: {
    'in-force': 'in force',
    superseded: 'superseded',
    'not-enforced': 'not enforced',
    revoked: 'revoked',
    reported: 'reported, not published',
    bill: 'a bill, not law',
    hypothetical: 'hypothetical, not a rule',
    enacted: 'enacted, not yet in force',
    withdrawn: 'a withdrawn draft, never published',
  },
  verdict: (status, classification) => verdictWords({ status, classification }),
  errors: ERRORS,
  asOf: (reason, ruleSet) => {
    const cite = (id: string) => {
      const r = ruleSet(id);
      return r ? `${r.title} (${r.document}, effective ${date(r.effective)})` : id;
    };
    switch (reason.code) {
      case 'not-a-date':
        return `"${reason.date}" is not a date as YYYY-MM-DD.`;
      case 'none-in-force':
        return `No rule set for ${reason.family} was in force on ${date(reason.date)}${reason.next ? `: the first, ${cite(reason.next)}, took effect later` : ''}.`;
      case 'chosen': {
        const ended = reason.ended.map((e) => `${ruleSet(e.id)?.title ?? e.id} ended on ${date(e.until)}`);
        return `On ${date(reason.date)} the rules in force for ${reason.family} are ${cite(reason.ruleSet)}${reason.base ? `, which builds on ${cite(reason.base)}` : ''}`
          + `${ended.length ? `; ${ended.join(', ')}` : ''}.`;
      }
    }
  },
};
