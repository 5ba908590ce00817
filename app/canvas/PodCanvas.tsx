import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import type { PodCanvasProps } from './canvasProps';
import { CanvasFlow } from './CanvasFlow';

/** The pod graph, drawn with React Flow from the engine's graph, laid out for the canvas's shape. */
export function PodCanvas(props: PodCanvasProps) {
  return (
    <ReactFlowProvider>
      <CanvasFlow {...props} />
    </ReactFlowProvider>
  );
}
