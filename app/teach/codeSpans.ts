// Teaching prose marks commands and field names with backticks, as Markdown does; the page
// shows them as inline code. Text only: nothing in the prose becomes markup.

export interface Span {
  text: string;
  code: boolean;
}

/** The prose cut at its backticks; a backtick without a partner stays plain text. */
export function codeSpans(prose: string): Span[] {
  const parts = prose.split('`');
  // An even number of parts means one backtick has no partner: glue the last two back.
  if (parts.length % 2 === 0) {
    const tail = parts.pop() ?? '';
    parts[parts.length - 1] += `\`${tail}`;
  }
  return parts.map((text, i) => ({ text, code: i % 2 === 1 })).filter((s) => s.text !== '');
}
