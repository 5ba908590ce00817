// Drag a file anywhere on the page to load it.
//
//   const drop = useFileDrop(onLoad, onError);
//   <DropOverlay {...drop} />
//
// Returns `FileDrop`: `visible` is true while files are dragged over the window; dragging text
// or page elements never shows it, and leaving the window, Escape or the drop hides it. A drop
// runs the same checks as Upload (size cap, binary, UTF-8) and reports to exactly one of
// onLoad / onError. The listeners sit on window in the capture phase and take every file drop,
// so a file dropped on the editor replaces the manifest rather than being pasted into it.
import { useEffect, useEffectEvent, useState } from 'react';
import type { LoadedManifest } from '../state/types';
import { useTexts } from '../i18n/useTexts';
import { loadFiles } from './readManifest';

export interface FileDrop {
  /** True while the user drags one or more files over the page. */
  visible: boolean;
}

const carriesFiles = (e: DragEvent): boolean => e.dataTransfer?.types.includes('Files') ?? false;

/** Loads files dropped anywhere on the page; see the top of this file. */
export function useFileDrop(
  onLoad: (m: LoadedManifest) => void,
  onError: (message: string) => void,
): FileDrop {
  const [visible, setVisible] = useState(false);
  const { file: words } = useTexts('input');
  const load = useEffectEvent((files: File[]) => {
    void loadFiles(files, onLoad, onError, words);
  });

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed; the depth says whether the
    // pointer is still somewhere over the page.
    let depth = 0;
    const enter = (e: DragEvent): void => {
      if (!carriesFiles(e)) return;
      depth += 1;
      setVisible(true);
    };
    const over = (e: DragEvent): void => {
      if (!carriesFiles(e)) return;
      e.preventDefault(); // allows the drop
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      depth = Math.max(depth, 1);
      setVisible(true);
    };
    const leave = (e: DragEvent): void => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setVisible(false);
    };
    const drop = (e: DragEvent): void => {
      if (!carriesFiles(e)) return;
      e.preventDefault(); // no navigation to the file, no insertion by the editor
      depth = 0;
      setVisible(false);
      load([...(e.dataTransfer?.files ?? [])]);
    };
    const options = { capture: true };
    window.addEventListener('dragenter', enter, options);
    window.addEventListener('dragover', over, options);
    window.addEventListener('dragleave', leave, options);
    window.addEventListener('drop', drop, options);
    return () => {
      window.removeEventListener('dragenter', enter, options);
      window.removeEventListener('dragover', over, options);
      window.removeEventListener('dragleave', leave, options);
      window.removeEventListener('drop', drop, options);
    };
  }, []);

  return { visible };
}
