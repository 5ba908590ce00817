import type { ReactNode } from 'react';

export interface Row {
  key: string;
  cells: readonly ReactNode[];
}

interface Props {
  caption: string;
  columns: readonly string[];
  rows: readonly Row[];
  /** Set on the table for tests and outside checks (`data-table="mounts"`). */
  name?: string;
}

/** A small table with a (visually hidden) caption naming it for screen readers. */
export function DataTable({ caption, columns, rows, name }: Props) {
  return (
    <div className="overflow-x-auto">
      <table data-table={name} className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-700">
            {columns.map((c) => (
              <th
                key={c}
                scope="col"
                className="py-1 pr-3 text-xs font-medium text-slate-500 dark:text-slate-400"
              >
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.key}
              className="border-b border-slate-100 last:border-0 dark:border-slate-800"
            >
              {r.cells.map((cell, i) => (
                <td key={columns[i] ?? i} className="py-1 pr-3 align-top break-words">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
