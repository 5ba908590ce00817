import { describe, expect, it } from 'vitest';
import { CAPTION_ESTIMATE, presentingRoom, ROOM_BOTTOM, ROOM_TOP } from './room';
import { stepViewport } from './walkView';

describe('presentingRoom', () => {
  it('is the canvas less the sides, the top and bottom room and the caption', () => {
    const room = presentingRoom(1280, 720);
    expect(room.height).toBe(720 - ROOM_TOP - ROOM_BOTTOM - CAPTION_ESTIMATE);
    expect(room.width).toBeLessThan(1280);
  });

  it('is the room the walk fits the whole pod into, with a caption of the estimated height', () => {
    const room = presentingRoom(1280, 720);
    const pod = { x: 0, y: 0, width: room.width * 2, height: room.height * 2 };
    const v = stepViewport(pod, { width: 1280, height: 720, caption: CAPTION_ESTIMATE }, true, 2);
    expect(v.zoom).toBeCloseTo(0.5);
  });
});
