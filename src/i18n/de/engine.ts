/**
 * Deutsch: die Wörter der Engine (Zahlen, Daten, Listen, Namen der Messgrößen und Eingaben,
 * Ergebnisse, Fehler, Stichtagssätze) und die Schritte einer Erklärung. Gleiche Struktur wie
 * core/explain/en-words.ts und core/explain/en.ts; jede Nachricht ist ein ganzer Satz oder eine
 * ganze Wendung, die Werte kommen fertig formatiert herein.
 *
 * Begriffe: siehe docs/glossary/de.md. Der Chip ist „er“ (der Chip, der Stapel); Eingaben stehen
 * im Nominativ/Akkusativ (feminin, neutral oder Plural, also gleichlautend), damit sie in jeden
 * Satz passen, der sie mit „ohne“, „geben Sie … an“, „benötigt“ oder „kommt auf … an“ einbettet.
 */
import { Decimal } from '../../core/decimal.js';
import type { Boundary } from '../../core/boundary.js';
import type { ErrorCode, Expected, FieldError } from '../../core/errors.js';
import type { NumberStyle } from '../../core/format.js';
import { METRICS, type MetricDefinition, type MetricName } from '../../core/metrics/registry.js';
import type { ConditionResult, Verdict } from '../../core/rules/classify.js';
import type { CountryRole, EntryParams, PerChipParams } from '../../core/explain/steps.js';
import type { StepMessages, Words, WordsMessages } from '../../core/explain/words.js';
import { RULE_SETS } from './rule-sets.js';

/** Dezimalkomma, Punkt als Tausendertrennzeichen. */
const GERMAN_NUMBERS: NumberStyle = { group: '.', decimal: ',', minus: '-' };

/** „17.11.2023“ (TT.MM.JJJJ, DIN 5008); was kein ISO-Datum ist, bleibt wie angegeben. */
export function date(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${day}.${month}.${year}` : iso;
}

/** „a, b und c“ / „a, b oder c“ (ohne Komma vor „und“/„oder“). */
function list(items: readonly string[], word: string): string {
  if (items.length <= 2) return items.join(` ${word} `);
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

export const and = (items: readonly string[]) => list(items, 'und');
export const or = (items: readonly string[]) => list(items, 'oder');

/** Eine ganze Zahl mit Punkt als Tausendertrennzeichen (für Zähler in Hinweisen). */
export const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/**
 * Einstufungen, die ein mitgeliefertes Regelwerk in Worten statt als Kennung angibt (die Daten sind
 * englisch): die Übersetzungen aus `classifications` der Regelwerke in rule-sets.ts, nach dem
 * englischen Original. Kennungen wie 3A090.a bleiben, wie sie sind.
 */
const CLASSIFICATIONS: Record<string, string> = Object.assign({}, ...Object.values(RULE_SETS).map((r) => r.classifications ?? {}));
export const classification = (c: string) => CLASSIFICATIONS[c] ?? c;

/**
 * Einstufungen in Worten, die selbst ein Prädikat sind („wäre er genehmigungspflichtig (berichtet)“,
 * „wäre er über dem Kontingent eines Tier-2-Landes“); eine andere in Worten ist ein Substantiv und
 * steht mit „als … eingestuft“ („wäre er als Frontier-Modell eingestuft“).
 */
const PREDICATES = new Set([
  'licence required (reported)',
  'covered by the 25% Section 232 duty',
  'over a tier-2 country\'s allocation',
  'over the LPP exception\'s limit',
  'over the 50% volume cap',
  'over 200,000 GB300-equivalents',
  'over 1,000 GB300-equivalents',
]);

/** Das Ergebnis als Prädikat: „als 3A090.a kontrolliert“, „nicht kontrolliert“, „noch nicht einzustufen“. */
export function verdictWords(v: Pick<Verdict, 'status' | 'classification'>): string {
  if (v.status === 'controlled') {
    const c = v.classification ?? '';
    const words = CLASSIFICATIONS[c];
    if (words === undefined) return `als ${c} kontrolliert`;
    return PREDICATES.has(c) ? words : `als ${words} eingestuft`;
  }
  return v.status === 'not-controlled' ? 'nicht kontrolliert' : 'noch nicht einzustufen';
}

/** Die Regelwerksfamilien der mitgelieferten Regelwerke; eine unbekannte steht in Anführungszeichen. */
const FAMILIES: Record<string, string> = {
  '3A090 integrated circuits': 'integrierte Schaltungen nach 3A090',
  '3A090.c high-bandwidth memory': 'Speicher mit hoher Bandbreite nach 3A090.c',
  'H20-class licence letters': 'die Genehmigungsschreiben zur H20-Klasse',
  '3A090 licence by destination and buyer': 'die Genehmigungspflicht für Güter nach 3A090 nach Bestimmungsland und Käufer',
  'AI Diffusion caps': 'die Obergrenzen der AI-Diffusion-Regel',
  'California frontier AI': 'die kalifornischen Regeln zu Frontier-KI',
  'China volume cap': 'die Mengenobergrenze für China',
  'Draft AI chip export caps': 'die Entwürfe von Obergrenzen für KI-Chip-Ausfuhren',
  'EU AI Act general-purpose models': 'KI-Modelle mit allgemeinem Verwendungszweck nach der KI-Verordnung der EU',
  'New York frontier AI': 'die New Yorker Regeln zu Frontier-KI',
  'Section 232 semiconductor duty': 'den Halbleiterzoll nach Section 232',
  'US bills on AI chip exports': 'die US-Gesetzentwürfe zu KI-Chip-Ausfuhren',
  'US executive orders on AI': 'die Executive Orders der USA zu KI',
};
const family = (name: string) => FAMILIES[name] ?? `„${name}“`;

const EXPECTED: Record<Expected, string> = {
  number: 'muss eine Zahl oder eine Dezimalzahl als Zeichenkette sein',
  boolean: 'muss true oder false sein',
  text: 'muss eine Zeichenkette sein',
  'non-empty-text': 'muss eine nicht leere Zeichenkette sein',
  list: 'muss eine Liste sein',
  'non-empty-list': 'muss eine nicht leere Liste sein',
  object: 'muss ein Objekt sein',
  spec: 'muss ein Objekt sein',
  'rule-set': 'muss ein Objekt sein',
  entry: 'muss ein Objekt mit format, value und unit sein',
  die: 'muss ein Objekt mit areaMm2 sein',
  'hbm-stack': 'muss ein Objekt mit bandwidthGBps und areaMm2 sein',
  condition: 'muss eine Bedingung ({ metric, op, threshold }) oder eine Gruppe ({ all: [...] } oder { any: [...] }) sein',
  sentences: 'muss eine Liste von Sätzen sein',
  source: 'muss ein Objekt mit title und url sein',
  citation: 'muss ein Objekt mit document, published und url sein',
  'date-or-false': 'muss ein Datum im Format JJJJ-MM-TT oder false sein',
  cluster: 'muss ein Objekt mit chips, perChip und utilization (sowie durationDays) sein',
  model: 'muss ein Objekt mit parameters (oder activeParameters) und tokens sein',
  'per-chip': 'muss ein Objekt mit value und unit (sowie format) sein',
  stage: 'muss ein Objekt mit label und date sein',
};

const shown = (e: FieldError) => (e.params.given ? ` (${e.params.given})` : '');
const knownList = (e: FieldError, separator = ', ') => (e.params.known ?? []).join(separator);

/** Das Problem, wie es „<Feld> …“ fortsetzt. */
const PROBLEMS: Record<ErrorCode, (e: FieldError) => string> = {
  missing: () => 'fehlt',
  'wrong-type': (e) => EXPECTED[e.params.expected ?? 'object'],
  'not-a-number': (e) => `ist keine Zahl${shown(e)}`,
  'not-finite': () => 'muss eine endliche Zahl sein',
  separator: (e) => `ist keine Zahl: Verwenden Sie „.“ als Dezimaltrennzeichen und keine Tausendertrennzeichen${shown(e)}`,
  'ambiguous-separator': (e) => `lässt sich auf zwei Arten lesen${shown(e)}: ${knownList(e, ' oder ')}`,
  'out-of-range': (e) => `liegt außerhalb des zulässigen Bereichs (über 10^400)${shown(e)}`,
  negative: () => 'darf nicht negativ sein',
  'not-positive': () => 'muss größer als null sein',
  'not-a-date': (e) => (e.params.expected === 'date-or-false'
    ? 'muss ein Datum im Format JJJJ-MM-TT sein oder false, wenn der Chip nie in den Vereinigten Staaten verkauft wurde' : 'muss ein Datum im Format JJJJ-MM-TT sein'),
  'not-a-url': () => 'muss eine http(s)-Adresse sein',
  'unknown-field': (e) => `ist kein bekanntes Feld (bekannt: ${knownList(e)})`,
  'unknown-format': (e) => `${e.params.given} ist kein bekanntes Format (${knownList(e)}); geben Sie bitLength an`,
  'unknown-unit': (e) => `${e.params.given} ist keine bekannte Einheit (${knownList(e)})`,
  'unknown-kind': (e) => `${e.params.given} ist keine bekannte Art (${knownList(e)})`,
  'unknown-country': (e) => `${e.params.given} ist kein Ländercode nach ISO 3166-1 alpha-2 (z. B. „US“, „CN“, „AE“)`,
  'unknown-exemption': (e) => `${e.params.given} ist keine bekannte Endverwendung (${knownList(e)})`,
  'not-integer': (e) => `muss eine ganze Zahl sein${shown(e)}`,
  'above-maximum': (e) => `darf nicht größer als ${e.params.max} sein`,
  'one-route-only': (e) => `ist ein zweiter Weg zum Trainingsrechenaufwand: Geben Sie nur eines davon an: ${knownList(e)}`,
  'unknown-status': (e) => `muss einer dieser Werte sein: ${knownList(e)}`,
  'unknown-evidence': (e) => `muss einer dieser Werte sein: ${knownList(e)}`,
  'unknown-rule-set': (e) => `${e.params.given} ist kein bekanntes Regelwerk (bekannt: ${knownList(e) || 'keine'})`,
  'unknown-metric': (e) => `${e.params.given ? `${e.params.given} ist keine bekannte Messgröße` : 'fehlt'} (bekannt: ${knownList(e)})`,
  'outcome-metric': (e) => `„${e.params.metric}“ lässt sich nur in Folgen prüfen, nach der Einstufung`,
  'unknown-operator': (e) => `${e.params.given ? `${e.params.given} ist nicht zulässig` : 'fehlt'} (für ${e.params.metric}: ${knownList(e, ' ')})`,
  'unknown-condition': () => 'bezeichnet keine Bedingung des Regelwerks',
  'duplicate-id': (e) => `${e.params.given} wird zweimal verwendet`,
  'too-deep': (e) => `verschachtelt Bedingungen tiefer als ${e.params.max} Ebenen`,
};

/** Ein strukturierter Fehler auf Deutsch, z. B. „throughput[1].value ist keine Zahl ("abc").“ */
export function errorMessage(e: FieldError): string {
  return `${e.field} ${PROBLEMS[e.code](e)}.`;
}

const ERRORS = Object.fromEntries(Object.keys(PROBLEMS).map((code) => [code, errorMessage])) as unknown as WordsMessages['errors'];

export const WORDS = {
  numbers: GERMAN_NUMBERS,
  requirement: (symbol, threshold) => `${symbol} ${threshold}`,
  yesNo: (value) => (value ? 'ja' : 'nein'),
  condition: (metric, requirement) => `${metric} ${requirement}`,
  date,
  and,
  or,
  metric: {
    itemKind: 'Art des Guts',
    tpp: 'TPP',
    performanceDensity: 'PD',
    applicableDieAreaMm2: 'anrechenbare Die-Fläche',
    interconnectGBps: 'Übertragungsrate (bidirektional)',
    dramBandwidthGBps: 'Gesamt-DRAM-Bandbreite',
    dramPlusInterconnectGBps: 'DRAM- und Interconnect-Bandbreite zusammen',
    memoryBandwidthDensity: 'Speicherbandbreitendichte',
    datacenter: 'für Rechenzentren konstruiert oder vermarktet',
    usAvailableSince: 'Erstverkauf in den USA',
    quantity: 'Anzahl der Chips',
    totalTpp: 'Gesamt-TPP',
    h100EquivalentsByTpp: 'H100-Äquivalente nach TPP',
    h100EquivalentsBy8Bit: 'H100-Äquivalente nach 8-Bit-Operationen',
    shareOfUsShipments: 'Anteil an den US-Lieferungen',
    destinationCountry: 'Bestimmungsland',
    buyerHeadquartersCountry: 'Hauptsitz des Käufers',
    shipFromCountry: 'Versandland',
    destinationInD1: 'Bestimmungsland in Ländergruppe D:1',
    destinationInD4: 'Bestimmungsland in Ländergruppe D:4',
    destinationInD5OrMacau: 'Bestimmungsland in Ländergruppe D:5 oder Macau',
    destinationInA5: 'Bestimmungsland in Ländergruppe A:5',
    destinationInA6: 'Bestimmungsland in Ländergruppe A:6',
    buyerHeadquartersInD5OrMacau: 'Käufer mit Hauptsitz in Ländergruppe D:5 oder Macau',
    destinationOutsideChinaMacau: 'Bestimmungsland außerhalb Chinas und Macaus',
    shippedFromOutsideUs: 'Versand von außerhalb der Vereinigten Staaten',
    tariffExemption: 'Endverwendung in den USA',
    tariffExempt: 'für eine ausgenommene Endverwendung in den USA eingeführt',
    trainingFlop: 'Trainingsrechenaufwand',
    modificationThirds: 'Rechenaufwand der Veränderung in Dritteln des ursprünglichen Modells',
    clusterPeakOpsPerSecond: 'Spitzenrate des Clusters',
    clusterNetworkGbps: 'Netzwerkanbindung des Clusters',
    singleDatacenter: 'in einem einzigen Rechenzentrum untergebracht',
    biologicalSequenceData: 'vorwiegend mit biologischen Sequenzdaten trainiert',
    generatesContent: 'erzeugt Text, Audio, Bilder oder Video',
    developerRevenueUsd: 'Umsatz des Entwicklers',
    controlled: 'kontrolliert',
    classification: 'Einstufung',
  },
  input: {
    kind: 'die Art des Guts',
    throughput: 'die Durchsatzwerte',
    dies: 'die Die-Fläche',
    datacenter: 'die Angabe zum Markt (ob der Chip für Rechenzentren konstruiert oder vermarktet wird)',
    dramBandwidthGBps: 'die Gesamt-DRAM-Bandbreite',
    interconnectGBps: 'die Chip-zu-Chip-Übertragungsrate',
    hbmStack: 'die Bandbreite und Fläche des HBM-Stapels',
    usAvailableSince: 'das Datum des ersten Verkaufs in den Vereinigten Staaten',
    bitLength: 'die Bitlänge, die die Regeln offenlassen',
    quantity: 'die Anzahl der Chips',
    destinationCountry: 'das Bestimmungsland',
    buyerHeadquartersCountry: 'das Sitzland des Käufers (das Land, in dem er oder seine oberste Muttergesellschaft den Hauptsitz hat)',
    shipFromCountry: 'das Versandland der Chips',
    tariffExemption: 'die Endverwendung der Chips in den USA (den Zweck der Einfuhr)',
    usEndUseQuantity: 'die Anzahl der an US-Kunden gelieferten Chips',
    trainingCompute: 'die Angaben zum Trainingsrechenaufwand (über Chips und Dauer, über Parameter und Tokens oder in FLOP)',
    trainingDuration: 'die Trainingsdauer',
    baseModelFlop: 'die Angabe zum Trainingsrechenaufwand des ursprünglichen Modells',
    developerRevenueUsd: 'die Höhe des Jahresumsatzes des Entwicklers',
    biologicalSequenceData: 'die Angabe zu den Trainingsdaten (ob das Modell vorwiegend mit biologischen Sequenzdaten trainiert wurde)',
    generatesContent: 'die Angabe zu den Ausgaben des Modells (ob es Text, Audio, Bilder oder Video erzeugt)',
    clusterNetwork: 'die Netzwerkgeschwindigkeit des Clusters',
    singleDatacenter: 'die Angabe zum Standort des Clusters (ob in einem einzigen Rechenzentrum)',
  },
  kind: { logic: 'ein Logikchip', 'hbm-stack': 'ein eigenständiger HBM-Stapel', 'training-run': 'ein Trainingslauf' },
  status: {
    'in-force': 'in Kraft',
    superseded: 'abgelöst',
    'not-enforced': 'nicht durchgesetzt',
    revoked: 'aufgehoben',
    reported: 'berichtet, nicht veröffentlicht',
    bill: 'Gesetzentwurf, kein Gesetz',
    hypothetical: 'hypothetisch, keine Regelung',
    enacted: 'erlassen, noch nicht in Kraft',
    withdrawn: 'zurückgezogener Entwurf, nie veröffentlicht',
  },
  verdict: (status, classification) => verdictWords({ status, classification }),
  errors: ERRORS,
  asOf: (reason, ruleSet) => {
    const cite = (id: string) => {
      const r = ruleSet(id);
      return r ? `${r.title} (${r.document}, wirksam ab ${date(r.effective)})` : id;
    };
    switch (reason.code) {
      case 'not-a-date':
        return `„${reason.date}“ ist kein Datum im Format JJJJ-MM-TT.`;
      case 'none-in-force':
        return `Am ${date(reason.date)} war für ${family(reason.family)} kein Regelwerk in Kraft${reason.next ? `: Das erste, ${cite(reason.next)}, trat später in Kraft` : ''}.`;
      case 'chosen': {
        const ended = reason.ended.map((e) => `${ruleSet(e.id)?.title ?? e.id} endete am ${date(e.until)}`);
        return `Am ${date(reason.date)} gilt für ${family(reason.family)}: ${cite(reason.ruleSet)}${reason.base ? `, aufbauend auf ${cite(reason.base)}` : ''}`
          + `${ended.length ? `; ${ended.join(', ')}` : ''}.`;
      }
    }
  },
} satisfies WordsMessages;

// ——— Die Schritte einer Erklärung ———

function entryFormula(e: EntryParams, w: Words): string {
  const figure = `${e.format} ${w.number(e.value, 3)} ${e.unit}`;
  const notes = [e.countsMacs ? 'Multiply-Accumulate als 2 Operationen gezählt' : '', e.sparse ? 'Wert mit Sparsity halbiert' : ''].filter(Boolean);
  const converted = notes.length > 0 || (e.unit !== 'TOPS' && e.unit !== 'TFLOPS')
    ? ` = ${w.number(e.denseTeraOps, 3)} Tera-Operationen/s ohne Sparsity${notes.length ? ` (${notes.join('; ')})` : ''}` : '';
  return `${figure}${converted} × ${e.bitLength} Bit${e.bitLengthOverridden ? ' (Bitlänge angegeben)' : ''}`;
}

/**
 * Wo ein bekannter Zahlenwert zu seiner Schwelle steht, z. B. „TPP 4.790 liegt 10 unter der Schwelle
 * von 4.800“; bei einer Messgröße, die als Vielfaches verglichen wird (eine Obergrenze), „Gesamt-TPP
 * 1.187.400.000 beträgt 1,50× der Schwelle von 790.000.000“.
 */
function position(c: ConditionResult, w: Words): string {
  const difference = new Decimal(c.margin?.absolute ?? 0);
  const def: MetricDefinition = METRICS[c.metric];
  const relative = c.margin?.relative ?? null;
  const shown = `${w.metric(c.metric)} ${w.value(c.metric, c.value ?? '0')}`;
  const threshold = w.threshold(c.metric, c.threshold);
  if (!difference.isZero() && def.compare === 'multiple' && relative !== null) {
    return `${shown} beträgt ${w.multipleOfLine(relative)} der Schwelle von ${threshold}`;
  }
  const where = difference.isZero() ? 'genau auf' : `${w.amount(c.metric, difference.toString(), false)} ${difference.isNegative() ? 'unter' : 'über'}`;
  return `${shown} liegt ${where} der Schwelle von ${threshold}`;
}

/**
 * Ja/nein-Messgrößen, deren Name ein Substantiv ist („Bestimmungsland in Ländergruppe D:1“): wie sie
 * verneint und erfragt werden. Die übrigen sind Partizipien („für Rechenzentren konstruiert oder
 * vermarktet“), die „nicht …“ und „ob …“ so tragen, wie sie sind.
 */
const BOOLEAN_PHRASES: Partial<Record<MetricName, { not: string; whether: string }>> = {
  destinationInD1: { not: 'Bestimmungsland nicht in Ländergruppe D:1', whether: 'ob das Bestimmungsland in Ländergruppe D:1 liegt' },
  destinationInD4: { not: 'Bestimmungsland nicht in Ländergruppe D:4', whether: 'ob das Bestimmungsland in Ländergruppe D:4 liegt' },
  destinationInD5OrMacau: { not: 'Bestimmungsland weder in Ländergruppe D:5 noch Macau', whether: 'ob das Bestimmungsland in Ländergruppe D:5 liegt oder Macau ist' },
  destinationInA5: { not: 'Bestimmungsland nicht in Ländergruppe A:5', whether: 'ob das Bestimmungsland in Ländergruppe A:5 liegt' },
  destinationInA6: { not: 'Bestimmungsland nicht in Ländergruppe A:6', whether: 'ob das Bestimmungsland in Ländergruppe A:6 liegt' },
  buyerHeadquartersInD5OrMacau: { not: 'Käufer ohne Hauptsitz in Ländergruppe D:5 oder Macau', whether: 'ob der Käufer seinen Hauptsitz in Ländergruppe D:5 oder Macau hat' },
  destinationOutsideChinaMacau: { not: 'Bestimmungsland in China oder Macau', whether: 'ob das Bestimmungsland außerhalb Chinas und Macaus liegt' },
  shippedFromOutsideUs: { not: 'Versand aus den Vereinigten Staaten', whether: 'ob die Chips von außerhalb der Vereinigten Staaten versandt werden' },
  generatesContent: { not: 'erzeugt weder Text noch Audio, Bilder oder Video', whether: 'ob es Text, Audio, Bilder oder Video erzeugt' },
};

/** Eine Bedingung in Worten, z. B. „PD 2,91 liegt 0,29 unter der Schwelle von 3,2 (erforderlich: ≥ 3,2)“. */
function condition(c: ConditionResult, w: Words): string {
  const label = w.metric(c.metric);
  const kind = METRICS[c.metric].kind;
  if (kind === 'boolean') {
    const words = BOOLEAN_PHRASES[c.metric];
    const phrase = (v: string) => (v === 'true' ? label : words?.not ?? `nicht ${label}`);
    // Eine Frage, die sich für dieses Gut nicht stellt (die eines Clusters, für einen über sein Modell beschriebenen Lauf), ist nicht offen.
    if (c.value === null) return c.met === false ? `${label}: trifft hier nicht zu` : `unbekannt, ${words?.whether ?? `ob ${label}`} (erforderlich: ${phrase(c.threshold)})`;
    return `${phrase(c.value)}${c.met ? '' : ` (erforderlich: ${phrase(c.threshold)})`}`;
  }
  if (kind !== 'number') {
    // Eine Einstufung in Worten („frontier model“) wird übersetzt, eine Kennung bleibt.
    const value = (v: string) => (kind === 'date' ? (v === 'never' ? 'nie' : date(v)) : c.metric === 'classification' ? w.classification(v) : v);
    const needs = kind === 'date' ? w.requirement(c.metric, c.op, c.threshold) : value(c.threshold);
    return `${label}: ${c.value === null ? 'unbekannt' : value(c.value)}${c.met ? '' : ` (erforderlich: ${needs})`}`;
  }
  const requirement = w.requirement(c.metric, c.op, c.threshold, false);
  if (c.value === null) return `${label} ${c.met === false ? 'ist nicht definiert' : 'ist unbekannt'} (erforderlich: ${requirement})`;
  return `${position(c, w)} (${c.met ? `${requirement} erfüllt` : `erforderlich: ${requirement}`})`;
}

const conditions = (cs: readonly ConditionResult[], w: Words, joiner = ' und ') => cs.map((c) => condition(c, w)).join(joiner);

/** „wäre er als 3A090.b kontrolliert“, oder „bliebe er als 3A090.a kontrolliert, jedoch mit: …“, wenn sich nur die Folgen ändern. */
function effect(b: Boundary, current: Verdict, w: Words): string {
  const after = verdictWords(b.verdictAfter);
  if (after !== verdictWords(current)) return `wäre er ${after}`;
  const gained = b.verdictAfter.outcomes.filter((id) => !current.outcomes.includes(id)).map((id) => w.item(id).title);
  return `bliebe er ${after}, jedoch mit: ${gained.join('; ') || 'einer anderen Folge'}`;
}

/** Die ganze Zahl von Chips, mit der eine Grenze überschritten ist, die der Hebel „Anzahl“ bei `to` (einem Bruch) erreicht. */
function chipsAcross(b: Boundary): string {
  const to = new Decimal(b.leverTo ?? '0');
  const count = b.direction === 'increase' ? (b.strict ? to.floor().plus(1) : to.ceil()) : (b.strict ? to.ceil().minus(1) : to.floor());
  return Decimal.max(count, 0).toString();
}

function nearestLine(b: Boundary, current: Verdict, w: Words): string {
  const at = b.strict ? (b.direction === 'increase' ? 'über' : 'unter') : 'bei';
  const change = new Decimal(b.change ?? 0);
  const amount = change.isZero() ? `er liegt bereits genau bei ${w.value(b.metric, b.to)}` : `${b.direction === 'increase' ? '+' : '−'}${w.amount(b.metric, change.toString())}`;
  const percent = b.relativeChange && !change.isZero() ? `, ${w.percent(b.relativeChange)}` : '';
  const scope = b.lever === 'throughput'
    ? b.metric === 'tpp' ? ', bei unveränderter Die-Fläche' : `, bei einer Durchsatzänderung von ${w.percent(b.leverTo ?? '0')}`
    : b.lever === 'dieArea' ? `, bei einer anrechenbaren Die-Fläche von ${w.number(b.leverTo ?? '0', 2)} mm²`
      : b.lever === 'quantity' && b.metric !== 'quantity' ? `, also bei ${w.number(chipsAcross(b), 0)} Chips`
        : b.lever === 'trainingDays' ? `, nach ${w.number(b.leverTo ?? '0', 2)} Trainingstagen`
          : b.lever === 'runCompute' && b.metric !== 'trainingFlop' ? `, bei einem Rechenaufwand dieses Laufs von ${w.value('trainingFlop', b.leverTo ?? '0')}` : '';
  return `Nächste Grenze (${w.item(b.itemId).label}): Mit ${w.metric(b.metric)} ${at} ${w.value(b.metric, b.to)} (${amount}${percent}${scope}) ${effect(b, current, w)}.`;
}

const bitLengths = (lengths: readonly { format: string; bitLength: string }[]) => lengths.map((b) => `${b.format} mit ${b.bitLength} Bit`).join(', ');

/** Wie ein Land in einer Lieferung benannt wird: „Bestimmungsland AE“. */
const ROLE: Record<CountryRole, string> = { destination: 'Bestimmungsland', buyerHeadquarters: 'Hauptsitz des Käufers', shipFrom: 'Versandland' };

/** Eine Rate je Chip, wie eingegeben, z. B. „BF16 989,5 TFLOPS“, halbiert, wenn mit Sparsity. */
function perChip(p: PerChipParams, w: Words): string {
  const figure = `${p.format ? `${p.format} ` : ''}${w.number(p.value, 3)} ${p.unit}`;
  return p.sparse ? `${figure} (mit Sparsity, halbiert auf ${w.number(p.denseTeraOps, 3)} Tera-Operationen/s ohne Sparsity)` : figure;
}

/** Ein Anteil von 0 bis 1 als Prozentsatz ohne Vorzeichen, z. B. „40 %“. */
const share = (fraction: string, w: Words) => `${w.number(new Decimal(fraction).times(100).toString(), 2)} %`;

/**
 * Die Stationen eines Gesetzentwurfs oder Entwurfs (`stage.label` der mitgelieferten Regelwerke, in
 * den Daten englisch), nach dem Original; ein unbekannter steht in Anführungszeichen.
 */
const STAGES: Record<string, string> = {
  'introduced in the Senate as S. 4456 (the House bill H.R. 6875 was reported advanced by the Foreign Affairs Committee, 42–2–1, on 2026-01-21)':
    'im Senat als S. 4456 eingebracht (den Gesetzentwurf H.R. 6875 des Repräsentantenhauses hat der Auswärtige Ausschuss Berichten zufolge am 21.01.2026 mit 42–2–1 Stimmen weitergeleitet)',
  'left out of the final FY2026 NDAA (its Senate-passed version had it as an amendment); S. 3150 and H.R. 5885 pending':
    'nicht in den endgültigen NDAA für das Haushaltsjahr 2026 aufgenommen (die vom Senat verabschiedete Fassung enthielt ihn als Änderungsantrag); S. 3150 und H.R. 5885 sind anhängig',
  'referred to the Senate Committee on Banking, Housing, and Urban Affairs; no further action found':
    'an den Bankenausschuss des Senats (Committee on Banking, Housing, and Urban Affairs) überwiesen; keine weiteren Schritte gefunden',
  'withdrawn from the OIRA review it entered on 2026-02-26':
    'aus der Prüfung durch das OIRA zurückgezogen, in die er am 26.02.2026 gegangen war',
};
const stageWords = (label: string) => STAGES[label] ?? `„${label}“`;

/**
 * Die Hinweise zu Ländern aus src/data/country-group-notes.json (dort englisch), nach dem Original; ein
 * unbekannter bleibt, wie er ist.
 */
const COUNTRY_NOTES: Record<string, string> = {
  'Cambodia left Country Group D:5 when the State Department lifted its arms embargo (ITAR § 126.1, November 2025); the EAR followed on 2026-02-03.':
    'Kambodscha ist aus der Ländergruppe D:5 ausgeschieden, als das US-Außenministerium sein Waffenembargo aufhob (ITAR § 126.1, November 2025); die EAR folgten am 03.02.2026.',
  'Cyprus is named in ITAR § 126.1, but its status as a proscribed destination is suspended from 2025-10-01 to 2026-09-30 (renewed yearly since 2022); it is not counted in D:5 here. Check the current suspension.':
    'Zypern ist in ITAR § 126.1 genannt, sein Status als verbotenes Bestimmungsziel ist jedoch vom 01.10.2025 bis 30.09.2026 ausgesetzt (seit 2022 jährlich verlängert); hier wird es nicht zu D:5 gezählt. Prüfen Sie die aktuelle Aussetzung.',
  'Ethiopia was added to ITAR § 126.1 in November 2021, which adds it to D:5; no later removal was found.':
    'Äthiopien wurde im November 2021 in ITAR § 126.1 aufgenommen und gehört damit zu D:5; eine spätere Streichung wurde nicht gefunden.',
  'Syria\'s sanctions changed in 2025; its listing in ITAR § 126.1 (and so in D:5) was not re-checked.':
    'Die Sanktionen gegen Syrien haben sich 2025 geändert; seine Nennung in ITAR § 126.1 (und damit in D:5) wurde nicht erneut geprüft.',
  'A copy of the supplement\'s A table read for this data does not clearly mark Brazil in A:6; check it.':
    'Eine für diese Daten gelesene Kopie der Tabelle A des Supplements weist Brasilien nicht eindeutig A:6 zu; prüfen Sie das.',
  'Hong Kong has been treated as China under the EAR since BIS removed it as a separate destination in December 2020.':
    'Hongkong wird nach den EAR als China behandelt, seit das BIS es im Dezember 2020 als eigenes Bestimmungsziel gestrichen hat.',
  'Macau is a destination of its own under the EAR (since 1999); the advanced-computing rules name it beside Country Group D:5 (\'D:5 or Macau\'), as it is not in D:5.':
    'Macau ist nach den EAR ein eigenes Bestimmungsziel (seit 1999); die Regeln zu Advanced Computing nennen es neben der Ländergruppe D:5 („D:5 oder Macau“), da es nicht zu D:5 gehört.',
};

export const STEPS = {
  'tpp-unknown': () => 'TPP ist unbekannt: Es wurden keine Durchsatzwerte angegeben.',
  'tpp-single': (p, w) => `TPP beträgt ${w.value('tpp', p.tpp)} = ${entryFormula(p.entry, w)}${p.count > 1 ? `, der höchste von ${p.count} Werten` : ''}.`,
  'tpp-units': (p, w) => {
    const parts = p.units.map((u) => `${u.name ?? 'unbenannte Einheit'} ${w.value('tpp', u.tpp)}${u.entry ? ` (${entryFormula(u.entry, w)})` : ''}`);
    return `TPP beträgt ${w.value('tpp', p.tpp)}, die Summe über ${p.units.length} gleichzeitig arbeitende Recheneinheiten: ${parts.join(' + ')}.`;
  },
  'pd-value': (p, w) => `PD beträgt ${w.value('performanceDensity', p.pd)} = TPP ${w.value('tpp', p.tpp)} ÷ ${w.number(p.area, 2)} mm² nicht planarer Logik-Die-Fläche.`,
  'pd-no-die-area': () => 'PD ist unbekannt: Es wurde keine Die-Fläche angegeben.',
  'pd-no-non-planar-die': () => 'PD ist nicht definiert: Kein Die wird in einem nicht planaren Prozess (FinFET oder GAA) gefertigt, daher können nur Bestimmungen greifen, die allein auf TPP abstellen.',
  fleet: (p, w) => `${w.number(p.quantity, 0)} Chips × TPP ${w.value('tpp', p.tpp)} = Gesamt-TPP ${w.value('totalTpp', p.totalTpp)}: `
    + `${w.value('h100EquivalentsByTpp', p.byTpp)} H100-Äquivalente nach TPP (÷ 15.832, wie die Obergrenzen der AI-Diffusion-Regel zählen)`
    + (p.by8Bit !== null && p.eightBitTeraOps !== null
      ? `, ${w.value('h100EquivalentsBy8Bit', p.by8Bit)} nach 8-Bit-Spitzenoperationen (je ${w.number(p.eightBitTeraOps, 3)} Tera-Operationen/s ohne Sparsity ÷ 1.979, wie Epoch AI zählt).`
      : '; nach 8-Bit-Operationen keine, da kein 8-Bit-Wert angegeben wurde.'),
  country: (p, w) => {
    const groups = p.role === 'shipFrom' ? (p.country === 'US' ? ' (eine Ausfuhr aus den Vereinigten Staaten)' : ' (eine Wiederausfuhr oder eine Ausfuhr aus dem Ausland)')
      : p.groups.length ? ` (${p.groups.length > 1 ? 'Ländergruppen' : 'Ländergruppe'} ${w.and(p.groups)})` : ' (in keiner der Ländergruppen D:1, D:4, D:5, A:5 und A:6)';
    return `${ROLE[p.role]} ${p.country}${groups}.`;
  },
  'training-unknown': () => 'Der Trainingsrechenaufwand ist unbekannt: Geben Sie den Cluster (Chips, Rate je Chip, Auslastung und Dauer), das Modell (Parameter und Tokens) oder die FLOP insgesamt an.',
  'training-cluster': (p, w) => `Der Rechenaufwand des Laufs beträgt ${w.value('trainingFlop', p.flop)} = ${w.number(p.chips, 0)} Chips × ${perChip(p.perChip, w)} × ${share(p.utilization, w)} Auslastung × ${w.number(p.days, 3)} Tage (${w.number(p.seconds, 0)} s).`,
  'training-cluster-rate': (p, w) => `Der Cluster rechnet mit ${w.value('clusterPeakOpsPerSecond', p.rate)} = ${w.number(p.chips, 0)} Chips × ${perChip(p.perChip, w)} × ${share(p.utilization, w)} Auslastung (Spitze ${w.value('clusterPeakOpsPerSecond', p.peak)}); es wurde keine Dauer angegeben, daher ist der Rechenaufwand des Laufs unbekannt.`,
  'training-model': (p, w) => `Der Rechenaufwand des Laufs beträgt ${w.value('trainingFlop', p.flop)} = 6 × ${w.figure('trainingFlop', p.parameters)} ${p.active ? 'aktive Parameter' : 'Parameter'} × ${w.figure('trainingFlop', p.tokens)} Tokens.`,
  'training-total': (p, w) => `Der Rechenaufwand des Laufs ist angegeben: ${w.value('trainingFlop', p.flop)}.`,
  'training-cumulative': (p, w) => `Der Trainingsrechenaufwand des Modells beträgt ${w.value('trainingFlop', p.total)} = ${[
    ...(p.base !== null ? [`ursprüngliches Modell ${w.value('trainingFlop', p.base)}`] : []),
    `dieser Lauf ${w.value('trainingFlop', p.run)}`,
    ...(p.fineTuning !== null ? [`Feinabstimmung und andere Veränderungen ${w.value('trainingFlop', p.fineTuning)}`] : []),
  ].join(' + ')}.`,
  modification: (p, w) => {
    const thirds = new Decimal(p.thirds);
    const side = thirds.greaterThan(1) ? 'mehr als' : thirds.lessThan(1) ? 'weniger als' : 'genau';
    return `Die Veränderung benötigte ${w.value('trainingFlop', p.modification)}, ${side} ein Drittel der ${w.value('trainingFlop', p.base)} des ursprünglichen Modells `
      + `(${w.value('modificationThirds', p.thirds)} Drittel).`;
  },
  'days-to-line': (p, w) => `Bei dieser Rate erreicht der Rechenaufwand des Modells ${w.threshold('trainingFlop', p.threshold)} (${w.item(p.item).label}) nach ${w.number(p.days, 2)} Trainingstagen`
    + `${p.durationDays !== null ? `; der Lauf dauert ${w.number(p.durationDays, 3)} Tage` : ''}.`,
  'mbd-value': (p, w) => `Die Speicherbandbreitendichte beträgt ${w.value('memoryBandwidthDensity', p.mbd)} = ${w.number(p.bandwidth, 2)} GB/s ÷ ${w.number(p.area, 2)} mm² Stapelfläche.`,
  controlled: (p, w) => `Kontrolliert: ${w.classification(p.classification)} (${p.clauses.map((id) => w.item(id).label).join(', ')}).`,
  'clause-holds': (p, w) => `${w.item(p.item).label} ist erfüllt: ${conditions(p.conditions, w)}.`,
  'also-depends': (p, w) => `Ob ${and(p.items.map((id) => w.item(id).label))} ebenfalls ${p.items.length > 1 ? 'greifen' : 'greift'}, kommt auf ${and(p.inputs.map(w.input))} an.`,
  excluded: (p, w) => `Nicht kontrolliert: ${w.item(p.item).title} greift: ${conditions(p.conditions, w)}.`,
  'out-of-scope': (p, w) => `Nicht kontrolliert: Dieses Gut ist ${w.messages.kind[p.kind]}. Geltungsbereich von ${w.ruleSet.title}: ${w.ruleSet.covers}.`,
  'none-holds': (p, w) => (p.basedOn
    ? `Nicht kontrolliert nach ${w.ruleSetTitle(p.basedOn)}: Keine Bestimmung ist erfüllt, daher gilt ${w.ruleSet.title} für ihn nicht.`
    : `Nicht kontrolliert nach ${w.ruleSet.title}: Keine Bestimmung ist erfüllt.`),
  'clause-fails': (p, w) => `${w.item(p.item).label} ist nicht erfüllt: ${conditions(p.conditions, w, '; ')}.`,
  undecided: (p, w) => `Ohne ${and(p.inputs.map(w.input))} lässt sich das nicht entscheiden.`,
  'item-depends': (p, w) => {
    const sizes = p.metrics.length > 1 ? 'von diesen Größen ab' : 'von dieser Größe ab';
    const known = p.known.length ? `; bekannt ist: ${conditions(p.known, w)}` : '';
    return p.item === 'scope'
      ? `Ob ${w.ruleSet.title} gilt, hängt ${sizes}: ${and(p.metrics.map(w.metric))}${known}.`
      : `${w.item(p.item).label} hängt ${sizes}: ${and(p.metrics.map(w.metric))}${known}.`;
  },
  'not-controlled-note': (_p, w) => w.ruleSet.notControlledNote,
  outcome: (p, w) => w.item(p.item).text ?? w.item(p.item).title,
  'outcome-depends': (p, w) => `${w.item(p.item).title}: kommt auf ${and(p.inputs.map(w.input))} an.`,
  'outcome-reading': (p, w) => `${w.item(p.item).title}: hängt von einer Bitlänge ab, die die Regeln nicht festlegen; die Folge tritt bei ${bitLengths(p.holdsUnder)} ein, nicht bei ${bitLengths(p.failsUnder)}.`,
  'readings-differ': (p, w) => {
    const parts = p.readings.map((r) => {
      const titles = r.verdict.outcomes.map((id) => w.item(id).title);
      return `bei ${bitLengths(r.bitLengths)} beträgt TPP ${w.value('tpp', r.tpp)}, und er ist ${verdictWords(r.verdict)}${titles.length ? ` (${titles.join('; ')})` : ''}`;
    });
    return `Das Ergebnis hängt von einer Bitlänge ab, die die Regeln nicht festlegen: ${parts.join('; ')}. Geben Sie für den Wert eine ausdrückliche Bitlänge an, um das zu entscheiden.`;
  },
  nearest: (p, w) => nearestLine(p.boundary, p.current, w),
  market: (p, w) => `${p.boundary.to === 'true' ? 'Wäre er für Rechenzentren konstruiert oder vermarktet' : 'Wäre er nicht für Rechenzentren konstruiert oder vermarktet'}, ${effect(p.boundary, p.current, w)}.`,
  'rule-set-status': (p, w) => {
    const span = p.until ? `in Kraft vom ${w.date(p.effective)} bis ${w.date(p.until)}` : `wirksam ab ${w.date(p.effective)}`;
    const replaced = p.supersededBy ? `; abgelöst durch ${w.ruleSetTitle(p.supersededBy)}` : '';
    const stage = p.stage ? `; Stand ${w.date(p.stage.date)}: ${stageWords(p.stage.label)}` : '';
    switch (p.status) {
      case 'superseded':
        return `Dieses Regelwerk ist abgelöst (${span}${replaced}): Nutzen Sie es für den Rückblick oder zum Vergleich, nicht für heutige Ausfuhren.`;
      case 'not-enforced':
        return `Dieses Regelwerk wird nicht durchgesetzt (${span}${replaced}): Nutzen Sie es für den Rückblick oder zum Vergleich, nicht für heutige Ausfuhren.`;
      case 'revoked':
        return `Dieses Regelwerk ist aufgehoben (${span}${replaced}): Es steht hier zur Dokumentation, es ist nicht in Kraft.`;
      case 'reported':
        return `Dieses Regelwerk beruht auf Berichten und ist nicht veröffentlicht (${span}): Seine Grenzwerte stammen aus Unternehmensmitteilungen und Presseberichten, nicht aus einer veröffentlichten Regelung.`;
      case 'bill':
        return `Dieses Regelwerk ist ein Gesetzentwurf, kein Gesetz (${p.stage ? `eingebracht am ${w.date(p.effective)}${stage}` : span}): ein Vorschlag, keine geltende Regelung.`;
      case 'enacted':
        return `Dieses Regelwerk ist erlassen, aber noch nicht in Kraft: Es tritt am ${w.date(p.effective)} in Kraft${stage}.`;
      case 'withdrawn':
        return `Dieses Regelwerk ist ein zurückgezogener Entwurf, nie veröffentlicht (berichtet am ${w.date(p.effective)}${stage}): Seine Grenzwerte stammen aus Presseberichten über den Entwurf.`;
      case 'hypothetical':
        return p.derivedFrom
          ? `Dieses Regelwerk ist hypothetisch, mit Schwellenwerten, die gegenüber ${w.ruleSetTitle(p.derivedFrom)} geändert wurden: ein Gedankenspiel, keine geltende Regelung.`
          : 'Dieses Regelwerk ist hypothetisch: ein Gedankenspiel, keine geltende Regelung.';
    }
  },
  'sparse-halved': (p, w) => `Der Wert für ${p.format}, ${w.number(p.value, 3)} ${p.unit}, wurde als Wert mit Sparsity markiert und auf ${w.number(p.denseTeraOps, 3)} Tera-Operationen/s ohne Sparsity halbiert: Die Regeln zählen den Durchsatz ohne Sparsity.`,
  'bit-length-open': (p, w) => (p.decides
    ? `${p.format} wird mit ${p.bitLength} Bit bewertet (seiner Speicherbreite); die Regeln legen nicht fest, ob stattdessen seine ${p.alternative} signifikanten Bits zählen. Dieser Wert bestimmt TPP: Mit ${p.alternative} Bit läge TPP bei ${w.value('tpp', p.tppIfAlternative)}.`
    : `${p.format} wird mit ${p.bitLength} Bit bewertet (seiner Speicherbreite); die Regeln legen nicht fest, ob stattdessen seine ${p.alternative} signifikanten Bits zählen. Auf TPP wirkt sich das so oder so nicht aus.`),
  'planar-excluded': (p, w) => `${w.number(p.area, 2)} mm² Die-Fläche in einem planaren Prozess bleiben bei der anrechenbaren Die-Fläche außen vor, da die Definition nur nicht planare Logik-Dies zählt.`,
  'near-threshold': (p, w) => `${position(p.condition, w)} (${w.item(p.item).label}), weniger als 1 % entfernt: Datenblattwerte sind oft gerundet; prüfen Sie daher die genauen Werte.`,
  'hbm-not-used': () => 'Die Angaben enthalten einen HBM-Stapel (hbmStack), beschreiben aber einen Logikchip, dessen mitverpackter HBM nicht unter 3A090.c fällt: Der Stapel wird nicht bewertet. Setzen Sie kind auf „hbm-stack“, um einen eigenständigen HBM-Stapel zu bewerten.',
  'h100e-conventions': (p, w) => `Nach TPP zählt einer dieser Chips als ${w.value('h100EquivalentsByTpp', p.byTpp)} H100, nach 8-Bit-Spitzenoperationen als ${w.value('h100EquivalentsBy8Bit', p.by8Bit)}: `
    + 'TPP gewichtet jede Operation mit ihrer Bitlänge und nimmt den höchsten Wert, sodass die 4-Bit-Rate eines Chips mehr zählen kann als seine 8-Bit-Rate. Die Obergrenzen der AI-Diffusion-Regel zählen TPP; Epoch AI zählt 8-Bit-Operationen.',
  'country-note': (p) => `${ROLE[p.role]} ${p.country}${p.group ? ` (Ländergruppe ${p.group})` : ''}: ${COUNTRY_NOTES[p.note] ?? p.note}`,
  'training-estimate': (p) => (p.route === 'cluster'
    ? 'Der Rechenaufwand des Laufs ist geschätzt als Spitzenrate × Auslastung × Dauer; die Regeln zählen die tatsächlich ausgeführten Operationen, geben Sie daher die gemessene Gesamtzahl (totalFlop) an, wenn sie bekannt ist.'
    : '6 × Parameter × Tokens schätzt die Trainingsoperationen eines dichten Transformers (Vorwärts- und Rückwärtsdurchläufe); Attention und andere Terme bleiben außen vor, und die Regeln zählen die tatsächlich ausgeführten Operationen.'),
} satisfies StepMessages;
