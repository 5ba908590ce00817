// What the fix chunk holds (see fixModule.ts): the offers of a result, the preview and the titles.
export { FixPreview } from './FixPreview';
export { offersFor } from './offers';
export { fixTitle } from '../../src/fix/catalog';
