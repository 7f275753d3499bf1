/**
 * 한국어: 내장 규칙 세트의 말. The built-in rule sets' words in Korean, by rule set id: titles, scope,
 * the note for items not controlled, the caveats (same number and order as the rule set's), and each
 * item's title, with a gloss of its quoted legal text (the quote stays in English as published; the
 * gloss follows it). Clause ids and citations stay as they are.
 */
import type { RuleSetTranslation } from '../../core/rules/types.js';

const LOGIC_COVERS = '디지털 처리 장치를 갖춘 집적회로(GPU, AI 가속기, ASIC)로서 단독 메모리가 아닌 것';
const NOT_CONTROLLED_NOTE = '상무부 통제 목록(CCL)의 다른 항목은 여기서 평가하지 않습니다.';

const CAVEAT_TECHNICAL_NOTES = 'TPP와 성능밀도는 3A090.a 및 3A090.b의 기술 주에 정의되어 있습니다. 2023년 이후 기술 주의 번호가 바뀌었으므로 번호가 아니라 내용으로 인용합니다.';
const CAVEAT_DATACENTER = '‘데이터센터에서 사용하도록 설계되었거나 마케팅되는’지에 대한 수치 기준은 없습니다. 사용자가 판단할 사항이며, 3A090 주 2의 적용 여부를 좌우합니다.';
const CAVEAT_NAC_ACA = '허가예외 NAC는 89 FR 23876(2024년 4월 4일)에 따라 NAC와 ACA로 나뉘었습니다.';

/** The clauses, note and licence-exception outcomes of the October 2023 rule, which the January 2026 rule takes over. */
const ITEMS_2023: NonNullable<RuleSetTranslation['items']> = {
  '3A090.a.1': {
    title: 'TPP 4800 이상',
    gloss: '‘총처리성능’(TPP)이 4800 이상인 디지털 처리 장치를 하나 이상 갖춘 집적회로',
  },
  '3A090.a.2': {
    title: 'TPP 1600 이상 및 PD 5.92 이상',
    gloss: '‘총처리성능’이 1600 이상이고 ‘성능밀도’가 5.92 이상인 디지털 처리 장치를 하나 이상 갖춘 집적회로',
  },
  '3A090.b.1': {
    title: 'TPP 2400 이상 4800 미만 및 PD 1.6 이상 5.92 미만',
    gloss: '‘총처리성능’이 2400 이상 4800 미만이고 ‘성능밀도’가 1.6 이상 5.92 미만인 디지털 처리 장치를 하나 이상 갖춘 집적회로',
  },
  '3A090.b.2': {
    title: 'TPP 1600 이상 및 PD 3.2 이상 5.92 미만',
    gloss: '‘총처리성능’이 1600 이상이고 ‘성능밀도’가 3.2 이상 5.92 미만인 디지털 처리 장치를 하나 이상 갖춘 집적회로',
  },
  'note-2': {
    title: '3A090 주 2',
    gloss: '3A090은 데이터센터에서 사용하도록 설계되거나 마케팅되지 않았고 ‘총처리성능’이 4800 이상이 아닌 품목에는 적용되지 않는다',
  },
  'nac-aca-unavailable': {
    title: '허가예외 NAC/ACA 이용 불가',
    gloss: '데이터센터에서 사용하도록 설계되거나 마케팅되는 3A090.a 품목에는 허가예외 NAC 및 ACA를 이용할 수 없다',
  },
  'nac-aca-available': {
    title: '허가예외 NAC/ACA 이용 가능성 있음',
    gloss: '허가예외 NAC(마카오 및 국가그룹 D:5로의 수출, 사전 통보 필요) 또는 ACA(그 밖의 목적지, 통보 불필요)를 이용할 수 있다. 대상은 데이터센터용으로 설계되거나 마케팅되지 않는 3A090.a 품목과 3A090.b 품목이다',
  },
};

export const RULE_SETS: Record<string, RuleSetTranslation> = {
  'bis-3a090-2022': {
    title: 'ECCN 3A090, 2022년 10월 규칙',
    shortTitle: 'ECCN 3A090(2022년 10월)',
    covers: LOGIC_COVERS,
    notControlledNote: NOT_CONTROLLED_NOTE,
    caveats: [
      '2022년 규칙의 ‘비트 길이 × TOPS(모든 프로세서 장치에 걸쳐 합산)’는 여기서 TPP로 계산합니다. 일반적인 곱셈-누산 하드웨어에서는 두 값이 같습니다(A100은 어느 방식으로든 4,992).',
      '2022년 규칙의 a.2~a.4(디지털 및 아날로그 ‘기본 연산 장치’와 그 합계)는 평가하지 않습니다. 데이터시트가 정밀도별 TOPS로 설명하지 않는 하드웨어에 관한 조항이기 때문입니다.',
      '전송 속도는 칩 간의 모든 입출력(NVLink, PCIe, Infinity Fabric)을 양방향으로 합산하며, 메모리 인터페이스는 포함하지 않습니다.',
    ],
    items: {
      '3A090.a.1': {
        title: '전송 속도 600 GB/s 이상 및 비트 길이 × TOPS 4800 이상',
        gloss: '모든 입력과 출력에 걸친 양방향 전송 속도의 합계가 휘발성 메모리가 아닌 집적회로와 주고받는 데 600 GB/s 이상이거나 그렇게 되도록 프로그래밍할 수 있고, 기계 명령을 실행하며 연산당 비트 길이에 TOPS로 측정한 처리 성능을 곱하여 모든 프로세서 장치에 걸쳐 합산한 값이 4800 이상인 디지털 프로세서 장치를 하나 이상 갖춘 집적회로',
      },
    },
  },

  'bis-3a090-2023': {
    title: 'ECCN 3A090.a 및 .b, 2023년 10월 규칙(개정 반영)',
    shortTitle: 'ECCN 3A090(2023년 10월)',
    covers: LOGIC_COVERS,
    notControlledNote: NOT_CONTROLLED_NOTE,
    caveats: [CAVEAT_TECHNICAL_NOTES, CAVEAT_DATACENTER, CAVEAT_NAC_ACA],
    items: ITEMS_2023,
  },

  'bis-3a090c-2024': {
    title: 'ECCN 3A090.c, 고대역폭 메모리, 2024년 12월 규칙',
    shortTitle: 'ECCN 3A090.c, HBM(2024년 12월)',
    covers: '그 자체로 판매되는 고대역폭 메모리(HBM) 스택(주된 기능이 로직인 로직 칩과 함께 패키징된 HBM은 제외)',
    notControlledNote: NOT_CONTROLLED_NOTE,
    caveats: [
      '메모리 대역폭 밀도는 GB/s 단위의 메모리 대역폭을 mm² 단위의 패키지 또는 스택 면적으로 나눈 값입니다(2차 자료가 전한 정의이며, 규칙 원문은 직접 확인하지 못했습니다).',
      '정확히 3.3 GB/s/mm²에서 허가예외 HBM의 경계는 불확실합니다. 규칙의 문언은 3.3 이상이면 이용 대상이 아님을 시사하지만, 한 분석은 이를 ‘3.3 초과’로 읽습니다.',
      '미국 상무부 산업안보국(BIS)은 규칙 공표 당시 생산 중이던 모든 HBM 스택이 2 GB/s/mm² 기준값을 넘는다고 밝혔습니다.',
      '단독 HBM 스택을 설명하는 spec에는 "kind": "hbm-stack"을 지정하고 스택의 대역폭과 면적을 "hbmStack"에 넣습니다. 그 밖의 spec은 모두 로직 칩으로 보며 3A090.c의 대상이 아닙니다.',
    ],
    items: {
      '3A090.c': {
        title: '메모리 대역폭 밀도 2 GB/s/mm² 초과',
        gloss: '‘메모리 대역폭 밀도’가 제곱밀리미터당 초당 2기가바이트를 초과하는 고대역폭 메모리(HBM)',
      },
      'le-hbm-available': {
        title: '허가예외 HBM 이용 가능성 있음',
        gloss: '메모리 대역폭 밀도가 3.3 GB/s/mm² 미만인 3A090.c 품목에는 허가예외 HBM(15 CFR 740.25)을 이용할 수 있다',
      },
      'no-nac-aca': {
        title: '허가예외 NAC/ACA 이용 불가',
        gloss: '3A090.c 품목은 허가예외 NAC 또는 ACA의 이용 대상이 아니다',
      },
    },
  },

  'us-is-informed-h20-2025': {
    classifications: { 'licence required (reported)': '허가 필요(보도 기준)' },
    title: 'H20급 칩의 중국 수출 허가 요건, 2025년 4월(보도된 개별 통보 서한, 공표되지 않음)',
    shortTitle: 'H20급 개별 통보 서한(2025년 4월)',
    covers: LOGIC_COVERS,
    caveats: [
      'BIS는 이 기준선을 공표한 적이 없습니다. 이 요건은 개별 기업에 보낸 서한(개별 통보)으로 전달되었습니다. 엔비디아의 8-K 공시에는 수치가 없으며, 대상은 H20 ‘및 H20의 메모리 대역폭, 인터커넥트 대역폭 또는 그 조합에 이르는 그 밖의 모든 회로’입니다.',
      '1,400 GB/s, 1,100 GB/s 및 1,700 GB/s의 수치는 2025년 4월 7일이 속한 주에 인텔이 고객에게 보낸 통지에서 나온 것으로, 2025년 4월 16일 파이낸셜타임스가 보도했습니다. 대부분의 보도는 ‘이상’이라고 하지만 한 보도는 ‘초과’라고 합니다. 같은 수치가 뒤에 법안(GAIN AI 법안, AI OVERWATCH 법안)에도 나옵니다.',
      '‘입출력(I/O) 대역폭’에 무엇이 포함되는지(칩 간 링크만인지 호스트 입출력도 포함하는지, 양방향인지 단방향인지)는 확인한 자료 어디에도 나와 있지 않습니다. 엔진은 칩 간 전송 속도를 사용합니다.',
      'H20과 MI308의 수출 허가는 2025년 8월부터 매출의 15%를 정부와 나누는 조건으로 발급된 것으로 보도되었으나, 공식 문서는 찾지 못했습니다. 2026년 1월 규칙(91 FR 1684)이 이 요건을 대체했다는 근거도 찾지 못했습니다.',
    ],
    items: {
      'dram-1400': {
        title: '총 DRAM 대역폭 1,400 GB/s 이상',
        gloss: '총 DRAM 대역폭 초당 1,400기가바이트 이상(인텔의 고객 통지에 관한 보도에 따름. BIS는 수치를 공표하지 않음)',
      },
      'io-1100': {
        title: '입출력 대역폭 1,100 GB/s 이상',
        gloss: '입출력 대역폭 1,100 GB/s 이상(보도에 따름)',
      },
      'sum-1700': {
        title: 'DRAM 및 입출력 대역폭 합계 1,700 GB/s 이상',
        gloss: '또는 둘을 합한 값 1,700 GB/s 이상(보도에 따름)',
      },
      'licence-china-d5': {
        title: '중국, 홍콩, 마카오 및 D:5 대상 허가 필요',
        gloss: '중국(홍콩 및 마카오 포함) 또는 국가그룹 D:5 국가로 수출하거나, 그곳에 본사 또는 최종 모회사를 둔 기업에 수출하려면 미국의 허가가 필요한 것으로 보도되었다. H20과 AMD MI308에 대한 허가는 2025년 8월부터 발급된 것으로 보도되었다',
      },
    },
  },

  'bis-china-review-2026': {
    title: '중국·마카오 대상 허가 심사, 2026년 1월 규칙(TPP 21,000 미만 및 6,500 GB/s 미만은 사례별 심사)',
    shortTitle: '중국 대상 허가 심사(2026년 1월)',
    covers: LOGIC_COVERS,
    notControlledNote: NOT_CONTROLLED_NOTE,
    caveats: [
      CAVEAT_TECHNICAL_NOTES,
      CAVEAT_DATACENTER,
      CAVEAT_NAC_ACA,
      '이 규칙은 허가 심사 정책만 바꿉니다. 3A090에 따른 분류는 그대로입니다.',
      '이 규칙은 “이 규칙의 공표 시점에 미국에서 상업적으로 구입할 수 있는” 칩(2026년 1월 15일)에만 적용됩니다. spec에는 usAvailableSince에 칩이 미국에서 처음 판매된 날짜를 적습니다(판매된 적이 없으면 false). 카탈로그는 칩마다 출처와 함께 이 값을 제공합니다. 그 뒤에 출시된 칩은 사례별 심사 대상이 아닙니다.',
      '한 제품의 중국·마카오 출하량은 미국 고객 대상 출하량의 50%로 제한되는 것으로 보도되었습니다(2차 자료에 따름. 해당 문장을 규칙 원문에서 확인하지는 못했습니다).',
      '수출자는 미국 내 공급이 충분하다는 점, 미국 고객을 위한 파운드리 생산능력을 전용하지 않는다는 점, 수령자의 보안 및 고객 확인(KYC) 절차, 그리고 미국 내 독립적인 제3자 시험을 인증해야 합니다.',
      '이 정책은 15 CFR 742.6(b)(10)(iii)(A)(1)에 규정되어 있습니다(2차 자료의 인용에 따름).',
      '‘총 DRAM 대역폭’의 정의(15 CFR 제748부 보충 제2호 (dd)(1)항의 주)는 확보하지 못했습니다. 엔진은 칩에 연결된 모든 DRAM(HBM 포함)의 최대 대역폭 합계를 사용합니다.',
      '사례별 심사는 미국에서 하는 수출에만 적용됩니다. 재수출, 해외에서 하는 수출, 중국 또는 마카오 안에서의 이전, 그리고 국가그룹 D:5 또는 마카오에 본사를 둔 기업에는 거부 추정이 계속 적용됩니다.',
    ],
    items: {
      ...ITEMS_2023,
      'case-by-case': {
        title: '중국·마카오 대상 사례별 심사',
        gloss: '미국에서 중국 또는 마카오로 수출하기 위한 허가 신청은 사례별로 심사한다. 칩의 TPP가 21,000 미만이고 총 DRAM 대역폭이 6,500 GB/s 미만이어야 하며, 규칙 공표 시점(2026년 1월 15일)에 미국에서 상업적으로 구입할 수 있었어야 한다. 수출자는 또한 미국 내 충분한 공급, 파운드리 생산능력의 전용 없음, 수령자의 보안 절차, 미국 내 독립적인 제3자 시험을 인증해야 한다',
      },
      'presumption-of-denial': {
        title: '중국·마카오 대상 거부 추정',
        gloss: '중국 또는 마카오에 대한 허가 신청에는 계속 거부 추정이 적용된다. 칩이 데이터센터용으로 설계되거나 마케팅되는 3A090.a 품목으로서 TPP가 21,000 이상이거나 총 DRAM 대역폭이 6,500 GB/s 이상인 경우, 또는 규칙 공표 시점(2026년 1월 15일)에 미국에서 상업적으로 구입할 수 없었던 경우이다',
      },
      'presumption-of-denial-baseline': {
        title: '중국·마카오 대상 거부 추정(보도된 기본 정책)',
        gloss: '2026년 1월 정책이 다루지 않는 3A090.b 품목과 데이터센터용으로 설계되거나 마케팅되지 않는 3A090.a 품목에 대해, 2차 자료는 중국·마카오 대상 허가 심사 정책을 거부 추정으로 설명한다. 이 위젯이 검토한 규칙 원문은 이들 품목에 대해 그렇게 명시하지 않는다',
      },
    },
  },
};
