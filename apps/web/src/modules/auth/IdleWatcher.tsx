import { ClockCircleOutlined } from '@ant-design/icons';
import { Button, Modal, Space, Statistic, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, onApiRequest } from '../../api/client';
import {
  evaluateIdle,
  expiryReason,
  formatCountdown,
  type IdlePhase,
  idleMinutes,
  mergeSharedActivity,
  shouldSendKeepAlive,
} from './idle-timer';
import type { LoginPageState } from './navigation';
import { useLogout, useSession } from './session';

const sharedActivityKey = 'qingshan.lastActivityAt';
const activityEvents = ['mousedown', 'mousemove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
/** Mouse moves arrive many times a second; one record a second is plenty. */
const activityThrottleMs = 1_000;
const sharedWriteThrottleMs = 5_000;

function readShared(): string | null {
  try {
    return localStorage.getItem(sharedActivityKey);
  } catch {
    return null;
  }
}

function writeShared(at: number): void {
  try {
    localStorage.setItem(sharedActivityKey, String(at));
  } catch {
    // private mode: this tab keeps its own clock
  }
}

/**
 * Mirrors the server's idle limit (SYS-2) in the page: user input and API requests count as
 * activity (shared by every tab of the session); input is reported to the server at most once a
 * minute so it sees an active user as active; two minutes before the limit a countdown asks
 * whether to continue; at the limit the session is ended and the login page says why.
 */
export function IdleWatcher() {
  const { me } = useSession();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const idleTimeoutMs = me.idleTimeoutSeconds * 1000;
  const sessionExpiresAt = Date.parse(me.sessionExpiresAt);
  const minutes = idleMinutes(me.idleTimeoutSeconds);

  const lastActivityAt = useRef(Date.now());
  const lastRequestAt = useRef(Date.now());
  const lastSharedWriteAt = useRef(0);
  const isEnding = useRef(false);
  const [phase, setPhase] = useState<IdlePhase>({ phase: 'active', warnAt: 0, logoutAt: 0 });
  const isWarning = phase.phase === 'warning';
  const isWarningRef = useRef(false);
  isWarningRef.current = isWarning;
  const [isContinuing, setIsContinuing] = useState(false);

  const recordActivity = useCallback((at: number) => {
    lastActivityAt.current = Math.max(lastActivityAt.current, at);
    if (at - lastSharedWriteAt.current >= sharedWriteThrottleMs) {
      lastSharedWriteAt.current = at;
      writeShared(at);
    }
  }, []);

  // Requests: the server restarts its idle clock on each one.
  useEffect(
    () =>
      onApiRequest(({ at }) => {
        lastRequestAt.current = at;
        recordActivity(at);
      }),
    [recordActivity],
  );

  // User input, reported to the server when the last request is a minute old.
  useEffect(() => {
    let lastHandledAt = 0;
    const handle = () => {
      const now = Date.now();
      // While the countdown shows, only the button keeps the session: a stray mouse move must not.
      if (isWarningRef.current || isEnding.current || now - lastHandledAt < activityThrottleMs) return;
      lastHandledAt = now;
      recordActivity(now);
      if (shouldSendKeepAlive({ now, lastRequestAt: lastRequestAt.current, idleTimeoutMs })) {
        api.get('/api/auth/me').catch(() => undefined);
      }
    };
    for (const name of activityEvents)
      window.addEventListener(name, handle, { passive: true, capture: true });
    return () => {
      for (const name of activityEvents) window.removeEventListener(name, handle, { capture: true });
    };
  }, [recordActivity, idleTimeoutMs]);

  const endSession = useCallback(
    async (reason: 'idle' | 'session') => {
      if (isEnding.current) return;
      isEnding.current = true;
      await logout();
      const state: LoginPageState = {
        notice: reason === 'idle' ? t('auth.idle.loggedOut', { minutes }) : t('auth.sessionEnded'),
        noticeType: 'warning',
      };
      navigate('/login', { replace: true, state });
    },
    [logout, navigate, t, minutes],
  );

  // The clock: once a second, the latest activity of any tab against the limit.
  useEffect(() => {
    const tick = () => {
      if (isEnding.current) return;
      const now = Date.now();
      lastActivityAt.current = mergeSharedActivity(lastActivityAt.current, readShared(), now);
      const input = { now, lastActivityAt: lastActivityAt.current, idleTimeoutMs, sessionExpiresAt };
      const next = evaluateIdle(input);
      if (next.phase === 'expired') {
        void endSession(expiryReason(input));
        return;
      }
      setPhase((previous) =>
        previous.phase === next.phase &&
        (next.phase !== 'warning' ||
          (previous.phase === 'warning' && previous.secondsLeft === next.secondsLeft))
          ? previous
          : next,
      );
    };
    tick();
    const timer = window.setInterval(tick, 1_000);
    return () => window.clearInterval(timer);
  }, [idleTimeoutMs, sessionExpiresAt, endSession]);

  const logOutNow = async () => {
    isEnding.current = true;
    await logout();
    const state: LoginPageState = { notice: t('auth.loggedOut'), noticeType: 'info' };
    navigate('/login', { replace: true, state });
  };

  const keepSession = async () => {
    setIsContinuing(true);
    try {
      await api.get('/api/auth/me');
      const now = Date.now();
      lastSharedWriteAt.current = 0;
      recordActivity(now);
      setPhase({ phase: 'active', warnAt: 0, logoutAt: 0 });
    } catch {
      // a lost session is handled by AuthProblemHandler (login page with the server's message)
    } finally {
      setIsContinuing(false);
    }
  };

  return (
    <Modal
      open={isWarning}
      title={
        <Space>
          <ClockCircleOutlined style={{ color: '#faad14' }} />
          {t('auth.idle.title')}
        </Space>
      }
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      centered
      footer={[
        <Button key="logout" onClick={() => void logOutNow()}>
          {t('common.actions.logout')}
        </Button>,
        <Button key="continue" type="primary" loading={isContinuing} onClick={() => void keepSession()}>
          {t('auth.idle.continue')}
        </Button>,
      ]}
    >
      <div data-testid="idle-warning" role="alert">
        <Typography.Paragraph>{t('auth.idle.body', { minutes })}</Typography.Paragraph>
        <Statistic
          title={t('auth.idle.countdown')}
          value={formatCountdown(phase.phase === 'warning' ? phase.secondsLeft : 0)}
        />
      </div>
    </Modal>
  );
}
