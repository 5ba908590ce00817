// YAML text holds printable characters only (YAML 1.2, 5.1: tab, line feed, carriage return and
// the printable Unicode range), and kubectl's reader stops at anything else with "control
// characters are not allowed". Text that holds one is nearly always a binary file, or a paste of one.

// C0 controls but tab, LF and CR; DEL; C1 controls (NEL too: kubectl's reader refuses it); U+FFFE, U+FFFF.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]/;

/** The offset of the first character YAML text cannot hold, or -1 when there is none. */
export function firstControlCharacter(text: string): number {
  return text.search(CONTROL);
}

/** What the reader says about such a character: its code point, and NUL by name. */
export function controlCharacterMessage(code: number): string {
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  const name = code === 0 ? ' (NUL)' : '';
  return `control character U+${hex}${name} is not allowed in YAML text: is this a binary file?`;
}

/** Longest quoted excerpt of the input kept in a reader's message. */
export const MAX_QUOTE = 40;

/**
 * Shortens every double-quoted (JSON-escaped) excerpt of a message to MAX_QUOTE characters: the
 * reader quotes a stray token whole, and a token can be a megabyte long.
 */
export function shortenQuotes(message: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = message.indexOf('"', from);
    if (open === -1) return out + message.slice(from);
    let close = open + 1;
    while (close < message.length && message[close] !== '"') {
      close += message[close] === '\\' ? 2 : 1;
    }
    const inner = message.slice(open + 1, close);
    const kept = inner.length > MAX_QUOTE ? `${inner.slice(0, MAX_QUOTE)}…` : inner;
    out += `${message.slice(from, open)}"${kept}"`;
    from = close + 1;
  }
}
