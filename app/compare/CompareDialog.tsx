import { useEffect, useState } from 'react';
import type { VersionMeta } from '../storage/db';
import { readList, readText } from '../history/versions';
import { formatAt } from '../history/format';
import { useI18n } from '../i18n/useI18n';
import { useTexts } from '../i18n/useTexts';
import { ACCEPT } from '../input/limits';
import { readManifestFile } from '../input/readManifest';
import { linkButton } from '../styles';

interface Props {
  /** Version A chosen: its text and where it came from. */
  onPick: (text: string, source: string) => void;
  onClose: () => void;
}

const BUTTON =
  'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

/** The compare dialog's body: version A from a paste, a file or a kept version. */
export function CompareDialog({ onPick, onClose }: Props) {
  const T = useTexts('compare');
  const input = useTexts('input');
  const { lang } = useI18n();
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [versions, setVersions] = useState<VersionMeta[] | null>(null);

  useEffect(() => {
    let live = true;
    void readList().then((r) => live && setVersions(r.ok ? r.versions : []));
    return () => {
      live = false;
    };
  }, []);

  const fromFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readManifestFile(file, input.file);
    if (read.ok) onPick(read.manifest.text, read.manifest.source);
    else setProblem(read.message);
  };
  const fromVersion = async (v: VersionMeta) => {
    const read = await readText(v.id);
    if (read.ok) onPick(read.text, `${v.source} · ${formatAt(v.at, lang)}`);
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto p-5 text-sm">
      <h2 className="text-base font-semibold">{T.heading}</h2>
      <p className="text-slate-600 dark:text-slate-300">{T.intro}</p>
      <label className="flex flex-col gap-1 font-medium">
        {T.paste}
        <textarea
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          spellCheck={false}
          className="h-36 rounded-md border border-slate-300 p-2 font-mono text-[13px] dark:border-slate-600 dark:bg-slate-950"
        />
      </label>
      <div className="flex items-center gap-2">
        <button
          type="button"
          className={BUTTON}
          disabled={pasted.trim() === ''}
          // No source: the bar says "pasted text" in the page's language.
          onClick={() => onPick(pasted, '')}
        >
          {T.use}
        </button>
        <button type="button" className={BUTTON} onClick={onClose}>
          {T.cancel}
        </button>
      </div>
      <label className="flex flex-col gap-1 font-medium">
        {T.file}
        <input
          type="file"
          accept={ACCEPT}
          onChange={(e) => void fromFile(e.target.files?.[0])}
          className="text-sm font-normal"
        />
      </label>
      {problem && (
        <p role="alert" className="text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
      <section aria-label={T.versions} className="flex flex-col gap-1">
        <h3 className="font-medium">{T.versions}</h3>
        {versions === null ? (
          <p className="text-slate-500">{T.loading}</p>
        ) : versions.length === 0 ? (
          <p className="text-slate-500">{T.noVersions}</p>
        ) : (
          <ul className="flex flex-col gap-0.5">
            {versions.map((v) => (
              <li key={v.id}>
                <button type="button" className={linkButton} onClick={() => void fromVersion(v)}>
                  {formatAt(v.at, lang)} · {v.source} · {v.workloads.slice(0, 3).join(', ')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
