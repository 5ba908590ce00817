// Rules about the manifest's shape: syntax, schema, required fields, names.
import { dryRun, MANIFEST_FILE } from '../kubectl';
import { cmd, L } from '../pick';
import { explainSpec, rejected, verdict, type RuleTopic } from './verdict';

export const schemaRules: Readonly<Record<string, RuleTopic>> = {
  'yaml-syntax': {
    en: {
      what: 'YAML is read by indentation: a tab where spaces belong, a missing colon or an unclosed quote makes the document unreadable. kubectl parses the YAML on your machine before it sends anything; Helm’s {{ }} templates are not YAML until they are rendered.',
      why: 'Nothing of the document applies: kubectl stops with “error converting YAML to JSON” and the pod never exists. In a file of several documents, the ones before the broken one may already have been applied.',
      analogy:
        'A lease with smudged lines that the landlord cannot read: nobody moves in until it is written out again.',
      fix: 'Correct the marked position: indent with spaces, add the missing colon or quote. Render Helm charts first (helm template) and check the output, not the template.',
    },
    'zh-CN': {
      what: 'YAML 靠缩进表达结构：该用空格的地方用了 Tab、少了冒号、引号没闭合，整个文档就读不出来了。kubectl 在发送任何内容之前先在本地解析 YAML；Helm 的 {{ }} 模板在渲染之前也不是 YAML。',
      why: '这个文档里的内容一条都不会生效：kubectl 报 “error converting YAML to JSON” 后停止，Pod 根本不会被创建。一个文件里有多个文档时，出错文档之前的那些可能已经被应用了。',
      analogy: '一份字迹被弄花的租约，房东看不清：重新写好之前，谁也搬不进来。',
      fix: '修正标出的位置：用空格缩进，补上缺的冒号或引号。Helm chart 先渲染（helm template），检查渲染结果而不是模板。',
    },
    commands: (s) => [
      cmd(
        L(
          `kubectl’s own reading of ${MANIFEST_FILE}: the parse error and its line`,
          `kubectl 在本地解析 ${MANIFEST_FILE}：显示解析错误及行号`,
        ),
        dryRun(s, { client: true }),
      ),
    ],
  },
  'unknown-field': {
    en: {
      what: 'The API server checks every field against the object’s schema. kubectl asks for strict field validation by default, so a field the schema does not know is an error; with validation turned off it would be dropped without a word.',
      why: 'A misspelt or misplaced field (volumemounts, resource, a probe one level too high) is a setting you believe you made and never did. Strict validation rejects the whole object; older tools silently ignore the field, which is worse.',
      analogy:
        'A clause written on a form that has no box for it: either the clerk refuses the form, or the clause is quietly left out — neither is what you meant.',
      fix: 'Correct the spelling (names are case-sensitive) or move the field to the level where it belongs; kubectl explain lists the fields each level accepts.',
    },
    'zh-CN': {
      what: 'API Server 会按对象的 schema 检查每一个字段。kubectl 默认要求严格字段校验，schema 里不存在的字段就是错误；如果关掉校验，这个字段会被悄悄丢掉。',
      why: '拼错或放错层级的字段（volumemounts、resource、探针放高了一层）就是一个你以为设置了、其实从没生效的配置。严格校验会拒绝整个对象；老工具则默默忽略这个字段，后果更糟。',
      analogy:
        '在表格上写了一条表格里根本没有栏目的条款：要么办事员拒收，要么这条被悄悄略过——哪种都不是你想要的。',
      fix: '改正拼写（字段名区分大小写），或者把字段挪到正确的层级；kubectl explain 会列出每一层接受的字段。',
    },
    commands: (s) => [verdict(s, true), explainSpec(s, 'containers')],
  },
  'wrong-type': {
    en: {
      what: 'Every field has a type: integer, string, boolean, object or list. YAML guesses a value’s type from how it is written: 8080 is a number, "8080" a string, and unquoted yes, no, on and off are booleans to the YAML 1.1 reader kubectl uses.',
      why: 'The API server does not convert types: a quoted port number, an unquoted version such as 1.10 in a string field, or a single item where a list belongs gets the object rejected.',
      analogy: 'Writing the rent in words where the form wants digits: the clerk cannot file it.',
      fix: 'Write integers without quotes; quote strings that look like numbers or booleans ("1.10", "yes"); start list items with “- ”.',
    },
    'zh-CN': {
      what: '每个字段都有类型：整数、字符串、布尔、对象或列表。YAML 根据写法猜测值的类型：8080 是数字，"8080" 是字符串；对 kubectl 使用的 YAML 1.1 解析器来说，不加引号的 yes、no、on、off 都是布尔值。',
      why: 'API Server 不做类型转换：加了引号的端口号、字符串字段里不加引号的版本号（如 1.10）、该写列表的地方只写了一项，都会让整个对象被拒绝。',
      analogy: '在要求填数字的地方用汉字写租金：办事员没法登记。',
      fix: '整数不加引号；看起来像数字或布尔值的字符串要加引号（"1.10"、"yes"）；列表项以 “- ” 开头。',
    },
    commands: rejected('containers'),
  },
  'missing-required': {
    en: {
      what: 'Some fields must be there: at least one container, and each container’s name and image; a port’s containerPort; a volume’s name; a mount’s name and mountPath.',
      why: 'The API server answers “Required value” and creates nothing. For a Deployment the error shows only when the template is checked, so the rollout never starts.',
      analogy: 'A lease without the tenant’s name: it cannot be signed.',
      fix: 'Add the missing field; kubectl explain shows which fields of each object are required.',
    },
    'zh-CN': {
      what: '有些字段必须有：至少一个容器，每个容器要有 name 和 image；端口要有 containerPort；卷要有 name；挂载要有 name 和 mountPath。',
      why: 'API Server 返回 “Required value”，什么都不会创建。对 Deployment 来说，检查模板时才会报错，于是发布根本不会开始。',
      analogy: '一份没写租客姓名的租约：签不了。',
      fix: '补上缺少的字段；kubectl explain 会显示每个对象里哪些字段是必填的。',
    },
    commands: rejected('containers'),
  },
  'invalid-name': {
    en: {
      what: 'Container and volume names are DNS labels: lower-case letters, digits and “-”, starting and ending with a letter or digit, at most 63 characters. Port names are IANA service names: at most 15 characters, with at least one letter.',
      why: 'Names end up in file paths, DNS records, Service targetPorts and kubectl -c flags, so the API server rejects anything else.',
      analogy:
        'The doorbell panel takes names of one format only: a name that does not fit the label never goes up.',
      fix: 'Rename with lower-case letters, digits and dashes (log-shipper, not Log_Shipper); keep port names short (http, metrics).',
    },
    'zh-CN': {
      what: '容器名和卷名必须是 DNS 标签：小写字母、数字和 “-”，以字母或数字开头和结尾，最长 63 个字符。端口名是 IANA 服务名：最长 15 个字符，且至少包含一个字母。',
      why: '这些名字会出现在文件路径、DNS 记录、Service 的 targetPort 和 kubectl -c 参数里，所以 API Server 会拒绝不合规的名字。',
      analogy: '门铃面板只接受一种格式的名字：不符合格式的名牌挂不上去。',
      fix: '改用小写字母、数字和短横线命名（log-shipper 而不是 Log_Shipper）；端口名保持简短（http、metrics）。',
    },
    commands: rejected(),
  },
  'duplicate-container-name': {
    en: {
      what: 'Containers are told apart by name across initContainers, containers and ephemeralContainers: kubectl logs -c, kubectl exec -c, container statuses and restart counts all use it.',
      why: 'Two containers with one name would make all of these ambiguous, so the API server rejects the pod (Duplicate value).',
      analogy:
        'Two flatmates with the same name on the doorbell: post and visitors would go to whoever answers first.',
      fix: 'Rename one of them; choose names that say what the container does (app, log-shipper, proxy).',
    },
    'zh-CN': {
      what: '容器靠名字区分，范围覆盖 initContainers、containers 和 ephemeralContainers：kubectl logs -c、kubectl exec -c、容器状态和重启次数都靠它。',
      why: '两个容器同名会让这些操作都无法确定指向谁，所以 API Server 会拒绝这个 Pod（Duplicate value）。',
      analogy: '门铃上两个室友写着同一个名字：信件和访客只能交给先应门的那个人。',
      fix: '给其中一个改名；名字最好说明容器的用途（app、log-shipper、proxy）。',
    },
    commands: rejected(),
  },
  'duplicate-volume-name': {
    en: {
      what: 'Mounts refer to volumes by name, so every volume of a pod needs its own.',
      why: 'With two volumes of one name a mount could mean either, so the API server rejects the pod (Duplicate value).',
      analogy:
        'Two storage cupboards with the same label: nobody knows which one “cupboard B” means.',
      fix: 'Rename one volume and the mounts that should use it, or merge the two into one volume.',
    },
    'zh-CN': {
      what: '挂载是按名字引用卷的，所以 Pod 里每个卷都需要一个独有的名字。',
      why: '两个卷同名时，挂载无法确定指的是哪一个，所以 API Server 会拒绝这个 Pod（Duplicate value）。',
      analogy: '两个储物柜贴着同一个标签：没人知道“B 柜”指的是哪一个。',
      fix: '给其中一个卷改名，并同步修改应使用它的挂载；或者把两个卷合并成一个。',
    },
    commands: rejected('volumes'),
  },
  'duplicate-port-name': {
    en: {
      what: 'Within one container, each port name must be unique: Services (targetPort: http) and probes (port: http) select ports by name.',
      why: 'A name that stands for two ports would be ambiguous, so the API server rejects the pod (Duplicate value).',
      analogy:
        'Two intercom extensions in one room with the same name: the caller cannot say which one to ring.',
      fix: 'Give every port of the container its own name, such as http and metrics.',
    },
    'zh-CN': {
      what: '同一个容器里，每个端口名必须唯一：Service（targetPort: http）和探针（port: http）都是按名字选端口的。',
      why: '一个名字对应两个端口就会产生歧义，所以 API Server 会拒绝这个 Pod（Duplicate value）。',
      analogy: '同一个房间里两部分机叫同一个名字：打电话的人说不清要找哪一部。',
      fix: '给容器的每个端口起不同的名字，例如 http 和 metrics。',
    },
    commands: rejected('containers.ports'),
  },
};
