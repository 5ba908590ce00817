import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref that always holds the newest `value` (set before paint). Callbacks read it to keep one
 * identity while what they read changes: a callback handed to thousands of list rows would
 * otherwise redraw them all whenever a new analysis arrives.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  }, [value]);
  return ref;
}
