import type { ContainerLine } from '../cardLines';
import { useTexts } from '../../i18n/useTexts';
import { canvasTexts, wellKnownLabel } from '../canvasText';
import { resourceBar, type ResourceScale } from '../resourceBars';
import type { ContainerNode } from '../../../src/graph/types';
import { ResourceBarLine } from './ResourceBarLine';

const LINE = 'flex h-[18px] min-w-0 items-center gap-1.5';
const MUTED = 'text-slate-500 dark:text-slate-400';
// Flags that weaken isolation read as risks; the others harden the container.
const RISKY = /^(privileged|allowPrivilegeEscalation|capabilities\.add)/;

/** One 18px line of a container card. */
export function ContainerLineView(props: {
  line: ContainerLine;
  node: ContainerNode;
  scale: ResourceScale;
}) {
  const { line } = props;
  const T = useTexts(canvasTexts);
  switch (line.kind) {
    case 'image':
      return (
        <div className={`${LINE} font-mono text-xs ${MUTED}`} title={line.image}>
          <span className="truncate">{line.image ?? T.ui.noImage}</span>
        </div>
      );
    case 'bar':
      return <ResourceBarLine bar={resourceBar(props.node, line.resource, props.scale)} />;
    case 'port':
      return (
        <div className={`${LINE} font-mono text-xs`}>
          <span className={MUTED}>{T.ui.port}</span>
          <span className="truncate">
            {line.port.port}/{line.port.protocol}
            {line.port.name !== undefined && <span className={MUTED}> {line.port.name}</span>}
            {line.port.hostPort !== undefined && (
              <span className="text-red-700 dark:text-red-400"> hostPort {line.port.hostPort}</span>
            )}
          </span>
        </div>
      );
    case 'mount':
      return (
        <div
          className={`${LINE} font-mono text-xs`}
          title={`${line.mount.mountPath} ← ${line.mount.volume}`}
        >
          <span className="truncate">{line.mount.mountPath}</span>
          <span className={`shrink-0 ${MUTED}`}>{line.mount.readOnly ? 'ro' : 'rw'}</span>
          <span className={`truncate ${MUTED}`}>← {line.mount.volume}</span>
        </div>
      );
    case 'missing-mount':
      return (
        <div className={`${LINE} text-xs text-red-700 dark:text-red-400`}>{T.ui.missingVolume}</div>
      );
    case 'more':
      return <div className={`${LINE} text-xs ${MUTED}`}>{T.ui.moreItems(line.count)}</div>;
    case 'probes':
      return (
        <div className={`${LINE} text-xs`}>
          <span className={MUTED}>{T.ui.probes}</span>
          <span className="truncate">{line.probes.map((p) => T.ui.probe[p] ?? p).join(', ')}</span>
        </div>
      );
    case 'security':
      return (
        <div className={`${LINE} text-xs`} title={line.flags.join(', ')}>
          <span className="truncate">
            {line.flags.map((f, i) => (
              <span
                key={`${i}:${f}`}
                className={
                  RISKY.test(f)
                    ? 'font-medium text-red-700 dark:text-red-400'
                    : 'text-emerald-700 dark:text-emerald-400'
                }
              >
                {i > 0 && <span className={MUTED}>, </span>}
                {f}
              </span>
            ))}
          </span>
        </div>
      );
    case 'identity':
      return (
        <div className={`${LINE} text-xs`}>
          {line.wellKnown !== undefined && (
            <span className="truncate rounded-full bg-slate-100 px-2 leading-4 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
              {wellKnownLabel(line.wellKnown, T)}
            </span>
          )}
          {line.target !== undefined && (
            <span className={`truncate ${MUTED}`}>{T.ui.target(line.target)}</span>
          )}
        </div>
      );
    case 'status':
      return (
        <div className={`${LINE} text-xs`}>
          {line.restartCount !== undefined && (
            <span className={MUTED}>{T.ui.restarts(line.restartCount)}</span>
          )}
          {line.reason !== undefined && (
            <span className="truncate font-medium text-red-700 dark:text-red-400">
              {T.ui.lastReason(line.reason)}
            </span>
          )}
        </div>
      );
  }
}
