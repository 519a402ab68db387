import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { parseCasualDates } from './date-parser.js';

describe('date parser', () => {
  const instant = new Date(Date.UTC(2024, 5, 1, 12));
  const casual = (text: string) =>
    chrono.casual.parse(text, { instant, timezone: 0 }, { forwardDate: false });
  const readings = (results: chrono.ParsedResult[]) =>
    results.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString()]);

  it('reads what chrono casual reads, running only the parsers that can match', () => {
    for (const text of [
      'The ministers met in Manila on Tuesday, three days after the drills ended on May 3, 2024.',
      'The frigates will be delivered within two years, the ministry said at 10am.',
      'Deliveries began last month and run until 2026-03-31, or 31/03/2026 at the latest.',
      'The pact was signed yesterday evening and enters into force next week.',
      'No date at all in this sentence about a defence pact.',
    ])
      expect(readings(parseCasualDates(text, instant))).toEqual(readings(casual(text)));
  });
});
