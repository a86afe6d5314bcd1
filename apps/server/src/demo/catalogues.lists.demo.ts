import type {
  DiscretionBenchmarkData,
  LegalBasis,
  NoPenaltyCondition,
  NoPenaltyItemData,
  PowerListItemData,
  ProvinceProfile,
  RandomInspectionItemData,
  ResponsibilityListItemData,
} from '@qingshan/domain';
import { type DemoItem, laws } from './catalogues.enforcement.demo';

/**
 * The other published lists of the demo: random-inspection item lists (CAT-2, seed 002 二(二)1),
 * the province's power and responsibility lists (CAT-3, seed 002 二(六)2, seed 003 三(四)), its
 * 包容免罚清单 (CAT-4, seed 004 重点任务第9项) and discretion benchmarks (CAT-5, seed 003 三(四)).
 * Numbers that come from law or a seed are read from the province profile.
 */

const basis = (law: string, article: string): LegalBasis => ({ law, article });
const inspectionBasis = basis(laws.environment, '第二十四条');

// ---------------------------------------------------------------------------------------------
// CAT-2 随机抽查事项清单
// ---------------------------------------------------------------------------------------------

interface RandomListOptions {
  /** The agency name that draws and inspects (抽查主体). */
  body: string;
  /** Prefix of the item codes. */
  codePrefix: string;
  profile: ProvinceProfile;
}

/**
 * One city's yearly list. General objects are drawn at the city ratio of the profile (seed 002
 * 二(二)3: 市级至少1:5); key polluters at the profile's quarterly share, so that every one is
 * inspected each year.
 */
export function randomInspectionItems(
  options: RandomListOptions,
  year: number,
): DemoItem<RandomInspectionItemData>[] {
  const { city } = options.profile.randomInspection.generalObjectRatio;
  const general = { kind: 'officer_ratio' as const, officers: city.officers, entities: city.entities };
  const keyPolluterShare = options.profile.randomInspection.keyPolluterQuarterlyCoverage.countyPercent;
  const keyPolluters = { kind: 'percent' as const, percent: keyPolluterShare };
  const { county } = options.profile.randomInspection.generalObjectRatio;
  const coverage = options.profile.randomInspection.keyPolluterQuarterlyCoverage;
  const generalNote = `一般监管对象市级按人员与企业${city.officers}:${city.entities}、县（区）按${county.officers}:${county.entities}抽查（${options.profile.randomInspection.generalObjectRatio.basis}）`;
  const keyPolluterNote = `重点排污单位由属地每季度按${coverage.countyPercent}%不放回抽取，全年全覆盖（${coverage.basis}）`;
  const code = (index: number) => `${options.codePrefix}-${year}-${String(index).padStart(2, '0')}`;
  const body = options.body;
  const items: DemoItem<RandomInspectionItemData>[] = [
    {
      code: code(1),
      name: '排污许可证执行情况检查',
      data: {
        basis: [basis(laws.permits, '第二条'), inspectionBasis],
        inspectingBody: body,
        objectScope: {
          kind: 'permit_holders',
          industryCodes: [],
          keyPolluterMedia: [],
          description: '持有排污许可证的排污单位',
        },
        content:
          '是否持证排污、按证排污；排放口位置和数量、排放方式和去向是否与许可证一致；许可排放浓度和排放量；自行监测、环境管理台账和执行报告',
        ratio: general,
        note: generalNote,
        frequency: 'yearly',
        requiredSpecialties: [],
      },
    },
    {
      code: code(2),
      name: '污染防治设施运行情况检查',
      data: {
        basis: [inspectionBasis, basis(laws.environment, '第四十二条')],
        inspectingBody: body,
        objectScope: { kind: 'all', industryCodes: [], keyPolluterMedia: [], description: '一般排污单位' },
        content:
          '污染防治设施是否正常运行，有无擅自拆除、闲置；运行记录、药剂投加和耗电情况是否与生产负荷相符',
        ratio: general,
        note: generalNote,
        frequency: 'half_yearly',
        requiredSpecialties: [],
      },
    },
    {
      code: code(3),
      name: '重点排污单位自动监控设施运行及数据质量检查',
      data: {
        basis: [basis(laws.environment, '第四十二条'), inspectionBasis],
        inspectingBody: body,
        objectScope: {
          kind: 'key_polluters',
          industryCodes: [],
          keyPolluterMedia: ['water', 'air'],
          description: '水环境、大气环境重点排污单位',
        },
        content: '自动监测设备安装、联网和运行维护；数据有效传输率；有无篡改、伪造监测数据或者干扰采样',
        ratio: keyPolluters,
        note: keyPolluterNote,
        frequency: 'quarterly',
        requiredSpecialties: ['automatic_monitoring'],
      },
    },
    {
      code: code(4),
      name: '危险废物规范化环境管理检查',
      data: {
        basis: [basis(laws.solidWaste, '第七十九条'), basis(laws.solidWaste, '第八十一条第二款')],
        inspectingBody: body,
        objectScope: {
          kind: 'industries',
          industryCodes: ['26', '27', '3360', '33', '38'],
          keyPolluterMedia: [],
          description: '化工、医药、金属表面处理及热处理加工、电气机械等危险废物产生单位',
        },
        content:
          '危险废物识别标志、管理计划和申报；贮存设施是否符合国家环境保护标准；转移联单；管理台账；委托利用处置单位的许可',
        ratio: general,
        note: generalNote,
        frequency: 'yearly',
        requiredSpecialties: ['hazardous_waste'],
      },
    },
    {
      code: code(5),
      name: '建设项目环境影响评价及“三同时”执行情况检查',
      data: {
        basis: [basis(laws.environment, '第四十一条'), basis(laws.construction, '第二十三条第一款')],
        inspectingBody: body,
        objectScope: {
          kind: 'all',
          industryCodes: [],
          keyPolluterMedia: [],
          description: '在建和新投产的建设项目',
        },
        content:
          '环境影响评价文件审批或者登记表备案；防治污染的设施是否与主体工程同时设计、同时施工、同时投产使用；竣工环境保护验收和验收报告公开',
        ratio: general,
        note: generalNote,
        frequency: 'yearly',
        requiredSpecialties: [],
      },
    },
    {
      code: code(6),
      name: '加油站油气回收装置运行情况检查',
      data: {
        basis: [basis(laws.air, '第四十七条第二款')],
        inspectingBody: body,
        objectScope: {
          kind: 'industries',
          industryCodes: ['5265'],
          keyPolluterMedia: [],
          description: '加油站、储油库',
        },
        content: '油气回收装置是否安装并正常使用；气液比、密闭性和液阻检测；检测报告和运行维护记录',
        ratio: general,
        note: generalNote,
        frequency: 'yearly',
        requiredSpecialties: ['mobile_sources'],
      },
    },
    {
      code: code(7),
      name: '挥发性有机物无组织排放控制检查',
      data: {
        basis: [basis(laws.air, '第一百零八条'), basis(laws.air, '第十八条')],
        inspectingBody: body,
        objectScope: {
          kind: 'industries',
          industryCodes: ['26', '23', '36', '21'],
          keyPolluterMedia: [],
          description: '化工、印刷、汽车制造、家具制造等涉挥发性有机物企业',
        },
        content:
          '含挥发性有机物物料的储存、转移和使用是否密闭；废气收集和治理设施运行；低挥发性有机物含量涂料使用和台账',
        ratio: general,
        note: generalNote,
        frequency: 'yearly',
        requiredSpecialties: ['air'],
      },
    },
    {
      code: code(8),
      name: '一般工业固体废物贮存与管理台账检查',
      data: {
        basis: [basis(laws.solidWaste, '第一百零二条')],
        inspectingBody: body,
        objectScope: {
          kind: 'all',
          industryCodes: [],
          keyPolluterMedia: [],
          description: '产生一般工业固体废物的单位',
        },
        content: '贮存设施和防护措施；固体废物管理台账；委托运输、利用、处置的受托方资质和合同',
        ratio: general,
        note: generalNote,
        frequency: 'yearly',
        requiredSpecialties: ['solid_waste'],
      },
    },
    {
      code: code(9),
      name: '重点排污单位水污染物排放情况检查',
      data: {
        basis: [basis(laws.water, '第八十三条'), inspectionBasis],
        inspectingBody: body,
        objectScope: {
          kind: 'key_polluters',
          industryCodes: [],
          keyPolluterMedia: ['water'],
          description: '水环境重点排污单位',
        },
        content: '排放口设置；水污染物排放浓度是否超标；雨污分流；有无私设暗管或者利用渗井、渗坑排放',
        ratio: keyPolluters,
        note: keyPolluterNote,
        frequency: 'quarterly',
        requiredSpecialties: ['water', 'monitoring'],
      },
    },
    {
      code: code(10),
      name: '工业噪声污染防治检查',
      data: {
        basis: [basis(laws.noise, '第三十六条'), basis(laws.noise, '第七十五条')],
        inspectingBody: body,
        objectScope: {
          kind: 'all',
          industryCodes: [],
          keyPolluterMedia: [],
          description: '排放工业噪声的企业事业单位',
        },
        content: '是否依法取得排污许可证或者填报排污登记表；厂界噪声是否达标；噪声自行监测和原始记录',
        ratio: general,
        note: generalNote,
        frequency: 'yearly',
        requiredSpecialties: ['noise'],
      },
    },
  ];
  return items;
}

/** The year before: without the noise item, and automatic monitoring checked half-yearly. */
export function previousRandomInspectionItems(options: RandomListOptions, year: number) {
  return randomInspectionItems(options, year)
    .filter((entry) => entry.name !== '工业噪声污染防治检查')
    .map((entry) =>
      entry.name.startsWith('重点排污单位自动监控')
        ? { ...entry, data: { ...entry.data, frequency: 'half_yearly' as const } }
        : entry,
    );
}

// ---------------------------------------------------------------------------------------------
// CAT-3 权力清单 / 责任清单
// ---------------------------------------------------------------------------------------------

const supervisionChannel = '12369环保举报热线；江西省生态环境厅政务服务窗口；江西政务服务网“好差评”';

const penaltyProcess = [
  '立案',
  '调查取证',
  '案件审查（重大案件法制审核、集体讨论）',
  '事先告知（听证告知）',
  '作出决定',
  '送达',
  '执行',
  '结案归档',
];

export const powerListItems: DemoItem<PowerListItemData>[] = [
  {
    code: 'JX-QL-001',
    name: '排污许可证核发',
    data: {
      powerType: 'licensing',
      legalBases: [basis(laws.permits, '第六条'), basis(laws.permits, '第十二条')],
      implementingBody: '设区的市级以上地方人民政府生态环境主管部门',
      process: ['网上申请', '受理', '审查（可现场核查）', '作出审批决定', '颁发排污许可证并公开'],
      timeLimit: '简化管理：受理之日起20日内作出审批决定',
      supervisionChannel,
    },
  },
  {
    code: 'JX-QL-002',
    name: '建设项目环境影响报告书、报告表审批',
    data: {
      powerType: 'licensing',
      legalBases: [basis(laws.eia, '第二十二条')],
      implementingBody: '有审批权的生态环境主管部门',
      process: ['申请', '受理', '技术评估', '审查', '公示', '作出审批决定', '送达并公开'],
      timeLimit: '报告书六十日内、报告表三十日内作出审批决定',
      supervisionChannel,
    },
  },
  {
    code: 'JX-QL-003',
    name: '对违法排放大气污染物的行政处罚',
    data: {
      powerType: 'penalty',
      legalBases: [basis(laws.air, '第九十九条')],
      implementingBody: '县级以上生态环境主管部门',
      process: penaltyProcess,
      supervisionChannel,
    },
  },
  {
    code: 'JX-QL-004',
    name: '对违法排放水污染物的行政处罚',
    data: {
      powerType: 'penalty',
      legalBases: [basis(laws.water, '第八十三条')],
      implementingBody: '县级以上生态环境主管部门',
      process: penaltyProcess,
      supervisionChannel,
    },
  },
  {
    code: 'JX-QL-005',
    name: '对危险废物违法行为的行政处罚',
    data: {
      powerType: 'penalty',
      legalBases: [basis(laws.solidWaste, '第一百一十二条')],
      implementingBody: '生态环境主管部门',
      process: penaltyProcess,
      supervisionChannel,
    },
  },
  {
    code: 'JX-QL-006',
    name: '按日连续处罚',
    data: {
      powerType: 'penalty',
      legalBases: [basis(laws.environment, '第五十九条')],
      implementingBody: '作出处罚决定的生态环境主管部门',
      process: [
        '作出罚款处罚并责令改正',
        '复查',
        '发现拒不改正的，告知按日连续处罚',
        '作出按日连续处罚决定',
        '送达',
        '执行',
      ],
      supervisionChannel,
    },
  },
  {
    code: 'JX-QL-007',
    name: '查封、扣押造成污染物排放的设施、设备',
    data: {
      powerType: 'coercion',
      legalBases: [basis(laws.environment, '第二十五条')],
      implementingBody: '县级以上人民政府生态环境主管部门',
      process: [
        '调查取证',
        '负责人批准（情况紧急的当场实施后补办批准手续）',
        '制作并送达查封、扣押决定书和清单',
        '实施查封、扣押',
        '作出处理决定或者解除',
      ],
      supervisionChannel,
    },
  },
  {
    code: 'JX-QL-008',
    name: '对排放污染物的企业事业单位和其他生产经营者的现场检查',
    data: {
      powerType: 'inspection',
      legalBases: [inspectionBasis],
      implementingBody: '县级以上人民政府生态环境主管部门及其委托的执法机构',
      process: [
        '制定检查计划（双随机抽取）',
        '出示执法证件',
        '现场检查并制作笔录',
        '发现问题的依法处理',
        '检查结果公开',
      ],
      supervisionChannel,
    },
  },
  {
    code: 'JX-QL-009',
    name: '责令采取限制生产、停产整治措施',
    data: {
      powerType: 'penalty',
      legalBases: [basis(laws.environment, '第六十条')],
      implementingBody: '县级以上人民政府生态环境主管部门',
      process: [
        '调查取证',
        '事先告知（听证告知）',
        '作出限制生产、停产整治决定',
        '送达',
        '整改方案备案与核查',
        '解除',
      ],
      supervisionChannel,
    },
  },
];

const penaltyResponsibilities = [
  '立案责任：对发现的环境违法行为予以审查，决定是否立案',
  '调查责任：两名以上执法人员出示执法证件，全面、客观、公正调查取证',
  '审查责任：审查案件事实、证据、依据、程序，重大案件进行法制审核和集体讨论',
  '告知责任：作出决定前告知当事人拟处罚的事实、理由、依据及其陈述、申辩和听证权利',
  '决定责任：依法作出处罚决定，按规定公开',
  '送达责任：依法送达行政处罚决定书',
  '执行责任：监督当事人履行处罚决定，依法申请强制执行',
];

const penaltyAccountability = [
  '没有法律和事实依据实施行政处罚的',
  '擅自改变行政处罚种类、幅度的',
  '违反法定的行政处罚程序的',
  '对应当予以制止和处罚的违法行为不予制止、处罚，致使公民、法人或者其他组织的合法权益、公共利益遭受损害的',
  '滥用职权、玩忽职守、徇私舞弊、索贿受贿的',
  '其他违反法律法规规章规定的行为',
];

export const responsibilityListItems: DemoItem<ResponsibilityListItemData>[] = [
  ...powerListItems
    .filter((entry) => entry.data.powerType === 'penalty')
    .map((entry, index) => ({
      code: `JX-ZR-${String(index + 1).padStart(3, '0')}`,
      name: entry.name,
      data: {
        powerType: entry.data.powerType,
        legalBases: entry.data.legalBases,
        implementingBody: entry.data.implementingBody,
        responsibilities: penaltyResponsibilities,
        accountability: penaltyAccountability,
        supervisionChannel,
      },
    })),
  {
    code: 'JX-ZR-006',
    name: '查封、扣押造成污染物排放的设施、设备',
    data: {
      powerType: 'coercion',
      legalBases: [basis(laws.environment, '第二十五条')],
      implementingBody: '县级以上人民政府生态环境主管部门',
      responsibilities: [
        '审批责任：实施前向负责人报告并经批准，情况紧急的当场实施后及时补办批准手续',
        '实施责任：两名以上执法人员实施，制作现场笔录和查封、扣押清单',
        '保管责任：妥善保管查封、扣押的设施、设备，不得使用或者损毁',
        '处理责任：在法定期限内作出处理决定，不再需要查封、扣押的及时解除',
      ],
      accountability: [
        '没有法律依据实施查封、扣押的',
        '扩大查封、扣押范围的',
        '使用或者损毁查封、扣押的设施、设备的',
        '在法定期限内不作出处理决定或者未依法及时解除的',
      ],
      supervisionChannel,
    },
  },
  {
    code: 'JX-ZR-007',
    name: '对排放污染物的企业事业单位和其他生产经营者的现场检查',
    data: {
      powerType: 'inspection',
      legalBases: [inspectionBasis],
      implementingBody: '县级以上人民政府生态环境主管部门及其委托的执法机构',
      responsibilities: [
        '计划责任：按“双随机、一公开”制定检查计划，随机抽取检查对象和执法人员',
        '检查责任：出示执法证件，如实记录检查情况，保守被检查者的商业秘密',
        '处置责任：发现违法行为的依法立案查处，需要整改的督促整改',
        '公开责任：在规定期限内公开抽查检查结果',
      ],
      accountability: [
        '未按计划开展检查或者选择性检查的',
        '检查中发现违法行为不依法处理的',
        '泄露被检查者商业秘密的',
        '在检查中索取、收受财物或者谋取其他利益的',
      ],
      supervisionChannel,
    },
  },
];

// ---------------------------------------------------------------------------------------------
// CAT-4 包容免罚清单
// ---------------------------------------------------------------------------------------------

/** 行政处罚法 art. 33(1). */
const noPenaltyBasis = basis(laws.penalty, '第三十三条第一款');

const commonExclusions: NoPenaltyCondition[] = [
  { code: 'obstructed_inspection', text: '拒绝、阻挠监督检查，或者在接受监督检查时弄虚作假的' },
  { code: 'data_fraud', text: '篡改、伪造监测数据或者以逃避监管的方式排放污染物的' },
  { code: 'sensitive_area', text: '位于饮用水水源保护区、自然保护区等环境敏感区域的' },
];

export function noPenaltyItems(profile: ProvinceProfile): DemoItem<NoPenaltyItemData>[] {
  // 初次违法: none in the look-back period of the profile (行政处罚法 art. 33(1); the period is the
  // province's choice, profile deadlines.firstViolationLookBack).
  const months = profile.deadlines.firstViolationLookBack.amount;
  const first: NoPenaltyCondition = {
    code: 'first_violation',
    text: `${months}个月内未因同一违法行为受到生态环境行政处罚（初次违法）`,
  };
  const corrected: NoPenaltyCondition = { code: 'corrected_in_time', text: '在责令改正期限内改正' };
  const harmless: NoPenaltyCondition = { code: 'no_harmful_consequences', text: '未造成环境污染等危害后果' };
  const minorHarm: NoPenaltyCondition = { code: 'minor_harm', text: '危害后果轻微' };
  const entry = (
    code: string,
    name: string,
    data: Omit<NoPenaltyItemData, 'noPenaltyBasis' | 'exclusions'> &
      Partial<Pick<NoPenaltyItemData, 'exclusions'>>,
  ): DemoItem<NoPenaltyItemData> => ({
    code,
    name,
    data: { noPenaltyBasis, exclusions: commonExclusions, ...data },
  });
  return [
    entry('JX-MF-001', '大气污染物排放口设置不规范', {
      category: 'minor',
      violation: '未按照规定设置大气污染物排放口（标志牌、采样口设置不规范）',
      enforcementItemCodes: ['JX-ZF-012'],
      legalBases: [basis(laws.air, '第一百条第五项')],
      conditions: [corrected, harmless, { code: 'sampling_possible', text: '排放口设置不影响监督监测采样' }],
    }),
    entry('JX-MF-002', '重点排污单位未按规定公开自动监测数据', {
      category: 'first_violation',
      violation: '重点排污单位未公开或者未及时公开自动监测数据',
      enforcementItemCodes: ['JX-ZF-011'],
      legalBases: [basis(laws.air, '第一百条第四项')],
      conditions: [
        first,
        corrected,
        minorHarm,
        { code: 'data_truthful', text: '监测数据真实，未不如实公开' },
      ],
    }),
    entry('JX-MF-003', '未按规定对工业废气开展自行监测', {
      category: 'first_violation',
      violation: '未按照规定对所排放的工业废气进行监测并保存原始监测记录',
      enforcementItemCodes: ['JX-ZF-009'],
      legalBases: [basis(laws.air, '第一百条第二项')],
      conditions: [
        first,
        corrected,
        minorHarm,
        { code: 'monitoring_gap_one_cycle', text: '监测缺失不超过一个监测周期且排放达标' },
      ],
    }),
    entry('JX-MF-004', '自动监测设备故障未及时恢复', {
      category: 'minor',
      violation: '大气污染物排放自动监测设备因故障短时未正常运行',
      enforcementItemCodes: ['JX-ZF-010'],
      legalBases: [basis(laws.air, '第一百条第三项')],
      conditions: [
        corrected,
        harmless,
        { code: 'fault_reported', text: '故障期间按规定及时报告并开展手工监测' },
      ],
    }),
    entry('JX-MF-005', '未建立工业固体废物管理台账', {
      category: 'first_violation',
      violation: '产生工业固体废物的单位未建立固体废物管理台账并如实记录',
      enforcementItemCodes: ['JX-ZF-026'],
      legalBases: [basis(laws.solidWaste, '第一百零二条第一款第八项')],
      conditions: [
        first,
        corrected,
        minorHarm,
        { code: 'waste_traceable', text: '固体废物去向清楚，已补建台账并如实补记' },
      ],
    }),
    entry('JX-MF-006', '未备案建设项目环境影响登记表', {
      category: 'minor',
      violation: '建设单位未依法备案建设项目环境影响登记表',
      enforcementItemCodes: ['JX-ZF-035'],
      legalBases: [basis(laws.eia, '第三十一条第三款')],
      conditions: [
        corrected,
        harmless,
        { code: 'registration_category', text: '项目属于填报环境影响登记表的类别' },
      ],
      exclusions: [commonExclusions[0]!, commonExclusions[2]!],
    }),
    entry('JX-MF-007', '未按规定提交排污许可证执行报告', {
      category: 'first_violation',
      violation: '未按照排污许可证规定提交排污许可证执行报告',
      enforcementItemCodes: ['JX-ZF-045'],
      legalBases: [basis(laws.permits, '第三十七条')],
      conditions: [
        first,
        corrected,
        minorHarm,
        { code: 'report_late_one_period', text: '逾期不超过一个报告周期' },
      ],
    }),
    entry('JX-MF-008', '未公开环境保护设施验收报告', {
      category: 'minor',
      violation: '建设单位未依法向社会公开环境保护设施验收报告',
      enforcementItemCodes: ['JX-ZF-037'],
      legalBases: [basis(laws.construction, '第二十三条第二款')],
      conditions: [corrected, harmless, { code: 'acceptance_passed', text: '环境保护设施已验收合格' }],
    }),
    entry('JX-MF-009', '未按规定对工业噪声开展自行监测', {
      category: 'first_violation',
      violation: '实行排污许可管理的单位未按照规定对工业噪声开展自行监测或者未公开监测结果',
      enforcementItemCodes: ['JX-ZF-031'],
      legalBases: [basis(laws.noise, '第七十六条第一项')],
      conditions: [
        first,
        corrected,
        minorHarm,
        { code: 'noise_within_standard', text: '经监测厂界噪声达标' },
      ],
    }),
    entry('JX-MF-010', '工业固体废物贮存防护措施不到位', {
      category: 'first_violation',
      violation: '贮存工业固体废物未采取符合国家环境保护标准的防护措施',
      enforcementItemCodes: ['JX-ZF-027'],
      legalBases: [basis(laws.solidWaste, '第一百零二条第一款第十项')],
      conditions: [
        first,
        corrected,
        minorHarm,
        { code: 'no_leak_or_loss', text: '未造成固体废物扬散、流失、渗漏' },
      ],
    }),
  ];
}

// ---------------------------------------------------------------------------------------------
// CAT-5 裁量基准
// ---------------------------------------------------------------------------------------------

const cooperation = {
  code: 'cooperation',
  name: '配合调查及整改情况',
  isBase: false,
  options: [
    { code: 'active', label: '主动配合调查并立即整改', adjustment: -0.1 },
    { code: 'normal', label: '配合调查，按期整改', adjustment: 0 },
    { code: 'refused', label: '拒不配合调查或者拒不整改', adjustment: 0.2 },
  ],
};

const repetition = {
  code: 'repetition',
  name: '违法次数',
  isBase: false,
  options: [
    { code: 'first', label: '两年内首次', adjustment: 0 },
    { code: 'again', label: '两年内因同类违法行为受过处罚', adjustment: 0.2 },
  ],
};

const sensitivity = {
  code: 'sensitivity',
  name: '环境敏感程度',
  isBase: false,
  options: [
    { code: 'ordinary', label: '一般区域', adjustment: 0 },
    { code: 'sensitive', label: '饮用水水源保护区、自然保护区或者居民集中区周边等敏感区域', adjustment: 0.2 },
  ],
};

const duration = {
  code: 'duration',
  name: '持续时间',
  isBase: false,
  options: [
    { code: 'under_day', label: '不足1日', adjustment: 0 },
    { code: 'days', label: '1日以上7日以下', adjustment: 0.1 },
    { code: 'week_plus', label: '7日以上', adjustment: 0.2 },
  ],
};

const amount = (minYuan: number, maxYuan: number) => ({ kind: 'amount' as const, minYuan, maxYuan });

export const discretionBenchmarks: DemoItem<DiscretionBenchmarkData>[] = [
  {
    code: 'JX-CL-001',
    name: '超过排放标准排放大气污染物',
    data: {
      violation: '超过大气污染物排放标准或者超过重点大气污染物排放总量控制指标排放大气污染物',
      enforcementItemCodes: ['JX-ZF-006'],
      legalBases: [basis(laws.air, '第九十九条第二项')],
      range: amount(100_000, 1_000_000),
      rangeText: '十万元以上一百万元以下',
      method: 'base_plus_adjustment',
      roundToYuan: 1000,
      otherMeasures: '责令改正或者限制生产、停产整治；情节严重的，报经有批准权的人民政府批准，责令停业、关闭',
      factors: [
        {
          code: 'exceedance',
          name: '超标倍数',
          isBase: true,
          options: [
            { code: 'below_half', label: '超标0.5倍以下', baseFraction: 0.1 },
            { code: 'half_to_one', label: '超标0.5倍以上1倍以下', baseFraction: 0.3 },
            { code: 'one_to_three', label: '超标1倍以上3倍以下', baseFraction: 0.5 },
            { code: 'above_three', label: '超标3倍以上', baseFraction: 0.8 },
          ],
        },
        duration,
        sensitivity,
        cooperation,
        repetition,
      ],
    },
  },
  {
    code: 'JX-CL-002',
    name: '未批先建',
    data: {
      violation: '建设单位未依法报批建设项目环境影响报告书、报告表，擅自开工建设',
      enforcementItemCodes: ['JX-ZF-034'],
      legalBases: [basis(laws.eia, '第三十一条第一款')],
      range: { kind: 'multiple', baseLabel: '建设项目总投资额', minMultiple: 0.01, maxMultiple: 0.05 },
      rangeText: '建设项目总投资额百分之一以上百分之五以下',
      method: 'level_weighted',
      roundToYuan: 1000,
      otherMeasures:
        '责令停止建设，并可以责令恢复原状；对直接负责的主管人员和其他直接责任人员依法给予行政处分',
      factors: [
        {
          code: 'eia_category',
          name: '环境影响评价类别',
          weight: 0.3,
          isBase: false,
          options: [
            { code: 'report_form', label: '应当编制环境影响报告表', level: 2 },
            { code: 'report_book', label: '应当编制环境影响报告书', level: 4 },
          ],
        },
        {
          code: 'progress',
          name: '建设进度',
          weight: 0.3,
          isBase: false,
          options: [
            { code: 'started', label: '已开工，主体工程未完工', level: 1 },
            { code: 'built', label: '主体工程已完工，未投入生产', level: 3 },
            { code: 'operating', label: '已投入生产或者使用', level: 5 },
          ],
        },
        {
          code: 'sensitivity',
          name: '环境敏感程度',
          weight: 0.2,
          isBase: false,
          options: [
            { code: 'ordinary', label: '一般区域', level: 1 },
            { code: 'sensitive', label: '环境敏感区域', level: 5 },
          ],
        },
        {
          code: 'consequence',
          name: '危害后果',
          weight: 0.2,
          isBase: false,
          options: [
            { code: 'none', label: '未造成环境污染', level: 1 },
            { code: 'polluted', label: '造成环境污染或者生态破坏', level: 5 },
          ],
        },
      ],
    },
  },
  {
    code: 'JX-CL-003',
    name: '未验先投',
    data: {
      violation: '需要配套建设的环境保护设施未建成、未经验收或者验收不合格，建设项目即投入生产或者使用',
      enforcementItemCodes: ['JX-ZF-036'],
      legalBases: [basis(laws.construction, '第二十三条第一款')],
      range: amount(200_000, 1_000_000),
      rangeText: '20万元以上100万元以下（逾期不改正的，100万元以上200万元以下）',
      method: 'level_weighted',
      roundToYuan: 1000,
      otherMeasures: '责令限期改正；对直接负责的主管人员和其他责任人员处5万元以上20万元以下的罚款',
      factors: [
        {
          code: 'facilities',
          name: '环境保护设施建设情况',
          weight: 0.35,
          isBase: false,
          options: [
            { code: 'built_not_accepted', label: '已建成但未验收', level: 1 },
            { code: 'partly_built', label: '部分建成', level: 3 },
            { code: 'not_built', label: '未建设', level: 5 },
          ],
        },
        {
          code: 'operating_time',
          name: '投入生产时间',
          weight: 0.2,
          isBase: false,
          options: [
            { code: 'under_three_months', label: '不足3个月', level: 1 },
            { code: 'under_year', label: '3个月以上1年以下', level: 3 },
            { code: 'over_year', label: '1年以上', level: 5 },
          ],
        },
        {
          code: 'emission',
          name: '污染物排放情况',
          weight: 0.3,
          isBase: false,
          options: [
            { code: 'compliant', label: '污染物达标排放', level: 1 },
            { code: 'exceeding', label: '污染物超标排放', level: 5 },
          ],
        },
        {
          code: 'rectification',
          name: '整改情况',
          weight: 0.15,
          isBase: false,
          options: [
            { code: 'immediate', label: '立即停止生产并整改', level: 1 },
            { code: 'refused', label: '拒不停止生产', level: 5 },
          ],
        },
      ],
    },
  },
  {
    code: 'JX-CL-004',
    name: '无证排污',
    data: {
      violation: '排污单位未取得排污许可证排放污染物',
      enforcementItemCodes: ['JX-ZF-039'],
      legalBases: [basis(laws.permits, '第三十三条第一项')],
      range: amount(200_000, 1_000_000),
      rangeText: '20万元以上100万元以下',
      method: 'base_plus_adjustment',
      roundToYuan: 1000,
      otherMeasures: '责令改正或者限制生产、停产整治；情节严重的，报经有批准权的人民政府批准，责令停业、关闭',
      factors: [
        {
          code: 'permit_class',
          name: '排污许可管理类别',
          isBase: true,
          options: [
            { code: 'simplified', label: '应当实行简化管理', baseFraction: 0.15 },
            { code: 'key', label: '应当实行重点管理', baseFraction: 0.4 },
          ],
        },
        {
          code: 'emission',
          name: '排放达标情况',
          isBase: false,
          options: [
            { code: 'compliant', label: '污染物达标排放', adjustment: -0.1 },
            { code: 'exceeding', label: '污染物超标排放', adjustment: 0.3 },
          ],
        },
        {
          code: 'duration',
          name: '无证排污持续时间',
          isBase: false,
          options: [
            { code: 'under_three_months', label: '不足3个月', adjustment: 0 },
            { code: 'under_year', label: '3个月以上1年以下', adjustment: 0.1 },
            { code: 'over_year', label: '1年以上', adjustment: 0.2 },
          ],
        },
        cooperation,
      ],
    },
  },
  {
    code: 'JX-CL-005',
    name: '不正常运行水污染防治设施等逃避监管排放水污染物',
    data: {
      violation: '私设暗管，篡改、伪造监测数据，或者不正常运行水污染防治设施等逃避监管的方式排放水污染物',
      enforcementItemCodes: ['JX-ZF-017'],
      legalBases: [basis(laws.water, '第八十三条第三项')],
      range: amount(100_000, 1_000_000),
      rangeText: '十万元以上一百万元以下',
      method: 'base_plus_adjustment',
      roundToYuan: 1000,
      otherMeasures: '责令改正或者责令限制生产、停产整治；尚不构成犯罪的，移送公安机关予以行政拘留',
      factors: [
        {
          code: 'means',
          name: '违法方式',
          isBase: true,
          options: [
            { code: 'not_started', label: '防治设施未及时开启或者部分停运', baseFraction: 0.25 },
            { code: 'bypass', label: '设置旁路或者稀释排放', baseFraction: 0.5 },
            { code: 'hidden_pipe', label: '私设暗管或者篡改、伪造监测数据', baseFraction: 0.8 },
          ],
        },
        {
          code: 'receiving_water',
          name: '排放去向',
          isBase: false,
          options: [
            { code: 'sewer', label: '进入污水集中处理设施', adjustment: 0 },
            { code: 'surface_water', label: '直接排入地表水体', adjustment: 0.15 },
            { code: 'protected_water', label: '排入饮用水水源保护区等敏感水体', adjustment: 0.3 },
          ],
        },
        duration,
        cooperation,
      ],
    },
  },
  {
    code: 'JX-CL-006',
    name: '危险废物贮存不规范',
    data: {
      violation: '未按照国家环境保护标准贮存危险废物或者将危险废物混入非危险废物中贮存',
      enforcementItemCodes: ['JX-ZF-029'],
      legalBases: [basis(laws.solidWaste, '第一百一十二条第一款第六项')],
      range: amount(100_000, 1_000_000),
      rangeText: '十万元以上一百万元以下',
      method: 'level_weighted',
      roundToYuan: 1000,
      otherMeasures: '责令改正，没收违法所得；情节严重的，报经有批准权的人民政府批准，可以责令停业或者关闭',
      factors: [
        {
          code: 'quantity',
          name: '贮存数量',
          weight: 0.3,
          isBase: false,
          options: [
            { code: 'under_ton', label: '1吨以下', level: 1 },
            { code: 'tons', label: '1吨以上10吨以下', level: 3 },
            { code: 'over_ten', label: '10吨以上', level: 5 },
          ],
        },
        {
          code: 'hazard',
          name: '危险特性',
          weight: 0.2,
          isBase: false,
          options: [
            { code: 'ordinary', label: '一般危险特性', level: 2 },
            { code: 'toxic', label: '剧毒、易燃易爆或者含重金属', level: 5 },
          ],
        },
        {
          code: 'impact',
          name: '环境影响',
          weight: 0.3,
          isBase: false,
          options: [
            { code: 'none', label: '未发生泄漏', level: 1 },
            { code: 'contained', label: '发生泄漏但已控制在贮存场所内', level: 3 },
            { code: 'polluted', label: '泄漏造成土壤或者水体污染', level: 5 },
          ],
        },
        {
          code: 'rectification',
          name: '整改情况',
          weight: 0.2,
          isBase: false,
          options: [
            { code: 'immediate', label: '立即整改到位', level: 1 },
            { code: 'deadline', label: '在责令期限内整改', level: 3 },
            { code: 'refused', label: '拒不整改', level: 5 },
          ],
        },
      ],
    },
  },
  {
    code: 'JX-CL-007',
    name: '自动监测设备未正常运行',
    data: {
      violation: '未按照规定安装、使用大气污染物排放自动监测设备或者未按照规定联网，并保证监测设备正常运行',
      enforcementItemCodes: ['JX-ZF-010'],
      legalBases: [basis(laws.air, '第一百条第三项')],
      range: amount(20_000, 200_000),
      rangeText: '二万元以上二十万元以下',
      method: 'level_weighted',
      roundToYuan: 1000,
      otherMeasures: '责令改正；拒不改正的，责令停产整治',
      factors: [
        {
          code: 'fact',
          name: '违法事实',
          weight: 0.4,
          isBase: false,
          options: [
            { code: 'abnormal', label: '已安装联网，但未保证正常运行', level: 2 },
            { code: 'not_networked', label: '已安装，未与生态环境主管部门联网', level: 3 },
            { code: 'not_installed', label: '未安装自动监测设备', level: 5 },
          ],
        },
        {
          code: 'duration',
          name: '持续时间',
          weight: 0.3,
          isBase: false,
          options: [
            { code: 'under_month', label: '不足1个月', level: 1 },
            { code: 'months', label: '1个月以上3个月以下', level: 3 },
            { code: 'over_three_months', label: '3个月以上', level: 5 },
          ],
        },
        {
          code: 'emission',
          name: '同期排放情况',
          weight: 0.3,
          isBase: false,
          options: [
            { code: 'compliant', label: '手工监测达标', level: 1 },
            { code: 'unknown', label: '无法判断是否达标', level: 3 },
            { code: 'exceeding', label: '超标排放', level: 5 },
          ],
        },
      ],
    },
  },
  {
    code: 'JX-CL-008',
    name: '通过逃避监管的方式排放大气污染物',
    data: {
      violation: '通过逃避监管的方式排放大气污染物',
      enforcementItemCodes: ['JX-ZF-007'],
      legalBases: [basis(laws.air, '第九十九条第三项')],
      range: amount(100_000, 1_000_000),
      rangeText: '十万元以上一百万元以下',
      method: 'base_plus_adjustment',
      roundToYuan: 1000,
      otherMeasures: '责令改正或者限制生产、停产整治；尚不构成犯罪的，移送公安机关予以行政拘留',
      factors: [
        {
          code: 'means',
          name: '违法方式',
          isBase: true,
          options: [
            { code: 'idle', label: '污染防治设施闲置或者未同步运行', baseFraction: 0.3 },
            { code: 'bypass', label: '通过旁路、偷排口排放', baseFraction: 0.55 },
            { code: 'tamper', label: '篡改、伪造自动监测数据或者干扰采样', baseFraction: 0.8 },
          ],
        },
        duration,
        sensitivity,
        cooperation,
        repetition,
      ],
    },
  },
];
