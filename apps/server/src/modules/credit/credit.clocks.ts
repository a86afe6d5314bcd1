import { type CardColor, cardColorLabels } from '@qingshan/domain';
import type { StartClockInput } from '../clocks/index';

/**
 * A red or yellow card's rectification clock (REG-4, SYS-3): started on the card's day by the
 * issuing agency, on the profile's rectification days (`credit.cardLifting`), held by whoever
 * manages credit there; it stops when the card is lifted after verified rectification.
 */
export function cardClockOf(card: {
  id: string;
  color: CardColor;
  issuedOn: string;
  documentNumber: string | null;
  agencyId: string;
  entity: { id: string; name: string; regionCode: string };
}): StartClockInput {
  return {
    subjectKind: 'credit_card',
    subjectId: card.id,
    kind: 'card_rectification',
    agencyId: card.agencyId,
    regionCode: card.entity.regionCode,
    responsibleDuty: 'credit.manage',
    ruleKey: card.color === 'red' ? 'redCardRectification' : 'yellowCardRectification',
    startedOn: card.issuedOn,
    subject: card.entity.name,
    context: `${cardColorLabels[card.color]}（${card.documentNumber ?? '无文号'}），${card.issuedOn} 作出`,
    path: `/entities/${card.entity.id}`,
  };
}

export const cardClockRef = (card: { id: string; color: CardColor }) => ({
  subjectKind: 'credit_card',
  subjectId: card.id,
  ruleKey: card.color === 'red' ? 'redCardRectification' : 'yellowCardRectification',
});
