// Finds a document's publication date where no metadata gives one (ontology: a leading YYYY-MM-DD line).

const LEADING_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?!\d)/;

export function leadingPublicationDate(text: string): string | null {
  const m = LEADING_DATE.exec(text.slice(0, 64));
  if (!m) return null;
  const [, y, mo, d] = m;
  return isRealDate(Number(y), Number(mo), Number(d)) ? `${y}-${mo}-${d}` : null;
}

export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Normalizes the many forms of a metadata date (ISO timestamps, RFC 822) to YYYY-MM-DD. */
export function metadataDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso && isRealDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))) return iso[0];
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}
