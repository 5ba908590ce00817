/**
 * A panel with an arrow: towards the panel's edge to hide it, away from it to show it. `side` is
 * where the panel sits on the page.
 */
export function PaneIcon({ side, action }: { side: 'left' | 'right'; action: 'hide' | 'show' }) {
  const edge = side === 'left' ? 5.5 : 10.5;
  const pointsLeft = (side === 'left') === (action === 'hide');
  const tip = side === 'left' ? 8.5 : 3.5;
  const arrow = pointsLeft
    ? `M${tip + 3} 5.5 ${tip + 0.5} 8l2.5 2.5`
    : `M${tip + 1} 5.5 ${tip + 3.5} 8l-2.5 2.5`;
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-4 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <rect x="1.75" y="2.25" width="12.5" height="11.5" rx="1.5" />
      <path d={`M${edge} 2.5v11`} />
      <path d={arrow} />
    </svg>
  );
}
