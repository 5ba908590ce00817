// What compare mode draws on each changed card: a badge with the change's icon and word (colour
// is never the only sign), the changed values as `old → new`, and a ghost's former mounts.
import type { ChangeMarks } from '../canvas/changeMarks';
import type { ElementDiff, FieldChange, WorkloadDiff } from '../../src/diff';
import type { DiffTexts } from '../../src/diff/texts';

type Shown = ElementDiff['change'];

export const CHANGE_TONE: Record<Shown, string> = {
  added:
    'border-emerald-600 bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
  removed: 'border-red-600 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100',
  changed: 'border-amber-600 bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-100',
};

/** `+ added`: the change's icon and word, the same on the graph, the legend and the lists. */
export function ChangeBadge({ change, T }: { change: Shown; T: DiffTexts }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-1.5 text-[14px] leading-5 font-semibold whitespace-nowrap ${CHANGE_TONE[change]}`}
    >
      <span aria-hidden="true" className="font-mono">
        {T.symbol[change]}
      </span>
      {T.change[change]}
    </span>
  );
}

export function fieldText(f: FieldChange, T: DiffTexts): string {
  // The API's own path, without `resources.`, which the card's bars already say.
  return `${f.path.replace(/^resources\./, '')}: ${f.from ?? T.notSet} → ${f.to ?? T.notSet}`;
}

function key(kind: string, name: string): string {
  return `${kind}/${name}`;
}

/** The marks of one workload's diff, for the graph's cards (ChangeMarksContext). */
export function marksOf(w: WorkloadDiff | undefined, T: DiffTexts): ChangeMarks | null {
  if (!w) return null;
  const byKey = new Map<string, ElementDiff>();
  for (const e of w.elements) byKey.set(key(e.kind, e.name), e);
  const names = new Map<string, string>();
  for (const e of w.elements) if (e.before) names.set(e.id, e.name);
  return (kind, name) => {
    const e = byKey.get(key(kind, name));
    if (!e) return undefined;
    const lines =
      e.change === 'changed'
        ? (e.fields ?? []).map((f) => fieldText(f, T))
        : e.change === 'removed'
          ? (e.formerEdges ?? []).flatMap((edge) =>
              edge.kind === 'mount'
                ? [
                    T.formerMount(
                      edge.source.replace(/^container:/, ''),
                      edge.mountPath,
                      edge.readOnly,
                    ),
                  ]
                : [],
            )
          : [];
    return {
      change: e.change,
      decoration: (
        <>
          <span className="pointer-events-none absolute -top-3.5 left-3 z-10">
            <ChangeBadge change={e.change} T={T} />
          </span>
          {lines.length > 0 &&
            (e.change === 'removed' ? (
              // A ghost's former mounts are drawn as its dashed edges; these words are for readers.
              <span className="sr-only">{lines.join('; ')}</span>
            ) : (
              <ChangeValues lines={lines} change={e.change} pod={kind === 'pod'} />
            ))}
        </>
      ),
    };
  };
}

/**
 * The changed values beside the card: the first on one line (under a card; on the pod frame's
 * bottom border, right, where its lanes leave room), the rest on hover or focus, over the graph.
 */
function ChangeValues({ lines, change, pod }: { lines: string[]; change: Shown; pod: boolean }) {
  const [first, ...rest] = lines;
  return (
    <div
      data-change-values=""
      tabIndex={rest.length > 0 ? 0 : undefined}
      className={`group absolute z-20 font-mono text-[14px] leading-5 whitespace-nowrap ${pod ? '-bottom-3 right-4' : 'top-full left-0 mt-1'}`}
    >
      <div className={`rounded-md border px-1.5 shadow-sm ${CHANGE_TONE[change]}`}>
        {first}
        {rest.length > 0 && <span className="ml-1.5 font-sans font-semibold">+{rest.length}</span>}
        {rest.length > 0 && (
          <ul className="hidden group-hover:block group-focus:block">
            {rest.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
