/**
 * 한국어: 엔진의 말(숫자, 날짜, 목록, 지표와 입력 항목의 이름, 판정, 오류, 기준일 문장)과 설명 단계.
 * The Korean engine catalogue: the words of en-words.ts and the steps of en.ts.
 *
 * Korean particles (이/가, 은/는, 을/를, 와/과, (으)로) depend on the final sound of the word
 * before them, so no variable value (a number, a title, a label) is ever followed by one of them:
 * the sentences put the value after a colon, before an invariant particle (의, 에, 에서, 보다, 까지,
 * 도) or before the copula (…입니다), or after a fixed noun that carries the particle.
 */
import { Decimal } from '../../core/decimal.js';
import type { Boundary } from '../../core/boundary.js';
import type { ErrorCode, Expected, FieldError } from '../../core/errors.js';
import type { NumberStyle } from '../../core/format.js';
import { METRICS, type MetricDefinition } from '../../core/metrics/registry.js';
import type { ConditionResult, Verdict } from '../../core/rules/classify.js';
import type { CountryRole, EntryParams, PerChipParams } from '../../core/explain/steps.js';
import type { StepMessages, Words, WordsMessages } from '../../core/explain/words.js';
import { RULE_SETS } from './rule-sets.js';

const NUMBERS: NumberStyle = { group: ',', decimal: '.', minus: '-' };

/** "2023년 11월 17일"; anything that is not an ISO date is shown as given. */
export function date(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
  return `${match[1]}년 ${month}월 ${day}일`;
}

/** "A, B 및 C" / "A, B 또는 C". */
function list(items: readonly string[], word: string): string {
  if (items.length <= 2) return items.join(` ${word} `);
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

export const and = (items: readonly string[]) => list(items, '및');
export const or = (items: readonly string[]) => list(items, '또는');

/**
 * The built-in rule sets' classifications that are words ("frontier model"), in Korean, by the
 * English: a verdict names them wherever it is worded (an ECCN paragraph is not in it and stays).
 */
const CLASSIFICATIONS: Readonly<Record<string, string>> = Object.assign({}, ...Object.values(RULE_SETS).map((r) => r.classifications ?? {}));

/** "통제 대상(3A090.b)", "통제 대상(프런티어 모델)", "통제 대상 아님", "판단 불가". */
export function verdictWords(v: Pick<Verdict, 'status' | 'classification'>): string {
  if (v.status === 'controlled') {
    const classification = v.classification ?? '';
    return `통제 대상(${CLASSIFICATIONS[classification] ?? classification})`;
  }
  return v.status === 'not-controlled' ? '통제 대상 아님' : '판단 불가';
}

const EXPECTED: Record<Expected, string> = {
  number: '숫자 또는 소수 문자열이어야 합니다',
  boolean: 'true 또는 false여야 합니다',
  text: '문자열이어야 합니다',
  'non-empty-text': '비어 있지 않은 문자열이어야 합니다',
  list: '목록(배열)이어야 합니다',
  'non-empty-list': '비어 있지 않은 목록이어야 합니다',
  object: '객체여야 합니다',
  spec: '객체여야 합니다',
  'rule-set': '객체여야 합니다',
  entry: 'format, value, unit 항목을 갖춘 객체여야 합니다',
  die: 'areaMm2 항목을 갖춘 객체여야 합니다',
  'hbm-stack': 'bandwidthGBps 및 areaMm2 항목을 갖춘 객체여야 합니다',
  condition: '조건({ metric, op, threshold }) 또는 조건 묶음({ all: [...] } 또는 { any: [...] })이어야 합니다',
  sentences: '문장의 목록이어야 합니다',
  source: 'title 및 url 항목을 갖춘 객체여야 합니다',
  citation: 'document, published 및 url 항목을 갖춘 객체여야 합니다',
  'date-or-false': 'YYYY-MM-DD 형식의 날짜 또는 false여야 합니다',
  cluster: 'chips, perChip 및 utilization 항목(필요하면 durationDays도)을 갖춘 객체여야 합니다',
  model: 'parameters(또는 activeParameters) 및 tokens 항목을 갖춘 객체여야 합니다',
  'per-chip': 'value 및 unit 항목(필요하면 format도)을 갖춘 객체여야 합니다',
  stage: 'label 및 date 항목을 갖춘 객체여야 합니다',
};

/** The value given, after the problem: "(입력값: "abc")". */
const shown = (e: FieldError) => (e.params.given ? `(입력값: ${e.params.given})` : '');
const knownList = (e: FieldError, separator = ', ') => (e.params.known ?? []).join(separator);

/** The problem, as it follows "<field>: ". */
const PROBLEMS: Record<ErrorCode, (e: FieldError) => string> = {
  missing: () => '값이 없습니다',
  'wrong-type': (e) => EXPECTED[e.params.expected ?? 'object'],
  'not-a-number': (e) => `숫자가 아닙니다${shown(e)}`,
  'not-finite': () => '유한한 숫자여야 합니다',
  separator: (e) => `숫자가 아닙니다${shown(e)}. 소수 구분 기호로는 “.”만 쓰고 천 단위 구분 기호는 쓰지 마십시오`,
  'ambiguous-separator': (e) => `두 가지로 읽힐 수 있습니다${shown(e)}: ${knownList(e, ' 또는 ')}`,
  'out-of-range': (e) => `허용 범위(10^400 이하)를 벗어났습니다${shown(e)}`,
  negative: () => '음수일 수 없습니다',
  'not-positive': () => '0보다 커야 합니다',
  'not-a-date': (e) => (e.params.expected === 'date-or-false'
    ? 'YYYY-MM-DD 형식의 날짜여야 하며, 미국에서 판매된 적이 없는 칩이면 false여야 합니다' : 'YYYY-MM-DD 형식의 날짜여야 합니다'),
  'not-a-url': () => 'http(s) 주소여야 합니다',
  'unknown-field': (e) => `알 수 없는 필드입니다(허용되는 필드: ${knownList(e)})`,
  'unknown-format': (e) => `알 수 없는 형식입니다: ${e.params.given}(알려진 형식: ${knownList(e)}). bitLength 값을 지정하십시오`,
  'unknown-unit': (e) => `알 수 없는 단위입니다: ${e.params.given}(알려진 단위: ${knownList(e)})`,
  'unknown-kind': (e) => `알 수 없는 종류입니다: ${e.params.given}(알려진 종류: ${knownList(e)})`,
  'unknown-country': (e) => `ISO 3166-1 alpha-2 국가 코드가 아닙니다: ${e.params.given}(예: “US”, “CN”, “AE”)`,
  'unknown-exemption': (e) => `알 수 없는 최종 용도입니다: ${e.params.given}(알려진 용도: ${knownList(e)})`,
  'not-integer': (e) => `정수여야 합니다${shown(e)}`,
  'above-maximum': (e) => `최댓값 ${e.params.max}보다 클 수 없습니다`,
  'one-route-only': (e) => `학습 연산량을 구하는 두 번째 경로입니다. 다음 중 하나만 지정하십시오: ${knownList(e)}`,
  'unknown-status': (e) => `다음 중 하나여야 합니다: ${knownList(e)}`,
  'unknown-evidence': (e) => `다음 중 하나여야 합니다: ${knownList(e)}`,
  'unknown-rule-set': (e) => `알 수 없는 규칙 세트입니다: ${e.params.given}(알려진 규칙 세트: ${knownList(e) || '없음'})`,
  'unknown-metric': (e) => (e.params.given
    ? `알 수 없는 지표입니다: ${e.params.given}(알려진 지표: ${knownList(e)})`
    : `값이 없습니다(알려진 지표: ${knownList(e)})`),
  'outcome-metric': (e) => `“${e.params.metric}” 지표는 분류가 끝난 뒤 결과 항목(outcomes)에서만 검사할 수 있습니다`,
  'unknown-operator': (e) => (e.params.given
    ? `허용되지 않는 연산자입니다: ${e.params.given}(${e.params.metric}에 쓸 수 있는 연산자: ${knownList(e, ' ')})`
    : `값이 없습니다(${e.params.metric}에 쓸 수 있는 연산자: ${knownList(e, ' ')})`),
  'unknown-condition': () => '규칙 세트의 어떤 조건도 가리키지 않습니다',
  'duplicate-id': (e) => `같은 식별자가 두 번 쓰였습니다: ${e.params.given}`,
  'too-deep': (e) => `조건이 ${e.params.max}단계보다 깊게 중첩되어 있습니다`,
};

/** A structured error in Korean, e.g. "throughput[1].value: 숫자가 아닙니다(입력값: "abc")." */
export function errorMessage(e: FieldError): string {
  return `${e.field}: ${PROBLEMS[e.code](e)}.`;
}

const ERRORS = Object.fromEntries(Object.keys(PROBLEMS).map((code) => [code, errorMessage])) as unknown as WordsMessages['errors'];

export const WORDS = {
  numbers: NUMBERS,
  requirement: (symbol, threshold) => `${symbol} ${threshold}`,
  yesNo: (value) => (value ? '예' : '아니요'),
  condition: (metric, requirement) => `${metric} ${requirement}`,
  date,
  and,
  or,
  metric: {
    itemKind: '품목 종류',
    tpp: 'TPP',
    performanceDensity: 'PD',
    applicableDieAreaMm2: '적용 다이 면적',
    interconnectGBps: '양방향 전송 속도',
    dramBandwidthGBps: '총 DRAM 대역폭',
    dramPlusInterconnectGBps: 'DRAM 및 인터커넥트 대역폭 합계',
    memoryBandwidthDensity: '메모리 대역폭 밀도',
    datacenter: '데이터센터용 설계·마케팅',
    usAvailableSince: '미국 내 최초 판매일',
    quantity: '칩 수',
    totalTpp: 'TPP 합계',
    h100EquivalentsByTpp: 'TPP 기준 H100 환산 수',
    h100EquivalentsBy8Bit: '8비트 연산 기준 H100 환산 수',
    shareOfUsShipments: '미국 출하량 대비 비율',
    destinationCountry: '목적지',
    buyerHeadquartersCountry: '구매자 본사 소재지',
    shipFromCountry: '출하 국가',
    destinationInD1: '국가그룹 D:1 목적지',
    destinationInD4: '국가그룹 D:4 목적지',
    destinationInD5OrMacau: '국가그룹 D:5 또는 마카오 목적지',
    destinationInA5: '국가그룹 A:5 목적지',
    destinationInA6: '국가그룹 A:6 목적지',
    buyerHeadquartersInD5OrMacau: '국가그룹 D:5 또는 마카오에 본사를 둔 구매자',
    destinationOutsideChinaMacau: '중국·마카오 이외의 목적지',
    shippedFromOutsideUs: '미국 밖에서 하는 출하',
    tariffExemption: '미국 내 최종 용도',
    tariffExempt: '면제 대상인 미국 내 최종 용도를 위한 수입',
    trainingFlop: '학습 연산량',
    modificationThirds: '수정 연산량(원본 모델 연산량의 3분의 1 단위)',
    clusterPeakOpsPerSecond: '클러스터 최대 연산 속도',
    clusterNetworkGbps: '클러스터 네트워크 속도',
    singleDatacenter: '단일 데이터센터 내 배치',
    biologicalSequenceData: '주로 생물학적 서열 데이터로 학습',
    generatesContent: '텍스트, 오디오, 이미지 또는 동영상 생성',
    developerRevenueUsd: '개발자 매출',
    controlled: '통제 대상',
    classification: '분류',
  },
  input: {
    kind: '품목의 종류',
    throughput: '연산 성능 수치',
    dies: '다이 면적',
    datacenter: '시장(데이터센터용으로 설계 또는 마케팅되었는지 여부)',
    dramBandwidthGBps: '총 DRAM 대역폭',
    interconnectGBps: '칩 간 전송 속도',
    hbmStack: 'HBM 스택의 대역폭 및 면적',
    usAvailableSince: '미국에서 처음 판매된 날짜',
    bitLength: '규칙이 정하지 않은 비트 길이',
    quantity: '칩 수',
    destinationCountry: '목적지 국가',
    buyerHeadquartersCountry: '구매자(또는 그 최종 모회사)의 본사 소재 국가',
    shipFromCountry: '칩을 출하하는 국가',
    tariffExemption: '칩을 수입하는 미국 내 최종 용도',
    usEndUseQuantity: '미국 고객 대상 출하량',
    trainingCompute: '학습 연산량(칩 수와 기간, 매개변수와 토큰 수, 또는 FLOP 값)',
    trainingDuration: '학습 기간',
    baseModelFlop: '원본 모델의 학습 연산량',
    developerRevenueUsd: '개발자의 연간 매출',
    biologicalSequenceData: '주로 생물학적 서열 데이터로 학습했는지 여부',
    generatesContent: '텍스트, 오디오, 이미지 또는 동영상을 생성하는지 여부',
    clusterNetwork: '클러스터의 네트워크 속도',
    singleDatacenter: '클러스터가 단일 데이터센터에 있는지 여부',
  },
  kind: { logic: '로직 칩', 'hbm-stack': '단독 HBM 스택', 'training-run': '학습 실행' },
  status: {
    'in-force': '시행 중',
    superseded: '대체됨',
    'not-enforced': '집행 중단',
    revoked: '폐지됨',
    reported: '보도 내용, 공표되지 않음',
    bill: '법안, 법률 아님',
    hypothetical: '가정, 실제 규칙 아님',
    enacted: '제정됨, 아직 시행 전',
    withdrawn: '철회된 초안, 공표되지 않음',
  },
  verdict: (status, classification) => verdictWords({ status, classification }),
  errors: ERRORS,
  asOf: (reason, ruleSet) => {
    const cite = (id: string) => {
      const r = ruleSet(id);
      return r ? `${r.title}(${r.document}, ${date(r.effective)} 시행)` : id;
    };
    switch (reason.code) {
      case 'not-a-date':
        return `YYYY-MM-DD 형식의 날짜가 아닙니다: “${reason.date}”.`;
      case 'none-in-force':
        return `${date(reason.date)}에 시행 중이던 “${reason.family}” 계열의 규칙 세트가 없습니다`
          + `${reason.next ? `. 이 계열의 첫 규칙 세트는 그 뒤에 시행되었습니다: ${cite(reason.next)}` : ''}.`;
      case 'chosen': {
        const ended = reason.ended.map((e) => `${ruleSet(e.id)?.title ?? e.id}(${date(e.until)} 종료)`);
        return `${date(reason.date)} 현재 “${reason.family}” 계열에서 시행 중인 규칙: ${cite(reason.ruleSet)}`
          + `${reason.base ? `. 이 규칙의 기반 규칙: ${cite(reason.base)}` : ''}`
          + `${ended.length ? `. 종료된 규칙: ${ended.join(', ')}` : ''}.`;
      }
    }
  },
} satisfies WordsMessages;

// ---------------------------------------------------------------------------------------------
// The steps of an explanation.

function entryFormula(e: EntryParams, w: Words): string {
  const figure = `${e.format} ${w.number(e.value, 3)} ${e.unit}`;
  const notes = [e.countsMacs ? '곱셈-누산 1회를 연산 2회로 계산' : '', e.sparse ? '희소성 포함 수치이므로 절반으로 계산' : ''].filter(Boolean);
  const converted = notes.length > 0 || (e.unit !== 'TOPS' && e.unit !== 'TFLOPS')
    ? ` = 밀집 연산 기준 초당 ${w.number(e.denseTeraOps, 3)}테라연산${notes.length ? `(${notes.join('; ')})` : ''}` : '';
  return `${figure}${converted} × ${e.bitLength}비트${e.bitLengthOverridden ? '(지정된 비트 길이)' : ''}`;
}

/** A multiple as Korean writes it: "1.50×" becomes "1.50배". */
const times = (multiple: string) => multiple.replace(/×$/, '배');

/**
 * Where a known numeric value stands against its threshold, e.g. "TPP 4,790, 기준값 4,800보다 10 낮음";
 * for a metric compared as a multiple (a cap), "TPP 합계 1,187,400,000, 기준값 790,000,000의 1.50배".
 */
function position(c: ConditionResult, w: Words): string {
  const difference = new Decimal(c.margin?.absolute ?? 0);
  const value = `${w.metric(c.metric)} ${w.value(c.metric, c.value ?? '0')}`;
  const threshold = w.threshold(c.metric, c.threshold);
  if (difference.isZero()) return `${value}, 기준값 ${threshold}에 정확히 일치`;
  const def: MetricDefinition = METRICS[c.metric];
  const relative = c.margin?.relative ?? null;
  if (def.compare === 'multiple' && relative !== null) return `${value}, 기준값 ${threshold}의 ${times(w.multipleOfLine(relative))}`;
  return `${value}, 기준값 ${threshold}보다 ${w.amount(c.metric, difference.toString(), false)} ${difference.isNegative() ? '낮음' : '높음'}`;
}

/** One condition in words, e.g. "PD 2.91, 기준값 3.2보다 0.29 낮음(필요 조건: ≥ 3.2)". */
function condition(c: ConditionResult, w: Words): string {
  const label = w.metric(c.metric);
  const kind = METRICS[c.metric].kind;
  if (kind === 'boolean') {
    const phrase = (v: string) => (v === 'true' ? `${label}에 해당` : `${label}에 해당하지 않음`);
    // A question that does not arise for this item (a cluster's, for a run described by its model) is false, not open.
    if (c.value === null) return c.met === false ? `${label}: 해당 없음` : `${label} 해당 여부 알 수 없음(필요 조건: ${phrase(c.threshold)})`;
    return `${phrase(c.value)}${c.met ? '' : `(필요 조건: ${phrase(c.threshold)})`}`;
  }
  if (kind !== 'number') {
    const shownValue = (v: string) => (kind === 'date' ? (v === 'never' ? '없음' : date(v))
      : c.metric === 'itemKind' && (v === 'logic' || v === 'hbm-stack' || v === 'training-run') ? w.messages.kind[v] : v);
    const needs = kind === 'date' ? w.requirement(c.metric, c.op, c.threshold) : shownValue(c.threshold);
    return `${label}: ${c.value === null ? '알 수 없음' : shownValue(c.value)}${c.met ? '' : `(필요 조건: ${needs})`}`;
  }
  const requirement = w.requirement(c.metric, c.op, c.threshold, false);
  if (c.value === null) return `${label} ${c.met === false ? '존재하지 않음' : '알 수 없음'}(필요 조건: ${requirement})`;
  return `${position(c, w)}(${c.met ? `${requirement} 충족` : `필요 조건: ${requirement}`})`;
}

const conditions = (cs: readonly ConditionResult[], w: Words) => cs.map((c) => condition(c, w)).join('; ');

/** "판정이 다음과 같이 바뀝니다: 통제 대상(3A090.b)", or the outcomes gained when the verdict stays. */
function effect(b: Boundary, current: Verdict, w: Words): string {
  const after = verdictWords(b.verdictAfter);
  if (after !== verdictWords(current)) return `판정이 다음과 같이 바뀝니다: ${after}`;
  const gained = b.verdictAfter.outcomes.filter((id) => !current.outcomes.includes(id)).map((id) => w.item(id).title);
  return `판정은 ${after} 그대로이지만 다음 결과가 생깁니다: ${gained.join('; ') || '다른 결과'}`;
}

/** The whole number of chips that crosses a line the quantity lever reaches at `to` (a fraction). */
function chipsAcross(b: Boundary): string {
  const to = new Decimal(b.leverTo ?? '0');
  const count = b.direction === 'increase' ? (b.strict ? to.floor().plus(1) : to.ceil()) : (b.strict ? to.ceil().minus(1) : to.floor());
  return Decimal.max(count, 0).toString();
}

function nearestLine(b: Boundary, current: Verdict, w: Words): string {
  const change = new Decimal(b.change ?? 0);
  const amount = change.isZero() ? `현재 정확히 ${w.value(b.metric, b.to)}` : `${b.direction === 'increase' ? '+' : '−'}${w.amount(b.metric, change.toString())}`;
  const percent = b.relativeChange && !change.isZero() ? `, ${w.percent(b.relativeChange)}` : '';
  const scope = b.lever === 'throughput'
    ? b.metric === 'tpp' ? ', 다이 면적은 그대로' : `, 연산 성능 ${w.percent(b.leverTo ?? '0')}`
    : b.lever === 'dieArea' ? `, 적용 다이 면적 ${w.number(b.leverTo ?? '0', 2)} mm² 기준`
      : b.lever === 'quantity' && b.metric !== 'quantity' ? `, 즉 칩 ${w.number(chipsAcross(b), 0)}개`
        : b.lever === 'trainingDays' ? `, 학습 ${w.number(b.leverTo ?? '0', 2)}일 후`
          : b.lever === 'runCompute' && b.metric !== 'trainingFlop' ? `, 이번 실행의 연산량 ${w.value('trainingFlop', b.leverTo ?? '0')} 기준` : '';
  const target = `${w.value(b.metric, b.to)}(${amount}${percent}${scope})`;
  const reach = b.strict ? (b.direction === 'increase' ? `${target}보다 커지면` : `${target}보다 작아지면`) : `${target}에 이르면`;
  return `가장 가까운 기준선(${w.item(b.itemId).label}): ${w.metric(b.metric)} 값이 ${reach} ${effect(b, current, w)}.`;
}

/** "TF32 32비트, FP8 8비트": always ends in 비트, so a fixed particle may follow. */
const bitLengths = (lengths: readonly { format: string; bitLength: string }[]) => lengths.map((b) => `${b.format} ${b.bitLength}비트`).join(', ');

/** Who or where a country given in a spec is, before a colon. */
const ROLE: Record<CountryRole, string> = { destination: '목적지', buyerHeadquarters: '구매자 본사 소재지', shipFrom: '출하 국가' };

/** A per-chip rate as typed, e.g. "BF16 989.5 TFLOPS", halved when sparse. */
function perChip(p: PerChipParams, w: Words): string {
  const figure = `${p.format ? `${p.format} ` : ''}${w.number(p.value, 3)} ${p.unit}`;
  return p.sparse ? `${figure}(희소성 포함 수치이므로 절반인 밀집 연산 기준 초당 ${w.number(p.denseTeraOps, 3)}테라연산으로 계산)` : figure;
}

/** A share from 0 to 1 as a percentage without a sign, e.g. "40%". */
const share = (fraction: string, w: Words) => `${w.number(new Decimal(fraction).times(100).toString(), 2)}%`;

/**
 * The built-in bills' and draft's stages in Korean, by their English label (a rule set's `stage` has
 * no translation of its own); another label is shown as given.
 */
const STAGES: Record<string, string> = {
  'withdrawn from the OIRA review it entered on 2026-02-26': '2026년 2월 26일에 들어간 정보규제사무국(OIRA) 검토에서 철회됨',
  'left out of the final FY2026 NDAA (its Senate-passed version had it as an amendment); S. 3150 and H.R. 5885 pending':
    '2026 회계연도 국방수권법(NDAA) 최종안에서 제외됨(상원 통과안에는 수정안으로 들어 있었음), S. 3150과 H.R. 5885는 계류 중',
  'introduced in the Senate as S. 4456 (the House bill H.R. 6875 was reported advanced by the Foreign Affairs Committee, 42–2–1, on 2026-01-21)':
    '상원에 S. 4456으로 발의됨(하원 법안 H.R. 6875는 2026년 1월 21일 외교위원회에서 찬성 42, 반대 2, 기권 1로 가결된 것으로 보도됨)',
  'referred to the Senate Committee on Banking, Housing, and Urban Affairs; no further action found': '상원 은행·주택·도시문제위원회에 회부됨, 그 뒤의 진행은 확인되지 않음',
};
const stageText = (stage: { label: string; date: string }, w: Words) => `${w.date(stage.date)}: ${STAGES[stage.label] ?? stage.label}`;

export const STEPS = {
  'tpp-unknown': () => 'TPP를 알 수 없습니다. 연산 성능 수치가 주어지지 않았습니다.',
  'tpp-single': (p, w) => `TPP는 ${w.value('tpp', p.tpp)}입니다(= ${entryFormula(p.entry, w)}${p.count > 1 ? `, 수치 ${p.count}개 중 최댓값` : ''}).`,
  'tpp-units': (p, w) => {
    const parts = p.units.map((u) => `${u.name ?? '이름 없는 장치'} ${w.value('tpp', u.tpp)}${u.entry ? `(${entryFormula(u.entry, w)})` : ''}`);
    return `TPP는 ${w.value('tpp', p.tpp)}입니다. 동시에 작동하는 처리 장치 ${p.units.length}개의 합계입니다: ${parts.join(' + ')}.`;
  },
  'pd-value': (p, w) => `PD는 ${w.value('performanceDensity', p.pd)}입니다(= TPP ${w.value('tpp', p.tpp)} ÷ 비평면 로직 다이 면적 ${w.number(p.area, 2)} mm²).`,
  'pd-no-die-area': () => 'PD를 알 수 없습니다. 다이 면적이 주어지지 않았습니다.',
  'pd-no-non-planar-die': () => 'PD가 존재하지 않습니다. 비평면(FinFET 또는 GAA) 공정으로 만든 다이가 없으므로 TPP만으로 정해지는 조항만 적용될 수 있습니다.',
  fleet: (p, w) => `칩 ${w.number(p.quantity, 0)}개 × TPP ${w.value('tpp', p.tpp)} = TPP 합계 ${w.value('totalTpp', p.totalTpp)}. `
    + (p.by8Bit !== null && p.eightBitTeraOps !== null
      ? `H100 환산 수는 TPP 기준 ${w.value('h100EquivalentsByTpp', p.byTpp)}(÷ 15,832, AI 확산 규칙의 상한이 세는 방식), `
        + `최대 8비트 연산 기준 ${w.value('h100EquivalentsBy8Bit', p.by8Bit)}입니다(칩당 밀집 연산 기준 초당 ${w.number(p.eightBitTeraOps, 3)}테라연산 ÷ 1,979, Epoch AI가 세는 방식).`
      : `H100 환산 수는 TPP 기준 ${w.value('h100EquivalentsByTpp', p.byTpp)}입니다(÷ 15,832, AI 확산 규칙의 상한이 세는 방식). 8비트 수치가 주어지지 않아 8비트 연산 기준으로는 환산하지 않았습니다.`),
  country: (p, w) => `${ROLE[p.role]}: ${p.country}${p.role === 'shipFrom' ? (p.country === 'US' ? '(미국에서 하는 수출)' : '(재수출 또는 해외에서 하는 수출)')
    : p.groups.length ? `(국가그룹 ${w.and(p.groups)})` : '(국가그룹 D:1, D:4, D:5, A:5 및 A:6 중 어디에도 속하지 않음)'}.`,
  'training-unknown': () => '학습 연산량을 알 수 없습니다. 클러스터(칩 수, 칩당 연산 속도, 활용률 및 기간), 모델(매개변수와 토큰 수) 또는 총 FLOP 값을 지정하십시오.',
  'training-cluster': (p, w) => `이번 실행의 연산량은 ${w.value('trainingFlop', p.flop)}입니다`
    + `(= 칩 ${w.number(p.chips, 0)}개 × ${perChip(p.perChip, w)} × 활용률 ${share(p.utilization, w)} × ${w.number(p.days, 3)}일, 즉 ${w.number(p.seconds, 0)}초).`,
  'training-cluster-rate': (p, w) => `클러스터의 연산 속도는 ${w.value('clusterPeakOpsPerSecond', p.rate)}입니다`
    + `(= 칩 ${w.number(p.chips, 0)}개 × ${perChip(p.perChip, w)} × 활용률 ${share(p.utilization, w)}, 최대 속도 ${w.value('clusterPeakOpsPerSecond', p.peak)}). `
    + '학습 기간이 주어지지 않아 이번 실행의 연산량은 알 수 없습니다.',
  'training-model': (p, w) => `이번 실행의 연산량은 ${w.value('trainingFlop', p.flop)}입니다`
    + `(= 6 × ${p.active ? '활성 매개변수' : '매개변수'} ${w.figure('trainingFlop', p.parameters)} × 토큰 ${w.figure('trainingFlop', p.tokens)}).`,
  'training-total': (p, w) => `이번 실행의 연산량은 주어진 값 그대로 ${w.value('trainingFlop', p.flop)}입니다.`,
  'training-cumulative': (p, w) => `모델의 학습 연산량은 ${w.value('trainingFlop', p.total)}입니다(= ${[
    ...(p.base !== null ? [`원본 모델 ${w.value('trainingFlop', p.base)}`] : []),
    `이번 실행 ${w.value('trainingFlop', p.run)}`,
    ...(p.fineTuning !== null ? [`미세 조정 및 그 밖의 수정 ${w.value('trainingFlop', p.fineTuning)}`] : []),
  ].join(' + ')}).`,
  modification: (p, w) => {
    const thirds = new Decimal(p.thirds);
    const base = `원본 모델 연산량 ${w.value('trainingFlop', p.base)}의`;
    const side = thirds.greaterThan(1) ? `${base} 3분의 1보다 많습니다` : thirds.lessThan(1) ? `${base} 3분의 1보다 적습니다` : `${base} 정확히 3분의 1입니다`;
    return `수정에 사용된 연산량은 ${w.value('trainingFlop', p.modification)}입니다. ${side}(3분의 1의 ${w.value('modificationThirds', p.thirds)}배).`;
  },
  'days-to-line': (p, w) => `이 속도라면 모델의 연산량은 학습 ${w.number(p.days, 2)}일 후에 ${w.threshold('trainingFlop', p.threshold)}(${w.item(p.item).label})에 이릅니다`
    + `${p.durationDays !== null ? `. 이번 실행의 학습 기간은 ${w.number(p.durationDays, 3)}일입니다` : ''}.`,
  'mbd-value': (p, w) => `메모리 대역폭 밀도는 ${w.value('memoryBandwidthDensity', p.mbd)}입니다(= ${w.number(p.bandwidth, 2)} GB/s ÷ 스택 면적 ${w.number(p.area, 2)} mm²).`,
  controlled: (p, w) => `통제 대상입니다: ${w.classification(p.classification)}(충족 조항: ${p.clauses.map((id) => w.item(id).label).join(', ')}).`,
  'clause-holds': (p, w) => `${w.item(p.item).label}의 조건을 충족합니다: ${conditions(p.conditions, w)}.`,
  'also-depends': (p, w) => `${and(p.items.map((id) => w.item(id).label))}도 적용되는지는 다음에 따라 달라집니다: ${and(p.inputs.map(w.input))}.`,
  excluded: (p, w) => `통제 대상이 아닙니다. ${w.item(p.item).title}의 적용을 받습니다: ${conditions(p.conditions, w)}.`,
  'out-of-scope': (p, w) => `통제 대상이 아닙니다. ${w.ruleSet.title}의 적용 대상은 ${w.ruleSet.covers}이며, 이 품목은 ${w.messages.kind[p.kind]}입니다.`,
  'none-holds': (p, w) => (p.basedOn
    ? `${w.ruleSetTitle(p.basedOn)} 기준으로 통제 대상이 아닙니다. 충족하는 조항이 없으므로 다음 규칙도 이 품목에는 적용되지 않습니다: ${w.ruleSet.title}.`
    : `${w.ruleSet.title} 기준으로 통제 대상이 아닙니다. 충족하는 조항이 없습니다.`),
  'clause-fails': (p, w) => `${w.item(p.item).label}의 조건을 충족하지 않습니다: ${conditions(p.conditions, w)}.`,
  undecided: (p, w) => `다음 정보 없이는 판단할 수 없습니다: ${and(p.inputs.map(w.input))}.`,
  'item-depends': (p, w) => {
    const subject = p.item === 'scope' ? `${w.ruleSet.title}의 적용 여부` : `${w.item(p.item).label}의 해당 여부`;
    return `${subject}는 다음에 따라 달라집니다: ${and(p.metrics.map(w.metric))}${p.known.length ? `. 이미 알려진 조건: ${conditions(p.known, w)}` : ''}.`;
  },
  'not-controlled-note': (_p, w) => w.ruleSet.notControlledNote,
  outcome: (p, w) => w.item(p.item).text ?? w.item(p.item).title,
  'outcome-depends': (p, w) => `${w.item(p.item).title}: 다음에 따라 달라집니다: ${and(p.inputs.map(w.input))}.`,
  'outcome-reading': (p, w) => `${w.item(p.item).title}: 규칙이 정하지 않은 비트 길이에 따라 달라집니다. ${bitLengths(p.holdsUnder)}로 보면 적용되고, ${bitLengths(p.failsUnder)}로 보면 적용되지 않습니다.`,
  'readings-differ': (p, w) => {
    const parts = p.readings.map((r) => {
      const titles = r.verdict.outcomes.map((id) => w.item(id).title);
      return `${bitLengths(r.bitLengths)}로 보면 TPP는 ${w.value('tpp', r.tpp)}이고 판정은 ${verdictWords(r.verdict)}입니다${titles.length ? `(${titles.join('; ')})` : ''}`;
    });
    return `답은 규칙이 정하지 않은 비트 길이에 따라 달라집니다. ${parts.join('; ')}. 판정하려면 해당 수치에 비트 길이를 명시하십시오.`;
  },
  nearest: (p, w) => nearestLine(p.boundary, p.current, w),
  market: (p, w) => `데이터센터용으로 설계 또는 마케팅된 칩${p.boundary.to === 'true' ? '이라면' : '이 아니라면'} ${effect(p.boundary, p.current, w)}.`,
  'rule-set-status': (p, w) => {
    const span = p.until ? `${w.date(p.effective)}부터 ${w.date(p.until)}까지 시행` : `${w.date(p.effective)} 시행`;
    const stage = p.stage ? `; ${stageText(p.stage, w)}` : '';
    const replaced = p.supersededBy ? `. 후속 규칙: ${w.ruleSetTitle(p.supersededBy)}` : '';
    const history = '연혁 확인이나 비교에만 쓰고 현재의 수출에는 쓰지 마십시오';
    return {
      superseded: `이 규칙 세트는 대체되었습니다(${span}${replaced}). ${history}.`,
      'not-enforced': `이 규칙 세트는 집행이 중단되었습니다(${span}${replaced}). ${history}.`,
      revoked: `이 규칙 세트는 폐지되었습니다(${span}${replaced}). 연혁 기록으로 남겨 둔 것이며 시행 중이 아닙니다.`,
      reported: `이 규칙 세트는 보도로만 알려졌고 공표되지 않았습니다(${span}). 기준선은 공표된 규칙이 아니라 기업 공시와 언론 보도에서 나온 것입니다.`,
      bill: `이 규칙 세트는 법률이 아닌 법안입니다(${p.stage ? `${w.date(p.effective)} 발의${stage}` : span}). 시행 중인 규칙이 아니라 제안입니다.`,
      hypothetical: `이 규칙 세트는 가정입니다${p.derivedFrom ? `(기준값을 수정한 원래 규칙: ${w.ruleSetTitle(p.derivedFrom)})` : ''}. 시행 중인 규칙이 아니라 가정 시나리오입니다.`,
      enacted: `이 규칙 세트는 제정되었지만 아직 시행 전입니다. ${w.date(p.effective)}에 시행됩니다${p.stage ? `(${stageText(p.stage, w)})` : ''}.`,
      withdrawn: `이 규칙 세트는 철회된 초안이며 공표된 적이 없습니다(${w.date(p.effective)} 보도${stage}). 기준선은 초안에 관한 언론 보도에서 나온 것입니다.`,
    }[p.status];
  },
  'sparse-halved': (p, w) => `${p.format} 수치(${w.number(p.value, 3)} ${p.unit})에 희소성 포함 표시가 있어 절반인 밀집 연산 기준 초당 ${w.number(p.denseTeraOps, 3)}테라연산으로 계산했습니다. 규칙은 밀집 연산 성능을 기준으로 합니다.`,
  'bit-length-open': (p, w) => `${p.format} 형식은 ${p.bitLength}비트(저장 폭)로 계산했습니다. 규칙은 유효 비트 ${p.alternative}비트를 대신 세어야 하는지 정하지 않습니다. `
    + (p.decides ? `이 수치가 TPP를 결정합니다. ${p.alternative}비트로 보면 TPP는 ${w.value('tpp', p.tppIfAlternative)}입니다.` : '어느 쪽으로 보든 이 수치가 TPP를 결정하지는 않습니다.'),
  'planar-excluded': (p, w) => `평면 공정 다이 면적 ${w.number(p.area, 2)} mm²는 적용 다이 면적에서 제외했습니다. 정의상 비평면 로직 다이만 셉니다.`,
  'near-threshold': (p, w) => `${w.item(p.item).label}의 조건: ${position(p.condition, w)}. 차이가 1% 이내입니다. 데이터시트 수치는 반올림된 경우가 많으므로 정확한 값을 확인하십시오.`,
  'hbm-not-used': () => 'spec에 HBM 스택(hbmStack)이 있지만 이 spec은 로직 칩을 설명합니다. 로직 칩과 함께 패키징된 HBM은 3A090.c의 대상이 아니므로 스택은 평가하지 않았습니다. 단독 HBM 스택을 평가하려면 kind를 “hbm-stack”으로 설정하십시오.',
  'h100e-conventions': (p, w) => `이 칩 1개는 TPP 기준으로 H100 ${w.value('h100EquivalentsByTpp', p.byTpp)}개, 최대 8비트 연산 기준으로 H100 ${w.value('h100EquivalentsBy8Bit', p.by8Bit)}개에 해당합니다. `
    + 'TPP는 연산마다 비트 길이를 곱하고 그중 가장 높은 값을 취하므로, 칩의 4비트 연산 속도가 8비트 연산 속도보다 더 크게 계산될 수 있습니다. AI 확산 규칙의 상한은 TPP로 세고, Epoch AI는 8비트 연산으로 셉니다.',
  'country-note': (p) => `${ROLE[p.role]}: ${p.country}${p.group ? `(국가그룹 ${p.group})` : ''}. ${p.note}`,
  'training-estimate': (p) => (p.route === 'cluster'
    ? '이번 실행의 연산량은 최대 속도 × 활용률 × 기간으로 추정한 값입니다. 규칙은 실제로 수행된 연산을 세므로, 측정한 총량을 알면 그 값(totalFlop)을 지정하십시오.'
    : '6 × 매개변수 × 토큰은 밀집 트랜스포머의 학습 연산(순전파와 역전파)을 추정하는 식입니다. 어텐션 등 그 밖의 항은 빠져 있으며, 규칙은 실제로 수행된 연산을 셉니다.'),
} satisfies StepMessages;
