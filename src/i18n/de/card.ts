/**
 * Deutsch, der Teil der Karte: jeder Text, den Antwortkarte, Chipauswahl und Regelauswahl zeigen,
 * und über `engine` die Wörter der Engine. Leserinnen und
 * Leser werden mit „Sie“ angesprochen; Begriffe wie in docs/glossary/de.md.
 */
import type { InputName } from '../../core/metrics/registry.js';
import type { RuleSetStatus } from '../../core/rules/types.js';
import type { CardMessages } from '../messages.js';
import { WORDS, classification as named } from './engine.js';

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

export const CARD = {
  lang: 'de',
  engine: WORDS,

  title: 'Exportkontrollprüfung für KI-Chips',

  /** The label of the region that lists notices about what the page or a link gave the widget. */
  noticesLabel: 'Hinweise',

  picker: {
    label: 'Chip',
    placeholder: 'Nach Hersteller, Name oder Jahr suchen',
    help: 'Wählen Sie einen bekannten Chip oder „Eigener Chip“, um seine Werte einzugeben.',
    listLabel: 'Chips',
    custom: 'Eigener Chip (Werte eingeben)',
    option: (vendor: string, name: string, year: number) => `${vendor} ${name} (${year})`,
    matches: (count: number) => (count === 0 ? 'Kein Chip passt.' : `${count} ${plural(count, 'Chip passt', 'Chips passen')}.`),
    notChosen: (text: string) => `Kein Chip heißt „${text}“: Es wurde nichts ausgewählt.`,
    edited: 'Die Werte wurden bearbeitet und entsprechen nicht mehr dem Katalog.',
    reset: 'Auf die Katalogwerte zurücksetzen',
  },

  ruleSet: {
    label: 'Regeln',
    option: (title: string) => title,
    whatIf: 'Was wäre, wenn: Gesetzentwürfe und Entwürfe',
    summary: (effective: string, status: string, document: string) => `${document} · wirksam ab ${effective} · ${status}`,
    customTitle: (title: string) => `${title} (eigene Schwellenwerte)`,
  },

  card: {
    invite: 'Wählen Sie einen Chip oder geben Sie seine Werte ein',
    inviteHelp: 'Ergebnis, TPP und Leistungsdichte erscheinen hier, sobald ein Wert vorliegt, mit dem sich rechnen lässt.',
    under: (ruleSet: string) => `nach ${ruleSet}`,
    controlled: (classification: string) => `Kontrolliert: ${named(classification)}`,
    notControlled: 'Nicht kontrolliert',
    undecided: 'Noch nicht entscheidbar',
    excludedBy: (note: string) => `Ausgenommen durch ${note}.`,
    outOfScope: 'Außerhalb dessen, was dieses Regelwerk erfasst.',
    clauses: (labels: string[]) => `Erfüllte ${plural(labels.length, 'Bestimmung', 'Bestimmungen')}: ${labels.join(', ')}.`,
    needs: (inputs: string) => `Zur Entscheidung geben Sie bitte ${inputs} an.`,
    possible: (classifications: string) => `In Betracht kommt ${classifications}.`,
    /** What would decide an open answer, then what it could be. */
    needsAndPossible(inputs: string, classifications: string): string {
      return `${this.needs(inputs)} ${this.possible(classifications)}`;
    },
    stale: 'Veraltet: Die Werte enthalten einen Fehler. Dies ist das Ergebnis für die letzten gültigen Werte.',
    fixField: (field: string) => `${field} korrigieren`,
    tpp: 'TPP',
    pd: 'PD',
    mbd: 'Speicherbandbreitendichte',
    tppFormula: (dense: string, bits: string, format: string) => `= ${dense} × ${bits} Bit (${format})`,
    tppUnits: (count: number) => `= Summe über ${count} ${plural(count, 'Recheneinheit', 'Recheneinheiten')}`,
    pdFormula: (tpp: string, area: string) => `= ${tpp} ÷ ${area} mm²`,
    mbdFormula: (bandwidth: string, area: string) => `= ${bandwidth} GB/s ÷ ${area} mm²`,
    unknown: 'unbekannt',
    pdGap: { 'no-throughput': 'unbekannt, bis ein Durchsatzwert angegeben ist', 'no-die-area': 'unbekannt: keine Die-Fläche angegeben', 'no-non-planar-die': 'nicht definiert: kein Die ist nicht planar' } as Record<string, string>,
    nearest: 'Nächste Grenze:',
    shortOf: (amount: string, threshold: string, label: string) => `${amount} unter ${threshold} (${label})`,
    over: (amount: string, threshold: string, label: string) => `${amount} über ${threshold} (${label})`,
    atLine: (threshold: string, label: string) => `genau auf ${threshold} (${label})`,
    nearestLine: (metric: string, where: string, effect: string) => `${metric} liegt ${where}; ${effect}.`,
    wouldMake: (after: string) => `mit Erreichen der Grenze wäre der Chip ${after}`,
    wouldMakeBelow: (after: string) => `schon etwas weniger, und der Chip wäre ${after}`,
    wouldMakeAbove: (after: string) => `schon etwas mehr, und der Chip wäre ${after}`,
    otherOutcome: (after: string, gained: string) => `${after}, mit der Folge: ${gained}`,
    noLine: 'Keine Änderung eines einzelnen Werts ändert dieses Ergebnis.',
    market: (toDatacenter: boolean, after: string) => (toDatacenter
      ? `Wäre der Chip für Rechenzentren konstruiert oder vermarktet, wäre er ${after}.`
      : `Wäre der Chip nicht für Rechenzentren bestimmt, wäre er ${after}.`),
    overlaysLabel: 'Weitere Regeln',
    overlay: (title: string) => `${title}:`,
    overlayUndecided: (inputs: string) => `kommt auf ${inputs} an`,
    /** Eingaben, wie eine Zeile der Karte sie nennt: kürzer als die Namen der Engine; Nominativ gleich Akkusativ. */
    inputShort: {
      quantity: 'die Anzahl der Chips',
      destinationCountry: 'das Bestimmungsland',
      buyerHeadquartersCountry: 'das Sitzland des Käufers',
      shipFromCountry: 'das Versandland',
      tariffExemption: 'die Verwendung in den USA',
      usEndUseQuantity: 'die US-Lieferungen',
    } as Partial<Record<InputName, string>>,
    overlayClassifiedOpen: (classification: string, inputs: string) => `${classification}; kommt auf ${inputs} an`,
    overlaysNotCovered: (titles: string) => `Nicht anwendbar: ${titles}`,
    fleet: 'Gesamt',
    fleetFormula: (quantity: string, tpp: string) => `TPP = ${quantity} Chips × ${tpp}`,
    h100Differ: (format: string, bits: string) => `Die beiden Zählungen weichen ab: TPP nimmt die ${format}-Rate × ${bits} Bit, das Format mit dem höchsten Wert; die 8-Bit-Zählung nimmt die 8-Bit-Rate.`,
    h100Equivalents: (byTpp: string, by8Bit: string | null) =>
      (by8Bit === null ? `${byTpp} H100-Äquivalente nach TPP.` : `${byTpp} H100-Äquivalente nach TPP, ${by8Bit} nach 8-Bit-Operationen.`),
    showWorking: 'Rechenweg zeigen',
    hideWorking: 'Rechenweg ausblenden',
    citation: (document: string, effective: string) => `${document}, wirksam ab ${effective}`,
    notLegalAdvice: 'Keine Rechtsberatung.',
    status: (status: string) => `(${status})`,
  },

  print: {
    checked: (date: string) => `Geprüft am ${date} mit compute-threshold-calculator.`,
    figure: (n: number, format: string, value: string, unit: string, sparse: boolean) => `Wert ${n}: ${format} ${value} ${unit}${sparse ? ' (mit Sparsity)' : ''}`,
    die: (n: number, area: string, planar: boolean) => `Die ${n}: ${area} mm²${planar ? ' (planar)' : ''}`,
    dram: (value: string) => `DRAM-Bandbreite: ${value} GB/s`,
    interconnect: (value: string) => `Chip-zu-Chip-Verbindung: ${value} GB/s`,
    hbm: (bandwidth: string, area: string) => `HBM-Stapel: ${bandwidth} GB/s, ${area} mm²`,
    inputList: (items: string[]) => `Eingaben: ${items.join('; ')}.`,
    fromCatalog: (name: string, id: string) => `Werte für ${name} aus dem Katalog des Rechners („${id}“), wo zu jedem Wert Quelle, Abrufdatum und Verlässlichkeit stehen.`,
    editedCatalog: (name: string, id: string) => `Werte für ${name} aus dem Katalog des Rechners („${id}“), vom Nutzer bearbeitet.`,
    typed: 'Werte vom Nutzer oder von der Seite angegeben.',
    market: (datacenter: boolean | null) => (datacenter === null ? 'Markt: nicht angegeben' : datacenter ? 'Für Rechenzentren konstruiert oder vermarktet' : 'Nicht für Rechenzentren'),
    available: (date: string) => `Erstmals in den USA verkauft am ${date}`,
    neverAvailable: 'Nie in den USA verkauft',
    workingFolded: 'Öffnen Sie vor dem Drucken „Rechenweg zeigen“, damit die Tabelle der einzelnen Bestimmungen mitgedruckt wird.',
  },

  working: {
    heading: 'Der Rechenweg',
    why: (count: number) => `Warum, Schritt für Schritt (${count})`,
    check: 'Bitte prüfen',
    caveats: (count: number) => `Vorbehalte zu diesem Regelwerk (${count})`,
    source: 'Quelle',
    citation: (document: string, published: string, effective: string, status: string) => `${document}, veröffentlicht am ${published}, wirksam ab ${effective}; ${status}.`,
    sources: 'Quellen',
    opensInNewTab: '(öffnet in neuem Tab)',
    loading: 'Wird geladen …',
    notLegalAdvice: 'Keine Rechtsberatung. Prüfen Sie den amtlichen Text und Ihren eigenen Sachverhalt, bevor Sie sich darauf verlassen.',
  },

  status: WORDS.status as Record<RuleSetStatus, string>,

  views: {
    label: 'Ansichten',
    names: { calculator: 'Rechner', compare: 'Vergleich', catalog: 'Katalog' } as Record<string, string>,
  },

  brief: {
    controlled: (classification: string) => `Kontrolliert: ${named(classification)}`,
    notControlled: 'Nicht kontrolliert',
    undecided: 'Nicht entscheidbar',
    invalid: 'Nicht auswertbar',
    excluded: (note: string) => `${note} greift`,
    needs: (inputs: string) => `Benötigt ${inputs}`,
    errors: (count: number) => `${count} ${plural(count, 'Feld muss', 'Felder müssen')} korrigiert werden`,
    details: (items: string[]) => items.join('; '),
    withDetails: (verdict: string, details: string) => `${verdict}: ${details}`,
  },
} satisfies CardMessages;
