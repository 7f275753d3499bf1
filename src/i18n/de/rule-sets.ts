/**
 * Die Wörter der mitgelieferten Regelwerke auf Deutsch, nach der Kennung des Regelwerks. Zitierte
 * Rechtstexte bleiben englisch, wie veröffentlicht; `gloss` ist ihre Übersetzung und wird danach
 * gezeigt. Kennungen von Bestimmungen (3A090.a.1 …) und Fundstellen (88 FR 73458) bleiben, wie sie
 * sind. Begriffe: docs/glossary/de.md.
 */
import type { RuleSetTranslation } from '../../core/rules/types.js';

const COVERS_LOGIC = 'integrierte Schaltungen mit digitalen Verarbeitungseinheiten (GPUs, KI-Beschleuniger, ASICs), keine eigenständigen Speicher';
const NOT_CONTROLLED_NOTE = 'Andere Einträge der Commerce Control List werden hier nicht geprüft.';

/** Die Vorbehalte der Regelung von 2023, die die Regelung von 2026 übernimmt. */
const CAVEATS_2023 = [
  'TPP und Leistungsdichte sind in den Technischen Anmerkungen zu 3A090.a und 3A090.b definiert; die Anmerkungen wurden nach 2023 neu nummeriert und werden daher nach ihrem Inhalt zitiert.',
  '„Für den Einsatz in Rechenzentren konstruiert oder vermarktet“ hat kein zahlenmäßiges Kriterium: Die Einschätzung liegt bei Ihnen, und sie entscheidet über Anmerkung 2.',
  'Die Genehmigungsausnahme NAC wurde durch 89 FR 23876 (04.04.2024) in NAC und ACA aufgeteilt.',
];

/** Die Bestimmungen, die Anmerkung 2 und die Folgen zu NAC/ACA der Regelung von 2023. */
const ITEMS_2023: NonNullable<RuleSetTranslation['items']> = {
  '3A090.a.1': {
    title: 'TPP von 4800 oder mehr',
    gloss: 'Integrierte Schaltungen mit einer oder mehreren digitalen Verarbeitungseinheiten, die eine ‚Gesamtrechenleistung‘ (Total Processing Performance) von 4800 oder mehr haben.',
  },
  '3A090.a.2': {
    title: 'TPP von 1600 oder mehr und PD von 5,92 oder mehr',
    gloss: 'Integrierte Schaltungen mit einer oder mehreren digitalen Verarbeitungseinheiten, die eine ‚Gesamtrechenleistung‘ von 1600 oder mehr und eine ‚Leistungsdichte‘ von 5,92 oder mehr haben.',
  },
  '3A090.b.1': {
    title: 'TPP von 2400 bis unter 4800 und PD von 1,6 bis unter 5,92',
    gloss: 'Integrierte Schaltungen mit einer oder mehreren digitalen Verarbeitungseinheiten, die eine ‚Gesamtrechenleistung‘ von 2400 oder mehr und weniger als 4800 und eine ‚Leistungsdichte‘ von 1,6 oder mehr und weniger als 5,92 haben.',
  },
  '3A090.b.2': {
    title: 'TPP von 1600 oder mehr und PD von 3,2 bis unter 5,92',
    gloss: 'Integrierte Schaltungen mit einer oder mehreren digitalen Verarbeitungseinheiten, die eine ‚Gesamtrechenleistung‘ von 1600 oder mehr und eine ‚Leistungsdichte‘ von 3,2 oder mehr und weniger als 5,92 haben.',
  },
  'note-2': {
    title: 'Anmerkung 2 zu 3A090',
    gloss: '3A090 gilt nicht für Güter, die nicht für den Einsatz in Rechenzentren konstruiert oder vermarktet werden und keine ‚Gesamtrechenleistung‘ von 4800 oder mehr haben.',
  },
  'nac-aca-unavailable': {
    title: 'Keine Genehmigungsausnahme NAC/ACA',
    gloss: 'Die Genehmigungsausnahmen NAC und ACA stehen für Güter nach 3A090.a, die für den Einsatz in Rechenzentren konstruiert oder vermarktet werden, nicht zur Verfügung.',
  },
  'nac-aca-available': {
    title: 'Genehmigungsausnahme NAC/ACA möglicherweise verfügbar',
    gloss: 'Die Genehmigungsausnahme NAC (Ausfuhren nach Macau und in die Ländergruppe D:5, mit vorheriger Meldung) oder ACA (andere Bestimmungsziele, ohne Meldung) kann verfügbar sein: für Güter nach 3A090.a, die nicht für Rechenzentren konstruiert oder vermarktet werden, und für Güter nach 3A090.b.',
  },
};

export const RULE_SETS: Record<string, RuleSetTranslation> = {
  'bis-3a090-2022': {
    title: 'ECCN 3A090, Regelung vom Oktober 2022',
    shortTitle: 'ECCN 3A090 (Okt. 2022)',
    covers: COVERS_LOGIC,
    notControlledNote: NOT_CONTROLLED_NOTE,
    caveats: [
      'Das „Bitlänge × TOPS, aggregiert über alle Prozessoreinheiten“ der Regelung von 2022 wird hier als TPP bewertet; für gewöhnliche Multiply-Accumulate-Hardware ergibt das denselben Wert (der A100 kommt nach beiden auf 4.992).',
      'Die Absätze a.2 bis a.4 der Regelung von 2022 (digitale und analoge ‚primitive Recheneinheiten‘ und deren Summe) werden nicht geprüft: Sie betreffen Hardware, die Datenblätter nicht in TOPS je Genauigkeit beschreiben.',
      'Die Übertragungsrate zählt alle Ein- und Ausgänge von Chip zu Chip (NVLink, PCIe, Infinity Fabric) in beiden Richtungen, nicht aber Speicherschnittstellen.',
    ],
    items: {
      '3A090.a.1': {
        title: 'Übertragungsrate von 600 GB/s oder mehr und Bitlänge × TOPS von 4800 oder mehr',
        gloss: 'Integrierte Schaltungen, die eine über alle Ein- und Ausgänge aggregierte bidirektionale Übertragungsrate von 600 GByte/s oder mehr zu oder von anderen integrierten Schaltungen als flüchtigen Speichern haben oder darauf programmierbar sind, und eine oder mehrere digitale Prozessoreinheiten, die Maschinenbefehle ausführen und bei denen die Bitlänge je Operation multipliziert mit der in TOPS gemessenen Verarbeitungsleistung, aggregiert über alle Prozessoreinheiten, 4800 oder mehr beträgt.',
      },
    },
  },

  'bis-3a090-2023': {
    title: 'ECCN 3A090.a und .b, Regelung vom Oktober 2023 (in geänderter Fassung)',
    shortTitle: 'ECCN 3A090 (Okt. 2023)',
    covers: COVERS_LOGIC,
    notControlledNote: NOT_CONTROLLED_NOTE,
    caveats: CAVEATS_2023,
    items: ITEMS_2023,
  },

  'bis-3a090c-2024': {
    title: 'ECCN 3A090.c, Speicher mit hoher Bandbreite (HBM), Regelung vom Dezember 2024',
    shortTitle: 'ECCN 3A090.c, HBM (Dez. 2024)',
    covers: 'als solche verkaufte HBM-Stapel (High Bandwidth Memory); HBM, das mit einem Logikchip verpackt ist, dessen Hauptfunktion Logik ist, fällt nicht darunter',
    notControlledNote: NOT_CONTROLLED_NOTE,
    caveats: [
      'Die Speicherbandbreitendichte ist die Speicherbandbreite in GB/s geteilt durch die Fläche des Gehäuses oder Stapels in mm² (Definition nach Sekundärquellen; der Regelungstext wurde nicht direkt gelesen).',
      'Die Grenze der Genehmigungsausnahme HBM bei genau 3,3 GB/s/mm² ist unsicher: Der Wortlaut der Regelung legt nahe, dass 3,3 oder mehr nicht in Betracht kommt; eine Analyse liest sie als „größer als 3,3“.',
      'Das BIS erklärte, dass alle HBM-Stapel, die bei Veröffentlichung der Regelung in Produktion waren, die Schwelle von 2 GB/s/mm² überschreiten.',
      'Eine Chip-Beschreibung (spec) gibt einen eigenständigen HBM-Stapel mit "kind": "hbm-stack" an und nennt Bandbreite und Fläche des Stapels in "hbmStack"; jede andere Beschreibung gilt als Logikchip, der nicht unter 3A090.c fällt.',
    ],
    items: {
      '3A090.c': {
        title: 'Speicherbandbreitendichte über 2 GB/s/mm²',
        gloss: 'Speicher mit hoher Bandbreite (HBM) mit einer ‚Speicherbandbreitendichte‘ von mehr als 2 Gigabyte pro Sekunde je Quadratmillimeter.',
      },
      'le-hbm-available': {
        title: 'Genehmigungsausnahme HBM möglicherweise verfügbar',
        gloss: 'Die Genehmigungsausnahme HBM (15 CFR 740.25) kann für Güter nach 3A090.c mit einer Speicherbandbreitendichte von weniger als 3,3 GB/s/mm² verfügbar sein.',
      },
      'no-nac-aca': {
        title: 'Keine Genehmigungsausnahme NAC/ACA',
        gloss: 'Güter nach 3A090.c kommen für die Genehmigungsausnahmen NAC und ACA nicht in Betracht.',
      },
    },
  },

  'us-is-informed-h20-2025': {
    classifications: { 'licence required (reported)': 'genehmigungspflichtig (berichtet)' },
    title: 'Genehmigungspflicht der H20-Klasse für China, April 2025 (gemeldete „Is-informed“-Schreiben, nicht veröffentlicht)',
    shortTitle: 'H20-Schreiben (Apr. 2025)',
    covers: COVERS_LOGIC,
    caveats: [
      'Das BIS hat diese Grenzwerte nie veröffentlicht: Die Pflicht kam mit Schreiben an einzelne Unternehmen („Is-informed“-Mitteilungen). NVIDIAs 8-K nennt keine Zahlen; es erfasst den H20 „und alle anderen Schaltungen, die die Speicherbandbreite, die Interconnect-Bandbreite oder eine Kombination davon des H20 erreichen“.',
      'Die Werte 1.400, 1.100 und 1.700 GB/s stammen aus Intels Mitteilung an seine Kunden in der Woche vom 07.04.2025, wie die Financial Times am 16.04.2025 berichtete; die meisten Berichte sagen „oder mehr“, einer „mehr als“. Dieselben Werte tauchen später in Gesetzentwürfen auf (GAIN AI Act, AI OVERWATCH Act).',
      'Was „I/O-Bandbreite“ umfasst (nur Verbindungen von Chip zu Chip oder auch Host-I/O; beide Richtungen oder eine), steht in keiner gefundenen Quelle; die Berechnung verwendet die Chip-zu-Chip-Übertragungsrate.',
      'Genehmigungen für den H20 und den MI308 wurden Berichten zufolge ab August 2025 erteilt, mit einer Umsatzbeteiligung von 15 %; ein amtlicher Text wurde nicht gefunden. Nichts Gefundenes zeigt, dass die Regelung vom Januar 2026 (91 FR 1684) diese Pflicht abgelöst hat.',
    ],
    items: {
      'dram-1400': {
        title: 'Gesamt-DRAM-Bandbreite von 1.400 GB/s oder mehr',
        gloss: 'eine Gesamt-DRAM-Bandbreite von 1.400 Gigabyte pro Sekunde oder mehr (wie aus Intels Mitteilung an Kunden berichtet; das BIS hat keinen Wert veröffentlicht)',
      },
      'io-1100': {
        title: 'I/O-Bandbreite von 1.100 GB/s oder mehr',
        gloss: 'eine Ein-/Ausgabe-Bandbreite von 1.100 GB/s oder mehr (wie berichtet)',
      },
      'sum-1700': {
        title: 'DRAM- und I/O-Bandbreite zusammen von 1.700 GB/s oder mehr',
        gloss: 'oder beide zusammen 1.700 GB/s oder mehr (wie berichtet)',
      },
      'licence-china-d5': {
        title: 'Genehmigungspflicht für China, Hongkong, Macau und D:5',
        gloss: 'Für die Ausfuhr nach China (einschließlich Hongkong und Macau) oder in ein Land der Ländergruppe D:5 oder an ein Unternehmen mit Hauptsitz oder oberster Muttergesellschaft dort ist Berichten zufolge eine US-Genehmigung erforderlich. Genehmigungen für den H20 und AMDs MI308 wurden Berichten zufolge ab August 2025 erteilt.',
      },
    },
  },

  'bis-china-review-2026': {
    title: 'Genehmigungsprüfung für China und Macau, Regelung vom Januar 2026 (Einzelfallprüfung unter TPP 21.000 und 6.500 GB/s)',
    shortTitle: 'China-Genehmigungsprüfung (Jan. 2026)',
    covers: COVERS_LOGIC,
    notControlledNote: NOT_CONTROLLED_NOTE,
    caveats: [
      ...CAVEATS_2023,
      'Diese Regelung ändert nur die Prüfpolitik für Genehmigungsanträge; die Einstufung nach 3A090 bleibt unverändert.',
      'Sie erfasst nur Chips, die „zum Zeitpunkt der Veröffentlichung dieser Regelung in den Vereinigten Staaten im Handel erhältlich“ waren (15.01.2026): Eine Chip-Beschreibung gibt mit usAvailableSince an, wann der Chip erstmals in den USA verkauft wurde (false, wenn nie); der Katalog nennt das für jeden Chip mit Quelle. Ein später erschienener Chip kommt für die Einzelfallprüfung nicht in Betracht.',
      'Lieferungen eines Produkts nach China und Macau sollen Berichten zufolge auf 50 % seiner Lieferungen an US-Kunden begrenzt sein (Sekundärquellen; der Satz wurde im Regelungstext nicht gelesen).',
      'Der Exporteur muss bescheinigen: ausreichende Versorgung in den USA, keine Abzweigung von Foundry-Kapazität zulasten von US-Kunden, die Sicherheits- und Know-your-Customer-Verfahren des Empfängers sowie eine unabhängige Prüfung des Guts durch Dritte in den Vereinigten Staaten.',
      'Die Politik ist in 15 CFR 742.6(b)(10)(iii)(A)(1) kodifiziert (so zitiert von Sekundärquellen).',
      'Die Definition der ‚Gesamt-DRAM-Bandbreite‘ (total DRAM bandwidth; Anmerkungen zu Absatz (dd)(1) von Supplement No. 2 zu Part 748) wurde nicht abgerufen; die Berechnung nimmt die aggregierte Spitzenbandbreite des gesamten an den Chip angebundenen DRAM, HBM eingeschlossen.',
      'Die Einzelfallprüfung gilt nur für Ausfuhren aus den Vereinigten Staaten; für Wiederausfuhren, Ausfuhren aus dem Ausland und Weitergaben innerhalb Chinas oder Macaus sowie für Unternehmen mit Hauptsitz in der Ländergruppe D:5 oder in Macau bleibt es bei der Ablehnungsvermutung.',
    ],
    items: {
      ...ITEMS_2023,
      'case-by-case': {
        title: 'Einzelfallprüfung für China und Macau',
        gloss: 'Genehmigungsanträge für Ausfuhren aus den Vereinigten Staaten nach China oder Macau werden im Einzelfall geprüft: Der Chip hat eine TPP von weniger als 21.000 und eine Gesamt-DRAM-Bandbreite von weniger als 6.500 GB/s und war bei Veröffentlichung der Regelung (15.01.2026) in den USA im Handel erhältlich; außerdem muss der Exporteur ausreichende Versorgung in den USA, keine Abzweigung von Foundry-Kapazität, die Sicherheitsverfahren des Empfängers und eine unabhängige Prüfung durch Dritte in den Vereinigten Staaten bescheinigen.',
      },
      'presumption-of-denial': {
        title: 'Ablehnungsvermutung für China und Macau',
        gloss: 'Für Genehmigungsanträge für China oder Macau bleibt es bei der Ablehnungsvermutung: Der Chip ist ein Gut nach 3A090.a, das für Rechenzentren konstruiert oder vermarktet wird, mit einer TPP von 21.000 oder mehr oder einer Gesamt-DRAM-Bandbreite von 6.500 GB/s oder mehr, oder er war bei Veröffentlichung der Regelung (15.01.2026) in den USA nicht im Handel erhältlich.',
      },
      'presumption-of-denial-baseline': {
        title: 'Ablehnungsvermutung für China und Macau (berichtete Ausgangslage)',
        gloss: 'Für Güter nach 3A090.b und für nicht für Rechenzentren konstruierte oder vermarktete Güter nach 3A090.a, die die Politik vom Januar 2026 nicht erfasst, beschreiben Sekundärquellen die Prüfpolitik für China und Macau als Ablehnungsvermutung; der für dieses Widget gelesene Regelungstext sagt das für diese Güter nicht.',
      },
    },
  },
};
