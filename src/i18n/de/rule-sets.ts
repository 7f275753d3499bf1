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

/** Der Geltungsbereich der Regelwerke zum Trainingsrechenaufwand. */
const COVERS_TRAINING = 'Trainingsläufe von KI-Modellen (ihr Trainingsrechenaufwand)';

/** Der Vorbehalt der Gesetzentwürfe zu ihren Definitionen. */
const BILL_DEFINITIONS = 'Die Definitionen von TPP und PD im Entwurf verweisen auf ECCN 3A090; ‚total DRAM bandwidth‘ (Gesamt-DRAM-Bandbreite) und ‚interconnect bandwidth‘ (Interconnect-Bandbreite) sind im gelesenen Text nicht definiert. Die Berechnung verwendet die Gesamt-DRAM-Bandbreite des Chips und seine Chip-zu-Chip-Übertragungsrate.';

/** Die Alternativen nach TPP und PD der Gesetzentwürfe. */
const BILL_TPP_ITEMS: NonNullable<RuleSetTranslation['items']> = {
  'tpp-4800': { title: 'TPP von 4.800 oder mehr', gloss: 'eine Gesamtrechenleistung von 4.800 oder mehr' },
  'tpp-2400-pd-1.6': {
    title: 'TPP von 2.400 oder mehr und PD von 1,6 oder mehr',
    gloss: 'eine Gesamtrechenleistung von 2.400 oder mehr und eine Leistungsdichte von 1,6 oder mehr',
  },
  'tpp-1600-pd-3.2': {
    title: 'TPP von 1.600 oder mehr und PD von 3,2 oder mehr',
    gloss: 'eine Gesamtrechenleistung von 1.600 oder mehr und eine Leistungsdichte von 3,2 oder mehr',
  },
};

/** Die Bandbreiten-Alternativen des GAIN AI Act (und des AI OVERWATCH Act). */
const BILL_BANDWIDTH_1700: NonNullable<RuleSetTranslation['items']> = {
  'dram-1400': {
    title: 'Gesamt-DRAM-Bandbreite von 1.400 GB/s oder mehr',
    gloss: 'eine Gesamt-DRAM-Bandbreite von 1.400 Gigabyte pro Sekunde oder mehr',
  },
  'interconnect-1100': {
    title: 'Interconnect-Bandbreite von 1.100 GB/s oder mehr',
    gloss: 'eine Interconnect-Bandbreite von 1.100 Gigabyte pro Sekunde oder mehr',
  },
  'sum-1700': {
    title: 'DRAM- und Interconnect-Bandbreite zusammen von 1.700 GB/s oder mehr',
    gloss: 'eine Summe (Kombination) aus DRAM-Bandbreite und Interconnect-Bandbreite von 1.700 Gigabyte pro Sekunde oder mehr',
  },
};

const NOT_FOR_DATACENTERS = 'Nicht für Rechenzentren konstruiert oder vermarktet';

/** SB 53 und RAISE: Titel und Vorbehalt, die beide teilen. */
const TRAINED_OVER_10_26 = 'Trainiert mit mehr als 10²⁶ Operationen';
const LARGE_DEVELOPER = 'Großer Frontier-Entwickler (Umsatz über 500 Millionen US-Dollar)';
const SMALL_DEVELOPER = 'Frontier-Entwickler (Umsatz von 500 Millionen US-Dollar oder weniger)';
const REVENUE = 'Der Umsatz schließt verbundene Unternehmen ein und bezieht sich auf das vorangegangene Kalenderjahr; geben Sie developerRevenueUsd an, um zu klären, welche Pflichten gelten.';

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
      'Die Einzelfallprüfung gilt nur für Ausfuhren aus den Vereinigten Staaten; für Wiederausfuhren, Ausfuhren aus dem Ausland und Weitergaben innerhalb Chinas oder Macaus sowie für Unternehmen außerhalb Chinas und Macaus mit Hauptsitz in der Ländergruppe D:5 oder in Macau bleibt es bei der Ablehnungsvermutung. Ohne Bestimmungsland oder Versandland gilt das Ergebnis für die Prämisse der Regelung, eine Ausfuhr aus den Vereinigten Staaten nach China oder Macau; geben Sie destinationCountry, shipFromCountry und buyerHeadquartersCountry an, um eine bestimmte Lieferung zu prüfen (Hongkong zählt als China).',
    ],
    items: {
      ...ITEMS_2023,
      'case-by-case': {
        title: 'Einzelfallprüfung für China und Macau',
        gloss: 'Genehmigungsanträge für Ausfuhren aus den Vereinigten Staaten nach China oder Macau werden im Einzelfall geprüft: Der Chip hat eine TPP von weniger als 21.000 und eine Gesamt-DRAM-Bandbreite von weniger als 6.500 GB/s und war bei Veröffentlichung der Regelung (15.01.2026) in den USA im Handel erhältlich; außerdem muss der Exporteur ausreichende Versorgung in den USA, keine Abzweigung von Foundry-Kapazität, die Sicherheitsverfahren des Empfängers und eine unabhängige Prüfung durch Dritte in den Vereinigten Staaten bescheinigen.',
      },
      'presumption-of-denial': {
        title: 'Ablehnungsvermutung für China und Macau',
        gloss: 'Für Genehmigungsanträge für China oder Macau bleibt es bei der Ablehnungsvermutung: Der Chip ist ein Gut nach 3A090.a, das für Rechenzentren konstruiert oder vermarktet wird, mit einer TPP von 21.000 oder mehr oder einer Gesamt-DRAM-Bandbreite von 6.500 GB/s oder mehr, oder er war bei Veröffentlichung der Regelung (15.01.2026) in den USA nicht im Handel erhältlich; oder er wird von außerhalb der Vereinigten Staaten versandt (eine Wiederausfuhr, eine Ausfuhr aus dem Ausland oder eine Weitergabe innerhalb Chinas oder Macaus); oder der Käufer befindet sich außerhalb Chinas und Macaus und hat seinen Hauptsitz (oder seine oberste Muttergesellschaft) in der Ländergruppe D:5 oder in Macau.',
      },
      'presumption-of-denial-baseline': {
        title: 'Ablehnungsvermutung für China und Macau (berichtete Ausgangslage)',
        gloss: 'Für Güter nach 3A090.b und für nicht für Rechenzentren konstruierte oder vermarktete Güter nach 3A090.a, die die Politik vom Januar 2026 nicht erfasst (oberhalb ihrer Grenzwerte, am 15.01.2026 in den USA nicht im Handel, von außerhalb der Vereinigten Staaten versandt oder für einen Käufer außerhalb Chinas und Macaus mit Hauptsitz in D:5 oder Macau), beschreiben Sekundärquellen die Prüfpolitik für China und Macau als Ablehnungsvermutung; der für dieses Widget gelesene Regelungstext sagt das für diese Güter nicht.',
      },
      'not-china-macau': {
        title: 'Keine Ausfuhr nach China oder Macau',
        gloss: 'Das angegebene Bestimmungsland liegt außerhalb Chinas und Macaus, und der Käufer hat seinen Hauptsitz nicht in der Ländergruppe D:5 oder in Macau: Diese Prüfpolitik für China und Macau gilt für die Lieferung nicht. Ob eine Genehmigung erforderlich ist, sagt das Regelwerk zur Genehmigungspflicht nach Bestimmungsland und Käufer.',
      },
    },
  },
  'us-section-232-tariff-2026': {
    title: 'Zoll von 25 % nach Section 232 auf bestimmte fortschrittliche Rechenchips, Januar 2026 (Proclamation 11002)',
    shortTitle: 'Zoll nach Section 232 (Jan. 2026)',
    covers: 'integrierte Logikschaltungen und Waren, die sie enthalten (HTSUS 8471.50, 8471.80 und 8473.30), keine eigenständigen Speicher',
    notControlledNote: 'Außerhalb der technischen Parameter von U.S. note 39(b): kein Halbleiterzoll nach Section 232 gemäß Proclamation 11002. Andere Zölle auf die Einfuhr werden hier nicht geprüft.',
    caveats: [
      'Jede Bandgrenze ist strikt („greater than … and less than“, also „mehr als … und weniger als“): Ein Chip mit genau 14.000, 17.500, 20.800 oder 21.100 TPP oder mit genau 4.500, 5.000, 5.800 oder 6.200 GB/s liegt außerhalb seines Bands.',
      'Die Schwellenwerte von Band 1 sind aus dem Anhang zitiert, von CSMS #67400472 der CBP und von einem Handelsberater; ebenso die TPP-Grenzen von Band 2. Die DRAM-Grenzen von Band 2 (5.800 und 6.200 GB/s) stammen aus mehreren Sekundärwiedergaben des Anhangs; die hier gelesene Kopie brach nach „greater than 5,“ ab. Der Anhang selbst und die Seite der Proklamation im Federal Register (Berichten zufolge am 20.01.2026 veröffentlicht) wurden nicht gelesen.',
      'Verwenden Sie ungerundete Datenblattwerte: Der MI325X hat mit 2.614,9 TFLOPS FP8 eine TPP von 20.919,2 und liegt damit in Band 2; auf 2,6 PFLOPS gerundet läge sie bei genau 20.800, außerhalb.',
      'Der Zoll gilt für die Einfuhr von Waren der HTSUS-Positionen 8471.50, 8471.80 und 8473.30 (Computer, Verarbeitungseinheiten und deren Teile); ob eine einzelne integrierte Schaltung, die unter 8542 eingeführt wird, erfasst ist, wurde nicht bestätigt.',
      'Als Definitionen der Gesamtrechenleistung und der Gesamt-DRAM-Bandbreite werden die der EAR angenommen (Technische Anmerkung zu 3A090; die ‚Gesamt-DRAM-Bandbreite‘ der Regelung vom Januar 2026), denen die Parameter der Proklamation entsprechen; die Definitionen des Anhangs selbst wurden nicht gelesen.',
      'Welche Ausnahmeposition (9903.79.02 bis .09) welcher Endverwendung entspricht und ob die Ausnahme für Rechenzentren eine Größenvorgabe hat, klärten die gelesenen Quellen nicht.',
      'Die Ausnahmen macht der Einführer geltend: Geben Sie die Endverwendung (tariffExemption) an, um zu klären, ob der Zoll anfällt.',
    ],
    items: {
      'band-1': {
        title: 'Band 1: TPP über 14.000 und unter 17.500 sowie Gesamt-DRAM-Bandbreite über 4.500 und unter 5.000 GB/s',
        gloss: 'eine Gesamtrechenleistung (TPP) von mehr als 14.000 und weniger als 17.500 und eine Gesamt-DRAM-Bandbreite von mehr als 4.500 GB/s und weniger als 5.000 GB/s',
      },
      'band-2': {
        title: 'Band 2: TPP über 20.800 und unter 21.100 sowie Gesamt-DRAM-Bandbreite über 5.800 und unter 6.200 GB/s',
        gloss: 'eine Gesamtrechenleistung von mehr als 20.800 und weniger als 21.100 und eine Gesamt-DRAM-Bandbreite von mehr als 5.800 GB/s und weniger als 6.200 GB/s (die DRAM-Grenzen nach Sekundärquellen; der Wortlaut des Anhangs wurde nur bis „greater than 5,“ gelesen)',
      },
      'duty-25': {
        title: 'Zoll von 25 % bei der Einfuhr in die Vereinigten Staaten',
        gloss: 'Bei der Einfuhr in die Vereinigten Staaten fällt ein Wertzoll von 25 % an (Position 9903.79.01), da die Chips nicht für eine der ausgenommenen Endverwendungen in den USA eingeführt werden; keine Zollrückvergütung (Drawback).',
      },
      exempt: {
        title: 'Befreit: für eine ausgenommene Endverwendung in den USA eingeführt',
        gloss: 'Kein Zoll nach Section 232: Die Chips werden für eine der ausgenommenen Endverwendungen eingeführt (Rechenzentren in den USA, Reparaturen oder Ersatz in den USA, Forschung und Entwicklung in den USA, US-Start-ups, Verbraucher- oder zivile Industrieanwendungen in den USA außerhalb von Rechenzentren, Anwendungen des öffentlichen Sektors der USA oder andere vom Handelsminister bestimmte Verwendungen), geltend gemacht unter den Positionen 9903.79.02–9903.79.09.',
      },
    },
    classifications: { 'covered by the 25% Section 232 duty': 'vom Zoll von 25 % nach Section 232 erfasst' },
  },

  'bis-advanced-computing-licence-2026': {
    title: 'Genehmigungspflicht für Güter nach 3A090 nach Bestimmungsland und nach Hauptsitz des Käufers (88 FR 73458; BIS-Hinweise vom 31.05.2026)',
    shortTitle: 'Genehmigung nach Bestimmungsland und Käufer (2026)',
    covers: COVERS_LOGIC,
    notControlledNote: NOT_CONTROLLED_NOTE,
    caveats: [
      ...CAVEATS_2023,
      'Die Prüfung nach dem Hauptsitz gilt für Güter nach 3A090.a und .b (sowie 4A090 und die .z-Güter) bei Unternehmen, die selbst oder deren oberste Muttergesellschaft ihren Hauptsitz in der Ländergruppe D:5 oder in Macau haben, auch wenn sie sich anderswo befinden, auch in verbündeten Ländern (BIS-Hinweise vom 31.05.2026, zitiert von einem Handelsberater; die Hinweise wurden nicht auf bis.gov gelesen).',
      'Die Prüfung nach dem Bestimmungsland ist die der Regelung vom Oktober 2023 (88 FR 73458, zitiert nach einer Verifizierungsnotiz): D:1, D:4 oder D:5, sofern nicht zugleich in A:5 oder A:6, sowie Macau. Die AI-Diffusion-Regel vom Januar 2025 ersetzte sie für Güter nach 3A090.a durch eine weltweite Genehmigungspflicht, die das BIS seit dem 13.05.2025 nicht durchsetzt; wie beide heute zusammenwirken, klärten die gelesenen Quellen nicht.',
      'Die Zugehörigkeit zu Ländergruppen stammt aus src/data/country-groups.json: D:5 folgt der Waffenembargoliste des US-Außenministeriums (ITAR § 126.1), wie es die EAR vorschreiben, nach Sekundärquellen; A:5 entspricht einer Kopie der eCFR-Tabelle; D:1, D:4 und A:6 sind aus dem Gedächtnis wiedergegebene Listen, nicht im eCFR gelesen. Prüfen Sie sie, bevor Sie sich auf das Ergebnis für ein Bestimmungsland verlassen.',
      'Hongkong wird als China behandelt. Macau wird neben D:5 genannt, wie es die Regeln tun.',
      'Eine Genehmigungspflicht ist keine Ablehnung: Die Prüfpolitik für China und Macau ist die der Regelung vom Januar 2026 (siehe deren Regelwerk).',
    ],
    items: {
      ...ITEMS_2023,
      'licence-headquarters': {
        title: 'Genehmigungspflicht: Käufer mit Hauptsitz in D:5 oder Macau',
        gloss: 'Eine Genehmigung ist unabhängig vom Standort des Käufers erforderlich: Er oder seine oberste Muttergesellschaft hat den Hauptsitz in der Ländergruppe D:5 oder in Macau (15 CFR 742.6(a)(6)(iii)(A), in Kraft seit 17.11.2023 und bestätigt durch BIS-Hinweise vom 31.05.2026).',
      },
      'licence-destination': {
        title: 'Genehmigungspflicht: Bestimmungsland in D:1, D:4 oder D:5 und nicht in A:5 oder A:6, oder Macau',
        gloss: 'Für das Bestimmungsziel ist eine Genehmigung erforderlich: Macau oder ein Land der Ländergruppe D:1, D:4 oder D:5, das nicht zugleich in der Ländergruppe A:5 oder A:6 ist (88 FR 73458).',
      },
      'no-destination-or-headquarters-licence': {
        title: 'Keine Genehmigungspflicht nach Bestimmungsland oder Hauptsitz',
        gloss: 'Weder das Bestimmungsland noch der Hauptsitz des Käufers begründet nach diesen Prüfungen eine Genehmigungspflicht. Andere Anforderungen (Endverwendungs- und Endverwenderkontrollen, die Entity List, die Meldung bei der Genehmigungsausnahme NAC) werden hier nicht geprüft.',
      },
    },
  },

  'us-ai-diffusion-caps-2025': {
    title: 'Obergrenzen der AI-Diffusion-Regel, Januar 2025 (90 FR 4544): das Kontingent eines Tier-2-Landes und die Grenze der LPP-Ausnahme (nicht durchgesetzt)',
    shortTitle: 'AI-Diffusion-Obergrenzen (2025)',
    covers: COVERS_LOGIC,
    notControlledNote: 'Innerhalb der Grenze der Ausnahme für geringe Rechenleistung (LPP) von 26.900.000 TPP je Kunde und Jahr und damit innerhalb jedes Kontingents eines Tier-2-Landes.',
    caveats: [
      'Das BIS kündigte am 13.05.2025 an, die Regelung nicht durchzusetzen und zu ersetzen; eine Aufhebung war bis Mitte 2026 nicht veröffentlicht, und das GAO (B-337935, 12.05.2026) befand, dass die Ankündigung der Nichtdurchsetzung selbst eine Regelung war. Nutzen Sie diese Obergrenzen für den Rückblick und zum Vergleich.',
      'Das Kontingent von 790.000.000 TPP wurde im Regelungstext nicht gefunden (es beruht auf Berichten von Analysten, rechnerisch gegengeprüft); die LPP-Grenze von 26.900.000 TPP stammt von SemiAnalysis. § 740.27(c) der Regelung setzt allerdings eine Meldeschwelle bei kumuliert 253.000.000 TPP je Empfänger (in einem eCFR-Spiegel gelesen), die hier nicht geprüft wird.',
      'Die Obergrenzen zählen TPP, nicht Chips: H100-Äquivalente nach TPP teilen durch 15.832 (ein H100 mit 1.979 TFLOPS ohne Sparsity × 8 Bit), was für das Kontingent von 790.000.000 49.899 ergibt; die oft genannten 49.901 teilen durch die ungerundeten 15.831,2.',
      'Ein Kontingent gilt kumuliert von 2025 bis 2027 für ein ganzes Land, die LPP-Grenze je Kunde und Kalenderjahr: Der Vergleich einer einzelnen Lieferung damit zeigt ihre Größenordnung, nicht ob sie neben anderen noch hineinpasst.',
    ],
    items: {
      'tier-2-country-allocation': {
        title: 'Mehr als 790.000.000 TPP: das Kontingent eines Tier-2-Landes für 2025 bis 2027',
        gloss: 'Das kumulierte Kontingent jedes Tier-2-Landes für 2025 bis 2027 wird mit 790.000.000 TPP angegeben (etwa 49.900 H100-Äquivalente), verdoppelt bei einem Abkommen zwischen den Regierungen; diese Lieferung allein überschreitet es.',
      },
      'lpp-limit': {
        title: 'Mehr als 26.900.000 TPP: die Grenze der Ausnahme für geringe Rechenleistung je Kunde und Jahr',
        gloss: 'Die Genehmigungsausnahme LPP erlaubte bis zu 26.900.000 TPP je Kunde (Endempfänger) und Kalenderjahr, nicht für die Ländergruppe D:5 oder Macau, außerhalb der Länderkontingente; diese Lieferung allein überschreitet sie.',
      },
      'within-lpp': {
        title: 'Innerhalb der Grenze der LPP-Ausnahme',
        gloss: 'Die Gesamt-TPP der Lieferung liegt innerhalb der 26.900.000 TPP, die ein Kunde je Kalenderjahr unter der Genehmigungsausnahme LPP erhalten konnte (nicht für D:5 oder Macau), ohne Anrechnung auf das Kontingent des Landes.',
      },
    },
    classifications: {
      'over a tier-2 country\'s allocation': 'über dem Kontingent eines Tier-2-Landes',
      'over the LPP exception\'s limit': 'über der Grenze der LPP-Ausnahme',
    },
  },

  'bis-china-volume-cap-2026': {
    title: 'Regelung vom Januar 2026 (91 FR 1684): Lieferungen nach China und Macau auf 50 % der US-Lieferungen eines Produkts begrenzt',
    shortTitle: 'Mengenobergrenze China (Jan. 2026)',
    covers: COVERS_LOGIC,
    notControlledNote: 'Innerhalb der Obergrenze: Die Lieferungen nach China und Macau betragen höchstens die Hälfte der Lieferungen des Produkts an Kunden zur Endverwendung in den Vereinigten Staaten.',
    caveats: [
      'Die Bescheinigung der 50 % ist nach Sekundärquellen (Fachberichten) formuliert; der Satz wurde im Text der Regelung nicht gelesen.',
      'Die Obergrenze gilt für die gesamten Lieferungen eines Produkts nach China und Macau: Geben Sie als Anzahl der Chips diese Gesamtmenge an (quantity) und dazu die Lieferungen des Produkts an Endverwender in den USA (usEndUseQuantity).',
      'Sie ist eine der Bescheinigungen, die die Einzelfallprüfung verlangt; die übrigen nennt das Regelwerk zur China-Genehmigungsprüfung.',
    ],
    items: {
      'over-half-of-us-shipments': {
        title: 'Lieferungen nach China und Macau über 50 % der US-Lieferungen',
        gloss: 'die gesamten Lieferungen der Chips nach China und Macau werden höchstens 50 Prozent der Gesamtmenge betragen, die an Kunden zur Endverwendung in den USA geliefert wird (die Bescheinigung des Exporteurs, wie Sekundärquellen sie formulieren); hier ist die Anzahl der Chips größer als die Hälfte der angegebenen US-Lieferungen',
      },
    },
    classifications: { 'over the 50% volume cap': 'über der Mengenobergrenze von 50 %' },
  },

  'us-draft-scale-licensing-2026': {
    title: 'Entwurf einer mengenabhängigen Genehmigungspflicht für KI-Chip-Ausfuhren, März 2026 (zurückgezogen, nie veröffentlicht)',
    shortTitle: 'Obergrenzen des zurückgezogenen Entwurfs (März 2026)',
    covers: COVERS_LOGIC,
    notControlledNote: 'Bis zu 1.000 GB300-Äquivalente: Der Entwurf sah Berichten zufolge eine recht einfache Prüfung vor.',
    caveats: [
      'Der Entwurf wurde nie veröffentlicht: Er ging am 26.02.2026 in die Prüfung durch das OIRA und wurde am 13.03.2026 zurückgezogen; seine Grenzwerte stammen aus Presseberichten (März 2026).',
      '„GB300 oder das Äquivalent“ war in den Berichten nicht definiert. Die Berechnung zählt Äquivalente nach TPP, mit einer GB300-GPU bei 60.000 (15 PFLOPS FP4 ohne Sparsity × 4 Bit, der B300-Wert des Katalogs): eine Annahme, nicht die des Entwurfs.',
      'Wo genau die Grenzen des mittleren Bereichs lagen (1.000 einschließlich, 200.000 ausschließlich), wurde über „bis zu 1.000“ und „mehr als 200.000“ hinaus nicht berichtet.',
    ],
    items: {
      'over-200000-gb300': {
        title: 'Mehr als 200.000 GB300-Äquivalente (12.000.000.000 TPP)',
        gloss: 'Große Ausfuhren von mehr als 200.000 GB300 oder dem Äquivalent würden wahrscheinlich eine Beteiligung der Regierung des Empfängerlandes und „entsprechende“ Investitionen in amerikanische KI erfordern (wie berichtet); hier gezählt als TPP über 200.000 × 60.000',
      },
      'over-1000-gb300': {
        title: 'Mehr als 1.000 GB300-Äquivalente (60.000.000 TPP)',
        gloss: 'Ausfuhren von mehr als 1.000 GB300 oder dem Äquivalent bräuchten eine weitergehende Vorabfreigabe, mit Auflagen (wie berichtet); hier gezählt als TPP über 1.000 × 60.000',
      },
    },
    classifications: {
      'over 200,000 GB300-equivalents': 'über 200.000 GB300-Äquivalenten',
      'over 1,000 GB300-equivalents': 'über 1.000 GB300-Äquivalenten',
    },
  },

  'us-bill-gain-ai-2025': {
    title: 'GAIN AI Act of 2025 (S. 3150): „fortschrittliche integrierte Schaltung“ (ein Gesetzentwurf)',
    shortTitle: 'GAIN AI Act (Gesetzentwurf)',
    covers: COVERS_LOGIC,
    notControlledNote: 'Keine „fortschrittliche integrierte Schaltung“ nach den Schwellenwerten des Entwurfs (seine erste Alternative, unter 3A090 oder 4A090 eingestufte oder funktional gleichwertige Güter, wird nicht gesondert geprüft).',
    caveats: [
      'Ein Gesetzentwurf, kein Gesetz: Er wurde nicht in den endgültigen National Defense Authorization Act für das Haushaltsjahr 2026 aufgenommen (Text des Vermittlungsverfahrens vom 07.12.2025); S. 3150 (06.11.2025) und H.R. 5885 (31.10.2025) sind anhängig.',
      'Die Bandbreiten-Alternativen stehen für sich, ohne TPP-Untergrenze (der Entwurfstext, gelesen in einer Leseansicht von S. 3150). Dieselben Grenzwerte von 1.400 / 1.100 / 1.700 GB/s erschienen zuerst in Intels Mitteilung an Kunden vom April 2025 (den „Is-informed“-Schreiben), nicht in einer Regelung des BIS.',
      'H.R. 5885 und der Änderungsantrag zum NDAA (SA 3714) wurden nicht Bestimmung für Bestimmung geprüft.',
      BILL_DEFINITIONS,
    ],
    items: {
      ...BILL_TPP_ITEMS,
      ...BILL_BANDWIDTH_1700,
    },
    classifications: { 'advanced integrated circuit': 'fortschrittliche integrierte Schaltung' },
  },

  'us-bill-safe-chips-2025': {
    title: 'SAFE Chips Act of 2025 (S. 3374): „fortschrittliche integrierte Schaltung“, Genehmigungen für ausländische Gegner abgelehnt (ein Gesetzentwurf)',
    shortTitle: 'SAFE Chips Act (Gesetzentwurf)',
    covers: COVERS_LOGIC,
    notControlledNote: 'Keine „fortschrittliche integrierte Schaltung“ nach den Schwellenwerten des Entwurfs (seine erste Alternative, unter 3A090 oder 4A090 eingestufte Güter, wird nicht gesondert geprüft).',
    caveats: [
      'Ein Gesetzentwurf, kein Gesetz: eingebracht am 04.12.2025 und an den Bankenausschuss des Senats überwiesen; weitere Schritte wurden nicht gefunden.',
      'Jede Alternative steht für sich („oder“); die Bandbreiten-Grenzwerte liegen für DRAM (4.100 GB/s) und die Summe (5.000 GB/s) höher als die des GAIN AI Act. Nach Datenblattwerten liegt der H20 (DRAM 4.000, NVLink 900, Summe 4.900 GB/s; TPP 2.368) knapp unter jeder Alternative.',
      'Der Handelsminister könnte die Parameter erst 30 Monate nach Erlass des Gesetzes ändern, nach einer Mehrheitsentscheidung des End-User Review Committee.',
      'Ausländische Gegner (foreign adversary countries) sind die Länder nach 10 U.S.C. 4872(f)(2) sowie Hongkong und Macau.',
      BILL_DEFINITIONS,
    ],
    items: {
      ...BILL_TPP_ITEMS,
      'dram-4100': {
        title: 'Gesamt-DRAM-Bandbreite von 4.100 GB/s oder mehr',
        gloss: 'eine Gesamt-DRAM-Bandbreite von 4.100 Gigabyte pro Sekunde oder mehr',
      },
      'interconnect-1100': BILL_BANDWIDTH_1700['interconnect-1100']!,
      'sum-5000': {
        title: 'DRAM- und Interconnect-Bandbreite zusammen von 5.000 GB/s oder mehr',
        gloss: 'eine Summe (Kombination) aus DRAM-Bandbreite und Interconnect-Bandbreite von 5.000 Gigabyte pro Sekunde oder mehr',
      },
      'not-for-datacenters': {
        title: NOT_FOR_DATACENTERS,
        gloss: 'gilt nicht für eine fortschrittliche integrierte Schaltung oder ein Produkt mit einer solchen Schaltung, die oder das nicht für Rechenzentren konstruiert oder vermarktet wird',
      },
    },
    classifications: {
      'advanced integrated circuit (licence required; denied for foreign adversaries)': 'fortschrittliche integrierte Schaltung (genehmigungspflichtig; für ausländische Gegner abgelehnt)',
    },
  },

  'us-bill-ai-overwatch-2026': {
    title: 'AI OVERWATCH Act (S. 4456; H.R. 6875): erfasste und beschränkte integrierte Schaltungen (ein Gesetzentwurf)',
    shortTitle: 'AI OVERWATCH Act (Gesetzentwurf)',
    covers: COVERS_LOGIC,
    notControlledNote: 'Keine „erfasste integrierte Schaltung“ nach den Schwellenwerten des Entwurfs (seine erste Alternative, unter 3A090 oder 4A090 eingestufte oder funktional gleichwertige Güter, wird nicht gesondert geprüft).',
    caveats: [
      'Ein Gesetzentwurf, kein Gesetz. H.R. 6875 (eingebracht am 18.12.2025) enthält die Liste der erfassten Schaltungen, aber keine beschränkte Kategorie; S. 4456 (30.04.2026) fügt die beschränkte hinzu. Die Ausschussabstimmung über H.R. 6875 ist aus der Presse bekannt; der geänderte Text wurde nicht gefunden.',
      'Die beschränkte Kategorie von S. 4456 umfasst auch Chips, die nach dem 01.01.2026 erstmals zum Verkauf angeboten wurden und die Alternativen nach dem Muster von 3A090 erfüllen (TPP ≥ 4.800; TPP ≥ 2.400 und PD ≥ 1,6; TPP ≥ 1.600 und PD ≥ 3,2): hier nicht geprüft, da die Berechnung nur weiß, wann ein Chip erstmals in den Vereinigten Staaten verkauft wurde.',
      'Genehmigungen für erfasste Schaltungen in bedenkliche Länder (countries of concern) gingen zur Prüfung für 30 Tage an den Kongress (60 Tage zwischen dem 10.07. und dem 07.09., S. 4456); zu den bedenklichen Ländern gehören China (mit Hongkong und Macau), Kuba, Iran, Nordkorea und Russland.',
      'S. 4456 nimmt außerdem CPUs aus, die keine GPUs oder ähnlichen Produkte sind.',
      BILL_DEFINITIONS,
    ],
    items: {
      'restricted-tpp-21000': {
        title: 'TPP von 21.000 oder mehr',
        gloss: 'eine Gesamtrechenleistung von 21.000 oder mehr (S. 4456: Genehmigungen an ein Unternehmen mit Sitz oder Hauptsitz in einem bedenklichen Land werden abgelehnt)',
      },
      'restricted-tpp-1600-pd-21': {
        title: 'TPP von 1.600 oder mehr und PD von 21 oder mehr',
        gloss: 'eine Gesamtrechenleistung von 1.600 oder mehr und eine Leistungsdichte von 21 oder mehr (S. 4456)',
      },
      ...BILL_TPP_ITEMS,
      ...BILL_BANDWIDTH_1700,
      'not-for-datacenters': {
        title: NOT_FOR_DATACENTERS,
        gloss: 'umfasst keine erfasste integrierte Schaltung und kein Produkt mit einer solchen erfassten integrierten Schaltung, die oder das nicht für den Einsatz in Rechenzentren konstruiert oder vermarktet wird',
      },
    },
    classifications: {
      'restricted integrated circuit': 'beschränkte integrierte Schaltung',
      'covered integrated circuit': 'erfasste integrierte Schaltung',
    },
  },

  'eu-ai-act-art51': {
    title: 'KI-Verordnung der EU: KI-Modelle mit allgemeinem Verwendungszweck mit systemischem Risiko (Art. 51 Abs. 2: mehr als 10²⁵ FLOP) und die indikative Grenze der Leitlinien der Kommission (mehr als 10²³ FLOP)',
    shortTitle: 'EU-KI-Verordnung, Art. 51',
    covers: COVERS_TRAINING,
    notControlledNote: 'Keine Vermutung von Fähigkeiten mit hohem Wirkungsgrad nach Art. 51 Abs. 2 und kein KI-Modell mit allgemeinem Verwendungszweck nach dem indikativen Kriterium der Leitlinien; die Kommission kann ein Modell dennoch als Modell mit systemischem Risiko einstufen (Art. 51 Abs. 1 Buchst. b und Anhang XIII).',
    caveats: [
      'Gezählt wird die kumulierte Menge der Berechnungen über die Trainingsphasen des Modells (Vortraining, Feinabstimmung und andere Veränderungen); bei einem veränderten Modell kommt der Rechenaufwand des ursprünglichen Modells hinzu.',
      'Art. 51 Abs. 2 spricht von ‚KI-Modellen mit allgemeinem Verwendungszweck‘: Die Vermutung gilt für ein Modell, das ein solches ist. Der Schwellenwert kann durch delegierten Rechtsakt geändert werden (Art. 51 Abs. 3), und ein Anbieter kann die Vermutung widerlegen (Art. 52 Abs. 2).',
      'Das Kriterium von 10²³ FLOP der Leitlinien ist indikativ, kein rechtlicher Schwellenwert; seine Formulierung hier stammt aus Zusammenfassungen Dritter (Leitlinien vom 18.07.2025, C(2025) 7719 vom 19.11.2025). Der Konsultationsentwurf vom April 2025 hatte 10²².',
      'Die Grenze für nachgelagerte Veränderer (mehr als ein Drittel des Rechenaufwands des ursprünglichen Modells) wird gezeigt, wenn der Rechenaufwand des ursprünglichen Modells angegeben ist (baseModelFlop). Ist er unbekannt, greifen die Leitlinien Berichten zufolge auf ein Drittel von 10²³ oder 10²⁵ FLOP zurück: hier nicht geprüft.',
      'Die Pflichten für KI-Modelle mit allgemeinem Verwendungszweck gelten ab dem 02.08.2025.',
    ],
    items: {
      'art-51-2': {
        title: 'Trainingsrechenaufwand über 10²⁵ FLOP',
        gloss: 'Bei einem KI-Modell mit allgemeinem Verwendungszweck wird angenommen, dass es über Fähigkeiten mit hohem Wirkungsgrad gemäß Absatz 1 Buchstabe a verfügt, wenn die kumulierte Menge der für sein Training verwendeten Berechnungen, gemessen in Gleitkommaoperationen, mehr als 10²⁵ beträgt.',
      },
      'gpai-indicative': {
        title: 'Trainingsrechenaufwand über 10²³ FLOP, und das Modell erzeugt Text, Audio, Bilder oder Video',
        gloss: 'Die Leitlinien der Kommission nehmen als indikatives Kriterium für ein KI-Modell mit allgemeinem Verwendungszweck einen Trainingsrechenaufwand von mehr als 10²³ FLOP und die Fähigkeit, Sprache (Text oder Audio) zu erzeugen, Bilder aus Text oder Video aus Text (so die Formulierung von Sekundärquellen).',
      },
      'notify-commission': {
        title: 'Mitteilung an die Kommission innerhalb von zwei Wochen (Art. 52 Abs. 1)',
        gloss: 'Der Anbieter unterrichtet die Kommission unverzüglich, in jedem Fall aber innerhalb von zwei Wochen, nachdem die Bedingung erfüllt ist oder bekannt wird, dass sie erfüllt werden wird, also auch bei einem Trainingslauf, der die Grenze planmäßig überschreiten soll (Art. 52 Abs. 1). Die Vermutung kann mit Argumenten widerlegt werden (Art. 52 Abs. 2).',
      },
      'downstream-provider': {
        title: 'Wer das Modell verändert, wird zu seinem Anbieter',
        gloss: 'Die Veränderung benötigte mehr als ein Drittel des Trainingsrechenaufwands des ursprünglichen Modells: Nach den Leitlinien der Kommission wird, wer sie vorgenommen hat, zum Anbieter des veränderten KI-Modells mit allgemeinem Verwendungszweck, mit den Pflichten eines Anbieters (so die Wiedergabe der Leitlinien durch Sekundärquellen).',
      },
    },
    classifications: {
      'general-purpose AI model with systemic risk (presumed)': 'KI-Modell mit allgemeinem Verwendungszweck mit systemischem Risiko (vermutet)',
      'general-purpose AI model (indicative criterion)': 'KI-Modell mit allgemeinem Verwendungszweck (indikatives Kriterium)',
    },
  },

  'ca-sb53': {
    title: 'Kalifornien, SB 53 (Transparency in Frontier Artificial Intelligence Act): Frontier-Modelle, trainiert mit mehr als 10²⁶ Operationen',
    shortTitle: 'Kalifornien, SB 53',
    covers: COVERS_TRAINING,
    notControlledNote: 'Kein Frontier-Modell nach SB 53: trainiert mit 10²⁶ Ganzzahl- oder Gleitkommaoperationen oder weniger, Feinabstimmung, bestärkendes Lernen und andere wesentliche Veränderungen eingerechnet.',
    caveats: [
      'Die Definitionen (10²⁶ Operationen, einschließlich Feinabstimmung und anderer Veränderungen; 500 Millionen US-Dollar Umsatz) sind nach Zusammenfassungen von Anwaltskanzleien zitiert; der Definitionsabschnitt des Gesetzes wurde nicht gelesen. Die Anmerkung zur kodifizierten Vorschrift nennt als Datum des Inkrafttretens den 01.01.2026; ein Beitrag einer Kanzlei nennt den 01.01.2027, was offenbar mit dem ersten Überprüfungsdatum verwechselt ist.',
      'Ein ‚Frontier-Modell‘ ist ein Basismodell: mit breiten Daten trainiert, allgemein in seinen Ausgaben, an viele Aufgaben anpassbar.',
      REVENUE,
    ],
    items: {
      'frontier-model': {
        title: TRAINED_OVER_10_26,
        gloss: 'Ein Basismodell, das mit einer Menge an Rechenleistung von mehr als 10²⁶ Ganzzahl- oder Gleitkommaoperationen trainiert wurde, einschließlich des ursprünglichen Trainingslaufs und anschließender Feinabstimmung, anschließenden bestärkenden Lernens oder anderer wesentlicher Veränderungen.',
      },
      'large-frontier-developer': {
        title: LARGE_DEVELOPER,
        gloss: 'Ein großer Frontier-Entwickler (jährlicher Bruttoumsatz einschließlich verbundener Unternehmen von mehr als 500 Millionen US-Dollar im vorangegangenen Kalenderjahr) muss ein Frontier-KI-Rahmenwerk veröffentlichen, beim Einsatz eines Frontier-Modells Transparenzberichte veröffentlichen, Zusammenfassungen seiner Bewertungen katastrophaler Risiken an das Office of Emergency Services (die Katastrophenschutzbehörde Kaliforniens) senden und kritische Sicherheitsvorfälle melden.',
      },
      'frontier-developer': {
        title: SMALL_DEVELOPER,
        gloss: 'Ein Frontier-Entwickler, der nicht groß ist, muss beim Einsatz eines Frontier-Modells einen Transparenzbericht veröffentlichen und kritische Sicherheitsvorfälle melden.',
      },
    },
    classifications: { 'frontier model': 'Frontier-Modell' },
  },

  'ny-raise': {
    title: 'New York, RAISE Act (General Business Law Art. 44-B, geändert im März 2026): Frontier-Modelle, trainiert mit mehr als 10²⁶ Operationen',
    shortTitle: 'New York, RAISE Act',
    covers: COVERS_TRAINING,
    notControlledNote: 'Kein Frontier-Modell nach dem RAISE Act in geänderter Fassung: trainiert mit 10²⁶ Ganzzahl- oder Gleitkommaoperationen oder weniger, Feinabstimmung und andere Veränderungen eingerechnet.',
    caveats: [
      'Unterzeichnet am 19.12.2025 mit vereinbarten Änderungen (chapter amendments), die am 27.03.2026 unterzeichnet wurden (S8828); das Gesetz tritt am 01.01.2027 in Kraft.',
      'Der im Dezember 2025 unterzeichnete Text (S6953-B) definierte ein Frontier-Modell als mit mehr als 10²⁶ Operationen trainiert, deren Rechenkosten 100 Millionen US-Dollar überstiegen, oder als aus einem solchen destilliert, zu Rechenkosten von über 5 Millionen US-Dollar (zitiert nach dem Gesetzestext des Senats). Die Änderung ersetzte diese Definitionen, um sie an Kaliforniens SB 53 anzugleichen, wie die neuen Definitionen des amtlichen konsolidierten § 1420 und Zusammenfassungen Dritter zeigen; der geänderte Absatz zum Frontier-Modell selbst wurde nicht wörtlich gelesen, daher werden die Kostenkriterien hier nicht angewandt.',
      REVENUE,
    ],
    items: {
      'frontier-model': {
        title: TRAINED_OVER_10_26,
        gloss: 'Ein Basismodell, das mit mehr als 10²⁶ Ganzzahl- oder Gleitkommaoperationen trainiert wurde, den ursprünglichen Trainingslauf und jede anschließende Feinabstimmung oder andere Veränderung eingerechnet (die Definition in der durch S8828 geänderten Fassung, nach Zusammenfassungen Dritter).',
      },
      'large-frontier-developer': {
        title: LARGE_DEVELOPER,
        gloss: 'Ein großer Frontier-Entwickler (jährliche Bruttoumsätze einschließlich verbundener Unternehmen von mehr als 500 Millionen US-Dollar im vorangegangenen Kalenderjahr) muss ein Frontier-KI-Rahmenwerk veröffentlichen, alle zwei Jahre eine Offenlegungserklärung bei der neuen Stelle im Department of Financial Services einreichen und kritische Sicherheitsvorfälle innerhalb von 72 Stunden melden.',
      },
      'frontier-developer': {
        title: SMALL_DEVELOPER,
        gloss: 'Ein Frontier-Entwickler, der nicht groß ist, muss kritische Sicherheitsvorfälle innerhalb von 72 Stunden melden.',
      },
    },
    classifications: { 'frontier model': 'Frontier-Modell' },
  },

  'us-eo-14110': {
    title: 'Executive Order 14110, § 4.2(b): Meldeschwellen für Modelle (mehr als 10²⁶ Operationen; 10²³ bei biologischen Sequenzdaten) und Rechencluster (10²⁰ Operationen pro Sekunde), aufgehoben',
    shortTitle: 'EO 14110 (aufgehoben)',
    covers: COVERS_TRAINING,
    notControlledNote: 'Unter jeder Meldeschwelle nach § 4.2(b) der Anordnung.',
    caveats: [
      'Am 20.01.2025 durch Executive Order 14148 aufgehoben (manche Quellen nennen fälschlich EO 14179); für den Rückblick und zum Vergleich erhalten.',
      'Die Cluster-Grenze nennt keinen Vergleich („having a theoretical maximum computing capacity of 10²⁰“): hier gelesen als 10²⁰ oder mehr. Ihre Netzwerkgrenze lautet „over 100 Gbit/s“, also über 100 Gbit/s.',
      'Als theoretisches Maximum des Clusters gilt Chips × angegebener Wert je Chip (bei der angegebenen Genauigkeit des Trainings); ein Wert ohne Sparsity bei einer anderen Genauigkeit oder ein Wert mit Sparsity wäre höher. Ein Lauf, der nur über die Parameter des Modells oder eine eingegebene Gesamtzahl beschrieben ist, wird nicht an der Cluster-Grenze geprüft.',
      'Der Wortlaut der Anordnung ist nach Kopien ihres Textes zitiert; die Seite im Federal Register wurde hier nicht gelesen.',
    ],
    items: {
      'model-10-26': {
        title: TRAINED_OVER_10_26,
        gloss: 'jedes Modell, das mit einer Menge an Rechenleistung von mehr als 10²⁶ Ganzzahl- oder Gleitkommaoperationen trainiert wurde',
      },
      'bio-10-23': {
        title: 'Vorwiegend mit biologischen Sequenzdaten und mehr als 10²³ Operationen trainiert',
        gloss: 'oder vorwiegend mit biologischen Sequenzdaten und mit einer Menge an Rechenleistung von mehr als 10²³ Ganzzahl- oder Gleitkommaoperationen',
      },
      'cluster-10-20': {
        title: 'Ein Cluster mit 10²⁰ Operationen pro Sekunde in einem Rechenzentrum, vernetzt mit über 100 Gbit/s',
        gloss: 'jeder Rechencluster aus einer Gruppe von Maschinen, die physisch in einem einzigen Rechenzentrum stehen, transitiv durch Rechenzentrumsnetzwerke mit über 100 Gbit/s verbunden sind und eine theoretische maximale Rechenkapazität von 10²⁰ Ganzzahl- oder Gleitkommaoperationen pro Sekunde für das Training von KI haben',
      },
    },
    classifications: {
      'reportable model': 'meldepflichtiges Modell',
      'reportable computing cluster': 'meldepflichtiger Rechencluster',
    },
  },
};
