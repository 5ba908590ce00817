// How the Versions dialog words a kept version: when it was kept, which workloads it holds, and
// the first lines of its text. Pure: no DOM, no storage, the clock passed in.
import type { Lang } from '../../src/i18n/lang';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** At most this many lines of a version are shown in its preview… */
export const PREVIEW_LINES = 200;
/** …and at most this many characters, should a few lines be very long (minified JSON). */
export const PREVIEW_CHARS = 40_000;

/**
 * When a version was kept, as people say it: `justNow` for the last few seconds, "5 minutes ago"
 * within the day, else the local date and time, in the page's language.
 */
export function formatWhen(at: number, now: number, lang: Lang, justNow: string): string {
  const ago = Math.max(0, now - at);
  if (ago >= DAY) return formatAt(at, lang);
  if (ago < 10 * SECOND) return justNow;
  const words = new Intl.RelativeTimeFormat(lang);
  if (ago < MINUTE) return words.format(-Math.floor(ago / SECOND), 'second');
  if (ago < HOUR) return words.format(-Math.floor(ago / MINUTE), 'minute');
  return words.format(-Math.floor(ago / HOUR), 'hour');
}

/** The local date and time of `at`, in the page's language. */
export function formatAt(at: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** The first `first` workload names to show, and how many more there are. */
export function workloadSummary(
  workloads: readonly string[],
  first = 3,
): { shown: string[]; more: number } {
  // "+1 more" takes the room of the name it hides: show that name instead.
  const cut = workloads.length > first + 1 ? first : workloads.length;
  return { shown: workloads.slice(0, cut), more: workloads.length - cut };
}

/** The head of a version's text for its preview, and how many lines it and the whole text have. */
export interface Preview {
  head: string;
  shownLines: number;
  totalLines: number;
}

/** The first `maxLines` lines of `text` (at most `maxChars` characters of them). */
export function previewOf(
  text: string,
  maxLines = PREVIEW_LINES,
  maxChars = PREVIEW_CHARS,
): Preview {
  let end = -1;
  for (let line = 0; line < maxLines; line++) {
    end = text.indexOf('\n', end + 1);
    if (end === -1) break;
  }
  const whole = end === -1 || end === text.length - 1;
  const head = (whole ? text : text.slice(0, end)).slice(0, maxChars);
  return { head, shownLines: lineCount(head), totalLines: lineCount(text) };
}

/** Lines as people count them: a final line break does not start another line. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  let breaks = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks++;
  return text.endsWith('\n') ? breaks : breaks + 1;
}
