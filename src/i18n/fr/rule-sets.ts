/**
 * The built-in rule sets' words in French, by rule set id: titles, scope, note, caveats (same
 * number and order as the rule set's), and each item's title, with a gloss of its quoted legal text
 * (the quote stays in English, as published; the gloss is shown after it). Clause ids stay as they
 * are. Classifications in words (a duty, a cap, a model's status) are translated by their English
 * original (engine.ts). Terms: see docs/glossary/fr.md.
 */
import type { RuleSetTranslation } from '../../core/rules/types.js';
import { classificationsOf } from './engine.js';

const LOGIC_CHIPS = 'les circuits intégrés dotés d’unités de traitement numérique (GPU, accélérateurs d’IA, ASIC), hors mémoire autonome';
const OTHER_ENTRIES = 'Les autres rubriques de la Commerce Control List (CCL, liste de contrôle du commerce américaine) ne sont pas évaluées ici.';

/** The caveats the 2023 rule and the January 2026 rule share, in this order. */
const CAVEATS_2023 = [
  'La TPP et la densité de performance sont définies dans les notes techniques relatives à 3A090.a et 3A090.b ; ces notes ont été renumérotées après 2023 et sont donc citées par leur contenu.',
  '« Conçu ou commercialisé pour être utilisé dans des centres de données » ne fait l’objet d’aucun critère chiffré : c’est à vous d’en juger, et cela décide de l’application de la note 2.',
  'L’exception de licence NAC a été scindée en NAC et ACA par 89 FR 23876 (4\u00a0avril\u00a02024).',
];

/** The 2023 rule's items, which the January 2026 rule takes over. */
const ITEMS_2023: Record<string, { title?: string; gloss?: string }> = {
  '3A090.a.1': {
    title: 'TPP d’au moins 4 800',
    gloss: 'Circuits intégrés comportant une ou plusieurs unités de traitement numérique dont la « performance de traitement totale » est d’au moins 4 800.',
  },
  '3A090.a.2': {
    title: 'TPP d’au moins 1 600 et PD d’au moins 5,92',
    gloss: 'Circuits intégrés comportant une ou plusieurs unités de traitement numérique dont la « performance de traitement totale » est d’au moins 1 600 et la « densité de performance » d’au moins 5,92.',
  },
  '3A090.b.1': {
    title: 'TPP de 2 400 à moins de 4 800 et PD de 1,6 à moins de 5,92',
    gloss: 'Circuits intégrés comportant une ou plusieurs unités de traitement numérique dont la « performance de traitement totale » est d’au moins 2 400 et de moins de 4 800 et la « densité de performance » d’au moins 1,6 et de moins de 5,92.',
  },
  '3A090.b.2': {
    title: 'TPP d’au moins 1 600 et PD de 3,2 à moins de 5,92',
    gloss: 'Circuits intégrés comportant une ou plusieurs unités de traitement numérique dont la « performance de traitement totale » est d’au moins 1 600 et la « densité de performance » d’au moins 3,2 et de moins de 5,92.',
  },
  'note-2': {
    title: 'Note 2 relative au 3A090',
    gloss: 'Le 3A090 ne s’applique pas aux biens qui ne sont pas conçus ou commercialisés pour être utilisés dans des centres de données et dont la « performance de traitement totale » n’atteint pas 4 800.',
  },
  'nac-aca-unavailable': {
    title: 'Pas d’exception de licence NAC/ACA',
    gloss: 'Les exceptions de licence NAC et ACA ne peuvent pas être utilisées pour les biens relevant de 3A090.a conçus ou commercialisés pour être utilisés dans des centres de données.',
  },
  'nac-aca-available': {
    title: 'Exception de licence NAC/ACA possible',
    gloss: 'L’exception de licence NAC (exportations vers Macao et le groupe de pays D:5, avec notification préalable) ou ACA (autres destinations, sans notification) peut être utilisable : biens relevant de 3A090.a qui ne sont ni conçus ni commercialisés pour les centres de données, et biens relevant de 3A090.b.',
  },
};

/** What the rule sets on training compute cover. */
const TRAINING_RUNS = 'les entraînements de modèles d’IA (leur calcul d’entraînement)';

/** The caveat the three bills share on the definitions they borrow. */
const BILL_DEFINITIONS = 'Les définitions de la TPP et de la PD de la proposition de loi renvoient à l’ECCN 3A090 ; la « total DRAM bandwidth » (bande passante DRAM totale) et l’« interconnect bandwidth » (bande passante d’interconnexion) ne sont pas définies dans le texte lu. Le moteur utilise la bande passante DRAM totale de la puce et son débit de transfert de puce à puce.';

/** The caveat SB 53 and RAISE share on the developer's revenue. */
const DEVELOPER_REVENUE = 'Le chiffre d’affaires inclut les sociétés affiliées et porte sur l’année civile précédente ; indiquez developerRevenueUsd pour savoir quelles obligations s’appliquent.';

/** The 3A090-style prongs the bills share. */
const BILL_TPP_PRONGS: Record<string, { title?: string; gloss?: string }> = {
  'tpp-4800': {
    title: 'TPP d’au moins 4 800',
    gloss: 'une performance de traitement totale d’au moins 4 800',
  },
  'tpp-2400-pd-1.6': {
    title: 'TPP d’au moins 2 400 et PD d’au moins 1,6',
    gloss: 'une performance de traitement totale d’au moins 2 400 et une densité de performance d’au moins 1,6',
  },
  'tpp-1600-pd-3.2': {
    title: 'TPP d’au moins 1 600 et PD d’au moins 3,2',
    gloss: 'une performance de traitement totale d’au moins 1 600 et une densité de performance d’au moins 3,2',
  },
};

/** The bandwidth prongs of the GAIN AI and AI OVERWATCH bills (the SAFE Chips bill shares the interconnect one). */
const DRAM_1400 = {
  title: 'Bande passante DRAM totale d’au moins 1 400\u00a0GB/s',
  gloss: 'une bande passante DRAM totale d’au moins 1 400\u00a0gigaoctets par seconde',
};
const INTERCONNECT_1100 = {
  title: 'Bande passante d’interconnexion d’au moins 1 100\u00a0GB/s',
  gloss: 'une bande passante d’interconnexion d’au moins 1 100\u00a0gigaoctets par seconde',
};
const SUM_1700 = {
  title: 'Bande passante DRAM et d’interconnexion cumulée d’au moins 1 700\u00a0GB/s',
  gloss: 'une somme (combinaison) de la bande passante DRAM et de la bande passante d’interconnexion d’au moins 1 700\u00a0gigaoctets par seconde',
};

export const RULE_SETS: Record<string, RuleSetTranslation> = {
  'bis-3a090-2022': {
    title: 'ECCN 3A090, règle d’octobre 2022',
    shortTitle: 'ECCN 3A090 (oct. 2022)',
    covers: LOGIC_CHIPS,
    notControlledNote: OTHER_ENTRIES,
    caveats: [
      'La grandeur de la règle de 2022, « longueur en bits × TOPS, agrégée sur toutes les unités de traitement », est évaluée ici comme la TPP, qui donne le même nombre pour le matériel ordinaire de multiplication-accumulation (l’A100 obtient 4 992 dans les deux cas).',
      'Les paragraphes a.2 à a.4 de la règle de 2022 (« unités de calcul primitives » numériques et analogiques, et leur somme) ne sont pas évalués : ils visent un matériel que les fiches techniques ne décrivent pas en TOPS par précision.',
      'Le débit de transfert compte toutes les entrées et sorties de puce à puce (NVLink, PCIe, Infinity Fabric) dans les deux sens, mais pas les interfaces mémoire.',
    ],
    items: {
      '3A090.a.1': {
        title: 'Débit de transfert d’au moins 600\u00a0GB/s et longueur en bits × TOPS d’au moins 4 800',
        gloss: 'Circuits intégrés qui ont, ou sont programmables pour avoir, un débit de transfert bidirectionnel agrégé sur l’ensemble des entrées et sorties d’au moins 600\u00a0GB/s vers ou depuis des circuits intégrés autres que des mémoires volatiles, et une ou plusieurs unités de traitement numérique exécutant des instructions machine dont la longueur en bits par opération multipliée par la performance de traitement mesurée en TOPS, agrégée sur toutes les unités de traitement, est d’au moins 4 800.',
      },
    },
  },

  'bis-3a090-2023': {
    title: 'ECCN 3A090.a et .b, règle d’octobre 2023 (modifiée)',
    shortTitle: 'ECCN 3A090 (oct. 2023)',
    covers: LOGIC_CHIPS,
    notControlledNote: OTHER_ENTRIES,
    caveats: CAVEATS_2023,
    items: ITEMS_2023,
  },

  'bis-3a090c-2024': {
    title: 'ECCN 3A090.c, mémoire à large bande passante, règle de décembre 2024',
    shortTitle: 'ECCN 3A090.c, HBM (déc. 2024)',
    covers: 'les piles de mémoire à large bande passante (HBM) vendues en tant que telles, à l’exclusion de la HBM intégrée au boîtier d’une puce dont la fonction principale est logique',
    notControlledNote: OTHER_ENTRIES,
    caveats: [
      'La densité de bande passante mémoire est la bande passante mémoire en GB/s divisée par la surface du boîtier ou de la pile en mm² (définition relayée par des sources secondaires ; le texte de la règle n’a pas été lu directement).',
      'La limite de l’exception de licence HBM à exactement 3,3\u00a0GB/s/mm² est incertaine : la formulation de la règle implique qu’à partir de 3,3 l’exception est exclue, mais une analyse la lit comme « supérieure à 3,3 ».',
      'Le BIS a indiqué que toutes les piles HBM en production lors de la publication de la règle dépassent le seuil de 2\u00a0GB/s/mm².',
      'Une description (spec) indique qu’elle décrit une pile HBM autonome par "kind": "hbm-stack" et donne la bande passante et la surface de la pile dans "hbmStack" ; toute autre description est celle d’une puce logique, hors du champ de 3A090.c.',
    ],
    items: {
      '3A090.c': {
        title: 'Densité de bande passante mémoire supérieure à 2\u00a0GB/s/mm²',
        gloss: 'Mémoire à large bande passante (HBM) dont la « densité de bande passante mémoire » est supérieure à 2\u00a0gigaoctets par seconde par millimètre carré.',
      },
      'le-hbm-available': {
        title: 'Exception de licence HBM possible',
        gloss: 'L’exception de licence HBM (15 CFR 740.25) peut être utilisable pour les biens relevant de 3A090.c dont la densité de bande passante mémoire est inférieure à 3,3\u00a0GB/s/mm².',
      },
      'no-nac-aca': {
        title: 'Pas d’exception de licence NAC/ACA',
        gloss: 'Les biens relevant de 3A090.c ne peuvent pas bénéficier des exceptions de licence NAC ou ACA.',
      },
    },
  },

  'us-is-informed-h20-2025': {
    classifications: classificationsOf('licence required (reported)'),
    title: 'Exigence de licence pour la Chine visant la classe H20, avril 2025 (lettres « is-informed » rapportées, non publiées)',
    shortTitle: 'Lettres classe H20 (avr. 2025)',
    covers: LOGIC_CHIPS,
    caveats: [
      'Le BIS n’a jamais publié ces seuils : l’exigence a été notifiée par lettres à des entreprises individuelles (notifications « is-informed »). Le formulaire 8-K de NVIDIA ne donne aucun chiffre ; il vise la H20 « and any other circuits achieving the H20’s memory bandwidth, interconnect bandwidth, or combination thereof » (et tout autre circuit atteignant la bande passante mémoire ou la bande passante d’interconnexion de la H20, ou une combinaison des deux).',
      'Les valeurs de 1 400, 1 100 et 1 700\u00a0GB/s proviennent de l’avis adressé par Intel à ses clients la semaine du 7\u00a0avril\u00a02025, rapporté par le Financial Times le 16\u00a0avril\u00a02025 ; la plupart des articles disent « ou plus », un seul « au-delà de ». Les mêmes valeurs figurent ensuite dans des propositions de loi (GAIN AI Act, AI OVERWATCH Act).',
      'Ce que recouvre la « bande passante d’E/S » (liaisons de puce à puce seulement, ou aussi les E/S vers l’hôte ; dans les deux sens ou dans un seul) n’est précisé dans aucune source trouvée ; le moteur utilise le débit de transfert de puce à puce.',
      'Des licences pour la H20 et la MI308 auraient été accordées à partir d’août 2025, moyennant le reversement de 15 % du chiffre d’affaires ; aucun texte officiel n’a été trouvé. Rien de ce qui a été trouvé n’indique que la règle de janvier 2026 (91 FR 1684) a remplacé cette exigence.',
    ],
    items: {
      'dram-1400': {
        title: 'Bande passante DRAM totale d’au moins 1 400\u00a0GB/s',
        gloss: 'une bande passante DRAM totale d’au moins 1 400\u00a0gigaoctets par seconde (d’après l’avis d’Intel à ses clients, tel que rapporté ; le BIS n’a publié aucun chiffre)',
      },
      'io-1100': {
        title: 'Bande passante d’E/S d’au moins 1 100\u00a0GB/s',
        gloss: 'une bande passante d’entrée-sortie d’au moins 1 100\u00a0GB/s (selon les informations rapportées)',
      },
      'sum-1700': {
        title: 'Bande passante DRAM et E/S cumulée d’au moins 1 700\u00a0GB/s',
        gloss: 'ou un total des deux d’au moins 1 700\u00a0GB/s (selon les informations rapportées)',
      },
      'licence-china-d5': {
        title: 'Licence requise pour la Chine, Hong Kong, Macao et le groupe D:5',
        gloss: 'Une licence américaine serait requise pour l’exporter vers la Chine (y compris Hong Kong et Macao) ou vers un pays du groupe de pays D:5, ou vers une entreprise dont le siège ou la société mère ultime s’y trouve. Des licences pour la H20 et la MI308 d’AMD auraient été accordées à partir d’août 2025.',
      },
    },
  },

  'bis-china-review-2026': {
    title: 'Examen des licences pour la Chine et Macao, règle de janvier 2026 (au cas par cas en dessous d’une TPP de 21 000 et de 6 500\u00a0GB/s)',
    shortTitle: 'Examen des licences Chine (janv. 2026)',
    covers: LOGIC_CHIPS,
    notControlledNote: OTHER_ENTRIES,
    caveats: [
      ...CAVEATS_2023,
      'Cette règle ne modifie que la politique d’examen des licences ; la classification au titre de 3A090 est inchangée.',
      'Elle ne couvre que les puces « commercially available in the United States at the time of publication of this rule » (disponibles dans le commerce aux États-Unis à la date de publication de la règle, le 15\u00a0janvier\u00a02026) : une description (spec) indique la date de première vente de la puce aux États-Unis dans usAvailableSince (false si elle n’y a jamais été vendue) ; le catalogue la donne pour chaque puce, avec sa source. Une puce sortie plus tard n’est pas éligible à l’examen au cas par cas.',
      'Les expéditions d’un produit vers la Chine et Macao seraient plafonnées à 50 % de ses expéditions aux clients américains (sources secondaires ; la phrase n’a pas été lue dans le texte de la règle).',
      'L’exportateur doit certifier que l’approvisionnement américain est suffisant, qu’aucune capacité de fonderie destinée aux clients américains n’est détournée, que le destinataire applique des procédures de sécurité et de connaissance du client, et que le bien a fait l’objet de tests indépendants par un tiers aux États-Unis.',
      'Cette politique est codifiée au 15 CFR 742.6(b)(10)(iii)(A)(1) (selon des sources secondaires).',
      'La définition de la « bande passante DRAM totale » (notes du paragraphe (dd)(1) du supplément n°\u00a02 à la partie 748) n’a pas été consultée ; le moteur retient la bande passante de crête cumulée de toute la DRAM raccordée à la puce, HBM comprise.',
      'L’examen au cas par cas ne concerne que les exportations depuis les États-Unis ; les réexportations, les exportations depuis l’étranger et les transferts à l’intérieur de la Chine ou de Macao, ainsi que les entités situées hors de Chine et de Macao dont le siège se trouve dans le groupe de pays D:5 ou à Macao, restent soumis à la présomption de refus. Sans destination ni pays d’expédition, la réponse vaut pour la prémisse de la règle, une exportation depuis les États-Unis vers la Chine ou Macao ; indiquez destinationCountry, shipFromCountry et buyerHeadquartersCountry pour tester une expédition donnée (Hong Kong compte comme la Chine).',
    ],
    items: {
      ...ITEMS_2023,
      'case-by-case': {
        title: 'Examen au cas par cas pour la Chine et Macao',
        gloss: 'Les demandes de licence pour des exportations depuis les États-Unis vers la Chine ou Macao sont examinées au cas par cas : la puce a une TPP inférieure à 21 000 et une bande passante DRAM totale inférieure à 6 500\u00a0GB/s, et elle était disponible dans le commerce aux États-Unis lors de la publication de la règle (15\u00a0janvier\u00a02026) ; l’exportateur doit en outre certifier un approvisionnement américain suffisant, l’absence de détournement de capacité de fonderie, les procédures de sécurité du destinataire et des tests indépendants par un tiers aux États-Unis.',
      },
      'presumption-of-denial': {
        title: 'Présomption de refus pour la Chine et Macao',
        gloss: 'Les demandes de licence pour la Chine ou Macao restent soumises à la présomption de refus : la puce est un bien relevant de 3A090.a conçu ou commercialisé pour les centres de données avec une TPP d’au moins 21 000, ou une bande passante DRAM totale d’au moins 6 500\u00a0GB/s, ou elle n’était pas disponible dans le commerce aux États-Unis lors de la publication de la règle (15\u00a0janvier\u00a02026) ; ou elle est expédiée depuis l’extérieur des États-Unis (réexportation, exportation depuis l’étranger ou transfert à l’intérieur de la Chine ou de Macao) ; ou l’acheteur, situé hors de Chine et de Macao, a son siège (ou sa société mère ultime) dans le groupe de pays D:5 ou à Macao.',
      },
      'presumption-of-denial-baseline': {
        title: 'Présomption de refus pour la Chine et Macao (régime de base rapporté)',
        gloss: 'Pour les biens relevant de 3A090.b et les biens relevant de 3A090.a non conçus ni commercialisés pour les centres de données que la politique de janvier 2026 ne couvre pas (au-delà de ses seuils, pas en vente aux États-Unis le 15\u00a0janvier\u00a02026, expédiés depuis l’extérieur des États-Unis, ou destinés à un acheteur situé hors de Chine et de Macao dont le siège se trouve dans le groupe D:5 ou à Macao), des sources secondaires décrivent la politique d’examen des licences pour la Chine et Macao comme une présomption de refus ; le texte de la règle consulté pour ce widget ne le dit pas pour ces biens.',
      },
      'not-china-macau': {
        title: 'Pas une exportation vers la Chine ou Macao',
        gloss: 'La destination indiquée est hors de Chine et de Macao, et le siège de l’acheteur ne se trouve ni dans le groupe de pays D:5 ni à Macao : cette politique d’examen pour la Chine et Macao ne s’applique pas à l’expédition. La réglementation sur la licence selon la destination et l’acheteur indique si une licence est requise.',
      },
    },
  },

  'us-section-232-tariff-2026': {
    title: 'Droit de douane de 25 % au titre de la section 232 sur certaines puces de calcul avancé, janvier 2026 (Proclamation 11002)',
    shortTitle: 'Droit de douane section 232 (janv. 2026)',
    covers: 'les circuits intégrés logiques et les articles qui les contiennent (positions HTSUS 8471.50, 8471.80 et 8473.30), hors mémoire autonome',
    notControlledNote: 'Hors des paramètres techniques de la note 39(b) (U.S. note 39(b)) : pas de droit de douane de la section 232 sur les semi-conducteurs au titre de la Proclamation 11002. Les autres droits applicables à l’importation ne sont pas évalués ici.',
    caveats: [
      'Chaque limite de tranche est stricte (« greater than … and less than », supérieur à … et inférieur à) : une puce exactement à une TPP de 14 000, 17 500, 20 800 ou 21 100, ou à 4 500, 5 000, 5 800 ou 6 200\u00a0GB/s, est hors de sa tranche.',
      'Les seuils de la tranche 1 sont cités d’après l’annexe par le message CSMS n°\u00a067400472 du CBP (douanes américaines) et par un conseiller en commerce international ; il en va de même des bornes de TPP de la tranche 2. Les bornes de DRAM de la tranche 2 (5 800 et 6 200\u00a0GB/s) proviennent de plusieurs relais secondaires de l’annexe ; la copie consultée ici s’interrompait après « greater than 5, ». Ni l’annexe elle-même ni la page du Federal Register de la proclamation (publiée le 20\u00a0janv.\u00a02026, selon les informations rapportées) n’ont été consultées.',
      'Utilisez les valeurs non arrondies des fiches techniques : la MI325X, à 2 614,9 TFLOPS en FP8, a une TPP de 20 919,2, dans la tranche 2 ; arrondie à 2,6 PFLOPS, elle serait exactement à 20 800, hors de la tranche.',
      'Le droit s’applique aux importations d’articles classés dans les positions HTSUS 8471.50, 8471.80 et 8473.30 (ordinateurs, unités de traitement et leurs parties) ; il n’a pas été confirmé qu’un circuit intégré nu importé sous la position 8542 soit couvert.',
      'Les définitions de la performance de traitement totale et de la bande passante DRAM totale sont supposées être celles des EAR (note technique relative au 3A090 ; la « bande passante DRAM totale » de la règle de janvier 2026), que reprennent les paramètres de la proclamation ; les définitions propres de l’annexe n’ont pas été consultées.',
      'Les sources consultées ne permettent pas d’établir quelle position d’exemption (9903.79.02 à .09) correspond à quel usage final, ni si l’exemption pour les centres de données comporte un critère de taille.',
      'Les exemptions sont invoquées par l’importateur : indiquez l’usage final (tariffExemption) pour savoir si le droit s’applique.',
    ],
    items: {
      'band-1': {
        title: 'Tranche 1 : TPP supérieure à 14 000 et inférieure à 17 500, et bande passante DRAM totale supérieure à 4 500 et inférieure à 5 000\u00a0GB/s',
        gloss: 'une performance de traitement totale (TPP) supérieure à 14 000 et inférieure à 17 500, et une bande passante DRAM totale supérieure à 4 500\u00a0GB/s et inférieure à 5 000\u00a0GB/s',
      },
      'band-2': {
        title: 'Tranche 2 : TPP supérieure à 20 800 et inférieure à 21 100, et bande passante DRAM totale supérieure à 5 800 et inférieure à 6 200\u00a0GB/s',
        gloss: 'une performance de traitement totale supérieure à 20 800 et inférieure à 21 100, et une bande passante DRAM totale supérieure à 5 800\u00a0GB/s et inférieure à 6 200\u00a0GB/s (bornes de DRAM selon des sources secondaires ; le texte même de l’annexe n’a pu être lu que jusqu’à « greater than 5, »)',
      },
      'duty-25': {
        title: 'Droit de 25 % à l’importation aux États-Unis',
        gloss: 'Un droit ad valorem de 25 % s’applique à l’importation aux États-Unis (position 9903.79.01), les puces n’étant pas importées pour l’un des usages finaux exemptés aux États-Unis ; pas de drawback (remboursement des droits).',
      },
      exempt: {
        title: 'Exemptée : importée pour un usage final exempté aux États-Unis',
        gloss: 'Pas de droit de la section 232 : les puces sont importées pour l’un des usages finaux exemptés (centres de données aux États-Unis, réparations ou remplacements aux États-Unis, recherche et développement aux États-Unis, start-up américaines, applications grand public hors centres de données ou applications industrielles civiles aux États-Unis, applications du secteur public américain, ou autres usages déterminés par le secrétaire au Commerce), invoqués sous les positions 9903.79.02 à 9903.79.09.',
      },
    },
    classifications: classificationsOf('covered by the 25% Section 232 duty'),
  },

  'bis-advanced-computing-licence-2026': {
    title: 'Licence pour les biens relevant de 3A090 selon la destination et le siège de l’acheteur (88 FR 73458 ; orientations du BIS du 31\u00a0mai\u00a02026)',
    shortTitle: 'Licence selon la destination et l’acheteur (2026)',
    covers: LOGIC_CHIPS,
    notControlledNote: OTHER_ENTRIES,
    caveats: [
      ...CAVEATS_2023,
      'Le critère du siège s’applique aux biens relevant de 3A090.a et .b (ainsi que de 4A090 et des rubriques .z) destinés à des entités dont le siège, ou celui de la société mère ultime, se trouve dans le groupe de pays D:5 ou à Macao, même lorsqu’elles sont implantées ailleurs, y compris dans des pays alliés (orientations du BIS du 31\u00a0mai\u00a02026, citées par un conseiller en commerce international ; le document n’a pas été consulté sur bis.gov).',
      'Le critère de destination est celui de la règle d’octobre 2023 (88 FR 73458, tel que cité par une note de vérification) : D:1, D:4 ou D:5 sans appartenance à A:5 ou A:6, plus Macao. La règle sur la diffusion de l’IA de janvier 2025 l’a remplacé, pour les biens relevant de 3A090.a, par une exigence de licence mondiale que le BIS n’applique plus depuis le 13\u00a0mai\u00a02025 ; les sources consultées ne permettent pas d’établir comment les deux s’articulent aujourd’hui.',
      'L’appartenance aux groupes de pays provient de src/data/country-groups.json : D:5 suit la liste d’embargo sur les armes du département d’État (ITAR §\u00a0126.1), comme l’exigent les EAR, d’après des sources secondaires ; A:5 correspond à une copie du tableau de l’eCFR ; D:1, D:4 et A:6 sont des listes reconstituées de mémoire, non lues dans l’eCFR. Vérifiez-les avant de vous fier à la réponse pour une destination.',
      'Hong Kong est traité comme la Chine. Macao est nommé à côté du groupe D:5, comme le font les règles.',
      'Une exigence de licence n’est pas un refus : la politique d’examen pour la Chine et Macao est celle de la règle de janvier 2026 (voir sa réglementation).',
    ],
    items: {
      ...ITEMS_2023,
      'licence-headquarters': {
        title: 'Licence requise : acheteur dont le siège se trouve dans le groupe D:5 ou à Macao',
        gloss: 'Une licence est requise quel que soit le lieu d’implantation de l’acheteur : son siège, ou celui de sa société mère ultime, se trouve dans le groupe de pays D:5 ou à Macao (15 CFR 742.6(a)(6)(iii)(A), en vigueur depuis le 17\u00a0nov.\u00a02023 et confirmé par les orientations du BIS du 31\u00a0mai\u00a02026).',
      },
      'licence-destination': {
        title: 'Licence requise : destination dans D:1, D:4 ou D:5 et hors de A:5 et A:6, ou Macao',
        gloss: 'Une licence est requise en raison de la destination : Macao, ou un pays des groupes de pays D:1, D:4 ou D:5 qui n’appartient pas aussi au groupe A:5 ou A:6 (88 FR 73458).',
      },
      'no-destination-or-headquarters-licence': {
        title: 'Pas de licence requise selon la destination ou le siège',
        gloss: 'Ni la destination ni le siège de l’acheteur n’imposent de licence selon ces critères. Les autres exigences (contrôles liés à l’utilisation finale et à l’utilisateur final, Entity List, notification de l’exception de licence NAC) ne sont pas évaluées ici.',
      },
    },
  },

  'us-ai-diffusion-caps-2025': {
    title: 'Plafonds de la règle sur la diffusion de l’IA, janvier 2025 (90 FR 4544) : quota d’un pays de niveau 2 et limite de l’exception LPP (non appliquée)',
    shortTitle: 'Plafonds de la diffusion de l’IA (2025)',
    covers: LOGIC_CHIPS,
    notControlledNote: 'Dans la limite de l’exception pour faible performance de traitement (LPP), soit une TPP de 26 900 000 par client et par an, et donc dans le quota de tout pays de niveau 2.',
    caveats: [
      'Le BIS a annoncé le 13\u00a0mai\u00a02025 qu’il n’appliquerait pas la règle et la remplacerait ; aucune abrogation n’avait été publiée à la mi-2026, et le GAO (B-337935, 12\u00a0mai\u00a02026) a estimé que l’annonce de non-application constituait elle-même une règle. Utilisez ces plafonds pour l’historique et la comparaison.',
      'Le quota de 790 000 000 en TPP n’a pas été trouvé dans le texte de la règle (il repose sur des rapports d’analystes, recoupés par le calcul) ; la limite LPP de 26 900 000 en TPP provient de SemiAnalysis. Le §\u00a0740.27(c) de la règle fixe bien un seuil de déclaration à une TPP cumulée de 253 000 000 par destinataire (lu dans une copie de l’eCFR), non évalué ici.',
      'Les plafonds comptent la TPP, pas les puces : les équivalents H100 selon la TPP divisent par 15 832 (une H100 à 1 979 TFLOPS denses × 8 bits), soit 49 899 pour le quota de 790 000 000 ; le chiffre de 49 901 souvent cité divise par la valeur non arrondie de 15 831,2.',
      'Un quota est cumulé de 2025 à 2027 pour un pays entier, et la limite LPP vaut par client et par année civile : comparer une seule expédition à ces plafonds en montre l’ordre de grandeur, pas si elle y trouve place à côté des autres.',
    ],
    items: {
      'tier-2-country-allocation': {
        title: 'TPP totale supérieure à 790 000 000 : quota d’un pays de niveau 2 pour 2025 à 2027',
        gloss: 'Le quota cumulé de chaque pays de niveau 2 pour 2025 à 2027 serait de 790 000 000 en TPP (environ 49 900 équivalents H100), doublé en cas d’accord d’État à État ; cette expédition le dépasse à elle seule.',
      },
      'lpp-limit': {
        title: 'TPP totale supérieure à 26 900 000 : limite de l’exception pour faible performance de traitement, par client et par an',
        gloss: 'L’exception de licence LPP autorisait jusqu’à 26 900 000 en TPP par client (destinataire final) et par année civile, hors groupe de pays D:5 et Macao, en dehors des quotas par pays ; cette expédition la dépasse à elle seule.',
      },
      'within-lpp': {
        title: 'Dans la limite de l’exception LPP',
        gloss: 'La TPP totale de l’expédition ne dépasse pas les 26 900 000 qu’un client pouvait recevoir par année civile au titre de l’exception de licence LPP (hors D:5 et Macao), sans imputation sur le quota du pays.',
      },
    },
    classifications: classificationsOf("over a tier-2 country's allocation", "over the LPP exception's limit"),
  },

  'bis-china-volume-cap-2026': {
    title: 'Règle de janvier 2026 (91 FR 1684) : expéditions vers la Chine et Macao plafonnées à 50 % des expéditions d’un produit vers les États-Unis',
    shortTitle: 'Plafond de volume pour la Chine (janv. 2026)',
    covers: LOGIC_CHIPS,
    notControlledNote: 'Dans la limite du plafond : les expéditions vers la Chine et Macao ne dépassent pas la moitié des expéditions du produit à des clients pour un usage final aux États-Unis.',
    caveats: [
      'La certification de 50 % est formulée d’après des sources secondaires (presse spécialisée) ; la phrase n’a pas été lue dans le texte de la règle.',
      'Le plafond porte sur le total des expéditions d’un produit vers la Chine et Macao : indiquez ce total comme nombre de puces (quantity), ainsi que les expéditions du produit aux utilisateurs finaux américains (usEndUseQuantity).',
      'C’est l’une des certifications qu’exige l’examen au cas par cas ; voir la réglementation sur l’examen des licences pour la Chine pour les autres.',
    ],
    items: {
      'over-half-of-us-shipments': {
        title: 'Expéditions vers la Chine et Macao supérieures à 50 % des expéditions vers les États-Unis',
        gloss: 'le total des expéditions des puces vers la Chine et Macao ne dépassera pas 50 % du total expédié à des clients pour un usage final aux États-Unis (certification de l’exportateur, telle que la formulent des sources secondaires) ; ici, le nombre de puces dépasse la moitié des expéditions vers les États-Unis indiquées',
      },
    },
    classifications: classificationsOf('over the 50% volume cap'),
  },

  'us-draft-scale-licensing-2026': {
    title: 'Projet de licences des exportations de puces d’IA selon leur ampleur, mars 2026 (retiré, jamais publié)',
    shortTitle: 'Projet de plafonds retiré (mars 2026)',
    covers: LOGIC_CHIPS,
    notControlledNote: 'Jusqu’à 1 000 équivalents GB300 : le projet prévoyait, selon la presse, un examen assez simple.',
    caveats: [
      'Le projet n’a jamais été publié : soumis à l’examen de l’OIRA (Office of Information and Regulatory Affairs) le 26\u00a0févr.\u00a02026, il a été retiré le 13\u00a0mars\u00a02026 ; ses seuils proviennent d’articles de presse (mars 2026).',
      '« GB300 or the equivalent » (GB300 ou l’équivalent) n’était pas défini dans ce qui a été rapporté. Le moteur compte les équivalents selon la TPP, un GPU GB300 valant 60 000 (15 PFLOPS denses en FP4 × 4 bits, la valeur de la B300 dans le catalogue) : c’est une hypothèse, pas celle du projet.',
      'L’emplacement exact des limites de la tranche intermédiaire (1 000 inclus, 200 000 exclu) n’a pas été rapporté au-delà de « up to 1,000 » (jusqu’à 1 000) et « more than 200,000 » (plus de 200 000).',
    ],
    items: {
      'over-200000-gb300': {
        title: 'Plus de 200 000 équivalents GB300 (TPP de 12 000 000 000)',
        gloss: 'Les grandes exportations de plus de 200 000 GB300 ou l’équivalent exigeraient probablement une implication du gouvernement du pays hôte et des investissements « de contrepartie » dans l’IA américaine (selon la presse) ; compté ici comme une TPP supérieure à 200 000 × 60 000',
      },
      'over-1000-gb300': {
        title: 'Plus de 1 000 équivalents GB300 (TPP de 60 000 000)',
        gloss: 'Les exportations de plus de 1 000 GB300 ou l’équivalent nécessiteraient un examen préalable plus poussé, assorti de conditions (selon la presse) ; compté ici comme une TPP supérieure à 1 000 × 60 000',
      },
    },
    classifications: classificationsOf('over 200,000 GB300-equivalents', 'over 1,000 GB300-equivalents'),
  },

  'us-bill-gain-ai-2025': {
    title: 'GAIN AI Act of 2025 (S. 3150) : « advanced integrated circuit » (circuit intégré avancé) (proposition de loi)',
    shortTitle: 'GAIN AI Act (proposition de loi)',
    covers: LOGIC_CHIPS,
    notControlledNote: 'Pas un « circuit intégré avancé » au sens des seuils de la proposition de loi (son premier critère, les biens classés sous 3A090 ou 4A090 ou fonctionnellement équivalents, n’est pas évalué séparément).',
    caveats: [
      'Une proposition de loi, pas une loi : elle a été écartée de la version finale de la loi d’autorisation de la défense nationale (NDAA) pour l’exercice 2026 (texte de conférence du 7\u00a0déc.\u00a02025) ; S. 3150 (6\u00a0nov.\u00a02025) et H.R. 5885 (31\u00a0oct.\u00a02025) sont en attente.',
      'Les critères de bande passante s’appliquent seuls, sans plancher de TPP (texte de la proposition tel que lu dans une copie de S. 3150). Les mêmes seuils de 1 400, 1 100 et 1 700\u00a0GB/s sont d’abord apparus dans l’avis d’Intel à ses clients d’avril 2025 (les lettres « is-informed »), et non dans une règle du BIS.',
      'H.R. 5885 et l’amendement à la NDAA (SA 3714) n’ont pas été vérifiés paragraphe par paragraphe.',
      BILL_DEFINITIONS,
    ],
    items: {
      ...BILL_TPP_PRONGS,
      'dram-1400': DRAM_1400,
      'interconnect-1100': INTERCONNECT_1100,
      'sum-1700': SUM_1700,
    },
    classifications: classificationsOf('advanced integrated circuit'),
  },

  'us-bill-safe-chips-2025': {
    title: 'SAFE Chips Act of 2025 (S. 3374) : « circuit intégré avancé », licences refusées pour les adversaires étrangers (proposition de loi)',
    shortTitle: 'SAFE Chips Act (proposition de loi)',
    covers: LOGIC_CHIPS,
    notControlledNote: 'Pas un « circuit intégré avancé » au sens des seuils de la proposition de loi (son premier critère, les biens classés sous 3A090 ou 4A090, n’est pas évalué séparément).',
    caveats: [
      'Une proposition de loi, pas une loi : déposée le 4\u00a0déc.\u00a02025 et renvoyée à la commission des affaires bancaires du Sénat ; aucune autre étape n’a été trouvée.',
      'Chaque critère s’applique seul (« or ») ; les seuils de bande passante sont plus élevés que ceux du GAIN AI Act pour la DRAM (4 100\u00a0GB/s) et pour la somme (5 000\u00a0GB/s). D’après les fiches techniques, la H20 (DRAM 4 000, NVLink 900, somme 4 900\u00a0GB/s ; TPP 2 368) reste juste en dessous de chaque critère.',
      'Le secrétaire au Commerce ne pourrait modifier les paramètres qu’à partir de 30 mois après la promulgation, après un vote à la majorité de l’End-User Review Committee (comité d’examen des utilisateurs finaux).',
      'Les pays adversaires étrangers sont ceux du 10 U.S.C. 4872(f)(2), plus Hong Kong et Macao.',
      BILL_DEFINITIONS,
    ],
    items: {
      ...BILL_TPP_PRONGS,
      'dram-4100': {
        title: 'Bande passante DRAM totale d’au moins 4 100\u00a0GB/s',
        gloss: 'une bande passante DRAM totale d’au moins 4 100\u00a0gigaoctets par seconde',
      },
      'interconnect-1100': INTERCONNECT_1100,
      'sum-5000': {
        title: 'Bande passante DRAM et d’interconnexion cumulée d’au moins 5 000\u00a0GB/s',
        gloss: 'une somme (combinaison) de la bande passante DRAM et de la bande passante d’interconnexion d’au moins 5 000\u00a0gigaoctets par seconde',
      },
      'not-for-datacenters': {
        title: 'Ni conçue ni commercialisée pour les centres de données',
        gloss: 'ne s’applique pas à un circuit intégré avancé, ni à un produit contenant un tel circuit, qui n’est pas conçu ou commercialisé pour les centres de données',
      },
    },
    classifications: classificationsOf('advanced integrated circuit (licence required; denied for foreign adversaries)'),
  },

  'us-bill-ai-overwatch-2026': {
    title: 'AI OVERWATCH Act (S. 4456 ; H.R. 6875) : circuits intégrés visés et restreints (proposition de loi)',
    shortTitle: 'AI OVERWATCH Act (proposition de loi)',
    covers: LOGIC_CHIPS,
    notControlledNote: 'Pas un « circuit intégré visé » (covered integrated circuit) au sens des seuils de la proposition de loi (son premier critère, les biens classés sous 3A090 ou 4A090 ou fonctionnellement équivalents, n’est pas évalué séparément).',
    caveats: [
      'Une proposition de loi, pas une loi. H.R. 6875 (déposée le 18\u00a0déc.\u00a02025) contient la liste des circuits intégrés visés, mais pas de catégorie restreinte ; S. 4456 (30\u00a0avr.\u00a02026) ajoute la catégorie restreinte. Le vote en commission sur H.R. 6875 est rapporté par la presse ; le texte modifié n’a pas été trouvé.',
      'La catégorie restreinte de S. 4456 englobe aussi les puces mises en vente pour la première fois après le 1er\u00a0janv.\u00a02026 qui remplissent les critères de type 3A090 (TPP ≥ 4 800 ; TPP ≥ 2 400 et PD ≥ 1,6 ; TPP ≥ 1 600 et PD ≥ 3,2) : ce point n’est pas évalué ici, car le moteur ne connaît que la date de première vente d’une puce aux États-Unis.',
      'Les licences de circuits intégrés visés à destination de pays préoccupants seraient soumises au Congrès pour un examen de 30 jours (60 jours entre le 10 juillet et le 7 septembre, selon S. 4456) ; les pays préoccupants comprennent la Chine (avec Hong Kong et Macao), Cuba, l’Iran, la Corée du Nord et la Russie.',
      'S. 4456 exclut aussi les processeurs (CPU) qui ne sont pas des GPU ou des produits similaires.',
      BILL_DEFINITIONS,
    ],
    items: {
      'restricted-tpp-21000': {
        title: 'TPP d’au moins 21 000',
        gloss: 'une performance de traitement totale d’au moins 21 000 (S. 4456 : les licences à destination d’une entité située dans un pays préoccupant ou dont le siège s’y trouve sont refusées)',
      },
      'restricted-tpp-1600-pd-21': {
        title: 'TPP d’au moins 1 600 et PD d’au moins 21',
        gloss: 'une performance de traitement totale d’au moins 1 600 et une densité de performance d’au moins 21 (S. 4456)',
      },
      ...BILL_TPP_PRONGS,
      'dram-1400': DRAM_1400,
      'interconnect-1100': INTERCONNECT_1100,
      'sum-1700': SUM_1700,
      'not-for-datacenters': {
        title: 'Ni conçue ni commercialisée pour les centres de données',
        gloss: 'n’inclut pas un circuit intégré visé, ni un produit contenant un tel circuit, qui n’est pas conçu ou commercialisé pour être utilisé dans des centres de données',
      },
    },
    classifications: classificationsOf('restricted integrated circuit', 'covered integrated circuit'),
  },

  'eu-ai-act-art51': {
    title: 'Règlement européen sur l’IA (AI Act) : modèles d’IA à usage général présentant un risque systémique (art. 51, paragraphe 2 : plus de 10²⁵ FLOP) et critère indicatif des lignes directrices de la Commission (plus de 10²³ FLOP)',
    shortTitle: 'AI Act (UE), art. 51',
    covers: TRAINING_RUNS,
    notControlledNote: 'Pas de présomption de capacités à fort impact au titre de l’article 51, paragraphe 2, et pas un modèle d’IA à usage général selon le critère indicatif des lignes directrices ; la Commission peut néanmoins désigner un modèle comme présentant un risque systémique (article 51, paragraphe 1, point b), et annexe XIII).',
    caveats: [
      'Le calcul compté est cumulé sur l’ensemble des phases d’entraînement du modèle (pré-entraînement, affinage et autres modifications) ; un modèle modifié y ajoute le calcul du modèle d’origine.',
      'L’article 51, paragraphe 2, vise les « modèles d’IA à usage général » : la présomption s’applique à un modèle qui en est un. Le seuil peut être modifié par acte délégué (article 51, paragraphe 3), et un fournisseur peut contester la présomption (article 52, paragraphe 2).',
      'Le critère de 10²³ FLOP des lignes directrices est indicatif, ce n’est pas un seuil juridique ; sa formulation provient ici de résumés secondaires (lignes directrices du 18\u00a0juill.\u00a02025, C(2025) 7719 du 19\u00a0nov.\u00a02025). Le projet soumis à consultation en avril 2025 retenait 10²².',
      'Le seuil du modificateur en aval (plus d’un tiers du calcul du modèle d’origine) est affiché lorsque le calcul du modèle d’origine est indiqué (baseModelFlop). Lorsqu’il est inconnu, les lignes directrices se rabattraient sur un tiers de 10²³ ou de 10²⁵ FLOP : ce cas n’est pas évalué ici.',
      'Les obligations relatives aux modèles d’IA à usage général s’appliquent à compter du 2\u00a0août\u00a02025.',
    ],
    items: {
      'art-51-2': {
        title: 'Calcul d’entraînement supérieur à 10²⁵ FLOP',
        gloss: 'Un modèle d’IA à usage général est présumé avoir des capacités à fort impact conformément au paragraphe 1, point a), lorsque la quantité cumulée de calcul utilisée pour son entraînement mesurée en opérations en virgule flottante est supérieure à 10²⁵.',
      },
      'gpai-indicative': {
        title: 'Calcul d’entraînement supérieur à 10²³ FLOP, et génération de texte, d’audio, d’images ou de vidéo',
        gloss: 'Les lignes directrices de la Commission retiennent comme critère indicatif d’un modèle d’IA à usage général un calcul d’entraînement supérieur à 10²³ FLOP et la capacité de générer du langage (texte ou audio), ou des images ou des vidéos à partir de texte (selon la formulation de sources secondaires).',
      },
      'notify-commission': {
        title: 'Informer la Commission dans les deux semaines (article 52, paragraphe 1)',
        gloss: 'Le fournisseur en informe la Commission sans tarder et, en tout état de cause, dans les deux semaines suivant le moment où la condition est remplie ou celui où il apparaît qu’elle le sera, donc aussi pour un entraînement prévu pour franchir le seuil (article 52, paragraphe 1). La présomption peut être contestée par des arguments (article 52, paragraphe 2).',
      },
      'downstream-provider': {
        title: 'L’auteur de la modification devient le fournisseur du modèle',
        gloss: 'La modification a utilisé plus d’un tiers du calcul d’entraînement du modèle d’origine : selon les lignes directrices de la Commission, son auteur devient le fournisseur du modèle d’IA à usage général modifié, avec les obligations qui incombent au fournisseur (selon la formulation des lignes directrices par des sources secondaires).',
      },
    },
    classifications: classificationsOf('general-purpose AI model with systemic risk (presumed)', 'general-purpose AI model (indicative criterion)'),
  },

  'ca-sb53': {
    title: 'Californie, SB 53, Transparency in Frontier Artificial Intelligence Act (loi sur la transparence de l’IA de pointe) : modèles de pointe entraînés avec plus de 10²⁶ opérations',
    shortTitle: 'Californie, SB 53',
    covers: TRAINING_RUNS,
    notControlledNote: 'Pas un modèle de pointe (frontier model) au sens de SB 53 : entraîné avec 10²⁶ opérations sur entiers ou en virgule flottante ou moins, affinage, apprentissage par renforcement et autres modifications substantielles compris.',
    caveats: [
      'Les définitions (10²⁶ opérations, affinage et autres modifications compris ; 500 millions de dollars de chiffre d’affaires) sont citées par des résumés de cabinets d’avocats ; la section des définitions de la loi n’a pas été lue. La note de la section codifiée donne la date d’entrée en vigueur, le 1er\u00a0janv.\u00a02026 ; un article de cabinet d’avocats indique le 1er\u00a0janv.\u00a02027, ce qui semble la confondre avec la date du premier réexamen.',
      'Un « frontier model » (modèle de pointe) est un modèle de fondation : entraîné sur des données étendues, à usage général dans ses sorties, adaptable à de nombreuses tâches.',
      DEVELOPER_REVENUE,
    ],
    items: {
      'frontier-model': {
        title: 'Entraîné avec plus de 10²⁶ opérations',
        gloss: 'Un modèle de fondation entraîné avec une puissance de calcul supérieure à 10²⁶ opérations sur entiers ou en virgule flottante, y compris l’entraînement initial et l’affinage, l’apprentissage par renforcement ou les autres modifications substantielles qui l’ont suivi.',
      },
      'large-frontier-developer': {
        title: 'Grand développeur de modèles de pointe (chiffre d’affaires supérieur à 500 millions de dollars)',
        gloss: 'Un grand développeur de modèles de pointe (chiffre d’affaires annuel brut, sociétés affiliées comprises, supérieur à 500 millions de dollars au cours de l’année civile précédente) doit publier un cadre d’IA de pointe, publier des rapports de transparence lorsqu’il déploie un modèle de pointe, transmettre des synthèses de ses évaluations des risques catastrophiques à l’Office of Emergency Services (service des situations d’urgence de Californie) et signaler les incidents de sécurité critiques.',
      },
      'frontier-developer': {
        title: 'Développeur de modèles de pointe (chiffre d’affaires de 500 millions de dollars ou moins)',
        gloss: 'Un développeur de modèles de pointe qui n’est pas un grand développeur doit publier un rapport de transparence lorsqu’il déploie un modèle de pointe et signaler les incidents de sécurité critiques.',
      },
    },
    classifications: classificationsOf('frontier model'),
  },

  'ny-raise': {
    title: 'État de New York, RAISE Act (General Business Law, article 44-B, modifié en mars 2026) : modèles de pointe entraînés avec plus de 10²⁶ opérations',
    shortTitle: 'New York, RAISE Act',
    covers: TRAINING_RUNS,
    notControlledNote: 'Pas un modèle de pointe au sens du RAISE Act modifié : entraîné avec 10²⁶ opérations sur entiers ou en virgule flottante ou moins, affinage et autres modifications compris.',
    caveats: [
      'Promulgué le 19\u00a0déc.\u00a02025 avec des amendements convenus (chapter amendments), eux-mêmes promulgués le 27\u00a0mars\u00a02026 (S8828) ; la loi entre en vigueur le 1er\u00a0janv.\u00a02027.',
      'Le texte promulgué en décembre 2025 (S6953-B) définissait un modèle de pointe comme entraîné avec plus de 10²⁶ opérations pour un coût de calcul supérieur à 100 millions de dollars, ou distillé à partir d’un tel modèle pour un coût de calcul supérieur à 5 millions de dollars (cité d’après le texte de la proposition publié par le Sénat). L’amendement a remplacé ces définitions pour les aligner sur la loi SB 53 de Californie, comme le montrent les nouvelles définitions du §\u00a01420 consolidé officiel et des résumés secondaires ; le paragraphe modifié sur les modèles de pointe n’ayant pas été lu mot pour mot, les critères de coût ne sont pas appliqués ici.',
      DEVELOPER_REVENUE,
    ],
    items: {
      'frontier-model': {
        title: 'Entraîné avec plus de 10²⁶ opérations',
        gloss: 'Un modèle de fondation entraîné avec plus de 10²⁶ opérations sur entiers ou en virgule flottante, en comptant l’entraînement initial et tout affinage ou autre modification ultérieurs (définition modifiée par S8828, d’après des résumés secondaires).',
      },
      'large-frontier-developer': {
        title: 'Grand développeur de modèles de pointe (chiffre d’affaires supérieur à 500 millions de dollars)',
        gloss: 'Un grand développeur de modèles de pointe (chiffre d’affaires annuel brut, sociétés affiliées comprises, supérieur à 500 millions de dollars au cours de l’année civile précédente) doit publier un cadre d’IA de pointe, déposer tous les deux ans une déclaration auprès du nouveau bureau du Department of Financial Services (département des services financiers de l’État) et signaler les incidents de sécurité critiques dans les 72 heures.',
      },
      'frontier-developer': {
        title: 'Développeur de modèles de pointe (chiffre d’affaires de 500 millions de dollars ou moins)',
        gloss: 'Un développeur de modèles de pointe qui n’est pas un grand développeur doit signaler les incidents de sécurité critiques dans les 72 heures.',
      },
    },
    classifications: classificationsOf('frontier model'),
  },

  'us-eo-14110': {
    title: 'Décret présidentiel (Executive Order) 14110, §\u00a04.2(b) : seuils de déclaration pour les modèles (plus de 10²⁶ opérations ; 10²³ sur des données de séquences biologiques) et les grappes de calcul (10²⁰ opérations par seconde), abrogé',
    shortTitle: 'Décret 14110 (abrogé)',
    covers: TRAINING_RUNS,
    notControlledNote: 'Sous tous les seuils de déclaration du §\u00a04.2(b) du décret.',
    caveats: [
      'Abrogé le 20\u00a0janv.\u00a02025 par le décret 14148 (certaines sources citent à tort le décret 14179) ; conservé pour l’historique et la comparaison.',
      'Le seuil des grappes n’indique aucun comparateur (« having a theoretical maximum computing capacity of 10²⁰ », ayant une capacité de calcul maximale théorique de 10²⁰) : il est lu ici comme 10²⁰ ou plus. Son seuil de réseau est « over 100 Gbit/s » (plus de 100\u00a0Gbit/s).',
      'Le maximum théorique de la grappe est pris égal au nombre de puces × la valeur par puce indiquée (à la précision d’entraînement indiquée) ; une valeur dense à une autre précision, ou une valeur avec sparsité, serait plus élevée. Un entraînement décrit seulement par les paramètres du modèle ou par un total saisi n’est pas évalué au regard du seuil des grappes.',
      'Le libellé du décret est cité d’après des copies de son texte ; la page du Federal Register n’a pas été consultée ici.',
    ],
    items: {
      'model-10-26': {
        title: 'Entraîné avec plus de 10²⁶ opérations',
        gloss: 'tout modèle entraîné avec une puissance de calcul supérieure à 10²⁶ opérations sur entiers ou en virgule flottante',
      },
      'bio-10-23': {
        title: 'Entraîné principalement sur des données de séquences biologiques avec plus de 10²³ opérations',
        gloss: 'ou utilisant principalement des données de séquences biologiques et une puissance de calcul supérieure à 10²³ opérations sur entiers ou en virgule flottante',
      },
      'cluster-10-20': {
        title: 'Une grappe de 10²⁰ opérations par seconde dans un seul centre de données, en réseau à plus de 100\u00a0Gbit/s',
        gloss: 'toute grappe de calcul constituée d’un ensemble de machines physiquement regroupées dans un seul centre de données, reliées de proche en proche par un réseau de centre de données de plus de 100\u00a0Gbit/s, et ayant une capacité de calcul maximale théorique de 10²⁰ opérations sur entiers ou en virgule flottante par seconde pour l’entraînement de l’IA',
      },
    },
    classifications: classificationsOf('reportable model', 'reportable computing cluster'),
  },
};
