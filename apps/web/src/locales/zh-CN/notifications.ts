export const notifications = {
  title: '通知',
  bell: '通知（{{count}} 条未读）',
  empty: '暂无通知',
  markAllRead: '全部标为已读',
  kinds: {
    clock_overdue: '已逾期',
    clock_escalated: '逾期督办',
  },
};
