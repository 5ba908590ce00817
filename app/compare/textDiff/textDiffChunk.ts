// The text diff's chunk: the merge view and everything it needs, fetched the first time the text
// diff is shown (TextDiffSlot.tsx).
export { TextDiff } from './TextDiff';
