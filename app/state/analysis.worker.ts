// The analysis worker: the engine runs here, so the page never waits for it. Each text is cut
// into documents and only documents not seen in the previous text are analysed and sent. It also
// stores the text in the browser's database when the page asks (see analysisHost.ts).
import { CHANNEL, type WorkSaved } from '../storage/channel';
import { Keeper } from '../storage/keeper';
import { AnalysisHost } from './analysisHost';
import type { WorkerReply, WorkerRequest } from './protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(reply: WorkerReply): void;
};

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
const host = new AnalysisHost(
  (reply) => scope.postMessage(reply),
  new Keeper(),
  (message: WorkSaved) => channel?.postMessage(message),
);
scope.onmessage = ({ data }) => host.handle(data);
