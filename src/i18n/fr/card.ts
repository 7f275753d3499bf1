/**
 * French, the card's part: every string the answer card, the picker and the rule-set selector
 * show, and, through `engine`, the engine's words (engine.ts). Typography as in engine.ts:
 * a narrow no-break space (U+202F) before ; : ! ? and inside « ».
 */
import type { InputName } from '../../core/metrics/registry.js';
import type { RuleSetStatus } from '../../core/rules/types.js';
import type { CardMessages } from '../messages.js';
import { WORDS as engine, classificationWords, integer, plural, pluralOf } from './engine.js';

export const CARD = {
  lang: 'fr',
  engine,

  title: 'Contrôle des exportations des puces d’IA : vérification',

  /** The label of the region that lists notices about what the page or a link gave the widget. */
  noticesLabel: 'Avis',

  picker: {
    label: 'Puce',
    placeholder: 'Rechercher par fabricant, nom ou année',
    help: 'Choisissez une puce connue, ou « Puce personnalisée » pour saisir ses caractéristiques.',
    listLabel: 'Puces',
    custom: 'Puce personnalisée (saisir les valeurs)',
    option: (vendor: string, name: string, year: number) => `${vendor} ${name} (${year})`,
    matches: (count: number) => (count === 0 ? 'Aucune puce ne correspond.' : `${integer(count)} ${plural(count, 'puce correspond', 'puces correspondent')}.`),
    notChosen: (text: string) => `Aucune puce ne s’appelle « ${text} » : rien n’a été sélectionné.`,
    edited: 'Les valeurs ont été modifiées : ce ne sont plus celles du catalogue.',
    reset: 'Revenir aux valeurs du catalogue',
  },

  ruleSet: {
    label: 'Règles',
    option: (title: string) => title,
    whatIf: 'Hypothèses : propositions de loi et projets',
    summary: (effective: string, status: string, document: string) => `${document} · applicable à compter du ${effective} · ${status}`,
    customTitle: (title: string) => `${title} (seuils personnalisés)`,
  },

  card: {
    invite: 'Choisissez une puce ou saisissez ses caractéristiques',
    inviteHelp: 'Le verdict, la TPP et la densité de performance s’affichent ici dès qu’une valeur permet le calcul.',
    under: (ruleSet: string) => `selon ${ruleSet}`,
    controlled: (classification: string) => `Contrôlée : ${classificationWords(classification)}`,
    notControlled: 'Non contrôlée',
    undecided: 'Pas encore de réponse',
    excludedBy: (note: string) => `Exclue du contrôle : ${note}.`,
    outOfScope: 'Hors du champ de cette réglementation.',
    clauses: (labels: string[]) => `${plural(labels.length, 'Paragraphe satisfait', 'Paragraphes satisfaits')} : ${engine.and(labels)}.`,
    needs: (inputs: string) => `Pour trancher, indiquez ${inputs}.`,
    possible: (classifications: string) => `Elle pourrait relever de ${classifications}.`,
    /** What would decide an open answer, then what it could be. */
    needsAndPossible(inputs: string, classifications: string): string {
      return `${this.needs(inputs)} ${this.possible(classifications)}`;
    },
    stale: 'Réponse périmée : les valeurs contiennent une erreur. Voici la réponse pour les dernières valeurs valides.',
    fixField: (field: string) => `Corriger : ${field}`,
    tpp: 'TPP',
    pd: 'PD',
    mbd: 'Densité de bande passante mémoire',
    tppFormula: (dense: string, bits: string, format: string) => `= ${dense} × ${bits} bits (${format})`,
    tppUnits: (count: number) => `= somme sur ${integer(count)} unités de traitement`,
    pdFormula: (tpp: string, area: string) => `= ${tpp} ÷ ${area}\u00a0mm²`,
    mbdFormula: (bandwidth: string, area: string) => `= ${bandwidth}\u00a0GB/s ÷ ${area}\u00a0mm²`,
    unknown: 'inconnue',
    pdGap: {
      'no-throughput': 'inconnue tant qu’aucune valeur de débit de calcul n’est indiquée',
      'no-die-area': 'inconnue : surface de die non indiquée',
      'no-non-planar-die': 'sans objet : aucun die n’est non planaire',
    } as Record<string, string>,
    nearest: 'Seuil le plus proche :',
    shortOf: (amount: string, threshold: string, label: string) => `${amount} sous le seuil de ${threshold} (${label})`,
    over: (amount: string, threshold: string, label: string) => `${amount} au-dessus du seuil de ${threshold} (${label})`,
    atLine: (threshold: string, label: string) => `exactement au seuil de ${threshold} (${label})`,
    nearestLine: (metric: string, where: string, effect: string) => `${metric} : ${where} ; ${effect}.`,
    wouldMake: (after: string) => `l’atteindre la rendrait ${after}`,
    wouldMakeBelow: (after: string) => `la moindre baisse la rendrait ${after}`,
    wouldMakeAbove: (after: string) => `la moindre hausse la rendrait ${after}`,
    otherOutcome: (after: string, gained: string) => `${after}, avec : ${gained}`,
    noLine: 'Aucune modification d’une seule valeur ne change cette réponse.',
    market: (toDatacenter: boolean, after: string) => (toDatacenter
      ? `Si elle était conçue ou commercialisée pour les centres de données, elle serait ${after}.`
      : `Si elle n’était pas destinée aux centres de données, elle serait ${after}.`),
    overlaysLabel: 'Autres règles',
    overlay: (title: string) => `${title} :`,
    overlayUndecided: (inputs: string) => `à trancher selon ${inputs}`,
    inputShort: {
      quantity: 'le nombre de puces',
      destinationCountry: 'la destination',
      buyerHeadquartersCountry: 'le siège de l’acheteur',
      shipFromCountry: 'le pays d’expédition',
      tariffExemption: 'l’usage aux États-Unis',
      usEndUseQuantity: 'les expéditions vers les États-Unis',
    } as Partial<Record<InputName, string>>,
    overlayClassifiedOpen: (classification: string, inputs: string) => `${classificationWords(classification)} ; à trancher selon ${inputs}`,
    overlaysNotCovered: (titles: string) => `Sans objet : ${titles}`,
    fleet: 'Total',
    fleetFormula: (quantity: string, tpp: string) => `TPP = ${quantity} ${pluralOf(quantity, 'puce', 'puces')} × ${tpp}`,
    h100Differ: (format: string, bits: string) => `Les deux décomptes diffèrent : la TPP prend le débit ${format} × ${bits} bits, le format qui donne le plus ; le décompte 8 bits prend le débit en 8 bits.`,
    h100Equivalents: (byTpp: string, by8Bit: string | null) => (by8Bit === null
      ? `${byTpp} ${pluralOf(byTpp, 'équivalent', 'équivalents')} H100 selon la TPP.`
      : `${byTpp} ${pluralOf(byTpp, 'équivalent', 'équivalents')} H100 selon la TPP, ${by8Bit} selon les opérations sur 8 bits.`),
    showWorking: 'Afficher le détail du calcul',
    hideWorking: 'Masquer le détail du calcul',
    citation: (document: string, effective: string) => `${document}, applicable à compter du ${effective}`,
    notLegalAdvice: 'Ne constitue pas un conseil juridique.',
    status: (status: string) => `(${status})`,
  },

  print: {
    checked: (date: string) => `Vérifié le ${date} avec compute-threshold-calculator.`,
    figure: (n: number, format: string, value: string, unit: string, sparse: boolean) => `Valeur ${n} : ${format} ${value} ${unit}${sparse ? ' (avec sparsité)' : ''}`,
    die: (n: number, area: string, planar: boolean) => `Die ${n} : ${area}\u00a0mm²${planar ? ' (planaire)' : ''}`,
    dram: (value: string) => `Bande passante DRAM : ${value}\u00a0GB/s`,
    interconnect: (value: string) => `Interconnexion puce à puce : ${value}\u00a0GB/s`,
    hbm: (bandwidth: string, area: string) => `Pile HBM : ${bandwidth}\u00a0GB/s, ${area}\u00a0mm²`,
    inputList: (items: string[]) => `Données : ${items.join(' ; ')}.`,
    fromCatalog: (name: string, id: string) => `Valeurs de la puce ${name} issues du catalogue du calculateur (« ${id} »), où chacune est accompagnée de sa source, de sa date de consultation et de son degré de confiance.`,
    editedCatalog: (name: string, id: string) => `Valeurs de la puce ${name} issues du catalogue du calculateur (« ${id} »), modifiées à la main.`,
    typed: 'Valeurs saisies à la main ou fournies par la page.',
    market: (datacenter: boolean | null) => (datacenter === null ? 'Marché : non indiqué'
      : datacenter ? 'Conçue ou commercialisée pour les centres de données' : 'Non destinée aux centres de données'),
    available: (date: string) => `Première vente aux États-Unis le ${date}`,
    neverAvailable: 'Jamais vendue aux États-Unis',
    workingFolded: 'Ouvrez « Afficher le détail du calcul » avant d’imprimer pour inclure le tableau paragraphe par paragraphe.',
  },

  working: {
    heading: 'Le détail du calcul',
    why: (count: number) => `Pourquoi, étape par étape (${count})`,
    check: 'À vérifier',
    caveats: (count: number) => `Réserves sur cette réglementation (${count})`,
    source: 'Texte source',
    citation: (document: string, published: string, effective: string, status: string) => `${document}, publié le ${published}, applicable à compter du ${effective} ; ${status}.`,
    sources: 'Sources consultées',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
    loading: 'Chargement…',
    notLegalAdvice: 'Ne constitue pas un conseil juridique. Vérifiez le texte officiel et votre propre situation avant de vous y fier.',
  },

  status: engine.status as Record<RuleSetStatus, string>,

  views: {
    label: 'Vues',
    names: { calculator: 'Calculateur', compare: 'Comparer', catalog: 'Catalogue' } as Record<string, string>,
  },

  brief: {
    controlled: (classification: string) => `Contrôlée : ${classificationWords(classification)}`,
    notControlled: 'Non contrôlée',
    undecided: 'Indéterminée',
    invalid: 'Évaluation impossible',
    excluded: (note: string) => `${note} s’applique`,
    needs: (inputs: string) => `À préciser : ${inputs}`,
    errors: (count: number) => `${integer(count)} ${plural(count, 'champ à corriger', 'champs à corriger')}`,
    details: (items: string[]) => items.join(' ; '),
    withDetails: (verdict: string, details: string) => `${verdict} : ${details}`,
  },
} satisfies CardMessages;
