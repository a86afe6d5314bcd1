/** What the calendar module offers the rest of the server: the working calendar its tables correct (SYS-4). */
export { loadWorkingCalendar } from './working-calendar';
