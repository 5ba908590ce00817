import type { Ref } from 'react';

interface Props {
  ref: Ref<HTMLTextAreaElement>;
  value: string;
  onChange: (text: string) => void;
}

export function ManifestInput({ ref, value, onChange }: Props) {
  return (
    <section className="flex min-h-[24rem] flex-col gap-2">
      <label htmlFor="manifest" className="text-sm font-medium text-slate-700">
        Manifest (YAML or JSON)
      </label>
      <textarea
        id="manifest"
        ref={ref}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        wrap="off"
        className="min-h-[24rem] flex-1 resize-none rounded-lg border border-slate-300 bg-white p-3 font-mono text-[13px] leading-5 text-slate-800 shadow-sm focus:border-sky-500 focus:ring-2 focus:ring-sky-200 focus:outline-none"
      />
    </section>
  );
}
