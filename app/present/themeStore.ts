// The page's colour theme, one per tab: the stored choice, the system preference it may follow,
// and the `dark` class on <html> that Tailwind's class-based `dark:` variant reads. Kept outside
// React so the class is set before the first paint and every reader agrees.
import { parseThemeChoice, resolveTheme, type ResolvedTheme, type ThemeChoice } from './theme';

const KEY = 'podscope.theme';
const QUERY = '(prefers-color-scheme: dark)';

let choice: ThemeChoice = 'system';
let systemDark = false;
let resolved: ResolvedTheme = 'light';
const listeners = new Set<() => void>();

function readStored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function apply(): void {
  const next = resolveTheme(choice, systemDark);
  resolved = next;
  const root = document.documentElement;
  root.classList.toggle('dark', next === 'dark');
  // Native parts (scroll bars, form controls) follow the page, not the system.
  root.style.colorScheme = next;
  for (const l of listeners) l();
}

function init(): void {
  choice = parseThemeChoice(readStored());
  const media = window.matchMedia(QUERY);
  systemDark = media.matches;
  media.addEventListener('change', (e) => {
    systemDark = e.matches;
    apply();
  });
  apply();
}

if (typeof window !== 'undefined') init();

/** Listens for any change of the choice or the resolved theme. */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const getThemeChoice = (): ThemeChoice => choice;
export const getResolvedTheme = (): ResolvedTheme => resolved;

/** Sets and stores the choice (storage may refuse: the choice still holds for this tab). */
export function setThemeChoice(next: ThemeChoice): void {
  choice = next;
  try {
    localStorage.setItem(KEY, next);
  } catch {
    // Private mode or a full quota: nothing to keep, nothing lost.
  }
  apply();
}
