// Commands every volume topic shares: list a volume where each container sees it, how full it
// is, and that a read-only mount refuses writes.
import { diskFree, listMount, tryWrite } from './probes';
import { cmd, few, L, liveMounts } from './pick';
import type { Command, Scene } from './lesson';

/** `ls -l MOUNTPATH` in up to two containers: one volume, seen at each container's own path. */
export function seeMounts(s: Scene): (Command | undefined)[] {
  return few(liveMounts(s)).map((m) =>
    cmd(
      L(`What ${m.container} sees at ${m.path}`, `${m.container} 在 ${m.path} 看到的内容`),
      listMount(s, m.container, m.path),
    ),
  );
}

/** `df -h` and optionally `df -i`: space and inodes left on the volume. */
export function fill(s: Scene, inodes = false): (Command | undefined)[] {
  const m = liveMounts(s)[0];
  if (!m) return [];
  return [
    cmd(
      L(`How full the volume is (seen at ${m.path})`, `卷的用量（在 ${m.path} 查看）`),
      diskFree(s, m.container, m.path),
    ),
    inodes
      ? cmd(
          L(
            `Inodes used: many small files run out of inodes before bytes`,
            `inode 用量：小文件太多时，inode 会比空间先耗尽`,
          ),
          diskFree(s, m.container, m.path, true),
        )
      : undefined,
  ];
}

/** Writing fails on a read-only mount: a harmless `touch` shows it. */
export function readOnlyCheck(s: Scene): Command | undefined {
  const m = liveMounts(s).find((x) => x.readOnly);
  if (!m) return undefined;
  return cmd(
    L(
      `Writing fails with “Read-only file system” at ${m.path} in ${m.container}`,
      `在 ${m.container} 的 ${m.path} 写入会报 “Read-only file system”`,
    ),
    tryWrite(s, m.container, m.path),
  );
}
