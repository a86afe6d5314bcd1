import { describe, expect, it } from 'vitest';
import { areTaskOfficerNamesVisible, canViewTask, taskVisibilityOf } from './random-checks.task-visibility';

const plan = { agencyId: 'county-bureau', inspectionStartsOn: '2026-11-25' };
const owner = { scopeRootAgencyId: 'county-bureau', canManage: true };
const cityHead = { scopeRootAgencyId: 'city-bureau', canManage: true };
const officer = { scopeRootAgencyId: 'county-bureau', canManage: false };

describe('task visibility (DR-4)', () => {
  it('gives only the head of the plan’s own agency the tasks before the inspection day', () => {
    expect(taskVisibilityOf(plan, owner, '2026-11-24')).toBe('full');
    expect(taskVisibilityOf(plan, cityHead, '2026-11-24')).toBe('counts');
    expect(taskVisibilityOf(plan, officer, '2026-11-24')).toBe('counts');
  });

  it('opens the tasks to the jurisdiction on the inspection day, names to the team only', () => {
    expect(taskVisibilityOf(plan, cityHead, '2026-11-25')).toBe('tasks');
    expect(canViewTask('tasks', { isAssigned: false, isInScope: true })).toBe(true);
    expect(canViewTask('tasks', { isAssigned: false, isInScope: false })).toBe(false);
    expect(canViewTask('counts', { isAssigned: true, isInScope: true })).toBe(false);
    expect(areTaskOfficerNamesVisible('tasks', false)).toBe(false);
    expect(areTaskOfficerNamesVisible('tasks', true)).toBe(true);
    expect(areTaskOfficerNamesVisible('full', false)).toBe(true);
  });
});
