/**
 * French, the training-run view's part (issue 16): its card (the verdict for a training run, its
 * compute and formula, the nearest line and the days to it, the other rules' one-line answers), the
 * form by route, and the table of every line, as src/i18n/en/training.ts words them in English.
 * Typography as in engine.ts: a narrow no-break space (U+202F) before ; : ! ? % and inside « ».
 * "Training run" is "entraînement" (du modèle); "cluster" is "grappe (de calcul)"; "tokens" are
 * "jetons", as in the French text of the EU AI Act (annex XIII). Terms: docs/glossary/fr.md.
 */
import type { WorkingMessages } from '../messages.js';
import { and, plural, pluralOf } from './engine.js';

const sum = (items: readonly string[]) => items.join(' + ');

/** "1 jour", "29,24 jours": a number of days already written out. */
const days = (shown: string) => `${shown} ${pluralOf(shown, 'jour', 'jours')}`;
/** "1 puce", "10 000 puces". */
const chips = (shown: string) => `${shown} ${pluralOf(shown, 'puce', 'puces')}`;

export const TRAINING = {
  tab: 'Entraînement',
  heading: 'Entraînement d’un modèle',
  intro: 'Le calcul d’entraînement d’un modèle, comparé aux seuils que fixent les lois sur l’IA.',
  examples: 'Exemples :',
  exampleLlama: 'Llama 3 405B (6 × 405e9 paramètres × 15,6e12 jetons)',
  exampleCluster: '10 000 H100 à 40 % pendant 90 jours',

  invite: 'Indiquez le calcul de l’entraînement',
  inviteHelp: 'Saisissez la grappe, les paramètres et les jetons du modèle, ou le total en FLOP sous « Afficher le détail du calcul », ou choisissez un exemple.',
  crossed: (classification: string) => `Seuil franchi : ${classification}`,
  notCrossed: 'Sous tous les seuils',
  undecided: 'Pas encore de réponse',
  under: (ruleSet: string) => `selon ${ruleSet}`,
  linesMet: (labels: string[]) => `${plural(labels.length, 'Seuil franchi', 'Seuils franchis')} : ${and(labels)}.`,
  consequences: (items: string[]) => `Conséquences : ${items.join(' ; ')}.`,
  needs: (inputs: string) => `Pour trancher, indiquez ${inputs}.`,
  outOfScope: 'Cette réglementation ne couvre pas les entraînements de modèles.',

  compute: 'Calcul d’entraînement',
  thisRun: 'Cet entraînement',
  rate: 'Débit de la grappe',
  flop: (value: string) => `${value} FLOP`,
  flopPerSecond: (value: string) => `${value} FLOP/s`,
  computeUnknown: 'inconnu tant que la durée de l’entraînement n’est pas indiquée',
  noRoute: 'inconnu : indiquez la grappe, le modèle ou le total',
  formulaModel: (parameters: string, tokens: string, active: boolean) => `= 6 × ${parameters} ${active ? 'paramètres actifs' : 'paramètres'} × ${tokens} jetons`,
  formulaCluster: (count: string, rate: string, format: string | null, utilization: string, duration: string) =>
    `= ${chips(count)} × ${rate} TFLOP/s (${format ? `${format} ` : ''}dense) × ${utilization} d’utilisation × ${days(duration)}`,
  formulaRate: (count: string, rate: string, format: string | null, utilization: string) =>
    `= ${chips(count)} × ${rate} TFLOP/s (${format ? `${format} ` : ''}dense) × ${utilization} d’utilisation`,
  formulaTotal: 'tel qu’indiqué',
  formulaCumulative: (run: string, fineTuning: string | null, base: string | null) =>
    `= ${sum([...(base ? [`modèle d’origine ${base}`] : []), `cet entraînement ${run}`, ...(fineTuning ? [`affinage ${fineTuning}`] : [])])}`,
  percent: (value: string) => `${value} %`,

  nearest: 'Seuil le plus proche :',
  shortOf: (amount: string, threshold: string, label: string, shownDays: string | null) =>
    `${amount} sous le seuil de ${threshold} (${label})${shownDays === null ? '' : ` ; à ce rythme, l’entraînement l’atteint après ${days(shownDays)}`}.`,
  over: (amount: string, threshold: string, label: string, shownDays: string | null) =>
    `${amount} au-dessus du seuil de ${threshold} (${label})${shownDays === null ? '' : ` ; l’entraînement l’a atteint après ${days(shownDays)}`}.`,
  atLine: (threshold: string, label: string) => `Exactement au seuil de ${threshold} (${label}).`,
  noLine: 'Aucune modification du seul calcul d’entraînement ne change cette réponse.',
  daysToLines: 'Jours d’entraînement avant chaque seuil :',
  reaches: (threshold: string, label: string, shownDays: string) => `${threshold} (${label}) au bout de ${days(shownDays)}`,

  othersLabel: 'Autres règles sur le calcul d’entraînement',
  otherCrossed: (title: string, classification: string) => `${title} : seuil franchi (${classification})`,
  otherNotCrossed: (title: string) => `${title} : aucun seuil franchi`,
  otherDepends: (title: string, inputs: string) => `${title} : à trancher selon ${inputs}`,

  formHeading: 'Les caractéristiques de l’entraînement',
  routeLegend: 'Calcul d’entraînement, d’après',
  route: {
    cluster: 'la grappe : puces × débit par puce × taux d’utilisation × jours',
    model: 'le modèle : 6 × paramètres × jetons',
    total: 'le total, saisi directement',
  } as Record<string, string>,
  placeholder: { flop: 'p.\u00a0ex. 3,79e25', parameters: 'p.\u00a0ex. 405e9', tokens: 'p.\u00a0ex. 15,6e12' } as Record<string, string>,
  numbersHelp: 'Les nombres comme vous les écrivez : 405e9, 3,79e25, 3,79 × 10^25, 1 979,5 ou 1979.5.',
  chips: 'Nombre de puces',
  perChipLegend: 'Débit de crête par puce',
  perChipHelp: 'Une valeur de la fiche technique à la précision de l’entraînement ; une valeur avec sparsité est divisée par deux.',
  perChipSourceLegend: 'Origine de la valeur',
  perChipSource: { catalog: 'Le catalogue des puces', typed: 'Saisie ici' } as Record<string, string>,
  catalogChip: 'Puce',
  precision: 'Précision',
  precisionOption: (format: string, value: string, unit: string, sparse: boolean, dense: string) =>
    (sparse ? `${format} : ${value} ${unit} avec sparsité (${dense} en dense)` : `${format} : ${value} ${unit}`),
  format: 'Format (facultatif)',
  value: 'Valeur',
  unit: 'Unité',
  sparse: 'Sparsité',
  utilization: 'Taux d’utilisation (%)',
  utilizationHelp: 'La part de la crête atteinte en moyenne (taux d’utilisation des FLOP du modèle, ou MFU), p.\u00a0ex. 40.',
  days: 'Durée (jours)',
  daysHelp: 'Laissez vide pour voir au bout de combien de jours d’entraînement chaque seuil est atteint.',
  network: 'Réseau (Gbit/s)',
  singleDatacenter: 'Dans un seul centre de données',
  clusterLineLegend: 'Le seuil du décret 14110 sur les grappes de calcul',
  clusterLineHelp: 'Seul le seuil de ce décret abrogé sur les grappes (10²⁰ opérations par seconde, réseau de plus de 100\u00a0Gbit/s) utilise ces valeurs.',
  parameters: 'Paramètres',
  activeParameters: 'Paramètres actifs (mélange d’experts)',
  activeHelp: 'Utilisés à la place des paramètres lorsqu’ils sont indiqués.',
  tokens: 'Jetons d’entraînement',
  totalFlop: 'Calcul d’entraînement total (FLOP)',
  addedLegend: 'À y ajouter',
  fineTuning: 'Affinage et apprentissage par renforcement (FLOP)',
  fineTuningHelp: 'Le calcul effectué après l’entraînement ; SB 53 et RAISE le comptent, et l’UE compte le calcul cumulé.',
  baseModel: 'Calcul du modèle d’origine (FLOP)',
  baseModelHelp: 'Si cet entraînement modifie un modèle existant : le calcul du modèle modifié est la somme des deux.',
  modifier: (modification: string, base: string, over: boolean | null) => (over === null
    ? `La modification a utilisé ${modification}, à comparer avec un tiers des ${base} du modèle d’origine : c’est le seuil des lignes directrices de l’UE pour un modificateur en aval.`
    : over
      ? `La modification a utilisé ${modification}, soit plus d’un tiers des ${base} du modèle d’origine : selon les lignes directrices de l’UE, son auteur devient le fournisseur du modèle modifié.`
      : `La modification a utilisé ${modification}, soit pas plus d’un tiers des ${base} du modèle d’origine : selon les lignes directrices de l’UE, le fournisseur d’origine reste le fournisseur.`),
  factsLegend: 'Le développeur et le modèle',
  revenue: 'Chiffre d’affaires annuel du développeur (en dollars US)',
  revenueHelp: 'Sociétés affiliées comprises, pour l’année civile précédente : SB 53 et RAISE qualifient de grand un développeur dont le chiffre d’affaires dépasse 500 millions de dollars.',
  biological: 'Entraîné principalement sur des données de séquences biologiques',
  generates: 'Génère du texte, de l’audio, des images ou de la vidéo',
  tristate: { '': 'Non indiqué', yes: 'Oui', no: 'Non' } as Record<string, string>,
  errors: {
    'not-integer': 'Saisissez un nombre entier.',
    'above-maximum': 'La valeur ne doit pas dépasser 100 %.',
  } as Partial<Record<string, string>>,

  linesCaption: (ruleSet: string) => `Tous les seuils de ${ruleSet}`,
  columns: { line: 'Seuil', needs: 'Exigence', value: 'Valeur', crossed: 'Franchi', distance: 'Écart', days: 'Jours pour l’atteindre' } as Record<string, string>,
  daysValue: (shownDays: string) => days(shownDays),
  shortBy: (amount: string) => `${amount} en dessous`,
  overBy: (amount: string) => `${amount} au-dessus`,
  onLine: 'sur le seuil',
  noLines: 'Cette réglementation ne fixe aucun seuil chiffré.',
} satisfies WorkingMessages['training'];
