import { listPermissions } from '@qingshan/domain';
import { describe, expect, it } from 'vitest';
import { buildAccess } from './access';

describe('buildAccess', () => {
  it('lets the audit administrator open only the audit trail among the managed areas', () => {
    const access = buildAccess(listPermissions(['audit_admin']));
    expect(access.can('audit.read')).toBe(true);
    expect(access.can('calendar.read')).toBe(true);
    expect(access.can('agencies.read')).toBe(false);
    expect(access.can('users.read')).toBe(false);
    expect(access.can('profile.read')).toBe(false);
  });

  it('gives the system administrator accounts, agencies and the calendar but no business data to manage (三员分立)', () => {
    const access = buildAccess(listPermissions(['system_admin']));
    for (const permission of ['users.manage', 'agencies.manage', 'calendar.manage'] as const) {
      expect(access.can(permission), permission).toBe(true);
    }
    for (const permission of [
      'entities.manage',
      'entities.import',
      'personnel.manage',
      'equipment.manage',
    ] as const) {
      expect(access.can(permission), permission).toBe(false);
    }
    expect(buildAccess(listPermissions(['agency_head'])).can('entities.import')).toBe(true);
  });

  it('opens routes without a permission to everyone', () => {
    expect(buildAccess([]).canOpen(undefined)).toBe(true);
    expect(buildAccess([]).canOpen('users.read')).toBe(false);
  });

  it('ignores permission names it does not know', () => {
    expect(buildAccess(['cases.read', 'users.read']).can('users.read')).toBe(true);
  });
});
