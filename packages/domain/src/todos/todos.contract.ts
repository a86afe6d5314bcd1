import { z } from 'zod';
import { isoDateSchema } from '../common/common.contract';

/**
 * The to-do workbench (SYS-3): what a user has to do, from the deadlines of the areas they work
 * in, strictly within their jurisdiction and role.
 */
export const todoKinds = [
  'inspection_record',
  'results_publication',
  'report_submission',
  // From statutory clocks (modules/clocks): an officer's certificate, a secondment, a card.
  'certificate_expiry',
  'secondment_approval',
  'card_rectification',
] as const;
export type TodoKind = (typeof todoKinds)[number];

export const todoItemSchema = z.object({
  kind: z.enum(todoKinds),
  /** Stable per subject: the task, the result or the report period. */
  key: z.string(),
  /** What is to be done, in Chinese (the entity or the report's title). */
  subject: z.string(),
  /** The plan, agency or period it belongs to, in Chinese. */
  context: z.string(),
  dueOn: isoDateSchema,
  /** Calendar days from today; 0 on the due day, negative once overdue. */
  daysLeft: z.number().int(),
  isOverdue: z.boolean(),
  /** The rule the due date comes from, in Chinese. */
  basis: z.string(),
  /** The page where it is done. */
  path: z.string(),
  /**
   * Set when the item is a subordinate agency's and overdue: it is escalated to the superior's
   * list (the agency named is the one that must act).
   */
  escalatedFrom: z.string().nullable(),
});
export type TodoItem = z.infer<typeof todoItemSchema>;

export const todoListSchema = z.object({
  items: z.array(todoItemSchema),
  counts: z.object({ total: z.number().int(), overdue: z.number().int(), dueWithinWeek: z.number().int() }),
});
export type TodoList = z.infer<typeof todoListSchema>;
