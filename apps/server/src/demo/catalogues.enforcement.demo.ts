import type { EnforcementItemData, LegalBasis } from '@qingshan/domain';

/**
 * The province department's enforcement item catalogue (CAT-1; seed 004 重点任务第1项:
 * 《江西省生态环境保护综合行政执法事项目录清单（2022年版）》). Every item is a real national provision;
 * the article and the penalty range were checked against the published texts; items that could
 * not be checked were left out.
 */

export const laws = {
  environment: '《中华人民共和国环境保护法》',
  air: '《中华人民共和国大气污染防治法》',
  water: '《中华人民共和国水污染防治法》',
  solidWaste: '《中华人民共和国固体废物污染环境防治法》',
  noise: '《中华人民共和国噪声污染防治法》',
  eia: '《中华人民共和国环境影响评价法》',
  radioactive: '《中华人民共和国放射性污染防治法》',
  penalty: '《中华人民共和国行政处罚法》',
  permits: '《排污许可管理条例》',
  construction: '《建设项目环境保护管理条例》',
  isotopes: '《放射性同位素与射线装置安全和防护条例》',
} as const;

export interface DemoItem<T> {
  code: string;
  name: string;
  data: T;
}

const basis = (law: string, article: string, text?: string): LegalBasis =>
  text ? { law, article, text } : { law, article };

const county = '县级以上生态环境主管部门';

// The law's own words for the recurring sanctions.
const air99 =
  '责令改正或者限制生产、停产整治，并处十万元以上一百万元以下的罚款；情节严重的，报经有批准权的人民政府批准，责令停业、关闭';
const air100 = '责令改正，处二万元以上二十万元以下的罚款；拒不改正的，责令停产整治';
const air108 = '责令改正，处二万元以上二十万元以下的罚款；拒不改正的，责令停产整治';
const water83 =
  '责令改正或者责令限制生产、停产整治，并处十万元以上一百万元以下的罚款；情节严重的，报经有批准权的人民政府批准，责令停业、关闭';
const water82 = '责令限期改正，处二万元以上二十万元以下的罚款；逾期不改正的，责令停产整治';
const permit33 =
  '责令改正或者限制生产、停产整治，处20万元以上100万元以下的罚款；情节严重的，报经有批准权的人民政府批准，责令停业、关闭';
const permit34 =
  '责令改正或者限制生产、停产整治，处20万元以上100万元以下的罚款；情节严重的，吊销排污许可证，报经有批准权的人民政府批准，责令停业、关闭';
const permit37 = '责令改正，处每次5千元以上2万元以下的罚款；法律另有规定的，从其规定';
const noise76 = '责令改正，处二万元以上二十万元以下的罚款；拒不改正的，责令限制生产、停产整治';

function item(
  code: string,
  name: string,
  data: Omit<EnforcementItemData, 'implementingBody' | 'firstResponsibleLevel'> &
    Partial<Pick<EnforcementItemData, 'implementingBody' | 'firstResponsibleLevel'>>,
): DemoItem<EnforcementItemData> {
  return {
    code,
    name,
    data: { implementingBody: county, firstResponsibleLevel: 'county', ...data },
  };
}

/** The items of the 2022 version, in catalogue order. */
export const enforcementItems2022: DemoItem<EnforcementItemData>[] = [
  item('JX-ZF-001', '对拒不改正违法排放污染物行为的按日连续处罚', {
    powerType: 'penalty',
    violation: '企业事业单位和其他生产经营者违法排放污染物，受到罚款处罚，被责令改正，拒不改正',
    legalBases: [basis(laws.environment, '第五十九条第一款')],
    implementingBody: '作出处罚决定的生态环境主管部门',
    penaltySummary: '自责令改正之日的次日起，按照原处罚数额按日连续处罚',
  }),
  item('JX-ZF-002', '对超标超总量排放污染物的责令限制生产、停产整治', {
    powerType: 'penalty',
    violation: '超过污染物排放标准或者超过重点污染物排放总量控制指标排放污染物',
    legalBases: [basis(laws.environment, '第六十条')],
    penaltySummary:
      '责令采取限制生产、停产整治等措施；情节严重的，报经有批准权的人民政府批准，责令停业、关闭',
  }),
  item('JX-ZF-003', '对重点排污单位不公开或者不如实公开环境信息的行政处罚', {
    powerType: 'penalty',
    violation: '重点排污单位不公开或者不如实公开环境信息',
    legalBases: [basis(laws.environment, '第六十二条')],
    implementingBody: '县级以上地方人民政府生态环境主管部门',
    penaltySummary: '责令公开，处以罚款，并予以公告',
  }),
  item('JX-ZF-004', '对造成或者可能造成严重污染的排污设施、设备的查封、扣押', {
    powerType: 'coercion',
    violation: '违反法律法规规定排放污染物，造成或者可能造成严重污染',
    legalBases: [basis(laws.environment, '第二十五条')],
    implementingBody: '县级以上人民政府生态环境主管部门',
    penaltySummary: '查封、扣押造成污染物排放的设施、设备',
  }),
  item('JX-ZF-005', '对未依法取得排污许可证排放大气污染物的行政处罚', {
    powerType: 'penalty',
    violation: '未依法取得排污许可证排放大气污染物',
    legalBases: [basis(laws.air, '第九十九条第一项')],
    penaltySummary: air99,
  }),
  item('JX-ZF-006', '对超标超总量排放大气污染物的行政处罚', {
    powerType: 'penalty',
    violation: '超过大气污染物排放标准或者超过重点大气污染物排放总量控制指标排放大气污染物',
    legalBases: [basis(laws.air, '第九十九条第二项'), basis(laws.air, '第十八条')],
    penaltySummary: air99,
  }),
  item('JX-ZF-007', '对通过逃避监管的方式排放大气污染物的行政处罚', {
    powerType: 'penalty',
    violation: '通过逃避监管的方式排放大气污染物',
    legalBases: [basis(laws.air, '第九十九条第三项')],
    penaltySummary: air99,
  }),
  item('JX-ZF-008', '对侵占、损毁或者擅自移动、改变大气监测设施或者自动监测设备的行政处罚', {
    powerType: 'penalty',
    violation: '侵占、损毁或者擅自移动、改变大气环境质量监测设施或者大气污染物排放自动监测设备',
    legalBases: [basis(laws.air, '第一百条第一项')],
    penaltySummary: air100,
  }),
  item('JX-ZF-009', '对未按规定监测工业废气和有毒有害大气污染物并保存原始监测记录的行政处罚', {
    powerType: 'penalty',
    violation: '未按照规定对所排放的工业废气和有毒有害大气污染物进行监测并保存原始监测记录',
    legalBases: [basis(laws.air, '第一百条第二项')],
    penaltySummary: air100,
  }),
  item('JX-ZF-010', '对未按规定安装、使用大气污染物排放自动监测设备或者未联网的行政处罚', {
    powerType: 'penalty',
    violation:
      '未按照规定安装、使用大气污染物排放自动监测设备或者未按照规定与生态环境主管部门的监控设备联网，并保证监测设备正常运行',
    legalBases: [basis(laws.air, '第一百条第三项')],
    penaltySummary: air100,
  }),
  item('JX-ZF-011', '对重点排污单位不公开或者不如实公开自动监测数据的行政处罚', {
    powerType: 'penalty',
    violation: '重点排污单位不公开或者不如实公开自动监测数据',
    legalBases: [basis(laws.air, '第一百条第四项')],
    penaltySummary: air100,
  }),
  item('JX-ZF-012', '对未按规定设置大气污染物排放口的行政处罚', {
    powerType: 'penalty',
    violation: '未按照规定设置大气污染物排放口',
    legalBases: [basis(laws.air, '第一百条第五项')],
    penaltySummary: air100,
  }),
  item('JX-ZF-013', '对含挥发性有机物废气的生产和服务活动未密闭或者未采取减排措施的行政处罚', {
    powerType: 'penalty',
    violation:
      '产生含挥发性有机物废气的生产和服务活动，未在密闭空间或者设备中进行，未按照规定安装、使用污染防治设施，或者未采取减少废气排放措施',
    legalBases: [basis(laws.air, '第一百零八条第一项')],
    penaltySummary: air108,
  }),
  item('JX-ZF-014', '对储油储气库、加油加气站和油罐车、气罐车未按规定安装并正常使用油气回收装置的行政处罚', {
    powerType: 'penalty',
    violation: '储油储气库、加油加气站和油罐车、气罐车等，未按照国家有关规定安装并正常使用油气回收装置',
    legalBases: [basis(laws.air, '第一百零八条第四项'), basis(laws.air, '第四十七条第二款')],
    penaltySummary: air108,
  }),
  item('JX-ZF-015', '对未依法取得排污许可证排放水污染物的行政处罚', {
    powerType: 'penalty',
    violation: '未依法取得排污许可证排放水污染物',
    legalBases: [basis(laws.water, '第八十三条第一项')],
    penaltySummary: water83,
  }),
  item('JX-ZF-016', '对超标超总量排放水污染物的行政处罚', {
    powerType: 'penalty',
    violation: '超过水污染物排放标准或者超过重点水污染物排放总量控制指标排放水污染物',
    legalBases: [basis(laws.water, '第八十三条第二项')],
    penaltySummary: water83,
  }),
  item('JX-ZF-017', '对利用暗管、篡改伪造监测数据或者不正常运行防治设施等逃避监管排放水污染物的行政处罚', {
    powerType: 'penalty',
    violation:
      '利用渗井、渗坑、裂隙、溶洞，私设暗管，篡改、伪造监测数据，或者不正常运行水污染防治设施等逃避监管的方式排放水污染物',
    legalBases: [basis(laws.water, '第八十三条第三项')],
    penaltySummary: water83,
  }),
  item('JX-ZF-018', '对未按规定预处理向污水集中处理设施排放工业废水的行政处罚', {
    powerType: 'penalty',
    violation: '未按照规定进行预处理，向污水集中处理设施排放不符合处理工艺要求的工业废水',
    legalBases: [basis(laws.water, '第八十三条第四项')],
    penaltySummary: water83,
  }),
  item('JX-ZF-019', '对未按规定安装水污染物排放自动监测设备、未联网或者未保证正常运行的行政处罚', {
    powerType: 'penalty',
    violation:
      '未按照规定安装水污染物排放自动监测设备，未按照规定与生态环境主管部门的监控设备联网，或者未保证监测设备正常运行',
    legalBases: [basis(laws.water, '第八十二条')],
    penaltySummary: water82,
  }),
  item('JX-ZF-020', '对未按规定对所排放的水污染物自行监测并保存原始监测记录的行政处罚', {
    powerType: 'penalty',
    violation: '未按照规定对所排放的水污染物自行监测，或者未保存原始监测记录',
    legalBases: [basis(laws.water, '第八十二条')],
    penaltySummary: water82,
  }),
  item('JX-ZF-021', '对违反规定设置排污口的行政处罚', {
    powerType: 'penalty',
    violation: '违反法律、行政法规和国务院生态环境主管部门的规定设置排污口',
    legalBases: [basis(laws.water, '第八十四条第二款')],
    implementingBody: '县级以上地方人民政府生态环境主管部门',
    penaltySummary:
      '责令限期拆除，处二万元以上十万元以下的罚款；逾期不拆除的，强制拆除，所需费用由违法者承担，处十万元以上五十万元以下的罚款；情节严重的，可以责令停产整治',
  }),
  item('JX-ZF-022', '对在饮用水水源保护区内违法建设项目的行政处罚', {
    powerType: 'penalty',
    violation:
      '在饮用水水源一级保护区内新建、改建、扩建与供水设施和保护水源无关的建设项目；在二级保护区内新建、改建、扩建排放污染物的建设项目；在准保护区内新建、扩建对水体污染严重的建设项目，或者改建建设项目增加排污量',
    legalBases: [basis(laws.water, '第九十一条第一款')],
    implementingBody: '县级以上地方人民政府生态环境主管部门',
    firstResponsibleLevel: 'city',
    penaltySummary:
      '责令停止违法行为，处十万元以上五十万元以下的罚款；并报经有批准权的人民政府批准，责令拆除或者关闭',
  }),
  item('JX-ZF-023', '对未按规定制定或者启动水污染事故应急方案的行政处罚', {
    powerType: 'penalty',
    violation:
      '不按照规定制定水污染事故的应急方案；水污染事故发生后，未及时启动水污染事故的应急方案，采取有关应急措施',
    legalBases: [basis(laws.water, '第九十三条')],
    penaltySummary: '责令改正；情节严重的，处二万元以上十万元以下的罚款',
  }),
  item('JX-ZF-024', '对造成水污染事故的行政处罚', {
    powerType: 'penalty',
    violation: '企业事业单位违反规定，造成水污染事故',
    legalBases: [basis(laws.water, '第九十四条')],
    firstResponsibleLevel: 'city',
    penaltySummary:
      '处以罚款，责令限期采取治理措施，消除污染：造成一般或者较大水污染事故的，按照直接损失的百分之二十计算罚款；造成重大或者特大水污染事故的，按照直接损失的百分之三十计算罚款；对直接负责的主管人员和其他直接责任人员可以处上一年度从本单位取得的收入百分之五十以下的罚款（双罚制）',
  }),
  item('JX-ZF-025', '对擅自倾倒、堆放、丢弃、遗撒工业固体废物或者造成其扬散、流失、渗漏的行政处罚', {
    powerType: 'penalty',
    violation:
      '擅自倾倒、堆放、丢弃、遗撒工业固体废物，或者未采取相应防范措施，造成工业固体废物扬散、流失、渗漏或者其他环境污染',
    legalBases: [basis(laws.solidWaste, '第一百零二条第一款第七项')],
    implementingBody: '生态环境主管部门',
    penaltySummary:
      '责令改正，处所需处置费用一倍以上三倍以下的罚款，所需处置费用不足十万元的，按十万元计算；没收违法所得；情节严重的，报经有批准权的人民政府批准，可以责令停业或者关闭',
  }),
  item('JX-ZF-026', '对产生工业固体废物的单位未建立固体废物管理台账并如实记录的行政处罚', {
    powerType: 'penalty',
    violation: '产生工业固体废物的单位未建立固体废物管理台账并如实记录',
    legalBases: [basis(laws.solidWaste, '第一百零二条第一款第八项')],
    implementingBody: '生态环境主管部门',
    penaltySummary:
      '责令改正，处五万元以上二十万元以下的罚款，没收违法所得；情节严重的，报经有批准权的人民政府批准，可以责令停业或者关闭',
  }),
  item('JX-ZF-027', '对贮存工业固体废物未采取符合国家环境保护标准的防护措施的行政处罚', {
    powerType: 'penalty',
    violation: '贮存工业固体废物未采取符合国家环境保护标准的防护措施',
    legalBases: [basis(laws.solidWaste, '第一百零二条第一款第十项')],
    implementingBody: '生态环境主管部门',
    penaltySummary:
      '责令改正，处十万元以上一百万元以下的罚款，没收违法所得；情节严重的，报经有批准权的人民政府批准，可以责令停业或者关闭',
  }),
  item('JX-ZF-028', '对擅自倾倒、堆放危险废物的行政处罚', {
    powerType: 'penalty',
    violation: '擅自倾倒、堆放危险废物',
    legalBases: [basis(laws.solidWaste, '第一百一十二条第一款第三项'), basis(laws.solidWaste, '第七十九条')],
    implementingBody: '生态环境主管部门',
    penaltySummary:
      '责令改正，处所需处置费用三倍以上五倍以下的罚款，所需处置费用不足二十万元的，按二十万元计算；没收违法所得；情节严重的，报经有批准权的人民政府批准，可以责令停业或者关闭',
  }),
  item(
    'JX-ZF-029',
    '对未按照国家环境保护标准贮存、利用、处置危险废物或者将其混入非危险废物中贮存的行政处罚',
    {
      powerType: 'penalty',
      violation: '未按照国家环境保护标准贮存、利用、处置危险废物或者将危险废物混入非危险废物中贮存',
      legalBases: [
        basis(laws.solidWaste, '第一百一十二条第一款第六项'),
        basis(laws.solidWaste, '第八十一条第二款'),
      ],
      implementingBody: '生态环境主管部门',
      penaltySummary:
        '责令改正，处十万元以上一百万元以下的罚款，没收违法所得；情节严重的，报经有批准权的人民政府批准，可以责令停业或者关闭',
    },
  ),
  item('JX-ZF-030', '对无排污许可证或者超过噪声排放标准排放工业噪声的行政处罚', {
    powerType: 'penalty',
    violation: '无排污许可证或者超过噪声排放标准排放工业噪声',
    legalBases: [basis(laws.noise, '第七十五条'), basis(laws.noise, '第三十六条')],
    implementingBody: '生态环境主管部门',
    penaltySummary:
      '责令改正或者限制生产、停产整治，并处二万元以上二十万元以下的罚款；情节严重的，报经有批准权的人民政府批准，责令停业、关闭',
  }),
  item('JX-ZF-031', '对未按规定对工业噪声开展自行监测、保存原始记录或者公开监测结果的行政处罚', {
    powerType: 'penalty',
    violation:
      '实行排污许可管理的单位未按照规定对工业噪声开展自行监测，未保存原始监测记录，或者未向社会公开监测结果',
    legalBases: [basis(laws.noise, '第七十六条第一项')],
    implementingBody: '生态环境主管部门',
    penaltySummary: noise76,
  }),
  item('JX-ZF-032', '对噪声重点排污单位未按规定安装、使用、维护噪声自动监测设备或者未联网的行政处罚', {
    powerType: 'penalty',
    violation:
      '噪声重点排污单位未按照国家规定安装、使用、维护噪声自动监测设备，或者未与生态环境主管部门的监控设备联网',
    legalBases: [basis(laws.noise, '第七十六条第二项')],
    implementingBody: '生态环境主管部门',
    penaltySummary: noise76,
  }),
  item('JX-ZF-033', '对拒绝、阻挠噪声污染防治监督检查或者弄虚作假的行政处罚', {
    powerType: 'penalty',
    violation: '拒绝、阻挠噪声污染防治监督检查，或者在接受监督检查时弄虚作假',
    legalBases: [basis(laws.noise, '第七十一条')],
    implementingBody: '生态环境主管部门',
    penaltySummary: '责令改正，处二万元以上二十万元以下的罚款',
  }),
  item('JX-ZF-034', '对建设项目环境影响报告书、报告表未经批准擅自开工建设（未批先建）的行政处罚', {
    powerType: 'penalty',
    violation:
      '建设单位未依法报批建设项目环境影响报告书、报告表，或者未依法重新报批或者报请重新审核，擅自开工建设；或者报告书、报告表未经批准或者未经原审批部门重新审核同意，擅自开工建设',
    legalBases: [basis(laws.eia, '第三十一条第一款、第二款')],
    firstResponsibleLevel: 'city',
    penaltySummary:
      '责令停止建设，根据违法情节和危害后果，处建设项目总投资额百分之一以上百分之五以下的罚款，并可以责令恢复原状；对建设单位直接负责的主管人员和其他直接责任人员，依法给予行政处分',
  }),
  item('JX-ZF-035', '对未依法备案建设项目环境影响登记表的行政处罚', {
    powerType: 'penalty',
    violation: '建设单位未依法备案建设项目环境影响登记表',
    legalBases: [basis(laws.eia, '第三十一条第三款')],
    penaltySummary: '责令备案，处五万元以下的罚款',
  }),
  item(
    'JX-ZF-036',
    '对配套环境保护设施未建成、未经验收或者验收不合格即投入生产或者使用（未验先投）的行政处罚',
    {
      powerType: 'penalty',
      violation:
        '需要配套建设的环境保护设施未建成、未经验收或者验收不合格，建设项目即投入生产或者使用，或者在环境保护设施验收中弄虚作假',
      legalBases: [basis(laws.construction, '第二十三条第一款')],
      penaltySummary:
        '责令限期改正，处20万元以上100万元以下的罚款；逾期不改正的，处100万元以上200万元以下的罚款；对直接负责的主管人员和其他责任人员，处5万元以上20万元以下的罚款；造成重大环境污染或者生态破坏的，责令停止生产或者使用，或者报经有批准权的人民政府批准，责令关闭',
    },
  ),
  item('JX-ZF-037', '对未依法向社会公开环境保护设施验收报告的行政处罚', {
    powerType: 'penalty',
    violation: '建设单位未依法向社会公开环境保护设施验收报告',
    legalBases: [basis(laws.construction, '第二十三条第二款')],
    penaltySummary: '责令公开，处5万元以上20万元以下的罚款，并予以公告',
  }),
  item('JX-ZF-038', '对建设过程中未同时组织实施环境影响评价文件及审批决定提出的环境保护对策措施的行政处罚', {
    powerType: 'penalty',
    violation:
      '建设单位在项目建设过程中未同时组织实施环境影响报告书、环境影响报告表及其审批部门审批决定中提出的环境保护对策措施',
    legalBases: [basis(laws.construction, '第二十二条第二款')],
    implementingBody: '建设项目所在地县级以上生态环境主管部门',
    penaltySummary: '责令限期改正，处20万元以上100万元以下的罚款；逾期不改正的，责令停止建设',
  }),
  item('JX-ZF-039', '对未取得排污许可证排放污染物的行政处罚', {
    powerType: 'penalty',
    violation: '排污单位未取得排污许可证排放污染物',
    legalBases: [basis(laws.permits, '第三十三条第一项'), basis(laws.permits, '第二条')],
    implementingBody: '生态环境主管部门',
    penaltySummary: permit33,
  }),
  item('JX-ZF-040', '对排污许可证有效期届满未申请延续或者延续申请未经批准排放污染物的行政处罚', {
    powerType: 'penalty',
    violation: '排污许可证有效期届满未申请延续或者延续申请未经批准排放污染物',
    legalBases: [basis(laws.permits, '第三十三条第二项')],
    implementingBody: '生态环境主管部门',
    penaltySummary: permit33,
  }),
  item('JX-ZF-041', '对依法应当重新申请取得排污许可证而未重新申请排放污染物的行政处罚', {
    powerType: 'penalty',
    violation: '依法应当重新申请取得排污许可证，未重新申请取得排污许可证排放污染物',
    legalBases: [basis(laws.permits, '第三十三条第四项')],
    implementingBody: '生态环境主管部门',
    penaltySummary: permit33,
  }),
  item('JX-ZF-042', '对超过许可排放浓度、许可排放量排放污染物的行政处罚', {
    powerType: 'penalty',
    violation: '超过许可排放浓度、许可排放量排放污染物',
    legalBases: [basis(laws.permits, '第三十四条第一项')],
    implementingBody: '生态环境主管部门',
    penaltySummary: permit34,
  }),
  item(
    'JX-ZF-043',
    '对通过暗管、篡改伪造监测数据或者不正常运行污染防治设施等逃避监管方式违法排放污染物的行政处罚',
    {
      powerType: 'penalty',
      violation:
        '通过暗管、渗井、渗坑、灌注或者篡改、伪造监测数据，或者不正常运行污染防治设施等逃避监管的方式违法排放污染物',
      legalBases: [basis(laws.permits, '第三十四条第二项')],
      implementingBody: '生态环境主管部门',
      penaltySummary: permit34,
    },
  ),
  item('JX-ZF-044', '对未按排污许可证规定建立环境管理台账记录制度或者未按规定记录的行政处罚', {
    powerType: 'penalty',
    violation: '未按照排污许可证规定建立环境管理台账记录制度，或者未按照排污许可证规定记录',
    legalBases: [basis(laws.permits, '第三十七条')],
    implementingBody: '生态环境主管部门',
    penaltySummary: permit37,
  }),
  item('JX-ZF-045', '对未按排污许可证规定提交排污许可证执行报告的行政处罚', {
    powerType: 'penalty',
    violation: '未按照排污许可证规定提交排污许可证执行报告',
    legalBases: [basis(laws.permits, '第三十七条')],
    implementingBody: '生态环境主管部门',
    penaltySummary: permit37,
  }),
  item('JX-ZF-046', '对核技术利用项目未依法进行环境影响评价擅自建造、运行、生产和使用的行政处罚', {
    powerType: 'penalty',
    violation:
      '未编制环境影响评价文件，或者环境影响评价文件未经批准，擅自进行建造、运行、生产和使用放射性同位素、射线装置等活动',
    legalBases: [basis(laws.radioactive, '第五十条')],
    implementingBody: '审批环境影响评价文件的生态环境主管部门',
    firstResponsibleLevel: 'province',
    penaltySummary: '责令停止违法行为，限期补办手续或者恢复原状，并处一万元以上二十万元以下罚款',
  }),
  item('JX-ZF-047', '对放射性污染防治设施、放射防护设施未建造或者未经验收合格即投入生产、使用的行政处罚', {
    powerType: 'penalty',
    violation:
      '未建造放射性污染防治设施、放射防护设施，或者防治防护设施未经验收合格，主体工程即投入生产或者使用',
    legalBases: [basis(laws.radioactive, '第五十一条')],
    implementingBody: '审批环境影响评价文件的生态环境主管部门',
    firstResponsibleLevel: 'province',
    penaltySummary: '责令停止违法行为，限期改正，并处五万元以上二十万元以下罚款',
  }),
  item('JX-ZF-048', '对无许可证从事放射性同位素和射线装置生产、销售、使用活动的行政处罚', {
    powerType: 'penalty',
    violation: '无许可证从事放射性同位素和射线装置生产、销售、使用活动',
    legalBases: [basis(laws.isotopes, '第五十二条第一项')],
    implementingBody: '县级以上人民政府生态环境主管部门',
    firstResponsibleLevel: 'city',
    penaltySummary:
      '责令停止违法行为，限期改正；逾期不改正的，责令停产停业或者由原发证机关吊销许可证；有违法所得的，没收违法所得；违法所得10万元以上的，并处违法所得1倍以上5倍以下的罚款；没有违法所得或者违法所得不足10万元的，并处1万元以上10万元以下的罚款',
  }),
  item('JX-ZF-049', '对违法排放污染物尚不构成犯罪案件的移送公安机关（行政拘留）', {
    powerType: 'other',
    violation:
      '建设项目未依法进行环境影响评价被责令停止建设拒不执行，未取得排污许可证排放污染物被责令停止排污拒不执行，通过暗管、篡改伪造监测数据、不正常运行防治设施等逃避监管的方式违法排放污染物，生产、使用国家明令禁止生产、使用的农药被责令改正拒不改正',
    legalBases: [basis(laws.environment, '第六十三条')],
    implementingBody: '县级以上人民政府生态环境主管部门',
    penaltySummary:
      '将案件移送公安机关，对直接负责的主管人员和其他直接责任人员，处十日以上十五日以下拘留；情节较轻的，处五日以上十日以下拘留',
  }),
];

/** The 2021 version: before the noise law took effect (2022-06-05) its items were not yet listed. */
const noiseItemCodes = new Set(['JX-ZF-030', 'JX-ZF-031', 'JX-ZF-032', 'JX-ZF-033']);
export const enforcementItems2021: DemoItem<EnforcementItemData>[] = enforcementItems2022
  .filter((entry) => !noiseItemCodes.has(entry.code))
  .map((entry) =>
    entry.code === 'JX-ZF-014'
      ? { ...entry, data: { ...entry.data, firstResponsibleLevel: 'city' as const } }
      : entry.code === 'JX-ZF-024'
        ? { ...entry, data: { ...entry.data, firstResponsibleLevel: 'county' as const } }
        : entry,
  );

/**
 * The 2026 draft: the transfer to the police leaves the catalogue (it is a transfer, listed with
 * the administrative–criminal linkage), radiation items go to the province department, and the
 * coating item of 大气污染防治法 art. 108(2) is added.
 */
export const enforcementItems2026Draft: DemoItem<EnforcementItemData>[] = [
  ...enforcementItems2022
    .filter((entry) => entry.code !== 'JX-ZF-049')
    .map((entry) =>
      entry.code === 'JX-ZF-046' || entry.code === 'JX-ZF-047'
        ? {
            ...entry,
            data: {
              ...entry.data,
              implementingBody: '江西省生态环境厅（审批核技术利用项目环境影响评价文件的生态环境主管部门）',
            },
          }
        : entry,
    ),
  item('JX-ZF-050', '对工业涂装企业未使用低挥发性有机物含量涂料或者未建立、保存台账的行政处罚', {
    powerType: 'penalty',
    violation: '工业涂装企业未使用低挥发性有机物含量涂料或者未建立、保存台账',
    legalBases: [basis(laws.air, '第一百零八条第二项')],
    penaltySummary: air108,
  }),
];
