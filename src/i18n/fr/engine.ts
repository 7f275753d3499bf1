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
import { METRICS, type MetricName } from '../../core/metrics/registry.js';
import type { ConditionResult, Verdict } from '../../core/rules/classify.js';
import type { EntryParams } from '../../core/explain/steps.js';
import type { StepMessages, Words, WordsMessages } from '../../core/explain/words.js';

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
const CLASSIFICATIONS: Record<string, string> = {
  'licence required (reported)': 'licence requise, selon la presse',
};
export const classificationWords = (classification: string) => CLASSIFICATIONS[classification] ?? classification;

/** The values of the text metric "kind of item", as a requirement or a value shows them. */
const KIND_VALUES: Record<string, string> = { logic: 'puce logique', 'hbm-stack': 'pile HBM autonome' };

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
  },
  kind: { logic: 'une puce logique', 'hbm-stack': 'une pile HBM autonome' },
  status: {
    'in-force': 'en vigueur',
    superseded: 'remplacée',
    'not-enforced': 'non appliquée',
    revoked: 'abrogée',
    reported: 'rapportée, non publiée',
    bill: 'proposition de loi, pas une loi',
    hypothetical: 'hypothétique, pas une règle',
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
 * le seuil de 4 800"; `of` names the item the threshold belongs to.
 */
function position(c: ConditionResult, w: Words, of = ''): string {
  const difference = new Decimal(c.margin?.absolute ?? 0);
  const threshold = `le seuil de ${w.threshold(c.metric, c.threshold)}${of ? ` fixé par ${of}` : ''}`;
  const where = difference.isZero() ? `soit exactement ${threshold}`
    : `soit ${w.amount(c.metric, difference.toString(), false)} de ${difference.isNegative() ? 'moins' : 'plus'} que ${threshold}`;
  return `${w.metric(c.metric)} ${w.value(c.metric, c.value ?? '0')}, ${where}`;
}

/** A yes-or-no metric, affirmed or denied, about the chip. */
const NEGATED: Partial<Record<MetricName, string>> = {
  datacenter: 'ni conçue ni commercialisée pour les centres de données',
  controlled: 'non contrôlée',
};

/** One condition in words, e.g. "PD 2,91, soit 0,29 de moins que le seuil de 3,2 (exigé : ≥ 3,2)". */
function condition(c: ConditionResult, w: Words): string {
  const label = w.metric(c.metric);
  const kind = METRICS[c.metric].kind;
  if (kind === 'boolean') {
    const phrase = (v: string) => (v === 'true' ? label : NEGATED[c.metric] ?? `non ${label}`);
    if (c.value === null) return `on ignore si la puce est ${label} (exigé : ${phrase(c.threshold)})`;
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

function nearestLine(b: Boundary, current: Verdict, w: Words): string {
  const at = b.strict ? (b.direction === 'increase' ? 'au-dessus de' : 'en dessous de') : 'à';
  const change = new Decimal(b.change ?? 0);
  const amount = change.isZero() ? `elle est exactement à ${w.value(b.metric, b.to)}` : `${b.direction === 'increase' ? '+' : '−'}${w.amount(b.metric, change.toString())}`;
  const percent = b.relativeChange && !change.isZero() ? `, ${w.percent(b.relativeChange)}` : '';
  const scope = b.lever === 'throughput'
    ? b.metric === 'tpp' ? ', surface de die inchangée' : `, débit de calcul ${w.percent(b.leverTo ?? '0')}`
    : b.lever === 'dieArea' ? `, avec une surface de die applicable de ${w.number(b.leverTo ?? '0', 2)}\u00a0mm²` : '';
  return `Seuil le plus proche (${w.item(b.itemId).label}) : ${w.metric(b.metric)} ${at} ${w.value(b.metric, b.to)} (${amount}${percent}${scope}) ; la puce ${effect(b, current, w)}.`;
}

const bitLengths = (lengths: readonly { format: string; bitLength: string }[]) => lengths.map((b) => `${b.format} à ${b.bitLength} bits`).join(', ');

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
  'mbd-value': (p, w) => `La densité de bande passante mémoire vaut ${w.value('memoryBandwidthDensity', p.mbd)} = ${w.number(p.bandwidth, 2)}\u00a0GB/s ÷ ${w.number(p.area, 2)}\u00a0mm² de surface de pile.`,
  controlled: (p, w) => `La puce est ${verdictWords({ status: 'controlled', classification: p.classification })} : ${and(p.clauses.map((id) => w.item(id).label))} ${plural(p.clauses.length, 's’applique', 's’appliquent')}.`,
  'clause-holds': (p, w) => `${w.item(p.item).label} s’applique : ${conditions(p.conditions, w)}.`,
  'also-depends': (p, w) => `Pour savoir si ${and(p.items.map((id) => w.item(id).label))} ${plural(p.items.length, 's’applique', 's’appliquent')} aussi, il faut connaître ${and(p.inputs.map(w.input))}.`,
  excluded: (p, w) => `Non contrôlée, car ${w.item(p.item).title} s’applique : ${conditions(p.conditions, w)}.`,
  'out-of-scope': (p, w) => `Non contrôlée : ${w.ruleSet.title} couvre ${w.ruleSet.covers}, et ce composant est ${w.messages.kind[p.kind]}.`,
  'none-holds': (p, w) => (p.basedOn
    ? `Non contrôlée selon ${w.ruleSetTitle(p.basedOn)} : aucun paragraphe n’est satisfait, donc ${w.ruleSet.title} ne s’applique pas à cette puce.`
    : `Non contrôlée selon ${w.ruleSet.title} : aucun paragraphe n’est satisfait.`),
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
    const replaced = p.supersededBy ? ` ; remplacée par ${w.ruleSetTitle(p.supersededBy)}` : '';
    const standing = {
      superseded: `remplacée (${span}${replaced}) : à utiliser pour l’historique ou la comparaison, pas pour les exportations d’aujourd’hui`,
      'not-enforced': `non appliquée (${span}${replaced}) : à utiliser pour l’historique ou la comparaison, pas pour les exportations d’aujourd’hui`,
      revoked: `abrogée (${span}${replaced}) : conservée pour l’historique, elle n’est plus en vigueur`,
      reported: `rapportée, non publiée (${span}) : ses seuils proviennent de documents d’entreprises et d’articles de presse, pas d’une règle publiée`,
      bill: `une proposition de loi, pas une loi (${span}) : un texte proposé, pas une règle en vigueur`,
      hypothetical: `hypothétique${p.derivedFrom ? `, avec des seuils modifiés par rapport à ${w.ruleSetTitle(p.derivedFrom)}` : ''} : une simulation, pas une règle en vigueur`,
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
} satisfies StepMessages;
