import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';

/**
 * Without SMTP a reset link goes to the server log only: this reads it there, as an operator would.
 * `start()` once per test file (after startServer), `stop()` in afterAll.
 */
export function resetLinkLog() {
  let spy: { mock: { calls: unknown[][] }; mockRestore(): void } | undefined;
  const lines = (): string[] => (spy?.mock.calls ?? []).map((args) => String(args[0]));
  return {
    start() {
      spy = jest.spyOn(Logger.prototype, 'warn');
    },
    stop() {
      spy?.mockRestore();
    },
    /** Every log line that mentions `text`. */
    linesAbout(text: string): string[] {
      return lines().filter((l) => l.includes(text));
    },
    /** Waits (polling, with a deadline) until `count` reset links for `to` were logged; returns their tokens. */
    async tokensFor(to: string, count = 1, timeoutMs = 10_000): Promise<string[]> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const tokens = lines()
          .filter((l) => l.includes(`PASSWORD_RESET email to ${to} `))
          .map((l) => /\/reset-password\/([A-Za-z0-9_-]+)/.exec(l)?.[1])
          .filter((t): t is string => Boolean(t));
        if (tokens.length >= count) return tokens;
        if (Date.now() > deadline) throw new Error(`no reset link for ${to} in the server log`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
