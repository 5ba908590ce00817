import { useId, type ReactNode } from 'react';

/** A titled block of the inspector. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className="border-t border-slate-100 px-4 py-3 dark:border-slate-800"
    >
      <h3
        id={id}
        className="mb-1.5 text-xs font-semibold tracking-wider text-slate-500 uppercase dark:text-slate-400"
      >
        {title}
      </h3>
      {children}
    </section>
  );
}
