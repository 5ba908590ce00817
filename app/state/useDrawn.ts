import { useMemo, useState } from 'react';
import type { AnalysisResult } from '../../src/analysis/result';
import { chooseDrawn, type Drawn } from './view';

/**
 * What the graph draws (see chooseDrawn). A workload whose document breaks is drawn as it last
 * parsed: from the newest result that drew it from a parsing document, even when another
 * document was broken then (a file with one template that never parses would otherwise show a
 * long-gone version of every other workload), else from the last result without errors.
 */
export function useDrawn(
  current: AnalysisResult,
  lastGood: AnalysisResult | null,
  key: string,
  previous: number,
): Drawn {
  // Kept with the last-good result it followed: a newer result without errors supersedes it.
  const [parsed, setParsed] = useState<{
    result: AnalysisResult;
    after: AnalysisResult | null;
  } | null>(null);
  const earlier = parsed && parsed.after === lastGood ? parsed.result : lastGood;
  // Compares thousands of workload keys in a big input: once per result, not on every keystroke.
  const drawn = useMemo(
    () => chooseDrawn(current, earlier, key, previous),
    [current, earlier, key, previous],
  );
  // Remembered as it is rendered (React's way of keeping something from an earlier render).
  const fresh = !drawn.stale && drawn.workload !== -1 && drawn.result !== lastGood;
  if (fresh && parsed?.result !== drawn.result)
    setParsed({ result: drawn.result, after: lastGood });
  return drawn;
}
