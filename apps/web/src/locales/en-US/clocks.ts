import type { Messages } from '../zh-CN';

/** A subject's statutory clocks on its page (SYS-3). */
export const clocks: Messages['clocks'] = {
  title: 'Statutory deadlines',
  planTitle: 'Deadlines of the tasks',
  empty: 'No deadlines',
  columns: {
    subject: 'Matter',
    rule: 'Deadline and basis',
    startedOn: 'Starts',
    dueOn: 'Due',
    daysLeft: 'Left',
    status: 'Status',
  },
  daysLeftValue: '{{days}} days',
  overdueBy: '{{days}} days overdue',
  pausedNoDue: 'Paused',
  stoppedOn: 'Stopped {{date}}',
  paused: 'Paused {{n}} times',
  extended: 'Extended {{n}} times',
  noDays: 'Due on the event’s own day; no day-by-day count',
  statuses: {
    running: 'Running',
    paused: 'Paused',
    due_today: 'Due today',
    overdue: 'Overdue',
    met: 'Met',
    met_late: 'Met late',
    cancelled: 'Cancelled',
  },
  dayKinds: {
    event_day: 'Day of the event, not counted',
    counted: 'Day {{n}}',
    rest_day_not_counted: 'Rest day, not counted',
    paused: 'Paused, not counted',
    rolled_forward: 'Last day fell on a rest day, moved on',
    due: 'Last day',
  },
};
