import { useEffect, useRef, useState } from 'react';
import type { AnalysisResult } from '../../src/analysis/result';
import type { FoundSecret } from '../../src/share/secrets';
import { useTexts } from '../i18n/useTexts';
import { HEADER_BUTTON, HEADER_LABEL } from '../input/buttonStyle';
import { formatBytes } from '../input/limits';
import { lateAnalysis, secretsScan, shareLink } from './codec';
import { forgetLinkIfChanged, linkWith, setLinkedText, showFragment } from './fragment';
import { SecretsDialog } from './SecretsDialog';
import { StatusBubble } from './StatusBubble';

interface Props {
  text: string;
  result: AnalysisResult;
  onError: (message: string) => void;
}

/** Past this many characters a link is "very long": some chat tools and mail cut such links. */
export const LARGE_LINK = 32 * 1024;

type Status = { text: string; tone: 'ok' | 'warn' | 'error' } | null;
interface Pending {
  fragment: string;
  text: string;
  secrets: readonly FoundSecret[];
}

/**
 * Share: the whole manifest, compressed into the URL fragment, put in the address bar and on the
 * clipboard. When the manifest seems to hold secrets, a dialog says what would be shared first.
 */
export function ShareButton({ text, result, onError }: Props) {
  const T = useTexts('share');
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const latest = useRef(text);

  useEffect(() => {
    latest.current = text;
    forgetLinkIfChanged(text);
  }, [text]);

  const share = async (fragment: string, shared: string): Promise<void> => {
    setPending(null);
    const link = linkWith(fragment);
    const size = formatBytes(link.length);
    setLinkedText(shared);
    showFragment(fragment);
    // Typed on while the link was made: the address must not claim the older text on reload.
    forgetLinkIfChanged(latest.current);
    const large = link.length > LARGE_LINK ? ` ${T.large(size)}` : '';
    try {
      await navigator.clipboard.writeText(link);
      setStatus({ text: T.copied(size) + large, tone: large ? 'warn' : 'ok' });
    } catch {
      setStatus({ text: T.notCopied(size) + large, tone: 'warn' });
    }
  };

  // The link is made from the text as it was at the click, even if typing goes on meanwhile.
  const prepare = async (shared: string): Promise<Pending> => {
    const [{ encodeShare }, { findSecrets }] = await Promise.all([
      shareLink.load(),
      secretsScan.load(),
    ]);
    const fragment = encodeShare(shared);
    // The analysis may lag a keystroke behind the text: check the very text being shared.
    const checked = result.text === shared ? result : (await lateAnalysis.load()).analyze(shared);
    return { fragment, text: shared, secrets: findSecrets(checked) };
  };

  const onClick = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    let made: Pending;
    try {
      made = await prepare(text);
    } catch {
      onError(T.failed);
      return;
    } finally {
      setBusy(false);
    }
    if (made.secrets.length > 0) setPending(made);
    else await share(made.fragment, made.text);
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
        largeNote={largeNote}
        onShare={() => pending && void share(pending.fragment, pending.text)}
        onCancel={() => setPending(null)}
      />
      <StatusBubble message={status} duration={8000} />
    </div>
  );
}
