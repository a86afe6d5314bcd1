import type { KeyPolluterMedium } from '@qingshan/domain';

/**
 * What kinds of regulated entity the demo province has, and how they are named. Each archetype is
 * a real kind of polluter with its GB/T 4754-2017 classes, the words its names use, how likely it
 * is to be on the key-polluter lists (《环境监管重点单位名录管理办法》 criteria: discharge volume,
 * hazardous substances, industry) and the media it is listed for. The weights are the demo's
 * guess at a Jiangxi county's mix; they are not statistics.
 */
export type NamingStyle = 'company' | 'farm' | 'repair' | 'fuel' | 'hospital' | 'utility' | 'mine' | 'power';

export interface Archetype {
  key: string;
  weight: number;
  /** [class code, weight, words for this class (else the archetype's)]. */
  classes: readonly (readonly [string, number, (readonly string[])?])[];
  words: readonly string[];
  /** The word before 厂 in a factory name (化工厂, 砖厂); none = never a 厂. */
  factoryWord?: string;
  style: NamingStyle;
  /** Relative likelihood of being a key polluter. */
  keyRate: number;
  media: readonly KeyPolluterMedium[];
  /** Extra media sometimes listed: [medium, probability]. */
  extraMedia?: readonly (readonly [KeyPolluterMedium, number])[];
  /** Keys of `violationFindings` that fit this kind of entity. */
  violations: readonly string[];
  /** Keys of `minorFindings` that fit. */
  minorIssues: readonly string[];
  /** Whether the permit is usually 简化/登记 (`light`) or none at all (`none`). */
  permit?: 'light' | 'none';
}

export const archetypes: readonly Archetype[] = [
  {
    key: 'livestock',
    weight: 10,
    classes: [
      ['0313', 6, ['生猪养殖', '养殖', '牧业']],
      ['0311', 1, ['牛业', '养殖']],
      ['0321', 2, ['禽业', '蛋鸡养殖']],
      ['0322', 1, ['禽业', '养殖']],
      ['0314', 0.5, ['养殖', '牧业']],
    ],
    words: ['养殖', '农牧', '生态养殖'],
    style: 'farm',
    keyRate: 0.07,
    media: ['water'],
    violations: ['livestock_discharge', 'eia'],
    minorIssues: ['livestock_separation', 'ledger'],
  },
  {
    key: 'grain_feed_meat',
    weight: 6,
    classes: [
      ['1311', 4, ['米业', '粮油']],
      ['1329', 2, ['饲料', '饲料科技']],
      ['1331', 1.5, ['油脂', '粮油']],
      ['1351', 1.5, ['肉类食品', '食品']],
      ['1352', 1, ['禽业', '食品']],
      ['1353', 1, ['食品', '肉制品']],
      ['1391', 0.5, ['淀粉', '生物科技']],
      ['1392', 1, ['豆制品', '食品']],
    ],
    words: ['食品'],
    factoryWord: '食品',
    style: 'company',
    keyRate: 0.05,
    media: ['water'],
    violations: ['water_exceed', 'permit_monitoring', 'eia'],
    minorIssues: ['ledger', 'rain_sewage', 'outfall_sign'],
  },
  {
    key: 'food',
    weight: 3,
    classes: [
      ['1431', 2, ['米粉', '食品']],
      ['1462', 1, ['酿造', '调味品']],
      ['1469', 1, ['调味品', '食品']],
      ['1495', 0.5, ['生物科技', '食品配料']],
      ['1411', 1, ['食品']],
      ['1441', 0.3, ['乳业']],
    ],
    words: ['食品'],
    factoryWord: '食品',
    style: 'company',
    keyRate: 0.05,
    media: ['water'],
    violations: ['water_exceed', 'permit_monitoring'],
    minorIssues: ['ledger', 'rain_sewage'],
  },
  {
    key: 'beverage',
    weight: 1.5,
    classes: [
      ['1512', 2, ['酒业', '酒业']],
      ['1513', 0.4, ['啤酒']],
      ['1522', 1, ['饮用水', '矿泉水']],
      ['1530', 1, ['茶业']],
    ],
    words: ['饮品'],
    factoryWord: '酒',
    style: 'company',
    keyRate: 0.1,
    media: ['water'],
    violations: ['water_exceed', 'permit_monitoring'],
    minorIssues: ['ledger', 'rain_sewage'],
  },
  {
    key: 'textile',
    weight: 2.4,
    classes: [
      ['1711', 2, ['棉纺', '纺织']],
      ['1712', 1, ['纺织']],
      ['1761', 1.5, ['针织', '服饰']],
      ['1751', 1, ['纺织', '织造']],
      ['1781', 0.5, ['无纺布', '新材料']],
    ],
    words: ['纺织'],
    factoryWord: '纺织',
    style: 'company',
    keyRate: 0.02,
    media: ['water'],
    violations: ['permit_monitoring', 'eia'],
    minorIssues: ['ledger', 'hazardous_sign'],
  },
  {
    key: 'dyeing',
    weight: 0.6,
    classes: [
      ['1713', 2, ['印染']],
      ['1752', 1, ['印染', '染整']],
      ['1762', 0.5, ['针织印染']],
    ],
    words: ['印染'],
    factoryWord: '印染',
    style: 'company',
    keyRate: 0.5,
    media: ['water'],
    extraMedia: [['air', 0.3]],
    violations: ['water_exceed', 'hidden_pipe', 'monitoring_not_networked', 'monitoring_fraud'],
    minorIssues: ['ledger', 'rain_sewage', 'outfall_sign'],
  },
  {
    key: 'leather',
    weight: 0.3,
    classes: [['1910', 1, ['皮革', '制革']]],
    words: ['皮革'],
    factoryWord: '制革',
    style: 'company',
    keyRate: 0.6,
    media: ['water', 'soil'],
    violations: ['water_exceed', 'hazardous_waste', 'hidden_pipe'],
    minorIssues: ['hazardous_sign', 'ledger'],
  },
  {
    key: 'shoes',
    weight: 0.7,
    classes: [
      ['1952', 1, ['鞋业']],
      ['1953', 1, ['鞋业', '鞋材']],
    ],
    words: ['鞋业'],
    factoryWord: '鞋',
    style: 'company',
    keyRate: 0.03,
    media: ['air'],
    violations: ['vocs', 'eia'],
    minorIssues: ['ledger', 'hazardous_sign'],
  },
  {
    key: 'paper',
    weight: 0.8,
    classes: [
      ['2221', 3, ['纸业']],
      ['2211', 0.5, ['浆纸', '纸业']],
      ['2223', 1, ['纸业', '特种纸']],
    ],
    words: ['纸业'],
    factoryWord: '造纸',
    style: 'company',
    keyRate: 0.5,
    media: ['water'],
    extraMedia: [['air', 0.4]],
    violations: ['water_exceed', 'hidden_pipe', 'monitoring_fraud', 'permit_exceed'],
    minorIssues: ['ledger', 'solid_storage', 'outfall_sign'],
  },
  {
    key: 'packaging',
    weight: 0.8,
    classes: [
      ['2231', 2, ['包装', '纸品']],
      ['2239', 1, ['纸品']],
    ],
    words: ['包装'],
    factoryWord: '纸箱',
    style: 'company',
    keyRate: 0.03,
    media: ['air'],
    violations: ['vocs', 'permit_monitoring'],
    minorIssues: ['ledger', 'hazardous_sign'],
  },
  {
    key: 'fuel_processing',
    weight: 0.5,
    classes: [
      ['2511', 0.6, ['石化', '石油化工']],
      ['2521', 1, ['焦化', '煤化']],
      ['2542', 1, ['生物质能源', '新能源']],
    ],
    words: ['能源'],
    style: 'company',
    keyRate: 0.6,
    media: ['air', 'water', 'environmental_risk'],
    violations: ['air_exceed', 'water_exceed', 'monitoring_fraud', 'hazardous_waste'],
    minorIssues: ['ledger', 'emergency_plan', 'hazardous_sign'],
  },
  {
    key: 'chemicals',
    weight: 4.5,
    classes: [
      ['2614', 2, ['化工', '化学']],
      ['2613', 1, ['化工', '盐化']],
      ['2611', 0.5, ['化工']],
      ['2624', 1, ['肥业', '化肥']],
      ['2625', 1, ['生物科技', '有机肥']],
      ['2631', 0.6, ['农化', '农药']],
      ['2641', 1.2, ['涂料', '化工']],
      ['2651', 1, ['新材料', '树脂']],
      ['2661', 1, ['化学', '助剂']],
      ['2662', 1, ['化工', '新材料']],
      ['2681', 0.6, ['日化', '洗涤用品']],
      ['2684', 0.3, ['香料', '香精香料']],
    ],
    words: ['化工'],
    factoryWord: '化工',
    style: 'company',
    keyRate: 0.4,
    media: ['water', 'air', 'environmental_risk'],
    extraMedia: [['soil', 0.3]],
    violations: [
      'water_exceed',
      'air_exceed',
      'vocs',
      'hazardous_waste',
      'monitoring_fraud',
      'hidden_pipe',
      'illegal_dumping',
      'permit_exceed',
    ],
    minorIssues: ['hazardous_sign', 'ledger', 'emergency_plan', 'rain_sewage'],
  },
  {
    key: 'fireworks',
    weight: 0.4,
    classes: [['2672', 1, ['烟花', '花炮', '鞭炮烟花']]],
    words: ['烟花'],
    factoryWord: '花炮',
    style: 'company',
    keyRate: 0.05,
    media: ['environmental_risk'],
    violations: ['hazardous_waste', 'eia'],
    minorIssues: ['hazardous_sign', 'emergency_plan'],
  },
  {
    key: 'pharma',
    weight: 2,
    classes: [
      ['2710', 1, ['药业', '制药']],
      ['2720', 1.5, ['制药', '药业']],
      ['2730', 1.5, ['中药饮片', '药业']],
      ['2740', 1.5, ['药业', '中药']],
      ['2761', 0.5, ['生物', '生物制药']],
      ['2770', 0.5, ['医疗用品', '卫材']],
    ],
    words: ['药业'],
    factoryWord: '制药',
    style: 'company',
    keyRate: 0.3,
    media: ['water', 'air'],
    extraMedia: [['environmental_risk', 0.5]],
    violations: ['water_exceed', 'vocs', 'hazardous_waste', 'permit_monitoring'],
    minorIssues: ['hazardous_sign', 'ledger', 'emergency_plan'],
  },
  {
    key: 'fibre',
    weight: 0.3,
    classes: [
      ['2822', 1, ['化纤', '涤纶']],
      ['2812', 0.5, ['化纤']],
    ],
    words: ['化纤'],
    style: 'company',
    keyRate: 0.4,
    media: ['water', 'air'],
    violations: ['water_exceed', 'air_exceed', 'vocs'],
    minorIssues: ['ledger', 'hazardous_sign'],
  },
  {
    key: 'plastics',
    weight: 3,
    classes: [
      ['2921', 1, ['塑业', '包装材料']],
      ['2922', 1, ['管业', '塑业']],
      ['2927', 1, ['塑料制品', '日用品']],
      ['2929', 1, ['塑胶', '塑业']],
      ['2911', 0.2, ['轮胎']],
      ['2913', 0.6, ['橡胶', '橡塑']],
    ],
    words: ['塑业'],
    factoryWord: '塑料',
    style: 'company',
    keyRate: 0.04,
    media: ['air'],
    violations: ['vocs', 'eia', 'permit_monitoring'],
    minorIssues: ['ledger', 'hazardous_sign'],
  },
  {
    key: 'cement',
    weight: 0.5,
    classes: [
      ['3011', 2, ['水泥']],
      ['3012', 0.5, ['钙业', '石灰']],
    ],
    words: ['水泥'],
    factoryWord: '水泥',
    style: 'company',
    keyRate: 0.7,
    media: ['air'],
    extraMedia: [['noise', 0.2]],
    violations: ['air_exceed', 'dust', 'monitoring_fraud'],
    minorIssues: ['dust_cover', 'ledger'],
  },
  {
    key: 'ceramics',
    weight: 1.5,
    classes: [
      ['3071', 1.5, ['陶瓷', '建陶']],
      ['3072', 0.5, ['陶瓷', '洁具']],
      ['3074', 1.5, ['陶瓷', '瓷业']],
      ['3075', 1, ['陶瓷', '瓷艺']],
      ['3073', 0.5, ['特种陶瓷', '新材料']],
    ],
    words: ['陶瓷'],
    factoryWord: '瓷',
    style: 'company',
    keyRate: 0.15,
    media: ['air'],
    violations: ['air_exceed', 'dust', 'eia'],
    minorIssues: ['dust_cover', 'ledger'],
  },
  {
    key: 'bricks',
    weight: 1.5,
    classes: [
      ['3031', 2, ['新型墙材', '建材']],
      ['3024', 0.5, ['建材', '新型建材']],
    ],
    words: ['建材'],
    factoryWord: '砖',
    style: 'company',
    keyRate: 0.05,
    media: ['air'],
    violations: ['air_exceed', 'dust'],
    minorIssues: ['dust_cover', 'ledger'],
  },
  {
    key: 'concrete',
    weight: 1.5,
    classes: [
      ['3021', 2, ['混凝土', '建材']],
      ['3022', 0.5, ['构件', '建材']],
      ['3032', 1, ['石材', '石业']],
    ],
    words: ['建材'],
    style: 'company',
    keyRate: 0.02,
    media: ['air'],
    violations: ['dust', 'eia'],
    minorIssues: ['dust_cover', 'rain_sewage'],
  },
  {
    key: 'glass_carbon',
    weight: 0.7,
    classes: [
      ['3041', 0.3, ['玻璃']],
      ['3049', 0.7, ['玻璃', '玻璃制品']],
      ['3061', 0.4, ['玻纤']],
      ['3091', 0.4, ['碳素', '石墨']],
      ['3089', 0.4, ['耐火材料']],
    ],
    words: ['新材料'],
    style: 'company',
    keyRate: 0.3,
    media: ['air'],
    violations: ['air_exceed', 'monitoring_fraud', 'dust'],
    minorIssues: ['dust_cover', 'ledger'],
  },
  {
    key: 'steel',
    weight: 0.4,
    classes: [
      ['3110', 0.3, ['钢铁']],
      ['3120', 0.5, ['钢铁', '特钢']],
      ['3130', 1.5, ['钢材', '金属材料']],
      ['3140', 0.3, ['铁合金']],
    ],
    words: ['钢铁'],
    style: 'company',
    keyRate: 0.6,
    media: ['air', 'water'],
    extraMedia: [
      ['soil', 0.4],
      ['environmental_risk', 0.4],
    ],
    violations: ['air_exceed', 'dust', 'monitoring_fraud', 'hazardous_waste'],
    minorIssues: ['dust_cover', 'ledger', 'solid_storage'],
  },
  {
    key: 'nonferrous',
    weight: 1.5,
    classes: [
      ['3211', 0.5, ['铜业', '冶炼']],
      ['3251', 1, ['铜材', '铜业']],
      ['3231', 0.5, ['钨业']],
      ['3232', 0.5, ['稀土', '稀土新材料']],
      ['3239', 0.6, ['锂业', '锂电新材料']],
      ['3252', 1, ['铝业', '铝材']],
      ['3219', 0.4, ['有色金属', '冶炼']],
    ],
    words: ['有色金属'],
    style: 'company',
    keyRate: 0.4,
    media: ['air', 'water', 'soil'],
    extraMedia: [['environmental_risk', 0.6]],
    violations: ['air_exceed', 'water_exceed', 'hazardous_waste', 'illegal_dumping', 'monitoring_fraud'],
    minorIssues: ['hazardous_sign', 'solid_storage', 'emergency_plan', 'ledger'],
  },
  {
    key: 'metal_products',
    weight: 3,
    classes: [
      ['3311', 1, ['钢结构']],
      ['3312', 1, ['门窗', '金属制品']],
      ['3351', 1, ['五金']],
      ['3399', 1, ['金属制品', '五金']],
      ['3333', 0.4, ['制罐', '包装']],
    ],
    words: ['金属制品'],
    factoryWord: '五金',
    style: 'company',
    keyRate: 0.02,
    media: ['air'],
    violations: ['vocs', 'eia', 'permit_monitoring'],
    minorIssues: ['ledger', 'hazardous_sign'],
  },
  {
    key: 'electroplating',
    weight: 0.6,
    classes: [['3360', 1, ['表面处理', '电镀']]],
    words: ['电镀'],
    factoryWord: '电镀',
    style: 'company',
    keyRate: 0.55,
    media: ['water', 'soil', 'environmental_risk'],
    violations: ['water_exceed', 'hazardous_waste', 'hidden_pipe', 'illegal_dumping'],
    minorIssues: ['hazardous_sign', 'emergency_plan', 'rain_sewage'],
  },
  {
    key: 'foundry',
    weight: 0.8,
    classes: [
      ['3391', 1, ['铸造', '铸业']],
      ['3392', 0.5, ['铸造', '压铸']],
    ],
    words: ['铸造'],
    factoryWord: '铸造',
    style: 'company',
    keyRate: 0.1,
    media: ['air'],
    violations: ['air_exceed', 'dust', 'eia'],
    minorIssues: ['dust_cover', 'ledger'],
  },
  {
    key: 'batteries',
    weight: 1,
    classes: [
      ['3841', 3, ['锂电', '新能源']],
      ['3843', 0.6, ['蓄电池', '电源']],
      ['3849', 0.4, ['电池']],
    ],
    words: ['新能源'],
    style: 'company',
    keyRate: 0.35,
    media: ['water', 'environmental_risk'],
    extraMedia: [
      ['soil', 0.4],
      ['air', 0.3],
    ],
    violations: ['water_exceed', 'hazardous_waste', 'permit_monitoring'],
    minorIssues: ['hazardous_sign', 'emergency_plan', 'ledger'],
  },
  {
    key: 'electrical',
    weight: 1.3,
    classes: [
      ['3831', 1, ['电缆', '线缆']],
      ['3825', 0.8, ['光伏', '新能源']],
      ['3872', 0.5, ['照明', '光电']],
      ['3821', 0.5, ['电气', '变压器']],
    ],
    words: ['电气'],
    style: 'company',
    keyRate: 0.05,
    media: ['air'],
    violations: ['vocs', 'permit_monitoring'],
    minorIssues: ['ledger', 'hazardous_sign'],
  },
  {
    key: 'pcb',
    weight: 0.8,
    classes: [
      ['3982', 2, ['电路', '电子']],
      ['3985', 0.5, ['电子材料']],
    ],
    words: ['电子'],
    style: 'company',
    keyRate: 0.4,
    media: ['water', 'environmental_risk'],
    violations: ['water_exceed', 'hazardous_waste', 'hidden_pipe'],
    minorIssues: ['hazardous_sign', 'ledger', 'emergency_plan'],
  },
  {
    key: 'electronics',
    weight: 1.2,
    classes: [
      ['3976', 1, ['光电', '光电科技']],
      ['3989', 1, ['电子', '电子科技']],
      ['3912', 0.5, ['电子科技']],
    ],
    words: ['电子'],
    style: 'company',
    keyRate: 0.06,
    media: ['water'],
    violations: ['permit_monitoring', 'vocs'],
    minorIssues: ['ledger', 'hazardous_sign'],
  },
  {
    key: 'thermal_power',
    weight: 0.5,
    classes: [
      ['4411', 0.3, ['发电']],
      ['4412', 1, ['热电']],
      ['4430', 0.4, ['热力', '供热']],
    ],
    words: ['热电'],
    style: 'power',
    keyRate: 0.8,
    media: ['air'],
    extraMedia: [['water', 0.3]],
    violations: ['air_exceed', 'monitoring_fraud', 'monitoring_not_networked'],
    minorIssues: ['ledger', 'solid_storage'],
  },
  {
    key: 'waste_to_energy',
    weight: 0.3,
    classes: [['4417', 1, ['环保能源', '生物质发电']]],
    words: ['环保能源'],
    style: 'power',
    keyRate: 0.85,
    media: ['air', 'water'],
    extraMedia: [['environmental_risk', 0.5]],
    violations: ['air_exceed', 'monitoring_fraud', 'hazardous_waste'],
    minorIssues: ['ledger', 'emergency_plan'],
  },
  {
    key: 'gas',
    weight: 0.4,
    classes: [
      ['4511', 1, ['燃气', '天然气']],
      ['4512', 0.4, ['液化气', '燃气']],
    ],
    words: ['燃气'],
    style: 'company',
    keyRate: 0.1,
    media: ['environmental_risk'],
    violations: ['eia'],
    minorIssues: ['emergency_plan'],
    permit: 'light',
  },
  {
    key: 'sewage',
    weight: 2,
    classes: [['4620', 1, ['水务', '污水处理']]],
    words: ['水务'],
    style: 'utility',
    keyRate: 0.5,
    media: ['water'],
    violations: ['water_exceed', 'monitoring_fraud', 'monitoring_not_networked'],
    minorIssues: ['ledger', 'solid_storage', 'outfall_sign'],
  },
  {
    key: 'water_supply',
    weight: 0.6,
    classes: [['4610', 1, ['自来水', '供水']]],
    words: ['供水'],
    style: 'utility',
    keyRate: 0,
    media: ['water'],
    violations: ['permit_monitoring'],
    minorIssues: ['ledger'],
    permit: 'light',
  },
  {
    key: 'fuel_station',
    weight: 7,
    classes: [
      ['5265', 10, ['加油站']],
      ['5266', 0.5, ['加气站']],
    ],
    words: ['加油站'],
    style: 'fuel',
    keyRate: 0,
    media: ['air'],
    violations: ['vapour_recovery'],
    minorIssues: ['vapour_report', 'hazardous_sign'],
    permit: 'light',
  },
  {
    key: 'hazardous_waste',
    weight: 0.4,
    classes: [
      ['7724', 2, ['环保科技', '环境服务']],
      ['7723', 1, ['环保', '再生资源']],
      ['7721', 0.7, ['环境工程', '水处理']],
    ],
    words: ['环保科技'],
    style: 'company',
    keyRate: 0.7,
    media: ['environmental_risk', 'soil'],
    extraMedia: [['air', 0.5]],
    violations: ['hazardous_waste', 'illegal_dumping', 'air_exceed'],
    minorIssues: ['hazardous_sign', 'ledger', 'emergency_plan'],
  },
  {
    key: 'landfill',
    weight: 0.8,
    classes: [['7820', 1, ['环境卫生', '环卫']]],
    words: ['环卫'],
    style: 'utility',
    keyRate: 0.3,
    media: ['water', 'soil'],
    violations: ['water_exceed', 'illegal_dumping'],
    minorIssues: ['solid_storage', 'rain_sewage'],
  },
  {
    key: 'vehicle_repair',
    weight: 6,
    classes: [
      ['8111', 8, ['汽车维修', '汽修']],
      ['8112', 1, ['工程机械维修']],
    ],
    words: ['汽车维修'],
    style: 'repair',
    keyRate: 0,
    media: ['air'],
    violations: ['spray_booth', 'hazardous_waste'],
    minorIssues: ['hazardous_sign', 'ledger'],
    permit: 'light',
  },
  {
    key: 'health',
    weight: 5,
    classes: [
      ['8411', 1.2],
      ['8412', 0.6],
      ['8415', 1],
      ['8423', 3],
      ['8425', 2],
      ['8433', 0.4],
    ],
    words: ['医院'],
    style: 'hospital',
    keyRate: 0.1,
    media: ['water', 'environmental_risk'],
    violations: ['medical_waste', 'water_exceed'],
    minorIssues: ['medical_storage', 'ledger'],
    permit: 'light',
  },
  {
    key: 'coal_mining',
    weight: 0.4,
    classes: [['0610', 1, ['煤业', '煤矿']]],
    words: ['煤业'],
    style: 'mine',
    keyRate: 0.2,
    media: ['water'],
    violations: ['water_exceed', 'dust'],
    minorIssues: ['solid_storage', 'dust_cover'],
  },
  {
    key: 'metal_mining',
    weight: 1,
    classes: [
      ['0931', 1, ['钨业', '矿业']],
      ['0932', 0.8, ['稀土', '矿业']],
      ['0911', 0.4, ['铜矿', '矿业']],
      ['0921', 0.3, ['金矿', '矿业']],
      ['0810', 0.5, ['铁矿', '矿业']],
    ],
    words: ['矿业'],
    style: 'mine',
    keyRate: 0.25,
    media: ['water', 'soil'],
    violations: ['water_exceed', 'illegal_dumping', 'eia'],
    minorIssues: ['solid_storage', 'rain_sewage'],
  },
  {
    key: 'quarry',
    weight: 2,
    classes: [
      ['1011', 1, ['矿业', '石灰石']],
      ['1019', 1.5, ['砂石', '矿业']],
      ['1012', 0.7, ['石材', '矿业']],
    ],
    words: ['矿业'],
    style: 'mine',
    keyRate: 0.02,
    media: ['air'],
    violations: ['dust', 'eia'],
    minorIssues: ['dust_cover'],
  },
  {
    key: 'oil_field',
    weight: 0.02,
    classes: [
      ['0711', 1, ['油田', '石油开发']],
      ['1120', 1, ['油田技术服务', '石油工程']],
    ],
    words: ['石油开发'],
    style: 'company',
    keyRate: 0.3,
    media: ['water', 'soil', 'environmental_risk'],
    violations: ['illegal_dumping', 'hazardous_waste'],
    minorIssues: ['emergency_plan', 'hazardous_sign'],
  },
];

/**
 * Regional specialities: archetype weights multiplied per city (景德镇 ceramics, 新余 steel, 鹰潭
 * copper, 赣州 tungsten and rare earths, 宜春 lithium and 樟树 medicine, 萍乡 fireworks and coal,
 * 九江 petrochemicals, 吉安 circuit boards, 松原 oil, 吉林 chemicals, 南通 textiles).
 */
export const cityWeightFactors: Record<string, Record<string, number>> = {
  '3601': { pharma: 1.5, food: 1.5, livestock: 0.5, vehicle_repair: 1.3, health: 1.3 },
  '3602': { ceramics: 6 },
  '3603': { fireworks: 10, coal_mining: 4, ceramics: 2 },
  '3604': { chemicals: 2.5, fuel_processing: 3, fibre: 3 },
  '3605': { steel: 8, electrical: 3 },
  '3606': { nonferrous: 6 },
  '3607': { metal_mining: 5, nonferrous: 3 },
  '3608': { pcb: 5, electronics: 2 },
  '3609': { batteries: 4, nonferrous: 2, pharma: 2 },
  '3610': { grain_feed_meat: 1.5 },
  '3611': { electrical: 2, metal_mining: 2, nonferrous: 1.5 },
  '2201': { grain_feed_meat: 2, food: 1.5 },
  '2202': { chemicals: 3, fibre: 3 },
  '2206': { metal_mining: 2, beverage: 2 },
  '2207': { oil_field: 300, fuel_processing: 2 },
  '2224': { metal_mining: 2, beverage: 2 },
  '3206': { textile: 3, dyeing: 3, chemicals: 1.5, livestock: 0.5 },
};

/** In city districts (市辖区) farms and mines are rare and services common. */
export const districtWeightFactors: Record<string, number> = {
  livestock: 0.15,
  metal_mining: 0.2,
  coal_mining: 0.3,
  quarry: 0.3,
  vehicle_repair: 1.6,
  health: 1.6,
  fuel_station: 1.2,
};

/** Counties known for industry (industrial parks): more entities there. */
export const industrialCounties = new Set([
  '360121', // 南昌县 (小蓝经开区)
  '360112', // 新建区
  '360281', // 乐平市
  '360323', // 芦溪县
  '360322', // 上栗县
  '360425', // 永修县 (星火工业园)
  '360429', // 湖口县
  '360430', // 彭泽县
  '360481', // 瑞昌市
  '360502', // 渝水区
  '360681', // 贵溪市
  '360703', // 南康区
  '360704', // 赣县区
  '360783', // 龙南市
  '360802', // 吉州区
  '360825', // 新干县
  '360902', // 袁州区
  '360981', // 丰城市
  '360982', // 樟树市
  '360983', // 高安市
  '361002', // 临川区
  '361181', // 德兴市
  '220112', // 双阳区
  '220211', // 丰满区
  '220702', // 宁江区
  '320612', // 通州区
  '320682', // 如皋市
]);

/** Mountain and forest counties with little industry. */
export const quietCounties = new Set([
  '360926', // 铜鼓县
  '360925', // 靖安县
  '361028', // 资溪县
  '360881', // 井冈山市
  '361130', // 婺源县
  '360321', // 莲花县
  '360729', // 全南县
  '220623', // 长白朝鲜族自治县
]);

/** 字号 (trade names): two characters from this set, the kind Chinese firms pick for luck and place. */
export const tradeNameCharacters = [
  ...'宏达鑫旺恒信华兴昌盛隆泰源丰瑞祥福富金利佳新永康嘉诚德顺荣安洪赣庐江润晟博锦汇宇创联卓光明辉远海天正益合禾绿青蓝峰岭林森川汉东南北中美同和志成胜发广宝聚鼎鸿运通凯亿',
];

/** Short city names as firms use them (南昌宏达…, 江西…). */
export const cityShortNames: Record<string, string> = {
  '3601': '南昌',
  '3602': '景德镇',
  '3603': '萍乡',
  '3604': '九江',
  '3605': '新余',
  '3606': '鹰潭',
  '3607': '赣州',
  '3608': '吉安',
  '3609': '宜春',
  '3610': '抚州',
  '3611': '上饶',
  '2201': '长春',
  '2202': '吉林',
  '2203': '四平',
  '2204': '辽源',
  '2205': '通化',
  '2206': '白山',
  '2207': '松原',
  '2208': '白城',
  '2224': '延边',
  '3206': '南通',
};

/**
 * The abbreviation a city's penalty decisions are numbered with (洪环罚〔2025〕23号). Jiangxi's
 * are the cities' customary short names (洪 for 洪都/南昌, 浔 for 浔阳/九江 …); Jilin's and
 * Nantong's are the demo's plausible forms.
 */
export const penaltyAbbreviations: Record<string, string> = {
  '3601': '洪',
  '3602': '景',
  '3603': '萍',
  '3604': '浔',
  '3605': '余',
  '3606': '鹰',
  '3607': '赣',
  '3608': '吉',
  '3609': '宜',
  '3610': '抚',
  '3611': '饶',
  '2201': '长',
  '2202': '吉市',
  '2203': '四',
  '2204': '辽',
  '2205': '通',
  '2206': '白山',
  '2207': '松',
  '2208': '白',
  '2224': '延州',
  '3206': '通',
};

export const provinceShortNames: Record<string, string> = { '36': '江西', '22': '吉林', '32': '江苏' };

export const roadNames = [
  '工业大道',
  '工业园路',
  '创业大道',
  '兴业路',
  '园区大道',
  '科技大道',
  '发展大道',
  '人民路',
  '建设路',
  '解放路',
  '迎宾大道',
  '滨江路',
  '环城路',
  '新华路',
  '民营路',
  '经济大道',
];

export interface Finding {
  text: string;
  /** The article the penalty cites; null for minor findings (责令改正, no penalty). */
  basis: string | null;
  /** Fine range in 10,000 yuan. */
  fine?: readonly [number, number];
  /** Serious: the case also goes to the police (环境保护法 art. 63, 两法衔接). */
  transfer?: string;
}

/** What an inspection finds that is a violation (penalty follows). */
export const violationFindings: Record<string, Finding> = {
  water_exceed: {
    text: '超过水污染物排放标准排放水污染物（化学需氧量超标）',
    basis: '《中华人民共和国水污染防治法》第八十三条第二项',
    fine: [10, 60],
  },
  air_exceed: {
    text: '超过大气污染物排放标准排放大气污染物（颗粒物、氮氧化物超标）',
    basis: '《中华人民共和国大气污染防治法》第九十九条第二项',
    fine: [10, 60],
  },
  vocs: {
    text: '产生含挥发性有机物废气的生产活动未在密闭空间或者设备中进行',
    basis: '《中华人民共和国大气污染防治法》第一百零八条第一项',
    fine: [2, 12],
  },
  dust: {
    text: '物料堆场未采取有效覆盖措施防治扬尘污染',
    basis: '《中华人民共和国大气污染防治法》第一百一十七条第一项',
    fine: [1, 10],
  },
  hazardous_waste: {
    text: '未按照国家有关规定贮存危险废物',
    basis: '《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第六项',
    fine: [10, 50],
  },
  eia: {
    text: '建设项目环境影响报告表未经批准擅自开工建设',
    basis: '《中华人民共和国环境影响评价法》第三十一条第一款',
    fine: [5, 30],
  },
  permit_monitoring: {
    text: '未按照排污许可证规定开展自行监测',
    basis: '《排污许可管理条例》第三十六条第五项',
    fine: [2, 10],
  },
  permit_exceed: {
    text: '超过许可排放浓度、许可排放量排放污染物',
    basis: '《排污许可管理条例》第三十四条第一项',
    fine: [20, 80],
  },
  monitoring_not_networked: {
    text: '未按照规定与生态环境主管部门的监控设备联网',
    basis: '《中华人民共和国水污染防治法》第八十二条第二项',
    fine: [2, 15],
  },
  livestock_discharge: {
    text: '畜禽养殖废水未经处理直接排入外环境',
    basis: '《畜禽规模养殖污染防治条例》第三十九条',
    fine: [2, 10],
  },
  spray_booth: {
    text: '露天或者不具备有效治理措施从事喷漆作业',
    basis: '《中华人民共和国大气污染防治法》第一百零八条第一项',
    fine: [2, 5],
  },
  vapour_recovery: {
    text: '加油站未按照规定安装油气回收装置并保持正常使用',
    basis: '《中华人民共和国大气污染防治法》第一百零八条第五项',
    fine: [2, 8],
  },
  medical_waste: {
    text: '未将医疗废物按照类别分置于专用包装物或者容器',
    basis: '《医疗废物管理条例》第四十六条第一项',
    fine: [0.5, 3],
  },
  hidden_pipe: {
    text: '通过暗管逃避监管的方式排放水污染物',
    basis: '《中华人民共和国水污染防治法》第八十三条第三项',
    fine: [20, 100],
    transfer: '涉嫌《中华人民共和国环境保护法》第六十三条第三项，移送公安机关行政拘留',
  },
  monitoring_fraud: {
    text: '篡改、伪造自动监测数据排放大气污染物',
    basis: '《中华人民共和国大气污染防治法》第九十九条第三项',
    fine: [20, 100],
    transfer: '涉嫌《中华人民共和国环境保护法》第六十三条第三项，移送公安机关行政拘留',
  },
  illegal_dumping: {
    text: '非法倾倒危险废物',
    basis: '《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第二项',
    fine: [50, 100],
    transfer: '涉嫌污染环境罪（《中华人民共和国刑法》第三百三十八条），移送公安机关',
  },
};

/** The serious ones (a serious violation when found). */
export const seriousFindingKeys = new Set(['hidden_pipe', 'monitoring_fraud', 'illegal_dumping']);

/** What an inspection finds that is a minor issue (责令改正 on the spot or within days; no penalty). */
export const minorFindings: Record<string, string> = {
  hazardous_sign: '危险废物贮存场所识别标志不规范',
  ledger: '环境管理台账记录不完整',
  rain_sewage: '厂区雨污分流不彻底',
  outfall_sign: '排污口标志牌缺失',
  emergency_plan: '突发环境事件应急预案未按期修订备案',
  solid_storage: '一般工业固体废物堆场防雨防渗措施不到位',
  dust_cover: '物料堆场覆盖不全',
  livestock_separation: '养殖场雨污分流不彻底，粪污暂存池未加盖',
  vapour_report: '油气回收系统年度检测报告过期',
  medical_storage: '医疗废物暂存间消毒、交接记录不全',
};

export const compliantFindings = [
  '现场检查未发现环境违法行为',
  '污染防治设施正常运行，排污许可执行报告按时提交',
  '现场检查未发现异常，环境管理台账齐全',
  '危险废物贮存、转移联单规范，未发现问题',
];

/** Special campaigns, by year offset from the demo year (0 = this year). */
export const campaigns: Record<number, readonly string[]> = {
  0: ['排污许可证后监管专项检查', '重点行业挥发性有机物治理专项检查', '自动监测数据质量专项检查'],
  1: ['第三方环保服务机构弄虚作假问题专项整治', '危险废物规范化环境管理评估', '夏季臭氧污染防治攻坚'],
  2: ['危险废物专项整治三年行动', '长江经济带生态环境警示片问题整改', '秋冬季大气污染防治专项检查'],
};

export const specialSupervisionReasons = [
  '群众投诉集中，列为特殊监管对象',
  '位于饮用水水源保护区周边，列为特殊监管对象',
  '曾发生突发环境事件，列为特殊监管对象',
  '自动监控数据异常频发，列为特殊监管对象',
  '历史遗留环境问题整改中，列为特殊监管对象',
];
