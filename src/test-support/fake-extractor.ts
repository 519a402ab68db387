// A deterministic stand-in for the extraction engine: every line "FACT type A B status [date]" is one fact.
import type { Extractor } from '../ingest/ingest-run.js';
import type { Fact, FactType, Status } from '../schema/fact.js';

export const fakeExtract: Extractor = (doc) => {
  const facts: Fact[] = [];
  const re = /^FACT (\S+) (\S+) (\S+) (\S+)(?: (\S+))?$/gm;
  for (let m = re.exec(doc.text); m !== null; m = re.exec(doc.text)) {
    const [line, type, a, b, status, date] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
      string?,
    ];
    facts.push({
      type: type as FactType,
      parties: [a, b].sort(),
      status: status as Status,
      date: date ?? null,
      item: null,
      evidence: [{ doc: doc.id, start: m.index, end: m.index + line.length, text: line }],
    });
  }
  return facts;
};

/** An article for the fake extractor: a few filler words (unique per `seed`) and its FACT lines. */
export function fakeArticle(seed: string | number, published: string | null, factLines: string[]): string {
  const head = published ? `${published}\n` : '';
  return `${head}Article ${seed} reports on defense cooperation number ${seed}.\n${factLines.map((l) => `FACT ${l}`).join('\n')}\n`;
}
