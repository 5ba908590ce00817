// What tabs of the page tell each other (a BroadcastChannel: same browser, same origin only).

export const CHANNEL = 'podscope';

/** A tab saved its working copy. */
export interface WorkSaved {
  type: 'work-saved';
  tab: string;
  source: string;
  at: number;
  bytes: number;
}
