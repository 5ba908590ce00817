import { useId, type ReactNode } from 'react';
import { useTexts } from '../../i18n/useTexts';
import { CommandList } from '../../teach/CommandList';
import { DocsLinks } from '../../teach/DocsLinks';
import { Prose } from '../../teach/Prose';
import type { Lesson } from '../../teach/explain';
import { linkButton } from '../../styles';
import { Disclosure } from './Disclosure';
import { LESSON_SECTIONS, type LessonSectionId } from './lessonSections';
import { setOpenSections, setSectionOpen } from './sectionStore';
import { useOpenSections } from './useOpenSections';

const prose = 'text-sm leading-relaxed text-slate-800 dark:text-slate-200';

interface Shown {
  id: LessonSectionId;
  title: string;
  body: ReactNode;
}

/**
 * What the inspector teaches about the element, after its facts: what it is, why it matters,
 * the analogy, traps and tips, how to see it on a cluster, how to fix it, where to read more.
 * Each section opens and closes; which ones are open is the reader's, kept across elements.
 * A finding's facts already end with its rule's fix, which is the lesson's: it is said once.
 */
export function LessonSections({ lesson, rule }: { lesson: Lesson; rule: boolean }) {
  const T = useTexts('teach');
  const I = useTexts('inspector');
  const open = useOpenSections();
  const labelId = useId();
  const { text, notes, commands, docs } = lesson;
  const all: (Shown | false | undefined | '')[] = [
    {
      id: 'what',
      title: rule ? T.whatRule : T.what,
      body: <Prose className={prose} text={text.what} />,
    },
    { id: 'why', title: T.why, body: <Prose className={prose} text={text.why} /> },
    {
      id: 'analogy',
      title: T.analogy,
      body: <Prose className={`${prose} italic`} text={text.analogy} />,
    },
    notes.length > 0 && {
      id: 'notes',
      title: T.notes,
      body: (
        <ul className="flex flex-col gap-2">
          {notes.map((n) => (
            <li key={n.title} className={prose}>
              <strong className="font-semibold text-slate-900 dark:text-slate-100">
                {n.title}
              </strong>
              <Prose text={n.text} />
            </li>
          ))}
        </ul>
      ),
    },
    // Where a live cluster has nothing to show, the same place says so.
    commands.length > 0
      ? { id: 'commands', title: T.commands, body: <CommandList commands={commands} /> }
      : text.unobservable && {
          id: 'commands',
          title: T.unobservable,
          body: <Prose className={prose} text={text.unobservable} />,
        },
    !rule && { id: 'fix', title: T.fix, body: <Prose className={prose} text={text.fix} /> },
    { id: 'docs', title: T.docs, body: <DocsLinks links={docs} /> },
  ];
  const shown = all.filter((s): s is Shown => Boolean(s));
  const allOpen = shown.every((s) => open.has(s.id));
  return (
    // Positioned, so screen-reader-only text stays inside the inspector's scroll box instead of
    // lengthening the page (an absolutely placed element escapes to the page otherwise).
    <div role="group" aria-labelledby={labelId} data-lesson="sections" className="relative mt-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 border-t-2 border-slate-200 px-4 pt-3 pb-1.5 dark:border-slate-700">
        <p
          id={labelId}
          className="text-xs font-semibold tracking-wider text-indigo-700 uppercase dark:text-indigo-300"
        >
          {I.lessonLabel}
        </p>
        <button
          type="button"
          className={`text-xs ${linkButton}`}
          onClick={() => setOpenSections(new Set(allOpen ? [] : LESSON_SECTIONS))}
        >
          {allOpen ? I.closeAll : I.openAll}
        </button>
      </div>
      {shown.map((s) => (
        <Disclosure
          key={s.id}
          name={s.id}
          title={s.title}
          open={open.has(s.id)}
          onToggle={(o) => setSectionOpen(s.id, o)}
        >
          {s.body}
        </Disclosure>
      ))}
    </div>
  );
}
