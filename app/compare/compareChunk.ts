// Compare mode's chunk: everything it needs beyond the Compare button and its state, fetched the
// first time compare mode is wanted (compareModule.ts). A's analysis and the diff run in the
// compare worker (compareClient.ts), which this chunk starts.
export { CompareDialog } from './CompareDialog';
export { CompareBar } from './CompareBar';
export { CompareFindings } from './CompareFindings';
export {
  comparisonOf,
  edgeChanges,
  findingSummary,
  withGhosts,
  type Comparison,
} from './comparison';
export { CompareClient, startCompareWorker } from './compareClient';
export { marksOf, portMarksOf } from './marks';
export { portChanges, withPortGhosts } from './ports';
export { diffTexts } from '../../src/diff/texts';
