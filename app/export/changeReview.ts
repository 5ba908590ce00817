// The Markdown change review of A → B, written by its worker (changeReview.worker.ts).
import type { DiffFiles } from '../../src/diff/json';
import type { Lang } from '../../src/i18n/lang';

export interface ChangeReviewRequest {
  a: string;
  b: string;
  /** The names the review gives the versions. */
  files: DiffFiles;
  lang: Lang;
}

/** The change review of the two texts, in `lang`. */
export function changeReview(request: ChangeReviewRequest): Promise<string> {
  const worker = new Worker(new URL('./changeReview.worker.ts', import.meta.url), {
    type: 'module',
    name: 'podscope-change-review',
  });
  return new Promise<string>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<string>) => resolve(e.data);
    worker.onerror = () => reject(new Error('the change review could not be written'));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
