// The graph stage: analysis → the CONTRACT pod graph, its layout, and text exports.
export { buildGraph } from './build';
export { nodesTouchedBy, type TouchableGraph } from './touched';
export { layoutGraph, type GraphLayout, type LaneBox, type LayoutBox } from './layout';
export { toMermaid } from './mermaid';
export { toDot } from './dot';
export type * from './types';
