import type { HostNode } from '../../../src/graph/types';
import { inspectorText as T } from '../texts';
import { Mono } from './Mono';
import { Section } from './Section';

/** The node: which settings tie the pod to it. */
export function HostView({ node }: { node: HostNode }) {
  return (
    <Section title={T.uses}>
      <p className="text-[13px]">{T.hostNote}</p>
      <ul className="mt-1.5 list-disc pl-5 text-[13px]">
        {node.uses.map((u) => (
          <li key={u}>
            <Mono>{u}</Mono>
          </li>
        ))}
      </ul>
    </Section>
  );
}
