import { useTexts } from '../i18n/useTexts';
import { Section } from '../panels/inspector/Section';
import { LessonLoading } from './LessonLoading';
import { Prose } from './Prose';
import { teachTexts } from './texts';
import { isPending, type LessonSlot } from './useLesson';

const prose = 'text-sm leading-relaxed text-slate-800 dark:text-slate-200';

/** What the element is and shares, why it matters, and the everyday analogy. */
export function LessonIntro({ lesson, rule }: { lesson: LessonSlot; rule: boolean }) {
  const T = useTexts(teachTexts);
  if (isPending(lesson)) return <LessonLoading lesson={lesson} />;
  return (
    <div data-lesson="intro">
      <Section title={rule ? T.whatRule : T.what}>
        <Prose className={prose} text={lesson.text.what} />
      </Section>
      <Section title={T.why}>
        <Prose className={prose} text={lesson.text.why} />
      </Section>
      <Section title={T.analogy}>
        <Prose className={`${prose} italic`} text={lesson.text.analogy} />
      </Section>
    </div>
  );
}
