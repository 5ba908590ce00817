// Which teaching sections of the inspector are open. A section is named by what it says, not by
// the element it is about, so a reader's choice ("show me the commands") carries from a
// container to a volume to a finding.

/** The teaching sections, in the order the inspector shows them. */
export const LESSON_SECTIONS = [
  'what',
  'why',
  'analogy',
  'notes',
  'commands',
  'fix',
  'docs',
] as const;

export type LessonSectionId = (typeof LESSON_SECTIONS)[number];

/**
 * Open until the reader says otherwise: the one paragraph that says what the element is. The
 * facts and findings above stay in view for a reviewer; a teacher opens the rest once and it
 * stays open.
 */
export const DEFAULT_OPEN: ReadonlySet<LessonSectionId> = new Set(['what']);

const isSection = (v: unknown): v is LessonSectionId =>
  typeof v === 'string' && (LESSON_SECTIONS as readonly string[]).includes(v);

/** The open sections kept as text; anything unreadable gives the default. */
export function parseOpenSections(raw: string | null): ReadonlySet<LessonSectionId> {
  if (raw === null) return DEFAULT_OPEN;
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? new Set(value.filter(isSection)) : DEFAULT_OPEN;
  } catch {
    return DEFAULT_OPEN;
  }
}

/** The open sections as text, in display order so the stored value is stable. */
export function serializeOpenSections(open: ReadonlySet<LessonSectionId>): string {
  return JSON.stringify(LESSON_SECTIONS.filter((s) => open.has(s)));
}

/** The set with one section opened or closed. */
export function withSection(
  open: ReadonlySet<LessonSectionId>,
  id: LessonSectionId,
  isOpen: boolean,
): ReadonlySet<LessonSectionId> {
  const next = new Set(open);
  if (isOpen) next.add(id);
  else next.delete(id);
  return next;
}
