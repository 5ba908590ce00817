import { RISKY_FLAG } from '../../../src/graph/badges';
import { TYPE } from '../../../src/graph/sizes';
import { shortenMiddle } from '../../../src/graph/text';
import type { ContainerLine } from '../cardLines';
import { useTexts } from '../../i18n/useTexts';
import { wellKnownLabel } from '../labels';
import { resourceBar, type ResourceScale } from '../resourceBars';
import type { ContainerNode } from '../../../src/graph/types';
import { ResourceBarLine } from './ResourceBarLine';

// Detail lines: small type, shown only once the canvas is zoomed in (see useDetail).
const LINE =
  'flex h-[13px] min-w-0 items-center gap-1 text-[10px] leading-[13px] whitespace-nowrap';
const MUTED = 'text-slate-500 dark:text-slate-400';

/** `text` shortened in the middle to fit `width` px of detail type. */
function fit(text: string, width: number): string {
  return shortenMiddle(text, TYPE.detail, width);
}

/** One detail line of a container card, `width` px wide. */
export function ContainerLineView(props: {
  line: ContainerLine;
  node: ContainerNode;
  scale: ResourceScale;
  width: number;
}) {
  const { line, width } = props;
  const T = useTexts('canvas');
  switch (line.kind) {
    case 'image':
      return (
        <div className={`${LINE} font-mono ${MUTED}`} title={line.image}>
          {fit(line.image ?? T.ui.noImage, width)}
        </div>
      );
    case 'bar':
      return <ResourceBarLine dense bar={resourceBar(props.node, line.resource, props.scale)} />;
    case 'port': {
      const p = line.port;
      const text = `${p.port}/${p.protocol}${p.name !== undefined ? ` ${p.name}` : ''}`;
      return (
        <div className={`${LINE} font-mono`}>
          <span className={MUTED}>{T.ui.port}</span>
          <span>{fit(text, width / 2)}</span>
          {p.hostPort !== undefined && (
            <span className="text-red-700 dark:text-red-400">hostPort {p.hostPort}</span>
          )}
        </div>
      );
    }
    case 'mount':
      return (
        <div
          className={`${LINE} font-mono`}
          title={`${line.mount.mountPath} ← ${line.mount.volume}`}
        >
          <span>{fit(line.mount.mountPath, width * 0.5)}</span>
          <span className={MUTED}>{line.mount.readOnly ? 'ro' : 'rw'}</span>
          <span className={MUTED}>← {fit(line.mount.volume, width * 0.35)}</span>
        </div>
      );
    case 'missing-mount':
      return <div className={`${LINE} text-red-700 dark:text-red-400`}>{T.ui.missingVolume}</div>;
    case 'more':
      return <div className={`${LINE} ${MUTED}`}>{T.ui.moreItems(line.count)}</div>;
    case 'probes':
      return (
        <div className={LINE}>
          <span className={MUTED}>{T.ui.probes}</span>
          <span>{fit(line.probes.map((p) => T.ui.probe[p] ?? p).join(', '), width - 40)}</span>
        </div>
      );
    case 'security':
      return (
        <div className={LINE} title={line.flags.join(', ')}>
          {fit(line.flags.join(', '), width)
            .split(', ')
            .map((f, i) => (
              <span
                key={`${i}:${f}`}
                className={
                  RISKY_FLAG.test(f)
                    ? 'font-medium text-red-700 dark:text-red-400'
                    : 'text-emerald-700 dark:text-emerald-400'
                }
              >
                {i > 0 && <span className={MUTED}>, </span>}
                {f}
              </span>
            ))}
        </div>
      );
    case 'identity':
      return (
        <div className={LINE}>
          {line.wellKnown !== undefined && (
            <span className="rounded-full bg-slate-100 px-1.5 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
              {wellKnownLabel(line.wellKnown, T)}
            </span>
          )}
          {line.target !== undefined && (
            <span className={MUTED}>{fit(T.ui.target(line.target), width * 0.6)}</span>
          )}
        </div>
      );
    case 'status':
      return (
        <div className={LINE}>
          {line.restartCount !== undefined && (
            <span className={MUTED}>{T.ui.restarts(line.restartCount)}</span>
          )}
          {line.reason !== undefined && (
            <span className="font-medium text-red-700 dark:text-red-400">
              {fit(T.ui.lastReason(line.reason), width * 0.6)}
            </span>
          )}
        </div>
      );
  }
}
