/**
 * 简体中文：引擎的用语（数字、日期、列表、指标和输入的名称、结论、错误信息、按日期选择规则集的说明）
 * 和解释的各个步骤与警告。结构与 en-words.ts 和 en.ts 相同；每条消息都是一整句或一个完整短语，
 * 由函数接收已格式化的数值、标题和列表后返回。术语见 docs/glossary/zh-Hans.md。
 */
import { Decimal } from '../../core/decimal.js';
import type { Boundary } from '../../core/boundary.js';
import type { ErrorCode, Expected, FieldError } from '../../core/errors.js';
import { METRICS, type MetricDefinition } from '../../core/metrics/registry.js';
import type { ConditionResult, Verdict } from '../../core/rules/classify.js';
import type { CountryRole, EntryParams, PerChipParams } from '../../core/explain/steps.js';
import type { StepMessages, Words, WordsMessages } from '../../core/explain/words.js';

/** “2023年11月17日”；不是 YYYY-MM-DD 的内容原样返回。 */
export function date(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 ? `${match[1]}年${month}月${day}日` : iso;
}

/** “甲、乙和丙” / “甲、乙或丙”。 */
function list(items: readonly string[], word: string): string {
  if (items.length <= 2) return items.join(word);
  return `${items.slice(0, -1).join('、')}${word}${items[items.length - 1]}`;
}

export const and = (items: readonly string[]) => list(items, '和');
export const or = (items: readonly string[]) => list(items, '或');

/** 千位分组，用于消息中的计数（不经 Intl）。 */
export const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * 内置规则集中不是出口管制分类编号的分类（数据中的英文），及其中文说法。rule-sets.ts 中各规则集的
 * `classifications` 取自这里；引擎的结论用语（verdictWords）也用它，因为它不经规则集的译文。
 */
export const CLASSIFICATIONS: Record<string, string> = {
  'licence required (reported)': '据报道须申领许可证',
  'covered by the 25% Section 232 duty': '适用25%的232条款关税',
  'over a tier-2 country\'s allocation': '超过第二层级国家的配额',
  'over the LPP exception\'s limit': '超过许可例外LPP的限额',
  'over the 50% volume cap': '超过50%的出货量上限',
  'over 200,000 GB300-equivalents': '超过200,000个GB300等效',
  'over 1,000 GB300-equivalents': '超过1,000个GB300等效',
  'advanced integrated circuit (licence required; denied for foreign adversaries)': '先进集成电路：须申领许可证，对外国对手予以拒绝',
  'advanced integrated circuit': '先进集成电路',
  'restricted integrated circuit': '受限制集成电路',
  'covered integrated circuit': '受涵盖集成电路',
  'general-purpose AI model with systemic risk (presumed)': '推定为具有系统性风险的通用人工智能模型',
  'general-purpose AI model (indicative criterion)': '按指示性标准属于通用人工智能模型',
  'frontier model': '前沿模型',
  'reportable model': '须报告的模型',
  'reportable computing cluster': '须报告的计算集群',
};

/** 先换较长的分类，使“advanced integrated circuit (licence required; …)”不被其中较短的一个拆开。 */
const BY_LENGTH = Object.entries(CLASSIFICATIONS).sort(([a], [b]) => b.length - a.length);

/** 一段文字中的分类（一个，或已用“或”连接的几个）：已知的英文分类换成中文，其余（3A090.a……）不变。 */
export function classificationWords(text: string): string {
  return BY_LENGTH.reduce((out, [en, zh]) => out.split(en).join(zh), text);
}

/** 结论的说法：“按3A090.a受管制”、“受管制（据报道须申领许可证）”、“不受管制”、“无法判定”。 */
export function verdictWords(v: Pick<Verdict, 'status' | 'classification'>): string {
  if (v.status === 'controlled') {
    if (!v.classification) return '受管制';
    const words = classificationWords(v.classification);
    return words === v.classification ? `按${v.classification}受管制` : `受管制（${words}）`;
  }
  return v.status === 'not-controlled' ? '不受管制' : '无法判定';
}

/** 内置规则集所属系列的名称；未知的系列按原样显示。 */
const FAMILIES: Record<string, string> = {
  '3A090 integrated circuits': '3A090集成电路',
  '3A090.c high-bandwidth memory': '3A090.c高带宽内存',
  'H20-class licence letters': 'H20类芯片许可证告知函',
  '3A090 licence by destination and buyer': '按目的地和买方确定的3A090许可证要求',
  'Section 232 semiconductor duty': '232条款半导体关税',
  'AI Diffusion caps': 'AI扩散规则上限',
  'China volume cap': '对华出货量上限',
  'Draft AI chip export caps': 'AI芯片出口上限草案',
  'US bills on AI chip exports': '美国AI芯片出口法案',
  'EU AI Act general-purpose models': '欧盟《人工智能法案》通用模型',
  'California frontier AI': '加州前沿人工智能',
  'New York frontier AI': '纽约州前沿人工智能',
  'US executive orders on AI': '美国人工智能行政令',
};
const family = (name: string) => FAMILIES[name] ?? name;

const EXPECTED: Record<Expected, string> = {
  number: '必须是数字或十进制数字字符串',
  boolean: '必须是true或false',
  text: '必须是字符串',
  'non-empty-text': '必须是非空字符串',
  list: '必须是列表',
  'non-empty-list': '必须是非空列表',
  object: '必须是对象',
  spec: '必须是对象',
  'rule-set': '必须是对象',
  entry: '必须是包含format、value和unit的对象',
  die: '必须是包含areaMm2的对象',
  'hbm-stack': '必须是包含bandwidthGBps和areaMm2的对象',
  condition: '必须是一个条件（{ metric, op, threshold }）或一个条件组（{ all: [...] }或{ any: [...] }）',
  sentences: '必须是由句子组成的列表',
  source: '必须是包含title和url的对象',
  citation: '必须是包含document、published和url的对象',
  'date-or-false': '必须是YYYY-MM-DD格式的日期，或false',
  cluster: '必须是包含chips、perChip和utilization（以及durationDays）的对象',
  model: '必须是包含parameters（或activeParameters）和tokens的对象',
  'per-chip': '必须是包含value和unit（以及format）的对象',
  stage: '必须是包含label和date的对象',
};

const shown = (e: FieldError) => (e.params.given ? `（${e.params.given}）` : '');
const knownList = (e: FieldError, separator = '、') => (e.params.known ?? []).join(separator);

/** 问题本身，接在“<字段>：”之后。 */
const PROBLEMS: Record<ErrorCode, (e: FieldError) => string> = {
  missing: () => '缺失',
  'wrong-type': (e) => EXPECTED[e.params.expected ?? 'object'],
  'not-a-number': (e) => `不是数字${shown(e)}`,
  'not-finite': () => '必须是有限数',
  separator: (e) => `不是数字${shown(e)}：请用“.”作小数点，且不要使用千位分隔符`,
  'ambiguous-separator': (e) => `有两种读法${shown(e)}：${or(e.params.known ?? [])}`,
  'out-of-range': (e) => `超出范围（超过10^400）${shown(e)}`,
  negative: () => '不能为负数',
  'not-positive': () => '必须大于零',
  'not-a-date': (e) => (e.params.expected === 'date-or-false'
    ? '必须是YYYY-MM-DD格式的日期；若该芯片从未在美国销售，则为false' : '必须是YYYY-MM-DD格式的日期'),
  'not-a-url': () => '必须是http(s)地址',
  'unknown-field': (e) => `不是已知字段（已知字段：${knownList(e)}）`,
  'unknown-format': (e) => `${e.params.given}不是已知格式（${knownList(e)}）；请给出其bitLength`,
  'unknown-unit': (e) => `${e.params.given}不是已知单位（${knownList(e)}）`,
  'unknown-kind': (e) => `${e.params.given}不是已知类型（${knownList(e)}）`,
  'unknown-country': (e) => `${e.params.given}不是ISO 3166-1 alpha-2国家代码（例如“US”、“CN”、“AE”）`,
  'unknown-exemption': (e) => `${e.params.given}不是已知的最终用途（${knownList(e)}）`,
  'not-integer': (e) => `必须是整数${shown(e)}`,
  'above-maximum': (e) => `不能大于${e.params.max}`,
  'one-route-only': (e) => `给出了计算训练计算量的第二种途径：请只给出以下之一：${knownList(e)}`,
  'unknown-status': (e) => `必须是以下之一：${knownList(e)}`,
  'unknown-evidence': (e) => `必须是以下之一：${knownList(e)}`,
  'unknown-rule-set': (e) => `${e.params.given}不是已知规则集（已知规则集：${knownList(e) || '无'}）`,
  'unknown-metric': (e) => (e.params.given
    ? `${e.params.given}不是已知指标（已知指标：${knownList(e)}）` : `缺失（已知指标：${knownList(e)}）`),
  'outcome-metric': (e) => `“${e.params.metric}”只能在分类之后、于结果（outcomes）中检验`,
  'unknown-operator': (e) => (e.params.given
    ? `不允许使用${e.params.given}（${e.params.metric}可用：${knownList(e, ' ')}）` : `缺失（${e.params.metric}可用：${knownList(e, ' ')}）`),
  'unknown-condition': () => '未指向规则集中的任何条件',
  'duplicate-id': (e) => `${e.params.given}被使用了两次`,
  'too-deep': (e) => `条件嵌套超过${e.params.max}层`,
};

/** 中文的结构化错误，例如“throughput[1].value：不是数字（"abc"）。” */
export function errorMessage(e: FieldError): string {
  return `${e.field}：${PROBLEMS[e.code](e)}。`;
}

const ERRORS = Object.fromEntries(Object.keys(PROBLEMS).map((code) => [code, errorMessage])) as unknown as WordsMessages['errors'];

export const WORDS = {
  numbers: { group: ',', decimal: '.', minus: '-' },
  requirement: (symbol, threshold) => `${symbol} ${classificationWords(threshold)}`,
  yesNo: (value) => (value ? '是' : '否'),
  condition: (metric, requirement) => `${metric} ${requirement}`,
  date,
  and,
  or,
  metric: {
    itemKind: '物项类型',
    tpp: 'TPP',
    performanceDensity: 'PD',
    applicableDieAreaMm2: '适用裸片面积',
    interconnectGBps: '双向传输速率',
    dramBandwidthGBps: 'DRAM总带宽',
    dramPlusInterconnectGBps: 'DRAM与互连带宽之和',
    memoryBandwidthDensity: '内存带宽密度',
    datacenter: '设计或销售用于数据中心',
    usAvailableSince: '在美国首次销售日期',
    quantity: '芯片数量',
    totalTpp: '总TPP',
    h100EquivalentsByTpp: '按TPP计的H100等效数',
    h100EquivalentsBy8Bit: '按8位运算计的H100等效数',
    shareOfUsShipments: '占对美国出货量的比例',
    destinationCountry: '目的地',
    buyerHeadquartersCountry: '买方总部所在地',
    shipFromCountry: '发货国',
    destinationInD1: '目的地属于D:1国家组',
    destinationInD4: '目的地属于D:4国家组',
    destinationInD5OrMacau: '目的地属于D:5国家组或为澳门',
    destinationInA5: '目的地属于A:5国家组',
    destinationInA6: '目的地属于A:6国家组',
    buyerHeadquartersInD5OrMacau: '买方总部位于D:5国家组或澳门',
    destinationOutsideChinaMacau: '目的地在中国和澳门以外',
    shippedFromOutsideUs: '从美国境外发货',
    tariffExemption: '在美国的最终用途',
    tariffExempt: '为获豁免的美国最终用途而进口',
    trainingFlop: '训练计算量',
    modificationThirds: '修改所用计算量（以原模型计算量的三分之一为单位）',
    clusterPeakOpsPerSecond: '集群峰值算力',
    clusterNetworkGbps: '集群网络速率',
    singleDatacenter: '位于单一数据中心',
    biologicalSequenceData: '主要使用生物序列数据训练',
    generatesContent: '能生成文本、音频、图像或视频',
    developerRevenueUsd: '开发者营业收入',
    controlled: '受管制',
    classification: '分类',
  },
  input: {
    kind: '物项类型',
    throughput: '算力数值',
    dies: '裸片面积',
    datacenter: '目标市场（是否设计或销售用于数据中心）',
    dramBandwidthGBps: 'DRAM总带宽',
    interconnectGBps: '芯片间传输速率',
    hbmStack: 'HBM堆栈的带宽和面积',
    usAvailableSince: '在美国首次销售的日期',
    bitLength: '规则未明确的位长',
    quantity: '芯片数量',
    destinationCountry: '目的地国家',
    buyerHeadquartersCountry: '买方（或其最终母公司）总部所在的国家',
    shipFromCountry: '芯片的发货国',
    tariffExemption: '芯片进口后在美国的最终用途',
    usEndUseQuantity: '向美国客户出货的数量',
    trainingCompute: '训练计算量（按芯片和时长、按参数和词元数，或以FLOP直接给出）',
    trainingDuration: '训练时长',
    baseModelFlop: '原模型的训练计算量',
    developerRevenueUsd: '开发者的年营业收入',
    biologicalSequenceData: '是否主要使用生物序列数据训练',
    generatesContent: '是否能生成文本、音频、图像或视频',
    clusterNetwork: '集群的网络速率',
    singleDatacenter: '集群是否位于单一数据中心',
  },
  kind: { logic: '逻辑芯片', 'hbm-stack': '独立的HBM堆栈', 'training-run': '训练运行' },
  status: {
    'in-force': '现行有效',
    superseded: '已被取代',
    'not-enforced': '不予执行',
    revoked: '已撤销',
    reported: '据报道，未公布',
    bill: '法案，尚未成为法律',
    hypothetical: '假设情形，并非规则',
    enacted: '已颁布，尚未生效',
    withdrawn: '已撤回的草案，从未公布',
  },
  verdict: (status, classification) => verdictWords({ status, classification }),
  errors: ERRORS,
  asOf: (reason, ruleSet) => {
    const cite = (id: string) => {
      const r = ruleSet(id);
      return r ? `${r.title}（${r.document}，${date(r.effective)}生效）` : id;
    };
    switch (reason.code) {
      case 'not-a-date':
        return `“${reason.date}”不是YYYY-MM-DD格式的日期。`;
      case 'none-in-force':
        return reason.next
          ? `${date(reason.date)}没有现行有效的${family(reason.family)}规则集：最早的一个，即${cite(reason.next)}，在此之后才生效。`
          : `${date(reason.date)}没有现行有效的${family(reason.family)}规则集。`;
      case 'chosen': {
        const ended = reason.ended.map((e) => `${ruleSet(e.id)?.title ?? e.id}已于${date(e.until)}终止`);
        return `${date(reason.date)}，现行有效的${family(reason.family)}规则为${cite(reason.ruleSet)}${reason.base ? `，其以${cite(reason.base)}为基础` : ''}`
          + `${ended.length ? `；${ended.join('，')}` : ''}。`;
      }
    }
  },
} satisfies WordsMessages;

/* ------------------------------------------------------------------ 解释的步骤 */

function entryFormula(e: EntryParams, w: Words): string {
  const figure = `${e.format} ${w.number(e.value, 3)} ${e.unit}`;
  const notes = [e.countsMacs ? '乘累加运算按2次运算计' : '', e.sparse ? '稀疏值，已减半' : ''].filter(Boolean);
  const converted = notes.length > 0 || (e.unit !== 'TOPS' && e.unit !== 'TFLOPS')
    ? ` = 每秒${w.number(e.denseTeraOps, 3)}万亿次稠密运算${notes.length ? `（${notes.join('；')}）` : ''}` : '';
  return `${figure}${converted} × ${e.bitLength}位${e.bitLengthOverridden ? '（位长为给定值）' : ''}`;
}

/** “1.50×”读作“1.50倍”。 */
const times = (multiple: string) => multiple.replace(/×$/, '倍');

/**
 * 已知数值相对阈值的位置，例如“TPP为4,790，比4,800阈值低10”；按倍数比较的指标（上限）读作
 * “总TPP为1,187,400,000，相当于790,000,000阈值的1.50倍”。给出 `of` 时写明是哪一项的阈值。
 */
function position(c: ConditionResult, w: Words, of?: string): string {
  const difference = new Decimal(c.margin?.absolute ?? 0);
  const def: MetricDefinition = METRICS[c.metric];
  const relative = c.margin?.relative ?? null;
  const line = `${of ? `${of}的` : ''}${w.threshold(c.metric, c.threshold)}阈值`;
  const value = `${w.metric(c.metric)}为${w.value(c.metric, c.value ?? '0')}`;
  if (difference.isZero()) return `${value}，恰好等于${line}`;
  if (def.compare === 'multiple' && relative !== null) return `${value}，相当于${line}的${times(w.multipleOfLine(relative))}`;
  return `${value}，比${line}${difference.isNegative() ? '低' : '高'}${w.amount(c.metric, difference.toString(), false)}`;
}

/** 一个条件，例如“PD为2.91，比3.2阈值低0.29（要求：≥ 3.2）”。 */
function condition(c: ConditionResult, w: Words): string {
  const label = w.metric(c.metric);
  const kind = METRICS[c.metric].kind;
  if (kind === 'boolean') {
    const phrase = (v: string) => `${v === 'true' ? '' : '并非'}${label}`;
    // 对该物项不成立的问题（例如以模型描述的训练运行的集群问题）为否，而非未知。
    if (c.value === null) return c.met === false ? `${label}：不适用` : `未知是否${label}（要求：${phrase(c.threshold)}）`;
    return `${phrase(c.value)}${c.met ? '' : `（要求：${phrase(c.threshold)}）`}`;
  }
  if (kind !== 'number') {
    const shownValue = (v: string) => (kind === 'date' ? (v === 'never' ? '从未' : date(v)) : classificationWords(v));
    const needs = kind === 'date' ? w.requirement(c.metric, c.op, c.threshold) : classificationWords(c.threshold);
    return `${label}：${c.value === null ? '未知' : shownValue(c.value)}${c.met ? '' : `（要求：${needs}）`}`;
  }
  const requirement = w.requirement(c.metric, c.op, c.threshold, false);
  if (c.value === null) return `${label}${c.met === false ? '不存在' : '未知'}（要求：${requirement}）`;
  return `${position(c, w)}（${c.met ? `满足：${requirement}` : `要求：${requirement}`}）`;
}

const conditions = (cs: readonly ConditionResult[], w: Words, joiner = '，且') => cs.map((c) => condition(c, w)).join(joiner);

/** “会使结论变为按3A090.b受管制”，或仅后果改变时“结论仍为……，但另有后果：……”。 */
function effect(b: Boundary, current: Verdict, w: Words): string {
  const after = verdictWords(b.verdictAfter);
  if (after !== verdictWords(current)) return `会使结论变为${after}`;
  const gained = b.verdictAfter.outcomes.filter((id) => !current.outcomes.includes(id)).map((id) => w.item(id).title);
  return `结论仍为${after}，但另有后果：${gained.join('；') || '另一项结果'}`;
}

/** 数量杠杆到达 `to`（可为小数）时越过阈值的整数芯片数。 */
function chipsAcross(b: Boundary): string {
  const to = new Decimal(b.leverTo ?? '0');
  const count = b.direction === 'increase' ? (b.strict ? to.floor().plus(1) : to.ceil()) : (b.strict ? to.ceil().minus(1) : to.floor());
  return Decimal.max(count, 0).toString();
}

function nearestLine(b: Boundary, current: Verdict, w: Words): string {
  const at = b.strict ? (b.direction === 'increase' ? '高于' : '低于') : '为';
  const change = new Decimal(b.change ?? 0);
  const amount = change.isZero() ? `当前恰好为${w.value(b.metric, b.to)}` : `${b.direction === 'increase' ? '+' : '−'}${w.amount(b.metric, change.toString())}`;
  const percent = b.relativeChange && !change.isZero() ? `，${w.percent(b.relativeChange)}` : '';
  const scope = b.lever === 'throughput'
    ? b.metric === 'tpp' ? '，裸片面积不变' : `，算力变化${w.percent(b.leverTo ?? '0')}`
    : b.lever === 'dieArea' ? `，适用裸片面积为${w.number(b.leverTo ?? '0', 2)} mm²`
      : b.lever === 'quantity' && b.metric !== 'quantity' ? `，即${w.number(chipsAcross(b), 0)}颗芯片`
        : b.lever === 'trainingDays' ? `，即训练${w.number(b.leverTo ?? '0', 2)}天后`
          : b.lever === 'runCompute' && b.metric !== 'trainingFlop' ? `，此时本次训练的计算量为${w.value('trainingFlop', b.leverTo ?? '0')}` : '';
  return `最近的阈值（${w.item(b.itemId).label}）：若${w.metric(b.metric)}${at}${w.value(b.metric, b.to)}（${amount}${percent}${scope}），${effect(b, current, w)}。`;
}

const bitLengths = (lengths: readonly { format: string; bitLength: string }[]) => lengths.map((b) => `${b.format}按${b.bitLength}位计`).join('、');

const ROLE: Record<CountryRole, string> = { destination: '目的地', buyerHeadquarters: '买方总部所在地', shipFrom: '发货国' };

/** 训练集群的单芯片数值，如所输入，例如“BF16 989.5 TFLOPS”；稀疏值减半。 */
function perChip(p: PerChipParams, w: Words): string {
  const figure = `${p.format ? `${p.format} ` : ''}${w.number(p.value, 3)} ${p.unit}`;
  return p.sparse ? `${figure}（稀疏值，已减半为每秒${w.number(p.denseTeraOps, 3)}万亿次稠密运算）` : figure;
}

/** 0到1之间的比例，写成百分数，例如“40%”。 */
const share = (fraction: string, w: Words) => `${w.number(new Decimal(fraction).times(100).toString(), 2)}%`;

/** 规则集所处阶段的说明（数据中的英文），及其中文说法；未知的说明原样显示。 */
const STAGES: Record<string, string> = {
  'introduced in the Senate as S. 4456 (the House bill H.R. 6875 was reported advanced by the Foreign Affairs Committee, 42–2–1, on 2026-01-21)':
    '以S. 4456提交参议院（据报道，众议院法案H.R. 6875已于2026年1月21日经外交事务委员会以42–2–1的表决结果通过）',
  'left out of the final FY2026 NDAA (its Senate-passed version had it as an amendment); S. 3150 and H.R. 5885 pending':
    '未被纳入最终版《2026财年国防授权法》（参议院通过的版本曾将其作为修正案纳入）；S. 3150和H.R. 5885仍待审议',
  'referred to the Senate Committee on Banking, Housing, and Urban Affairs; no further action found':
    '已提交参议院银行、住房和城市事务委员会；未发现后续行动',
  'withdrawn from the OIRA review it entered on 2026-02-26': '撤出自2026年2月26日起接受的OIRA审查',
};
const stageWords = (label: string) => STAGES[label] ?? label;

/** 国家组数据中各国的说明（英文），及其中文说法；未知的说明原样显示。 */
const COUNTRY_NOTES: Record<string, string> = {
  'Cambodia left Country Group D:5 when the State Department lifted its arms embargo (ITAR § 126.1, November 2025); the EAR followed on 2026-02-03.':
    '美国国务院解除对柬埔寨的武器禁运（ITAR § 126.1，2025年11月）后，柬埔寨退出D:5国家组；EAR于2026年2月3日随之修改。',
  'Cyprus is named in ITAR § 126.1, but its status as a proscribed destination is suspended from 2025-10-01 to 2026-09-30 (renewed yearly since 2022); it is not counted in D:5 here. Check the current suspension.':
    '塞浦路斯列于ITAR § 126.1，但其作为禁运目的地的地位自2025年10月1日至2026年9月30日暂停（自2022年起逐年延续）；此处不将其计入D:5国家组。请核查当前的暂停情况。',
  'Ethiopia was added to ITAR § 126.1 in November 2021, which adds it to D:5; no later removal was found.':
    '埃塞俄比亚于2021年11月被列入ITAR § 126.1，因而被列入D:5国家组；未发现其后被移除的记录。',
  'Syria\'s sanctions changed in 2025; its listing in ITAR § 126.1 (and so in D:5) was not re-checked.':
    '对叙利亚的制裁在2025年有所变化；其在ITAR § 126.1中（因而在D:5国家组中）的列名未经重新核查。',
  'A copy of the supplement\'s A table read for this data does not clearly mark Brazil in A:6; check it.':
    '为本数据查阅的该补编A表副本没有明确标示巴西属于A:6国家组；请核查。',
  'Hong Kong has been treated as China under the EAR since BIS removed it as a separate destination in December 2020.':
    '自BIS于2020年12月取消香港作为单独目的地的地位以来，香港在EAR下被视为中国。',
};
const countryNote = (note: string) => COUNTRY_NOTES[note] ?? note;

export const STEPS = {
  'tpp-unknown': () => 'TPP未知：未提供任何算力数值。',
  'tpp-single': (p, w) => `TPP为${w.value('tpp', p.tpp)} = ${entryFormula(p.entry, w)}${p.count > 1 ? `，是${p.count}个数值中最高的` : ''}。`,
  'tpp-units': (p, w) => {
    const parts = p.units.map((u) => `${u.name ?? '未命名单元'} ${w.value('tpp', u.tpp)}${u.entry ? `（${entryFormula(u.entry, w)}）` : ''}`);
    return `TPP为${w.value('tpp', p.tpp)}，是${p.units.length}个同时工作的处理单元之和：${parts.join(' + ')}。`;
  },
  'pd-value': (p, w) => `PD为${w.value('performanceDensity', p.pd)} = TPP ${w.value('tpp', p.tpp)} ÷ ${w.number(p.area, 2)} mm²（非平面逻辑裸片面积）。`,
  'pd-no-die-area': () => 'PD未知：未提供裸片面积。',
  'pd-no-non-planar-die': () => 'PD不存在：没有任何裸片采用非平面（FinFET或GAA）工艺制造，因此只有仅针对TPP的条款可能适用。',
  fleet: (p, w) => `${w.number(p.quantity, 0)}颗芯片 × TPP ${w.value('tpp', p.tpp)} = 总TPP ${w.value('totalTpp', p.totalTpp)}：`
    + `按TPP计的H100等效数为${w.value('h100EquivalentsByTpp', p.byTpp)}（÷ 15,832，与AI扩散规则上限的计法相同）`
    + (p.by8Bit !== null && p.eightBitTeraOps !== null
      ? `，按峰值8位运算计为${w.value('h100EquivalentsBy8Bit', p.by8Bit)}（每颗每秒${w.number(p.eightBitTeraOps, 3)}万亿次稠密运算 ÷ 1,979，与Epoch AI的计法相同）。`
      : '；由于未提供8位算力数值，无法按8位运算计算。'),
  country: (p, w) => `${ROLE[p.role]}为${p.country}${p.role === 'shipFrom' ? (p.country === 'US' ? '（从美国出口）' : '（再出口，或从美国境外出口）')
    : p.groups.length ? `（属于${w.and(p.groups)}国家组）` : '（不属于D:1、D:4、D:5、A:5和A:6中的任何国家组）'}。`,
  'training-unknown': () => '训练计算量未知：请给出计算集群（芯片数量、单芯片算力、利用率和时长）、模型（参数和词元数）或总FLOP。',
  'training-cluster': (p, w) => `本次训练的计算量为${w.value('trainingFlop', p.flop)} = ${w.number(p.chips, 0)}颗芯片 × ${perChip(p.perChip, w)} × ${share(p.utilization, w)}利用率 × ${w.number(p.days, 3)}天（${w.number(p.seconds, 0)}秒）。`,
  'training-cluster-rate': (p, w) => `该集群的运行速率为${w.value('clusterPeakOpsPerSecond', p.rate)} = ${w.number(p.chips, 0)}颗芯片 × ${perChip(p.perChip, w)} × ${share(p.utilization, w)}利用率（峰值为${w.value('clusterPeakOpsPerSecond', p.peak)}）；未给出训练时长，因此本次训练的计算量未知。`,
  'training-model': (p, w) => `本次训练的计算量为${w.value('trainingFlop', p.flop)} = 6 × ${w.figure('trainingFlop', p.parameters)}个${p.active ? '激活参数' : '参数'} × ${w.figure('trainingFlop', p.tokens)}个词元。`,
  'training-total': (p, w) => `本次训练的计算量为给定值：${w.value('trainingFlop', p.flop)}。`,
  'training-cumulative': (p, w) => `该模型的训练计算量为${w.value('trainingFlop', p.total)} = ${[
    ...(p.base !== null ? [`原模型的${w.value('trainingFlop', p.base)}`] : []),
    `本次训练的${w.value('trainingFlop', p.run)}`,
    ...(p.fineTuning !== null ? [`微调及其他修改的${w.value('trainingFlop', p.fineTuning)}`] : []),
  ].join(' + ')}。`,
  modification: (p, w) => {
    const thirds = new Decimal(p.thirds);
    const side = thirds.greaterThan(1) ? '超过' : thirds.lessThan(1) ? '不到' : '恰好为';
    return `此次修改使用了${w.value('trainingFlop', p.modification)}，${side}原模型${w.value('trainingFlop', p.base)}的三分之一`
      + `（为三分之一的${w.value('modificationThirds', p.thirds)}倍）。`;
  },
  'days-to-line': (p, w) => `按此速率，该模型的计算量将在训练${w.number(p.days, 2)}天后达到${w.threshold('trainingFlop', p.threshold)}（${w.item(p.item).label}）`
    + `${p.durationDays !== null ? `；本次训练持续${w.number(p.durationDays, 3)}天` : ''}。`,
  'mbd-value': (p, w) => `内存带宽密度为${w.value('memoryBandwidthDensity', p.mbd)} = ${w.number(p.bandwidth, 2)} GB/s ÷ ${w.number(p.area, 2)} mm²（堆栈面积）。`,
  controlled: (p, w) => `受管制：${w.classification(p.classification)}（${p.clauses.map((id) => w.item(id).label).join('、')}）。`,
  'clause-holds': (p, w) => `${w.item(p.item).label}成立：${conditions(p.conditions, w)}。`,
  'also-depends': (p, w) => `${and(p.items.map((id) => w.item(id).label))}是否也适用，取决于${and(p.inputs.map(w.input))}。`,
  excluded: (p, w) => `不受管制：适用${w.item(p.item).title}，因为${conditions(p.conditions, w)}。`,
  'out-of-scope': (p, w) => `不受管制：${w.ruleSet.title}涵盖的是${w.ruleSet.covers}，而评估对象是${w.messages.kind[p.kind]}。`,
  'none-holds': (p, w) => (p.basedOn
    ? `依据${w.ruleSetTitle(p.basedOn)}不受管制：没有任何条款成立，因此${w.ruleSet.title}对其不适用。`
    : `依据${w.ruleSet.title}不受管制：没有任何条款成立。`),
  'clause-fails': (p, w) => `${w.item(p.item).label}不成立：${conditions(p.conditions, w, '；')}。`,
  undecided: (p, w) => `缺少${and(p.inputs.map(w.input))}，无法判定。`,
  'item-depends': (p, w) => {
    const subject = p.item === 'scope' ? `${w.ruleSet.title}是否适用` : w.item(p.item).label;
    return `${subject}取决于${and(p.metrics.map(w.metric))}${p.known.length ? `；${conditions(p.known, w)}` : ''}。`;
  },
  'not-controlled-note': (_p, w) => w.ruleSet.notControlledNote,
  outcome: (p, w) => w.item(p.item).text ?? w.item(p.item).title,
  'outcome-depends': (p, w) => `${w.item(p.item).title}：取决于${and(p.inputs.map(w.input))}。`,
  'outcome-reading': (p, w) => `${w.item(p.item).title}：取决于规则未明确的位长：若${bitLengths(p.holdsUnder)}则适用，若${bitLengths(p.failsUnder)}则不适用。`,
  'readings-differ': (p, w) => {
    const parts = p.readings.map((r) => {
      const titles = r.verdict.outcomes.map((id) => w.item(id).title);
      return `若${bitLengths(r.bitLengths)}，TPP为${w.value('tpp', r.tpp)}，结论为${verdictWords(r.verdict)}${titles.length ? `（${titles.join('；')}）` : ''}`;
    });
    return `结论取决于规则未明确的位长：${parts.join('；')}。请为该数值明确指定位长以作判定。`;
  },
  nearest: (p, w) => nearestLine(p.boundary, p.current, w),
  market: (p, w) => `如果该芯片${p.boundary.to === 'true' ? '属于' : '不属于'}设计或销售用于数据中心的产品，${effect(p.boundary, p.current, w)}。`,
  'rule-set-status': (p, w) => {
    const span = p.until ? `${w.date(p.effective)}至${w.date(p.until)}有效` : `${w.date(p.effective)}生效`;
    const stage = p.stage ? `；${w.date(p.stage.date)}，${stageWords(p.stage.label)}` : '';
    const replaced = p.supersededBy ? `；已被${w.ruleSetTitle(p.supersededBy)}取代` : '';
    const standing = {
      superseded: `已被取代（${span}${replaced}）：仅供历史查阅或比较，不适用于当前的出口`,
      'not-enforced': `已不予执行（${span}${replaced}）：仅供历史查阅或比较，不适用于当前的出口`,
      revoked: `已撤销（${span}${replaced}）：仅作历史保留，并不有效`,
      reported: `是据报道的要求，并未公布（${span}）：其界线来自公司文件和新闻报道，而非已公布的规则`,
      bill: `是法案而非法律（${p.stage ? `${w.date(p.effective)}提出${stage}` : span}）：只是提案，并非现行有效的规则`,
      hypothetical: `是假设情形${p.derivedFrom ? `，其阈值由${w.ruleSetTitle(p.derivedFrom)}修改而来` : ''}：仅作推演，并非现行有效的规则`,
      enacted: `已颁布，但尚未生效：将于${w.date(p.effective)}生效${stage}`,
      withdrawn: `是已撤回的草案，从未公布（${w.date(p.effective)}见诸报道${stage}）：其界线来自有关该草案的新闻报道`,
    }[p.status];
    return `该规则集${standing}。`;
  },
  'sparse-halved': (p, w) => `${p.format} ${w.number(p.value, 3)} ${p.unit}这一数值被标为稀疏值，已减半为每秒${w.number(p.denseTeraOps, 3)}万亿次稠密运算：规则按稠密算力计算。`,
  'bit-length-open': (p, w) => `${p.format}按${p.bitLength}位（其存储宽度）计；规则未明确是否应改按其${p.alternative}位有效位计算。`
    + (p.decides ? `该数值决定TPP：若按${p.alternative}位计，TPP将为${w.value('tpp', p.tppIfAlternative)}。` : '无论按哪种位长，该数值都不决定TPP。'),
  'planar-excluded': (p, w) => `${w.number(p.area, 2)} mm²采用平面工艺的裸片面积未计入适用裸片面积，因为该定义只计算非平面逻辑裸片。`,
  'near-threshold': (p, w) => `${position(p.condition, w, w.item(p.item).label)}，差距在1%以内：数据手册中的数值常经过四舍五入，请核对精确值。`,
  'hbm-not-used': () => '规格中给出了HBM堆栈（hbmStack），但该规格描述的是逻辑芯片，其共同封装的HBM不属于3A090.c：未对该堆栈进行评估。如需评估独立的HBM堆栈，请将kind设为“hbm-stack”。',
  'h100e-conventions': (p, w) => `按TPP计，一颗此类芯片相当于${w.value('h100EquivalentsByTpp', p.byTpp)}块H100；按峰值8位运算计，相当于${w.value('h100EquivalentsBy8Bit', p.by8Bit)}块：`
    + 'TPP按位长为每种运算加权并取最高值，因此芯片的4位算力计得的数值可能高于其8位算力。AI扩散规则的上限按TPP计算；Epoch AI按8位运算计算。',
  'country-note': (p) => `${ROLE[p.role]}为${p.country}${p.group ? `（${p.group}国家组）` : ''}：${countryNote(p.note)}`,
  'training-estimate': (p) => (p.route === 'cluster'
    ? '本次训练的计算量是按峰值速率 × 利用率 × 时长估算的；规则计算的是实际执行的运算次数，因此如已知实测总量，请给出该总量（totalFlop）。'
    : '6 × 参数 × 词元数是对稠密Transformer模型训练运算量（前向和反向传播）的估算；它未计入注意力机制等其他项，而规则计算的是实际执行的运算次数。'),
} satisfies StepMessages;
