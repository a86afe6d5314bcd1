/**
 * Idle logout (SYS-2; GB/T 22239-2019 8.1.4.1 b: 连接超时自动退出). The server ends a session after
 * `idleTimeoutSeconds` without a request; the page mirrors that clock so the user is warned before
 * and sent to the login page at the limit, instead of meeting a refused request later.
 *
 * Pure functions only: the component (IdleWatcher) feeds them the clock and the activity times.
 */

/** The warning shows this long before the limit (2 minutes), or a quarter of a very short limit. */
export function warningLeadMs(idleTimeoutMs: number): number {
  return Math.min(120_000, Math.floor(idleTimeoutMs / 4));
}

/**
 * The server records a session's last request at most once a minute (auth.plugin touchIntervalMs),
 * so user activity is reported with a light request (/api/auth/me) when the last request is at
 * least this old: the server then sees the user as active.
 */
export function keepAliveIntervalMs(idleTimeoutMs: number): number {
  return Math.min(60_000, Math.floor(idleTimeoutMs / 10));
}

export type IdlePhase =
  | { phase: 'active'; warnAt: number; logoutAt: number }
  | { phase: 'warning'; logoutAt: number; secondsLeft: number }
  | { phase: 'expired' };

export interface IdleInput {
  now: number;
  /** Last mouse/key/touch input or API request, in ms since the epoch. */
  lastActivityAt: number;
  idleTimeoutMs: number;
  /** The session's absolute end (12 hours after login); it ends then whatever the activity. */
  sessionExpiresAt?: number;
}

export function evaluateIdle(input: IdleInput): IdlePhase {
  const idleLogoutAt = input.lastActivityAt + input.idleTimeoutMs;
  const logoutAt =
    input.sessionExpiresAt !== undefined ? Math.min(idleLogoutAt, input.sessionExpiresAt) : idleLogoutAt;
  if (input.now >= logoutAt) return { phase: 'expired' };
  const warnAt = logoutAt - warningLeadMs(input.idleTimeoutMs);
  if (input.now >= warnAt) {
    return { phase: 'warning', logoutAt, secondsLeft: Math.ceil((logoutAt - input.now) / 1000) };
  }
  return { phase: 'active', warnAt, logoutAt };
}

/** Why the session ends: the idle limit, or the absolute session length. */
export function expiryReason(input: IdleInput): 'idle' | 'session' {
  const idleLogoutAt = input.lastActivityAt + input.idleTimeoutMs;
  return input.sessionExpiresAt !== undefined && input.sessionExpiresAt < idleLogoutAt ? 'session' : 'idle';
}

/** Whether a user input should be reported to the server now. */
export function shouldSendKeepAlive(input: {
  now: number;
  lastRequestAt: number;
  idleTimeoutMs: number;
}): boolean {
  return input.now - input.lastRequestAt >= keepAliveIntervalMs(input.idleTimeoutMs);
}

/** `m:ss` for the countdown. */
export function formatCountdown(secondsLeft: number): string {
  const seconds = Math.max(0, Math.ceil(secondsLeft));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The limit in whole minutes for messages ("超过 30 分钟未操作"); at least 1. */
export function idleMinutes(idleTimeoutSeconds: number): number {
  return Math.max(1, Math.round(idleTimeoutSeconds / 60));
}

/**
 * Several tabs share one session: the latest activity of any of them counts. Returns the later of
 * this tab's time and the one another tab stored (ignoring unreadable values and the future).
 */
export function mergeSharedActivity(local: number, stored: string | null, now: number): number {
  if (!stored) return local;
  const shared = Number(stored);
  if (!Number.isFinite(shared) || shared > now + 5_000) return local;
  return Math.max(local, shared);
}
