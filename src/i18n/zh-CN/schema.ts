// 简体中文: syntax, schema, required fields, names and their uniqueness.
import type { RuleTranslations } from '../types';
import { jsonType, nameProblems, schemaType } from './details';
import { parserDetail } from './parser';

export const SCHEMA: RuleTranslations = {
  'yaml-syntax': {
    summary: '文档不是合法的 YAML（或 JSON），kubectl 读不了它。',
    fix: '按标出的位置修正 YAML（缩进、漏掉的冒号或引号）。Helm 模板要先渲染再检查。',
    messages: {
      default: 'YAML 语法错误：{detail}',
      template: '{detail}',
      limit: '拒绝读取输入：{detail}',
    },
    params: (p) => ({ ...p, detail: parserDetail(str(p.code), str(p.detail)) }),
  },
  'unknown-field': {
    summary: '该位置的字段在 Kubernetes schema 里不存在（严格解码会拒绝它）。',
    fix: '改正字段名（区分大小写），或把字段移到它所属的层级；`kubectl explain pod.spec.containers` 会列出合法的字段。',
    messages: {
      default: '未知字段 "{field}"：{type} 里没有这个字段，kubectl 的严格字段校验会拒绝整个对象',
      suggest:
        '未知字段 "{field}"，是不是想写 "{suggestion}"？{type} 里没有字段 "{field}"，kubectl 的严格字段校验会拒绝整个对象',
    },
  },
  'wrong-type': {
    summary:
      '值的类型不对：数字加了引号，该写列表的地方写成了对象，该写字符串的地方写了数字或 yes/no。',
    fix: '按字段要求的类型书写：整数不加引号；字符串字段里的数字和 yes/no/on/off 要加引号；需要列表的地方写成列表（`- item`）。',
    messages: {
      default:
        '{field} 应为{expected}，实际却是 JSON {actual}（{value}）：API server 无法解码这个对象',
      quotedNumber:
        '{field} 应为{expected}，实际却是字符串 {value}：API server 不会把字符串转换成数字，请去掉引号',
      needsString:
        '{field} 应为{expected}，实际却是{actual} {value}：kubectl 会把它作为 JSON {actual} 发送，API server 会拒绝，请加上引号',
      yaml11Number:
        '{field} 应为{expected}，但 kubectl 会把不带引号的 {value} 读成数字（YAML 1.1），API server 会拒绝，请加上引号',
      yaml11Boolean:
        '{field} 应为{expected}，但 kubectl 会把不带引号的 {value} 读成布尔值（YAML 1.1），API server 会拒绝，请加上引号',
    },
    params: (p) => ({
      ...p,
      expected: schemaType(str(p.expected)),
      actual: jsonType(str(p.actual)),
    }),
  },
  'missing-required': {
    summary:
      '缺少必填字段：containers、容器的 name 或 image、端口的 containerPort、卷的 name、挂载的 name 或 mountPath。',
    fix: '补上缺少的字段。每个容器都要有 `name` 和 `image`；每个端口要有 `containerPort`；每个卷要有 `name`；每个挂载要有 `name` 和 `mountPath`。',
    messages: {
      containers: 'Pod 里一个容器也没有：API server 要求至少有一个（报错：Required value）',
      name: '容器 {container} 没有 name：每个容器都需要一个在 Pod 内唯一的名字（报错：Required value）',
      image: '容器 {container} 没有 image：API server 要求必须指定镜像（报错：Required value）',
      containerPort:
        '容器 {container} 的 ports[{index}] 没有 containerPort：声明端口需要一个 1 到 65535 之间的数字（报错：Required value）',
      volumeName: 'volumes[{index}] 没有 name：容器是按名字挂载卷的（报错：Required value）',
      mountName:
        '容器 {container} 的 volumeMounts[{index}] 没有 name：它必须指向 Pod 的某个卷（报错：Required value）',
      mountPath:
        '容器 {container} 的 volumeMounts[{index}] 没有 mountPath：kubelet 不知道该挂载到哪里（报错：Required value）',
    },
  },
  'invalid-name': {
    summary: '容器名或卷名不是合法的 DNS-1123 label，或者端口名不是合法的 IANA 服务名。',
    fix: '只用小写字母、数字和 "-"，并以字母或数字开头和结尾（最多 63 个字符；端口名最多 15 个字符，且至少包含一个字母）。',
    messages: {
      container: '容器名 "{name}" 不合法：{detail}',
      volume: '卷名 "{name}" 不合法：{detail}',
      port: '端口名 "{name}" 不合法（端口名是 IANA 服务名：最多 15 个字符，只能用 a-z、0-9 和 "-"）：{detail}',
    },
    params: (p) => ({ ...p, detail: nameProblems(str(p.detail)) }),
  },
  'duplicate-container-name': {
    summary: '同一个容器名在 initContainers、containers 和 ephemeralContainers 之间用了两次。',
    fix: '给其中一个容器改名；`kubectl logs -c`、`kubectl exec -c` 和容器状态都是按名字区分容器的。',
    messages: {
      default:
        '容器名 "{name}" 已经被 {first} 用过了：在 initContainers、containers 和 ephemeralContainers 之间，名字必须唯一（报错：Duplicate value）',
    },
  },
  'duplicate-volume-name': {
    summary: 'Pod 里有两个同名的卷。',
    fix: '给其中一个卷改名（并同步修改要用它的 volumeMounts），或者把两个卷合成一个。',
    messages: {
      default:
        '卷名 "{name}" 已经被 volumes[{first}] 用过了：挂载是按名字引用卷的，所以名字必须唯一（报错：Duplicate value）',
    },
  },
  'duplicate-port-name': {
    summary: '同一个容器的两个端口用了同一个名字。',
    fix: '给容器的每个端口起不同的名字（例如 http 和 metrics）。',
    messages: {
      default:
        '容器 {container} 已经有一个名为 "{name}" 的端口（ports[{first}]）：Service 和探针按名字选择端口，所以名字必须唯一（报错：Duplicate value）',
    },
  },
};

function str(v: string | number | undefined): string {
  return v === undefined ? '' : String(v);
}
