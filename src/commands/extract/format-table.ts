// Plain-text table of extracted facts for a terminal.
import type { DocumentFacts } from '../../schema/fact.js';

export function formatFactTable(documents: DocumentFacts[]): string {
  const out: string[] = [];
  for (const d of documents) {
    out.push(`${d.doc}  (published ${d.published ?? 'unknown'})  ${d.facts.length} facts`);
    for (const f of d.facts) {
      const quote = (f.evidence[0]?.text ?? '').replace(/\s+/g, ' ');
      out.push(
        `  ${f.type.padEnd(28)} ${f.parties.join('+').padEnd(16)} ${f.status.padEnd(11)} ${(f.date ?? '-').padEnd(10)}  ${quote.length > 90 ? `${quote.slice(0, 87)}...` : quote}`,
      );
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
