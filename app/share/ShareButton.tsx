import { useEffect, useState } from 'react';
import type { AnalysisResult } from '../../src/analysis';
import { analyze } from '../../src/analyze';
import { encodeShare } from '../../src/share/link';
import { findSecrets, type FoundSecret } from '../../src/share/secrets';
import { useTexts } from '../i18n/useTexts';
import { HEADER_BUTTON } from '../input/buttonStyle';
import { formatBytes } from '../input/limits';
import { forgetLinkIfChanged, linkWith, setLinkedText, showFragment } from './fragment';
import { SecretsDialog } from './SecretsDialog';
import { StatusBubble } from './StatusBubble';
import { SHARE_TEXTS } from './texts';

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
  const T = useTexts(SHARE_TEXTS);
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => forgetLinkIfChanged(text), [text]);

  const share = async (fragment: string, shared: string): Promise<void> => {
    setPending(null);
    const link = linkWith(fragment);
    const size = formatBytes(link.length);
    setLinkedText(shared);
    showFragment(fragment);
    const large = link.length > LARGE_LINK ? ` ${T.large(size)}` : '';
    try {
      await navigator.clipboard.writeText(link);
      setStatus({ text: T.copied(size) + large, tone: large ? 'warn' : 'ok' });
    } catch {
      setStatus({ text: T.notCopied(size) + large, tone: 'warn' });
    }
  };

  const onClick = (): void => {
    let fragment: string;
    try {
      fragment = encodeShare(text);
    } catch {
      onError(T.failed);
      return;
    }
    // The analysis may lag a keystroke behind the text: check the very text being shared.
    const checked = result.text === text ? result : analyze(text);
    const secrets = findSecrets(checked);
    if (secrets.length > 0) setPending({ fragment, text, secrets });
    else void share(fragment, text);
  };

  const largeNote =
    pending && linkWith(pending.fragment).length > LARGE_LINK
      ? T.large(formatBytes(linkWith(pending.fragment).length))
      : null;

  return (
    <div className="relative">
      <button type="button" className={HEADER_BUTTON} title={T.title} onClick={onClick}>
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
        {T.button}
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
