import { describe, expect, it } from 'vitest';
import { STDIN_NAME, toArtifactUri } from './uri';

describe('toArtifactUri', () => {
  it('keeps relative paths relative, dropping a leading ./', () => {
    expect(toArtifactUri('pod.yaml')).toBe('pod.yaml');
    expect(toArtifactUri('./deploy/app.yaml')).toBe('deploy/app.yaml');
    expect(toArtifactUri('../shared/app.yaml')).toBe('../shared/app.yaml');
  });

  it('encodes characters that would change the meaning of a URI', () => {
    expect(toArtifactUri('my pod#1?.yaml')).toBe('my%20pod%231%3F.yaml');
    expect(toArtifactUri('100%.yaml')).toBe('100%25.yaml');
    // Unencoded, `c:pod.yaml` would read as a URI with scheme `c`.
    expect(toArtifactUri('c:pod.yaml')).toBe('c%3Apod.yaml');
  });

  it('turns absolute POSIX and Windows paths into file URIs', () => {
    expect(toArtifactUri('/home/dev/k8s/pod.yaml')).toBe('file:///home/dev/k8s/pod.yaml');
    expect(toArtifactUri('C:\\work\\k8s\\pod.yaml')).toBe('file:///C:/work/k8s/pod.yaml');
  });

  it('names standard input', () => {
    expect(toArtifactUri(STDIN_NAME)).toBe('stdin');
  });
});
