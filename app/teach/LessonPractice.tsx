import { useTexts } from '../i18n/useTexts';
import { Section } from '../panels/inspector/Section';
import { CommandList } from './CommandList';
import { DocsLinks } from './DocsLinks';
import { Prose } from './Prose';
import { teachTexts } from './texts';
import { isPending, type LessonSlot } from './useLesson';

const prose = 'text-sm leading-relaxed text-slate-800 dark:text-slate-200';

/** Traps and tips, the commands that show it on a cluster, how to fix it, where to read more. */
export function LessonPractice({ lesson, rule }: { lesson: LessonSlot; rule: boolean }) {
  const T = useTexts(teachTexts);
  // The intro shows the placeholder; one is enough.
  if (isPending(lesson)) return null;
  return (
    // Positioned, so screen-reader-only text stays inside the inspector's scroll box instead of
    // lengthening the page (an absolutely placed element escapes to the page otherwise).
    <div data-lesson="practice" className="relative">
      {lesson.notes.length > 0 && (
        <Section title={T.notes}>
          <ul className="flex flex-col gap-2">
            {lesson.notes.map((n) => (
              <li key={n.title} className={prose}>
                <strong className="font-semibold text-slate-900 dark:text-slate-100">
                  {n.title}
                </strong>
                <Prose text={n.text} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {lesson.commands.length > 0 ? (
        <Section title={T.commands}>
          <CommandList commands={lesson.commands} />
        </Section>
      ) : (
        lesson.text.unobservable && (
          <Section title={T.unobservable}>
            <Prose className={prose} text={lesson.text.unobservable} />
          </Section>
        )
      )}
      <Section title={rule ? T.fixRule : T.fix}>
        <Prose className={prose} text={lesson.text.fix} />
      </Section>
      <Section title={T.docs}>
        <DocsLinks links={lesson.docs} />
      </Section>
    </div>
  );
}
