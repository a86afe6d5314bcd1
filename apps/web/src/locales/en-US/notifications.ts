import type { Messages } from '../zh-CN';

export const notifications: Messages['notifications'] = {
  title: 'Notifications',
  bell: 'Notifications ({{count}} unread)',
  empty: 'No notifications',
  markAllRead: 'Mark all read',
  kinds: {
    clock_overdue: 'Overdue',
    clock_escalated: 'Escalated',
  },
};
