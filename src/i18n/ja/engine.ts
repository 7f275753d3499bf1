/**
 * 日本語（ja）: the engine's words (numbers, dates, lists, metric and input names, verdicts, errors,
 * as-of sentences) and the steps of an explanation. The same structure as en-words.ts and en.ts;
 * every message returns one whole Japanese sentence or phrase. Terms: docs/glossary/ja.md.
 */
import { Decimal } from '../../core/decimal.js';
import type { Boundary } from '../../core/boundary.js';
import type { ErrorCode, Expected, FieldError } from '../../core/errors.js';
import type { NumberStyle } from '../../core/format.js';
import { METRICS, type MetricDefinition, type MetricName } from '../../core/metrics/registry.js';
import type { ConditionResult, Verdict } from '../../core/rules/classify.js';
import type { CountryRole, EntryParams, PerChipParams } from '../../core/explain/steps.js';
import type { StepMessages, Words, WordsMessages } from '../../core/explain/words.js';
import { RULE_SETS } from './rule-sets.js';

/** Digits grouped by "," with "." before the decimals, as Japanese writes them. */
const NUMBERS: NumberStyle = { group: ',', decimal: '.', minus: '-' };

/** "2023年11月17日"; anything that is not an ISO date is shown as given. String work only, no Intl. */
export function date(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${match[1]}年${month}月${day}日` : iso;
}

/** "A、BとC" / "A、BまたはC". */
function list(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}${word}${items[items.length - 1]}`;
}

export const and = (items: readonly string[]) => list(items, 'と');
export const or = (items: readonly string[]) => list(items, 'または');

/**
 * The built-in rule sets' classifications that are words ("frontier model"), by the original: a
 * verdict names its classification without its rule set, and an ECCN paragraph stays as it is.
 */
const CLASSIFICATIONS: Record<string, string> = Object.assign({}, ...Object.values(RULE_SETS).map((r) => r.classifications ?? {}));

/** A classification as Japanese says it: "3A090.b", "フロンティアモデル". */
export const classification = (c: string | null) => (c === null ? '' : CLASSIFICATIONS[c] ?? c);

/** "3A090.bとして規制対象", "フロンティアモデルとして規制対象", "規制対象外", "未確定". */
export function verdictWords(v: Pick<Verdict, 'status' | 'classification'>): string {
  if (v.status === 'controlled') return `${classification(v.classification)}として規制対象`;
  return v.status === 'not-controlled' ? '規制対象外' : '未確定';
}

/** The item kinds, as a condition on `itemKind` shows its values and as "この品目は…です" ends. */
const KIND = { logic: 'ロジックチップ', 'hbm-stack': '単体のHBMスタック', 'training-run': 'AIモデルの学習実行' };

/** The rule-set families the built-in rule sets name; another family is shown as given. */
const FAMILIES: Record<string, string> = {
  '3A090 integrated circuits': '3A090の集積回路',
  '3A090.c high-bandwidth memory': '3A090.cの高帯域幅メモリ',
  'H20-class licence letters': 'H20級のインフォームレター',
  '3A090 licence by destination and buyer': '仕向地と購入者による3A090の許可要件',
  'Section 232 semiconductor duty': '通商拡大法232条に基づく半導体関税',
  'AI Diffusion caps': 'AI拡散規則の上限',
  'China volume cap': '中国向け出荷量の上限',
  'Draft AI chip export caps': 'AIチップ輸出上限の草案',
  'US bills on AI chip exports': 'AIチップの輸出に関する米国の法案',
  'EU AI Act general-purpose models': 'EU AI法の汎用AIモデル',
  'California frontier AI': 'カリフォルニア州のフロンティアAI規制',
  'New York frontier AI': 'ニューヨーク州のフロンティアAI規制',
  'US executive orders on AI': 'AIに関する米国の大統領令',
};
const family = (name: string) => FAMILIES[name] ?? name;

const EXPECTED: Record<Expected, string> = {
  number: 'は数値または10進数の文字列である必要があります',
  boolean: 'はtrueまたはfalseである必要があります',
  text: 'は文字列である必要があります',
  'non-empty-text': 'は空でない文字列である必要があります',
  list: 'はリストである必要があります',
  'non-empty-list': 'は空でないリストである必要があります',
  object: 'はオブジェクトである必要があります',
  spec: 'はオブジェクトである必要があります',
  'rule-set': 'はオブジェクトである必要があります',
  entry: 'はformat、value、unitを持つオブジェクトである必要があります',
  die: 'はareaMm2を持つオブジェクトである必要があります',
  'hbm-stack': 'はbandwidthGBpsとareaMm2を持つオブジェクトである必要があります',
  condition: 'は条件（{ metric, op, threshold }）またはグループ（{ all: [...] }または{ any: [...] }）である必要があります',
  sentences: 'は文のリストである必要があります',
  source: 'はtitleとurlを持つオブジェクトである必要があります',
  citation: 'はdocument、published、urlを持つオブジェクトである必要があります',
  'date-or-false': 'はYYYY-MM-DD形式の日付、またはfalseである必要があります',
  cluster: 'はchips、perChip、utilization（およびdurationDays）を持つオブジェクトである必要があります',
  model: 'はparameters（またはactiveParameters）とtokensを持つオブジェクトである必要があります',
  'per-chip': 'はvalueとunit（およびformat）を持つオブジェクトである必要があります',
  stage: 'はlabelとdateを持つオブジェクトである必要があります',
};

const shown = (e: FieldError) => (e.params.given ? `（${e.params.given}）` : '');
const knownList = (e: FieldError, separator = '、') => (e.params.known ?? []).join(separator);

/** The problem, as it follows the field's name (with its particle): "<field>は…". */
const PROBLEMS: Record<ErrorCode, (e: FieldError) => string> = {
  missing: () => 'がありません',
  'wrong-type': (e) => EXPECTED[e.params.expected ?? 'object'],
  'not-a-number': (e) => `は数値ではありません${shown(e)}`,
  'not-finite': () => 'は有限の数値である必要があります',
  separator: (e) => `は数値として読めません${shown(e)}。小数点には「.」を使い、桁区切り記号は入れないでください`,
  'ambiguous-separator': (e) => `は2通りに読めます${shown(e)}：${knownList(e, 'または')}`,
  'out-of-range': (e) => `は範囲外です（10^400を超えています）${shown(e)}`,
  negative: () => 'は負の値にできません',
  'not-positive': () => 'は0より大きい必要があります',
  'not-a-date': (e) => (e.params.expected === 'date-or-false'
    ? 'はYYYY-MM-DD形式の日付、または米国で一度も販売されていない場合はfalseである必要があります' : 'はYYYY-MM-DD形式の日付である必要があります'),
  'not-a-url': () => 'はhttp(s)のアドレスである必要があります',
  'unknown-field': (e) => `は既知のフィールドではありません（既知のもの：${knownList(e)}）`,
  'unknown-format': (e) => `の${e.params.given}は既知の形式ではありません（${knownList(e)}）。bitLengthを指定してください`,
  'unknown-unit': (e) => `の${e.params.given}は既知の単位ではありません（${knownList(e)}）`,
  'unknown-kind': (e) => `の${e.params.given}は既知の種類ではありません（${knownList(e)}）`,
  'unknown-country': (e) => `の${e.params.given}はISO 3166-1 alpha-2の国コードではありません（例：US、CN、AE）`,
  'unknown-exemption': (e) => `の${e.params.given}は既知の最終用途ではありません（${knownList(e)}）`,
  'not-integer': (e) => `は整数である必要があります${shown(e)}`,
  'above-maximum': (e) => `は${e.params.max}以下である必要があります`,
  'one-route-only': (e) => `は学習計算量を求める2つ目の経路になっています。${knownList(e)}のうち1つだけを指定してください`,
  'unknown-status': (e) => `は${knownList(e)}のいずれかである必要があります`,
  'unknown-evidence': (e) => `は${knownList(e)}のいずれかである必要があります`,
  'unknown-rule-set': (e) => `の${e.params.given}は既知のルールセットではありません（既知のもの：${knownList(e) || 'なし'}）`,
  'unknown-metric': (e) => `${e.params.given ? `の${e.params.given}は既知の指標ではありません` : 'がありません'}（既知のもの：${knownList(e)}）`,
  'outcome-metric': (e) => `の「${e.params.metric}」は、分類が決まった後の帰結（outcomes）でしか判定できません`,
  'unknown-operator': (e) => `${e.params.given ? `の${e.params.given}は使用できません` : 'がありません'}（${e.params.metric}に使えるもの：${knownList(e, ' ')}）`,
  'unknown-condition': () => 'はルールセットのどの条件も指していません',
  'duplicate-id': (e) => `の${e.params.given}が2回使われています`,
  'too-deep': (e) => `は条件を${e.params.max}階層より深く入れ子にしています`,
};

/** A structured error in Japanese, e.g. "throughput[1].valueは数値ではありません（"abc"）。" */
export function errorMessage(e: FieldError): string {
  return `${e.field}${PROBLEMS[e.code](e)}。`;
}

const ERRORS = Object.fromEntries(Object.keys(PROBLEMS).map((code) => [code, errorMessage])) as unknown as WordsMessages['errors'];

export const WORDS = {
  numbers: NUMBERS,
  requirement: (symbol: string, threshold: string) => `${symbol}${threshold}`,
  yesNo: (value: boolean) => (value ? 'はい' : 'いいえ'),
  condition: (metric: string, requirement: string) => `${metric}${requirement}`,
  date,
  and,
  or,
  metric: {
    itemKind: '品目の種類',
    tpp: 'TPP',
    performanceDensity: 'PD',
    applicableDieAreaMm2: '対象ダイ面積',
    interconnectGBps: '双方向転送レート',
    dramBandwidthGBps: 'DRAM総帯域幅',
    dramPlusInterconnectGBps: 'DRAMとインターコネクトの合計帯域幅',
    memoryBandwidthDensity: 'メモリ帯域幅密度',
    datacenter: 'データセンター向けの設計・販売',
    usAvailableSince: '米国での販売開始日',
    quantity: 'チップ数',
    totalTpp: '合計TPP',
    h100EquivalentsByTpp: 'TPPによるH100換算',
    h100EquivalentsBy8Bit: '8ビット演算によるH100換算',
    shareOfUsShipments: '米国向け出荷量に対する比率',
    destinationCountry: '仕向地',
    buyerHeadquartersCountry: '購入者の本社所在地',
    shipFromCountry: '出荷元',
    destinationInD1: '仕向地がカントリーグループD:1の国',
    destinationInD4: '仕向地がカントリーグループD:4の国',
    destinationInD5OrMacau: '仕向地がカントリーグループD:5の国またはマカオ',
    destinationInA5: '仕向地がカントリーグループA:5の国',
    destinationInA6: '仕向地がカントリーグループA:6の国',
    buyerHeadquartersInD5OrMacau: '購入者の本社所在地がカントリーグループD:5の国またはマカオ',
    destinationOutsideChinaMacau: '仕向地が中国・マカオ以外',
    shippedFromOutsideUs: '出荷元が米国以外',
    tariffExemption: '米国内での最終用途',
    tariffExempt: '関税免除の対象となる米国内の最終用途向けの輸入',
    trainingFlop: '学習計算量',
    modificationThirds: '元のモデルの計算量の3分の1に対する改変の計算量の倍率',
    clusterPeakOpsPerSecond: 'クラスターのピーク性能',
    clusterNetworkGbps: 'クラスターのネットワーク速度',
    singleDatacenter: '単一のデータセンター内への設置',
    biologicalSequenceData: '主に生物学的配列データによる学習',
    generatesContent: 'テキスト・音声・画像・動画のいずれかの生成',
    developerRevenueUsd: '開発者の売上高',
    controlled: '規制対象',
    classification: '分類',
  },
  input: {
    kind: '品目の種類',
    throughput: 'スループットの数値',
    dies: 'ダイ面積',
    datacenter: '市場（データセンター向けに設計または販売されているか）',
    dramBandwidthGBps: 'DRAM総帯域幅',
    interconnectGBps: 'チップ間転送レート',
    hbmStack: 'HBMスタックの帯域幅・面積',
    usAvailableSince: '米国で初めて販売された日',
    bitLength: '規則上未確定のビット長',
    quantity: 'チップ数',
    destinationCountry: '仕向国',
    buyerHeadquartersCountry: '購入者（またはその最終親会社）が本社を置く国',
    shipFromCountry: 'チップの出荷元の国',
    tariffExemption: 'チップを輸入する米国内の最終用途',
    usEndUseQuantity: '米国の顧客向けの出荷数',
    trainingCompute: '学習計算量（チップ数と期間、パラメータ数とトークン数、またはFLOPによる）',
    trainingDuration: '学習期間',
    baseModelFlop: '元のモデルの学習計算量',
    developerRevenueUsd: '開発者の年間売上高',
    biologicalSequenceData: 'モデルが主に生物学的配列データで学習したかどうか',
    generatesContent: 'モデルがテキスト・音声・画像・動画のいずれかを生成するかどうか',
    clusterNetwork: 'クラスターのネットワーク速度',
    singleDatacenter: 'クラスターが単一のデータセンター内にあるかどうか',
  },
  kind: KIND,
  status: {
    'in-force': '施行中',
    superseded: '後継規則により置き換え済み',
    'not-enforced': '執行されていない',
    revoked: '廃止',
    reported: '報道のみ（未公表）',
    bill: '法案（法律ではない）',
    hypothetical: '仮定（規則ではない）',
    enacted: '成立済み・未施行',
    withdrawn: '撤回された草案（未公表）',
  },
  verdict: (status: 'controlled' | 'not-controlled' | 'indeterminate', classification: string | null) => verdictWords({ status, classification }),
  errors: ERRORS,
  asOf: (reason, ruleSet) => {
    const cite = (id: string) => {
      const r = ruleSet(id);
      return r ? `${r.title}（${r.document}、${date(r.effective)}施行）` : id;
    };
    switch (reason.code) {
      case 'not-a-date':
        return `「${reason.date}」はYYYY-MM-DD形式の日付ではありません。`;
      case 'none-in-force':
        return `${date(reason.date)}の時点で、${family(reason.family)}について施行中のルールセットはありません。${reason.next ? `最初のルールセットである${cite(reason.next)}は、それより後に施行されました。` : ''}`;
      case 'chosen': {
        const ended = reason.ended.map((e) => `${ruleSet(e.id)?.title ?? e.id}は${date(e.until)}に終了しています。`);
        return `${date(reason.date)}の時点で${family(reason.family)}について施行中の規則は、${cite(reason.ruleSet)}です。`
          + `${reason.base ? `これは${cite(reason.base)}を基礎としています。` : ''}${ended.join('')}`;
      }
    }
  },
} satisfies WordsMessages;

// The steps of an explanation.

function entryFormula(e: EntryParams, w: Words): string {
  const figure = `${e.format} ${w.number(e.value, 3)} ${e.unit}`;
  const notes = [e.countsMacs ? '積和演算（MAC）は2演算として計算' : '', e.sparse ? 'スパース値のため半減' : ''].filter(Boolean);
  const converted = notes.length > 0 || (e.unit !== 'TOPS' && e.unit !== 'TFLOPS')
    ? ` = 密演算${w.number(e.denseTeraOps, 3)}兆回/秒${notes.length ? `（${notes.join('、')}）` : ''}` : '';
  return `${figure}${converted} × ${e.bitLength}ビット${e.bitLengthOverridden ? '（ビット長は指定値）' : ''}`;
}

/** A value as a multiple of its line in Japanese, from its relative margin: the shared "1.50×" with 倍 for its sign, "1.50倍". */
const times = (relative: string, w: Words) => w.multipleOfLine(relative).replace(/×$/, '倍');

/**
 * Where a known numeric value stands against its threshold, e.g. "TPPは4,790で、しきい値4,800を10下回ります";
 * for a metric compared as a multiple (a cap), "合計TPPは1,187,400,000で、しきい値790,000,000の1.50倍です".
 */
function position(c: ConditionResult, w: Words): string {
  const difference = new Decimal(c.margin?.absolute ?? 0);
  const def: MetricDefinition = METRICS[c.metric];
  const relative = c.margin?.relative ?? null;
  const stands = `${w.metric(c.metric)}は${w.value(c.metric, c.value ?? '0')}で、しきい値${w.threshold(c.metric, c.threshold)}`;
  if (difference.isZero()) return `${stands}ちょうどです`;
  if (def.compare === 'multiple' && relative !== null) return `${stands}の${times(relative, w)}です`;
  return `${stands}を${w.amount(c.metric, difference.toString(), false)}${difference.isNegative() ? '下回ります' : '上回ります'}`;
}

/** How a yes-or-no metric reads: whether it is known, and its value as a requirement (plain) and as a statement (polite). */
interface BooleanWords {
  whether: string;
  plain: (value: boolean) => string;
  polite: (value: boolean) => string;
}

/** A yes-or-no metric's forms: [whether, plain yes, plain no, polite yes, polite no]. */
type Forms = readonly [string, string, string, string, string];

/** "X" as a statement that is or is not so: "仕向地が中国・マカオ以外です" / "…ではありません". */
const copula = (x: string): Forms => [`${x}かどうか`, `${x}である`, `${x}ではない`, `${x}です`, `${x}ではありません`];

const BOOLEAN_FORMS: Partial<Record<MetricName, Forms>> = {
  datacenter: ['データセンター向けに設計または販売されているかどうか', 'データセンター向けに設計または販売されている', 'データセンター向けに設計も販売もされていない',
    'データセンター向けに設計または販売されています', 'データセンター向けに設計も販売もされていません'],
  controlled: ['規制対象かどうか', '規制対象である', '規制対象ではない', '規制対象です', '規制対象ではありません'],
  destinationInD1: copula('仕向地がカントリーグループD:1の国'),
  destinationInD4: copula('仕向地がカントリーグループD:4の国'),
  destinationInD5OrMacau: copula('仕向地がカントリーグループD:5の国またはマカオ'),
  destinationInA5: copula('仕向地がカントリーグループA:5の国'),
  destinationInA6: copula('仕向地がカントリーグループA:6の国'),
  buyerHeadquartersInD5OrMacau: copula('購入者の本社所在地がカントリーグループD:5の国またはマカオ'),
  destinationOutsideChinaMacau: copula('仕向地が中国・マカオ以外'),
  shippedFromOutsideUs: copula('出荷元が米国以外'),
  tariffExempt: copula('関税免除の対象となる米国内の最終用途向けの輸入'),
  singleDatacenter: ['クラスターが単一のデータセンター内にあるかどうか', 'クラスターが単一のデータセンター内にある', 'クラスターが単一のデータセンター内にない',
    'クラスターは単一のデータセンター内にあります', 'クラスターは単一のデータセンター内にありません'],
  biologicalSequenceData: ['主に生物学的配列データで学習したかどうか', '主に生物学的配列データで学習している', '主に生物学的配列データで学習していない',
    '主に生物学的配列データで学習しています', '主に生物学的配列データで学習していません'],
  generatesContent: ['テキスト・音声・画像・動画のいずれかを生成するかどうか', 'テキスト・音声・画像・動画のいずれかを生成する', 'テキスト・音声・画像・動画のいずれも生成しない',
    'テキスト・音声・画像・動画のいずれかを生成します', 'テキスト・音声・画像・動画のいずれも生成しません'],
};

function booleanWords(metric: MetricName, w: Words): BooleanWords {
  const forms = BOOLEAN_FORMS[metric];
  if (forms) {
    const [whether, yes, no, politeYes, politeNo] = forms;
    return { whether, plain: (v) => (v ? yes : no), polite: (v) => (v ? politeYes : politeNo) };
  }
  const label = w.metric(metric);
  const said = (v: boolean) => `${label}：${w.messages.yesNo(v)}`;
  return { whether: label, plain: said, polite: said };
}

/** A text value as shown: an item kind in words, anything else as given. */
const textValue = (metric: MetricName, value: string) => (metric === 'itemKind' && value in KIND ? KIND[value as keyof typeof KIND] : value);

/** One condition as a whole sentence, e.g. "PDは2.91で、しきい値3.2を0.29下回ります（要件：≥3.2）。" */
function condition(c: ConditionResult, w: Words): string {
  const label = w.metric(c.metric);
  const kind = METRICS[c.metric].kind;
  if (kind === 'boolean') {
    const b = booleanWords(c.metric, w);
    const needs = b.plain(c.threshold === 'true');
    // A question that does not arise for this item (a cluster's, for a run described by its model) is false, not open.
    if (c.value === null) return c.met === false ? `${label}：当てはまりません。` : `${b.whether}は不明です（要件：${needs}）。`;
    return `${b.polite(c.value === 'true')}${c.met ? '' : `（要件：${needs}）`}。`;
  }
  if (kind !== 'number') {
    const needs = kind === 'date' ? w.requirement(c.metric, c.op, c.threshold) : textValue(c.metric, c.threshold);
    const stated = c.value === null ? `${label}は不明です`
      : kind === 'date' ? (c.value === 'never' ? `${label}はありません` : `${label}は${date(c.value)}です`)
        : `${label}は${textValue(c.metric, c.value)}です`;
    return `${stated}${c.met ? '' : `（要件：${needs}）`}。`;
  }
  const requirement = w.requirement(c.metric, c.op, c.threshold, false);
  if (c.value === null) return `${label}は${c.met === false ? '存在しません' : '不明です'}（要件：${requirement}）。`;
  return `${position(c, w)}（${c.met ? `${requirement}を満たします` : `要件：${requirement}`}）。`;
}

/** A head and its conditions, each a sentence: "3A090.a.1に該当します：TPPは…。" */
const withConditions = (head: string, cs: readonly ConditionResult[], w: Words) =>
  (cs.length ? `${head}：${cs.map((c) => condition(c, w)).join('')}` : `${head}。`);

/** What crossing would do, as a sentence ends: "3A090.bとして規制対象になります". */
function effect(b: Boundary, current: Verdict, w: Words): string {
  const after = verdictWords(b.verdictAfter);
  if (after !== verdictWords(current)) return `${after}になります`;
  const gained = b.verdictAfter.outcomes.filter((id) => !current.outcomes.includes(id)).map((id) => w.item(id).title);
  return `${after}のままですが、${and(gained.map((t) => `「${t}」`)) || '別の帰結'}が加わります`;
}

/** The whole number of chips that crosses a line the quantity lever reaches at `to` (a fraction). */
function chipsAcross(b: Boundary): string {
  const to = new Decimal(b.leverTo ?? '0');
  const count = b.direction === 'increase' ? (b.strict ? to.floor().plus(1) : to.ceil()) : (b.strict ? to.ceil().minus(1) : to.floor());
  return Decimal.max(count, 0).toString();
}

function nearestLine(b: Boundary, current: Verdict, w: Words): string {
  const to = w.value(b.metric, b.to);
  const reach = b.strict ? (b.direction === 'increase' ? `${to}を超える` : `${to}を下回る`) : `${to}になる`;
  const change = new Decimal(b.change ?? 0);
  const amount = change.isZero() ? `現在ちょうど${to}` : `${b.direction === 'increase' ? '+' : '−'}${w.amount(b.metric, change.toString())}`;
  const percent = b.relativeChange && !change.isZero() ? `、${w.percent(b.relativeChange)}` : '';
  const scope = b.lever === 'throughput'
    ? b.metric === 'tpp' ? '、ダイ面積は変えない場合' : `、スループット${w.percent(b.leverTo ?? '0')}の場合`
    : b.lever === 'dieArea' ? `、対象ダイ面積が${w.number(b.leverTo ?? '0', 2)} mm²の場合`
      : b.lever === 'quantity' && b.metric !== 'quantity' ? `、チップ数にして${w.number(chipsAcross(b), 0)}個`
        : b.lever === 'trainingDays' ? `、学習開始から${w.number(b.leverTo ?? '0', 2)}日の時点`
          : b.lever === 'runCompute' && b.metric !== 'trainingFlop' ? `、この学習実行の計算量が${w.value('trainingFlop', b.leverTo ?? '0')}の場合` : '';
  return `最も近い境界（${w.item(b.itemId).label}）：${w.metric(b.metric)}が${reach}と（${amount}${percent}${scope}）、${effect(b, current, w)}。`;
}

/** "TF32を19ビット、FP8を8ビット" */
const bitLengths = (lengths: readonly { format: string; bitLength: string }[]) => lengths.map((b) => `${b.format}を${b.bitLength}ビット`).join('、');

const FOR_HISTORY = '過去の確認や比較のためのもので、現在の輸出の判断には使えません';

/** Which party or place a country given in a spec is. */
const ROLE: Record<CountryRole, string> = { destination: '仕向地', buyerHeadquarters: '購入者の本社所在地', shipFrom: '出荷元' };

/** The country-groups data's notes (src/data/country-group-notes.json), by their English text; another note is shown as given. */
const COUNTRY_NOTES: Record<string, string> = {
  'Hong Kong has been treated as China under the EAR since BIS removed it as a separate destination in December 2020.':
    '香港は、2020年12月にBISが独立した仕向地としての扱いをやめて以来、EAR上は中国として扱われています。',
  'Macau is a destination of its own under the EAR (since 1999); the advanced-computing rules name it beside Country Group D:5 (\'D:5 or Macau\'), as it is not in D:5.':
    'マカオはEAR上、（1999年以来）独立した仕向地です。D:5に含まれないため、先端コンピューティング関連の規則はカントリーグループD:5と並べて名指ししています（「D:5またはマカオ」）。',
  'Cambodia left Country Group D:5 when the State Department lifted its arms embargo (ITAR § 126.1, November 2025); the EAR followed on 2026-02-03.':
    'カンボジアは、国務省が武器禁輸を解除した（ITAR § 126.1、2025年11月）ことでカントリーグループD:5から外れました。EARは2026年2月3日にこれに追随しました。',
  'Cyprus is named in ITAR § 126.1, but its status as a proscribed destination is suspended from 2025-10-01 to 2026-09-30 (renewed yearly since 2022); it is not counted in D:5 here. Check the current suspension.':
    'キプロスはITAR § 126.1に記載されていますが、禁止仕向地としての扱いは2025年10月1日から2026年9月30日まで停止されています（2022年以来、毎年更新）。ここではD:5に含めていません。現在の停止措置を確認してください。',
  'Ethiopia was added to ITAR § 126.1 in November 2021, which adds it to D:5; no later removal was found.':
    'エチオピアは2021年11月にITAR § 126.1に追加され、これによりD:5に加わりました。その後に除外された記録は見つかっていません。',
  'Syria\'s sanctions changed in 2025; its listing in ITAR § 126.1 (and so in D:5) was not re-checked.':
    'シリアに対する制裁は2025年に変更されました。ITAR § 126.1への記載（したがってD:5への該当）は再確認していません。',
  'A copy of the supplement\'s A table read for this data does not clearly mark Brazil in A:6; check it.':
    'このデータのために参照した補足のA表の写しでは、ブラジルがA:6に含まれるかどうかが明確ではありません。確認してください。',
};

/** Where a bill or a draft stands (a rule set's `stage`), by its English label; another label is shown as given. */
const STAGES: Record<string, string> = {
  'left out of the final FY2026 NDAA (its Senate-passed version had it as an amendment); S. 3150 and H.R. 5885 pending':
    '2026会計年度国防権限法（NDAA）の最終版には盛り込まれず（上院可決版には修正条項として含まれていた）、S. 3150とH.R. 5885は審議中',
  'referred to the Senate Committee on Banking, Housing, and Urban Affairs; no further action found':
    '上院銀行・住宅・都市問題委員会に付託され、その後の動きは確認されていない',
  'introduced in the Senate as S. 4456 (the House bill H.R. 6875 was reported advanced by the Foreign Affairs Committee, 42–2–1, on 2026-01-21)':
    '上院にS. 4456として提出（下院の法案H.R. 6875は、2026年1月21日に下院外交委員会で賛成42、反対2、棄権1で可決されたと報じられている）',
  'withdrawn from the OIRA review it entered on 2026-02-26':
    '2026年2月26日に始まった行政管理予算局情報・規制問題室（OIRA）の審査から撤回',
};

/** A per-chip rate as typed, e.g. "BF16 989.5 TFLOPS", halved when sparse. */
function perChip(p: PerChipParams, w: Words): string {
  const figure = `${p.format ? `${p.format} ` : ''}${w.number(p.value, 3)} ${p.unit}`;
  return p.sparse ? `${figure}（スパース値のため半減し、密演算${w.number(p.denseTeraOps, 3)}兆回/秒）` : figure;
}

/** A share from 0 to 1 as a percentage without a sign, e.g. "40%". */
const share = (fraction: string, w: Words) => `${w.number(new Decimal(fraction).times(100).toString(), 2)}%`;

export const STEPS = {
  'tpp-unknown': () => 'TPPは不明です。スループットの数値が入力されていません。',
  'tpp-single': (p, w) => `TPPは${w.value('tpp', p.tpp)}です（= ${entryFormula(p.entry, w)}）。${p.count > 1 ? `${p.count}件の数値のうち最大の値です。` : ''}`,
  'tpp-units': (p, w) => {
    const parts = p.units.map((u) => `${u.name ?? '名前のないユニット'} ${w.value('tpp', u.tpp)}${u.entry ? `（${entryFormula(u.entry, w)}）` : ''}`);
    return `TPPは${w.value('tpp', p.tpp)}で、同時に動作する${p.units.length}個の処理ユニットの合計です：${parts.join(' + ')}。`;
  },
  'pd-value': (p, w) => `PDは${w.value('performanceDensity', p.pd)}です（= TPP ${w.value('tpp', p.tpp)} ÷ 非平面型ロジックダイの面積${w.number(p.area, 2)} mm²）。`,
  'pd-no-die-area': () => 'PDは不明です。ダイ面積が入力されていません。',
  'pd-no-non-planar-die': () => 'PDは存在しません。非平面型（FinFETまたはGAA）プロセスで製造されたダイがないため、TPPだけを条件とする項しか適用されません。',
  fleet: (p, w) => `チップ${w.number(p.quantity, 0)}個 × TPP ${w.value('tpp', p.tpp)} = 合計TPP ${w.value('totalTpp', p.totalTpp)}です。`
    + `H100換算では、TPPによると${w.value('h100EquivalentsByTpp', p.byTpp)}個分（÷ 15,832。AI拡散規則の上限と同じ数え方）`
    + (p.by8Bit !== null && p.eightBitTeraOps !== null
      ? `、ピーク8ビット演算によると${w.value('h100EquivalentsBy8Bit', p.by8Bit)}個分（1個当たり密演算${w.number(p.eightBitTeraOps, 3)}兆回/秒 ÷ 1,979。Epoch AIの数え方）です。`
      : 'です。8ビットの数値が入力されていないため、8ビット演算による換算はありません。'),
  country: (p, w) => `${ROLE[p.role]}：${p.country}${p.role === 'shipFrom' ? (p.country === 'US' ? '（米国からの輸出）' : '（再輸出または国外からの輸出）')
    : p.groups.length ? `（カントリーグループ${w.and(p.groups)}）` : '（カントリーグループD:1、D:4、D:5、A:5、A:6のいずれにも属さない）'}。`,
  'training-unknown': () => '学習計算量は不明です。クラスター（チップ数、チップ当たりの性能、利用率、期間）、モデル（パラメータ数とトークン数）、または合計FLOPを入力してください。',
  'training-cluster': (p, w) => `この学習実行の計算量は${w.value('trainingFlop', p.flop)}です（= チップ${w.number(p.chips, 0)}個 × ${perChip(p.perChip, w)} × 利用率${share(p.utilization, w)} × ${w.number(p.days, 3)}日、すなわち${w.number(p.seconds, 0)}秒）。`,
  'training-cluster-rate': (p, w) => `クラスターの実効性能は${w.value('clusterPeakOpsPerSecond', p.rate)}です（= チップ${w.number(p.chips, 0)}個 × ${perChip(p.perChip, w)} × 利用率${share(p.utilization, w)}。ピーク性能は${w.value('clusterPeakOpsPerSecond', p.peak)}）。`
    + '期間が入力されていないため、この学習実行の計算量は不明です。',
  'training-model': (p, w) => `この学習実行の計算量は${w.value('trainingFlop', p.flop)}です（= 6 × ${p.active ? 'アクティブパラメータ数' : 'パラメータ数'}${w.figure('trainingFlop', p.parameters)} × トークン数${w.figure('trainingFlop', p.tokens)}）。`,
  'training-total': (p, w) => `この学習実行の計算量は、入力されたとおり${w.value('trainingFlop', p.flop)}です。`,
  'training-cumulative': (p, w) => `モデルの学習計算量は${w.value('trainingFlop', p.total)}です（= ${[
    ...(p.base !== null ? [`元のモデルの${w.value('trainingFlop', p.base)}`] : []),
    `この学習実行の${w.value('trainingFlop', p.run)}`,
    ...(p.fineTuning !== null ? [`ファインチューニングなどの改変の${w.value('trainingFlop', p.fineTuning)}`] : []),
  ].join(' + ')}）。`,
  modification: (p, w) => {
    const thirds = new Decimal(p.thirds);
    const side = thirds.greaterThan(1) ? 'の3分の1を上回ります' : thirds.lessThan(1) ? 'の3分の1を下回ります' : 'のちょうど3分の1です';
    return `改変に使った計算量は${w.value('trainingFlop', p.modification)}で、元のモデルの計算量${w.value('trainingFlop', p.base)}${side}`
      + `（3分の1の${w.value('modificationThirds', p.thirds)}倍）。`;
  },
  'days-to-line': (p, w) => `この速度では、モデルの計算量は学習開始から${w.number(p.days, 2)}日で${w.threshold('trainingFlop', p.threshold)}（${w.item(p.item).label}）に達します。`
    + `${p.durationDays !== null ? `この学習実行の期間は${w.number(p.durationDays, 3)}日です。` : ''}`,
  'mbd-value': (p, w) => `メモリ帯域幅密度は${w.value('memoryBandwidthDensity', p.mbd)}です（= ${w.number(p.bandwidth, 2)} GB/s ÷ スタック面積${w.number(p.area, 2)} mm²）。`,
  controlled: (p, w) => `規制対象です：${w.classification(p.classification)}（${p.clauses.map((id) => w.item(id).label).join('、')}）。`,
  'clause-holds': (p, w) => withConditions(`${w.item(p.item).label}に該当します`, p.conditions, w),
  'also-depends': (p, w) => `${and(p.items.map((id) => w.item(id).label))}にも該当するかどうかは、${and(p.inputs.map(w.input))}によって決まります。`,
  excluded: (p, w) => withConditions(`規制対象外です。${w.item(p.item).title}が適用されます`, p.conditions, w),
  'out-of-scope': (p, w) => `規制対象外です。${w.ruleSet.title}の対象は${w.ruleSet.covers}ですが、この品目は${w.messages.kind[p.kind]}です。`,
  'none-holds': (p, w) => (p.basedOn
    ? `${w.ruleSetTitle(p.basedOn)}の下では規制対象外です。どの項にも該当しないため、${w.ruleSet.title}はこの品目に適用されません。`
    : `${w.ruleSet.title}の下では規制対象外です。どの項にも該当しません。`),
  'clause-fails': (p, w) => withConditions(`${w.item(p.item).label}には該当しません`, p.conditions, w),
  undecided: (p, w) => `${and(p.inputs.map(w.input))}がなければ判定できません。`,
  'item-depends': (p, w) => {
    const subject = p.item === 'scope' ? `${w.ruleSet.title}が適用されるかどうか` : w.item(p.item).label;
    return `${subject}は、${and(p.metrics.map(w.metric))}によって決まります。${p.known.map((c) => condition(c, w)).join('')}`;
  },
  'not-controlled-note': (_p, w) => w.ruleSet.notControlledNote,
  outcome: (p, w) => w.item(p.item).text ?? w.item(p.item).title,
  'outcome-depends': (p, w) => `${w.item(p.item).title}：${and(p.inputs.map(w.input))}によって決まります。`,
  'outcome-reading': (p, w) => `${w.item(p.item).title}：規則で定まっていないビット長によって決まります。${bitLengths(p.holdsUnder)}とすれば適用され、${bitLengths(p.failsUnder)}とすれば適用されません。`,
  'readings-differ': (p, w) => {
    const parts = p.readings.map((r) => {
      const titles = r.verdict.outcomes.map((id) => w.item(id).title);
      return `${bitLengths(r.bitLengths)}とすると、TPPは${w.value('tpp', r.tpp)}で、${verdictWords(r.verdict)}です${titles.length ? `（${titles.join('、')}）` : ''}。`;
    });
    return `答えは、規則で定まっていないビット長によって変わります。${parts.join('')}判定するには、その数値にビット長を明示してください。`;
  },
  nearest: (p, w) => nearestLine(p.boundary, p.current, w),
  market: (p, w) => `${p.boundary.to === 'true' ? 'データセンター向けに設計または販売されていれば' : 'データセンター向けに設計も販売もされていなければ'}、${effect(p.boundary, p.current, w)}。`,
  'rule-set-status': (p, w) => {
    const span = p.until ? `${w.date(p.effective)}から${w.date(p.until)}まで施行` : `${w.date(p.effective)}施行`;
    const stage = p.stage ? `${w.date(p.stage.date)}時点の状況：${STAGES[p.stage.label] ?? p.stage.label}。` : '';
    const replaced = p.supersededBy ? `、後継は${w.ruleSetTitle(p.supersededBy)}` : '';
    return {
      superseded: `このルールセットは後継規則により置き換えられています（${span}${replaced}）。${FOR_HISTORY}。`,
      'not-enforced': `このルールセットは執行されていません（${span}${replaced}）。${FOR_HISTORY}。`,
      revoked: `このルールセットは廃止されています（${span}${replaced}）。記録として残しているもので、施行されていません。`,
      reported: `このルールセットは報道に基づくもので、公表されていません（${span}）。基準値は企業の開示資料と報道によるもので、公表された規則によるものではありません。`,
      bill: `このルールセットは法案で、法律ではありません（${p.stage ? `${w.date(p.effective)}提出` : span}）。${stage}提案段階のもので、施行中の規則ではありません。`,
      hypothetical: `このルールセットは仮定のものです${p.derivedFrom ? `（${w.ruleSetTitle(p.derivedFrom)}のしきい値を編集したもの）` : ''}。「もしも」の検討用で、施行中の規則ではありません。`,
      enacted: `このルールセットは成立済みですが、まだ施行されていません（${w.date(p.effective)}施行予定）。${stage}`,
      withdrawn: `このルールセットは撤回された草案で、公表されていません（${w.date(p.effective)}に報道）。${stage}基準値は草案についての報道によるものです。`,
    }[p.status];
  },
  'sparse-halved': (p, w) => `${p.format}の数値${w.number(p.value, 3)} ${p.unit}はスパース値とされていたため、半分の密演算${w.number(p.denseTeraOps, 3)}兆回/秒としました。規則が数えるのは密（スパース性を使わない）スループットです。`,
  'bit-length-open': (p, w) => `${p.format}は${p.bitLength}ビット（格納幅）で評価しています。有効ビット数の${p.alternative}ビットを代わりに数えるべきかどうかは、規則で定まっていません。`
    + (p.decides ? `この数値がTPPを決めています。${p.alternative}ビットとするとTPPは${w.value('tpp', p.tppIfAlternative)}になります。` : 'どちらの読み方でも、この数値がTPPを決めることはありません。'),
  'planar-excluded': (p, w) => `平面型プロセスのダイ面積${w.number(p.area, 2)} mm²は、対象ダイ面積から除いています。定義が数えるのは非平面型のロジックダイだけです。`,
  'near-threshold': (p, w) => `${w.item(p.item).label}の条件：${position(p.condition, w)}（差は1%以内）。データシートの数値は丸められていることが多いため、正確な値を確認してください。`,
  'hbm-not-used': () => '仕様にHBMスタック（hbmStack）が含まれていますが、この仕様はロジックチップを記述しており、同一パッケージに搭載されたHBMは3A090.cの対象外のため、スタックは評価していません。単体のHBMスタックを評価するには、kindを「hbm-stack」にしてください。',
  'h100e-conventions': (p, w) => `このチップ1個は、TPPによるとH100の${w.value('h100EquivalentsByTpp', p.byTpp)}個分、ピーク8ビット演算によると${w.value('h100EquivalentsBy8Bit', p.by8Bit)}個分に相当します。`
    + 'TPPは各演算をビット長で重み付けして最大の値を取るため、4ビットの性能が8ビットの性能より大きく数えられることがあります。AI拡散規則の上限はTPPで数え、Epoch AIは8ビット演算で数えています。',
  'country-note': (p) => `${ROLE[p.role]}の${p.country}${p.group ? `（カントリーグループ${p.group}）` : ''}について：${COUNTRY_NOTES[p.note] ?? p.note}`,
  'training-estimate': (p) => (p.route === 'cluster'
    ? 'この学習実行の計算量は、ピーク性能 × 利用率 × 期間として推定しています。規則が数えるのは実際に行われた演算のため、実測の合計（totalFlop）がわかる場合はそれを入力してください。'
    : '6 × パラメータ数 × トークン数は、密なTransformerの学習演算（順伝播と逆伝播）の推定値です。アテンションなどの項は含まれず、規則が数えるのは実際に行われた演算です。'),
} satisfies StepMessages;
