import { chipKey } from '../../../src/graph/marks';
import { chipWidth } from '../../../src/graph/sizes';
import type { PortChip } from '../../../src/graph/types';
import { useCanvasActions } from '../canvasActions';
import { useTexts } from '../../i18n/useTexts';
import { selectionRing, SEVERITY_BORDER } from '../styles';

/** A declared port on the network hub. Clashing ports are red: the second bind fails. */
export function PortChipButton({ chip, selected }: { chip: PortChip; selected: boolean }) {
  const { select } = useCanvasActions();
  const T = useTexts('canvas');
  const port = `${chip.port}/${chip.protocol}`;
  const tone = chip.clash
    ? 'border-red-600 bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200'
    : chip.severity
      ? `${SEVERITY_BORDER[chip.severity]} bg-white text-slate-800 dark:bg-slate-900 dark:text-slate-100`
      : 'border-indigo-300 bg-white text-indigo-900 dark:border-indigo-700 dark:bg-slate-900 dark:text-indigo-100';
  return (
    <button
      type="button"
      data-port={port}
      data-container={chip.container}
      data-clash={chip.clash ? 'true' : undefined}
      data-severity={chip.severity}
      aria-current={selected ? 'true' : undefined}
      title={T.ui.chipLabel(port, chip.container, chip.clash)}
      style={{ width: chipWidth(chip) }}
      onClick={(e) => {
        // The hub behind the chip must not take the click as its own.
        e.stopPropagation();
        select({ kind: 'port', key: chipKey(chip.container, chip.port, chip.protocol) });
      }}
      className={`nodrag inline-flex h-7 max-w-full shrink-0 cursor-pointer items-center justify-center gap-1.5 rounded-full border px-2.5 font-mono text-[14px] whitespace-nowrap ${chip.clash ? 'border-2 font-semibold' : ''} ${tone} ${selectionRing(selected, false)}`}
    >
      <span>{port}</span>
      <span className="font-sans">{chip.container}</span>
      {chip.clash && <span aria-hidden="true">⚠</span>}
      {chip.clash && <span className="sr-only">, {T.ui.clashes}</span>}
    </button>
  );
}
