import type { VolumeTone } from '../volumeTone';

// 16×16 line drawings, stroked in the current text colour.
const PATHS: Record<VolumeTone, string> = {
  // a drive: box with a status light
  disk: 'M2.5 4.5h11v7h-11z M10.5 9h1',
  // a memory module: board with pins
  memory: 'M2.5 5.5h11v5h-11z M4.5 10.5v2 M7 10.5v2 M9.5 10.5v2 M12 10.5v2 M5 7.5h2 M9 7.5h2',
  // a document with lines
  config: 'M4.5 2.5h5l2 2v9h-7z M6.5 7h3 M6.5 9.5h3',
  // a padlock
  secret: 'M4.5 7.5h7v6h-7z M6 7.5v-2a2 2 0 0 1 4 0v2',
  // a database cylinder
  claim: 'M3.5 4.5c0-2 9-2 9 0v7c0 2-9 2-9 0z M3.5 4.5c0 2 9 2 9 0',
  // a server rack
  host: 'M2.5 3.5h11v4h-11z M2.5 8.5h11v4h-11z M5 5.5h1 M5 10.5h1',
  // a folder
  other: 'M2.5 4.5h4l1 1.5h6v6.5h-11z',
};

export function VolumeIcon({ tone }: { tone: VolumeTone }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="h-4 w-4 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.3"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[tone]} />
    </svg>
  );
}
