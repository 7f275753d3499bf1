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
import { METRICS } from '../../core/metrics/registry.js';
import type { ConditionResult, Verdict } from '../../core/rules/classify.js';
import type { EntryParams } from '../../core/explain/steps.js';
import type { StepMessages, Words, WordsMessages } from '../../core/explain/words.js';

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
 * englisch, und RuleSetTranslation übersetzt sie nicht); Kennungen wie 3A090.a bleiben, wie sie sind.
 */
const CLASSIFICATIONS: Record<string, string> = {
  'licence required (reported)': 'genehmigungspflichtig (berichtet)',
};
export const classification = (c: string) => CLASSIFICATIONS[c] ?? c;

/** Das Ergebnis als Prädikat: „als 3A090.a kontrolliert“, „nicht kontrolliert“, „noch nicht einzustufen“. */
export function verdictWords(v: Pick<Verdict, 'status' | 'classification'>): string {
  // Eine Einstufung in Worten ist selbst ein Prädikat („wäre er genehmigungspflichtig (berichtet)“).
  if (v.status === 'controlled') return CLASSIFICATIONS[v.classification ?? ''] ?? `als ${v.classification} kontrolliert`;
  return v.status === 'not-controlled' ? 'nicht kontrolliert' : 'noch nicht einzustufen';
}

/** Die Regelwerksfamilien der mitgelieferten Regelwerke; eine unbekannte steht in Anführungszeichen. */
const FAMILIES: Record<string, string> = {
  '3A090 integrated circuits': 'integrierte Schaltungen nach 3A090',
  '3A090.c high-bandwidth memory': 'Speicher mit hoher Bandbreite nach 3A090.c',
  'H20-class licence letters': 'die Genehmigungsschreiben zur H20-Klasse',
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
  },
  kind: { logic: 'ein Logikchip', 'hbm-stack': 'ein eigenständiger HBM-Stapel' },
  status: {
    'in-force': 'in Kraft',
    superseded: 'abgelöst',
    'not-enforced': 'nicht durchgesetzt',
    revoked: 'aufgehoben',
    reported: 'berichtet, nicht veröffentlicht',
    bill: 'Gesetzentwurf, kein Gesetz',
    hypothetical: 'hypothetisch, keine Regelung',
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

/** Wo ein bekannter Zahlenwert zu seiner Schwelle steht, z. B. „TPP 4.790 liegt 10 unter der Schwelle von 4.800“. */
function position(c: ConditionResult, w: Words): string {
  const difference = new Decimal(c.margin?.absolute ?? 0);
  const where = difference.isZero() ? 'genau auf' : `${w.amount(c.metric, difference.toString(), false)} ${difference.isNegative() ? 'unter' : 'über'}`;
  return `${w.metric(c.metric)} ${w.value(c.metric, c.value ?? '0')} liegt ${where} der Schwelle von ${w.threshold(c.metric, c.threshold)}`;
}

/** Eine Bedingung in Worten, z. B. „PD 2,91 liegt 0,29 unter der Schwelle von 3,2 (erforderlich: ≥ 3,2)“. */
function condition(c: ConditionResult, w: Words): string {
  const label = w.metric(c.metric);
  const kind = METRICS[c.metric].kind;
  if (kind === 'boolean') {
    const phrase = (v: string) => (v === 'true' ? label : `nicht ${label}`);
    if (c.value === null) return `unbekannt, ob ${label} (erforderlich: ${phrase(c.threshold)})`;
    return `${phrase(c.value)}${c.met ? '' : ` (erforderlich: ${phrase(c.threshold)})`}`;
  }
  if (kind !== 'number') {
    const value = (v: string) => (kind === 'date' ? (v === 'never' ? 'nie' : date(v)) : v);
    const needs = kind === 'date' ? w.requirement(c.metric, c.op, c.threshold) : c.threshold;
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

function nearestLine(b: Boundary, current: Verdict, w: Words): string {
  const at = b.strict ? (b.direction === 'increase' ? 'über' : 'unter') : 'bei';
  const change = new Decimal(b.change ?? 0);
  const amount = change.isZero() ? `er liegt bereits genau bei ${w.value(b.metric, b.to)}` : `${b.direction === 'increase' ? '+' : '−'}${w.amount(b.metric, change.toString())}`;
  const percent = b.relativeChange && !change.isZero() ? `, ${w.percent(b.relativeChange)}` : '';
  const scope = b.lever === 'throughput'
    ? b.metric === 'tpp' ? ', bei unveränderter Die-Fläche' : `, bei einer Durchsatzänderung von ${w.percent(b.leverTo ?? '0')}`
    : b.lever === 'dieArea' ? `, bei einer anrechenbaren Die-Fläche von ${w.number(b.leverTo ?? '0', 2)} mm²` : '';
  return `Nächste Grenze (${w.item(b.itemId).label}): Mit ${w.metric(b.metric)} ${at} ${w.value(b.metric, b.to)} (${amount}${percent}${scope}) ${effect(b, current, w)}.`;
}

const bitLengths = (lengths: readonly { format: string; bitLength: string }[]) => lengths.map((b) => `${b.format} mit ${b.bitLength} Bit`).join(', ');

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
        return `Dieses Regelwerk ist ein Gesetzentwurf, kein Gesetz (${span}): ein Vorschlag, keine geltende Regelung.`;
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
} satisfies StepMessages;
