import { describe, expect, it } from 'vitest';
import { findNewPasswordProblems, isGuessablePassword } from './auth.password-strength';
import { commonPasswordProblem } from './auth.security';

describe('the dictionary check of new passwords', () => {
  it('refuses the platform name with a year, though it meets the length and character rules', () => {
    expect(findNewPasswordProblems('Qingshan2026')).toEqual([commonPasswordProblem]);
  });

  it('refuses common passwords with the usual decorations', () => {
    for (const password of ['P@ssw0rd2024', 'Password123!', 'Abcd1234!@']) {
      expect(isGuessablePassword(password), password).toBe(true);
    }
  });

  it('refuses a password built from a part of the username', () => {
    expect(isGuessablePassword('Wangfang1990', { username: 'ncx.wangfang' })).toBe(true);
    expect(isGuessablePassword('Wangfang1990')).toBe(false);
  });

  it('accepts the demo password and passwords nobody lists', () => {
    expect(findNewPasswordProblems('Qingshan@2026')).toEqual([]);
    expect(findNewPasswordProblems('Zx#7kq!Lm2pv')).toEqual([]);
  });
});
