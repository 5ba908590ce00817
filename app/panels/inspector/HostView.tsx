import { useTexts } from '../../i18n/useTexts';
import type { HostNode } from '../../../src/graph/types';
import { Mono } from './Mono';
import { Section } from './Section';

/** The node: which settings tie the pod to it. */
export function HostView({ node }: { node: HostNode }) {
  const T = useTexts('inspector');
  return (
    <Section title={T.uses}>
      <ul className="list-disc pl-5 text-sm">
        {node.uses.map((u) => (
          <li key={u}>
            <Mono>{u}</Mono>
          </li>
        ))}
      </ul>
    </Section>
  );
}
