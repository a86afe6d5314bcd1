import { type CardColor, cardColorLabels, type EntityList, entityListLabels } from '@qingshan/domain';

/**
 * Per-record rules of the credit acts. Route permissions ('credit.read', 'commitments.manage',
 * 'credit.manage') are in @qingshan/domain; jurisdiction (the entity's owner agency in the caller's
 * subtree) is in the queries; the credit rules themselves (profiles, periods, the positive list)
 * are in @qingshan/domain's credit rules. Each rule returns a Chinese reason, or null.
 */
export const creditPolicy = {
  /**
   * A card is lifted by the agency that issued it or one above it (复核合格后摘牌 is the issuing
   * agency's verification), not by a lower or a sibling agency that also sees the entity.
   */
  whyCannotLift(card: { color: CardColor; agencyName: string }, isIssuerInScope: boolean): string | null {
    return isIssuerInScope
      ? null
      : `该${cardColorLabels[card.color]}由${card.agencyName}作出，只能由作出机关或其上级机关复核摘牌`;
  },

  /** The same for a list entry: the listing agency or one above it removes it. */
  whyCannotRemove(
    membership: { list: EntityList; agencyName: string; isFromCard: boolean; hasActiveCard: boolean },
    isListerInScope: boolean,
  ): string | null {
    if (membership.isFromCard && membership.hasActiveCard) {
      return '该单位因红黄牌警示列入失信黑名单，摘牌后自动移出；请先复核摘牌';
    }
    return isListerInScope
      ? null
      : `该单位由${membership.agencyName}列入${entityListLabels[membership.list]}，只能由该机关或其上级机关移出`;
  },
};
