import { useTexts } from '../i18n/useTexts';
import { linkButton } from '../styles';
import type { DocsLink } from './docs';

/** Links to kubernetes.io, each opening in a new tab. */
export function DocsLinks({ links }: { links: readonly DocsLink[] }) {
  const T = useTexts('teach');
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {links.map((l) => (
        <li key={l.href}>
          <a href={l.href} target="_blank" rel="noopener noreferrer" className={linkButton}>
            {l.label}
            <span className="sr-only"> {T.newTab}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
