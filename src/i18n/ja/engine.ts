/**
 * 日本語（ja）: the engine's words (numbers, dates, lists, metric and input names, verdicts, errors,
 * as-of sentences) and the steps of an explanation. The same structure as en-words.ts and en.ts;
 * every message returns one whole Japanese sentence or phrase. Terms: docs/glossary/ja.md.
 */
import { Decimal } from '../../core/decimal.js';
import type { Boundary } from '../../core/boundary.js';
import type { ErrorCode, Expected, FieldError } from '../../core/errors.js';
import type { NumberStyle } from '../../core/format.js';
import { METRICS, type MetricName } from '../../core/metrics/registry.js';
import type { ConditionResult, Verdict } from '../../core/rules/classify.js';
import type { EntryParams } from '../../core/explain/steps.js';
import type { StepMessages, Words, WordsMessages } from '../../core/explain/words.js';

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

/** "3A090.bとして規制対象", "規制対象外", "未確定". */
export function verdictWords(v: Pick<Verdict, 'status' | 'classification'>): string {
  if (v.status === 'controlled') return `${v.classification}として規制対象`;
  return v.status === 'not-controlled' ? '規制対象外' : '未確定';
}

/** The item kinds, as a condition on `itemKind` shows its values and as "この品目は…です" ends. */
const KIND = { logic: 'ロジックチップ', 'hbm-stack': '単体のHBMスタック' };

/** The rule-set families the built-in rule sets name; another family is shown as given. */
const FAMILIES: Record<string, string> = {
  '3A090 integrated circuits': '3A090の集積回路',
  '3A090.c high-bandwidth memory': '3A090.cの高帯域幅メモリ',
  'H20-class licence letters': 'H20級のインフォームレター',
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

/** Where a known numeric value stands against its threshold, e.g. "TPPは4,790で、しきい値4,800を10下回ります". */
function position(c: ConditionResult, w: Words): string {
  const difference = new Decimal(c.margin?.absolute ?? 0);
  const stands = `${w.metric(c.metric)}は${w.value(c.metric, c.value ?? '0')}で、しきい値${w.threshold(c.metric, c.threshold)}`;
  if (difference.isZero()) return `${stands}ちょうどです`;
  return `${stands}を${w.amount(c.metric, difference.toString(), false)}${difference.isNegative() ? '下回ります' : '上回ります'}`;
}

/** How a yes-or-no metric reads: whether it is known, and its value as a requirement (plain) and as a statement (polite). */
interface BooleanWords {
  whether: string;
  plain: (value: boolean) => string;
  polite: (value: boolean) => string;
}

function booleanWords(metric: MetricName, w: Words): BooleanWords {
  if (metric === 'datacenter') {
    return {
      whether: 'データセンター向けに設計または販売されているかどうか',
      plain: (v) => (v ? 'データセンター向けに設計または販売されている' : 'データセンター向けに設計も販売もされていない'),
      polite: (v) => (v ? 'データセンター向けに設計または販売されています' : 'データセンター向けに設計も販売もされていません'),
    };
  }
  if (metric === 'controlled') {
    return {
      whether: '規制対象かどうか',
      plain: (v) => (v ? '規制対象である' : '規制対象ではない'),
      polite: (v) => (v ? '規制対象です' : '規制対象ではありません'),
    };
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
    if (c.value === null) return `${b.whether}は不明です（要件：${needs}）。`;
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

function nearestLine(b: Boundary, current: Verdict, w: Words): string {
  const to = w.value(b.metric, b.to);
  const reach = b.strict ? (b.direction === 'increase' ? `${to}を超える` : `${to}を下回る`) : `${to}になる`;
  const change = new Decimal(b.change ?? 0);
  const amount = change.isZero() ? `現在ちょうど${to}` : `${b.direction === 'increase' ? '+' : '−'}${w.amount(b.metric, change.toString())}`;
  const percent = b.relativeChange && !change.isZero() ? `、${w.percent(b.relativeChange)}` : '';
  const scope = b.lever === 'throughput'
    ? b.metric === 'tpp' ? '、ダイ面積は変えない場合' : `、スループット${w.percent(b.leverTo ?? '0')}の場合`
    : b.lever === 'dieArea' ? `、対象ダイ面積が${w.number(b.leverTo ?? '0', 2)} mm²の場合` : '';
  return `最も近い境界（${w.item(b.itemId).label}）：${w.metric(b.metric)}が${reach}と（${amount}${percent}${scope}）、${effect(b, current, w)}。`;
}

/** "TF32を19ビット、FP8を8ビット" */
const bitLengths = (lengths: readonly { format: string; bitLength: string }[]) => lengths.map((b) => `${b.format}を${b.bitLength}ビット`).join('、');

const FOR_HISTORY = '過去の確認や比較のためのもので、現在の輸出の判断には使えません';

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
    const replaced = p.supersededBy ? `、後継は${w.ruleSetTitle(p.supersededBy)}` : '';
    return {
      superseded: `このルールセットは後継規則により置き換えられています（${span}${replaced}）。${FOR_HISTORY}。`,
      'not-enforced': `このルールセットは執行されていません（${span}${replaced}）。${FOR_HISTORY}。`,
      revoked: `このルールセットは廃止されています（${span}${replaced}）。記録として残しているもので、施行されていません。`,
      reported: `このルールセットは報道に基づくもので、公表されていません（${span}）。基準値は企業の開示資料と報道によるもので、公表された規則によるものではありません。`,
      bill: `このルールセットは法案で、法律ではありません（${span}）。提案段階のもので、施行中の規則ではありません。`,
      hypothetical: `このルールセットは仮定のものです${p.derivedFrom ? `（${w.ruleSetTitle(p.derivedFrom)}のしきい値を編集したもの）` : ''}。「もしも」の検討用で、施行中の規則ではありません。`,
    }[p.status];
  },
  'sparse-halved': (p, w) => `${p.format}の数値${w.number(p.value, 3)} ${p.unit}はスパース値とされていたため、半分の密演算${w.number(p.denseTeraOps, 3)}兆回/秒としました。規則が数えるのは密（スパース性を使わない）スループットです。`,
  'bit-length-open': (p, w) => `${p.format}は${p.bitLength}ビット（格納幅）で評価しています。有効ビット数の${p.alternative}ビットを代わりに数えるべきかどうかは、規則で定まっていません。`
    + (p.decides ? `この数値がTPPを決めています。${p.alternative}ビットとするとTPPは${w.value('tpp', p.tppIfAlternative)}になります。` : 'どちらの読み方でも、この数値がTPPを決めることはありません。'),
  'planar-excluded': (p, w) => `平面型プロセスのダイ面積${w.number(p.area, 2)} mm²は、対象ダイ面積から除いています。定義が数えるのは非平面型のロジックダイだけです。`,
  'near-threshold': (p, w) => `${w.item(p.item).label}の条件：${position(p.condition, w)}（差は1%以内）。データシートの数値は丸められていることが多いため、正確な値を確認してください。`,
  'hbm-not-used': () => '仕様にHBMスタック（hbmStack）が含まれていますが、この仕様はロジックチップを記述しており、同一パッケージに搭載されたHBMは3A090.cの対象外のため、スタックは評価していません。単体のHBMスタックを評価するには、kindを「hbm-stack」にしてください。',
} satisfies StepMessages;
