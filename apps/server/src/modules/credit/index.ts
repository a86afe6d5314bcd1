// What the credit module offers the rest of the app: the positive-list condition the random-check
// draw puts on its pool, the rectification clock of a card, the credit facts the entity list
// filters and shows (fragments on the caller's entity id) and one entity's credit summary.

export { cardClockOf } from './credit.clocks';
export {
  cardInForceColor,
  entityIdsWithLatestCreditLevel,
  entityPageCreditColumns,
  hasCardInForceOn,
  isOnCreditListOn,
  isOnPositiveList,
  latestCreditLevel,
} from './credit.sql';
