import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '环境变量里有看起来像密钥的值，以明文写在清单中。',
  fix: '把值移到 Secret 里，用 env[].valueFrom.secretKeyRef 引用（或把 Secret 挂载成文件）；如果清单曾经被分享或提交过，请更换这个值。',
  messages: {
    name: '容器 {container} 的环境变量 {name} 名字看起来是密钥，却写着字面值：能读到这份清单、它所在的代码仓库或这个 {kind} 对象的人都能看到它（kubectl describe 的输出里也有），而不只是有权读取 Secret 的人',
    value:
      '容器 {container} 的环境变量 {name} 以字面值写着看起来像凭据的内容（带密码的 URL 或私钥）：能读到这份清单、它所在的代码仓库或这个 {kind} 对象的人都能看到它，而不只是有权读取 Secret 的人',
  },
};
