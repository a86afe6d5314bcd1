// What the credit module offers the rest of the app: the positive-list condition the random-check
// draw puts on its pool, and the rectification clock of a card.
export { cardClockOf } from './credit.clocks';
export { isOnPositiveList } from './credit.repository';
