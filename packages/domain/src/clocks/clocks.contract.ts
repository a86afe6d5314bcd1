import { z } from 'zod';
import { isoDateSchema } from '../common/index';
import { todoKinds } from '../todos/index';

/**
 * A subject's statutory clocks as its page shows them (SYS-3): the rule and its basis with the
 * article, started, due, days left, the pauses and extensions, and the domain model's per-day
 * explanation, so a person can check the due day against the calendar.
 */
export const clockViewStatuses = [
  'running',
  'paused',
  'due_today',
  'overdue',
  'met',
  'met_late',
  'cancelled',
] as const;
export type ClockViewStatus = (typeof clockViewStatuses)[number];

export const clockDayKinds = [
  'event_day',
  'counted',
  'rest_day_not_counted',
  'paused',
  'rolled_forward',
  'due',
] as const;

export const subjectClockSchema = z.object({
  id: z.string().uuid(),
  kind: z.enum(todoKinds),
  ruleKey: z.string(),
  /** The rule's name and its legal basis (with the article), as they applied when the clock started. */
  label: z.string(),
  basis: z.string(),
  /** What it is about (the entity of a task). */
  subject: z.string(),
  startedOn: isoDateSchema,
  dueOn: isoDateSchema.nullable(),
  /** Counting days from today to the due day; negative once overdue; null once stopped or while paused. */
  daysLeft: z.number().int().nullable(),
  status: z.enum(clockViewStatuses),
  pauses: z.array(z.object({ from: isoDateSchema, to: isoDateSchema.nullable(), reason: z.string() })),
  extensions: z.array(
    z.object({ step: z.number().int(), approvedOn: isoDateSchema, approvedBy: z.string() }),
  ),
  /** The day it stopped: met, or cancelled when the subject went away. */
  metOn: isoDateSchema.nullable(),
  escalatedAt: z.string().nullable(),
  days: z.array(
    z.object({
      date: isoDateSchema,
      kind: z.enum(clockDayKinds),
      count: z.number().int().optional(),
      note: z.string().optional(),
    }),
  ),
});
export type SubjectClock = z.infer<typeof subjectClockSchema>;

export const subjectClockListSchema = z.object({ items: z.array(subjectClockSchema) });
export type SubjectClockList = z.infer<typeof subjectClockListSchema>;
