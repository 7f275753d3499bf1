/**
 * French, the engine's part: numbers, dates and lists, the names of metrics and inputs, verdicts,
 * errors and as-of sentences (WORDS), and the steps of an explanation (STEPS), as en-words.ts and
 * en.ts word them in English.
 *
 * Typography: the space before ; : ! ? and inside « » is a narrow no-break space (U+202F), as is
 * the thousands separator; dates and "n°" use a no-break space (U+00A0, written \u00a0). The chip
 * is "la puce" throughout, so verdicts agree in the feminine ("contrôlée au titre de 3A090.a").
 */
import { Decimal } from '../../core/decimal.js';
import type { Boundary } from '../../core/boundary.js';
import type { ErrorCode, Expected, FieldError } from '../../core/errors.js';
import type { NumberStyle } from '../../core/format.js';
import { METRICS, type MetricDefinition, type MetricName } from '../../core/metrics/registry.js';
import type { ConditionResult, Verdict } from '../../core/rules/classify.js';
import type { CountryRole, EntryParams, PerChipParams } from '../../core/explain/steps.js';
import type { StepMessages, Words, WordsMessages } from '../../core/explain/words.js';
import { regionName } from '../region-names.js';

const NUMBERS: NumberStyle = { group: ' ', decimal: ',', minus: '−' };

const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

/** "17 nov. 2023", "1er janv. 2026"; anything that is not an ISO date is shown as given. */
export function date(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  const day = Number(match[3]);
  return `${day === 1 ? '1er' : day}\u00a0${month}\u00a0${match[1]}`;
}

/** "a, b et c": no comma before the last item in French. */
function list(items: readonly string[], word: string): string {
  if (items.length <= 2) return items.join(` ${word} `);
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

export const and = (items: readonly string[]) => list(items, 'et');
export const or = (items: readonly string[]) => list(items, 'ou');

/** French plural: 0 and 1 take the singular. */
export const plural = (n: number, one: string, other: string) => (Math.abs(n) < 2 ? one : other);

/** A whole number with the French thousands separator. */
export const integer = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, NUMBERS.group);

/** Classifications the built-in rule sets write in words, in French; ids such as 3A090.a stay as they are. */
export const CLASSIFICATIONS: Record<string, string> = {
  'licence required (reported)': 'licence requise, selon la presse',
  'covered by the 25% Section 232 duty': 'soumise au droit de douane de 25 % de la section 232',
  "over a tier-2 country's allocation": 'au-delà du quota d’un pays de niveau 2',
  "over the LPP exception's limit": 'au-delà de la limite de l’exception LPP',
  'over the 50% volume cap': 'au-delà du plafond de volume de 50 %',
  'over 200,000 GB300-equivalents': 'plus de 200 000 équivalents GB300',
  'over 1,000 GB300-equivalents': 'plus de 1 000 équivalents GB300',
  'advanced integrated circuit': 'circuit intégré avancé',
  'advanced integrated circuit (licence required; denied for foreign adversaries)': 'circuit intégré avancé (licence requise ; refusée pour les adversaires étrangers)',
  'restricted integrated circuit': 'circuit intégré restreint',
  'covered integrated circuit': 'circuit intégré visé',
  'general-purpose AI model with systemic risk (presumed)': 'modèle d’IA à usage général présentant un risque systémique (présumé)',
  'general-purpose AI model (indicative criterion)': 'modèle d’IA à usage général (critère indicatif)',
  'frontier model': 'modèle de pointe',
  'reportable model': 'modèle soumis à déclaration',
  'reportable computing cluster': 'grappe de calcul soumise à déclaration',
};
/** The French words of some of the classifications above, for a rule set's translation. */
export const classificationsOf = (...originals: string[]) => Object.fromEntries(originals.map((c) => [c, CLASSIFICATIONS[c] ?? c]));
export const classificationWords = (classification: string) => CLASSIFICATIONS[classification] ?? classification;

/** The values of the text metric "kind of item", as a requirement or a value shows them. */
const KIND_VALUES: Record<string, string> = { logic: 'puce logique', 'hbm-stack': 'pile HBM autonome', 'training-run': 'entraînement de modèle' };

/** A classification that is an ECCN paragraph (3A090.a), not words. */
const isEccn = (classification: string) => /^\d[A-E]\d{3}/.test(classification);

/**
 * The verdict about the chip (feminine: "la puce"): "contrôlée au titre de 3A090.a", "contrôlée
 * (licence requise, selon la presse)" for a classification in words, "non contrôlée", "impossible à classer".
 */
export function verdictWords(v: Pick<Verdict, 'status' | 'classification'>): string {
  if (v.status === 'controlled') {
    const classification = v.classification ?? '';
    return isEccn(classification) ? `contrôlée au titre de ${classification}` : `contrôlée (${classificationWords(classification)})`;
  }
  return v.status === 'not-controlled' ? 'non contrôlée' : 'impossible à classer';
}

/** The rule-set families of the built-in rule sets (data, in English), as an as-of sentence names them. */
const FAMILIES: Record<string, string> = {
  '3A090 integrated circuits': 'les circuits intégrés relevant de 3A090',
  '3A090.c high-bandwidth memory': 'la mémoire à large bande passante relevant de 3A090.c',
  'H20-class licence letters': 'les lettres d’exigence de licence visant la classe H20',
  '3A090 licence by destination and buyer': 'la licence des biens relevant de 3A090 selon la destination et l’acheteur',
  'China volume cap': 'le plafond de volume des expéditions vers la Chine',
  'Section 232 semiconductor duty': 'le droit de douane de la section 232 sur les semi-conducteurs',
  'AI Diffusion caps': 'les plafonds de la règle sur la diffusion de l’IA',
  'US bills on AI chip exports': 'les propositions de loi américaines sur les exportations de puces d’IA',
  'Draft AI chip export caps': 'les projets de plafonds d’exportation de puces d’IA',
  'EU AI Act general-purpose models': 'les modèles d’IA à usage général du règlement européen sur l’IA',
  'California frontier AI': 'l’IA de pointe en Californie',
  'New York frontier AI': 'l’IA de pointe dans l’État de New York',
  'US executive orders on AI': 'les décrets présidentiels américains sur l’IA',
};
const family = (name: string) => FAMILIES[name] ?? `« ${name} »`;

/** What a value was expected to be, as it finishes "Le champ X …". */
const EXPECTED: Record<Expected, string> = {
  number: 'doit être un nombre ou une chaîne décimale',
  boolean: 'doit valoir true ou false',
  text: 'doit être une chaîne de caractères',
  'non-empty-text': 'doit être une chaîne de caractères non vide',
  list: 'doit être une liste',
  'non-empty-list': 'doit être une liste non vide',
  object: 'doit être un objet',
  spec: 'doit être un objet',
  'rule-set': 'doit être un objet',
  entry: 'doit être un objet avec format, value et unit',
  die: 'doit être un objet avec areaMm2',
  'hbm-stack': 'doit être un objet avec bandwidthGBps et areaMm2',
  condition: 'doit être une condition ({ metric, op, threshold }) ou un groupe ({ all: [...] } ou { any: [...] })',
  sentences: 'doit être une liste de phrases',
  source: 'doit être un objet avec title et url',
  citation: 'doit être un objet avec document, published et url',
  'date-or-false': 'doit être une date au format AAAA-MM-JJ, ou false',
  cluster: 'doit être un objet avec chips, perChip et utilization (et durationDays)',
  model: 'doit être un objet avec parameters (ou activeParameters) et tokens',
  'per-chip': 'doit être un objet avec value et unit (et format)',
  stage: 'doit être un objet avec label et date',
};

/** The value given, as the engine quotes it ("abc", a list, an object), in French quotes and words. */
function given(e: FieldError): string {
  const value = e.params.given ?? '';
  const quoted = /^"([\s\S]*)"$/.exec(value);
  if (quoted) return `« ${quoted[1]} »`;
  return value === 'a list' ? 'une liste' : value === 'an object' ? 'un objet' : value;
}
const shown = (e: FieldError) => (e.params.given ? ` (${given(e)})` : '');
const known = (e: FieldError) => (e.params.known ?? []).join(', ');

/** Each error as one sentence naming its field, e.g. "Le champ throughput[1].value n’est pas un nombre (« abc »)." */
const ERRORS: Record<ErrorCode, (e: FieldError) => string> = {
  missing: (e) => `Le champ ${e.field} est manquant.`,
  'wrong-type': (e) => `Le champ ${e.field} ${EXPECTED[e.params.expected ?? 'object']}.`,
  'not-a-number': (e) => `Le champ ${e.field} n’est pas un nombre${shown(e)}.`,
  'not-finite': (e) => `Le champ ${e.field} doit être un nombre fini.`,
  separator: (e) => `Le champ ${e.field} n’est pas un nombre${shown(e)} : utilisez « . » comme séparateur décimal, sans séparateur de milliers.`,
  'ambiguous-separator': (e) => `Le champ ${e.field} peut se lire de deux façons${shown(e)} : ${or(e.params.known ?? [])}.`,
  'out-of-range': (e) => `Le champ ${e.field} est hors limites (au-delà de 10^400)${shown(e)}.`,
  negative: (e) => `Le champ ${e.field} ne doit pas être négatif.`,
  'not-positive': (e) => `Le champ ${e.field} doit être supérieur à zéro.`,
  'not-a-date': (e) => (e.params.expected === 'date-or-false'
    ? `Le champ ${e.field} doit être une date au format AAAA-MM-JJ, ou false si la puce n’a jamais été vendue aux États-Unis.`
    : `Le champ ${e.field} doit être une date au format AAAA-MM-JJ.`),
  'not-a-url': (e) => `Le champ ${e.field} doit être une adresse http(s).`,
  'unknown-field': (e) => `Le champ ${e.field} n’est pas un champ connu (champs connus : ${known(e)}).`,
  'unknown-format': (e) => `Le champ ${e.field} indique ${given(e)}, qui n’est pas un format connu (${known(e)}) ; indiquez sa longueur en bits (bitLength).`,
  'unknown-unit': (e) => `Le champ ${e.field} indique ${given(e)}, qui n’est pas une unité connue (${known(e)}).`,
  'unknown-kind': (e) => `Le champ ${e.field} indique ${given(e)}, qui n’est pas un type connu (${known(e)}).`,
  'unknown-country': (e) => `Le champ ${e.field} indique ${given(e)}, qui n’est pas un code de pays ISO 3166-1 alpha-2 (p.\u00a0ex. « US », « CN », « AE »).`,
  'unknown-exemption': (e) => `Le champ ${e.field} indique ${given(e)}, qui n’est pas un usage final connu (${known(e)}).`,
  'not-integer': (e) => `Le champ ${e.field} doit être un nombre entier${shown(e)}.`,
  'above-maximum': (e) => `Le champ ${e.field} ne doit pas dépasser ${e.params.max}.`,
  'one-route-only': (e) => `Le champ ${e.field} ouvre une seconde voie de calcul de l’entraînement ; n’en indiquez qu’une parmi ${known(e)}.`,
  'unknown-status': (e) => `Le champ ${e.field} doit prendre l’une des valeurs suivantes : ${known(e)}.`,
  'unknown-evidence': (e) => `Le champ ${e.field} doit prendre l’une des valeurs suivantes : ${known(e)}.`,
  'unknown-rule-set': (e) => `Le champ ${e.field} indique ${given(e)}, qui n’est pas une réglementation connue (réglementations connues : ${known(e) || 'aucune'}).`,
  'unknown-metric': (e) => (e.params.given
    ? `Le champ ${e.field} indique ${given(e)}, qui n’est pas une métrique connue (métriques connues : ${known(e)}).`
    : `Le champ ${e.field} est manquant (métriques connues : ${known(e)}).`),
  'outcome-metric': (e) => `Le champ ${e.field} teste « ${e.params.metric} », qui ne peut l’être que dans les conséquences, après la classification.`,
  'unknown-operator': (e) => (e.params.given
    ? `Le champ ${e.field} indique l’opérateur ${given(e)}, qui n’est pas admis (pour ${e.params.metric} : ${(e.params.known ?? []).join(' ')}).`
    : `Le champ ${e.field} est manquant (pour ${e.params.metric} : ${(e.params.known ?? []).join(' ')}).`),
  'unknown-condition': (e) => `Le champ ${e.field} ne désigne aucune condition de la réglementation.`,
  'duplicate-id': (e) => `Le champ ${e.field} indique ${given(e)}, qui est utilisé deux fois.`,
  'too-deep': (e) => `Le champ ${e.field} imbrique des conditions sur plus de ${e.params.max} niveaux.`,
};

export const WORDS = {
  numbers: NUMBERS,
  requirement: (symbol: string, threshold: string) => `${symbol} ${KIND_VALUES[threshold] ?? threshold}`,
  yesNo: (value: boolean) => (value ? 'oui' : 'non'),
  condition: (metric: string, requirement: string) => `${metric} ${requirement}`,
  date,
  and,
  or,
  metric: {
    itemKind: 'type de composant',
    tpp: 'TPP',
    performanceDensity: 'PD',
    applicableDieAreaMm2: 'surface de die applicable',
    interconnectGBps: 'débit de transfert bidirectionnel',
    dramBandwidthGBps: 'bande passante DRAM totale',
    dramPlusInterconnectGBps: 'bande passante DRAM plus interconnexion',
    memoryBandwidthDensity: 'densité de bande passante mémoire',
    datacenter: 'conçue ou commercialisée pour les centres de données',
    usAvailableSince: 'première vente aux États-Unis',
    quantity: 'nombre de puces',
    totalTpp: 'TPP totale',
    h100EquivalentsByTpp: 'équivalents H100 selon la TPP',
    h100EquivalentsBy8Bit: 'équivalents H100 selon les opérations sur 8 bits',
    shareOfUsShipments: 'part des expéditions aux clients américains',
    destinationCountry: 'destination',
    buyerHeadquartersCountry: 'siège de l’acheteur',
    shipFromCountry: 'pays d’expédition',
    destinationInD1: 'destination dans le groupe de pays D:1',
    destinationInD4: 'destination dans le groupe de pays D:4',
    destinationInD5OrMacau: 'destination dans le groupe de pays D:5 ou à Macao',
    destinationInA5: 'destination dans le groupe de pays A:5',
    destinationInA6: 'destination dans le groupe de pays A:6',
    buyerHeadquartersInD5OrMacau: 'acheteur dont le siège se trouve dans le groupe de pays D:5 ou à Macao',
    destinationOutsideChinaMacau: 'destination hors de Chine et de Macao',
    shippedFromOutsideUs: 'expédition depuis l’extérieur des États-Unis',
    tariffExemption: 'usage final aux États-Unis',
    tariffExempt: 'importation pour un usage final exempté aux États-Unis',
    trainingFlop: 'calcul d’entraînement',
    modificationThirds: 'calcul de modification (en tiers du calcul du modèle d’origine)',
    clusterPeakOpsPerSecond: 'débit de crête de la grappe',
    clusterNetworkGbps: 'réseau de la grappe',
    singleDatacenter: 'grappe regroupée dans un seul centre de données',
    biologicalSequenceData: 'modèle entraîné principalement sur des données de séquences biologiques',
    generatesContent: 'modèle générant du texte, de l’audio, des images ou de la vidéo',
    developerRevenueUsd: 'chiffre d’affaires du développeur',
    controlled: 'contrôlée',
    classification: 'classement',
  },
  input: {
    kind: 'le type de composant',
    throughput: 'les valeurs de débit de calcul',
    dies: 'la surface des dies',
    datacenter: 'le marché visé (si la puce est conçue ou commercialisée pour les centres de données)',
    dramBandwidthGBps: 'la bande passante DRAM totale',
    interconnectGBps: 'le débit de transfert entre puces',
    hbmStack: 'la bande passante et la surface de la pile HBM',
    usAvailableSince: 'la date de première vente aux États-Unis',
    bitLength: 'la longueur en bits que les règles laissent ouverte',
    quantity: 'le nombre de puces',
    destinationCountry: 'le pays de destination',
    buyerHeadquartersCountry: 'le pays où se trouve le siège de l’acheteur (ou de sa société mère ultime)',
    shipFromCountry: 'le pays d’où les puces sont expédiées',
    tariffExemption: 'l’usage final aux États-Unis pour lequel les puces sont importées',
    usEndUseQuantity: 'le nombre de puces expédiées aux clients américains',
    trainingCompute: 'le calcul d’entraînement (par les puces et la durée, par les paramètres et les jetons, ou en FLOP)',
    trainingDuration: 'la durée de l’entraînement',
    baseModelFlop: 'le calcul d’entraînement du modèle d’origine',
    developerRevenueUsd: 'le chiffre d’affaires annuel du développeur',
    biologicalSequenceData: 'les données d’entraînement (si le modèle a été entraîné principalement sur des données de séquences biologiques)',
    generatesContent: 'les sorties du modèle (s’il génère du texte, de l’audio, des images ou de la vidéo)',
    clusterNetwork: 'le débit réseau de la grappe',
    singleDatacenter: 'l’emplacement de la grappe (si elle se trouve dans un seul centre de données)',
  },
  kind: { logic: 'une puce logique', 'hbm-stack': 'une pile HBM autonome', 'training-run': 'un entraînement de modèle' },
  status: {
    'in-force': 'en vigueur',
    superseded: 'remplacée',
    'not-enforced': 'non appliquée',
    revoked: 'abrogée',
    reported: 'rapportée, non publiée',
    bill: 'proposition de loi, pas une loi',
    hypothetical: 'hypothétique, pas une règle',
    enacted: 'promulguée, pas encore en vigueur',
    withdrawn: 'projet retiré, jamais publié',
  },
  verdict: (status: 'controlled' | 'not-controlled' | 'indeterminate', classification: string | null) => verdictWords({ status, classification }),
  errors: ERRORS,
  asOf: (reason, ruleSet) => {
    const cite = (id: string) => {
      const r = ruleSet(id);
      return r ? `${r.title} (${r.document}, applicable à compter du ${date(r.effective)})` : id;
    };
    switch (reason.code) {
      case 'not-a-date':
        return `« ${reason.date} » n’est pas une date au format AAAA-MM-JJ.`;
      case 'none-in-force':
        return reason.next
          ? `Aucune réglementation visant ${family(reason.family)} n’était en vigueur le ${date(reason.date)} : la première, ${cite(reason.next)}, est entrée en vigueur plus tard.`
          : `Aucune réglementation visant ${family(reason.family)} n’était en vigueur le ${date(reason.date)}.`;
      case 'chosen': {
        const ended = reason.ended.map((e) => `${ruleSet(e.id)?.title ?? e.id} a pris fin le ${date(e.until)}`);
        return `Le ${date(reason.date)}, la réglementation en vigueur pour ${family(reason.family)} est ${cite(reason.ruleSet)}`
          + `${reason.base ? `, qui s’appuie sur ${cite(reason.base)}` : ''}${ended.length ? ` ; ${ended.join(', ')}` : ''}.`;
      }
    }
  },
} satisfies WordsMessages;

// ——— The steps of an explanation ———

function entryFormula(e: EntryParams, w: Words): string {
  const figure = `${e.format} ${w.number(e.value, 3)} ${e.unit}`;
  const notes = [e.countsMacs ? 'multiplications-accumulations comptées comme 2 opérations' : '', e.sparse ? 'avec sparsité, divisée par deux' : ''].filter(Boolean);
  const converted = notes.length > 0 || (e.unit !== 'TOPS' && e.unit !== 'TFLOPS')
    ? ` = ${w.number(e.denseTeraOps, 3)} téra-opérations denses/s${notes.length ? ` (${notes.join(' ; ')})` : ''}` : '';
  return `${figure}${converted} × ${e.bitLength} bits${e.bitLengthOverridden ? ' (longueur en bits indiquée)' : ''}`;
}

/**
 * Where a known numeric value stands against its threshold, e.g. "TPP 4 790, soit 10 de moins que
 * le seuil de 4 800"; for a metric compared as a multiple (a cap), "TPP totale 1 187 400 000, soit
 * 1,50× le seuil de …"; `of` names the item the threshold belongs to.
 */
function position(c: ConditionResult, w: Words, of = ''): string {
  const difference = new Decimal(c.margin?.absolute ?? 0);
  const def: MetricDefinition = METRICS[c.metric];
  const relative = c.margin?.relative ?? null;
  const threshold = `le seuil de ${w.threshold(c.metric, c.threshold)}${of ? ` fixé par ${of}` : ''}`;
  const where = difference.isZero() ? `soit exactement ${threshold}`
    : def.compare === 'multiple' && relative !== null ? `soit ${w.multipleOfLine(relative)} ${threshold}`
      : `soit ${w.amount(c.metric, difference.toString(), false)} de ${difference.isNegative() ? 'moins' : 'plus'} que ${threshold}`;
  return `${w.metric(c.metric)} ${w.value(c.metric, c.value ?? '0')}, ${where}`;
}

/** A yes-or-no metric denied: about the chip, the shipment, the cluster or the model. */
const NEGATED: Partial<Record<MetricName, string>> = {
  datacenter: 'ni conçue ni commercialisée pour les centres de données',
  controlled: 'non contrôlée',
  destinationInD1: 'destination hors du groupe de pays D:1',
  destinationInD4: 'destination hors du groupe de pays D:4',
  destinationInD5OrMacau: 'destination ni dans le groupe de pays D:5 ni à Macao',
  destinationInA5: 'destination hors du groupe de pays A:5',
  destinationInA6: 'destination hors du groupe de pays A:6',
  buyerHeadquartersInD5OrMacau: 'acheteur dont le siège ne se trouve ni dans le groupe de pays D:5 ni à Macao',
  destinationOutsideChinaMacau: 'destination en Chine ou à Macao',
  shippedFromOutsideUs: 'expédition depuis les États-Unis',
  tariffExempt: 'importation sans usage final exempté aux États-Unis',
  singleDatacenter: 'grappe répartie sur plusieurs centres de données',
  biologicalSequenceData: 'modèle non entraîné principalement sur des données de séquences biologiques',
  generatesContent: 'modèle ne générant ni texte, ni audio, ni images, ni vidéo',
};

/** Yes-or-no metrics about the chip, whose unknown value is said of it ("on ignore si la puce est …"). */
const ABOUT_THE_CHIP: readonly MetricName[] = ['datacenter', 'controlled'];

/** One condition in words, e.g. "PD 2,91, soit 0,29 de moins que le seuil de 3,2 (exigé : ≥ 3,2)". */
function condition(c: ConditionResult, w: Words): string {
  const label = w.metric(c.metric);
  const kind = METRICS[c.metric].kind;
  if (kind === 'boolean') {
    const phrase = (v: string) => (v === 'true' ? label : NEGATED[c.metric] ?? `non ${label}`);
    // A question that does not arise for this item (a cluster's, for a run described by its model) is false, not open.
    if (c.value === null && c.met === false) return `${label} : sans objet`;
    if (c.value === null) {
      return ABOUT_THE_CHIP.includes(c.metric)
        ? `on ignore si la puce est ${label} (exigé : ${phrase(c.threshold)})`
        : `${label} : valeur inconnue (exigé : ${phrase(c.threshold)})`;
    }
    return `${phrase(c.value)}${c.met ? '' : ` (exigé : ${phrase(c.threshold)})`}`;
  }
  if (kind !== 'number') {
    const shownValue = (v: string) => (kind === 'date' ? (v === 'never' ? 'jamais' : date(v)) : KIND_VALUES[v] ?? v);
    const needs = kind === 'date' ? w.requirement(c.metric, c.op, c.threshold) : KIND_VALUES[c.threshold] ?? c.threshold;
    return `${label} : ${c.value === null ? 'valeur inconnue' : shownValue(c.value)}${c.met ? '' : ` (exigé : ${needs})`}`;
  }
  const requirement = w.requirement(c.metric, c.op, c.threshold, false);
  if (c.value === null) return `${label} : ${c.met === false ? 'aucune valeur' : 'valeur inconnue'} (exigé : ${requirement})`;
  return `${position(c, w)} (${c.met ? `condition ${requirement} remplie` : `exigé : ${requirement}`})`;
}

const conditions = (cs: readonly ConditionResult[], w: Words, joiner = ' et ') => cs.map((c) => condition(c, w)).join(joiner);

/** What crossing would do, as it follows "la puce …": "serait contrôlée au titre de 3A090.b", or "resterait …, mais avec : …". */
function effect(b: Boundary, current: Verdict, w: Words): string {
  const after = verdictWords(b.verdictAfter);
  if (after !== verdictWords(current)) return `serait ${after}`;
  const gained = b.verdictAfter.outcomes.filter((id) => !current.outcomes.includes(id)).map((id) => w.item(id).title);
  return `resterait ${after}, mais avec : ${gained.join(' ; ') || 'une autre conséquence'}`;
}

/** A training run's verdict, said of no chip: "seuil franchi (modèle de pointe)", "aucun seuil franchi". */
function runVerdict(v: Pick<Verdict, 'status' | 'classification'>, w: Words): string {
  if (v.status === 'controlled') return `seuil franchi (${w.classification(v.classification ?? '')})`;
  return v.status === 'not-controlled' ? 'aucun seuil franchi' : 'réponse indéterminée';
}

/** What crossing would do to a training run's answer, as it follows "; …". */
function runEffect(b: Boundary, current: Verdict, w: Words): string {
  const after = runVerdict(b.verdictAfter, w);
  if (after !== runVerdict(current, w)) return `le résultat deviendrait : ${after}`;
  const gained = b.verdictAfter.outcomes.filter((id) => !current.outcomes.includes(id)).map((id) => w.item(id).title);
  return `le résultat resterait : ${after}, mais avec : ${gained.join(' ; ') || 'une autre conséquence'}`;
}

/** The whole number of chips that crosses a line the quantity lever reaches at `to` (a fraction). */
function chipsAcross(b: Boundary): string {
  const to = new Decimal(b.leverTo ?? '0');
  const count = b.direction === 'increase' ? (b.strict ? to.floor().plus(1) : to.ceil()) : (b.strict ? to.ceil().minus(1) : to.floor());
  return Decimal.max(count, 0).toString();
}

function nearestLine(b: Boundary, current: Verdict, w: Words): string {
  const at = b.strict ? (b.direction === 'increase' ? 'au-dessus de' : 'en dessous de') : 'à';
  const change = new Decimal(b.change ?? 0);
  const amount = change.isZero() ? `exactement à ${w.value(b.metric, b.to)}` : `${b.direction === 'increase' ? '+' : '−'}${w.amount(b.metric, change.toString())}`;
  const percent = b.relativeChange && !change.isZero() ? `, ${w.percent(b.relativeChange)}` : '';
  const chips = chipsAcross(b);
  const scope = b.lever === 'throughput'
    ? b.metric === 'tpp' ? ', surface de die inchangée' : `, débit de calcul ${w.percent(b.leverTo ?? '0')}`
    : b.lever === 'dieArea' ? `, avec une surface de die applicable de ${w.number(b.leverTo ?? '0', 2)}\u00a0mm²`
      : b.lever === 'quantity' && b.metric !== 'quantity' ? `, soit ${w.number(chips, 0)} ${plural(Number(chips), 'puce', 'puces')}`
        : b.lever === 'trainingDays' ? `, après ${w.number(b.leverTo ?? '0', 2)} jours d’entraînement`
          : b.lever === 'runCompute' && b.metric !== 'trainingFlop' ? `, avec un calcul de cet entraînement de ${w.value('trainingFlop', b.leverTo ?? '0')}` : '';
  const line = `Seuil le plus proche (${w.item(b.itemId).label}) : ${w.metric(b.metric)} ${at} ${w.value(b.metric, b.to)} (${amount}${percent}${scope})`;
  // The answer is about a chip, a shipment of chips (the quantity lever) or a training run (its levers).
  if (b.lever === 'trainingDays' || b.lever === 'runCompute') return `${line} ; ${runEffect(b, current, w)}.`;
  return `${line} ; ${b.lever === 'quantity' ? 'l’expédition' : 'la puce'} ${effect(b, current, w)}.`;
}

const bitLengths = (lengths: readonly { format: string; bitLength: string }[]) => lengths.map((b) => `${b.format} à ${b.bitLength} bits`).join(', ');

/** French plural of a number already written out ("1", "0,5", "2", "10 000"): below 2, the singular. */
export const pluralOf = (shown: string, one: string, other: string) => {
  const n = Number(shown.replace(/[\s\u00a0\u202f]/g, '').replace(NUMBERS.minus, '-').replace(NUMBERS.decimal, '.'));
  return Number.isFinite(n) && Math.abs(n) < 2 ? one : other;
};

/** A country code, with its French name where the platform knows it: "Chine (CN)". */
function country(code: string): string {
  const name = regionName('fr', code);
  return name && name !== code ? `${name} (${code})` : code;
}

const ROLE: Record<CountryRole, string> = { destination: 'Destination', buyerHeadquarters: 'Siège de l’acheteur', shipFrom: 'Pays d’expédition' };

/** The notes of the country-groups data (in English), in French; a note not listed here is shown as written. */
const COUNTRY_NOTES: Record<string, string> = {
  'Hong Kong has been treated as China under the EAR since BIS removed it as a separate destination in December 2020.':
    'Hong Kong est traité comme la Chine au titre des EAR depuis que le BIS l’a supprimé en tant que destination distincte, en décembre 2020.',
  'Cambodia left Country Group D:5 when the State Department lifted its arms embargo (ITAR § 126.1, November 2025); the EAR followed on 2026-02-03.':
    'Le Cambodge a quitté le groupe de pays D:5 lorsque le département d’État a levé son embargo sur les armes (ITAR §\u00a0126.1, novembre 2025) ; les EAR ont suivi le 3\u00a0févr.\u00a02026.',
  'Cyprus is named in ITAR § 126.1, but its status as a proscribed destination is suspended from 2025-10-01 to 2026-09-30 (renewed yearly since 2022); it is not counted in D:5 here. Check the current suspension.':
    'Chypre figure dans l’ITAR §\u00a0126.1, mais son statut de destination proscrite est suspendu du 1er\u00a0oct.\u00a02025 au 30\u00a0sept.\u00a02026 (suspension renouvelée chaque année depuis 2022) ; elle n’est donc pas comptée ici dans le groupe D:5. Vérifiez la suspension en cours.',
  'Ethiopia was added to ITAR § 126.1 in November 2021, which adds it to D:5; no later removal was found.':
    'L’Éthiopie a été ajoutée à l’ITAR §\u00a0126.1 en novembre 2021, ce qui l’ajoute au groupe D:5 ; aucun retrait ultérieur n’a été trouvé.',
  'Syria\'s sanctions changed in 2025; its listing in ITAR § 126.1 (and so in D:5) was not re-checked.':
    'Les sanctions visant la Syrie ont changé en 2025 ; son inscription à l’ITAR §\u00a0126.1 (et donc dans le groupe D:5) n’a pas été revérifiée.',
  'A copy of the supplement\'s A table read for this data does not clearly mark Brazil in A:6; check it.':
    'La copie du tableau A du supplément consultée pour ces données n’indique pas clairement le Brésil dans le groupe A:6 ; vérifiez-le.',
};

/** Where a bill or a draft stands (data, in English), in French; a stage not listed here is shown as written. */
const STAGES: Record<string, string> = {
  'introduced in the Senate as S. 4456 (the House bill H.R. 6875 was reported advanced by the Foreign Affairs Committee, 42–2–1, on 2026-01-21)':
    'déposée au Sénat sous le numéro S. 4456 (la proposition de la Chambre, H.R. 6875, aurait été adoptée en commission des affaires étrangères, par 42–2–1, le 21\u00a0janv.\u00a02026)',
  'left out of the final FY2026 NDAA (its Senate-passed version had it as an amendment); S. 3150 and H.R. 5885 pending':
    'écartée de la version finale de la NDAA pour l’exercice 2026 (la version adoptée par le Sénat l’incluait comme amendement) ; S. 3150 et H.R. 5885 en attente',
  'referred to the Senate Committee on Banking, Housing, and Urban Affairs; no further action found':
    'renvoyée à la commission sénatoriale des affaires bancaires, du logement et des affaires urbaines ; aucune autre étape trouvée',
  'withdrawn from the OIRA review it entered on 2026-02-26':
    'retiré de l’examen de l’OIRA, entamé le 26\u00a0févr.\u00a02026',
};

/** A training cluster's per-chip rate as typed, e.g. "BF16 989,5 TFLOPS", halved when sparse. */
function perChip(p: PerChipParams, w: Words): string {
  const figure = `${p.format ? `${p.format} ` : ''}${w.number(p.value, 3)} ${p.unit}`;
  return p.sparse ? `${figure} (avec sparsité, divisée par deux : ${w.number(p.denseTeraOps, 3)} téra-opérations denses/s)` : figure;
}

/** A share from 0 to 1 as a percentage without a sign, e.g. "40 %". */
const share = (fraction: string, w: Words) => `${w.number(new Decimal(fraction).times(100).toString(), 2)} %`;

export const STEPS = {
  'tpp-unknown': () => 'La TPP est inconnue : aucune valeur de débit de calcul n’a été indiquée.',
  'tpp-single': (p, w) => `La TPP vaut ${w.value('tpp', p.tpp)} = ${entryFormula(p.entry, w)}${p.count > 1 ? `, la plus élevée des ${p.count} valeurs` : ''}.`,
  'tpp-units': (p, w) => {
    const parts = p.units.map((u) => `${u.name ?? 'unité sans nom'} ${w.value('tpp', u.tpp)}${u.entry ? ` (${entryFormula(u.entry, w)})` : ''}`);
    return `La TPP vaut ${w.value('tpp', p.tpp)}, somme sur ${p.units.length} unités de traitement fonctionnant simultanément : ${parts.join(' + ')}.`;
  },
  'pd-value': (p, w) => `La PD vaut ${w.value('performanceDensity', p.pd)} = TPP ${w.value('tpp', p.tpp)} ÷ ${w.number(p.area, 2)}\u00a0mm² de surface de die logique non planaire.`,
  'pd-no-die-area': () => 'La PD est inconnue : aucune surface de die n’a été indiquée.',
  'pd-no-non-planar-die': () => 'La PD n’existe pas : aucun die n’est fabriqué selon un procédé non planaire (FinFET ou GAA), donc seuls les paragraphes portant sur la TPP seule peuvent s’appliquer.',
  fleet: (p, w) => {
    const chips = w.number(p.quantity, 0);
    const byTpp = w.value('h100EquivalentsByTpp', p.byTpp);
    const head = `${chips} ${pluralOf(chips, 'puce', 'puces')} × TPP ${w.value('tpp', p.tpp)} = TPP totale ${w.value('totalTpp', p.totalTpp)} : `
      + `${byTpp} ${pluralOf(byTpp, 'équivalent', 'équivalents')} H100 selon la TPP (÷ 15 832, comme les plafonds de la règle sur la diffusion de l’IA les comptent)`;
    return p.by8Bit !== null && p.eightBitTeraOps !== null
      ? `${head}, ${w.value('h100EquivalentsBy8Bit', p.by8Bit)} selon les opérations de crête sur 8 bits (${w.number(p.eightBitTeraOps, 3)} téra-opérations denses/s par puce ÷ 1 979, comme les compte Epoch AI).`
      : `${head} ; aucun selon les opérations sur 8 bits, faute de valeur sur 8 bits.`;
  },
  country: (p, w) => {
    if (p.role === 'shipFrom') {
      return p.country === 'US'
        ? `${ROLE.shipFrom} : ${country(p.country)}, soit une exportation depuis les États-Unis.`
        : `${ROLE.shipFrom} : ${country(p.country)}, soit une réexportation ou une exportation depuis l’étranger.`;
    }
    if (!p.groups.length) return `${ROLE[p.role]} : ${country(p.country)}, dans aucun des groupes de pays D:1, D:4, D:5, A:5 et A:6.`;
    return `${ROLE[p.role]} : ${country(p.country)}, dans ${p.groups.length > 1 ? 'les groupes de pays' : 'le groupe de pays'} ${w.and(p.groups)}.`;
  },
  'training-unknown': () => 'Le calcul d’entraînement est inconnu : indiquez la grappe (puces, débit par puce, taux d’utilisation et durée), le modèle (paramètres et jetons) ou le total en FLOP.',
  'training-cluster': (p, w) => {
    const chips = w.number(p.chips, 0);
    const days = w.number(p.days, 3);
    return `Le calcul de cet entraînement vaut ${w.value('trainingFlop', p.flop)} = ${chips} ${pluralOf(chips, 'puce', 'puces')} × ${perChip(p.perChip, w)} × ${share(p.utilization, w)} d’utilisation`
      + ` × ${days} ${pluralOf(days, 'jour', 'jours')} (${w.number(p.seconds, 0)}\u00a0s).`;
  },
  'training-cluster-rate': (p, w) => {
    const chips = w.number(p.chips, 0);
    return `La grappe fonctionne à ${w.value('clusterPeakOpsPerSecond', p.rate)} = ${chips} ${pluralOf(chips, 'puce', 'puces')} × ${perChip(p.perChip, w)} × ${share(p.utilization, w)} d’utilisation`
      + ` (crête : ${w.value('clusterPeakOpsPerSecond', p.peak)}) ; aucune durée n’a été indiquée, le calcul de l’entraînement est donc inconnu.`;
  },
  'training-model': (p, w) => `Le calcul de cet entraînement vaut ${w.value('trainingFlop', p.flop)} = 6 × ${w.figure('trainingFlop', p.parameters)} ${p.active ? 'paramètres actifs' : 'paramètres'} × ${w.figure('trainingFlop', p.tokens)} jetons.`,
  'training-total': (p, w) => `Le calcul de cet entraînement est indiqué : ${w.value('trainingFlop', p.flop)}.`,
  'training-cumulative': (p, w) => `Le calcul d’entraînement du modèle vaut ${w.value('trainingFlop', p.total)} = ${[
    ...(p.base !== null ? [`${w.value('trainingFlop', p.base)} du modèle d’origine`] : []),
    `${w.value('trainingFlop', p.run)} de cet entraînement`,
    ...(p.fineTuning !== null ? [`${w.value('trainingFlop', p.fineTuning)} d’affinage et d’autres modifications`] : []),
  ].join(' + ')}.`,
  modification: (p, w) => {
    const thirds = new Decimal(p.thirds);
    const side = thirds.greaterThan(1) ? 'plus d’un tiers' : thirds.lessThan(1) ? 'moins d’un tiers' : 'exactement un tiers';
    return `La modification a utilisé ${w.value('trainingFlop', p.modification)}, soit ${side} des ${w.value('trainingFlop', p.base)} du modèle d’origine `
      + `(${w.value('modificationThirds', p.thirds)} tiers).`;
  },
  'days-to-line': (p, w) => {
    const days = w.number(p.days, 2);
    const duration = p.durationDays === null ? null : w.number(p.durationDays, 3);
    return `À ce rythme, le calcul du modèle atteint ${w.threshold('trainingFlop', p.threshold)} (${w.item(p.item).label}) après ${days} ${pluralOf(days, 'jour', 'jours')} d’entraînement`
      + `${duration === null ? '' : ` ; l’entraînement dure ${duration} ${pluralOf(duration, 'jour', 'jours')}`}.`;
  },
  'mbd-value': (p, w) => `La densité de bande passante mémoire vaut ${w.value('memoryBandwidthDensity', p.mbd)} = ${w.number(p.bandwidth, 2)}\u00a0GB/s ÷ ${w.number(p.area, 2)}\u00a0mm² de surface de pile.`,
  controlled: (p, w) => {
    const labels = `${and(p.clauses.map((id) => w.item(id).label))} ${plural(p.clauses.length, 's’applique', 's’appliquent')}`;
    // An ECCN paragraph is said of the chip; a classification in words (a duty, a cap, a model's status) stands alone.
    return isEccn(p.classification)
      ? `La puce est ${verdictWords({ status: 'controlled', classification: p.classification })} : ${labels}.`
      : `Résultat : ${w.classification(p.classification)} ; ${labels}.`;
  },
  'clause-holds': (p, w) => `${w.item(p.item).label} s’applique : ${conditions(p.conditions, w)}.`,
  'also-depends': (p, w) => `Pour savoir si ${and(p.items.map((id) => w.item(id).label))} ${plural(p.items.length, 's’applique', 's’appliquent')} aussi, il faut connaître ${and(p.inputs.map(w.input))}.`,
  excluded: (p, w) => `Non contrôlée, car ${w.item(p.item).title} s’applique : ${conditions(p.conditions, w)}.`,
  'out-of-scope': (p, w) => `Hors du champ : ${w.ruleSet.title} couvre ${w.ruleSet.covers}, et l’élément évalué est ${w.messages.kind[p.kind]}.`,
  'none-holds': (p, w) => (p.basedOn
    ? `Pas de contrôle selon ${w.ruleSetTitle(p.basedOn)} : aucun paragraphe n’est satisfait, donc ${w.ruleSet.title} ne s’applique pas.`
    : `Pas de contrôle selon ${w.ruleSet.title} : aucun paragraphe n’est satisfait.`),
  'clause-fails': (p, w) => `${w.item(p.item).label} ne s’applique pas : ${conditions(p.conditions, w, ' ; ')}.`,
  undecided: (p, w) => `Impossible de conclure sans ${and(p.inputs.map(w.input))}.`,
  'item-depends': (p, w) => {
    const missing = `il manque ${plural(p.metrics.length, 'une valeur', 'des valeurs')} : ${and(p.metrics.map(w.metric))}${p.known.length ? ` ; ${conditions(p.known, w)}` : ''}`;
    return p.item === 'scope'
      ? `Pour savoir si ${w.ruleSet.title} s’applique, ${missing}.`
      : `Pour ${w.item(p.item).label}, ${missing}.`;
  },
  'not-controlled-note': (_p, w) => w.ruleSet.notControlledNote,
  outcome: (p, w) => w.item(p.item).text ?? w.item(p.item).title,
  'outcome-depends': (p, w) => `${w.item(p.item).title} : à trancher selon ${and(p.inputs.map(w.input))}.`,
  'outcome-reading': (p, w) => `${w.item(p.item).title} : dépend d’une longueur en bits que les règles ne fixent pas : s’applique avec ${bitLengths(p.holdsUnder)}, pas avec ${bitLengths(p.failsUnder)}.`,
  'readings-differ': (p, w) => {
    const parts = p.readings.map((r) => {
      const titles = r.verdict.outcomes.map((id) => w.item(id).title);
      return `avec ${bitLengths(r.bitLengths)}, la TPP vaut ${w.value('tpp', r.tpp)} et la puce est ${verdictWords(r.verdict)}${titles.length ? ` (${titles.join(' ; ')})` : ''}`;
    });
    return `La réponse dépend d’une longueur en bits que les règles ne fixent pas : ${parts.join(' ; ')}. Indiquez explicitement la longueur en bits de la valeur pour trancher.`;
  },
  nearest: (p, w) => nearestLine(p.boundary, p.current, w),
  market: (p, w) => (p.boundary.to === 'true'
    ? `Si la puce était conçue ou commercialisée pour les centres de données, elle ${effect(p.boundary, p.current, w)}.`
    : `Si la puce n’était ni conçue ni commercialisée pour les centres de données, elle ${effect(p.boundary, p.current, w)}.`),
  'rule-set-status': (p, w) => {
    const span = p.until ? `en vigueur du ${w.date(p.effective)} au ${w.date(p.until)}` : `applicable à compter du ${w.date(p.effective)}`;
    const stage = p.stage ? ` ; ${w.date(p.stage.date)} : ${STAGES[p.stage.label] ?? p.stage.label}` : '';
    const replaced = p.supersededBy ? ` ; remplacée par ${w.ruleSetTitle(p.supersededBy)}` : '';
    const standing = {
      superseded: `remplacée (${span}${replaced}) : à utiliser pour l’historique ou la comparaison, pas pour les exportations d’aujourd’hui`,
      'not-enforced': `non appliquée (${span}${replaced}) : à utiliser pour l’historique ou la comparaison, pas pour les exportations d’aujourd’hui`,
      revoked: `abrogée (${span}${replaced}) : conservée pour l’historique, elle n’est plus en vigueur`,
      reported: `rapportée, non publiée (${span}) : ses seuils proviennent de documents d’entreprises et d’articles de presse, pas d’une règle publiée`,
      bill: `une proposition de loi, pas une loi (${p.stage ? `déposée le ${w.date(p.effective)}${stage}` : span}) : un texte proposé, pas une règle en vigueur`,
      hypothetical: `hypothétique${p.derivedFrom ? `, avec des seuils modifiés par rapport à ${w.ruleSetTitle(p.derivedFrom)}` : ''} : une simulation, pas une règle en vigueur`,
      enacted: `promulguée, mais pas encore en vigueur : elle entre en vigueur le ${w.date(p.effective)}${stage}`,
      withdrawn: `un projet retiré, jamais publié (signalé le ${w.date(p.effective)}${stage}) : ses seuils proviennent d’articles de presse sur le projet`,
    }[p.status];
    return `Cette réglementation est ${standing}.`;
  },
  'sparse-halved': (p, w) => `La valeur ${p.format} de ${w.number(p.value, 3)} ${p.unit} était marquée « avec sparsité » et a été divisée par deux, soit ${w.number(p.denseTeraOps, 3)} téra-opérations denses/s : les règles comptent le débit dense.`,
  'bit-length-open': (p, w) => (p.decides
    ? `${p.format} est compté sur ${p.bitLength} bits (sa largeur de stockage) ; les règles ne disent pas si ce sont plutôt ses ${p.alternative} bits significatifs qui comptent. Cette valeur détermine la TPP : à ${p.alternative} bits, la TPP vaudrait ${w.value('tpp', p.tppIfAlternative)}.`
    : `${p.format} est compté sur ${p.bitLength} bits (sa largeur de stockage) ; les règles ne disent pas si ce sont plutôt ses ${p.alternative} bits significatifs qui comptent. Dans un cas comme dans l’autre, cette valeur ne détermine pas la TPP.`),
  'planar-excluded': (p, w) => `${w.number(p.area, 2)}\u00a0mm² de surface de die sur un procédé planaire sont exclus de la surface de die applicable, car la définition ne compte que les dies logiques non planaires.`,
  'near-threshold': (p, w) => `${position(p.condition, w, w.item(p.item).label)}, à moins de 1 % : les valeurs des fiches techniques sont souvent arrondies ; vérifiez les valeurs exactes.`,
  'hbm-not-used': () => 'La description (spec) comporte une pile HBM (hbmStack), mais elle décrit une puce logique, dont la HBM intégrée au boîtier est hors du champ de 3A090.c : la pile n’est pas évaluée. Donnez à kind la valeur « hbm-stack » pour évaluer une pile HBM autonome.',
  'h100e-conventions': (p, w) => `Selon la TPP, une de ces puces compte pour ${w.value('h100EquivalentsByTpp', p.byTpp)} H100, selon les opérations de crête sur 8 bits pour ${w.value('h100EquivalentsBy8Bit', p.by8Bit)} : `
    + 'la TPP pondère chaque opération par sa longueur en bits et retient la plus élevée, si bien que le débit sur 4 bits d’une puce peut compter davantage que son débit sur 8 bits. Les plafonds de la règle sur la diffusion de l’IA comptent la TPP ; Epoch AI compte les opérations sur 8 bits.',
  'country-note': (p) => `${ROLE[p.role]} : ${country(p.country)}${p.group ? ` (groupe de pays ${p.group})` : ''} — ${COUNTRY_NOTES[p.note] ?? p.note}`,
  'training-estimate': (p) => (p.route === 'cluster'
    ? 'Le calcul de l’entraînement est estimé comme débit de crête × taux d’utilisation × durée ; les règles comptent les opérations effectivement réalisées, indiquez donc le total mesuré (totalFlop) s’il est connu.'
    : '6 × paramètres × jetons estime les opérations d’entraînement d’un transformeur dense (passes avant et arrière) ; cette formule omet l’attention et d’autres termes, et les règles comptent les opérations effectivement réalisées.'),
} satisfies StepMessages;
