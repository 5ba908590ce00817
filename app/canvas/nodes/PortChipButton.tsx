import { chipKey } from '../../../src/graph/marks';
import { chipWidth } from '../../../src/graph/sizes';
import type { PortChip } from '../../../src/graph/types';
import { useCanvasActions } from '../canvasActions';
import type { PortMark } from '../changeMarks';
import { useTexts } from '../../i18n/useTexts';
import { selectionRing, SEVERITY_BORDER } from '../styles';

/**
 * A declared port on the network hub. Clashing ports are red: the second bind fails. In compare
 * mode a chip carries its change (`mark`); a removed one is a ghost that cannot be selected.
 */
export function PortChipButton(props: { chip: PortChip; selected: boolean; mark?: PortMark }) {
  const { chip, selected, mark } = props;
  const { select } = useCanvasActions();
  const T = useTexts('canvas');
  const port = `${chip.port}/${chip.protocol}`;
  const tone = chip.clash
    ? 'border-red-600 bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200'
    : chip.severity
      ? `${SEVERITY_BORDER[chip.severity]} bg-white text-slate-800 dark:bg-slate-900 dark:text-slate-100`
      : 'border-indigo-300 bg-white text-indigo-900 dark:border-indigo-700 dark:bg-slate-900 dark:text-indigo-100';
  const ghost = mark?.change === 'removed';
  const Chip = ghost ? 'span' : 'button';
  return (
    <Chip
      {...(ghost ? {} : { type: 'button' as const })}
      data-port={port}
      data-container={chip.container}
      data-clash={chip.clash ? 'true' : undefined}
      data-severity={chip.severity}
      data-change={mark?.change}
      data-from={mark?.from}
      aria-current={selected ? 'true' : undefined}
      title={`${T.ui.chipLabel(port, chip.container, chip.clash)}${mark ? ` · ${mark.word}` : ''}`}
      style={{ width: chipWidth(chip) + (mark?.room ?? 0) }}
      onClick={(e) => {
        // The hub behind the chip must not take the click as its own.
        e.stopPropagation();
        if (!ghost)
          select({ kind: 'port', key: chipKey(chip.container, chip.port, chip.protocol) });
      }}
      className={`nodrag relative inline-flex h-7 max-w-full shrink-0 items-center justify-center gap-1.5 rounded-full border px-2.5 font-mono text-[14px] whitespace-nowrap ${ghost ? '' : 'cursor-pointer'} ${chip.clash ? 'border-2 font-semibold' : ''} ${tone} ${mark?.tone ?? ''} ${selectionRing(selected, false)}`}
    >
      {/* Compare mode: the change's icon on the chip's corner. */}
      {mark && (
        <span
          aria-hidden="true"
          className="absolute -top-2 -left-1.5 rounded-full border border-current bg-white px-1 text-[14px] leading-4 font-semibold dark:bg-slate-900"
        >
          {mark.symbol}
        </span>
      )}
      {mark?.from !== undefined && (
        <span className="text-slate-500 line-through dark:text-slate-400">{mark.from}</span>
      )}
      {mark?.from !== undefined && <span aria-hidden="true">→</span>}
      <span>{port}</span>
      <span className="font-sans">{chip.container}</span>
      {chip.clash && <span aria-hidden="true">⚠</span>}
      {chip.clash && <span className="sr-only">, {T.ui.clashes}</span>}
      {mark && <span className="sr-only">, {mark.word}</span>}
    </Chip>
  );
}
