// The analysis worker: the engine runs here, so the page never waits for it. Each text is cut
// into documents and only documents not seen in the previous text are analysed and sent.
import { AnalysisHost } from './analysisHost';
import type { AnalyzeRequest, WorkerReply } from './protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<AnalyzeRequest>) => void) | null;
  postMessage(reply: WorkerReply): void;
};

const host = new AnalysisHost((reply) => scope.postMessage(reply));
scope.onmessage = ({ data }) => host.handle(data);
