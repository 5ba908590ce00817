// Compare mode's chunk: everything it needs beyond the Compare button and its state, fetched the
// first time compare mode is wanted (compareModule.ts). A's analysis brings the parser and the
// rules with it, so this chunk is never part of the first load.
export { CompareDialog } from './CompareDialog';
export { CompareBar } from './CompareBar';
export { CompareFindings } from './CompareFindings';
export {
  analyzeA,
  compareWith,
  edgeChanges,
  findingSummary,
  withGhosts,
  type Comparison,
} from './comparison';
export { marksOf } from './marks';
export { diffTexts } from '../../src/diff/texts';
