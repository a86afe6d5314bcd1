/**
 * The words of commitments and credit (REG-3, REG-4): card colours, credit levels, the two
 * published lists, delivery methods, and the kinds of entity-timeline events credit acts write.
 * Chinese names are the ones the documents use; the web shows them through its label maps.
 */

/** 红黄牌警示 (《江西省环境保护红黄牌警示管理制度暂行办法》). Red is the more serious. */
export const cardColors = ['yellow', 'red'] as const;
export type CardColor = (typeof cardColors)[number];
export const cardColorLabels: Record<CardColor, string> = { yellow: '黄牌', red: '红牌' };

/**
 * A card is `active` until it is lifted; `overdue` when active past its rectification deadline
 * (a yellow card then may be raised to red); `lifted` (摘牌) after verified rectification.
 */
export const cardStatuses = ['active', 'overdue', 'lifted'] as const;
export type CardStatus = (typeof cardStatuses)[number];
export const cardStatusLabels: Record<CardStatus, string> = {
  active: '警示中',
  overdue: '逾期未整改',
  lifted: '已摘牌',
};

/** 企业环境信用评价等级 (《企业环境信用评价办法（试行）》), best first. */
export const creditLevels = ['trustworthy', 'good', 'warning', 'untrustworthy'] as const;
export type CreditLevel = (typeof creditLevels)[number];
export const creditLevelLabels: Record<CreditLevel, string> = {
  trustworthy: '环保诚信',
  good: '环保良好',
  warning: '环保警示',
  untrustworthy: '环保不良',
};

/** 失信黑名单（联合惩戒）and 监督执法正面清单 (seed 004 item 9). */
export const entityLists = ['blacklist', 'positive'] as const;
export type EntityList = (typeof entityLists)[number];
export const entityListLabels: Record<EntityList, string> = {
  blacklist: '失信黑名单',
  positive: '正面清单',
};

/**
 * The reason of a blacklist entry made because of a card starts with this: where the card lists
 * are the blacklist (Jiangxi, seed 002 二（五）3) the entry ends when the last card is lifted.
 */
export const cardBlacklistingPrefix = '红黄牌警示：';

/** How the open letter reached the entity (seed 002 二（一）1 “印送至…各重点排污企业”). */
export const letterDeliveryMethods = ['in_person', 'post', 'electronic', 'meeting'] as const;
export type LetterDeliveryMethod = (typeof letterDeliveryMethods)[number];
export const letterDeliveryMethodLabels: Record<LetterDeliveryMethod, string> = {
  in_person: '当面送达',
  post: '邮寄送达',
  electronic: '电子送达',
  meeting: '会议发放',
};

/** Where a key polluter stands with the year's open letter and 环保承诺书. */
export const commitmentStatuses = ['signed', 'delivered', 'missing'] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];
export const commitmentStatusLabels: Record<CommitmentStatus, string> = {
  signed: '已签订承诺书',
  delivered: '已送达公开信，未签订',
  missing: '未送达',
};

/** The entity-timeline events (`entity_events.kind`) that credit acts write. */
export const creditEventKinds = [
  'letter_delivered',
  'commitment_signed',
  'card_issued',
  'card_lifted',
  'credit_evaluated',
  'compliance_points',
  'blacklist_added',
  'blacklist_removed',
  'positive_list_added',
  'positive_list_removed',
] as const;
export type CreditEventKind = (typeof creditEventKinds)[number];
export const creditEventKindLabels: Record<CreditEventKind, string> = {
  letter_delivered: '送达公开信',
  commitment_signed: '签订环保承诺书',
  card_issued: '红黄牌警示',
  card_lifted: '红黄牌摘牌',
  credit_evaluated: '环境信用评价',
  compliance_points: '守法积分',
  blacklist_added: '列入失信黑名单',
  blacklist_removed: '移出失信黑名单',
  positive_list_added: '列入正面清单',
  positive_list_removed: '移出正面清单',
};
