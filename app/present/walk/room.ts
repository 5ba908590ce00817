// The room the walk keeps clear around what it shows, in screen pixels. Presentation mode has
// no controls over the canvas (the caption holds them) and React Flow's attribution stands in
// the top-right corner, so the graph may use nearly the whole canvas above the caption.
// The canvas reads these too, to choose the arrangement for that room before the walk arrives.

/** Room at the top (the attribution) and above the caption. */
export const ROOM_TOP = 18;
export const ROOM_BOTTOM = 12;
/** Room at the sides for the whole pod; one element gets a tenth of the width each side. */
export const OVERVIEW_SIDE = 24;
/** About as tall as the overview's caption is at 1280×720: two lines in large type. */
export const CAPTION_ESTIMATE = 96;

/** The room above the caption on a presenting canvas of `width` × `height` pixels. */
export function presentingRoom(width: number, height: number): { width: number; height: number } {
  return {
    width: width - 2 * OVERVIEW_SIDE,
    height: height - ROOM_TOP - ROOM_BOTTOM - CAPTION_ESTIMATE,
  };
}
