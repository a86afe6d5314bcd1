import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { catalogueItems } from './catalogues';
import { regulatedEntities } from './entities';
import { agencies } from './org';
import { officers } from './personnel';
import { users } from './users';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/**
 * 双随机抽查计划 (DR-1): a yearly or special-campaign plan of one agency. The ratios are copied
 * from the province profile when the plan is made (a county may adjust its own where the profile
 * allows), so a published draw record stays reproducible after the profile changes.
 *
 * Lifecycle: draft → committed (the SHA-256 of the server secret is published, DR-3) → drawn
 * (public entropy entered, tasks made, the draw record published) → closed.
 */
export const randomCheckPlans = pgTable(
  'random_check_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** 2026-SJ-360121-003 style, unique per agency and year. */
    number: varchar('number', { length: 40 }).notNull(),
    title: text('title').notNull(),
    year: smallint('year').notNull(),
    /** yearly (年度计划) or special (专项计划). */
    kind: varchar('kind', { length: 16 }).notNull(),
    /** 1–4 when the plan draws key polluters for a quarter; null otherwise. */
    quarter: smallint('quarter'),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    /** The day inspections are planned to start: task lists stay secret until then (DR-4). */
    inspectionStartsOn: date('inspection_starts_on', { mode: 'string' }).notNull(),
    /** Results due (DR-5); a task without a result after it is overdue. */
    inspectionDueOn: date('inspection_due_on', { mode: 'string' }).notNull(),
    /** Results published by (DR-6). */
    publicationDueOn: date('publication_due_on', { mode: 'string' }).notNull(),
    /**
     * Which entities the draw picks from: region codes, industry codes, permit classes, flags
     * (the zod `randomCheckPoolFilterSchema` in @qingshan/domain).
     */
    poolFilter: jsonb('pool_filter').notNull(),
    /** 1 officer : N entities for general objects, from the profile (seed 002 二（二）). */
    ratioOfficers: integer('ratio_officers').notNull(),
    ratioEntities: integer('ratio_entities').notNull(),
    /** Share of the key-polluter list drawn this quarter, percent. */
    keyPolluterPercent: integer('key_polluter_percent').notNull(),
    /** Share of special-supervision objects drawn, percent. */
    specialObjectPercent: integer('special_object_percent').notNull(),
    minOfficersPerTask: smallint('min_officers_per_task').notNull(),
    /** Cross-region check: officers from the entity's own county are recused. */
    isCrossRegion: boolean('is_cross_region').notNull().default(false),
    /** 随机联查: the departments taking part (names), empty for the agency alone. */
    jointDepartments: text('joint_departments').array().notNull().default([]),
    /** draft, committed, drawn, closed. */
    status: varchar('status', { length: 16 }).notNull(),
    /** The server secret (hex), kept private until the draw; then published in the record. */
    secret: varchar('secret', { length: 64 }),
    /** SHA-256 of the secret, published before the draw (DR-3). */
    commitment: varchar('commitment', { length: 64 }),
    committedAt: timestamp('committed_at', { withTimezone: true }),
    /** What the people present entered at the draw (dice …). */
    publicEntropy: text('public_entropy'),
    /** Witnesses present at the draw (names as they want them published). */
    drawWitnesses: text('draw_witnesses'),
    seed: varchar('seed', { length: 64 }),
    algorithmVersion: varchar('algorithm_version', { length: 40 }),
    /** The published draw record (inputs, rules, result) that `npm run draw:verify` recomputes. */
    drawRecord: jsonb('draw_record'),
    drawnAt: timestamp('drawn_at', { withTimezone: true }),
    drawnBy: uuid('drawn_by').references(() => users.id),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('random_check_plans_number_idx').on(table.agencyId, table.number),
    index('random_check_plans_agency_year_idx').on(table.agencyId, table.year),
    // The plan list's default order (newest first, then id): a page is read off the index
    // instead of sorting a province's thousands of plans.
    index('random_check_plans_created_idx').on(table.createdAt.desc().nullsFirst(), table.id),
  ],
);

/** The items of the random-inspection item list (CAT-2) a plan checks. */
export const randomCheckPlanItems = pgTable(
  'random_check_plan_items',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => randomCheckPlans.id),
    catalogueItemId: uuid('catalogue_item_id')
      .notNull()
      .references(() => catalogueItems.id),
    /** The specialty an officer of the task must have for this item (personnel vocabulary). */
    requiredSpecialty: varchar('required_specialty', { length: 40 }),
  },
  (table) => [primaryKey({ columns: [table.planId, table.catalogueItemId] })],
);

/**
 * 抽查任务: one visit to one drawn entity carrying all the plan's items that apply to it
 * (一次检查、全面体检), with two or more officers.
 */
export const randomCheckTasks = pgTable(
  'random_check_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => randomCheckPlans.id),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => regulatedEntities.id),
    /** The plan's agency, denormalised for jurisdiction filters. */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** general, key_polluter, special: the stratum the entity was drawn in. */
    stratum: varchar('stratum', { length: 16 }).notNull(),
    /** Position in the draw's result (1-based), as the record lists it. */
    position: integer('position').notNull(),
    /** Catalogue item ids this visit checks. */
    itemIds: uuid('item_ids').array().notNull(),
    /** pending, recorded (record filled, awaiting both confirmations), completed. */
    status: varchar('status', { length: 16 }).notNull(),
    /** no_problem, problem_found, entity_closed (停产/关闭/查无此户). */
    outcome: varchar('outcome', { length: 24 }),
    inspectedOn: date('inspected_on', { mode: 'string' }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** DR-6: the result shown on the public page. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('random_check_tasks_plan_entity_idx').on(table.planId, table.entityId),
    index('random_check_tasks_agency_idx').on(table.agencyId, table.status),
    index('random_check_tasks_entity_idx').on(table.entityId),
    // Completed results not yet published (DR-6: the publication list and the to-do list): a
    // county's few dozen among its three years of completed tasks.
    index('random_check_tasks_unpublished_idx')
      .on(table.agencyId)
      .where(sql`${table.status} = 'completed' AND ${table.publishedAt} IS NULL`),
  ],
);

export const randomCheckTaskOfficers = pgTable(
  'random_check_task_officers',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => randomCheckTasks.id),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    /** lead (主查) or member. */
    role: varchar('role', { length: 16 }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.taskId, table.officerId] }),
    index('random_check_task_officers_officer_idx').on(table.officerId),
  ],
);

/**
 * 回避: an officer's declared conflict of interest with an entity (relatives, former employer,
 * …); the draw never assigns them to it (DR-2).
 */
export const officerConflicts = pgTable(
  'officer_conflicts',
  {
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => regulatedEntities.id),
    reason: text('reason').notNull(),
    declaredOn: date('declared_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.officerId, table.entityId] }),
    index('officer_conflicts_entity_idx').on(table.entityId),
  ],
);

/**
 * 现场检查笔录 (DR-5): the record of one task's visit, filled on a phone; complete when every
 * assigned officer has confirmed it.
 */
export const inspectionRecords = pgTable(
  'inspection_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => randomCheckTasks.id),
    inspectedOn: date('inspected_on', { mode: 'string' }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    location: text('location'),
    /** The entity's person present (被检查单位现场负责人) and their position. */
    personPresent: text('person_present'),
    personPresentPosition: text('person_present_position'),
    personPresentIdNumber: text('person_present_id_number'),
    personPresentPhone: text('person_present_phone'),
    /** 出示执法证件 (行政处罚法 art. 55): [{ officerId, certificateNumber }]. */
    certificatesShown: jsonb('certificates_shown').notNull().default([]),
    /** 告知权利义务 incl. 陈述、申辩权: when the party was informed. */
    rightsInformedAt: timestamp('rights_informed_at', { withTimezone: true }),
    /** 回避 (行政处罚法 art. 43): { isAsked, answer, officerId, outcome, note }. */
    recusal: jsonb('recusal'),
    /** Grows by one per saved change; an offline draft names the revision it was edited from. */
    revision: integer('revision').notNull().default(0),
    /** The client-made id of the draft version last saved: a repeated sync is answered unchanged. */
    lastDraftId: uuid('last_draft_id'),
    /** Per item: { itemId, result: 'compliant' | 'non_compliant' | 'not_applicable', note }. */
    itemResults: jsonb('item_results').notNull(),
    /** What the officers saw, in their words. */
    observations: text('observations'),
    /** no_problem, problem_found, entity_closed. */
    outcome: varchar('outcome', { length: 24 }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('inspection_records_task_idx').on(table.taskId)],
);

/** Each assigned officer confirms the record (both sign: 执法人员签名). */
export const inspectionRecordConfirmations = pgTable(
  'inspection_record_confirmations',
  {
    recordId: uuid('record_id')
      .notNull()
      .references(() => inspectionRecords.id),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    userId: uuid('user_id').references(() => users.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.recordId, table.officerId] })],
);

/**
 * A signature on the record, drawn on the phone (PNG, fingerprinted like photos): one per officer
 * (`signer_key` = the officer's id) and one of the person present (`signer_key` =
 * 'person_present'), who may refuse — then the refusal, its circumstances and the witness are kept.
 */
export const inspectionRecordSignatures = pgTable(
  'inspection_record_signatures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => inspectionRecords.id),
    /** officer, person_present. */
    signer: varchar('signer', { length: 20 }).notNull(),
    officerId: uuid('officer_id').references(() => officers.id),
    signerKey: varchar('signer_key', { length: 40 }).notNull(),
    /** The person present's name as recorded when they signed; the officer's name for an officer. */
    signerName: text('signer_name'),
    content: bytea('content'),
    byteSize: integer('byte_size'),
    sha256: varchar('sha256', { length: 64 }),
    isRefused: boolean('is_refused').notNull().default(false),
    refusalNote: text('refusal_note'),
    witness: text('witness'),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    /** The account on whose phone it was drawn. */
    createdBy: uuid('created_by').references(() => users.id),
  },
  (table) => [uniqueIndex('inspection_record_signatures_signer_idx').on(table.recordId, table.signerKey)],
);

/** A photo taken on site, with its SHA-256 fingerprint computed on receipt. */
export const inspectionPhotos = pgTable(
  'inspection_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => inspectionRecords.id),
    fileName: text('file_name').notNull(),
    mediaType: varchar('media_type', { length: 40 }).notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: varchar('sha256', { length: 64 }).notNull(),
    content: bytea('content').notNull(),
    caption: text('caption'),
    takenAt: timestamp('taken_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('inspection_photos_record_idx').on(table.recordId)],
);

/**
 * A problem found on site. Its disposition makes a rectification item, a case referral, or both
 * (DR-5 in docs/FEATURES.md: "a finding becomes a case, a rectification or both"); the rectification and
 * case modules pick these up by `disposition` and `handledAt`.
 */
export const inspectionFindings = pgTable(
  'inspection_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => inspectionRecords.id),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => regulatedEntities.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    catalogueItemId: uuid('catalogue_item_id').references(() => catalogueItems.id),
    description: text('description').notNull(),
    /** rectification, case_referral, both. */
    disposition: varchar('disposition', { length: 24 }).notNull(),
    /** For a rectification: the date it must be corrected by. */
    rectificationDueOn: date('rectification_due_on', { mode: 'string' }),
    /** When a later module took it up (case opened, rectification tracked). */
    handledAt: timestamp('handled_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('inspection_findings_agency_idx').on(table.agencyId, table.disposition),
    index('inspection_findings_entity_idx').on(table.entityId),
    // A record's findings (the publication list counts them per task): without it, a scan of every finding per row.
    index('inspection_findings_record_idx').on(table.recordId),
  ],
);

/**
 * A draw annulled before its inspection day (made in error: a wrong ratio, a wrong pool …) by the
 * plan's owning head, with the reason. The plan goes back to draft without a secret, so a new draw
 * needs a new commitment; this row keeps what was published of the old one, and the public page
 * lists it (annulled, when, why) so an annulment cannot be hidden.
 */
export const randomCheckAnnulledDraws = pgTable(
  'random_check_annulled_draws',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => randomCheckPlans.id),
    commitment: varchar('commitment', { length: 64 }).notNull(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
    /** Kept for the audit: the old secret and record are never reused. */
    secret: varchar('secret', { length: 64 }),
    publicEntropy: text('public_entropy'),
    seed: varchar('seed', { length: 64 }),
    drawRecord: jsonb('draw_record'),
    drawnAt: timestamp('drawn_at', { withTimezone: true }),
    taskCount: integer('task_count').notNull(),
    reason: text('reason').notNull(),
    annulledAt: timestamp('annulled_at', { withTimezone: true }).notNull(),
    annulledBy: uuid('annulled_by').references(() => users.id),
  },
  (table) => [index('random_check_annulled_draws_plan_idx').on(table.planId)],
);
