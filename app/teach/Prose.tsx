import { codeSpans } from './codeSpans';

/** A paragraph of teaching prose, with `backticked` commands set as inline code. */
export function Prose({ text, className }: { text: string; className?: string }) {
  return (
    <p className={className}>
      {codeSpans(text).map((s, i) =>
        s.code ? (
          <code
            key={i}
            className="rounded bg-slate-100 px-1 font-mono text-[0.93em] not-italic dark:bg-slate-800"
          >
            {s.text}
          </code>
        ) : (
          s.text
        ),
      )}
    </p>
  );
}
