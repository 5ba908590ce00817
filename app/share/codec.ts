// The share codec (fflate) and the secrets scan are fetched with the first share, or as soon as
// the page's address carries a share link: the page paints without them.
import { lazyModule } from '../lazy/lazyModule';

/** Making and opening links of every version (links.ts), and fflate behind them. */
export const shareLink = lazyModule(() => import('./links'));

/** findSecrets, asked before a link is made. */
export const secretsScan = lazyModule(() => import('../../src/share/secrets'));

/** The whole analysis, for the rare share made before the page's analysis caught up. */
export const lateAnalysis = lazyModule(() => import('../../src/analysis/analyze'));
