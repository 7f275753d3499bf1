/**
 * 한국어: 학습 실행 보기 부분. The Korean messages of the training-run view (issue 16): its card (the
 * verdict for a training run, its compute and formula, the nearest line and the days of training to
 * it, the other rules' one-line answers), the form by route, and the table of every line. Loaded
 * with the working's messages. No variable value is followed by a particle whose form depends on it
 * (see engine.ts).
 */
import type { WorkingMessages } from '../messages.js';

const list = (items: readonly string[]) => items.join(' + ');

export const TRAINING = {
  tab: '모델 학습',
  heading: '모델 학습',
  intro: 'AI 법률이 학습 연산량에 긋는 기준선과 모델의 학습 연산량을 비교합니다.',
  examples: '예시:',
  exampleLlama: 'Llama 3 405B(6 × 매개변수 405e9 × 토큰 15.6e12)',
  exampleCluster: 'H100 10,000개, 활용률 40%, 90일',

  invite: '학습 연산량을 입력하십시오',
  inviteHelp: '“계산 과정 보기”에서 클러스터, 모델의 매개변수와 토큰 수 또는 총 FLOP 값을 입력하거나, 예시를 고르십시오.',
  crossed: (classification: string) => `기준선 넘음: ${classification}`,
  notCrossed: '어느 기준선도 넘지 않음',
  undecided: '아직 판단할 수 없음',
  under: (ruleSet: string) => `적용 규칙: ${ruleSet}`,
  linesMet: (labels: string[]) => `넘은 기준선: ${labels.join(', ')}.`,
  consequences: (items: string[]) => `따르는 결과: ${items.join('; ')}.`,
  needs: (inputs: string) => `판단하려면 다음 정보가 필요합니다: ${inputs}.`,
  outOfScope: '이 규칙 세트는 학습 실행을 다루지 않습니다.',

  compute: '학습 연산량',
  thisRun: '이번 실행',
  rate: '클러스터 연산 속도',
  flop: (value: string) => `${value} FLOP`,
  flopPerSecond: (value: string) => `${value} FLOP/s`,
  computeUnknown: '학습 기간이 주어질 때까지 알 수 없음',
  noRoute: '알 수 없음: 클러스터, 모델 또는 총량을 입력하십시오',
  formulaModel: (parameters: string, tokens: string, active: boolean) => `= 6 × ${active ? '활성 매개변수' : '매개변수'} ${parameters} × 토큰 ${tokens}`,
  formulaCluster: (chips: string, rate: string, format: string | null, utilization: string, days: string) =>
    `= 칩 ${chips}개 × ${rate} TFLOP/s(밀집 연산${format ? `, ${format}` : ''}) × 활용률 ${utilization} × ${days}일`,
  formulaRate: (chips: string, rate: string, format: string | null, utilization: string) =>
    `= 칩 ${chips}개 × ${rate} TFLOP/s(밀집 연산${format ? `, ${format}` : ''}) × 활용률 ${utilization}`,
  formulaTotal: '입력한 값',
  formulaCumulative: (run: string, fineTuning: string | null, base: string | null) =>
    `= ${list([...(base ? [`원본 모델 ${base}`] : []), `이번 실행 ${run}`, ...(fineTuning ? [`미세 조정 ${fineTuning}`] : [])])}`,
  percent: (value: string) => `${value}%`,

  nearest: '가장 가까운 기준선:',
  shortOf: (amount: string, threshold: string, label: string, days: string | null) =>
    `${threshold}(${label})에 ${amount} 못 미칩니다${days === null ? '' : `. 이 속도라면 학습 ${days}일 후에 이 기준선에 이릅니다`}.`,
  over: (amount: string, threshold: string, label: string, days: string | null) =>
    `${threshold}(${label})보다 ${amount} 많습니다${days === null ? '' : `. 이 실행은 학습 ${days}일 후에 이 기준선에 이르렀습니다`}.`,
  atLine: (threshold: string, label: string) => `${threshold}(${label})에 정확히 일치합니다.`,
  noLine: '학습 연산량만 바꿔서는 이 판정이 바뀌지 않습니다.',
  daysToLines: '각 기준선에 이르는 학습 일수:',
  reaches: (threshold: string, label: string, days: string) => `${threshold}(${label}): ${days}일 후`,

  othersLabel: '학습 연산량에 관한 다른 규칙',
  otherCrossed: (title: string, classification: string) => `${title}: 기준선 넘음(${classification})`,
  otherNotCrossed: (title: string) => `${title}: 기준선 넘지 않음`,
  otherDepends: (title: string, inputs: string) => `${title}: 다음에 따라 달라짐: ${inputs}`,

  formHeading: '학습 실행의 수치',
  routeLegend: '학습 연산량 계산 방법',
  route: {
    cluster: '클러스터: 칩 수 × 칩당 연산 속도 × 활용률 × 일수',
    model: '모델: 6 × 매개변수 × 토큰',
    total: '총량 직접 입력',
  } as Record<string, string>,
  placeholder: { flop: '예: 3.79e25', parameters: '예: 405e9', tokens: '예: 15.6e12' } as Record<string, string>,
  numbersHelp: '숫자는 평소 쓰는 대로 입력하십시오: 405e9, 3.79 × 10^25, 1,979.5 또는 1.979,5.',
  chips: '칩 수',
  perChipLegend: '칩당 최대 연산 속도',
  perChipHelp: '학습 정밀도에서의 데이터시트 수치입니다. 희소성 포함 수치는 절반으로 계산합니다.',
  perChipSourceLegend: '수치의 출처',
  perChipSource: { catalog: '칩 카탈로그', typed: '직접 입력' } as Record<string, string>,
  catalogChip: '칩',
  precision: '정밀도',
  precisionOption: (format: string, value: string, unit: string, sparse: boolean, dense: string) =>
    (sparse ? `${format}: ${value} ${unit}, 희소성 포함(밀집 연산 ${dense})` : `${format}: ${value} ${unit}`),
  format: '형식(선택 사항)',
  value: '값',
  unit: '단위',
  sparse: '희소성 포함',
  utilization: '활용률(%)',
  utilizationHelp: '최대 성능 대비 평균적으로 달성한 비율(모델 FLOP 활용률)입니다. 예: 40.',
  days: '기간(일)',
  daysHelp: '비워 두면 각 기준선에 이르는 학습 일수를 보여 줍니다.',
  network: '네트워크 속도(Gbit/s)',
  singleDatacenter: '단일 데이터센터 내 배치',
  clusterLineLegend: '행정명령 14110호의 클러스터 기준선',
  clusterLineHelp: '폐지된 이 행정명령의 클러스터 기준선(초당 10²⁰회 연산, 네트워크 100 Gbit/s 초과)에만 쓰입니다.',
  parameters: '매개변수 수',
  activeParameters: '활성 매개변수 수(전문가 혼합 모델)',
  activeHelp: '입력하면 매개변수 수 대신 사용합니다.',
  tokens: '학습 토큰 수',
  totalFlop: '총 학습 연산량(FLOP)',
  addedLegend: '더해지는 연산량',
  fineTuning: '미세 조정 및 강화 학습(FLOP)',
  fineTuningHelp: '이번 실행 이후의 연산량입니다. SB 53과 RAISE법은 이를 포함하고, EU는 누적 연산량을 셉니다.',
  baseModel: '원본 모델의 연산량(FLOP)',
  baseModelHelp: '이번 실행이 기존 모델을 수정하는 경우입니다. 수정된 모델의 연산량은 두 값의 합입니다.',
  modifier: (modification: string, base: string, over: boolean | null) => (over === null
    ? `수정에 사용된 연산량: ${modification}. 비교 대상은 원본 모델 연산량 ${base}의 3분의 1로, EU 가이드라인의 다운스트림 수정자 기준선입니다.`
    : over
      ? `수정에 사용된 연산량: ${modification}. 원본 모델 연산량 ${base}의 3분의 1보다 많으므로, EU 가이드라인에 따르면 수정한 자가 수정된 모델의 제공자가 됩니다.`
      : `수정에 사용된 연산량: ${modification}. 원본 모델 연산량 ${base}의 3분의 1을 넘지 않으므로, EU 가이드라인에 따르면 원래 제공자가 계속 제공자입니다.`),
  factsLegend: '개발자와 모델',
  revenue: '개발자의 연간 매출(미국 달러)',
  revenueHelp: '계열사를 포함한 직전 역년의 매출입니다. SB 53과 RAISE법은 매출이 5억 달러를 넘는 개발자를 대형 개발자로 봅니다.',
  biological: '주로 생물학적 서열 데이터로 학습함',
  generates: '텍스트, 오디오, 이미지 또는 동영상을 생성함',
  tristate: { '': '입력하지 않음', yes: '예', no: '아니요' } as Record<string, string>,
  errors: {
    'not-integer': '정수를 입력하십시오.',
    'above-maximum': '100% 이하여야 합니다.',
  } as Partial<Record<string, string>>,

  linesCaption: (ruleSet: string) => `${ruleSet}의 모든 기준선`,
  columns: { line: '기준선', needs: '필요 조건', value: '값', crossed: '넘음 여부', distance: '차이', days: '도달까지 학습 일수' } as Record<string, string>,
  daysValue: (days: string) => `${days}일`,
  shortBy: (amount: string) => `${amount} 못 미침`,
  overBy: (amount: string) => `${amount} 초과`,
  onLine: '기준선에 정확히 일치',
  noLines: '이 규칙 세트에는 수치에 긋는 기준선이 없습니다.',
} satisfies WorkingMessages['training'];
