// What compare mode draws on each changed card: a badge with the change's icon and word (colour
// is never the only sign), the changed values as `old → new`, and a ghost's former mounts.
import type { ChangeMarks, PortMark } from '../canvas/changeMarks';
import type { ElementDiff, FieldChange, WorkloadDiff } from '../../src/diff';
import type { DiffTexts } from '../../src/diff/texts';
import type { PortChanges } from './ports';

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

// On the card's top border, mostly inside: a lane's label sits just above the first card of its
// lane. Left of the severity badge, in the title row's top padding.
function Badge({ change, T }: { change: Shown; T: DiffTexts }) {
  return (
    <span
      data-change-badge=""
      className="pointer-events-none absolute -top-1 right-10 z-10 [&>span]:leading-4"
    >
      <ChangeBadge change={change} T={T} />
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

// A chip's outline: the change's colour, a ghost's dashes (the chip's border is its own).
const CHIP_TONE: Record<Shown, string> = {
  added: 'outline-2 outline-offset-1 outline-emerald-600',
  removed: 'border-dashed opacity-70 outline-2 outline-offset-1 outline-dashed outline-red-600',
  changed: 'outline-2 outline-offset-1 outline-amber-600',
};

/** The port chips' marks, with the change's icon, word and colour (ChangedPortsContext). */
export function portMarksOf(p: PortChanges, T: DiffTexts): ReadonlyMap<string, PortMark> {
  const out = new Map<string, PortMark>();
  for (const [key, c] of p.marks)
    out.set(key, {
      ...c,
      symbol: T.symbol[c.change],
      word: T.change[c.change],
      tone: CHIP_TONE[c.change],
    });
  return out;
}

/** The marks of one workload's diff, for the graph's cards (ChangeMarksContext). */
export function marksOf(w: WorkloadDiff | undefined, T: DiffTexts): ChangeMarks | null {
  if (!w) return null;
  // A workload A does not have: everything on its graph is new.
  if (w.change === 'added') {
    const added = {
      change: 'added' as const,
      decoration: <Badge change="added" T={T} />,
    };
    return () => added;
  }
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
    if (kind === 'pod' && e.change === 'changed' && lines.length > 0)
      // The frame's top border, right, is free of its header and lanes: values, then the badge.
      return {
        change: e.change,
        decoration: (
          <span className="absolute -top-2.5 right-3 z-10 flex items-start gap-2 [&>div>div]:leading-4 [&>span>span]:leading-4">
            <ChangeValues lines={lines} change={e.change} className="relative" />
            <span data-change-badge="">
              <ChangeBadge change={e.change} T={T} />
            </span>
          </span>
        ),
      };
    return {
      change: e.change,
      decoration: (
        <>
          <Badge change={e.change} T={T} />
          {lines.length > 0 &&
            (e.change === 'removed' ? (
              // A ghost's former mounts are drawn as its dashed edges; these words are for readers.
              <span className="sr-only">{lines.join('; ')}</span>
            ) : (
              // Under the card, over its bottom border: within the gap to the next card or the
              // frame's edge, and over no line of the card (only its bottom padding).
              <ChangeValues
                lines={lines}
                change={e.change}
                className="absolute top-full -mt-1.5 left-2 [&>div]:leading-4"
              />
            ))}
        </>
      ),
    };
  };
}

/**
 * The changed values on the card's border: the first on one line, the rest on hover or focus,
 * over the graph.
 */
function ChangeValues(props: { lines: string[]; change: Shown; className: string }) {
  const { lines, change } = props;
  const [first, ...rest] = lines;
  return (
    <div
      data-change-values=""
      tabIndex={rest.length > 0 ? 0 : undefined}
      className={`group z-20 font-mono text-[14px] leading-5 whitespace-nowrap ${props.className}`}
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
