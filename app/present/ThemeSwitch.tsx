import type { ReactNode } from 'react';
import { useTexts } from '../i18n/useTexts';
import type { ThemeChoice } from './theme';
import { useThemeChoice } from './useTheme';

const ICON_PROPS = {
  'aria-hidden': true,
  viewBox: '0 0 16 16',
  className: 'size-4',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.5,
  strokeLinecap: 'round',
} as const;

const ICONS: Record<ThemeChoice, ReactNode> = {
  light: (
    <svg {...ICON_PROPS}>
      <circle cx="8" cy="8" r="3" />
      <path d="M8 1.5v1.5M8 13v1.5M1.5 8H3M13 8h1.5M3.4 3.4l1 1M11.6 11.6l1 1M3.4 12.6l1-1M11.6 4.4l1-1" />
    </svg>
  ),
  dark: (
    <svg {...ICON_PROPS}>
      <path d="M13.5 9.5A5.5 5.5 0 0 1 6.5 2.5a5.5 5.5 0 1 0 7 7Z" />
    </svg>
  ),
  system: (
    <svg {...ICON_PROPS}>
      <rect x="1.75" y="2.5" width="12.5" height="8.5" rx="1" />
      <path d="M5.5 13.75h5M8 11v2.75" />
    </svg>
  ),
};

/** Light, dark or the system's theme: three pressed-state buttons, stored for the next visit. */
export function ThemeSwitch() {
  const T = useTexts('present').theme;
  const [choice, setChoice] = useThemeChoice();
  const options: { value: ThemeChoice; label: string; title: string }[] = [
    { value: 'light', label: T.light, title: T.light },
    { value: 'dark', label: T.dark, title: T.dark },
    { value: 'system', label: T.system, title: T.systemTitle },
  ];
  return (
    <div
      role="group"
      aria-label={T.group}
      className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 shadow-xs dark:border-slate-700 dark:bg-slate-800"
    >
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-label={o.label}
          title={o.title}
          aria-pressed={choice === o.value}
          onClick={() => setChoice(o.value)}
          className="inline-flex items-center rounded px-1.5 py-1 text-slate-500 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 aria-pressed:bg-indigo-50 aria-pressed:text-indigo-700 dark:text-slate-400 dark:hover:text-white dark:focus-visible:outline-indigo-400 dark:aria-pressed:bg-indigo-500/20 dark:aria-pressed:text-indigo-300"
        >
          {ICONS[o.value]}
        </button>
      ))}
    </div>
  );
}
