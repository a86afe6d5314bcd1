import { canAgencyKindManageCalendar } from '@qingshan/domain';
import type { AuthContext } from '../../lib/auth/auth.context';

/**
 * The working calendar is shared by every agency, so only a system administrator of a
 * provincial department maintains it (route permission 'calendar.manage' already limits it to
 * system administrators; the agency rule is shared with the web through @qingshan/domain).
 */
export const calendarPolicy = {
  whyCannotManage(auth: Pick<AuthContext, 'agency'>): string | null {
    return canAgencyKindManageCalendar(auth.agency.kind)
      ? null
      : '工作日历全省共用，只能由省生态环境厅的系统管理员维护';
  },
};
