import { useSyncExternalStore } from 'react';
import type { ResolvedTheme, ThemeChoice } from './theme';
import { getResolvedTheme, getThemeChoice, setThemeChoice, subscribeTheme } from './themeStore';

/** The person's theme choice (light, dark or system) and its setter. */
export function useThemeChoice(): [ThemeChoice, (c: ThemeChoice) => void] {
  const choice = useSyncExternalStore(subscribeTheme, getThemeChoice, () => 'system' as const);
  return [choice, setThemeChoice];
}

/** The theme actually drawn: light or dark, after following the system when asked to. */
export function useResolvedTheme(): ResolvedTheme {
  return useSyncExternalStore(subscribeTheme, getResolvedTheme, () => 'light' as const);
}
