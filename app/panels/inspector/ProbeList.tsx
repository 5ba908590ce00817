import type { ProbeModel } from '../../../src/model/types';
import { Mono } from './Mono';

/** Probes as `readinessProbe: httpGet → http`. */
export function ProbeList({ probes }: { probes: readonly ProbeModel[] }) {
  return (
    <ul className="flex flex-col gap-0.5 text-sm">
      {probes.map((p) => (
        <li key={p.kind}>
          <Mono>{p.kind}</Mono>
          {p.handlers.length > 0 && (
            <span className="text-slate-600 dark:text-slate-300">
              {': '}
              {p.handlers.join(', ')}
              {p.port !== undefined && ` → ${p.port}`}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
