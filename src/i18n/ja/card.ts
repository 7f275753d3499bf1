/**
 * 日本語（ja）, the card's part: every string the answer card, the picker and the rule-set
 * selector show, and, through `engine`, the engine's words. Terms: docs/glossary/ja.md.
 */
import type { InputName } from '../../core/metrics/registry.js';
import type { RuleSetStatus } from '../../core/rules/types.js';
import type { CardMessages } from '../messages.js';
import { WORDS as engine } from './engine.js';

export const CARD = {
  lang: 'ja',
  engine,

  title: 'AI半導体の輸出管理チェック',

  /** The label of the region that lists notices about what the page or a link gave the widget. */
  noticesLabel: 'お知らせ',

  picker: {
    label: 'チップ',
    placeholder: 'メーカー名、製品名、発表年で検索',
    help: '既知のチップを選ぶか、「カスタムチップ」を選んで数値を入力してください。',
    listLabel: 'チップ一覧',
    custom: 'カスタムチップ（数値を入力）',
    option: (vendor: string, name: string, year: number) => `${vendor} ${name}（${year}年）`,
    matches: (count: number) => (count === 0 ? '該当するチップはありません。' : `${count}件のチップが該当します。`),
    notChosen: (text: string) => `「${text}」という名前のチップはありません。何も選択されていません。`,
    edited: '数値が編集されています。カタログの数値ではありません。',
    reset: 'カタログの数値に戻す',
  },

  ruleSet: {
    label: '規則',
    option: (title: string) => title,
    /** The group of bills, withdrawn drafts and hypothetical rule sets in the selector. */
    whatIf: '仮定の検討：法案と草案',
    summary: (effective: string, status: string, document: string) => `${document}（${effective}施行）：${status}`,
    customTitle: (title: string) => `${title}（しきい値を編集）`,
  },

  card: {
    invite: 'チップを選ぶか、数値を入力してください',
    inviteHelp: '計算に使える数値が入力されると、ここに判定、TPPと性能密度が表示されます。',
    under: (ruleSet: string) => `${ruleSet}による判定`,
    controlled: (classification: string) => `規制対象：${classification}`,
    notControlled: '規制対象外',
    undecided: 'まだ判定できません',
    excludedBy: (note: string) => `${note}により対象外です。`,
    outOfScope: 'このルールセットの対象外の品目です。',
    clauses: (labels: string[]) => `該当する項：${labels.join('、')}。`,
    needs: (inputs: string) => `判定するには、${inputs}を入力してください。`,
    possible: (classifications: string) => `${classifications}に該当する可能性があります。`,
    /** What would decide an open answer, then what it could be. */
    needsAndPossible(inputs: string, classifications: string): string {
      return `${this.needs(inputs)}${this.possible(classifications)}`;
    },
    stale: '古い結果です。数値にエラーがあるため、最後に有効だった数値での判定を表示しています。',
    fixField: (field: string) => `${field}を修正`,
    tpp: 'TPP',
    pd: 'PD',
    mbd: 'メモリ帯域幅密度',
    tppFormula: (dense: string, bits: string, format: string) => `= ${dense} × ${bits}ビット（${format}）`,
    tppUnits: (count: number) => `= ${count}個の処理ユニットの合計`,
    pdFormula: (tpp: string, area: string) => `= ${tpp} ÷ ${area} mm²`,
    mbdFormula: (bandwidth: string, area: string) => `= ${bandwidth} GB/s ÷ ${area} mm²`,
    unknown: '不明',
    pdGap: { 'no-throughput': 'スループットの数値が入力されるまで不明', 'no-die-area': '不明（ダイ面積が未入力）', 'no-non-planar-die': 'なし（非平面型のダイがない）' } as Record<string, string>,
    nearest: '最も近い境界：',
    shortOf: (amount: string, threshold: string, label: string) => `${threshold}（${label}）まであと${amount}`,
    over: (amount: string, threshold: string, label: string) => `${threshold}（${label}）を${amount}超過`,
    atLine: (threshold: string, label: string) => `ちょうど${threshold}（${label}）`,
    nearestLine: (metric: string, where: string, effect: string) => `${metric}は${where}です。${effect}。`,
    wouldMake: (after: string) => `到達すると${after}になります`,
    wouldMakeBelow: (after: string) => `少しでも下回ると${after}になります`,
    wouldMakeAbove: (after: string) => `少しでも上回ると${after}になります`,
    otherOutcome: (after: string, gained: string) => `${after}（帰結：${gained}）`,
    noLine: '数値を1つ変えるだけでは、この判定は変わりません。',
    market: (toDatacenter: boolean, after: string) => `${toDatacenter ? 'データセンター向けに設計または販売されている場合' : 'データセンター向けでない場合'}、${after}になります。`,
    overlaysLabel: 'その他の規則',
    /** A line's label, before the rule's answer. */
    overlay: (title: string) => `${title}：`,
    overlayUndecided: (inputs: string) => `${inputs}によって決まる`,
    /** Inputs as a card's line names them, shorter than the engine's names (which the working uses). */
    inputShort: {
      quantity: 'チップ数',
      destinationCountry: '仕向地',
      buyerHeadquartersCountry: '購入者の本社所在地',
      shipFromCountry: '出荷元',
      tariffExemption: '米国内での用途',
      usEndUseQuantity: '米国向けの出荷数',
    } as Partial<Record<InputName, string>>,
    /** The rule's own classification (a tariff band), and what its consequence depends on. */
    overlayClassifiedOpen: (classification: string, inputs: string) => `${classification}（${inputs}によって決まる）`,
    overlaysNotCovered: (titles: string) => `適用なし：${titles}`,
    fleet: '合計',
    fleetFormula: (quantity: string, tpp: string) => `TPP = チップ${quantity}個 × ${tpp}`,
    /** H100-equivalents by TPP (as the AI Diffusion rule counts) and by peak 8-bit operations (as Epoch AI counts; null without an 8-bit figure). */
    h100Differ: (format: string, bits: string) => `2つの換算は異なります。TPPは値が最も大きくなる形式である${format}の演算性能×${bits}ビットを使い、8ビット演算による換算は8ビットの演算性能を使います。`,
    h100Equivalents: (byTpp: string, by8Bit: string | null) =>
      (by8Bit === null ? `H100換算でTPPによると${byTpp}個分。` : `H100換算でTPPによると${byTpp}個分、8ビット演算によると${by8Bit}個分。`),
    showWorking: '計算過程を表示',
    hideWorking: '計算過程を隠す',
    citation: (document: string, effective: string) => `${document}、${effective}施行`,
    notLegalAdvice: '法的助言ではありません。',
    status: (status: string) => `（${status}）`,
  },

  print: {
    checked: (date: string) => `${date}にcompute-threshold-calculatorで確認しました。`,
    figure: (n: number, format: string, value: string, unit: string, sparse: boolean) => `数値${n}：${format} ${value} ${unit}${sparse ? '（スパース）' : ''}`,
    die: (n: number, area: string, planar: boolean) => `ダイ${n}：${area} mm²${planar ? '（平面型）' : ''}`,
    dram: (value: string) => `DRAM帯域幅：${value} GB/s`,
    interconnect: (value: string) => `チップ間インターコネクト：${value} GB/s`,
    hbm: (bandwidth: string, area: string) => `HBMスタック：${bandwidth} GB/s、${area} mm²`,
    inputList: (items: string[]) => `入力値：${items.join('／')}。`,
    fromCatalog: (name: string, id: string) => `本計算ツールのカタログにある${name}の数値（「${id}」）です。各数値に出典、確認日、確度が記録されています。`,
    editedCatalog: (name: string, id: string) => `本計算ツールのカタログにある${name}の数値（「${id}」）を、読者が編集したものです。`,
    typed: '読者またはページが入力した数値です。',
    market: (datacenter: boolean | null): string => (datacenter === null ? '市場：未入力' : datacenter ? 'データセンター向けに設計または販売' : 'データセンター向けではない'),
    available: (date: string) => `米国での販売開始：${date}`,
    neverAvailable: '米国での販売実績なし',
    workingFolded: '項ごとの表を含めるには、印刷前に「計算過程を表示」を開いてください。',
  },

  working: {
    heading: '計算過程',
    why: (count: number) => `判定の理由（${count}件）`,
    check: '確認事項',
    caveats: (count: number) => `このルールセットの注意点（${count}件）`,
    source: '出典',
    citation: (document: string, published: string, effective: string, status: string) => `${document}、${published}公表、${effective}施行。${status}。`,
    sources: '出典一覧',
    opensInNewTab: '（新しいタブで開きます）',
    loading: '読み込み中…',
    notLegalAdvice: '法的助言ではありません。利用する前に、公式の条文とご自身の事実関係を確認してください。',
  },

  status: engine.status as Record<RuleSetStatus, string>,

  views: {
    label: 'ビュー',
    names: { calculator: '計算', compare: '比較', catalog: 'カタログ' } as Record<string, string>,
  },

  brief: {
    controlled: (classification: string) => `規制対象：${classification}`,
    notControlled: '規制対象外',
    undecided: '判定不能',
    invalid: '評価不能',
    excluded: (note: string) => `${note}が適用`,
    needs: (inputs: string) => `${inputs}が必要`,
    errors: (count: number) => `${count}件の項目に修正が必要`,
    details: (items: string[]) => items.join('／'),
    withDetails: (verdict: string, details: string) => `${verdict}：${details}`,
  },
} satisfies CardMessages;
