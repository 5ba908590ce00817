// The change review is written in a worker of its own, started for one export and ended after it:
// the diff engine analyses both versions and writes the Markdown `podscope diff --format
// markdown` prints. Its graph-to-Mermaid code then never joins the page's first load (it shares
// a module with the graph's edge labels, which the page draws).
import { compareTexts } from '../../src/diff/compare';
import { toDiffMarkdown } from '../../src/diff/markdown';
import type { ChangeReviewRequest } from './changeReview';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ChangeReviewRequest>) => void) | null;
  postMessage(markdown: string): void;
};

scope.onmessage = ({ data: { a, b, files, lang } }) =>
  scope.postMessage(toDiffMarkdown(compareTexts(a, b), files, lang));
