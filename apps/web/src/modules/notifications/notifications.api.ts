import type { MarkNotificationsReadRequest, NotificationList } from '@qingshan/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export const notificationKeys = { all: ['notifications'] as const };

// The bell looks again every few minutes: the escalation sweep runs on the server's schedule.
const refetchEveryMs = 5 * 60_000;

/** GET /api/notifications: the signed-in user's newest notifications and the unread count. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.all,
    // The bell asks on its own, with every page and every few minutes: a poll is not the user
    // working, so it must not keep an idle session alive.
    queryFn: ({ signal }) =>
      api.getInBackground<NotificationList>('/api/notifications', { pageSize: 20 }, signal),
    refetchInterval: refetchEveryMs,
  });
}

/** POST /api/notifications/read: the ones named, or all of the user's. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: MarkNotificationsReadRequest) =>
      api.post<{ unreadCount: number }>('/api/notifications/read', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
