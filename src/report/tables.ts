// Markdown building blocks shared by the reports: table rows and code fences.

/** One table row; cells must already be escaped. */
export function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A table with a header row; the header cells are plain text and get no escaping. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}

/**
 * A fenced code block whose fence is longer than any backtick run inside, so no name in the
 * content can close it early (CommonMark: the closing fence is at least as long as the opening).
 */
export function fence(info: string, content: string): string[] {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = '`'.repeat(Math.max(3, longest + 1));
  return [`${marks}${info}`, content, marks];
}
