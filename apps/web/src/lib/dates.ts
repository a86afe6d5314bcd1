import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every date and time is shown as it is in China, whatever the device's zone. */
export const businessTimeZone = 'Asia/Shanghai';

export function inShanghai(moment: string | Date | Dayjs): Dayjs {
  return dayjs(moment).tz(businessTimeZone);
}

export function formatDateTime(moment: string | null | undefined): string {
  return moment ? inShanghai(moment).format('YYYY-MM-DD HH:mm') : '';
}

export function formatDateTimeSeconds(moment: string | null | undefined): string {
  return moment ? inShanghai(moment).format('YYYY-MM-DD HH:mm:ss') : '';
}

export function formatDate(moment: string | null | undefined): string {
  return moment ? inShanghai(moment).format('YYYY-MM-DD') : '';
}

export function formatTime(moment: string | null | undefined): string {
  return moment ? inShanghai(moment).format('HH:mm') : '';
}

/** Today's business date, `YYYY-MM-DD`. */
export function todayInShanghai(): string {
  return dayjs().tz(businessTimeZone).format('YYYY-MM-DD');
}

/** Whole days from now until `moment` (negative when past), counted in Shanghai dates. */
export function daysUntil(moment: string, now: Date = new Date()): number {
  const target = inShanghai(moment).startOf('day');
  const today = inShanghai(now).startOf('day');
  return target.diff(today, 'day');
}

export function setDateLocale(language: 'zh-CN' | 'en-US'): void {
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
}

export { dayjs };
