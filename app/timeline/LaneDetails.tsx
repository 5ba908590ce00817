import { lifecycleText } from '../../src/lifecycle/index';
import { useI18n } from '../i18n/useI18n';
import { useLifecycleTexts } from './lifecycleTexts';
import type { Lane } from './lanes';

/** What the engine says about the selected lane's container in this scenario, in words. */
export function LaneDetails({ lane }: { lane: Lane }) {
  const T = useLifecycleTexts();
  const { lang } = useI18n();
  if (lane.notes.length === 0) return null;
  return (
    <section
      aria-label={T.details(lane.name)}
      data-lane-details={lane.name}
      className="mt-1 text-[15px] leading-6"
    >
      <h3 className="font-semibold">{T.details(lane.name)}</h3>
      <ul className="list-disc pl-5">
        {lane.notes.map((n, i) => (
          <li key={i} data-note={n.id}>
            {lifecycleText(n, lang)}
          </li>
        ))}
      </ul>
    </section>
  );
}
