// The editor's colours as CSS custom properties on its wrapper. Written as Tailwind classes so the
// dark values follow whatever `dark:` means for the page (media query today, a toggle later).
// Severity colours match the rest of the page: error red-600, warning amber-600, info blue-600.

/** Tailwind classes that define the `--pe-*` properties theme.ts reads. */
export const EDITOR_PALETTE = [
  '[--pe-bg:#ffffff] dark:[--pe-bg:#0f172a]',
  '[--pe-fg:#1e293b] dark:[--pe-fg:#e2e8f0]',
  '[--pe-muted:#5b6678] dark:[--pe-muted:#94a3b8]',
  '[--pe-gutter-bg:#f8fafc] dark:[--pe-gutter-bg:#111a2e]',
  // Line numbers are text: at least 4.5:1 on the gutter in both themes.
  '[--pe-gutter-fg:#64748b] dark:[--pe-gutter-fg:#94a3b8]',
  '[--pe-border:#e2e8f0] dark:[--pe-border:#1e293b]',
  '[--pe-border-strong:#cbd5e1] dark:[--pe-border-strong:#334155]',
  '[--pe-chip-bg:#f1f5f9] dark:[--pe-chip-bg:#1e293b]',
  '[--pe-focus:#6366f1] dark:[--pe-focus:#818cf8]',
  '[--pe-cursor:#4338ca] dark:[--pe-cursor:#c7d2fe]',
  // Translucent, so the drawn selection under the line stays visible on the active line.
  '[--pe-active-line:rgb(99_102_241/0.07)] dark:[--pe-active-line:rgb(129_140_248/0.09)]',
  '[--pe-active-line-strong:rgb(99_102_241/0.16)] dark:[--pe-active-line-strong:rgb(129_140_248/0.22)]',
  '[--pe-selection:rgb(99_102_241/0.26)] dark:[--pe-selection:rgb(129_140_248/0.35)]',
  '[--pe-selection-blur:rgb(99_102_241/0.24)] dark:[--pe-selection-blur:rgb(129_140_248/0.3)]',
  '[--pe-selection-match:rgb(99_102_241/0.45)] dark:[--pe-selection-match:rgb(129_140_248/0.5)]',
  '[--pe-match:rgb(20_184_166/0.22)] dark:[--pe-match:rgb(45_212_191/0.25)]',
  '[--pe-nomatch:rgb(220_38_38/0.18)] dark:[--pe-nomatch:rgb(248_113_113/0.25)]',
  '[--pe-search:rgb(245_158_11/0.22)] dark:[--pe-search:rgb(251_191_36/0.22)]',
  '[--pe-search-line:rgb(217_119_6/0.45)] dark:[--pe-search-line:rgb(251_191_36/0.5)]',
  '[--pe-search-current:rgb(245_158_11/0.5)] dark:[--pe-search-current:rgb(251_191_36/0.45)]',
  '[--pe-error:#dc2626] dark:[--pe-error:#f87171]',
  '[--pe-warning:#d97706] dark:[--pe-warning:#fbbf24]',
  '[--pe-info:#2563eb] dark:[--pe-info:#60a5fa]',
  '[--pe-key:#3730a3] dark:[--pe-key:#a5b4fc]',
  '[--pe-string:#0f766e] dark:[--pe-string:#5eead4]',
  '[--pe-comment:#5b6678] dark:[--pe-comment:#94a3b8]',
  '[--pe-meta:#6d28d9] dark:[--pe-meta:#c4b5fd]',
  '[--pe-anchor:#b45309] dark:[--pe-anchor:#fcd34d]',
  '[--pe-tag:#0369a1] dark:[--pe-tag:#7dd3fc]',
  '[--pe-punct:#5b6678] dark:[--pe-punct:#94a3b8]',
].join(' ');
