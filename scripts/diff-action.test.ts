// The change review script of action.yml, run on real commits in a temporary git repository with
// the CLI from source (through tsx, as `node src/cli/main.ts` would run once built).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedFiles, exitCodeOf, mergeBase, reviewChanges, summaryOf } from './diff-action.mjs';
import { SHOP_A, SHOP_B } from '../src/diff/testing';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = join(ROOT, 'src/cli/main.ts');
const SCRIPT = join(ROOT, 'scripts/diff-action.mjs');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const CLI = [process.execPath, '--import', TSX, MAIN];

const OLD_POD = `apiVersion: v1
kind: Pod
metadata: {name: old-job}
spec:
  containers:
  - {name: run, image: busybox:1.36, command: [true]}
`;
const NEW_POD = OLD_POD.replace('old-job', 'new-job');
const HELM = `apiVersion: v1
kind: Pod
metadata:
  name: {{ .Release.Name }}-web
spec:
  containers:
  - name: web
    image: "{{ .Values.image }}"
`;
const LOOSE = `apiVersion: v1
kind: Pod
metadata: {name: cache}
spec:
  containers:
  - name: app
    image: nginx:1.27
    resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {cpu: 100m, memory: 64Mi}}
    securityContext: {allowPrivilegeEscalation: false}
    volumeMounts: [{name: scratch, mountPath: /scratch}]
  volumes:
  - {name: scratch, emptyDir: {}}
`;

let repo = '';

function git(...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=podscope test', '-c', 'user.email=test@example.com', ...args],
    { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } },
  );
}

function write(path: string, text: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'podscope-action-'));
  git('init', '--quiet', '-b', 'main');
  write('k8s/shop.yaml', SHOP_A);
  write('k8s/old.yaml', OLD_POD);
  write('k8s/cache.yaml', LOOSE);
  write('README.md', '# a service\n');
  git('add', '.');
  git('commit', '--quiet', '-m', 'base');
  // The pull request: a mesh sidecar and half the memory, a Job pod replaced, a Helm template
  // added, and a README that is not a manifest.
  git('checkout', '--quiet', '-b', 'mesh');
  write('k8s/shop.yaml', SHOP_B);
  rmSync(join(repo, 'k8s/old.yaml'));
  write('k8s/new.yaml', NEW_POD);
  write('chart/templates/web.yaml', HELM);
  write('README.md', '# a service, in the mesh\n');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'mesh');
  // Another pull request that only fixes a finding.
  git('checkout', '--quiet', '-b', 'tidy', 'main');
  write('k8s/cache.yaml', LOOSE.replace('emptyDir: {}', 'emptyDir: {sizeLimit: 1Gi}'));
  git('commit', '--quiet', '-am', 'tidy');
});

afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('the change review of a pull request', () => {
  it('finds the manifests the pull request changes, and only those', () => {
    const from = mergeBase(repo, 'main', 'mesh');
    expect(from).toBe(git('rev-parse', 'main').trim());
    const files = changedFiles(repo, from, 'mesh', ['*.yaml', '*.yml']);
    expect(files).toEqual(
      expect.arrayContaining([
        { status: 'added', b: 'chart/templates/web.yaml' },
        { status: 'modified', a: 'k8s/shop.yaml', b: 'k8s/shop.yaml' },
      ]),
    );
    // Git may pair the deleted and the added pod (equal but for the name) as a rename.
    const pods = files.filter((f) => f.a === 'k8s/old.yaml' || f.b === 'k8s/new.yaml');
    expect(pods.length).toBeGreaterThan(0);
    expect(files.some((f) => f.a === 'README.md' || f.b === 'README.md')).toBe(false);
  });

  it('reviews each file: the change in the pod, added and removed workloads, a Helm template', () => {
    const reviews = reviewChanges({
      cwd: repo,
      base: 'main',
      head: 'mesh',
      failOnNew: 'warning',
      cli: CLI,
    });
    const summary = summaryOf(reviews);
    expect(reviews.every((r) => r.error === undefined)).toBe(true);
    expect(summary).toContain('# podscope change review: a/k8s/shop.yaml → b/k8s/shop.yaml');
    expect(summary).toContain(
      '| container `app` | ~ changed | `resources.limits[memory]` | 512Mi | 256Mi |',
    );
    expect(summary).toMatch(/\| warning \| `port-clash` \|/);
    expect(summary).toContain('## Pod/new-job: added');
    expect(summary).toContain('## Pod/old-job: removed');
    expect(summary).toContain('> `chart/templates/web.yaml`: added by this change');
    expect(summary).toMatch(/\| error \| `yaml-syntax` \| `b\/chart\/templates\/web\.yaml:\d+`/);
    // New warnings (the port clash) and a new error (the template): the check fails.
    expect(exitCodeOf(reviews)).toBe(1);
  });

  it('writes the job summary and passes a change that only fixes findings', () => {
    git('checkout', '--quiet', 'tidy');
    const summaryFile = join(repo, '..', `${repo.split('/').pop()}-summary.md`);
    try {
      const run = spawnSync(
        process.execPath,
        [SCRIPT, '--base', 'main', '--fail-on-new', 'warning'],
        {
          cwd: repo,
          encoding: 'utf8',
          env: {
            ...process.env,
            NODE_OPTIONS: `--import ${TSX}`,
            PODSCOPE_CLI: MAIN,
            GITHUB_STEP_SUMMARY: summaryFile,
          },
        },
      );
      expect(run.stderr).not.toContain('podscope:');
      expect(run.status).toBe(0);
      const summary = readFileSync(summaryFile, 'utf8');
      expect(summary).toBe(run.stdout);
      expect(summary).toContain('# podscope change review: a/k8s/cache.yaml → b/k8s/cache.yaml');
      expect(summary).toMatch(
        /## Fixed findings\n\n\| Severity \| Rule \| Where \| Message \|\n[^\n]+\n\| warning \| `emptydir-no-size-limit` \|/,
      );
    } finally {
      rmSync(summaryFile, { force: true });
    }
  });

  it('says so when no manifest changed, and fails without a base', () => {
    expect(summaryOf([])).toBe('podscope: this change touches no Kubernetes manifest.\n');
    const run = spawnSync(process.execPath, [SCRIPT], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, PODSCOPE_BASE: '' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--base');
  });
});
