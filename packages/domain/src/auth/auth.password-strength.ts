import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { commonPasswordProblem, findPasswordProblems, securityPolicy } from './auth.security';

/**
 * The dictionary half of the password policy. Not exported from the package index: the common
 * password list is ~400 kB, so only the server loads it and the web shows the server's message
 * (the rules in `findPasswordProblems` run in both).
 */

/**
 * Words an attacker aiming at this platform tries first (NIST SP 800-63B 5.1.1.2: "context-specific
 * words, such as the name of the service"): its name and the profession's pinyin.
 */
const platformWords = ['qingshan', 'huanbao', 'huanjing', 'shengtai', 'zhifa', 'jiance', 'sthjj', 'hbj'];

let estimator: ZxcvbnFactory | undefined;

function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator;
}

/** Whether a password is a common one or built from the platform's words or the username. */
export function isGuessablePassword(password: string, context: { username?: string } = {}): boolean {
  const usernameParts = (context.username ?? '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const result = strengthEstimator().check(password, [...platformWords, ...usernameParts]);
  return result.score < securityPolicy.passwordMinStrengthScore;
}

/** Every problem of a new password: the shared rules, then the dictionary check. */
export function findNewPasswordProblems(password: string, context: { username?: string } = {}): string[] {
  const problems = findPasswordProblems(password, context);
  if (problems.length === 0 && isGuessablePassword(password, context)) problems.push(commonPasswordProblem);
  return problems;
}
