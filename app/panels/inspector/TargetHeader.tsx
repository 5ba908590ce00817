import { useTexts } from '../../i18n/useTexts';
import { useEffect, useRef } from 'react';
import { targetKey, type Target } from '../../state/target';
import type { InspectorTexts } from '../../i18n/en/inspector';
import type { InspectorContext } from './context';

interface Heading {
  kind: string;
  title: string;
}

function heading(target: Target, ctx: InspectorContext, T: InspectorTexts): Heading {
  switch (target.kind) {
    case 'finding':
      return { kind: T.kind.finding, title: target.finding.ruleId };
    case 'port':
      return {
        kind: T.kind.port,
        title: `${target.chip.port}/${target.chip.protocol} · ${target.chip.container}`,
      };
    case 'mount':
    case 'edge': {
      const name = (id: string) => ctx.graph.nodes.find((n) => n.id === id)?.name ?? id;
      const title =
        target.kind === 'mount'
          ? `${name(target.edge.source)} → ${target.edge.mountPath}`
          : `${name(target.edge.source)} → ${name(target.edge.target)}`;
      return { kind: target.kind === 'mount' ? T.kind.mount : T.kind.edge, title };
    }
    case 'node': {
      const n = target.node;
      if (n.kind === 'pod') return { kind: n.workloadKind, title: n.name };
      if (n.kind === 'namespace')
        return {
          kind: T.kind.namespace,
          title:
            n.scope === 'host'
              ? `${T.namespace[n.name].title} · ${T.kind.host}`
              : T.namespace[n.name].title,
        };
      if (n.kind === 'object') return { kind: n.objectKind, title: n.name };
      return { kind: T.kind[n.kind], title: n.name };
    }
  }
}

/** What is inspected: its kind above its name. A new target shows from its top. */
export function TargetHeader({ target, ctx }: { target: Target; ctx: InspectorContext }) {
  const T = useTexts('inspector');
  const h = heading(target, ctx, T);
  const ref = useRef<HTMLElement>(null);
  // Keyed by identity, not by object: an edit rebuilds the target but must not move the view.
  const key = targetKey(target);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [key]);
  return (
    <header ref={ref} className="px-4 pt-3 pb-2">
      <p className="text-xs font-semibold tracking-wider text-indigo-700 uppercase dark:text-indigo-300">
        {h.kind}
      </p>
      <h2 className="font-mono text-base font-semibold break-all" data-inspected={target.kind}>
        {h.title}
      </h2>
    </header>
  );
}
