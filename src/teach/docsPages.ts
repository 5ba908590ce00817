// The kubernetes.io pages podscope may link to. Each page and anchor was checked against the
// kubernetes/website sources: content/en/docs/<path> (<path>.md or <path>/_index.md) for the
// English page, content/zh-cn/docs/<path> for the Simplified Chinese one. English anchors are
// Hugo's: an explicit {#id}, an <a id>, or the heading lower-cased with punctuation turned to
// '-' ("Pod's DNS Policy" → pod-s-dns-policy). zh-cn headings carry explicit {#id}s, and an
// anchor counts there only when the id is the same (ids are case-sensitive); a zh-cn heading
// left in English ("### Baseline", "### configMap") gets the same auto id as the English one, a
// translated heading without {#id} gets a Chinese one and does not count.
//
// kubernetes.io is built from the website's main branch (the newest release): where a page
// moved a section after 1.35 (pod-lifecycle's #restart-policy went to container-restarts/),
// the links use an anchor both versions carry (#container-restarts).
//
// Known zh-cn differences: configmap/ spells #mounted-configMaps-are-updated-automatically with
// a capital M; pod-v1/ has "## 容器 {#Container}" but its "### 端口" (Ports) has no {#ports};
// pod-lifecycle/ still has #restart-policy there (not on the English page, so not listed);
// container-restarts/ is not translated.
//
// docsPages.test.ts fails when the code links to a page or anchor missing here: check the new
// one in kubernetes/website first, then add it.

export interface DocsPage {
  /** The page under kubernetes.io/docs/, ending in '/'. */
  readonly path: string;
  /** Anchors (#fragment) checked on the English page. */
  readonly anchors: readonly string[];
  /** Whether the page is translated: kubernetes.io/zh-cn/docs/<path> exists. */
  readonly zhCn: boolean;
  /** The anchors that the zh-cn page carries too; the others land at its top. */
  readonly zhAnchors: readonly string[];
}

/** Sorted by path. */
export const DOCS_PAGES: readonly DocsPage[] = [
  {
    path: 'concepts/configuration/configmap/',
    anchors: ['mounted-configmaps-are-updated-automatically'],
    zhCn: true,
    // zh-cn spells it {#mounted-configMaps-are-updated-automatically}.
    zhAnchors: [],
  },
  {
    path: 'concepts/configuration/manage-resources-containers/',
    anchors: ['extended-resources', 'meaning-of-memory', 'requests-and-limits'],
    zhCn: true,
    zhAnchors: ['extended-resources', 'meaning-of-memory', 'requests-and-limits'],
  },
  {
    path: 'concepts/configuration/overview/',
    anchors: ['services'],
    zhCn: true,
    zhAnchors: ['services'],
  },
  { path: 'concepts/configuration/secret/', anchors: [], zhCn: true, zhAnchors: [] },
  {
    path: 'concepts/containers/images/',
    anchors: ['image-names'],
    zhCn: true,
    zhAnchors: ['image-names'],
  },
  { path: 'concepts/overview/working-with-objects/', anchors: [], zhCn: true, zhAnchors: [] },
  {
    path: 'concepts/overview/working-with-objects/names/',
    anchors: ['dns-label-names'],
    zhCn: true,
    zhAnchors: ['dns-label-names'],
  },
  {
    path: 'concepts/security/pod-security-standards/',
    anchors: ['baseline', 'restricted'],
    zhCn: true,
    zhAnchors: ['baseline', 'restricted'],
  },
  {
    path: 'concepts/services-networking/dns-pod-service/',
    anchors: ['pod-s-dns-policy', 'pod-s-hostname-and-subdomain-fields'],
    zhCn: true,
    zhAnchors: ['pod-s-dns-policy', 'pod-s-hostname-and-subdomain-fields'],
  },
  {
    path: 'concepts/services-networking/service/',
    anchors: ['defining-a-service'],
    zhCn: true,
    zhAnchors: ['defining-a-service'],
  },
  {
    path: 'concepts/storage/ephemeral-volumes/',
    anchors: ['generic-ephemeral-volumes'],
    zhCn: true,
    zhAnchors: ['generic-ephemeral-volumes'],
  },
  { path: 'concepts/storage/persistent-volumes/', anchors: [], zhCn: true, zhAnchors: [] },
  { path: 'concepts/storage/projected-volumes/', anchors: [], zhCn: true, zhAnchors: [] },
  {
    path: 'concepts/storage/volumes/',
    anchors: [
      'configmap',
      'csi',
      'emptydir',
      'hostpath',
      'image',
      'mount-propagation',
      'nfs',
      'using-subpath',
    ],
    zhCn: true,
    zhAnchors: [
      'configmap',
      'csi',
      'emptydir',
      'hostpath',
      'image',
      'mount-propagation',
      'nfs',
      'using-subpath',
    ],
  },
  {
    path: 'concepts/workloads/controllers/statefulset/',
    anchors: ['volume-claim-templates'],
    zhCn: true,
    zhAnchors: ['volume-claim-templates'],
  },
  {
    path: 'concepts/workloads/pods/',
    anchors: ['pod-networking', 'resource-sharing-and-communication'],
    zhCn: true,
    zhAnchors: ['pod-networking', 'resource-sharing-and-communication'],
  },
  {
    // Newest snapshot only (67dd83ace9): the restart policy moved here from pod-lifecycle.
    path: 'concepts/workloads/pods/container-restarts/',
    anchors: ['container-restarts', 'restart-policy'],
    zhCn: false,
    zhAnchors: [],
  },
  { path: 'concepts/workloads/pods/downward-api/', anchors: [], zhCn: true, zhAnchors: [] },
  {
    path: 'concepts/workloads/pods/ephemeral-containers/',
    anchors: [],
    zhCn: true,
    zhAnchors: [],
  },
  {
    path: 'concepts/workloads/pods/init-containers/',
    anchors: ['differences-from-regular-containers'],
    zhCn: true,
    zhAnchors: ['differences-from-regular-containers'],
  },
  {
    // #container-restarts: en 00aacfad1 (1.35) and 67dd83ace9 (newest), zh-cn 80cb213c3. The
    // newest English page lost #restart-policy (now on container-restarts/); zh-cn still has it.
    path: 'concepts/workloads/pods/pod-lifecycle/',
    anchors: ['container-restarts'],
    zhCn: true,
    zhAnchors: ['container-restarts'],
  },
  {
    path: 'concepts/workloads/pods/pod-qos/',
    anchors: ['besteffort'],
    zhCn: true,
    zhAnchors: ['besteffort'],
  },
  {
    path: 'concepts/workloads/pods/sidecar-containers/',
    anchors: ['resource-sharing-within-containers'],
    zhCn: true,
    zhAnchors: ['resource-sharing-within-containers'],
  },
  {
    path: 'reference/kubernetes-api/common-definitions/quantity/',
    anchors: [],
    zhCn: true,
    zhAnchors: [],
  },
  {
    // Generated page: "## Container {#Container}"; "### Ports" (first of its name) → #ports.
    // zh-cn 9fcc106f9: "## 容器 {#Container}", "### 端口" without an id.
    path: 'reference/kubernetes-api/workload-resources/pod-v1/',
    anchors: ['Container', 'ports'],
    zhCn: true,
    zhAnchors: ['Container'],
  },
  { path: 'reference/networking/service-protocols/', anchors: [], zhCn: true, zhAnchors: [] },
  {
    path: 'reference/using-api/api-concepts/',
    anchors: ['field-validation'],
    zhCn: true,
    zhAnchors: ['field-validation'],
  },
  {
    path: 'tasks/access-application-cluster/communicate-containers-same-pod-shared-volume/',
    anchors: [],
    zhCn: true,
    zhAnchors: [],
  },
  {
    path: 'tasks/configure-pod-container/assign-memory-resource/',
    anchors: ['exceed-a-container-s-memory-limit', 'if-you-do-not-specify-a-memory-limit'],
    zhCn: true,
    zhAnchors: ['exceed-a-container-s-memory-limit', 'if-you-do-not-specify-a-memory-limit'],
  },
  {
    path: 'tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
    anchors: ['use-a-named-port'],
    zhCn: true,
    zhAnchors: ['use-a-named-port'],
  },
  {
    path: 'tasks/configure-pod-container/security-context/',
    anchors: ['set-capabilities-for-a-container'],
    zhCn: true,
    zhAnchors: ['set-capabilities-for-a-container'],
  },
  {
    path: 'tasks/configure-pod-container/share-process-namespace/',
    anchors: [],
    zhCn: true,
    zhAnchors: [],
  },
];

const SITE = 'https://kubernetes.io/';
const LINK = /^https:\/\/kubernetes\.io\/(zh-cn\/)?docs\/([^#?]*)(?:#(.*))?$/;

/** A kubernetes.io documentation link taken apart, or undefined for any other URL. */
export interface DocsLinkParts {
  /** The page under docs/, ending in '/'. */
  path: string;
  /** The fragment without '#', or undefined. */
  anchor: string | undefined;
  /** Whether the link is to the Simplified Chinese site. */
  zhCn: boolean;
}

export function parseDocsLink(url: string): DocsLinkParts | undefined {
  const m = LINK.exec(url);
  if (!m) return undefined;
  const path = m[2] === '' || m[2].endsWith('/') ? m[2] : `${m[2]}/`;
  return { path, anchor: m[3] || undefined, zhCn: m[1] !== undefined };
}

const BY_PATH = new Map(DOCS_PAGES.map((page) => [page.path, page]));

/** The checked page for a docs path ('concepts/workloads/pods/') or a kubernetes.io docs URL. */
export function docsPage(pathOrUrl: string): DocsPage | undefined {
  const path = pathOrUrl.startsWith(SITE) ? parseDocsLink(pathOrUrl)?.path : pathOrUrl;
  return path === undefined ? undefined : BY_PATH.get(path);
}

/**
 * Whether a kubernetes.io docs link points at a checked page and, if it has one, a checked
 * anchor: on the English site for kubernetes.io/docs/…, on the Chinese one for
 * kubernetes.io/zh-cn/docs/….
 */
export function isVerifiedDocsLink(url: string): boolean {
  const link = parseDocsLink(url);
  const page = link && BY_PATH.get(link.path);
  if (!link || !page || (link.zhCn && !page.zhCn)) return false;
  if (link.anchor === undefined) return true;
  return (link.zhCn ? page.zhAnchors : page.anchors).includes(link.anchor);
}

/** Whether the page (a docs path or URL) has a Simplified Chinese translation on kubernetes.io. */
export function hasChineseDocs(pathOrUrl: string): boolean {
  return docsPage(pathOrUrl)?.zhCn ?? false;
}
