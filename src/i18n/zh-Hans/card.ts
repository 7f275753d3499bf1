/**
 * 简体中文，卡片部分：结论卡、芯片选择和规则集选择显示的每一条文字，以及通过 `engine`
 * 引入的引擎用语。展开后才显示的内容（表单、表格、图表、各视图）以及出错时才显示的提示与字段错误见 working.ts。
 */
import type { InputName } from '../../core/metrics/registry.js';
import type { RuleSetStatus } from '../../core/rules/types.js';
import type { CardMessages } from '../messages.js';
import { WORDS as engine, classificationWords } from './engine.js';

export const CARD = {
  lang: 'zh-Hans',
  engine,

  title: 'AI芯片出口管制核查',

  /** The label of the region that lists notices about what the page or a link gave the widget. */
  noticesLabel: '提示',

  picker: {
    label: '芯片',
    placeholder: '按厂商、名称或年份搜索',
    help: '选择一款已知芯片，或选择“自定义芯片”以输入其数值。',
    listLabel: '芯片列表',
    custom: '自定义芯片（输入数值）',
    option: (vendor: string, name: string, year: number) => `${vendor} ${name}（${year}年）`,
    matches: (count: number) => (count === 0 ? '没有符合的芯片。' : `有${count}款芯片符合。`),
    notChosen: (text: string) => `没有名为“${text}”的芯片：未选择任何芯片。`,
    edited: '数值已被修改：不再是目录中的数值。',
    reset: '恢复为目录中的数值',
  },

  ruleSet: {
    label: '规则',
    option: (title: string) => title,
    /** 选择器中法案、已撤回的草案和假设规则集所在的组。 */
    whatIf: '假设情形：法案和草案',
    summary: (effective: string, status: string, document: string) => `${document} · ${effective}生效 · ${status}`,
    customTitle: (title: string) => `${title}（自定义阈值）`,
  },

  card: {
    invite: '请选择芯片或输入其数值',
    inviteHelp: '一旦有可用的数值，结论、TPP和性能密度就会显示在这里。',
    under: (ruleSet: string) => `依据${ruleSet}`,
    controlled: (classification: string) => `受管制：${classificationWords(classification)}`,
    notControlled: '不受管制',
    undecided: '尚无法判定',
    excludedBy: (note: string) => `因适用${note}而被排除。`,
    outOfScope: '不在该规则集的涵盖范围内。',
    clauses: (labels: string[]) => `满足的条款：${labels.join('、')}。`,
    needs: (inputs: string) => `如需判定，请提供${inputs}。`,
    possible: (classifications: string) => `可能为${classificationWords(classifications)}。`,
    /** What would decide an open answer, then what it could be. */
    needsAndPossible(inputs: string, classifications: string): string {
      return `${this.needs(inputs)}${this.possible(classifications)}`;
    },
    stale: '已过时：数值有误。以下是基于最后一组有效数值的结论。',
    fixField: (field: string) => `修正${field}`,
    tpp: 'TPP',
    pd: 'PD',
    mbd: '内存带宽密度',
    tppFormula: (dense: string, bits: string, format: string) => `= ${dense} × ${bits}位（${format}）`,
    tppUnits: (count: number) => `= ${count}个处理单元之和`,
    pdFormula: (tpp: string, area: string) => `= ${tpp} ÷ ${area} mm²`,
    mbdFormula: (bandwidth: string, area: string) => `= ${bandwidth} GB/s ÷ ${area} mm²`,
    unknown: '未知',
    pdGap: { 'no-throughput': '提供算力数值之前未知', 'no-die-area': '未知：未提供裸片面积', 'no-non-planar-die': '不存在：没有非平面裸片' } as Record<string, string>,
    nearest: '最近的阈值：',
    shortOf: (amount: string, threshold: string, label: string) => `比${threshold}（${label}）低${amount}`,
    over: (amount: string, threshold: string, label: string) => `比${threshold}（${label}）高${amount}`,
    atLine: (threshold: string, label: string) => `恰好为${threshold}（${label}）`,
    nearestLine: (metric: string, where: string, effect: string) => `${metric}${where}；${effect}。`,
    wouldMake: (after: string) => `达到该值，结论将变为${after}`,
    wouldMakeBelow: (after: string) => `只要再低一点，结论就会变为${after}`,
    wouldMakeAbove: (after: string) => `只要再高一点，结论就会变为${after}`,
    otherOutcome: (after: string, gained: string) => `${after}，另有后果：${gained}`,
    noLine: '改变任何单一数值都不会改变这一结论。',
    market: (toDatacenter: boolean, after: string) => (toDatacenter
      ? `如果设计或销售用于数据中心，结论将为${after}。` : `如果并非用于数据中心，结论将为${after}。`),
    overlaysLabel: '其他规则',
    /** 一行的标签，规则的答案紧随其后。 */
    overlay: (title: string) => `${title}：`,
    overlayUndecided: (inputs: string) => `取决于${inputs}`,
    /** 卡片各行对输入的简称，比引擎的名称（计算过程中使用）更短。 */
    inputShort: {
      quantity: '芯片数量',
      destinationCountry: '目的地',
      buyerHeadquartersCountry: '买方总部所在地',
      shipFromCountry: '发货地',
      tariffExemption: '在美国的用途',
      usEndUseQuantity: '对美国的出货量',
    } as Partial<Record<InputName, string>>,
    /** 规则本身的分类（关税区间），以及其后果取决于什么。 */
    overlayClassifiedOpen: (classification: string, inputs: string) => `${classificationWords(classification)}；取决于${inputs}`,
    overlaysNotCovered: (titles: string) => `不适用：${titles}`,
    fleet: '总计',
    fleetFormula: (quantity: string, tpp: string) => `TPP = ${quantity}颗芯片 × ${tpp}`,
    /** 按TPP计（AI扩散规则的计法）和按峰值8位运算计（Epoch AI的计法；没有8位数值时为null）的H100等效数。 */
    h100Differ: (format: string, bits: string) => `两种换算不同：TPP取数值最大的格式${format}的算力 × ${bits}位，8位运算换算只取8位算力。`,
    h100Equivalents: (byTpp: string, by8Bit: string | null) =>
      (by8Bit === null ? `H100等效数：按TPP计为${byTpp}。` : `H100等效数：按TPP计为${byTpp}，按8位运算计为${by8Bit}。`),
    showWorking: '显示计算过程',
    hideWorking: '隐藏计算过程',
    citation: (document: string, effective: string) => `${document}，${effective}生效`,
    notLegalAdvice: '不构成法律意见。',
    status: (status: string) => `（${status}）`,
  },

  print: {
    checked: (date: string) => `于${date}使用compute-threshold-calculator核查。`,
    figure: (n: number, format: string, value: string, unit: string, sparse: boolean) => `数值${n}：${format} ${value} ${unit}${sparse ? '（稀疏）' : ''}`,
    die: (n: number, area: string, planar: boolean) => `裸片${n}：${area} mm²${planar ? '（平面）' : ''}`,
    dram: (value: string) => `DRAM带宽：${value} GB/s`,
    interconnect: (value: string) => `芯片间互连：${value} GB/s`,
    hbm: (bandwidth: string, area: string) => `HBM堆栈：${bandwidth} GB/s，${area} mm²`,
    inputList: (items: string[]) => `输入：${items.join('；')}。`,
    fromCatalog: (name: string, id: string) => `${name}的数值取自本计算器的芯片目录（“${id}”），每个数值均附有来源、查阅日期和可信度。`,
    editedCatalog: (name: string, id: string) => `${name}的数值取自本计算器的芯片目录（“${id}”），并经读者修改。`,
    typed: '数值由读者或页面提供。',
    // en/card.ts infers this function's return type as its three English literals; the cast widens it back to string.
    market: ((datacenter: boolean | null): string => (datacenter === null ? '目标市场：未提供' : datacenter ? '设计或销售用于数据中心' : '并非用于数据中心')) as CardMessages['print']['market'],
    available: (date: string) => `${date}首次在美国销售`,
    neverAvailable: '从未在美国销售',
    workingFolded: '如需在打印件中包含逐条款表格，请在打印前打开“显示计算过程”。',
  },

  working: {
    heading: '计算过程',
    why: (count: number) => `逐步说明原因（${count}）`,
    check: '请核对以下各项',
    caveats: (count: number) => `该规则集的注意事项（${count}）`,
    source: '来源',
    citation: (document: string, published: string, effective: string, status: string) => `${document}，${published}公布，${effective}生效；${status}。`,
    sources: '来源',
    opensInNewTab: '（在新标签页中打开）',
    loading: '正在加载……',
    notLegalAdvice: '不构成法律意见。依赖本结果之前，请核对官方文本和您自己掌握的事实。',
  },

  status: engine.status as Record<RuleSetStatus, string>,

  views: {
    label: '视图',
    names: { calculator: '计算器', compare: '比较', catalog: '目录' } as Record<string, string>,
  },

  brief: {
    controlled: (classification: string) => `受管制：${classificationWords(classification)}`,
    notControlled: '不受管制',
    undecided: '无法判定',
    invalid: '无法评估',
    excluded: (note: string) => `适用${note}`,
    needs: (inputs: string) => `需要${inputs}`,
    errors: (count: number) => `${count}个字段需要修正`,
    details: (items: string[]) => items.join('；'),
    withDetails: (verdict: string, details: string) => `${verdict}：${details}`,
  },
} satisfies CardMessages;
