import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesAfter, latestAuditId } from '../../test/test-fixtures';
import { createTestServer, type TestServer } from '../../test/test-server';

/**
 * Who reaches which route (三员分立 and the business roles), for every route of the API. The
 * expectations are written out here rather than derived from @qingshan/domain permissionRoles, so
 * that a change to that table shows up as a failing test someone has to agree with.
 *
 * Allowed writes are sent with a body or path the schema rejects: the permission check runs
 * first, so an allowed role gets a 400 and a refused one a 403, and nothing is changed either way.
 */
type Who =
  | 'system'
  | 'security'
  | 'audit'
  | 'head'
  | 'inspector'
  | 'police'
  | 'hotline'
  | 'legal'
  | 'supervisor';

const accounts: Record<Who, string> = {
  system: 'admin',
  security: 'security',
  audit: 'auditor',
  head: 'nc.head',
  inspector: 'ncx.inspector',
  police: 'police.nc',
  hotline: 'nc.hotline',
  legal: 'nc.legal',
  supervisor: 'jx.supervisor',
};
const everyone = Object.keys(accounts) as Who[];
const allButAudit = everyone.filter((who) => who !== 'audit');

interface RouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As the OpenAPI description names it. */
  path: string;
  url: string;
  body?: unknown;
  allowed: Who[] | 'public';
}

const routes: RouteCase[] = [
  { method: 'GET', path: '/api/health', url: '/api/health', allowed: 'public' },
  { method: 'POST', path: '/api/auth/login', url: '/api/auth/login', body: {}, allowed: 'public' },
  { method: 'GET', path: '/api/auth/me', url: '/api/auth/me', allowed: everyone },
  { method: 'GET', path: '/api/todos', url: '/api/todos', allowed: everyone },
  { method: 'GET', path: '/api/notifications', url: '/api/notifications', allowed: everyone },
  {
    method: 'POST',
    path: '/api/notifications/read',
    url: '/api/notifications/read',
    body: { ids: [] },
    allowed: everyone,
  },
  { method: 'POST', path: '/api/auth/password', url: '/api/auth/password', body: {}, allowed: everyone },
  {
    method: 'PATCH',
    path: '/api/auth/profile',
    url: '/api/auth/profile',
    body: { phone: 'x' },
    allowed: everyone,
  },
  // Logout ends the session: checked last, for everyone, below.
  { method: 'GET', path: '/api/profile', url: '/api/profile', allowed: allButAudit },
  { method: 'GET', path: '/api/regions', url: '/api/regions', allowed: allButAudit },
  { method: 'GET', path: '/api/regions/{code}', url: '/api/regions/360121', allowed: allButAudit },
  { method: 'GET', path: '/api/agencies', url: '/api/agencies', allowed: allButAudit },
  { method: 'GET', path: '/api/agencies/{id}', url: '/api/agencies/x', allowed: allButAudit },
  { method: 'PATCH', path: '/api/agencies/{id}', url: '/api/agencies/x', body: {}, allowed: ['system'] },
  { method: 'POST', path: '/api/agencies', url: '/api/agencies', body: {}, allowed: ['system'] },
  { method: 'GET', path: '/api/users', url: '/api/users', allowed: ['system', 'security', 'head'] },
  {
    method: 'GET',
    path: '/api/users/export.xlsx',
    url: '/api/users/export.xlsx?q=ncx.',
    allowed: ['system', 'security', 'head'],
  },
  { method: 'GET', path: '/api/users/{id}', url: '/api/users/x', allowed: ['system', 'security', 'head'] },
  { method: 'POST', path: '/api/users', url: '/api/users', body: {}, allowed: ['system'] },
  { method: 'PATCH', path: '/api/users/{id}', url: '/api/users/x', body: {}, allowed: ['system'] },
  {
    method: 'POST',
    path: '/api/users/{id}/password-reset',
    url: '/api/users/x/password-reset',
    body: {},
    allowed: ['system'],
  },
  {
    method: 'PUT',
    path: '/api/users/{id}/roles',
    url: '/api/users/x/roles',
    body: {},
    allowed: ['security'],
  },
  {
    method: 'POST',
    path: '/api/users/{id}/unlock',
    url: '/api/users/x/unlock',
    body: {},
    allowed: ['security'],
  },
  {
    method: 'POST',
    path: '/api/users/{id}/sessions/end',
    url: '/api/users/x/sessions/end',
    body: {},
    allowed: ['security'],
  },
  { method: 'GET', path: '/api/audit', url: '/api/audit', allowed: ['audit'] },
  {
    method: 'GET',
    path: '/api/audit/export.xlsx',
    url: '/api/audit/export.xlsx?actor=nobody',
    allowed: ['audit'],
  },
  { method: 'POST', path: '/api/audit/verify', url: '/api/audit/verify', body: {}, allowed: ['audit'] },
  { method: 'GET', path: '/api/calendar/{year}', url: '/api/calendar/2026', allowed: everyone },
  {
    method: 'GET',
    path: '/api/calendar/deadline',
    url: '/api/calendar/deadline?start=2026-11-20&amount=5&unit=working_day',
    allowed: everyone,
  },
  {
    method: 'PUT',
    path: '/api/calendar/overrides',
    url: '/api/calendar/overrides',
    body: {},
    allowed: ['system'],
  },
  {
    method: 'DELETE',
    path: '/api/calendar/overrides/{date}',
    url: '/api/calendar/overrides/not-a-date',
    allowed: ['system'],
  },
  {
    method: 'POST',
    path: '/api/calendar/{year}/confirm',
    url: '/api/calendar/1999/confirm',
    body: {},
    allowed: ['system'],
  },
  // Commitments and credit (REG-3, REG-4)
  ...creditRoutes(),
  // Published lists (CAT-1 … CAT-5)
  ...catalogueRoutes(),
  // Personnel (ORG-3) and the supervising officers of an entity
  ...personnelRoutes(),
  // Equipment (ORG-4) and capacity indicators (EVAL-3)
  ...equipmentAndCapacityRoutes(),
  // Regulated entities (REG-1, REG-2, REG-5 export)
  ...entityRegistryRoutes(),
  // Bulk import of regulated entities (REG-5)
  ...entityImportRoutes(),
  // random checks: plans, commitment, draw, tasks (DR-1 … DR-4)
  ...randomCheckPlanRoutes(),
  // random checks: publication, public results, monthly/yearly tables (DR-6, DR-7)
  ...randomCheckPublicationAndReportRoutes(),
  // random checks: field inspection record (DR-5)
  ...fieldInspectionRoutes(),
];
const logoutRoute = { method: 'POST', path: '/api/auth/logout' };

/**
 * Random-check plans, the commitment, the draw and tasks (DR-1 … DR-4): readers see plans of their
 * scope (task.policy.ts narrows the tasks); the agency head makes plans and draws; inspectors and
 * heads read their own tasks. nc.legal is also an inspector.
 */
function randomCheckPlanRoutes(): RouteCase[] {
  const readers: Who[] = ['head', 'inspector', 'legal', 'supervisor'];
  const managers: Who[] = ['head'];
  const inspectors: Who[] = ['head', 'inspector', 'legal'];
  const plan = '/api/random-checks/plans/{id}';
  const at = '/api/random-checks/plans/x';
  return [
    {
      method: 'GET',
      path: '/api/random-checks/plans',
      url: '/api/random-checks/plans?q=nobody',
      allowed: readers,
    },
    {
      method: 'GET',
      path: '/api/random-checks/plans/export.xlsx',
      url: '/api/random-checks/plans/export.xlsx?q=nobody',
      allowed: readers,
    },
    {
      method: 'GET',
      path: '/api/random-checks/plan-defaults',
      url: '/api/random-checks/plan-defaults',
      allowed: managers,
    },
    {
      method: 'GET',
      path: '/api/random-checks/item-options',
      url: '/api/random-checks/item-options',
      allowed: managers,
    },
    {
      method: 'POST',
      path: '/api/random-checks/plans',
      url: '/api/random-checks/plans',
      body: {},
      allowed: managers,
    },
    { method: 'GET', path: plan, url: at, allowed: readers },
    { method: 'PATCH', path: plan, url: at, body: {}, allowed: managers },
    { method: 'DELETE', path: plan, url: at, allowed: managers },
    { method: 'GET', path: `${plan}/pool-preview`, url: `${at}/pool-preview`, allowed: readers },
    { method: 'POST', path: `${plan}/commit`, url: `${at}/commit`, body: {}, allowed: managers },
    { method: 'POST', path: `${plan}/draw`, url: `${at}/draw`, body: {}, allowed: managers },
    { method: 'POST', path: `${plan}/annul-draw`, url: `${at}/annul-draw`, body: {}, allowed: managers },
    { method: 'GET', path: `${plan}/draw-record`, url: `${at}/draw-record`, allowed: readers },
    { method: 'GET', path: `${plan}/tasks`, url: `${at}/tasks`, allowed: readers },
    { method: 'GET', path: `${plan}/clocks`, url: `${at}/clocks`, allowed: readers },
    {
      method: 'GET',
      path: '/api/random-checks/my-tasks',
      url: '/api/random-checks/my-tasks',
      allowed: inspectors,
    },
    {
      method: 'GET',
      path: '/api/public/random-checks/draws/{planId}',
      url: '/api/public/random-checks/draws/x',
      allowed: 'public',
    },
  ];
}

/**
 * Field inspection record (DR-5): random-check readers open a task (the policy narrows it per
 * task, DR-4); inspectors and heads write (the policy: only the task's officers). nc.legal is also
 * an inspector.
 */
function fieldInspectionRoutes(): RouteCase[] {
  const readers: Who[] = ['head', 'inspector', 'legal', 'supervisor'];
  const writers: Who[] = ['head', 'inspector', 'legal'];
  const task = '/api/field-inspections/tasks/{taskId}';
  const at = '/api/field-inspections/tasks/x';
  return [
    { method: 'GET', path: task, url: at, allowed: readers },
    { method: 'GET', path: `${task}/clocks`, url: `${at}/clocks`, allowed: readers },
    { method: 'PUT', path: `${task}/record`, url: `${at}/record`, body: {}, allowed: writers },
    { method: 'POST', path: `${task}/photos`, url: `${at}/photos`, body: {}, allowed: writers },
    { method: 'GET', path: `${task}/photos/{photoId}`, url: `${at}/photos/y`, allowed: readers },
    { method: 'DELETE', path: `${task}/photos/{photoId}`, url: `${at}/photos/y`, allowed: writers },
    { method: 'POST', path: `${task}/findings`, url: `${at}/findings`, body: {}, allowed: writers },
    { method: 'DELETE', path: `${task}/findings/{findingId}`, url: `${at}/findings/y`, allowed: writers },
    { method: 'POST', path: `${task}/confirm`, url: `${at}/confirm`, body: {}, allowed: writers },
    { method: 'POST', path: `${task}/signatures`, url: `${at}/signatures`, body: {}, allowed: writers },
    { method: 'GET', path: `${task}/signatures/{signatureId}`, url: `${at}/signatures/y`, allowed: readers },
    {
      method: 'GET',
      path: '/api/field-inspections/records/{recordId}/document.docx',
      url: '/api/field-inspections/records/x/document.docx',
      allowed: readers,
    },
  ];
}

/**
 * Random checks, publication and tables (DR-6, DR-7): the agency head publishes results; heads and
 * supervisors read the tables; the public results page needs no login.
 */
function randomCheckPublicationAndReportRoutes(): RouteCase[] {
  const reporters: Who[] = ['head', 'supervisor'];
  const cases: RouteCase[] = [
    {
      method: 'GET',
      path: '/api/random-checks/publication',
      url: '/api/random-checks/publication?month=2026-13',
      allowed: ['head'],
    },
    {
      method: 'POST',
      path: '/api/random-checks/publication/publish',
      url: '/api/random-checks/publication/publish',
      body: {},
      allowed: ['head'],
    },
    {
      method: 'GET',
      path: '/api/public/random-checks/results',
      url: '/api/public/random-checks/results',
      allowed: 'public',
    },
    {
      method: 'GET',
      path: '/api/public/random-checks/agencies',
      url: '/api/public/random-checks/agencies',
      allowed: 'public',
    },
    {
      method: 'GET',
      path: '/api/public/random-checks/plans',
      url: '/api/public/random-checks/plans',
      allowed: 'public',
    },
    {
      method: 'GET',
      path: '/api/random-checks/reports/reminders',
      url: '/api/random-checks/reports/reminders',
      allowed: reporters,
    },
    {
      method: 'GET',
      path: '/api/random-checks/reports/submissions',
      url: '/api/random-checks/reports/submissions?kind=weekly',
      allowed: reporters,
    },
    {
      method: 'POST',
      path: '/api/random-checks/reports/submissions',
      url: '/api/random-checks/reports/submissions',
      allowed: ['head'],
    },
    {
      method: 'POST',
      path: '/api/random-checks/reports/submissions/{id}/withdraw',
      url: '/api/random-checks/reports/submissions/x/withdraw',
      allowed: ['head'],
    },
    {
      method: 'POST',
      path: '/api/random-checks/reports/submissions/{id}/accept',
      url: '/api/random-checks/reports/submissions/x/accept',
      allowed: ['head'],
    },
  ];
  for (const [report, query] of [
    ['monthly', 'month=2026-13'],
    ['yearly', 'year=1999'],
    ['coverage', 'year=1999'],
  ] as const) {
    cases.push(
      {
        method: 'GET',
        path: `/api/random-checks/reports/${report}`,
        url: `/api/random-checks/reports/${report}?${query}`,
        allowed: reporters,
      },
      {
        method: 'GET',
        path: `/api/random-checks/reports/${report}/export.xlsx`,
        url: `/api/random-checks/reports/${report}/export.xlsx?${query}`,
        allowed: reporters,
      },
    );
  }
  return cases;
}

/** Entity import (REG-5): agency heads only; the system administrator handles no business data (三员分立). */
function entityImportRoutes(): RouteCase[] {
  const importers: Who[] = ['head'];
  return [
    {
      method: 'GET',
      path: '/api/entities/imports/template.xlsx',
      url: '/api/entities/imports/template.xlsx',
      allowed: importers,
    },
    {
      method: 'GET',
      path: '/api/entities/imports/template.csv',
      url: '/api/entities/imports/template.csv',
      allowed: importers,
    },
    // Without the fileName query parameter: refused before anything is read.
    {
      method: 'POST',
      path: '/api/entities/imports',
      url: '/api/entities/imports',
      body: {},
      allowed: importers,
    },
    { method: 'GET', path: '/api/entities/imports', url: '/api/entities/imports', allowed: importers },
    { method: 'GET', path: '/api/entities/imports/{id}', url: '/api/entities/imports/x', allowed: importers },
    {
      method: 'GET',
      path: '/api/entities/imports/{id}/errors.xlsx',
      url: '/api/entities/imports/x/errors.xlsx',
      allowed: importers,
    },
  ];
}

/**
 * Entity registry: every environmental staff role reads; inspectors and heads manage (nc.legal is
 * also an inspector), not the system administrator (三员分立).
 */
function entityRegistryRoutes(): RouteCase[] {
  const read: Who[] = ['system', 'head', 'inspector', 'hotline', 'legal', 'supervisor'];
  const manage: Who[] = ['head', 'inspector', 'legal'];
  return [
    { method: 'GET', path: '/api/entities', url: '/api/entities?q=nobody', allowed: read },
    {
      method: 'GET',
      path: '/api/entities/export.xlsx',
      url: '/api/entities/export.xlsx?q=nobody',
      allowed: read,
    },
    {
      method: 'GET',
      path: '/api/entities/export.csv',
      url: '/api/entities/export.csv?q=nobody',
      allowed: read,
    },
    { method: 'GET', path: '/api/entities/{id}', url: '/api/entities/x', allowed: read },
    { method: 'GET', path: '/api/entities/{id}/events', url: '/api/entities/x/events', allowed: read },
    { method: 'POST', path: '/api/entities', url: '/api/entities', body: {}, allowed: manage },
    { method: 'PATCH', path: '/api/entities/{id}', url: '/api/entities/x', body: {}, allowed: manage },
  ];
}

/** Personnel routes: officers' staff read; heads manage (三员分立: not the system administrator); entity supervisors need entities.*. */
function personnelRoutes(): RouteCase[] {
  const read: Who[] = ['system', 'head', 'inspector', 'legal', 'supervisor'];
  const manage: Who[] = ['head'];
  const officer = '/api/officers/{id}';
  const secondment = `${officer}/secondments/{secondmentId}`;
  return [
    { method: 'GET', path: '/api/officers', url: '/api/officers?q=nobody', allowed: read },
    {
      method: 'GET',
      path: '/api/officers/export.xlsx',
      url: '/api/officers/export.xlsx?q=nobody',
      allowed: read,
    },
    { method: 'POST', path: '/api/officers', url: '/api/officers', body: {}, allowed: manage },
    { method: 'GET', path: officer, url: '/api/officers/x', allowed: read },
    { method: 'PATCH', path: officer, url: '/api/officers/x', body: {}, allowed: manage },
    { method: 'POST', path: `${officer}/status`, url: '/api/officers/x/status', body: {}, allowed: manage },
    {
      method: 'GET',
      path: `${officer}/account-candidates`,
      url: '/api/officers/x/account-candidates',
      allowed: manage,
    },
    { method: 'PUT', path: `${officer}/account`, url: '/api/officers/x/account', body: {}, allowed: manage },
    { method: 'DELETE', path: `${officer}/account`, url: '/api/officers/x/account', allowed: manage },
    {
      method: 'POST',
      path: `${officer}/secondments`,
      url: '/api/officers/x/secondments',
      body: {},
      allowed: manage,
    },
    {
      method: 'POST',
      path: `${secondment}/approval`,
      url: '/api/officers/x/secondments/y/approval',
      body: {},
      allowed: manage,
    },
    {
      method: 'POST',
      path: `${secondment}/filing`,
      url: '/api/officers/x/secondments/y/filing',
      body: {},
      allowed: manage,
    },
    {
      method: 'POST',
      path: `${secondment}/return`,
      url: '/api/officers/x/secondments/y/return',
      body: {},
      allowed: manage,
    },
    { method: 'GET', path: `${officer}/trainings`, url: '/api/officers/x/trainings', allowed: read },
    {
      method: 'POST',
      path: `${officer}/trainings`,
      url: '/api/officers/x/trainings',
      body: {},
      allowed: manage,
    },
    { method: 'GET', path: `${officer}/awards`, url: '/api/officers/x/awards', allowed: read },
    { method: 'POST', path: `${officer}/awards`, url: '/api/officers/x/awards', body: {}, allowed: manage },
    {
      method: 'PUT',
      path: `${officer}/backbone`,
      url: '/api/officers/x/backbone',
      body: {},
      allowed: manage,
    },
    { method: 'DELETE', path: `${officer}/backbone`, url: '/api/officers/x/backbone', allowed: manage },
    {
      method: 'GET',
      path: '/api/entities/{id}/supervisors',
      url: '/api/entities/x/supervisors',
      allowed: ['system', 'head', 'inspector', 'hotline', 'legal', 'supervisor'],
    },
    {
      method: 'GET',
      path: '/api/entities/{id}/supervisor-candidates',
      url: '/api/entities/x/supervisor-candidates',
      allowed: ['head', 'inspector', 'legal'],
    },
    {
      method: 'PUT',
      path: '/api/entities/{id}/supervisors',
      url: '/api/entities/x/supervisors',
      body: {},
      allowed: ['head', 'inspector', 'legal'],
    },
  ];
}

/**
 * Equipment: inspectors, heads, supervisors and system administrators read; heads manage (三员分立:
 * not the system administrator). Capacity: heads, supervisors and system administrators read; the 编制数
 * is personnel management. Reads use a bad agency id, so allowed roles get a cheap 400.
 */
function equipmentAndCapacityRoutes(): RouteCase[] {
  const read: Who[] = ['system', 'head', 'inspector', 'legal', 'supervisor'];
  const manage: Who[] = ['head'];
  const capacity: Who[] = ['system', 'head', 'supervisor'];
  const item = '/api/equipment/items/{id}';
  return [
    { method: 'GET', path: '/api/equipment/items', url: '/api/equipment/items?agencyId=x', allowed: read },
    {
      method: 'GET',
      path: '/api/equipment/items/export.xlsx',
      url: '/api/equipment/items/export.xlsx?agencyId=x',
      allowed: read,
    },
    { method: 'GET', path: item, url: '/api/equipment/items/x', allowed: read },
    { method: 'POST', path: '/api/equipment/items', url: '/api/equipment/items', body: {}, allowed: manage },
    { method: 'PATCH', path: item, url: '/api/equipment/items/x', body: {}, allowed: manage },
    {
      method: 'POST',
      path: `${item}/status`,
      url: '/api/equipment/items/x/status',
      body: {},
      allowed: manage,
    },
    {
      method: 'POST',
      path: `${item}/replacement`,
      url: '/api/equipment/items/x/replacement',
      body: {},
      allowed: manage,
    },
    { method: 'GET', path: '/api/equipment/gaps', url: '/api/equipment/gaps?agencyId=x', allowed: read },
    { method: 'GET', path: '/api/capacity', url: '/api/capacity?agencyId=x', allowed: capacity },
    {
      method: 'GET',
      path: '/api/capacity/export.xlsx',
      url: '/api/capacity/export.xlsx?agencyId=x',
      allowed: capacity,
    },
    {
      method: 'PUT',
      path: '/api/capacity/staffing/{agencyId}',
      url: '/api/capacity/staffing/x',
      body: {},
      allowed: manage,
    },
  ];
}

/** Catalogue routes: everyone but the auditor reads; legal reviewers and heads draft; heads publish. */
function catalogueRoutes(): RouteCase[] {
  const manage: Who[] = ['head', 'legal'];
  const read = allButAudit;
  return [
    { method: 'GET', path: '/api/catalogues', url: '/api/catalogues', allowed: read },
    { method: 'POST', path: '/api/catalogues', url: '/api/catalogues', body: {}, allowed: manage },
    { method: 'GET', path: '/api/catalogues/{id}', url: '/api/catalogues/x', allowed: read },
    { method: 'PATCH', path: '/api/catalogues/{id}', url: '/api/catalogues/x', body: {}, allowed: manage },
    { method: 'DELETE', path: '/api/catalogues/{id}', url: '/api/catalogues/x', allowed: manage },
    {
      method: 'POST',
      path: '/api/catalogues/{id}/publish',
      url: '/api/catalogues/x/publish',
      body: {},
      allowed: ['head'],
    },
    { method: 'GET', path: '/api/catalogues/{id}/compare', url: '/api/catalogues/x/compare', allowed: read },
    {
      method: 'GET',
      path: '/api/catalogues/{id}/export.xlsx',
      url: '/api/catalogues/x/export.xlsx',
      allowed: read,
    },
    { method: 'GET', path: '/api/catalogues/{id}/items', url: '/api/catalogues/x/items', allowed: read },
    {
      method: 'POST',
      path: '/api/catalogues/{id}/items',
      url: '/api/catalogues/x/items',
      body: {},
      allowed: manage,
    },
    {
      method: 'PUT',
      path: '/api/catalogues/{id}/items/order',
      url: '/api/catalogues/x/items/order',
      body: {},
      allowed: manage,
    },
    {
      method: 'PATCH',
      path: '/api/catalogues/{id}/items/{itemId}',
      url: '/api/catalogues/x/items/y',
      body: {},
      allowed: manage,
    },
    {
      method: 'DELETE',
      path: '/api/catalogues/{id}/items/{itemId}',
      url: '/api/catalogues/x/items/y',
      allowed: manage,
    },
  ];
}

/** Credit routes: staff read; inspectors and heads record commitments; heads and supervisors decide. */
function creditRoutes(): RouteCase[] {
  const readers: Who[] = ['system', 'head', 'inspector', 'hotline', 'legal', 'supervisor'];
  const recorders: Who[] = ['head', 'inspector', 'legal'];
  const deciders: Who[] = ['head', 'supervisor'];
  const entity = '/api/entities/{id}/credit';
  const cases: RouteCase[] = [
    { method: 'GET', path: entity, url: '/api/entities/x/credit', allowed: readers },
    {
      method: 'POST',
      path: `${entity}/letters`,
      url: '/api/entities/x/credit/letters',
      body: {},
      allowed: recorders,
    },
    {
      method: 'POST',
      path: `${entity}/commitments`,
      url: '/api/entities/x/credit/commitments',
      body: {},
      allowed: recorders,
    },
    {
      method: 'POST',
      path: `${entity}/cards`,
      url: '/api/entities/x/credit/cards',
      body: {},
      allowed: deciders,
    },
    {
      method: 'POST',
      path: `${entity}/cards/{cardId}/lift`,
      url: '/api/entities/x/credit/cards/y/lift',
      body: {},
      allowed: deciders,
    },
    {
      method: 'PUT',
      path: `${entity}/evaluations/{year}`,
      url: '/api/entities/x/credit/evaluations/2026',
      body: {},
      allowed: deciders,
    },
    {
      method: 'POST',
      path: `${entity}/points`,
      url: '/api/entities/x/credit/points',
      body: {},
      allowed: deciders,
    },
    {
      method: 'POST',
      path: `${entity}/lists`,
      url: '/api/entities/x/credit/lists',
      body: {},
      allowed: deciders,
    },
    {
      method: 'POST',
      path: `${entity}/lists/{membershipId}/remove`,
      url: '/api/entities/x/credit/lists/y/remove',
      body: {},
      allowed: deciders,
    },
    { method: 'GET', path: '/api/credit/summary', url: '/api/credit/summary', allowed: readers },
  ];
  for (const list of ['cards', 'blacklist', 'positive-list', 'commitments', 'evaluations', 'points']) {
    cases.push(
      { method: 'GET', path: `/api/credit/${list}`, url: `/api/credit/${list}?q=nobody`, allowed: readers },
      {
        method: 'GET',
        path: `/api/credit/${list}/export.xlsx`,
        url: `/api/credit/${list}/export.xlsx?q=nobody`,
        allowed: readers,
      },
    );
  }
  return cases;
}

describe('route permissions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('the table below covers every route of the API', async () => {
    const spec = (await server.anonymous().get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(spec.paths)
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    const tested = [...routes, logoutRoute].map((route) => `${route.method} ${route.path}`).sort();
    expect(tested).toEqual(documented);
  });

  it('public routes answer without a session; every other route answers 401 without one', async () => {
    const anonymous = server.anonymous();
    for (const route of [...routes, { ...logoutRoute, url: logoutRoute.path, body: {}, allowed: everyone }]) {
      const response = await anonymous.request(route.method, route.url, route.body);
      const label = `${route.method} ${route.url}`;
      if (route.allowed === 'public') {
        expect(response.status, label).not.toBe(401);
      } else {
        expect(response.status, label).toBe(401);
        expect(response.body.error.code, label).toBe('UNAUTHENTICATED');
      }
    }
  });

  it('audits a refused administrative operation with the route and permission, not a refused business one', async () => {
    const hotline = await server.as('nc.hotline');
    const before = await latestAuditId(server);
    expect((await hotline.get('/api/users')).status).toBe(403);
    expect((await hotline.post('/api/users/x/unlock')).status).toBe(403);
    expect((await hotline.get('/api/entities/imports/template.xlsx')).status).toBe(403);
    const entries = await auditEntriesAfter(server, before);
    expect(
      entries.map((entry) => [entry.action, entry.actorUsername, entry.targetType, entry.targetId]),
    ).toEqual([
      ['security.access_denied', 'nc.hotline', 'route', 'GET /api/users'],
      ['security.access_denied', 'nc.hotline', 'route', 'POST /api/users/:id/unlock'],
    ]);
    expect(entries[0]!.summary).toContain('users.read');
    expect(entries[1]!.summary).toContain('users.unlock');
  });

  for (const who of everyone) {
    it(`${accounts[who]} (${who}) reaches exactly the routes of the role`, async () => {
      const agent = await server.as(accounts[who]);
      for (const route of routes) {
        if (route.allowed === 'public') continue;
        const response = await agent.request(route.method, route.url, route.body);
        const label = `${accounts[who]} ${route.method} ${route.url}: ${JSON.stringify(response.body).slice(0, 200)}`;
        if (route.allowed.includes(who)) {
          expect([200, 400], label).toContain(response.status);
        } else {
          expect(response.status, label).toBe(403);
          expect(response.body.error.code, label).toBe('FORBIDDEN');
        }
      }
      const logout = await agent.post('/api/auth/logout');
      expect(logout.status).toBe(200);
    });
  }
});
