/**
 * The built-in rule sets' words in French, by rule set id: titles, scope, note, caveats (same
 * number and order as the rule set's), and each item's title, with a gloss of its quoted legal text
 * (the quote stays in English, as published; the gloss is shown after it). Clause ids stay as they
 * are. Terms: see docs/glossary/fr.md.
 */
import type { RuleSetTranslation } from '../../core/rules/types.js';

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
    classifications: { 'licence required (reported)': 'licence requise, selon la presse' },
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
      'L’examen au cas par cas ne concerne que les exportations depuis les États-Unis ; les réexportations, les exportations depuis l’étranger et les transferts à l’intérieur de la Chine ou de Macao, ainsi que les entités dont le siège se trouve dans le groupe de pays D:5 ou à Macao, restent soumis à la présomption de refus.',
    ],
    items: {
      ...ITEMS_2023,
      'case-by-case': {
        title: 'Examen au cas par cas pour la Chine et Macao',
        gloss: 'Les demandes de licence pour des exportations depuis les États-Unis vers la Chine ou Macao sont examinées au cas par cas : la puce a une TPP inférieure à 21 000 et une bande passante DRAM totale inférieure à 6 500\u00a0GB/s, et elle était disponible dans le commerce aux États-Unis lors de la publication de la règle (15\u00a0janvier\u00a02026) ; l’exportateur doit en outre certifier un approvisionnement américain suffisant, l’absence de détournement de capacité de fonderie, les procédures de sécurité du destinataire et des tests indépendants par un tiers aux États-Unis.',
      },
      'presumption-of-denial': {
        title: 'Présomption de refus pour la Chine et Macao',
        gloss: 'Les demandes de licence pour la Chine ou Macao restent soumises à la présomption de refus : la puce est un bien relevant de 3A090.a conçu ou commercialisé pour les centres de données avec une TPP d’au moins 21 000, ou une bande passante DRAM totale d’au moins 6 500\u00a0GB/s, ou elle n’était pas disponible dans le commerce aux États-Unis lors de la publication de la règle (15\u00a0janvier\u00a02026).',
      },
      'presumption-of-denial-baseline': {
        title: 'Présomption de refus pour la Chine et Macao (régime de base rapporté)',
        gloss: 'Pour les biens relevant de 3A090.b et les biens relevant de 3A090.a non conçus ni commercialisés pour les centres de données que la politique de janvier 2026 ne couvre pas, des sources secondaires décrivent la politique d’examen des licences pour la Chine et Macao comme une présomption de refus ; le texte de la règle consulté pour ce widget ne le dit pas pour ces biens.',
      },
    },
  },
};
