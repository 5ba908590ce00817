// Where along a mount edge its label goes. Labels sit mid-edge unless that is where they
// collide: a container mounting several volumes fans its edges out from one point, so their
// labels go near the volumes; a shared volume gathers edges into one point, so theirs go
// near the containers.

/** Fraction of the way from source to target, for one mount edge. */
export function labelPosition(fanOut: number, fanIn: number): number {
  if (fanOut > 1 && fanIn <= 1) return 0.72;
  if (fanIn > 1 && fanOut <= 1) return 0.3;
  return 0.5;
}

/** The point at `t` on a cubic Bézier path `M x,y C x,y x,y x,y` (React Flow's bezier edges). */
export function pointOnPath(path: string, t: number): { x: number; y: number } | undefined {
  const n = path.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/gi)?.map(Number);
  if (!n || n.length !== 8 || !path.trimStart().startsWith('M') || !path.includes('C'))
    return undefined;
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * n[0] + b * n[2] + c * n[4] + d * n[6],
    y: a * n[1] + b * n[3] + c * n[5] + d * n[7],
  };
}
