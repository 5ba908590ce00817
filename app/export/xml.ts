// Writing XML safely and compactly: names in the graph come from the manifest, so any text or
// attribute may hold `<`, `&`, quotes or characters XML does not allow. Pure: no DOM.

// Characters XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE/U+FFFF; unpaired surrogates).
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `s` as XML character data. */
export function escapeText(s: string): string {
  return s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `s` as a double-quoted XML attribute value (line breaks kept as character references). */
export function escapeAttr(s: string): string {
  return escapeText(s)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** A number with at most two decimals and no trailing zeros: screen sizes need no more. */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

// A number with three or more decimals, such as React Flow's 136.99999447579242.
const LONG_DECIMAL = /-?\d*\.\d{3,}/g;

/**
 * Path data with every long decimal rounded to two places. Only numbers with a decimal point are
 * touched, so arc flags written together (`a2 2 0 014 0`) keep their meaning; spaces keep a
 * rounded number apart from its neighbours where a sign or a point separated them.
 */
export function roundPathData(d: string): string {
  return d.replace(LONG_DECIMAL, (match: string, offset: number, all: string) => {
    let rounded = num(Number(match));
    // -0.001 → 0 must not join the number before it (`10-0.001` is two numbers).
    if (match.startsWith('-') && !rounded.startsWith('-')) rounded = ` ${rounded}`;
    return all[offset + match.length] === '.' ? `${rounded} ` : rounded;
  });
}

/** ` name="value"` for each entry, in order, escaped; entries whose value is null are left out. */
export function attrs(entries: Readonly<Record<string, string | null | undefined>>): string {
  let out = '';
  for (const [name, value] of Object.entries(entries))
    if (value !== null && value !== undefined) out += ` ${name}="${escapeAttr(value)}"`;
  return out;
}
