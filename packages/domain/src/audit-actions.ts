/** Chinese names of the acts the audit trail records (`<area>.<verb>`). */
export const auditActionLabels: Record<string, string> = {
  'auth.login': '登录',
  'auth.login_failed': '登录失败',
  'auth.account_locked': '账号锁定',
  'auth.login_refused_locked': '锁定期间尝试登录',
  'auth.login_refused_disabled': '停用账号尝试登录',
  'auth.logout': '退出登录',
  'auth.session_end': '会话结束',
  'auth.password_change': '修改本人密码',
  'auth.profile_update': '修改本人资料',
  'users.create': '新建账号',
  'users.update': '修改账号',
  'users.disable': '停用账号',
  'users.enable': '启用账号',
  'users.password_reset': '重置密码',
  'users.roles_set': '设置角色',
  'users.unlock': '解锁账号',
  'users.sessions_end': '强制下线',
  'users.export': '导出用户',
  'agencies.create': '新建机构',
  'agencies.update': '修改机构',
  'audit.verify': '校验审计链',
  'audit.export': '导出审计记录',
  'calendar.override_set': '设置节假日/调休',
  'calendar.override_remove': '删除节假日/调休',
  'calendar.year_confirm': '确认年度节假日安排',
  'demo.load': '载入演示数据',
};

export function labelAuditAction(action: string): string {
  return auditActionLabels[action] ?? action;
}
