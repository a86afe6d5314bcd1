import type { AuthContext } from '../../lib/auth/auth.context';

/**
 * The working calendar is shared by every agency (deadlines everywhere depend on it), so only a
 * system administrator of a provincial department maintains it; route permission
 * 'calendar.manage' already limits it to system administrators.
 */
export const calendarPolicy = {
  whyCannotManage(auth: Pick<AuthContext, 'agency'>): string | null {
    return auth.agency.kind === 'provincial_department'
      ? null
      : '工作日历全省共用，只能由省生态环境厅的系统管理员维护';
  },
};
