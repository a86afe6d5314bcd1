/**
 * The words of the personnel registry (ORG-3, seeds 002, 003, 004): statuses, training kinds,
 * award kinds, backbone pools and the usual posts, each with its Chinese name.
 */

/** 在岗/借调/休假/离岗 (ORG-3 in docs/FEATURES.md; seed 004 item 17 counts 在岗率 on them). */
export const officerStatuses = ['on_duty', 'seconded', 'on_leave', 'departed'] as const;
export type OfficerStatus = (typeof officerStatuses)[number];
export const officerStatusLabels: Record<OfficerStatus, string> = {
  on_duty: '在岗',
  seconded: '借调',
  on_leave: '休假',
  departed: '离岗',
};

export const genders = ['male', 'female'] as const;
export type Gender = (typeof genders)[number];
export const genderLabels: Record<Gender, string> = { male: '男', female: '女' };

/**
 * Training kinds: seed 004 四(二) names 入职岗位培训、专业知识培训、专项执法培训 and the yearly
 * rotation of every officer (在岗执法人员年内轮训一遍) with the province training the heads of
 * city and county units; 四(一) 岗位练兵/实战比武; 四(三) 跟班学习 at a higher agency.
 */
export const trainingKinds = [
  'induction',
  'professional',
  'special_enforcement',
  'rotation',
  'leadership',
  'contest',
  'shadowing',
] as const;
export type TrainingKind = (typeof trainingKinds)[number];
export const trainingKindLabels: Record<TrainingKind, string> = {
  induction: '入职岗位培训',
  professional: '专业知识培训',
  special_enforcement: '专项执法培训',
  rotation: '全员轮训',
  leadership: '执法机构负责人培训',
  contest: '岗位练兵与实战比武',
  shadowing: '跟班学习',
};

/** Seed 004 item 19: 记功、嘉奖 for urgent and dangerous tasks; 通报表扬 for daily work. */
export const awardKinds = ['merit', 'commendation', 'praise'] as const;
export type AwardKind = (typeof awardKinds)[number];
export const awardKindLabels: Record<AwardKind, string> = {
  merit: '记功',
  commendation: '嘉奖',
  praise: '通报表扬',
};

/**
 * 骨干库: the provincial pool managed and deployed by the provincial enforcement bureau (seed 004
 * item 8, 四(三)), and a city's own backbone officers (seed 001 art. 7 pools at province and city
 * level; seed 004 四(三) 传帮带).
 */
export const backbonePools = ['province', 'city'] as const;
export type BackbonePool = (typeof backbonePools)[number];
export const backbonePoolLabels: Record<BackbonePool, string> = {
  province: '省级执法骨干库',
  city: '市级执法骨干',
};

/** Posts the form suggests (the field is free text: agencies name posts their own way). */
export const officerPostSuggestions = [
  '支队长',
  '副支队长',
  '大队长',
  '副大队长',
  '局长',
  '副局长',
  '科长',
  '副科长',
  '中队长',
  '执法人员',
  '法制审核员',
  '执法监测员',
  '内勤',
] as const;

/** Kinds this module writes to an entity's timeline (entity_events.kind, REG-2). */
export const personnelEventKindLabels: Record<string, string> = {
  supervisors_changed: '监管责任人变更',
};
