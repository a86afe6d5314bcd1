import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './navigation';

describe('safeReturnPath', () => {
  it('returns to the page the user came from', () => {
    expect(safeReturnPath('/users?agencyId=1')).toBe('/users?agencyId=1');
  });

  it('goes home for the login page, the password page, other sites or nothing', () => {
    expect(safeReturnPath('/login')).toBe('/');
    expect(safeReturnPath('/password')).toBe('/');
    expect(safeReturnPath('//evil.example/x')).toBe('/');
    expect(safeReturnPath('https://evil.example')).toBe('/');
    expect(safeReturnPath(undefined)).toBe('/');
  });
});
