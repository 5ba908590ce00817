import { useCallback, useRef, useState } from 'react';
import defaultExample from './examples/default.yaml?raw';
import { FindingsPanel } from './FindingsPanel';
import { ManifestInput } from './ManifestInput';
import { useAnalysis } from './useAnalysis';

export function App() {
  const [text, setText] = useState(defaultExample);
  const { outcome, stale } = useAnalysis(text);
  const inputRef = useRef<HTMLTextAreaElement>(null);

  // Selecting a finding puts the cursor on the YAML it is about.
  const reveal = useCallback((offset: number, endOffset: number) => {
    const input = inputRef.current;
    if (!input) return;
    input.focus();
    input.setSelectionRange(offset, endOffset);
  }, []);

  return (
    <div className="flex min-h-full flex-col bg-slate-50 text-slate-900">
      <header className="flex items-baseline gap-3 border-b border-slate-200 bg-white px-6 py-3">
        <h1 className="text-xl font-semibold tracking-tight">podscope</h1>
        <p className="text-sm text-slate-500">
          See inside a Kubernetes Pod. Your manifest never leaves this page.
        </p>
      </header>
      <main className="grid flex-1 gap-4 p-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <ManifestInput ref={inputRef} value={text} onChange={setText} />
        <FindingsPanel outcome={outcome} stale={stale} onReveal={reveal} />
      </main>
    </div>
  );
}
