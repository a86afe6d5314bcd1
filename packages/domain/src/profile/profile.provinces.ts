import {
  type DeadlineRule,
  type ProfileRules,
  type ProvinceProfile,
  type ProvinceProfileId,
  provinceProfileIds,
  provinceProfileSchema,
  type SeedDocument,
} from './profile.schema';

// ---------------------------------------------------------------------------------------------
// Citations, written once so every rule cites the same way
// ---------------------------------------------------------------------------------------------

const penaltyLaw = '《中华人民共和国行政处罚法》';
const coercionLaw = '《中华人民共和国行政强制法》';
const ecoPenaltyMeasures = '《生态环境行政处罚办法》（2023年）';
const sealMeasures = '《环境保护主管部门实施查封、扣押办法》';
const restrictionMeasures = '《环境保护主管部门实施限制生产、停产整治办法》';
const dailyPenaltyMeasures = '《环境保护主管部门实施按日连续处罚办法》';
const detentionMeasures = '《行政主管部门移送适用行政拘留环境违法案件暂行办法》';
const crimeTransferRules = '《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号，2020年修订）';
const crimeLinkageMeasures = '《环境保护行政执法与刑事司法衔接工作办法》';
const petitionRegulation = '《信访工作条例》（2022年）';
const randomInspectionPlan = '《关于在污染源日常环境监管领域推广随机抽查制度的实施方案》（2015年）';
const environmentLaw = '《中华人民共和国环境保护法》';
const civilCode = '《中华人民共和国民法典》';
const supervisedCaseMeasures = '《生态环境违法案件挂牌督办管理办法》';
const equipmentStandard = '《生态环境保护综合行政执法装备标准化建设指导标准（2020年版）》';

const seed000 = '《江西省跨区域生态环境保护联合执法办法》';
const seed001 = '《吉林省生态环境保护跨区域联合执法办法》';
const seed002 = '南昌市环境保护局《实施细则》（洪环监察〔2018〕21号）';
const seed003 = '《南通市生态环境保护综合行政执法改革实施方案》';
const seed004 = '《江西省生态环境综合执法能力建设年活动实施意见》';
const jiangxiCardRules = '《江西省环境保护红黄牌警示管理制度暂行办法》';

/** Where no law or seed sets the value for this province. */
const platformDefault = '平台默认（无法律或本省种子文件规定）';

export const seedDocuments: Record<SeedDocument['id'], SeedDocument> = {
  '000': {
    id: '000',
    title: '江西省跨区域生态环境保护联合执法办法',
    issuer: '江西省生态环境厅',
    documentNumber: '赣环执法〔2021〕11号',
    year: 2021,
  },
  '001': { id: '001', title: '吉林省生态环境保护跨区域联合执法办法' },
  '002': {
    id: '002',
    title: '关于落实江西省环境保护厅《关于进一步强化生态环境保护监管执法实施方案》的实施细则',
    issuer: '南昌市环境保护局',
    documentNumber: '洪环监察〔2018〕21号',
    year: 2018,
  },
  '003': {
    id: '003',
    title: '南通市生态环境保护综合行政执法改革实施方案',
    issuer: '中共南通市委办公室、南通市人民政府办公室',
    year: 2020,
  },
  '004': {
    id: '004',
    title: '江西省生态环境综合执法能力建设年活动实施意见',
    issuer: '江西省生态环境厅',
    year: 2022,
  },
};

// ---------------------------------------------------------------------------------------------
// National defaults: national law, or the platform's default where no law sets a value
// ---------------------------------------------------------------------------------------------

/** Seed 002's monthly and yearly report dates, used as the default where no seed sets them. */
const randomInspectionSummaryNote =
  '本省无种子文件规定报送日期，沿用南昌市实施细则（种子文件002）的做法，可配置';

export const nationalDefaults: ProfileRules = {
  counting: {
    isEventDayCounted: false,
    rollForwardFromHoliday: true,
    basis: `${civilCode}第二百零一条、第二百零三条；${crimeLinkageMeasures}第三十八条`,
    note: '事件当日不计入，自次日起算；以自然日计的期间，最后一日为法定节假日的，顺延至节假日后的第一个工作日。工作日只用于法律明定的期间（行政处罚法第八十五条、行政强制法第六十九条，及明写“工作日”的规定）。',
  },

  deadlines: {
    // --- Penalty procedure ---------------------------------------------------------------
    caseFiling: {
      // 生态环境行政处罚办法 (2023): 15 days, +15 in special cases with the chief's approval.
      amount: 15,
      unit: 'calendar_day',
      label: '立案审查',
      basis: ecoPenaltyMeasures,
      origin: 'law',
      startsFrom: '发现涉嫌违法行为（收到案件线索）之日',
      extension: [{ amount: 15, unit: 'calendar_day', approval: '本机关负责人批准', condition: '特殊情况' }],
      maxTotal: { amount: 30, unit: 'calendar_day' },
    },
    penaltyDecision: {
      // 行政处罚法 art. 60: 90 days; 生态环境行政处罚办法: +30 approved, +30 by collective decision.
      amount: 90,
      unit: 'calendar_day',
      label: '作出行政处罚决定',
      basis: `${penaltyLaw}第六十条；${ecoPenaltyMeasures}`,
      origin: 'law',
      startsFrom: '立案之日',
      extension: [
        {
          amount: 30,
          unit: 'calendar_day',
          approval: '本机关负责人批准',
          condition: '案情复杂或者有其他原因',
        },
        {
          amount: 30,
          unit: 'calendar_day',
          approval: '本机关负责人集体讨论决定',
          condition: '案情特别复杂或者有其他特殊情况，经延期仍不能作出决定',
        },
      ],
      maxTotal: { amount: 150, unit: 'calendar_day' },
      pausedBy: [
        '中止',
        '听证',
        '公告',
        '监测（检测）',
        '评估',
        '鉴定',
        '认定',
        '送达',
        '涉嫌犯罪案件移送办理期间',
      ],
      note: `涉嫌犯罪案件的移送办理期间不计入行政处罚期限（${crimeLinkageMeasures}第十六条）。`,
    },
    evidencePreservation: {
      // 行政处罚法 art. 56: 7 days; art. 85 makes them working days.
      amount: 7,
      unit: 'working_day',
      label: '先行登记保存证据的处理决定',
      basis: `${penaltyLaw}第五十六条、第八十五条`,
      origin: 'law',
      startsFrom: '先行登记保存之日',
    },
    hearingRequest: {
      // 行政处罚法 art. 64(1): 5 days; art. 85: working days.
      amount: 5,
      unit: 'working_day',
      label: '当事人申请听证',
      basis: `${penaltyLaw}第六十四条第一项、第八十五条`,
      origin: 'law',
      startsFrom: '告知听证权利之日（告知书送达）',
    },
    hearingNotice: {
      // 行政处罚法 art. 64(2): 7 days before the hearing; art. 85: working days.
      amount: 7,
      unit: 'working_day',
      label: '听证通知（听证七日前）',
      basis: `${penaltyLaw}第六十四条第二项、第八十五条`,
      origin: 'law',
      startsFrom: '举行听证之日',
      direction: 'before',
    },
    decisionDelivery: {
      // 行政处罚法 art. 61: on the spot, or within 7 days; art. 85: working days.
      amount: 7,
      unit: 'working_day',
      label: '送达行政处罚决定书',
      basis: `${penaltyLaw}第六十一条、第八十五条`,
      origin: 'law',
      startsFrom: '宣告行政处罚决定之日（当事人不在场）',
      note: '当事人在场的，宣告后当场交付。',
    },
    finePayment: {
      // 行政处罚法 art. 67: 15 days.
      amount: 15,
      unit: 'calendar_day',
      label: '缴纳罚款',
      basis: `${penaltyLaw}第六十七条第三款`,
      origin: 'law',
      startsFrom: '收到行政处罚决定书之日',
    },
    latePaymentSurchargeCap: {
      // 行政处罚法 art. 72: 3 % a day, never more than the fine: 33 days make 99 %, day 34 hits the cap.
      amount: 34,
      unit: 'calendar_day',
      label: '加处罚款达到上限',
      basis: `${penaltyLaw}第七十二条第一款第一项；${coercionLaw}第四十五条第二款`,
      origin: 'law',
      startsFrom: '缴纳罚款期限届满之日',
      pausedBy: ['行政复议期间', '行政诉讼期间'],
      note: '由“加处罚款”阈值推算：每日3%，第33日累计99%，第34日达到罚款数额后不再增加；复议、诉讼期间不计算加处罚款（行政处罚法第七十三条第三款）。',
    },
    enforcementReminder: {
      // 行政强制法 art. 54: 10 days after the reminder; art. 69: working days.
      amount: 10,
      unit: 'working_day',
      label: '催告后申请强制执行',
      basis: `${coercionLaw}第五十四条、第六十九条`,
      origin: 'law',
      startsFrom: '催告书送达之日',
    },
    courtEnforcementApplication: {
      // 行政强制法 art. 53: within 3 months.
      amount: 3,
      unit: 'month',
      label: '申请人民法院强制执行',
      basis: `${coercionLaw}第五十三条；${penaltyLaw}第七十二条第二款`,
      origin: 'law',
      startsFrom: '申请行政复议、提起行政诉讼的法定期限届满之日',
      note: '批准延期、分期缴纳罚款的，自暂缓或者分期缴纳期限结束之日起计算。',
    },
    limitationPeriod: {
      // 行政处罚法 art. 36: 2 years; 5 where life, health or financial safety is harmed.
      amount: 2,
      unit: 'year',
      label: '行政处罚追责时效',
      basis: `${penaltyLaw}第三十六条`,
      origin: 'law',
      startsFrom: '违法行为发生之日；有连续或者继续状态的，自行为终了之日',
      extension: [
        {
          amount: 3,
          unit: 'year',
          approval: '无需批准（法定情形）',
          condition: '涉及公民生命健康安全、金融安全且有危害后果的',
        },
      ],
      maxTotal: { amount: 5, unit: 'year' },
    },
    publishedDecisionWithdrawal: {
      // 行政处罚法 art. 48: 3 days; art. 85: working days.
      amount: 3,
      unit: 'working_day',
      label: '撤回已公开的行政处罚决定信息',
      basis: `${penaltyLaw}第四十八条第二款、第八十五条`,
      origin: 'law',
      startsFrom: '行政处罚决定被依法变更、撤销、确认违法或者确认无效之日',
    },
    firstViolationLookBack: {
      amount: 12,
      unit: 'month',
      label: '初次违法回溯期',
      basis: `${penaltyLaw}第三十三条第一款`,
      origin: 'product',
      startsFrom: '本次违法行为发生之日',
      direction: 'before',
      isConfigurable: true,
      note: '法律只规定“初次违法”可以不予处罚，未规定回溯期；默认此前12个月内无违法记录即为初次违法，以本省包容免罚清单为准。',
    },

    // --- Daily continuous penalty --------------------------------------------------------------
    dailyPenaltyCorrectionOrder: {
      // 按日连续处罚办法 art. 8: 3 working days after the monitoring report (stated as 工作日).
      amount: 3,
      unit: 'working_day',
      isStatedInWorkingDays: true,
      label: '送达责令改正违法行为决定书',
      basis: `${dailyPenaltyMeasures}第八条第二款`,
      origin: 'law',
      startsFrom: '取得环境监测报告之日',
      note: '可以当场认定违法排污的，在现场调查时送达。',
    },
    dailyPenaltyReinspection: {
      // 按日连续处罚办法 art. 10: re-inspect within 30 days, unannounced.
      amount: 30,
      unit: 'calendar_day',
      label: '按日连续处罚复查（暗查）',
      basis: `${dailyPenaltyMeasures}第十条`,
      origin: 'law',
      startsFrom: '责令改正违法行为决定书送达之日',
    },

    // --- Seal/seizure --------------------------------------------------------------------------
    sealSeizure: {
      // 行政强制法 art. 25; 查封扣押办法 art. 15: 30 days, +30 once with approval.
      amount: 30,
      unit: 'calendar_day',
      label: '查封、扣押期限',
      basis: `${coercionLaw}第二十五条；${sealMeasures}第十五条`,
      origin: 'law',
      startsFrom: '实施查封、扣押之日',
      extension: [
        {
          amount: 30,
          unit: 'calendar_day',
          approval: '本级生态环境主管部门负责人批准',
          condition: '情况复杂',
        },
      ],
      maxTotal: { amount: 60, unit: 'calendar_day' },
      pausedBy: ['检测', '检验', '检疫', '技术鉴定'],
      note: '检测、检验、检疫或者技术鉴定的期间应当明确并书面告知当事人；延长决定应当及时书面告知并说明理由。',
    },
    emergencySeizureApproval: {
      // 行政强制法 art. 19; 查封扣押办法 art. 13: report and obtain approval within 24 hours.
      amount: 24,
      unit: 'hour',
      label: '当场查封、扣押补办批准',
      basis: `${coercionLaw}第十九条；${sealMeasures}第十三条`,
      origin: 'law',
      startsFrom: '情况紧急当场实施查封、扣押之时',
    },
    sealSeizureReleaseReview: {
      // 查封扣押办法 art. 19: 5 working days (stated as 工作日).
      amount: 5,
      unit: 'working_day',
      isStatedInWorkingDays: true,
      label: '核查解除查封、扣押申请',
      basis: `${sealMeasures}第十九条`,
      origin: 'law',
      startsFrom: '收到解除查封、扣押申请之日',
    },
    sealSeizureReleaseDelivery: {
      // 查封扣押办法 art. 21: 3 working days (stated as 工作日).
      amount: 3,
      unit: 'working_day',
      isStatedInWorkingDays: true,
      label: '送达解除查封、扣押决定',
      basis: `${sealMeasures}第二十一条第一款`,
      origin: 'law',
      startsFrom: '作出解除查封、扣押决定之日',
    },

    // --- Production limit/stop -----------------------------------------------------------------
    productionRestrictionDelivery: {
      // 限产停产办法 art. 14: 7 working days (stated as 工作日).
      amount: 7,
      unit: 'working_day',
      isStatedInWorkingDays: true,
      label: '送达限制生产、停产整治决定书',
      basis: `${restrictionMeasures}第十四条`,
      origin: 'law',
      startsFrom: '作出限制生产、停产整治决定之日',
    },
    productionRestriction: {
      // 限产停产办法 art. 15: a limit runs 3 months at most, +3 with approval.
      amount: 3,
      unit: 'month',
      label: '限制生产期限',
      basis: `${restrictionMeasures}第十五条`,
      origin: 'law',
      startsFrom: '责令限制生产决定书送达之日',
      extension: [
        { amount: 3, unit: 'month', approval: '本级生态环境主管部门负责人批准', condition: '情况复杂' },
      ],
      maxTotal: { amount: 6, unit: 'month' },
      note: '只适用于限制生产。停产整治的期限自决定书送达之日起至停产整治决定解除之日止，没有固定上限（同条第二款）。',
    },
    productionRestrictionPlanFiling: {
      // 限产停产办法 art. 16: the discharger files its rectification plan within 15 working days.
      amount: 15,
      unit: 'working_day',
      isStatedInWorkingDays: true,
      label: '排污者报送整改方案备案并公开',
      basis: `${restrictionMeasures}第十六条`,
      origin: 'law',
      startsFrom: '收到责令限制生产或者停产整治决定书之日',
      note: '办法明定为“十五个工作日”，是少数超过十日的工作日期限。',
    },
    productionRestrictionFollowUp: {
      // 限产停产办法 art. 20: follow-up inspection within 30 days after release.
      amount: 30,
      unit: 'calendar_day',
      label: '解除后跟踪检查',
      basis: `${restrictionMeasures}第二十条`,
      origin: 'law',
      startsFrom: '解除限制生产、停产整治之日',
    },

    // --- Transfer for detention ----------------------------------------------------------------
    detentionTransfer: {
      // 行政拘留移送暂行办法 art. 12: 3 days; art. 19: all its periods are working days.
      amount: 3,
      unit: 'working_day',
      isStatedInWorkingDays: true,
      label: '移送公安机关行政拘留',
      basis: `${detentionMeasures}第十二条、第十九条`,
      origin: 'law',
      startsFrom: '作出移送决定之日',
    },
    detentionPoliceDecisionCopy: {
      // 行政拘留移送暂行办法 art. 14, 19: 3 working days.
      amount: 3,
      unit: 'working_day',
      isStatedInWorkingDays: true,
      label: '公安机关抄送行政拘留决定书',
      basis: `${detentionMeasures}第十四条、第十九条`,
      origin: 'law',
      startsFrom: '公安机关作出行政拘留决定之日',
    },
    detentionPoliceRefusal: {
      // 行政拘留移送暂行办法 art. 15, 19: 5 working days.
      amount: 5,
      unit: 'working_day',
      isStatedInWorkingDays: true,
      label: '公安机关告知不予拘留并退卷',
      basis: `${detentionMeasures}第十五条、第十九条`,
      origin: 'law',
      startsFrom: '公安机关受案之日',
    },

    // --- Suspected crime -----------------------------------------------------------------------
    crimeTransferDecision: {
      // 国务院令310 art. 5; 衔接办法 art. 5: the chief decides within 3 days.
      amount: 3,
      unit: 'calendar_day',
      label: '负责人决定是否移送涉嫌犯罪案件',
      basis: `${crimeTransferRules}第五条第二款；${crimeLinkageMeasures}第五条`,
      origin: 'law',
      startsFrom: '接到移送涉嫌犯罪案件书面报告之日',
    },
    crimeTransferToPolice: {
      // 国务院令310 art. 5; 衔接办法 art. 6: within 24 hours of the decision.
      amount: 24,
      unit: 'hour',
      label: '向同级公安机关移送涉嫌犯罪案件',
      basis: `${crimeTransferRules}第五条第二款；${crimeLinkageMeasures}第六条`,
      origin: 'law',
      startsFrom: '作出批准移送决定之时',
      note: '案件移送书同时抄送同级人民检察院。',
    },
    crimeTransferCorrection: {
      // 衔接办法 art. 8: materials completed within 3 days of the police's notice.
      amount: 3,
      unit: 'calendar_day',
      label: '补正移送材料',
      basis: `${crimeLinkageMeasures}第八条`,
      origin: 'law',
      startsFrom: '收到公安机关材料不全的书面告知之日',
    },
    crimePoliceReview: {
      // 国务院令310 art. 8; 衔接办法 art. 9: 3 days; 7 when a clue needs checking; 30 for major cases.
      amount: 3,
      unit: 'calendar_day',
      label: '公安机关审查决定是否立案',
      basis: `${crimeTransferRules}第八条；${crimeLinkageMeasures}第九条`,
      origin: 'law',
      startsFrom: '公安机关接受移送案件之日',
      extension: [
        {
          amount: 4,
          unit: 'calendar_day',
          approval: '无需批准',
          condition: '涉嫌环境犯罪线索需要查证的（自受案之日起7日）',
        },
        {
          amount: 23,
          unit: 'calendar_day',
          approval: '县级以上公安机关负责人批准',
          condition: '重大疑难复杂案件（自受案之日起30日）',
        },
      ],
      maxTotal: { amount: 30, unit: 'calendar_day' },
    },
    crimeRefusalContest: {
      // 衔接办法 art. 11: 3 working days (国务院令310 art. 9 says 3 days).
      amount: 3,
      unit: 'working_day',
      isStatedInWorkingDays: true,
      label: '对不予立案决定提请复议',
      basis: `${crimeLinkageMeasures}第十一条；${crimeTransferRules}第九条第一款`,
      origin: 'law',
      startsFrom: '接到不予立案通知书之日',
      note: '国务院令第310号写“3日”，生态环境部门适用的衔接办法明定为“3个工作日”，取工作日（期限较长，不损害移送机关权利）。',
    },
    crimeContestAnswer: {
      // 衔接办法 art. 11: 3 working days (国务院令310 art. 9 says 3 days).
      amount: 3,
      unit: 'working_day',
      isStatedInWorkingDays: true,
      label: '公安机关作出复议决定',
      basis: `${crimeLinkageMeasures}第十一条；${crimeTransferRules}第九条第二款`,
      origin: 'law',
      startsFrom: '公安机关收到复议申请之日',
    },
    crimeProcuratorateSupervisionRequest: {
      // 国务院令310 art. 9(2): 3 days to ask the procuratorate for case-opening supervision.
      amount: 3,
      unit: 'calendar_day',
      label: '建议人民检察院立案监督',
      basis: `${crimeTransferRules}第九条第二款；${crimeLinkageMeasures}第十二条`,
      origin: 'law',
      startsFrom: '收到维持不予立案的复议决定通知书之日',
    },
    crimeEvidenceHandover: {
      // 国务院令310 art. 12; 衔接办法 art. 10: 3 days after the police open the case.
      amount: 3,
      unit: 'calendar_day',
      label: '向公安机关移交涉案物品和材料',
      basis: `${crimeTransferRules}第十二条；${crimeLinkageMeasures}第十条`,
      origin: 'law',
      startsFrom: '接到公安机关立案通知书之日',
    },
    crimeProcuratorateRecommendation: {
      // 衔接办法 art. 14: transfer within 3 days of the procuratorate's opinion.
      amount: 3,
      unit: 'calendar_day',
      label: '按检察意见移送公安机关',
      basis: `${crimeLinkageMeasures}第十四条`,
      origin: 'law',
      startsFrom: '收到人民检察院建议移送的检察意见之日',
    },

    // --- Petitions and 12369 -------------------------------------------------------------------
    petitionRegistration: {
      amount: 15,
      unit: 'calendar_day',
      label: '信访事项登记并转送、交办',
      basis: petitionRegulation,
      origin: 'law',
      startsFrom: '收到信访事项之日',
    },
    petitionAcceptanceNotice: {
      amount: 15,
      unit: 'calendar_day',
      label: '书面告知信访人是否受理',
      basis: petitionRegulation,
      origin: 'law',
      startsFrom: '收到信访事项之日',
    },
    petitionHandling: {
      amount: 60,
      unit: 'calendar_day',
      label: '信访事项办结',
      basis: petitionRegulation,
      origin: 'law',
      startsFrom: '受理之日',
      extension: [
        {
          amount: 30,
          unit: 'calendar_day',
          approval: '本机关、单位负责人批准',
          condition: '情况复杂，并告知信访人延期理由',
        },
      ],
      maxTotal: { amount: 90, unit: 'calendar_day' },
    },
    petitionReviewRequest: {
      amount: 30,
      unit: 'calendar_day',
      label: '信访人请求复查',
      basis: petitionRegulation,
      origin: 'law',
      startsFrom: '收到处理意见书之日',
    },
    petitionReviewAnswer: {
      amount: 30,
      unit: 'calendar_day',
      label: '提出复查意见',
      basis: petitionRegulation,
      origin: 'law',
      startsFrom: '收到复查请求之日',
    },
    petitionReReviewRequest: {
      amount: 30,
      unit: 'calendar_day',
      label: '信访人请求复核',
      basis: petitionRegulation,
      origin: 'law',
      startsFrom: '收到复查意见书之日',
    },
    petitionReReviewAnswer: {
      amount: 30,
      unit: 'calendar_day',
      label: '提出复核意见',
      basis: petitionRegulation,
      origin: 'law',
      startsFrom: '收到复核请求之日',
      note: '复核意见为终结意见；信访人以同一事实和理由再次提出的，不再受理。',
    },

    // --- Double random -------------------------------------------------------------------------
    randomInspectionMonthlySummary: {
      amount: 5,
      unit: 'calendar_day',
      label: '报送《环境执法“双随机、一公开”情况汇总表》',
      basis: `${platformDefault}；参照${seed002}二（二）5`,
      origin: 'product',
      startsFrom: '上月最后一日（次月5日前报送）',
      recurringDueDate: { day: 5 },
      isConfigurable: true,
      note: randomInspectionSummaryNote,
    },
    randomInspectionYearlySummary: {
      amount: 15,
      unit: 'calendar_day',
      label: '报送“双随机、一公开”年度总结',
      basis: `${platformDefault}；参照${seed002}二（二）5`,
      origin: 'product',
      startsFrom: '每年11月30日（12月15日前报送）',
      recurringDueDate: { month: 12, day: 15 },
      isConfigurable: true,
      note: randomInspectionSummaryNote,
    },

    // --- Joint enforcement ---------------------------------------------------------------------
    ecologicalDamageNotification: {
      amount: 3,
      unit: 'calendar_day',
      label: '生态环境损害情况通报属地',
      basis: `${platformDefault}；参照${seed000}第十一条、${seed001}第十一条`,
      origin: 'product',
      startsFrom: '联合执法行动发现生态环境受到损害之日',
      isConfigurable: true,
      note: '江西、吉林的联合执法办法均规定三日内通报；本省无相应种子文件，沿用三日，可配置。',
    },
    jointActionClueFeedback: {
      amount: 30,
      unit: 'calendar_day',
      label: '移交问题线索处置反馈',
      basis: platformDefault,
      origin: 'product',
      startsFrom: '问题线索移交之日',
      isConfigurable: true,
      note: '移交线索须明确处置反馈时限，但没有规定天数；默认30日，发起部门可对单条线索设定更短时限。',
    },

    // --- Supervision and rectification ---------------------------------------------------------
    supervisedCaseClosing: {
      amount: 1,
      unit: 'year',
      label: '挂牌督办案件办结',
      basis: supervisedCaseMeasures,
      origin: 'law',
      startsFrom: '挂牌督办之日',
      isConfigurable: true,
      note: '办理时限一般不超过1年；重大或者复杂案件可以适当延长（未规定天数），督办通知可设定更短时限。',
    },
    interview: {
      amount: 1,
      unit: 'month',
      label: '约谈企业负责人',
      basis: `${platformDefault}；参照${seed002}二（一）2`,
      origin: 'product',
      startsFrom: '发现问题之日',
      isConfigurable: true,
      note: '本省无种子文件规定约谈时限，沿用南昌市“发现问题后一个月之内”的做法，可配置。',
    },

    // --- People --------------------------------------------------------------------------------
    certificateExpiryWarning: {
      amount: 60,
      unit: 'calendar_day',
      label: '执法证到期提醒',
      basis: platformDefault,
      origin: 'product',
      startsFrom: '执法证有效期届满之日',
      direction: 'before',
      isConfigurable: true,
      note: '产品设定：到期前60日提醒本人和所在机构换证。',
    },
    secondmentApprovalThreshold: {
      amount: 1,
      unit: 'year',
      label: '借调超过期限须经批准',
      basis: `${platformDefault}；参照${seed004}重点任务第17项`,
      origin: 'product',
      startsFrom: '借调（调用）开始之日',
      isConfigurable: true,
      note: '本省无种子文件规定借调审批期限，沿用江西“调用执法人员超过1年须经省级执法机构同意”的做法，可配置。',
    },
  },

  milestones: [],

  thresholds: {
    summaryProcedure: {
      // 行政处罚法 art. 51: citizen ≤ 200, organisation ≤ 3,000 yuan.
      citizenMaxFineYuan: 200,
      organisationMaxFineYuan: 3_000,
      basis: `${penaltyLaw}第五十一条`,
    },
    onSpotCollection: {
      // 行政处罚法 art. 68: ≤ 100 yuan may be collected on the spot.
      maxFineYuan: 100,
      basis: `${penaltyLaw}第六十八条第一项`,
    },
    hearing: {
      // 较大数额: organisation ≥ 200,000, citizen ≥ 5,000 yuan by default; local rules prevail.
      citizenFineYuan: 5_000,
      organisationFineYuan: 200_000,
      isInclusive: true,
      otherTriggers: [
        '没收较大数额违法所得、没收较大价值非法财物',
        '降低资质等级、吊销许可证件',
        '责令停产停业、责令关闭、限制从业',
        '责令限制生产、停产整治',
        '其他较重的行政处罚',
        '法律、法规、规章规定的其他情形',
      ],
      basis: `${penaltyLaw}第六十三条；${ecoPenaltyMeasures}；${restrictionMeasures}第十一条`,
      isConfigurable: true,
      note: '“较大数额”由部门规章确定，地方性法规、地方政府规章另有规定的从其规定。默认法人或者其他组织二十万元以上、公民五千元以上，“以上”含本数；公民数额沿用2010年《环境行政处罚办法》第七十八条，请按本省规定核对。',
    },
    latePaymentSurcharge: {
      // 行政处罚法 art. 72(1)(1): 3 % of the fine a day, never more than the fine.
      ratePercentPerDay: 3,
      capMultipleOfFine: 1,
      basis: `${penaltyLaw}第七十二条第一款第一项；${coercionLaw}第四十五条第二款`,
    },
    dailyPenalty: {
      perDayAmountIsOriginalFine: true,
      isSuspendedWhileDischargeHalted: true,
      basis: `${environmentLaw}第五十九条；${dailyPenaltyMeasures}第五条、第十七条、第十九条、第二十条`,
      note: '只在罚款并责令改正、复查仍在违法排污后适用；计罚日数自责令改正决定书送达次日起至复查发现违法之日止，再次复查仍不改正的累计。',
    },
    minimumOfficers: {
      // 行政处罚法 art. 42; 行政强制法 art. 18(2): at least two.
      count: 2,
      basis: `${penaltyLaw}第四十二条；${coercionLaw}第十八条第二项`,
    },
    legalReview: {
      requiredWhen: [
        '涉及重大公共利益的',
        '直接关系当事人或者第三人重大权益，经过听证程序的',
        '案件情况疑难复杂、涉及多个法律关系的',
        '法律、法规规定应当进行法制审核的其他情形',
      ],
      reviewerNeedsLegalQualification: true,
      basis: `${penaltyLaw}第五十八条`,
      note: '初次从事法制审核的人员应当取得法律职业资格。',
    },
  },

  randomInspection: {
    generalObjectRatio: {
      city: { officers: 1, entities: 5 },
      county: { officers: 1, entities: 10 },
      isCountyRatioAdjustable: true,
      basis: `${platformDefault}；参照${seed002}二（二）3`,
      isConfigurable: true,
      note: '本省无种子文件规定一般监管对象的抽查比例，沿用南昌市“市级至少1:5、县区至少1:10（人员:企业）”，可配置。',
    },
    keyPolluterQuarterlyCoverage: {
      // 2015 national plan: city ≥ 5 %, county ≥ 25 % of key polluters each quarter.
      cityPercent: 5,
      countyPercent: 25,
      basis: randomInspectionPlan,
      note: '县级每季度25%且不放回抽取，四个季度覆盖全部重点排污单位。',
    },
    keyPolluterMinInspectionsPerYear: {
      count: 1,
      basis: randomInspectionPlan,
      note: '由县级每季度25%的比例推得：每个重点排污单位每年至少检查一次。',
    },
    minOfficersPerTask: {
      count: 2,
      basis: `${randomInspectionPlan}；${penaltyLaw}第四十二条`,
    },
    disclosureRateTarget: {
      percent: 100,
      basis: `${platformDefault}；参照${seed002}二（二）4`,
      isConfigurable: true,
      note: '本省无种子文件规定公开率目标，默认100%。',
    },
    monthlySummaryDueDay: {
      day: 5,
      basis: `${platformDefault}；参照${seed002}二（二）5`,
      isConfigurable: true,
      note: randomInspectionSummaryNote,
    },
    yearlySummaryDue: {
      month: 12,
      day: 15,
      basis: `${platformDefault}；参照${seed002}二（二）5`,
      isConfigurable: true,
      note: randomInspectionSummaryNote,
    },
    positiveListExclusion: {
      isEnabled: false,
      basis: platformDefault,
      isConfigurable: true,
      note: '本省种子文件未规定监督执法正面清单；默认不把任何对象排除在例行抽查之外，省级规定后可开启。',
    },
    mergeItemsPerEntity: {
      isEnabled: true,
      basis: `${platformDefault}；参照${seed002}二（二）2`,
      isConfigurable: true,
      note: '同一对象多个检查事项合并为一次检查（一次检查、全面体检），减轻企业负担。',
    },
    crossDepartmentJointDraws: {
      isEnabled: true,
      basis: `${platformDefault}；参照${seed002}二（二）2`,
      isConfigurable: true,
      note: '支持部门间随机联查，是否使用由各地决定。',
    },
    taskListSecretUntilInspection: {
      isEnabled: true,
      basis: randomInspectionPlan,
    },
  },

  capacity: {
    staffing: {
      maxVacancyRatePercent: 5,
      minOnDutyRatePercent: 90,
      certificateRatePercent: 100,
      minLegallyQualifiedPerCityAgency: 1,
      basis: `${platformDefault}；参照${seed004}重点任务第17、18项`,
      isConfigurable: true,
      note: '本省无种子文件规定队伍指标，沿用江西2022年能力建设年的指标，可配置。',
    },
    secondment: {
      approver: '省级生态环境执法机构',
      isLeavingCityFiled: true,
      filedWith: '省级生态环境执法机构',
      basis: `${platformDefault}；参照${seed004}重点任务第17项`,
      isConfigurable: true,
      note: '本省无种子文件规定借调审批和离市备案，沿用江西做法，可配置。',
    },
    backbonePool: {
      isEnabled: true,
      managedBy: '省级生态环境执法机构',
      isDeployableByProvince: true,
      basis: platformDefault,
      isConfigurable: true,
      note: '建立执法骨干库，不设年度选拔人数。',
    },
    requiredEquipment: {
      items: [
        { key: 'body_camera', name: '执法记录仪' },
        { key: 'mobile_terminal', name: '移动执法终端' },
        { key: 'portable_printer', name: '便携式打印机' },
        { key: 'vapour_recovery_tester', name: '油气回收三项检测仪' },
      ],
      standard: equipmentStandard,
      basis: `${equipmentStandard}；参照${seed004}重点任务第12项`,
      isConfigurable: true,
      note: '必配清单沿用江西能力建设年列明的四类装备，其余按2020年版装备标准核算缺口。',
    },
    mobileEnforcement: {
      isMandatoryInField: true,
      coverageTargetPercent: 100,
      basis: platformDefault,
      isConfigurable: true,
      note: '默认现场执法使用移动执法系统、覆盖率目标100%。',
    },
    training: {
      isEveryOfficerTrainedYearly: false,
      perCityYearly: { practicalContests: 0, knowledgeContests: 0, formationDrills: 0 },
      basis: platformDefault,
      isConfigurable: true,
      note: '本省种子文件未规定年度培训、比武次数。',
    },
    dualCertification: {
      isRequired: false,
      basis: platformDefault,
      isConfigurable: true,
      note: '本省种子文件未要求执法人员持现场监测上岗证、监测人员持执法证。',
    },
  },

  jointEnforcement: {
    initiators: {
      levels: ['province', 'city'],
      basis: `${platformDefault}；参照${seed000}第三条、${seed001}第二条`,
      isConfigurable: true,
      note: '本省无联合执法种子文件，默认由省、市两级组织。',
    },
    jointProposal: {
      isAllowed: false,
      proposerLevels: [],
      approver: 'common_superior',
      basis: platformDefault,
      isConfigurable: true,
      note: '默认不开放下级联合发起；吉林办法允许市（县、区）联合发起、报共同上级批准。',
    },
    leadAgency: {
      rule: 'lowest_common_superior',
      crossCity: 'province',
      crossCounty: 'city',
      basis: `${platformDefault}；参照${seed000}第九条、${seed001}第六条`,
    },
    isUnderProvincialGuidance: { isEnabled: false, basis: platformDefault },
    damageNotification: {
      notifiedParty: '属地生态环境主管部门',
      compensationInvestigation: 'discretionary',
      basis: platformDefault,
      isConfigurable: true,
      note: '默认由属地部门视情况启动生态环境损害赔偿调查。',
    },
    listInYearlyRandomInspectionPlan: { isRequired: false, basis: platformDefault },
    temporaryCoordinationBody: { level: 'optional', basis: platformDefault },
    jointMeetings: { level: 'optional', basis: platformDefault },
    effectivenessEvaluation: { level: 'optional', basis: platformDefault },
    clueTransferList: { level: 'optional', allowsEscalation: true, basis: platformDefault },
    rectificationLedger: {
      keptBy: 'local_agency',
      isClosedItemByItem: true,
      isProgressReportedUpward: true,
      basis: platformDefault,
    },
    supervision: {
      supervisor: 'superior',
      isMutualNotification: true,
      isJointCheck: true,
      basis: platformDefault,
    },
    publicity: { level: 'optional', basis: platformDefault },
    methods: { items: ['交叉检查', '异地帮扶', '联合监测'], basis: platformDefault },
  },

  organisation: {
    model: 'detachment_brigade',
    city: {
      levelLabel: '设区的市',
      unitName: '{city}生态环境保护综合行政执法支队',
      bureauName: '{city}生态环境局',
    },
    county: {
      levelLabel: '县（市、区）',
      unitName: '{county}生态环境保护综合行政执法大队',
      bureauName: '{city}生态环境局{county}分局',
    },
    countyIntegration: '局队合一',
    countyActsInNameOf: 'city_bureau',
    towns: {
      isDelegationGuided: false,
      isCaseTransferToCounty: false,
      isGridIntegrated: false,
      basis: platformDefault,
      isConfigurable: true,
      note: '乡镇（街道）行使赋权执法事项的，由省级决定（行政处罚法第二十四条）。',
    },
    basis: platformDefault,
    isConfigurable: true,
    note: '市级支队、县级大队为综合执法改革后的通行设置；垂直管理改革后县级局为市局派出分局，以市局名义执法。名称可按本地实际配置。',
  },

  credit: {
    redYellowCards: {
      isEnabled: false,
      isBlacklist: false,
      isListPublished: false,
      yellowGrounds: [],
      redGrounds: [],
      creditLevelDowngradeSteps: 0,
      basis: platformDefault,
      isConfigurable: true,
      note: '红黄牌为江西省地方制度，其他省份默认关闭。',
    },
    cardLifting: {
      requiresVerifiedRectification: true,
      yellowRectificationDays: 90,
      redRectificationDays: 180,
      yellowMinimumDaysBeforeLifting: 30,
      redMinimumDaysBeforeLifting: 90,
      basis: platformDefault,
      isConfigurable: true,
      note: '整改期限和最短警示期无法律规定；平台默认黄牌 90 日内、红牌 180 日内整改，黄牌至少警示 30 日、红牌至少 90 日后方可摘牌。',
    },
    compliancePoints: {
      isEnabled: false,
      basis: platformDefault,
      isConfigurable: true,
      note: '守法积分为地方制度，默认关闭。',
    },
    creditEvaluation: { isEnabled: true, basis: '《企业环境信用评价办法（试行）》' },
    blacklist: {
      isEnabled: true,
      isJointPunishment: true,
      basis: '《关于对环境保护领域失信生产经营单位及其有关人员开展联合惩戒的合作备忘录》',
    },
    positiveList: {
      isEnabled: false,
      basis: platformDefault,
      isConfigurable: true,
      note: '本省种子文件未规定监督执法正面清单。',
    },
    positiveListEligibility: {
      violationLookBackMonths: 12,
      excludesActiveCard: true,
      excludesBlacklisted: true,
      excludedCreditLevels: ['warning', 'untrustworthy'],
      basis: platformDefault,
      isConfigurable: true,
      note: '入选条件无法律规定；平台默认：无有效红黄牌、不在失信黑名单、最近一次信用评价不是警示或不良，且近 12 个月无违法记录（与初次违法回溯期一致）。',
    },
    commitments: {
      isEnabled: false,
      isKeyPolluterOnly: true,
      basis: platformDefault,
      isConfigurable: true,
      note: '致企业负责人公开信和《环保承诺书》（一公开、一承诺）为南昌做法，默认关闭。',
    },
    exposureAfterFailedInterview: {
      isEnabled: false,
      basis: platformDefault,
      isConfigurable: true,
      note: '约谈后仍不整改的曝光并纳入信用记录，为南昌做法，默认关闭。',
    },
  },

  complaints: {
    hotline: { number: '12369', basis: `${crimeLinkageMeasures}第二十七条` },
    rewardsForReports: {
      isEnabled: true,
      isRaisedAmount: false,
      basis: '《关于实施生态环境违法行为举报奖励制度的指导意见》',
      isConfigurable: true,
      note: '奖励范围和金额由省、市规定。',
    },
    earlyWarningLetters: {
      isEnabled: false,
      frequency: 'monthly',
      recipient: '县（市、区）人民政府',
      isRectificationListPublished: false,
      basis: platformDefault,
      isConfigurable: true,
      note: '按月预警函为南昌做法，默认关闭。',
    },
    leaderAssignedCases: {
      isEnabled: false,
      basis: platformDefault,
      isConfigurable: true,
      note: '领导包案为南昌做法，默认关闭。',
    },
  },

  cases: {
    doublePenalty: {
      isEnabled: true,
      rules: [
        {
          violation: '未依法报批环境影响评价文件擅自开工建设（未批先建）',
          sanctionOnPersons: '对建设单位直接负责的主管人员和其他直接责任人员依法给予处分',
          kind: 'administrative_sanction',
          basis: '《中华人民共和国环境影响评价法》第三十一条',
        },
        {
          violation: '环境保护设施未建成、未经验收或者验收不合格即投入生产或者使用（未验先投）',
          sanctionOnPersons: '对直接负责的主管人员和其他责任人员处以罚款',
          kind: 'fine',
          basis: '《建设项目环境保护管理条例》第二十三条',
        },
        {
          violation: '违法排污造成水污染事故',
          sanctionOnPersons:
            '对直接负责的主管人员和其他直接责任人员可以处上一年度从本单位取得的收入百分之五十以下的罚款',
          kind: 'fine',
          maxShareOfIncomePercent: 50,
          basis: '《中华人民共和国水污染防治法》第九十四条',
        },
        {
          violation: '违法排污造成大气污染事故',
          sanctionOnPersons:
            '对直接负责的主管人员和其他直接责任人员可以处上一年度从本单位取得收入百分之五十以下的罚款',
          kind: 'fine',
          maxShareOfIncomePercent: 50,
          basis: '《中华人民共和国大气污染防治法》第一百二十二条',
        },
      ],
      basis: '各单项法律（见各条规则）',
    },
    supportingMeasures: {
      measures: ['按日连续处罚', '查封扣押', '限产停产', '移送行政拘留'],
      isYearlyIndicator: true,
      levels: ['city', 'county'],
      minCasesPerYear: 1,
      basis: `${environmentLaw}第二十五条、第五十九条、第六十条、第六十三条`,
      isConfigurable: true,
      note: '四个配套办法的年度使用指标来自南昌细则（市、县每年均要有适用案件），其他省份作为考核参考指标，可关闭。',
    },
    interferenceRegister: {
      isEnabled: true,
      basis: `${platformDefault}；参照${seed003}三（五）、${seed004}重点任务第21项`,
      isConfigurable: true,
      note: '领导干部干预执法活动、插手具体案件的，一律登记留痕。',
    },
    caseFileReview: {
      minPerYearPerCity: 1,
      basis: platformDefault,
      isConfigurable: true,
      note: '默认每个设区市每年至少组织一次案卷评查。',
    },
    superiorTakeOver: {
      isEnabled: true,
      basis: platformDefault,
      isConfigurable: true,
      note: '上级部门可以提级办理或者直接处理下级管辖的案件。',
    },
    majorCaseTaskForce: { isEnabled: false, basis: platformDefault },
    discretionBenchmarksPublished: { isEnabled: true, basis: `${penaltyLaw}第三十四条` },
  },

  supervision: {
    interviews: {
      triggers: ['群众反复投诉', '在线监控设施运行不正常', '超标排污整改不到位'],
      ledBy: '责任单位负责人或者分管负责人',
      minCaseOfficers: 1,
      forms: ['个别约谈', '集体约谈'],
      basis: `${platformDefault}；参照${seed002}二（一）2`,
      isConfigurable: true,
      note: '约谈触发条件和形式沿用南昌做法。',
    },
    assistance: {
      frequency: 'as_needed',
      organisedBy: 'province',
      basis: platformDefault,
      isConfigurable: true,
      note: '本省种子文件未规定监督帮扶频次。',
    },
    audits: {
      focus: ['现场执法规范性', '执法案卷质量', '移动执法系统建设使用', '行政执法“三项制度”执行情况'],
      basis: platformDefault,
      isConfigurable: true,
      note: '稽查重点参照江西能力建设年的做法。',
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Province profiles: the national defaults plus each province's differences
// ---------------------------------------------------------------------------------------------

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [Key in keyof T]?: DeepPartial<T[Key]> }
    : T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Objects merge key by key; arrays and values replace; a key set to `undefined` is removed, so a
 * province can drop a default `note` or `isConfigurable` when its seed fixes the number.
 */
function mergeRules<T>(base: T, patch: DeepPartial<T>): T {
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === undefined) {
      delete result[key];
      continue;
    }
    const current = result[key];
    result[key] = isPlainObject(current) && isPlainObject(value) ? mergeRules(current, value) : value;
  }
  return result as T;
}

/** A rule a seed fixes: cites the seed, and is no longer a platform choice. */
const fixedBySeed = { isConfigurable: undefined, note: undefined } as const;

function seedDeadline(basis: string, patch: DeepPartial<DeadlineRule> = {}): DeepPartial<DeadlineRule> {
  return { ...fixedBySeed, basis, origin: 'seed', ...patch };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const jiangxiRules: DeepPartial<ProfileRules> = {
  deadlines: {
    randomInspectionMonthlySummary: seedDeadline(`${seed002}二（二）5`),
    randomInspectionYearlySummary: seedDeadline(`${seed002}二（二）5`, {
      note: '原文为“每年12月15日前”，按12月15日当日为最后一日处理。',
    }),
    ecologicalDamageNotification: seedDeadline(`${seed000}第十一条`),
    interview: seedDeadline(`${seed002}二（一）2`),
    secondmentApprovalThreshold: seedDeadline(`${seed004}重点任务第17项`, {
      label: '调用执法人员超过1年须经省厅执法局同意',
    }),
  },

  milestones: [
    {
      key: 'openLetterPublication',
      label: '致企业负责人公开信在市县环保部门门户网站全文公开并印送重点排污企业',
      basis: `${seed002}二（一）1`,
      date: '2018-11-30',
    },
    {
      key: 'implementationMeasuresDue',
      label: '各县区报送落实细则或措施',
      basis: `${seed002}三（三）`,
      date: '2018-11-16',
    },
    {
      key: 'yearlyImplementationReport',
      label: '报送本年度落实强化监管执法方案进展情况',
      basis: `${seed002}三（三）`,
      yearly: { month: 12, day: 15 },
    },
    {
      key: 'uniformRulesProvince',
      label: '省厅出台生态环境保护行政执法制式服装和标志管理规定',
      basis: `${seed004}重点任务第15项`,
      date: '2022-03-31',
    },
    {
      key: 'uniformRulesCity',
      label: '各设区市生态环境局制定制式服装和标志管理细则',
      basis: `${seed004}重点任务第15项`,
      date: '2022-06-30',
    },
    {
      key: 'integrityRules',
      label: '出台执法廉洁守纪承诺相关规定',
      basis: `${seed004}重点任务第21项`,
      date: '2022-06-30',
    },
    {
      key: 'equipmentFullyEquipped',
      label: '配齐执法记录仪、移动执法终端、便携式打印机、油气回收三项检测仪',
      basis: `${seed004}重点任务第12项`,
      date: '2022-12-31',
    },
    {
      key: 'interferenceRegisterEstablished',
      label: '各设区市建立领导干部干预执法活动、插手具体案件登记报告制度',
      basis: `${seed004}重点任务第21项`,
      date: '2022-12-31',
    },
  ],

  randomInspection: {
    generalObjectRatio: {
      ...fixedBySeed,
      basis: `${seed002}二（二）3`,
      note: '一般监管对象市级至少1:5、县区至少1:10（人员:企业）；行政区域较大、污染源分散的县区可适当调整。',
    },
    keyPolluterMinInspectionsPerYear: {
      basis: `${seed002}二（二）3；${randomInspectionPlan}`,
      note: '纳入重点排污单位名录的企业每年至少检查一次，可分时段全覆盖。',
    },
    disclosureRateTarget: { ...fixedBySeed, basis: `${seed002}二（二）4` },
    monthlySummaryDueDay: { ...fixedBySeed, basis: `${seed002}二（二）5` },
    yearlySummaryDue: { ...fixedBySeed, basis: `${seed002}二（二）5` },
    positiveListExclusion: {
      ...fixedBySeed,
      isEnabled: true,
      basis: `${seed004}重点任务第9项`,
      note: '推行监督执法正面清单，对守法者“无事不扰”：正面清单企业不列入例行抽查。',
    },
    mergeItemsPerEntity: { ...fixedBySeed, basis: `${seed002}二（二）2` },
    crossDepartmentJointDraws: { ...fixedBySeed, basis: `${seed002}二（二）2` },
  },

  capacity: {
    staffing: { ...fixedBySeed, basis: `${seed004}重点任务第17、18项` },
    secondment: {
      ...fixedBySeed,
      approver: '省厅执法局',
      filedWith: '省厅执法局',
      basis: `${seed004}重点任务第17项`,
    },
    backbonePool: {
      ...fixedBySeed,
      managedBy: '省厅执法局',
      yearlyTarget: 30,
      basis: `${seed004}重点任务第8项、工作举措（三）`,
      note: '2022年省厅培养选拔30名执法骨干；骨干库由省厅执法局统一管理、统一调用。',
    },
    requiredEquipment: { ...fixedBySeed, basis: `${seed004}重点任务第12项；${equipmentStandard}` },
    mobileEnforcement: { ...fixedBySeed, basis: `${seed002}二（三）2；${seed004}重点任务第12项` },
    training: {
      ...fixedBySeed,
      isEveryOfficerTrainedYearly: true,
      perCityYearly: { practicalContests: 1, knowledgeContests: 1, formationDrills: 1 },
      basis: `${seed004}工作举措（一）（二）、重点任务第15项`,
    },
  },

  jointEnforcement: {
    initiators: { ...fixedBySeed, basis: `${seed000}第三条、第九条` },
    jointProposal: {
      isConfigurable: undefined,
      basis: `${seed000}第三条、第九条`,
      note: '江西办法只规定省、市两级组织，未规定下级联合发起、报批的程序。',
    },
    leadAgency: { basis: `${seed000}第九条` },
    isUnderProvincialGuidance: { isEnabled: true, basis: `${seed000}第二条` },
    damageNotification: {
      ...fixedBySeed,
      compensationInvestigation: 'immediate',
      basis: `${seed000}第十一条`,
    },
    jointMeetings: { level: 'required', basis: `${seed000}第六条` },
    rectificationLedger: { basis: `${seed000}第十一条` },
    supervision: { basis: `${seed000}第十二条` },
    publicity: { level: 'required', basis: `${seed000}第十六条` },
    methods: {
      items: ['交叉执法', '异地帮扶', '联合监测', '集中整治'],
      basis: `${seed000}第五条、第八条`,
    },
  },

  organisation: {
    ...fixedBySeed,
    province: { levelLabel: '省', unitName: '{province}生态环境厅执法局' },
    city: { levelLabel: '设区市', unitName: '{city}生态环境保护综合执法支队' },
    // The seed says only 县级生态环境局; no bureau name is guessed.
    county: { unitName: '{county}生态环境保护综合执法大队', bureauName: undefined },
    countyIntegration: '局队站合一（受市生态环境局委托实行全员执法）',
    towns: {
      ...fixedBySeed,
      isDelegationGuided: true,
      basis: `${seed004}重点任务第4项`,
    },
    basis: `${seed004}重点任务第2项、工作举措（四）`,
    note: '种子文件称“省厅执法局”“设区市支队”“县（市、区）大队”；2018年南昌文件中的“市环境监察支队”是改革前的名称。',
  },

  credit: {
    redYellowCards: {
      ...fixedBySeed,
      isEnabled: true,
      isBlacklist: true,
      isListPublished: true,
      yellowGrounds: [
        '排放水污染物或大气污染物超过国家或地方排放标准，被依法实施行政处罚',
        '排放主要污染物超过总量控制指标，被依法实施行政处罚',
      ],
      redGrounds: [
        '被生态环境主管部门报经有批准权的人民政府责令停业、关闭',
        '已受到黄牌警示，拒不整改或整改不到位',
      ],
      creditLevelDowngradeSteps: 1,
      basis: `${jiangxiCardRules}；${seed002}二（五）3`,
      note: '被列入红（黄）牌警示的排污单位，环境信用评价等级下调一级，列为重点检查对象，并在政务网站公示；红黄牌名单作为信用黑名单，纳入联合惩戒。',
    },
    cardLifting: {
      basis: `${jiangxiCardRules}（整改达标后申请摘牌，复核合格后摘牌）`,
      note: '办法规定整改达标后申请摘牌、复核合格后摘牌，未规定整改期限和最短警示期；平台默认黄牌 90 日内、红牌 180 日内整改，黄牌至少警示 30 日、红牌至少 90 日后方可摘牌。',
    },
    positiveList: { ...fixedBySeed, isEnabled: true, basis: `${seed004}重点任务第9项` },
    positiveListEligibility: {
      basis: `${seed004}重点任务第9项（对守法者“无事不扰”）；入选条件为平台默认`,
      note: '种子文件要求推行监督执法正面清单常态化管理，未规定入选条件；平台默认：无有效红黄牌、不在失信黑名单、最近一次信用评价不是警示或不良，且近 12 个月无违法记录（与初次违法回溯期一致）。',
    },
    commitments: { ...fixedBySeed, isEnabled: true, basis: `${seed002}二（一）1` },
    exposureAfterFailedInterview: { ...fixedBySeed, isEnabled: true, basis: `${seed002}二（一）2` },
  },

  complaints: {
    earlyWarningLetters: {
      ...fixedBySeed,
      isEnabled: true,
      copiedTo: '市人民政府',
      isRectificationListPublished: true,
      basis: `${seed002}二（四）1`,
    },
    leaderAssignedCases: { ...fixedBySeed, isEnabled: true, basis: `${seed002}二（四）2` },
  },

  cases: {
    doublePenalty: { basis: `${seed002}二（一）3；各单项法律（见各条规则）` },
    supportingMeasures: {
      ...fixedBySeed,
      basis: `${seed002}二（五）2；${environmentLaw}第二十五条、第五十九条、第六十条、第六十三条`,
      note: '原文要求市、县两级“三年之内，每年均要有适用配套办法的案件”（2018年起的三年行动）；平台作为常设年度指标保留。',
    },
    interferenceRegister: { ...fixedBySeed, basis: `${seed004}重点任务第21项` },
    caseFileReview: { ...fixedBySeed, basis: `${seed004}工作举措（一）` },
    superiorTakeOver: { ...fixedBySeed, basis: `${seed004}重点任务第2项` },
    majorCaseTaskForce: { isEnabled: true, basis: `${seed004}重点任务第8项` },
  },

  supervision: {
    interviews: { ...fixedBySeed, basis: `${seed002}二（一）2` },
    assistance: { ...fixedBySeed, frequency: 'quarterly', basis: `${seed004}重点任务第10项` },
    audits: {
      ...fixedBySeed,
      focus: [
        '现场执法规范性',
        '执法案卷质量',
        '移动执法系统建设使用',
        '行政执法“三项制度”执行情况',
        '着装规范',
      ],
      basis: `${seed004}工作举措（六）`,
    },
  },
};

const jilinRules: DeepPartial<ProfileRules> = {
  deadlines: {
    ecologicalDamageNotification: seedDeadline(`${seed001}第十一条`),
    jointActionClueFeedback: {
      basis: `${seed001}第九条【工作程序】`,
      note: '吉林办法要求移交线索“明确问题线索处置反馈时限”，未规定天数；默认30日，发起部门可对单条线索设定更短时限。',
    },
  },

  capacity: {
    backbonePool: {
      managedBy: '省和市（州）生态环境保护执法机构',
      basis: `${seed001}第五条、第七条`,
      note: '建立执法、监测、法律专业人才选拔机制和骨干队伍，可抽调业务骨干专项检查；未规定年度人数。',
    },
  },

  jointEnforcement: {
    initiators: { ...fixedBySeed, basis: `${seed001}第二条、第六条` },
    jointProposal: {
      ...fixedBySeed,
      isAllowed: true,
      proposerLevels: ['city', 'county'],
      basis: `${seed001}第二条、第六条第三款`,
    },
    leadAgency: { basis: `${seed001}第六条第二款` },
    damageNotification: {
      ...fixedBySeed,
      compensationInvestigation: 'discretionary',
      basis: `${seed001}第十一条`,
    },
    listInYearlyRandomInspectionPlan: { isRequired: true, basis: `${seed001}第八条` },
    temporaryCoordinationBody: { level: 'required', basis: `${seed001}第十条第二款` },
    effectivenessEvaluation: { level: 'required', basis: `${seed001}第十四条` },
    clueTransferList: {
      level: 'required',
      allowsEscalation: true,
      basis: `${seed001}第九条【工作程序】、第十一条、第十二条`,
    },
    rectificationLedger: {
      isProgressReportedUpward: false,
      basis: `${seed001}第十二条`,
      note: '按移交问题线索清单建立整改台账、实行销号管理，由发起部门督查督办，未要求逐级报送进展。',
    },
    supervision: {
      supervisor: 'initiator',
      isMutualNotification: false,
      basis: `${seed001}第十二条第二款`,
      note: '发起部门督查督办并向参与部门通报整改情况，组织联合督查。',
    },
    methods: {
      items: ['执法交叉检查', '抽调业务骨干专项检查', '异地帮扶', '联合监测'],
      basis: `${seed001}第五条、第九条【工作程序】`,
    },
  },

  organisation: {
    city: { levelLabel: '市（州）' },
    basis: `${seed001}第三条、第七条`,
    note: '吉林办法只称“省和市（州）生态环境保护执法机构”，未给出名称；支队、大队为通行设置，可配置。',
  },
};

const nantongRules: DeepPartial<ProfileRules> = {
  milestones: [
    {
      key: 'reformSystemEstablished',
      label: '基本建立生态环境保护综合行政执法体制',
      basis: `${seed003}一`,
      date: '2020-12-31',
    },
  ],

  capacity: {
    dualCertification: { ...fixedBySeed, isRequired: true, basis: `${seed003}三（三）` },
  },

  jointEnforcement: {
    leadAgency: {
      basis: `${seed003}三（二）`,
      note: '市综合行政执法局依法查处跨县（市）、区生态环境违法行为；跨设区市的行动由江苏省组织，不在本配置范围内。',
    },
  },

  organisation: {
    ...fixedBySeed,
    model: 'comprehensive_bureau',
    city: {
      levelLabel: '市',
      unitName: '南通市生态环境综合行政执法局',
      bureauName: '南通市生态环境局',
    },
    county: {
      levelLabel: '县（市）、区',
      unitName: '南通市{county}生态环境综合行政执法局',
      bureauName: '南通市{county}生态环境局',
    },
    countyIntegration: '局队合一（驻县（市）、区生态环境局局长兼任综合行政执法局局长）',
    countyActsInNameOf: 'city_bureau',
    fieldOffices: { unitName: '南通市{county}生态环境综合行政执法{ordinal}局', managedBy: 'county' },
    regionalUnits: {
      unitName: '南通市{area}生态环境综合行政执法局',
      scope: '省级以上开发区（高新区）、化工园区（集中区）',
    },
    towns: {
      ...fixedBySeed,
      isCaseTransferToCounty: true,
      isGridIntegrated: true,
      basis: `${seed003}三（二）`,
    },
    basis: `${seed003}三（一）（二）`,
    note: '综合执法队伍以南通市生态环境局的名义执法；{county} 用简称，如“南通市海安生态环境综合行政执法局”“南通市海安生态环境综合行政执法一局”。市局挂南通市生态环境应急中心牌子。',
  },

  credit: {
    compliancePoints: { ...fixedBySeed, isEnabled: true, basis: `${seed003}三（六）` },
    creditEvaluation: { basis: `${seed003}三（五）；《企业环境信用评价办法（试行）》` },
  },

  complaints: {
    rewardsForReports: {
      isRaisedAmount: true,
      basis: `${seed003}三（五）；《关于实施生态环境违法行为举报奖励制度的指导意见》`,
      note: '南通方案要求提高有奖举报奖励金额；具体金额由市级规定。',
    },
  },

  cases: {
    interferenceRegister: { ...fixedBySeed, basis: `${seed003}三（五）` },
    caseFileReview: {
      basis: `${seed003}三（五）`,
      note: '南通方案要求“定期开展执法案卷评查”，未规定次数；默认每年至少一次。',
    },
    superiorTakeOver: { ...fixedBySeed, basis: `${seed003}三（五）` },
    discretionBenchmarksPublished: { basis: `${penaltyLaw}第三十四条；${seed003}三（四）` },
  },
};

function deriveProfile(
  identity: Pick<ProvinceProfile, 'id' | 'name' | 'provinceCode' | 'scopeRegionCodes' | 'seedDocuments'>,
  patch: DeepPartial<ProfileRules>,
): ProvinceProfile {
  // Parsing at module load: a profile that breaks the schema stops the app from starting.
  return deepFreeze(provinceProfileSchema.parse({ ...identity, ...mergeRules(nationalDefaults, patch) }));
}

export const provinceProfiles: Readonly<Record<ProvinceProfileId, ProvinceProfile>> = deepFreeze({
  jiangxi: deriveProfile(
    {
      id: 'jiangxi',
      name: '江西省',
      provinceCode: '360000',
      scopeRegionCodes: ['360000'],
      // 002 is Nanchang's; its numbers are applied to the whole province.
      seedDocuments: [seedDocuments['000'], seedDocuments['002'], seedDocuments['004']],
    },
    jiangxiRules,
  ),
  jilin: deriveProfile(
    {
      id: 'jilin',
      name: '吉林省',
      provinceCode: '220000',
      scopeRegionCodes: ['220000'],
      seedDocuments: [seedDocuments['001']],
    },
    jilinRules,
  ),
  'jiangsu-nantong': deriveProfile(
    {
      id: 'jiangsu-nantong',
      name: '江苏省南通市',
      provinceCode: '320000',
      // Only Nantong: the rest of Jiangsu has no seed document.
      scopeRegionCodes: ['320600'],
      seedDocuments: [seedDocuments['003']],
    },
    nantongRules,
  ),
});

deepFreeze(nationalDefaults);

export const profileIds: readonly ProvinceProfileId[] = provinceProfileIds;

export const defaultProfileId: ProvinceProfileId = 'jiangxi';

export function isProvinceProfileId(value: unknown): value is ProvinceProfileId {
  return typeof value === 'string' && (provinceProfileIds as readonly string[]).includes(value);
}

/** The profile with this id; the default (Jiangxi) when none is given. */
export function getProvinceProfile(id: string = defaultProfileId): ProvinceProfile {
  if (!isProvinceProfileId(id)) {
    throw new RangeError(
      `未知的省份配置：${id}（可选 ${provinceProfileIds.join('、')}） / unknown province profile: ${id}`,
    );
  }
  return provinceProfiles[id];
}

/** The significant prefix of a scope code: 360000 → 36, 320600 → 3206, 320612 → 320612. */
function scopePrefix(code: string): string {
  let prefix = code;
  while (prefix.length > 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}

/**
 * The profile whose scope holds a GB/T 2260 region code (6 digits, or 9/12 for towns and
 * villages). 3206xx belongs to jiangsu-nantong; codes of provinces without a profile, and the
 * rest of Jiangsu, return undefined.
 */
export function findProfileForRegion(regionCode: string): ProvinceProfile | undefined {
  const code = regionCode.trim();
  if (!/^\d{6}(\d{3}){0,2}$/.test(code)) return undefined;
  let found: { profile: ProvinceProfile; prefixLength: number } | undefined;
  for (const profile of Object.values(provinceProfiles)) {
    for (const scopeCode of profile.scopeRegionCodes) {
      const prefix = scopePrefix(scopeCode);
      if (code.startsWith(prefix) && (!found || prefix.length > found.prefixLength)) {
        found = { profile, prefixLength: prefix.length };
      }
    }
  }
  return found?.profile;
}

/** The longest a deadline can run with every extension, in its own unit. */
export function maximumDeadlineAmount(rule: DeadlineRule): number {
  return (
    rule.maxTotal?.amount ?? rule.amount + (rule.extension ?? []).reduce((sum, step) => sum + step.amount, 0)
  );
}
