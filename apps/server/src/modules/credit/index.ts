/** What the credit module offers the rest of the server: the rectification clock of a card. */
export { cardClockOf } from './credit.clocks';
