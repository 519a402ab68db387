// The CLI as a user runs it: --version, one line and a non-zero exit for an unknown party or a bad filter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './test-support/run-cli.js';
import { REPO_ROOT } from './test-support/shared.js';

const DB = ['--db', ':memory:'];

describe('the entente CLI', () => {
  it("prints package.json's version for --version and -V", () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    for (const flag of ['--version', '-V']) {
      const run = runCli([flag]);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`${version}\n`);
    }
  });

  it('exits non-zero with one line naming an unknown party, and prints nothing else', () => {
    const run = runCli(['ties', 'JPN', 'XXX', ...DB]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      "entente ties: unknown party 'XXX': not a country code, name or grouping [UNKNOWN_PARTY]\n",
    );
  });

  it('refuses a date that is not on the calendar, a backwards range and a limit that is not a number', () => {
    const cases: [string[], string][] = [
      [
        ['--since', '2024-13-45'],
        "entente facts: --since: expected a calendar date as YYYY, YYYY-MM or YYYY-MM-DD, got '2024-13-45' (there is no month 13)\n",
      ],
      [
        ['--since', '2025', '--until', '2020'],
        "entente facts: --since: expected a date on or before --until (2020), got '2025'\n",
      ],
      [['--limit', 'abc'], "entente facts: --limit: expected a whole number from 1 to 100000, got 'abc'\n"],
    ];
    for (const [args, line] of cases) {
      const run = runCli(['facts', ...args, ...DB]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(line);
    }
  });
});
