// The open teaching sections for the whole tab, kept in this browser. Held outside React so that
// every inspector (and one mounted again, as when a narrow screen switches tabs) reads the same
// choice. Storage may refuse (private windows, blocked site data, a full quota): the choice then
// lasts until the page is closed, and nothing breaks.
import {
  parseOpenSections,
  serializeOpenSections,
  withSection,
  type LessonSectionId,
} from './lessonSections';

export const SECTIONS_KEY = 'podscope.inspector.sections';

let open: ReadonlySet<LessonSectionId> | undefined;
const listeners = new Set<() => void>();

function readStored(): string | null {
  try {
    return localStorage.getItem(SECTIONS_KEY);
  } catch {
    return null;
  }
}

/** The open sections; read from storage on first use. */
export function getOpenSections(): ReadonlySet<LessonSectionId> {
  open ??= parseOpenSections(readStored());
  return open;
}

export function subscribeOpenSections(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Replaces the open sections and stores them. */
export function setOpenSections(next: ReadonlySet<LessonSectionId>): void {
  open = next;
  try {
    localStorage.setItem(SECTIONS_KEY, serializeOpenSections(next));
  } catch {
    // Kept for this tab only.
  }
  for (const l of listeners) l();
}

/** Opens or closes one section. */
export function setSectionOpen(id: LessonSectionId, isOpen: boolean): void {
  setOpenSections(withSection(getOpenSections(), id, isOpen));
}
