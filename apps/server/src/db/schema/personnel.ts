import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { nameSortKey } from './columns';
import { regulatedEntities } from './entities';
import { agencies } from './org';
import { users } from './users';

/**
 * 执法人员名录库 (ORG-3, seeds 002 and 004): every enforcement officer with a real-name number
 * (实名制编号, seed 004 item 17), certificates, qualification, specialties and status.
 */
export const officers = pgTable(
  'officers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** The platform account of this officer, if any. */
    userId: uuid('user_id').references(() => users.id),
    realNameNumber: varchar('real_name_number', { length: 24 }).notNull(),
    name: text('name').notNull(),
    nameSortKey: nameSortKey('name_sort_key'),
    gender: varchar('gender', { length: 8 }).notNull(),
    birthYear: integer('birth_year'),
    phone: text('phone'),
    /** 岗位, e.g. 支队长, 大队长, 执法人员, 法制审核. */
    post: text('post').notNull(),
    /** on_duty (在岗), seconded (借调), on_leave (休假), departed (离岗). */
    status: varchar('status', { length: 16 }).notNull().default('on_duty'),
    certificateNumber: varchar('certificate_number', { length: 40 }),
    certificateIssuer: text('certificate_issuer'),
    certificateValidFrom: date('certificate_valid_from', { mode: 'string' }),
    certificateValidUntil: date('certificate_valid_until', { mode: 'string' }),
    /** 现场监测上岗证 (seed 003: 执法人员持有现场监测上岗证). */
    monitoringCertificateNumber: varchar('monitoring_certificate_number', { length: 40 }),
    monitoringCertificateValidUntil: date('monitoring_certificate_valid_until', { mode: 'string' }),
    /** 国家统一法律职业资格 (seed 004 item 17). */
    hasLegalQualification: boolean('has_legal_qualification').notNull().default(false),
    legalQualificationNumber: varchar('legal_qualification_number', { length: 40 }),
    specialties: text('specialties').array().notNull().default([]),
    /** 骨干库 (seed 004 item 8). */
    isBackbone: boolean('is_backbone').notNull().default(false),
    backboneSince: date('backbone_since', { mode: 'string' }),
    /**
     * Which pool, when `isBackbone`: `province` (the provincial pool the provincial enforcement
     * bureau manages and deploys, seed 004 item 8 and 四(三)) or `city` (a city's own backbone,
     * seed 001 art. 7; seed 004 四(三) 传帮带).
     */
    backbonePool: varchar('backbone_pool', { length: 16 }),
    joinedOn: date('joined_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('officers_real_name_number_idx').on(table.realNameNumber),
    uniqueIndex('officers_user_id_idx').on(table.userId),
    index('officers_agency_idx').on(table.agencyId),
    index('officers_certificate_until_idx').on(table.certificateValidUntil),
    index('officers_name_sort_idx').on(table.nameSortKey),
  ],
);

/**
 * 借调 (seed 004 item 17): over one year needs the provincial enforcement bureau's approval;
 * leaving the city must be filed with it.
 */
export const officerSecondments = pgTable(
  'officer_secondments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    hostOrganisation: text('host_organisation').notNull(),
    reason: text('reason'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    plannedEndsOn: date('planned_ends_on', { mode: 'string' }).notNull(),
    returnedOn: date('returned_on', { mode: 'string' }),
    leavesCity: boolean('leaves_city').notNull().default(false),
    approvalDocument: text('approval_document'),
    approvedOn: date('approved_on', { mode: 'string' }),
    /** The provincial enforcement bureau's user who recorded the approval. */
    approvedBy: uuid('approved_by').references(() => users.id),
    filedOn: date('filed_on', { mode: 'string' }),
    /** The user who recorded the filing with the provincial enforcement bureau. */
    filedBy: uuid('filed_by').references(() => users.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('officer_secondments_officer_idx').on(table.officerId)],
);

/** Training records (seed 004 四(二): 入职岗位培训、专业知识培训、专项执法培训). */
export const officerTrainings = pgTable(
  'officer_trainings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    title: text('title').notNull(),
    kind: varchar('kind', { length: 24 }).notNull(),
    organiser: text('organiser').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    hours: integer('hours').notNull(),
    isPassed: boolean('is_passed').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('officer_trainings_officer_idx').on(table.officerId)],
);

/** Awards (seed 004 item 19: 记功、嘉奖、通报表扬). */
export const officerAwards = pgTable(
  'officer_awards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    title: text('title').notNull(),
    /** merit (记功), commendation (嘉奖), praise (通报表扬) — seed 004 item 19. */
    kind: varchar('kind', { length: 16 }).notNull().default('praise'),
    awardedOn: date('awarded_on', { mode: 'string' }).notNull(),
    awardedBy: text('awarded_by').notNull(),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('officer_awards_officer_idx').on(table.officerId)],
);

/** 执法编制 per agency: the denominator of the vacancy rate (seed 004 item 17: 空编率 ≤ 5 %). */
export const agencyStaffing = pgTable('agency_staffing', {
  agencyId: uuid('agency_id')
    .primaryKey()
    .references(() => agencies.id),
  authorizedPositions: integer('authorized_positions').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * 监管责任人: the officers responsible for supervising an entity day to day (grid supervision,
 * seed 003). Assigning an officer is an enforcement act: the certificate must be valid that day
 * (ORG-3: expired officers cannot be assigned).
 */
export const entitySupervisors = pgTable(
  'entity_supervisors',
  {
    entityId: uuid('entity_id')
      .notNull()
      .references(() => regulatedEntities.id),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    assignedOn: date('assigned_on', { mode: 'string' }).notNull(),
    assignedBy: uuid('assigned_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('entity_supervisors_pair_idx').on(table.entityId, table.officerId),
    index('entity_supervisors_officer_idx').on(table.officerId),
  ],
);
