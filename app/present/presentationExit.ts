import { createContext } from 'react';

/** Leaves presentation mode: given by the page around the canvas, used by the walk's controls. */
export const PresentationExit = createContext<() => void>(() => {});
