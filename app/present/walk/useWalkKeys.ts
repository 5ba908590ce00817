import { useEffect } from 'react';
import { useLatest } from '../../state/useLatest';
import { walkKey, type WalkMove } from '../presentKeys';
import { keyFacts } from '../presentKeysDom';

/** The arrow keys, Page Up/Down, Home and End move the walk, wherever the focus is. */
export function useWalkKeys(go: (move: WalkMove) => void): void {
  const latest = useLatest(go);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      const move = walkKey(keyFacts(e));
      if (move === null) return;
      e.preventDefault();
      latest.current(move);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [latest]);
}
