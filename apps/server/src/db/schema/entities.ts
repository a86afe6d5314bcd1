import {
  boolean,
  date,
  doublePrecision,
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
import { bytea, nameSortKey } from './columns';
import { agencies, regions } from './org';
import { users } from './users';

/**
 * 监管对象名录库 (REG-1): one row per regulated entity, owned by the agency whose jurisdiction it
 * lies in (a county bureau, a development-zone bureau, or the field office covering its town).
 */
export const regulatedEntities = pgTable(
  'regulated_entities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    creditCode: varchar('credit_code', { length: 18 }).notNull(),
    name: text('name').notNull(),
    /** Pinyin of the name (lib/name-sort-key), what lists sort by; written with the name. */
    nameSortKey: nameSortKey('name_sort_key'),
    legalRepresentative: text('legal_representative'),
    address: text('address'),
    /** The town when known, else the county (GB/T 2260 / statistical code). */
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    /** The county-level division, kept for stratified draws per county (DR-2). */
    countyCode: varchar('county_code', { length: 6 }).notNull(),
    ownerAgencyId: uuid('owner_agency_id')
      .notNull()
      .references(() => agencies.id),
    /** GB/T 4754-2017 class (4 digits) or division (2 digits). */
    industryCode: varchar('industry_code', { length: 4 }).notNull(),
    permitNumber: varchar('permit_number', { length: 40 }),
    /** 排污许可管理类别: key (重点管理), simplified (简化管理), registration (登记管理). */
    permitClass: varchar('permit_class', { length: 16 }),
    permitValidUntil: date('permit_valid_until', { mode: 'string' }),
    isSpecialSupervision: boolean('is_special_supervision').notNull().default(false),
    specialSupervisionReason: text('special_supervision_reason'),
    hasAutomaticMonitoring: boolean('has_automatic_monitoring').notNull().default(false),
    isMonitoringNetworked: boolean('is_monitoring_networked').notNull().default(false),
    /** operating (在产), suspended (停产), closed (关闭), under_construction (在建). */
    operatingStatus: varchar('operating_status', { length: 24 }).notNull().default('operating'),
    longitude: doublePrecision('longitude'),
    latitude: doublePrecision('latitude'),
    contactPerson: text('contact_person'),
    contactPhone: text('contact_phone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('regulated_entities_credit_code_idx').on(table.creditCode),
    index('regulated_entities_owner_idx').on(table.ownerAgencyId),
    index('regulated_entities_county_idx').on(table.countyCode),
    index('regulated_entities_industry_idx').on(table.industryCode),
    index('regulated_entities_name_idx').on(table.name),
    index('regulated_entities_name_sort_idx').on(table.nameSortKey),
  ],
);

/** 重点排污单位名录 by medium and year (REG-1): water, air, soil, noise, environmental_risk. */
export const keyPolluterListings = pgTable(
  'key_polluter_listings',
  {
    entityId: uuid('entity_id')
      .notNull()
      .references(() => regulatedEntities.id),
    year: smallint('year').notNull(),
    medium: varchar('medium', { length: 24 }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.entityId, table.year, table.medium] }),
    index('key_polluter_listings_year_idx').on(table.year, table.medium),
  ],
);

/**
 * The entity's history (REG-2): every module adds its acts here — inspections, violations,
 * cases, penalties, rectifications, complaints, interviews, cards, credit. `compliance` feeds the
 * quarter-by-quarter compliance strip.
 */
export const entityEvents = pgTable(
  'entity_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => regulatedEntities.id),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    kind: varchar('kind', { length: 32 }).notNull(),
    title: text('title').notNull(),
    detail: text('detail'),
    /** compliant, minor_issue, violation, serious_violation; null when the event says nothing about compliance. */
    compliance: varchar('compliance', { length: 24 }),
    sourceType: varchar('source_type', { length: 32 }),
    sourceId: text('source_id'),
    agencyId: uuid('agency_id').references(() => agencies.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('entity_events_entity_idx').on(table.entityId, table.occurredOn)],
);

/**
 * A bulk import (REG-5): validated as a whole, applied in one transaction or not at all. The
 * row-by-row report (row, column, reason) is kept for the person who uploaded the file.
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: varchar('kind', { length: 32 }).notNull(),
    fileName: text('file_name').notNull(),
    /** validating, importing, completed, rejected (bad rows, nothing changed), failed. */
    status: varchar('status', { length: 16 }).notNull(),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    errorCount: integer('error_count').notNull().default(0),
    /** The first errors, `{ row, column, value, message }[]`; the count is in errorCount. */
    errors: jsonb('errors').notNull().default([]),
    createdCount: integer('created_count').notNull().default(0),
    updatedCount: integer('updated_count').notNull().default(0),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /**
     * The uploaded file, kept here (not in one process's memory) so that whichever server process
     * runs the job can read it, and a retried job reads it again; emptied once the job has ended.
     */
    file: bytea('file'),
  },
  (table) => [index('import_jobs_agency_idx').on(table.agencyId, table.createdAt)],
);

/**
 * The full row-by-row report of a rejected import (REG-5); `import_jobs.errors` keeps the first
 * 1,000 for the page, this table every one of them for the Excel report.
 */
export const importJobErrors = pgTable(
  'import_job_errors',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => importJobs.id),
    /** Order within the report: by row, then by column. */
    position: integer('position').notNull(),
    /** The row as numbered in the spreadsheet (the header is row 1). */
    rowNumber: integer('row_number').notNull(),
    /** The Chinese column header, or null when the problem concerns the whole row or file. */
    columnHeader: text('column_header'),
    value: text('value'),
    message: text('message').notNull(),
  },
  (table) => [primaryKey({ columns: [table.jobId, table.position] })],
);
