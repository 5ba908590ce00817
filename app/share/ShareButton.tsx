import { useEffect, useRef, useState } from 'react';
import type { AnalysisResult } from '../../src/analysis/result';
import { useTexts } from '../i18n/useTexts';
import { HEADER_BUTTON, HEADER_LABEL } from '../input/buttonStyle';
import { formatBytes } from '../input/limits';
import { lateAnalysis, secretsScan, shareLink } from './codec';
import { forgetLinkIfChanged, linkWith, setLinkedText, showFragment } from './fragment';
import type { SharedA } from './links';
import { SecretsDialog, type ShownSecret } from './SecretsDialog';
import { StatusBubble } from './StatusBubble';

interface Props {
  text: string;
  result: AnalysisResult;
  /** Version A in compare mode: the link then holds both versions. */
  compareA: SharedA | null;
  onError: (message: string) => void;
}

/** Past this many characters a link is "very long": some chat tools and mail cut such links. */
export const LARGE_LINK = 32 * 1024;

type Status = { text: string; tone: 'ok' | 'warn' | 'error' } | null;
interface Pending {
  fragment: string;
  text: string;
  a: SharedA | null;
  secrets: readonly ShownSecret[];
}

/**
 * Share: the whole manifest, compressed into the URL fragment, put in the address bar and on the
 * clipboard; in compare mode, both versions. When a shared text seems to hold secrets, a dialog
 * says what would be shared first.
 */
export function ShareButton({ text, result, compareA, onError }: Props) {
  const T = useTexts('share');
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const latest = useRef({ text, a: compareA });

  useEffect(() => {
    latest.current = { text, a: compareA };
    forgetLinkIfChanged(text, compareA);
  }, [text, compareA]);

  const share = async ({ fragment, text: shared, a }: Pending): Promise<void> => {
    setPending(null);
    const link = linkWith(fragment);
    const size = formatBytes(link.length);
    setLinkedText(shared, a);
    showFragment(fragment);
    // Typed on while the link was made: the address must not claim the older text on reload.
    forgetLinkIfChanged(latest.current.text, latest.current.a);
    const large = link.length > LARGE_LINK ? ` ${T.large(size)}` : '';
    const copied = a ? T.copiedCompare(size) : T.copied(size);
    try {
      await navigator.clipboard.writeText(link);
      setStatus({ text: copied + large, tone: large ? 'warn' : 'ok' });
    } catch {
      setStatus({ text: T.notCopied(size) + large, tone: 'warn' });
    }
  };

  // The link is made from the text as it was at the click, even if typing goes on meanwhile.
  const prepare = async (shared: string, a: SharedA | null): Promise<Pending> => {
    const [{ encodeShare, encodeCompareShare }, { findSecrets }] = await Promise.all([
      shareLink.load(),
      secretsScan.load(),
    ]);
    const fragment = a ? encodeCompareShare(shared, a) : encodeShare(shared);
    // The analysis may lag a keystroke behind the text: check the very text being shared.
    const checked = result.text === shared ? result : (await lateAnalysis.load()).analyze(shared);
    const secrets: ShownSecret[] = findSecrets(checked).map((s) => ({
      ...s,
      version: a ? 'B' : undefined,
    }));
    // Version A travels in the link too: its secrets are shown first, as A comes before B.
    if (a) {
      const inA = findSecrets((await lateAnalysis.load()).analyze(a.text));
      secrets.unshift(...inA.map((s) => ({ ...s, version: 'A' as const })));
    }
    return { fragment, text: shared, a, secrets };
  };

  const onClick = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    let made: Pending;
    try {
      made = await prepare(text, compareA);
    } catch {
      onError(T.failed);
      return;
    } finally {
      setBusy(false);
    }
    if (made.secrets.length > 0) setPending(made);
    else await share(made);
  };

  const largeNote =
    pending && linkWith(pending.fragment).length > LARGE_LINK
      ? T.large(formatBytes(linkWith(pending.fragment).length))
      : null;

  return (
    <div className="relative">
      <button
        type="button"
        className={HEADER_BUTTON}
        title={T.title}
        aria-busy={busy}
        onClick={() => void onClick()}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
        >
          <path d="M6.5 9.5a3 3 0 0 0 4.2 0l2.3-2.3a3 3 0 0 0-4.2-4.2l-1 1M9.5 6.5a3 3 0 0 0-4.2 0L3 8.8A3 3 0 0 0 7.2 13l1-1" />
        </svg>
        <span className={HEADER_LABEL}>{T.button}</span>
      </button>
      <SecretsDialog
        secrets={pending?.secrets ?? null}
        compare={pending?.a != null}
        largeNote={largeNote}
        onShare={() => pending && void share(pending)}
        onCancel={() => setPending(null)}
      />
      <StatusBubble message={status} duration={8000} />
    </div>
  );
}
