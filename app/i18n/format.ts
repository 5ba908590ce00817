// `{name}` placeholders filled from a params object; values are inserted as plain text.

/** `format('Port {port}', { port: 80 })` → `Port 80`; a placeholder without a value stays as written. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
