import { useCallback, useState } from 'react';
import { loadWrapSetting, saveWrapSetting } from './wrapSetting';

/** Whether the editor wraps long lines, and a setter that also remembers the choice. */
export function useWrapSetting(): [boolean, (on: boolean) => void] {
  const [wrap, setWrapState] = useState(loadWrapSetting);
  const setWrap = useCallback((on: boolean) => {
    setWrapState(on);
    saveWrapSetting(on);
  }, []);
  return [wrap, setWrap];
}
