import { useTexts } from '../../i18n/useTexts';
import type { Selection } from '../../state/types';
import { linkButton } from '../../styles';

interface Props {
  /** The element to select; without one the label is plain text. */
  target: Selection | undefined;
  label: string;
  onSelect: (s: Selection) => void;
}

/** A name in the inspector that selects its element (in the graph, the YAML and here). */
export function NodeLink({ target, label, onSelect }: Props) {
  const T = useTexts('inspector');
  if (!target) return <code className="font-mono text-[0.93em]">{label}</code>;
  return (
    <button
      type="button"
      onClick={() => onSelect(target)}
      aria-label={T.selectLabel(label)}
      className={`font-mono text-[0.93em] ${linkButton}`}
    >
      {label}
    </button>
  );
}
