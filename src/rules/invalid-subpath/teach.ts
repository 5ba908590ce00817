import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'subPath mounts one file or directory inside the volume instead of its root. It is a path relative to the volume, without “..”; subPathExpr is its variant with $(VAR) expansion, and only one of the two may be set.',
    why: 'An absolute path or “..” could reach outside the volume — the cause of past container escapes — so the API server rejects them.',
    analogy:
      'A key for one drawer of the shared cupboard: it must never open the neighbour’s cupboard.',
  },
  'zh-CN': {
    what: 'subPath 挂载的是卷里的某个文件或子目录，而不是卷的根目录。它是相对于卷的路径，不能包含 “..”；subPathExpr 是支持 $(VAR) 展开的变体，两者只能设置一个。',
    why: '绝对路径或 “..” 可能跳出卷的范围——历史上的容器逃逸就出在这里——所以 API Server 会拒绝它们。',
    analogy: '共用柜子里某一个抽屉的钥匙：它绝不能打开邻居家的柜子。',
  },
  commands: rejected('containers.volumeMounts'),
};
