// Commands that several rules' lessons (src/rules/<id>/teach.ts) show: a container's limits as
// the kernel enforces them, live usage, and the object a volume refers to.
import { object, topPod } from './kubectl';
import { readCgroup } from './probes';
import type { Command, Scene } from './lesson';
import { cmd, L, live } from './pick';

/** `cat /sys/fs/cgroup/memory.max|cpu.max` in the first running focus container. */
export function cgroupLimit(s: Scene, file: 'memory.max' | 'cpu.max'): Command | undefined {
  const c = live(s);
  return cmd(
    file === 'memory.max'
      ? L(
          `${c}’s memory limit as the kernel sees it (“max” = none)`,
          `内核看到的 ${c} 内存限额（“max” 表示没有限制）`,
        )
      : L(
          `${c}’s CPU quota per 100 ms period (“max” = none)`,
          `${c} 每 100 毫秒周期的 CPU 配额（“max” 表示没有限制）`,
        ),
    readCgroup(s, c, file),
  );
}

/** `kubectl top pod --containers`: what each container uses now. */
export function usageNow(s: Scene): Command | undefined {
  return cmd(
    L(
      'CPU and memory each container uses now (needs metrics-server)',
      '每个容器当前的 CPU 和内存用量（需要 metrics-server）',
    ),
    topPod(s),
  );
}

// kubectl's short names for the kinds a volume can refer to.
const REFERENCE_KIND: Record<string, string> = {
  configMap: 'configmap',
  secret: 'secret',
  persistentVolumeClaim: 'pvc',
};

/** `kubectl get KIND NAME [FLAGS]` for the ConfigMap, Secret or claim the scene's volume names. */
export function getReferenced(s: Scene, flags: readonly string[] = []): string | undefined {
  return object(
    s,
    'get',
    REFERENCE_KIND[s.volume?.type ?? ''] ?? 'configmap',
    s.volume?.reference,
    flags,
  );
}
