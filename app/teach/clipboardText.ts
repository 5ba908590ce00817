// What "Copy all commands" puts on the clipboard: a script a person can paste into a shell.

// Labels carry names from the manifest. A line break in a name would end the comment and turn
// the rest of the name into a command when the text is pasted, so control characters go.
const isControl = (ch: string): boolean => {
  const c = ch.codePointAt(0) ?? 0;
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
};

function comment(label: string): string {
  return `# ${Array.from(label, (ch) => (isControl(ch) ? ' ' : ch)).join('')}`;
}

/** Every command under its label as a shell comment, one blank line between them. */
export function allCommandsText(commands: readonly { label: string; command: string }[]): string {
  return `${commands.map((c) => `${comment(c.label)}\n${c.command}`).join('\n\n')}\n`;
}
