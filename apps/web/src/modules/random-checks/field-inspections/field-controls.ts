import type { Dayjs } from 'dayjs';
import { dayjs } from '../../../lib/dates';

/** Large touch targets on a phone (antd's large controls are 40 px high). */
export const touch = { size: 'large' as const };

export const dateProps = {
  getValueProps: (value: string | null) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};

export const timeProps = {
  getValueProps: (value: string | null) => ({ value: value ? dayjs(`2000-01-01T${value}`) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('HH:mm') : null),
};

export interface DirtyProps {
  isDirty: boolean;
  onDirtyChange: (isDirty: boolean) => void;
}
