import { addDays, businessDateOf, daysBetween, yearOf } from '../calendar/calendar.dates';

export * from './credit.contract';
export * from './credit.rules';
export * from './credit.vocabulary';

/** Business-date arithmetic of the credit rules, for the server and the demo generator. */
export const creditDates = { addDays, businessDateOf, daysBetween, yearOf } as const;
