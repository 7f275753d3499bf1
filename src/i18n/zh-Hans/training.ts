/**
 * 简体中文，训练运行视图部分（issue 16）：其卡片（训练运行的结论、计算量及公式、最近的阈值和达到
 * 该阈值所需的天数、其他规则的一行答案）、按计算途径分列的表单，以及所有阈值的表格。随计算过程的
 * 消息一起加载。每条消息都是一整句或一个完整短语：函数接收数值，返回完整的文字。
 */
import type { WorkingMessages } from '../messages.js';

const list = (items: readonly string[]) => items.join(' + ');

export const TRAINING = {
  /** 视图的标签页。 */
  tab: '训练运行',
  heading: '训练运行',
  intro: '将模型的训练计算量与各项人工智能法律划定的阈值相比较。',
  examples: '示例：',
  exampleLlama: 'Llama 3 405B（6 × 405e9个参数 × 15.6e12个词元）',
  exampleCluster: '10,000块H100，利用率40%，训练90天',

  /** 简短的结论（实时区域）及其依据。 */
  invite: '请给出训练运行的计算量',
  inviteHelp: '在“显示计算过程”下输入计算集群、模型的参数和词元数或总FLOP，也可以选择一个示例。',
  crossed: (classification: string) => `超过阈值：${classification}`,
  notCrossed: '低于所有阈值',
  undecided: '尚无法判定',
  under: (ruleSet: string) => `依据${ruleSet}`,
  linesMet: (labels: string[]) => `超过的阈值：${labels.join('、')}。`,
  consequences: (items: string[]) => `由此产生的后果：${items.join('；')}。`,
  needs: (inputs: string) => `如需判定，请提供${inputs}。`,
  outOfScope: '该规则集不涵盖训练运行。',

  /** 结论下方的数值。 */
  compute: '训练计算量',
  thisRun: '本次训练',
  rate: '集群速率',
  flop: (value: string) => `${value} FLOP`,
  flopPerSecond: (value: string) => `${value} FLOP/s`,
  computeUnknown: '给出训练时长之前未知',
  noRoute: '未知：请给出计算集群、模型或总量',
  formulaModel: (parameters: string, tokens: string, active: boolean) => `= 6 × ${parameters}个${active ? '激活参数' : '参数'} × ${tokens}个词元`,
  formulaCluster: (chips: string, rate: string, format: string | null, utilization: string, days: string) =>
    `= ${chips}颗芯片 × ${rate} TFLOP/s（稠密${format ? `，${format}` : ''}） × ${utilization}利用率 × ${days}天`,
  formulaRate: (chips: string, rate: string, format: string | null, utilization: string) =>
    `= ${chips}颗芯片 × ${rate} TFLOP/s（稠密${format ? `，${format}` : ''}） × ${utilization}利用率`,
  formulaTotal: '为给定值',
  /** 规则所计的模型计算量：原模型的、本次训练的，以及其后微调的。 */
  formulaCumulative: (run: string, fineTuning: string | null, base: string | null) =>
    `= ${list([...(base ? [`原模型的${base}`] : []), `本次训练的${run}`, ...(fineTuning ? [`微调的${fineTuning}`] : [])])}`,
  percent: (value: string) => `${value}%`,

  /** 最近的阈值，以及达到该阈值所需的训练天数。 */
  nearest: '最近的阈值：',
  shortOf: (amount: string, threshold: string, label: string, days: string | null) =>
    `比${threshold}（${label}）低${amount}${days === null ? '' : `；按此速率，本次训练将在训练${days}天后达到该阈值`}。`,
  over: (amount: string, threshold: string, label: string, days: string | null) =>
    `比${threshold}（${label}）高${amount}${days === null ? '' : `；本次训练在训练${days}天后已达到该阈值`}。`,
  atLine: (threshold: string, label: string) => `恰好为${threshold}（${label}）。`,
  noLine: '仅改变训练计算量不会改变这一结论。',
  daysToLines: '达到各阈值所需的训练天数：',
  reaches: (threshold: string, label: string, days: string) => `${threshold}（${label}）：${days}天后`,

  /** 其他每个关于训练计算量的规则集各一行。 */
  othersLabel: '其他关于训练计算量的规则',
  otherCrossed: (title: string, classification: string) => `${title}：已超过（${classification}）`,
  otherNotCrossed: (title: string) => `${title}：未超过`,
  otherDepends: (title: string, inputs: string) => `${title}：取决于${inputs}`,

  /** 表单。 */
  formHeading: '训练运行的数值',
  routeLegend: '训练计算量的计算途径',
  route: {
    cluster: '按计算集群：芯片数量 × 单芯片算力 × 利用率 × 天数',
    model: '按模型：6 × 参数 × 词元数',
    total: '直接输入总量',
  } as Record<string, string>,
  placeholder: { flop: '例如3.79e25', parameters: '例如405e9', tokens: '例如15.6e12' } as Record<string, string>,
  numbersHelp: '数字可按习惯书写：405e9、3.79 × 10^25、1,979.5或1.979,5。',
  chips: '芯片数量',
  perChipLegend: '单芯片峰值算力',
  perChipHelp: '训练所用精度下的数据手册数值；稀疏数值会减半。',
  perChipSourceLegend: '数值来源',
  perChipSource: { catalog: '芯片目录', typed: '在此输入' } as Record<string, string>,
  catalogChip: '芯片',
  precision: '精度',
  precisionOption: (format: string, value: string, unit: string, sparse: boolean, dense: string) =>
    (sparse ? `${format}：${value} ${unit}，含稀疏（稠密为${dense}）` : `${format}：${value} ${unit}`),
  format: '格式（可选）',
  value: '数值',
  unit: '单位',
  sparse: '稀疏',
  utilization: '利用率（%）',
  utilizationHelp: '平均达到的峰值比例（模型算力利用率），例如40。',
  days: '时长（天）',
  daysHelp: '留空即可查看训练到第几天达到各阈值。',
  network: '网络速率（Gbit/s）',
  singleDatacenter: '位于单一数据中心',
  clusterLineLegend: '第14110号行政令的计算集群阈值',
  clusterLineHelp: '只有这项已撤销的行政令中关于计算集群的阈值（每秒10²⁰次运算，网络速率超过100 Gbit/s）会用到这些数值。',
  parameters: '参数数量',
  activeParameters: '激活参数数量（混合专家模型）',
  activeHelp: '给出时代替参数数量使用。',
  tokens: '训练词元数',
  totalFlop: '训练计算总量（FLOP）',
  addedLegend: '另行计入',
  fineTuning: '微调和强化学习（FLOP）',
  fineTuningHelp: '本次训练之后的计算量；SB 53和《RAISE法案》将其计入，欧盟则计算累计计算量。',
  baseModel: '原模型的计算量（FLOP）',
  baseModelHelp: '本次训练是对现有模型的修改时：修改后模型的计算量为两者之和。',
  /** 欧盟指南中下游修改者的阈值，在给出原模型的计算量后显示。 */
  modifier: (modification: string, base: string, over: boolean | null) => (over === null
    ? `此次修改使用了${modification}，应与原模型${base}的三分之一相比较：这是欧盟指南针对下游修改者的阈值。`
    : over
      ? `此次修改使用了${modification}，超过原模型${base}的三分之一：根据欧盟指南，进行修改者即成为修改后模型的提供者。`
      : `此次修改使用了${modification}，未超过原模型${base}的三分之一：根据欧盟指南，原提供者仍为提供者。`),
  factsLegend: '开发者和模型',
  revenue: '开发者的年营业收入（美元）',
  revenueHelp: '连同关联公司，按上一日历年计算：SB 53和《RAISE法案》将营业收入超过5亿美元的开发者视为大型开发者。',
  biological: '主要使用生物序列数据训练',
  generates: '能生成文本、音频、图像或视频',
  tristate: { '': '未提供', yes: '是', no: '否' } as Record<string, string>,
  /** 表单以自己的方式说明的字段错误：百分数、整数芯片数。 */
  errors: {
    'not-integer': '请输入整数。',
    'above-maximum': '不能超过100%。',
  } as Partial<Record<string, string>>,

  /** 所有阈值的表格。 */
  linesCaption: (ruleSet: string) => `${ruleSet}的所有阈值`,
  columns: { line: '阈值', needs: '要求', value: '数值', crossed: '是否超过', distance: '差距', days: '达到所需天数' } as Record<string, string>,
  daysValue: (days: string) => `${days}天`,
  /** 与阈值的差距（该行已显示阈值）。 */
  shortBy: (amount: string) => `低${amount}`,
  overBy: (amount: string) => `高${amount}`,
  onLine: '恰好在阈值上',
  noLines: '该规则集没有针对数值的阈值。',
} satisfies WorkingMessages['training'];
