/**
 * 日本語（ja）, the training-run view's part: its card (the verdict for a training run, its compute
 * and formula, the nearest line and the days to it, the other rules' one-line answers), the form by
 * route, and the table of every line. Each message is a whole sentence or phrase: functions take the
 * values and return the whole text. Terms: docs/glossary/ja.md.
 */
import type { WorkingMessages } from '../messages.js';

const list = (items: readonly string[]) => items.join(' + ');

export const TRAINING = {
  tab: '学習実行',
  heading: '学習実行',
  intro: 'AIモデルの学習計算量を、AI関連の法令が定めるしきい値と比べます。',
  examples: '例：',
  exampleLlama: 'Llama 3 405B（6 × パラメータ数405e9 × トークン数15.6e12）',
  exampleCluster: 'H100を10,000個、利用率40%で90日',

  invite: '学習実行の計算量を入力してください',
  inviteHelp: '「計算過程を表示」でクラスター、モデルのパラメータ数とトークン数、または合計FLOPを入力するか、例を選んでください。',
  crossed: (classification: string) => `しきい値を超過：${classification}`,
  notCrossed: 'どのしきい値も超えていない',
  undecided: 'まだ判定できません',
  under: (ruleSet: string) => `${ruleSet}による判定`,
  linesMet: (labels: string[]) => `超過したしきい値：${labels.join('、')}。`,
  consequences: (items: string[]) => `帰結：${items.join('／')}。`,
  needs: (inputs: string) => `判定するには、${inputs}を入力してください。`,
  outOfScope: 'このルールセットは学習実行を対象としていません。',

  compute: '学習計算量',
  thisRun: 'この学習実行',
  rate: 'クラスターの実効性能',
  flop: (value: string) => `${value} FLOP`,
  flopPerSecond: (value: string) => `${value} FLOP/s`,
  computeUnknown: '学習期間が入力されるまで不明',
  noRoute: '不明（クラスター、モデル、または合計を入力してください）',
  formulaModel: (parameters: string, tokens: string, active: boolean) => `= 6 × ${active ? 'アクティブパラメータ数' : 'パラメータ数'}${parameters} × トークン数${tokens}`,
  formulaCluster: (chips: string, rate: string, format: string | null, utilization: string, days: string) =>
    `= チップ${chips}個 × ${rate} TFLOP/s（密${format ? `、${format}` : ''}） × 利用率${utilization} × ${days}日`,
  formulaRate: (chips: string, rate: string, format: string | null, utilization: string) =>
    `= チップ${chips}個 × ${rate} TFLOP/s（密${format ? `、${format}` : ''}） × 利用率${utilization}`,
  formulaTotal: '入力値',
  /** The model's compute as the rules count it: the original model's, this run's and the fine-tuning after it. */
  formulaCumulative: (run: string, fineTuning: string | null, base: string | null) =>
    `= ${list([...(base ? [`元のモデルの${base}`] : []), `この学習実行の${run}`, ...(fineTuning ? [`ファインチューニングの${fineTuning}`] : [])])}`,
  percent: (value: string) => `${value}%`,

  nearest: '最も近い境界：',
  shortOf: (amount: string, threshold: string, label: string, days: string | null) =>
    `${threshold}（${label}）まであと${amount}${days === null ? '' : `。この速度では学習開始から${days}日で達します`}。`,
  over: (amount: string, threshold: string, label: string, days: string | null) =>
    `${threshold}（${label}）を${amount}超過${days === null ? '' : `。この学習実行は学習開始から${days}日で達しました`}。`,
  atLine: (threshold: string, label: string) => `ちょうど${threshold}（${label}）です。`,
  noLine: '学習計算量だけを変えても、この判定は変わりません。',
  daysToLines: '各しきい値に達するまでの学習日数：',
  reaches: (threshold: string, label: string, days: string) => `${threshold}（${label}）：${days}日後`,

  othersLabel: '学習計算量に関するその他の規則',
  otherCrossed: (title: string, classification: string) => `${title}：超過（${classification}）`,
  otherNotCrossed: (title: string) => `${title}：超過していない`,
  otherDepends: (title: string, inputs: string) => `${title}：${inputs}によって決まる`,

  formHeading: '学習実行の数値',
  routeLegend: '学習計算量の求め方',
  route: {
    cluster: 'クラスターから：チップ数 × チップ当たりの性能 × 利用率 × 日数',
    model: 'モデルから：6 × パラメータ数 × トークン数',
    total: '合計を直接入力',
  } as Record<string, string>,
  placeholder: { flop: '例：3.79e25', parameters: '例：405e9', tokens: '例：15.6e12' } as Record<string, string>,
  numbersHelp: '数値はふだんの書き方で入力できます（405e9、3.79 × 10^25、1,979.5、1.979,5など）。',
  chips: 'チップ数',
  perChipLegend: 'チップ当たりのピーク性能',
  perChipHelp: '学習に使う精度でのデータシートの数値です。スパース値は半分にします。',
  perChipSourceLegend: '数値の出典',
  perChipSource: { catalog: 'チップカタログ', typed: 'ここで入力' } as Record<string, string>,
  catalogChip: 'チップ',
  precision: '精度',
  precisionOption: (format: string, value: string, unit: string, sparse: boolean, dense: string) =>
    (sparse ? `${format}：${value} ${unit}（スパース。密では${dense}）` : `${format}：${value} ${unit}`),
  format: '形式（任意）',
  value: '値',
  unit: '単位',
  sparse: 'スパース',
  utilization: '利用率（%）',
  utilizationHelp: '平均して達成されるピーク性能の割合（モデルFLOP利用率）です。例：40',
  days: '期間（日）',
  daysHelp: '空欄にすると、各しきい値に達する学習日数を表示します。',
  network: 'ネットワーク速度（Gbit/s）',
  singleDatacenter: '単一のデータセンター内に設置',
  clusterLineLegend: '大統領令14110号のクラスターの基準',
  clusterLineHelp: 'これらの項目を使うのは、廃止されたこの大統領令のクラスターに関する基準（毎秒10²⁰演算、100 Gbit/sを超えるネットワーク）だけです。',
  parameters: 'パラメータ数',
  activeParameters: 'アクティブパラメータ数（混合エキスパート）',
  activeHelp: '入力した場合は、パラメータ数の代わりに使います。',
  tokens: '学習トークン数',
  totalFlop: '学習計算量の合計（FLOP）',
  addedLegend: '加算する計算量',
  fineTuning: 'ファインチューニングと強化学習（FLOP）',
  fineTuningHelp: 'この学習実行の後の計算量です。SB 53とRAISE法はこれを数え、EUは累積の計算量を数えます。',
  baseModel: '元のモデルの計算量（FLOP）',
  baseModelHelp: 'この学習実行が既存のモデルを改変するものである場合に入力します。改変後のモデルの計算量は両者の合計です。',
  /** The EU guidelines' downstream-modifier line, shown when the original model's compute is given. */
  modifier: (modification: string, base: string, over: boolean | null) =>
    (over === null
      ? `改変に使った計算量は${modification}、元のモデルの計算量は${base}です。その3分の1が、EUガイドラインにおける下流の改変者の基準です。`
      : over
        ? `改変に使った計算量${modification}は、元のモデルの計算量${base}の3分の1を上回ります。EUガイドラインによれば、改変した者が改変後のモデルの提供者になります。`
        : `改変に使った計算量${modification}は、元のモデルの計算量${base}の3分の1以下です。EUガイドラインによれば、元の提供者が引き続き提供者です。`),
  factsLegend: '開発者とモデル',
  revenue: '開発者の年間売上高（米ドル）',
  revenueHelp: '関連会社を含む前暦年の売上高です。SB 53とRAISE法は、5億ドルを超える開発者を大規模な開発者とします。',
  biological: '主に生物学的配列データで学習',
  generates: 'テキスト・音声・画像・動画のいずれかを生成',
  tristate: { '': '未入力', yes: 'はい', no: 'いいえ' } as Record<string, string>,
  errors: {
    'not-integer': '整数を入力してください。',
    'above-maximum': '100%以下にしてください。',
  } as Partial<Record<string, string>>,

  linesCaption: (ruleSet: string) => `${ruleSet}のすべてのしきい値`,
  columns: { line: 'しきい値', needs: '要件', value: '値', crossed: '超過', distance: '差', days: '到達までの学習日数' } as Record<string, string>,
  daysValue: (days: string) => `${days}日`,
  shortBy: (amount: string) => `あと${amount}`,
  overBy: (amount: string) => `${amount}超過`,
  onLine: 'ちょうどしきい値',
  noLines: 'このルールセットには、数値に関するしきい値がありません。',
} satisfies WorkingMessages['training'];
