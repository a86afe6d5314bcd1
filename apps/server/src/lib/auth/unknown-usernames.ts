import type { LoginFailureState } from '@qingshan/domain';

/**
 * Failures under usernames that do not exist, counted in memory exactly like real accounts so
 * that the countdown and the lock do not tell which usernames exist. Bounded: the oldest names
 * are forgotten first.
 */
export class UnknownUsernameFailures {
  readonly #states = new Map<string, LoginFailureState>();
  constructor(private readonly capacity = 10_000) {}

  get(username: string): LoginFailureState {
    return this.#states.get(username) ?? { failedLoginCount: 0, lockedUntil: null };
  }

  set(username: string, state: LoginFailureState): void {
    this.#states.delete(username);
    this.#states.set(username, state);
    if (this.#states.size > this.capacity) this.#states.delete(this.#states.keys().next().value!);
  }
}
