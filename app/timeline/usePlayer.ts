import { useCallback, useEffect, useState } from 'react';

/** How long each moment of a scenario stays on screen while playing: long enough to read it. */
export const STEP_MS = 1400;

export interface Player {
  /** The step the cursor is on. */
  index: number;
  playing: boolean;
  play: () => void;
  pause: () => void;
  seek: (index: number) => void;
  /** Back to the first step and play (a new scenario was chosen). */
  restart: () => void;
}

/**
 * Plays `count` steps one after another, STEP_MS apart, and stops on the last. Play on the last
 * step starts over. `key` names what is played: a new one puts the cursor back on the first step.
 */
export function usePlayer(count: number, key: string): Player {
  const [index, setIndex] = useState(0);
  const [wanted, setWanted] = useState(false);
  const [playedKey, setPlayedKey] = useState(key);
  // A new scenario or workload starts from its first step (set during render: no flash of the
  // old cursor on the new steps).
  if (playedKey !== key) {
    setPlayedKey(key);
    setIndex(0);
  }
  const last = Math.max(0, count - 1);
  const at = Math.min(index, last);
  // Playing stops by itself on the last step.
  const playing = wanted && at < last;

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      setIndex(at + 1);
      if (at + 1 >= last) setWanted(false);
    }, STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, at, last]);

  const play = useCallback(() => {
    setIndex((i) => (i >= last ? 0 : i));
    setWanted(true);
  }, [last]);
  const pause = useCallback(() => setWanted(false), []);
  const seek = useCallback(
    (i: number) => {
      setWanted(false);
      setIndex(Math.max(0, Math.min(i, last)));
    },
    [last],
  );
  const restart = useCallback(() => {
    setIndex(0);
    setWanted(true);
  }, []);
  return { index: at, playing, play, pause, seek, restart };
}
