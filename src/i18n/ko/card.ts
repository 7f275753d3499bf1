/**
 * 한국어: 카드 부분. The Korean card catalogue: the answer card, the picker, the rule-set selector
 * and, through `engine`, the engine's words (engine.ts). No variable value is followed by a
 * particle whose form depends on it (see engine.ts).
 */
import type { InputName } from '../../core/metrics/registry.js';
import type { RuleSetStatus } from '../../core/rules/types.js';
import type { CardMessages } from '../messages.js';
import { WORDS as engine } from './engine.js';

export const CARD = {
  lang: 'ko',
  engine,

  title: 'AI 칩 수출통제 점검',

  /** The label of the region that lists notices about what the page or a link gave the widget. */
  noticesLabel: '알림',

  picker: {
    label: '칩',
    placeholder: '제조사, 이름 또는 출시 연도로 검색',
    help: '목록에서 칩을 고르거나, “사용자 정의 칩”을 골라 수치를 직접 입력하십시오.',
    listLabel: '칩 목록',
    custom: '사용자 정의 칩(수치 직접 입력)',
    option: (vendor: string, name: string, year: number) => `${vendor} ${name}(${year}년)`,
    matches: (count: number) => (count === 0 ? '일치하는 칩이 없습니다.' : `칩 ${count}개가 일치합니다.`),
    notChosen: (text: string) => `이름이 “${text}”인 칩이 없어 아무것도 선택하지 않았습니다.`,
    edited: '수치가 수정되어 더 이상 카탈로그의 수치가 아닙니다.',
    reset: '카탈로그 수치로 되돌리기',
  },

  ruleSet: {
    label: '규칙',
    option: (title: string) => title,
    whatIf: '가정 시나리오: 법안 및 초안',
    summary: (effective: string, status: string, document: string) => `${document} · ${effective} 시행 · ${status}`,
    customTitle: (title: string) => `${title} (사용자 정의 기준값)`,
  },

  card: {
    invite: '칩을 고르거나 수치를 입력하십시오',
    inviteHelp: '계산할 수치가 주어지는 즉시 판정, TPP 및 성능밀도가 여기에 표시됩니다.',
    under: (ruleSet: string) => `적용 규칙: ${ruleSet}`,
    controlled: (classification: string) => `통제 대상: ${classification}`,
    notControlled: '통제 대상 아님',
    undecided: '아직 판단할 수 없음',
    excludedBy: (note: string) => `${note}에 따라 통제 대상에서 제외됩니다.`,
    outOfScope: '이 규칙 세트의 적용 범위 밖입니다.',
    clauses: (labels: string[]) => `충족한 조항: ${labels.join(', ')}.`,
    needs: (inputs: string) => `판단하려면 다음 정보가 필요합니다: ${inputs}.`,
    possible: (classifications: string) => `가능한 분류: ${classifications}.`,
    /** What would decide an open answer, then what it could be. */
    needsAndPossible(inputs: string, classifications: string): string {
      return `${this.needs(inputs)} ${this.possible(classifications)}`;
    },
    stale: '최신 결과가 아닙니다. 입력한 수치에 오류가 있어 마지막으로 유효했던 수치의 결과를 표시합니다.',
    fixField: (field: string) => `고칠 항목: ${field}`,
    tpp: 'TPP',
    pd: 'PD',
    mbd: '메모리 대역폭 밀도',
    tppFormula: (dense: string, bits: string, format: string) => `= ${dense} × ${bits}비트(${format})`,
    tppUnits: (count: number) => `= 처리 장치 ${count}개의 합계`,
    pdFormula: (tpp: string, area: string) => `= ${tpp} ÷ ${area} mm²`,
    mbdFormula: (bandwidth: string, area: string) => `= ${bandwidth} GB/s ÷ ${area} mm²`,
    unknown: '알 수 없음',
    pdGap: {
      'no-throughput': '연산 성능 수치가 주어질 때까지 알 수 없음',
      'no-die-area': '알 수 없음: 다이 면적이 주어지지 않음',
      'no-non-planar-die': '없음: 비평면 다이가 없음',
    } as Record<string, string>,
    nearest: '가장 가까운 기준선:',
    shortOf: (amount: string, threshold: string, label: string) => `기준값 ${threshold}(${label})에 ${amount} 못 미침`,
    over: (amount: string, threshold: string, label: string) => `기준값 ${threshold}(${label})보다 ${amount} 높음`,
    atLine: (threshold: string, label: string) => `기준값 ${threshold}(${label})에 정확히 일치`,
    nearestLine: (metric: string, where: string, effect: string) => `${metric}: ${where}. ${effect}.`,
    wouldMake: (after: string) => `이 선에 이르면 판정이 다음과 같이 바뀝니다: ${after}`,
    wouldMakeBelow: (after: string) => `조금이라도 낮아지면 판정이 다음과 같이 바뀝니다: ${after}`,
    wouldMakeAbove: (after: string) => `조금이라도 높아지면 판정이 다음과 같이 바뀝니다: ${after}`,
    otherOutcome: (after: string, gained: string) => `${after}, 추가되는 결과: ${gained}`,
    noLine: '수치 하나만 바꿔서는 이 판정이 바뀌지 않습니다.',
    market: (toDatacenter: boolean, after: string) => `${toDatacenter ? '데이터센터용으로 설계 또는 마케팅된 칩이라면' : '데이터센터용 칩이 아니라면'} 판정은 다음과 같습니다: ${after}.`,
    overlaysLabel: '다른 규칙',
    overlay: (title: string) => `${title}:`,
    overlayUndecided: (inputs: string) => `다음에 따라 달라짐: ${inputs}`,
    inputShort: {
      quantity: '칩 수',
      destinationCountry: '목적지',
      buyerHeadquartersCountry: '구매자 본사 소재지',
      shipFromCountry: '출하 국가',
      tariffExemption: '미국 내 용도',
      usEndUseQuantity: '미국 출하량',
    } as Partial<Record<InputName, string>>,
    overlayClassifiedOpen: (classification: string, inputs: string) => `${classification}; 다음에 따라 달라짐: ${inputs}`,
    overlaysNotCovered: (titles: string) => `해당 없음: ${titles}`,
    fleet: '합계',
    fleetFormula: (quantity: string, tpp: string) => `TPP = 칩 ${quantity}개 × ${tpp}`,
    h100Differ: (format: string, bits: string) => `두 환산은 다릅니다. TPP는 값이 가장 큰 형식인 ${format} 연산 성능 × ${bits}비트를 쓰고, 8비트 연산 환산은 8비트 연산 성능을 씁니다.`,
    h100Equivalents: (byTpp: string, by8Bit: string | null) =>
      (by8Bit === null ? `H100 환산: TPP 기준 ${byTpp}.` : `H100 환산: TPP 기준 ${byTpp}, 8비트 연산 기준 ${by8Bit}.`),
    showWorking: '계산 과정 보기',
    hideWorking: '계산 과정 숨기기',
    citation: (document: string, effective: string) => `${document}, ${effective} 시행`,
    notLegalAdvice: '법률 자문이 아닙니다.',
    status: (status: string) => `(${status})`,
  },

  print: {
    checked: (date: string) => `${date}에 compute-threshold-calculator 도구로 확인했습니다.`,
    figure: (n: number, format: string, value: string, unit: string, sparse: boolean) => `수치 ${n}: ${format} ${value} ${unit}${sparse ? '(희소성 포함)' : ''}`,
    die: (n: number, area: string, planar: boolean) => `다이 ${n}: ${area} mm²${planar ? '(평면 공정)' : ''}`,
    dram: (value: string) => `DRAM 대역폭: ${value} GB/s`,
    interconnect: (value: string) => `칩 간 인터커넥트: ${value} GB/s`,
    hbm: (bandwidth: string, area: string) => `HBM 스택: ${bandwidth} GB/s, ${area} mm²`,
    inputList: (items: string[]) => `입력값: ${items.join('; ')}.`,
    fromCatalog: (name: string, id: string) => `계산기 카탈로그(“${id}”)에 수록된 ${name}의 수치입니다. 수치마다 출처, 확인 날짜 및 신뢰도가 기록되어 있습니다.`,
    editedCatalog: (name: string, id: string) => `계산기 카탈로그(“${id}”)에 수록된 ${name}의 수치를 사용자가 수정한 것입니다.`,
    typed: '사용자 또는 페이지가 입력한 수치입니다.',
    // English infers this function's return type as its three literals; the cast keeps the shape (boolean | null) => text.
    market: ((datacenter: boolean | null): string => (datacenter === null ? '시장: 입력되지 않음' : datacenter ? '데이터센터용으로 설계 또는 마케팅됨' : '데이터센터용 아님')) as CardMessages['print']['market'],
    available: (date: string) => `미국 내 최초 판매일: ${date}`,
    neverAvailable: '미국에서 판매된 적 없음',
    workingFolded: '조항별 표를 함께 인쇄하려면 인쇄하기 전에 “계산 과정 보기”를 여십시오.',
  },

  working: {
    heading: '계산 과정',
    why: (count: number) => `판정 근거, 단계별(${count})`,
    check: '확인할 사항',
    caveats: (count: number) => `이 규칙 세트의 유의 사항(${count})`,
    source: '출처',
    citation: (document: string, published: string, effective: string, status: string) => `${document}, ${published} 공표, ${effective} 시행, ${status}.`,
    sources: '출처',
    opensInNewTab: '(새 탭에서 열림)',
    loading: '불러오는 중…',
    notLegalAdvice: '법률 자문이 아닙니다. 이 결과에 의존하기 전에 공식 원문과 실제 사실관계를 확인하십시오.',
  },

  status: engine.status as Record<RuleSetStatus, string>,

  views: {
    label: '보기',
    names: { calculator: '계산기', compare: '비교', catalog: '카탈로그' } as Record<string, string>,
  },

  brief: {
    controlled: (classification: string) => `통제 대상: ${classification}`,
    notControlled: '통제 대상 아님',
    undecided: '판단 불가',
    invalid: '평가 불가',
    excluded: (note: string) => `${note} 적용`,
    needs: (inputs: string) => `필요한 정보: ${inputs}`,
    errors: (count: number) => `고쳐야 할 항목 ${count}개`,
    details: (items: string[]) => items.join('; '),
    withDetails: (verdict: string, details: string) => `${verdict}: ${details}`,
  },
} satisfies CardMessages;
