// Text tables for a terminal: each cell is one line cut to its column's width, so a long item never shifts the others.

/** One column: the most characters a cell may take; longer text is cut with an ellipsis. */
export interface ColumnSpec {
  max: number;
}

const GAP = '  ';

/** A cell's text on one line: newlines, tabs and runs of spaces become one space. */
export function flat(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Cuts text to `max` characters, marking the cut with '…'. */
export function fit(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, Math.max(0, max - 1)).join('')}…` : text;
}

/**
 * Rows as aligned lines: every column as wide as its widest cell up to its `max`, two spaces between columns.
 * The last column is not padded (no trailing spaces); rows may be prefixed with an indent.
 */
export function formatColumns(
  rows: readonly (readonly string[])[],
  columns: readonly ColumnSpec[],
  indent = '',
): string[] {
  const cells = rows.map((row) => columns.map((c, i) => fit(flat(row[i]), c.max)));
  const widths = columns.map((_c, i) => Math.max(0, ...cells.map((row) => [...row[i]!].length)));
  return cells.map(
    (row) =>
      indent +
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - [...cell].length)))
        .join(GAP)
        .trimEnd(),
  );
}
