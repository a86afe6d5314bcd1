/**
 * Platform security policy (SYS-2, 等保 2.0 第三级). These are fixed platform settings, not part of
 * the province profile: GB/T 22239-2019 8.1.4.1 asks for identity verification with complex,
 * regularly changed passwords, login-failure handling and automatic logout on idle.
 */
export const securityPolicy = {
  /** Failed logins in a row that lock an account (GB/T 22239-2019 8.1.4.1 b: 登录失败处理). */
  maxFailedLogins: 5,
  /** How long a locked account stays locked. */
  lockoutMinutes: 15,
  /**
   * Failed logins from one client address within `addressWindowMinutes` that block the address
   * for `addressBlockMinutes` (8.1.4.1 b), whatever usernames were tried: the account lockout
   * alone lets one address try a few passwords on every account. Generous, because the staff
   * of a whole bureau often reach the platform through one NAT address.
   */
  maxFailedLoginsPerAddress: 50,
  addressWindowMinutes: 15,
  addressBlockMinutes: 15,
  /** A session with no request for this long ends (8.1.4.1 b: 连接超时自动退出). */
  idleTimeoutMinutes: 30,
  /** A session ends this long after login whatever happens. */
  absoluteSessionHours: 12,
  /**
   * A session row is deleted this long after its end (the nightly sweep): the browser keeps its
   * session cookie until it is closed, and within this time it is still told why it was logged
   * out (idle, expired, ended by an administrator) instead of only being asked to log in.
   */
  endedSessionRetentionDays: 7,
  passwordMinLength: 10,
  passwordMaxLength: 64,
  /** At least this many of: lower case, upper case, digits, symbols (8.1.4.1 a: 复杂度要求). */
  passwordMinCharacterClasses: 3,
  /**
   * A new password must take an attacker at least about a million guesses by the zxcvbn estimate
   * (score 2 of 0–4): common passwords, keyboard runs and the platform's name or the username
   * with a year fall below it (8.1.4.1 a: 复杂度要求; checked on the server, password-strength.ts).
   */
  passwordMinStrengthScore: 2,
  /** Passwords expire after this many days (8.1.4.1 a: 定期更换). */
  passwordMaxAgeDays: 90,
  /** Audit entries are kept at least this long (8.1.4.3 d; 网络安全法 art. 21: ≥ 6 months). */
  auditRetentionDays: 180,
} as const;

/** What a person is told when a password is too easy to guess (server check, password-strength.ts). */
export const commonPasswordProblem =
  '密码过于常见或容易猜到（如常用密码、键盘序列、平台名称或用户名加年份），请换一个更难猜的密码';

/**
 * Checks a new password against the policy. Returns the problems in Chinese, empty when the
 * password is acceptable.
 */
export function findPasswordProblems(password: string, context: { username?: string } = {}): string[] {
  const problems: string[] = [];
  if (password.length < securityPolicy.passwordMinLength) {
    problems.push(`密码至少 ${securityPolicy.passwordMinLength} 位`);
  }
  if (password.length > securityPolicy.passwordMaxLength) {
    problems.push(`密码不能超过 ${securityPolicy.passwordMaxLength} 位`);
  }
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) =>
    pattern.test(password),
  ).length;
  if (classes < securityPolicy.passwordMinCharacterClasses) {
    problems.push('密码须包含大写字母、小写字母、数字、特殊符号中的至少三类');
  }
  if (/\s/.test(password)) problems.push('密码不能包含空格');
  const username = context.username?.toLowerCase();
  if (username && username.length >= 3 && password.toLowerCase().includes(username)) {
    problems.push('密码不能包含用户名');
  }
  if (/(.)\1{3,}/.test(password)) problems.push('密码不能包含连续四个以上相同字符');
  return problems;
}

export interface LoginFailureState {
  failedLoginCount: number;
  lockedUntil: Date | null;
}

/**
 * What a wrong password does to an account's lockout state (GB/T 22239-2019 8.1.4.1 b):
 * the count goes up; the `maxFailedLogins`-th failure in a row locks the account for
 * `lockoutMinutes` and starts a fresh count; a lock that has run out starts a fresh count too.
 */
export function registerFailedLogin(
  state: LoginFailureState,
  now: Date,
): { failures: number; isNowLocked: boolean; next: LoginFailureState } {
  const previousFailures = state.lockedUntil ? 0 : state.failedLoginCount;
  const failures = previousFailures + 1;
  if (failures >= securityPolicy.maxFailedLogins) {
    return {
      failures,
      isNowLocked: true,
      next: {
        failedLoginCount: 0,
        lockedUntil: new Date(now.getTime() + securityPolicy.lockoutMinutes * 60_000),
      },
    };
  }
  return { failures, isNowLocked: false, next: { failedLoginCount: failures, lockedUntil: null } };
}

export function isLockedAt(state: LoginFailureState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil > now;
}
