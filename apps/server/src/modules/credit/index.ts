// What the credit module offers the rest of the app: the positive-list condition the random-check
// draw puts on its pool.
export { isOnPositiveList } from './credit.repository';
