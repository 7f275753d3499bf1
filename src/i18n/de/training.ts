/**
 * Deutsch, der Teil der Ansicht „Trainingslauf“ (Issue 16): ihre Karte (das Ergebnis für einen
 * Trainingslauf, sein Rechenaufwand mit Formel, die nächste Grenze und die Tage bis dahin, die
 * Antworten der anderen Regeln in einer Zeile), das Formular nach Weg und die Tabelle aller Grenzen.
 * Wird mit den Nachrichten des Rechenwegs geladen. Jede Nachricht ist ein ganzer Satz oder eine
 * ganze Wendung; Begriffe wie in docs/glossary/de.md. Der Trainingslauf ist „er“.
 */
import type { WorkingMessages } from '../messages.js';

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);
const sum = (items: readonly string[]) => items.join(' + ');

export const TRAINING = {
  tab: 'Trainingslauf',
  heading: 'Trainingslauf',
  intro: 'Der Trainingsrechenaufwand eines Modells im Vergleich mit den Grenzen, die KI-Gesetze dafür ziehen.',
  examples: 'Beispiele:',
  exampleLlama: 'Llama 3 405B (6 × 405e9 Parameter × 15,6e12 Tokens)',
  exampleCluster: '10.000 H100 bei 40 % über 90 Tage',

  invite: 'Geben Sie den Rechenaufwand des Trainingslaufs an',
  inviteHelp: 'Geben Sie unter „Rechenweg zeigen“ den Cluster, die Parameter und Tokens des Modells oder die FLOP insgesamt ein, oder wählen Sie ein Beispiel.',
  crossed: (classification: string) => `Über der Grenze: ${classification}`,
  notCrossed: 'Unter jeder Grenze',
  undecided: 'Noch nicht entscheidbar',
  under: (ruleSet: string) => `nach ${ruleSet}`,
  linesMet: (labels: string[]) => `${plural(labels.length, 'Überschrittene Grenze', 'Überschrittene Grenzen')}: ${labels.join(', ')}.`,
  consequences: (items: string[]) => `Daraus folgt: ${items.join('; ')}.`,
  needs: (inputs: string) => `Zur Entscheidung geben Sie bitte ${inputs} an.`,
  outOfScope: 'Dieses Regelwerk erfasst keine Trainingsläufe.',

  compute: 'Trainingsrechenaufwand',
  thisRun: 'Dieser Lauf',
  rate: 'Rate des Clusters',
  flop: (value: string) => `${value} FLOP`,
  flopPerSecond: (value: string) => `${value} FLOP/s`,
  computeUnknown: 'unbekannt, bis die Trainingsdauer angegeben ist',
  noRoute: 'unbekannt: Geben Sie den Cluster, das Modell oder die Gesamtzahl an',
  formulaModel: (parameters: string, tokens: string, active: boolean) => `= 6 × ${parameters} ${active ? 'aktive Parameter' : 'Parameter'} × ${tokens} Tokens`,
  formulaCluster: (chips: string, rate: string, format: string | null, utilization: string, days: string) =>
    `= ${chips} Chips × ${rate} TFLOP/s (ohne Sparsity${format ? `, ${format}` : ''}) × ${utilization} Auslastung × ${days} Tage`,
  formulaRate: (chips: string, rate: string, format: string | null, utilization: string) =>
    `= ${chips} Chips × ${rate} TFLOP/s (ohne Sparsity${format ? `, ${format}` : ''}) × ${utilization} Auslastung`,
  formulaTotal: 'wie angegeben',
  formulaCumulative: (run: string, fineTuning: string | null, base: string | null) =>
    `= ${sum([...(base ? [`ursprüngliches Modell ${base}`] : []), `dieser Lauf ${run}`, ...(fineTuning ? [`Feinabstimmung ${fineTuning}`] : [])])}`,
  percent: (value: string) => `${value} %`,

  nearest: 'Nächste Grenze:',
  shortOf: (amount: string, threshold: string, label: string, days: string | null) =>
    `${amount} unter ${threshold} (${label})${days === null ? '' : `; bei dieser Rate erreicht der Lauf sie nach ${days} Trainingstagen`}.`,
  over: (amount: string, threshold: string, label: string, days: string | null) =>
    `${amount} über ${threshold} (${label})${days === null ? '' : `; der Lauf hat sie nach ${days} Trainingstagen erreicht`}.`,
  atLine: (threshold: string, label: string) => `Genau auf ${threshold} (${label}).`,
  noLine: 'Keine Änderung des Trainingsrechenaufwands allein ändert dieses Ergebnis.',
  daysToLines: 'Trainingstage bis zu jeder Grenze:',
  reaches: (threshold: string, label: string, days: string) => `${threshold} (${label}) nach ${days} Tagen`,

  othersLabel: 'Weitere Regeln zum Trainingsrechenaufwand',
  otherCrossed: (title: string, classification: string) => `${title}: überschritten (${classification})`,
  otherNotCrossed: (title: string) => `${title}: nicht überschritten`,
  otherDepends: (title: string, inputs: string) => `${title}: kommt auf ${inputs} an`,

  formHeading: 'Die Werte des Laufs',
  routeLegend: 'Trainingsrechenaufwand, ermittelt über',
  route: {
    cluster: 'den Cluster: Chips × Rate je Chip × Auslastung × Tage',
    model: 'das Modell: 6 × Parameter × Tokens',
    total: 'die Gesamtzahl, direkt eingegeben',
  } as Record<string, string>,
  placeholder: { flop: 'z. B. 3,79e25', parameters: 'z. B. 405e9', tokens: 'z. B. 15,6e12' } as Record<string, string>,
  numbersHelp: 'Zahlen so, wie Sie sie schreiben: 405e9, 3,79 × 10^25, 1.979,5 oder 1,979.5.',
  chips: 'Anzahl der Chips',
  perChipLegend: 'Spitzenrate je Chip',
  perChipHelp: 'Ein Datenblattwert bei der Genauigkeit des Trainings; ein Wert mit Sparsity wird halbiert.',
  perChipSourceLegend: 'Herkunft des Werts',
  perChipSource: { catalog: 'Der Chip-Katalog', typed: 'Hier eingegeben' } as Record<string, string>,
  catalogChip: 'Chip',
  precision: 'Genauigkeit',
  precisionOption: (format: string, value: string, unit: string, sparse: boolean, dense: string) =>
    (sparse ? `${format}: ${value} ${unit} mit Sparsity (${dense} ohne Sparsity)` : `${format}: ${value} ${unit}`),
  format: 'Format (optional)',
  value: 'Wert',
  unit: 'Einheit',
  sparse: 'Sparsity',
  utilization: 'Auslastung (%)',
  utilizationHelp: 'Der im Mittel erreichte Anteil der Spitzenrate (Model FLOP Utilization), z. B. 40.',
  days: 'Dauer (Tage)',
  daysHelp: 'Leer lassen, um zu sehen, an welchem Trainingstag jede Grenze erreicht wird.',
  network: 'Netzwerk (Gbit/s)',
  singleDatacenter: 'In einem einzigen Rechenzentrum',
  clusterLineLegend: 'Die Cluster-Grenze der Executive Order 14110',
  clusterLineHelp: 'Nur die Cluster-Grenze dieser aufgehobenen Anordnung (10²⁰ Operationen pro Sekunde, Netzwerk über 100 Gbit/s) verwendet diese Angaben.',
  parameters: 'Parameter',
  activeParameters: 'Aktive Parameter (Mixture of Experts)',
  activeHelp: 'Werden, wenn angegeben, statt der Parameter verwendet.',
  tokens: 'Trainings-Tokens',
  totalFlop: 'Gesamter Trainingsrechenaufwand (FLOP)',
  addedLegend: 'Hinzu kommt',
  fineTuning: 'Feinabstimmung und bestärkendes Lernen (FLOP)',
  fineTuningHelp: 'Rechenaufwand nach dem Lauf; SB 53 und RAISE zählen ihn, die EU zählt den kumulierten Rechenaufwand.',
  baseModel: 'Rechenaufwand des ursprünglichen Modells (FLOP)',
  baseModelHelp: 'Wenn dieser Lauf ein bestehendes Modell verändert: Der Rechenaufwand des veränderten Modells ist die Summe.',
  modifier: (modification: string, base: string, over: boolean | null) => (over === null
    ? `Die Veränderung benötigte ${modification}; verglichen wird mit einem Drittel der ${base} des ursprünglichen Modells: der Grenze der EU-Leitlinien für nachgelagerte Veränderer.`
    : over
      ? `Die Veränderung benötigte ${modification}, mehr als ein Drittel der ${base} des ursprünglichen Modells: Nach den EU-Leitlinien wird, wer sie vorgenommen hat, zum Anbieter des veränderten Modells.`
      : `Die Veränderung benötigte ${modification}, nicht mehr als ein Drittel der ${base} des ursprünglichen Modells: Nach den EU-Leitlinien bleibt der ursprüngliche Anbieter der Anbieter.`),
  factsLegend: 'Der Entwickler und das Modell',
  revenue: 'Jahresumsatz des Entwicklers (US-Dollar)',
  revenueHelp: 'Mit verbundenen Unternehmen, im vorangegangenen Kalenderjahr: SB 53 und RAISE nennen einen Entwickler mit mehr als 500 Millionen US-Dollar Umsatz „groß“.',
  biological: 'Vorwiegend mit biologischen Sequenzdaten trainiert',
  generates: 'Erzeugt Text, Audio, Bilder oder Video',
  tristate: { '': 'Nicht angegeben', yes: 'Ja', no: 'Nein' } as Record<string, string>,
  errors: {
    'not-integer': 'Geben Sie eine ganze Zahl ein.',
    'above-maximum': 'Darf höchstens 100 % sein.',
  } as Partial<Record<string, string>>,

  linesCaption: (ruleSet: string) => `Alle Grenzen nach ${ruleSet}`,
  columns: { line: 'Grenze', needs: 'Erforderlich', value: 'Wert', crossed: 'Überschritten', distance: 'Abstand', days: 'Tage bis dahin' } as Record<string, string>,
  daysValue: (days: string) => `${days} Tage`,
  shortBy: (amount: string) => `${amount} darunter`,
  overBy: (amount: string) => `${amount} darüber`,
  onLine: 'genau auf der Grenze',
  noLines: 'Dieses Regelwerk zieht keine Grenze bei einer Zahl.',
} satisfies WorkingMessages['training'];
