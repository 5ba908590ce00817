// Compare mode's worker: A's analysis and the diff against B run here, never on the page (see
// compareHost.ts). Started when compare mode opens, ended when it closes.
import { CompareHost } from './compareHost';
import type { CompareReply, CompareRequest } from './compareProtocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<CompareRequest>) => void) | null;
  postMessage(reply: CompareReply): void;
};

const host = new CompareHost((reply) => scope.postMessage(reply));
scope.onmessage = ({ data }) => host.handle(data);
