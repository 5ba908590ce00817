/** `1 error`, `2 errors`: English plurals for counts (Chinese needs none: a measure word does it). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
