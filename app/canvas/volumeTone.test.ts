import { describe, expect, it } from 'vitest';
import { volumeTone } from './volumeTone';

describe('volumeTone', () => {
  it('tells a memory-backed emptyDir from one on the node’s disk', () => {
    expect(volumeTone({ type: 'emptyDir' })).toBe('disk');
    expect(volumeTone({ type: 'emptyDir', medium: '' })).toBe('disk');
    expect(volumeTone({ type: 'emptyDir', medium: 'Memory' })).toBe('memory');
    expect(volumeTone({ type: 'emptyDir', medium: 'HugePages-2Mi' })).toBe('memory');
  });

  it('groups sources by what they hold', () => {
    expect(volumeTone({ type: 'configMap' })).toBe('config');
    expect(volumeTone({ type: 'projected' })).toBe('config');
    expect(volumeTone({ type: 'downwardAPI' })).toBe('config');
    expect(volumeTone({ type: 'secret' })).toBe('secret');
    expect(volumeTone({ type: 'persistentVolumeClaim' })).toBe('claim');
    expect(volumeTone({ type: 'ephemeral' })).toBe('claim');
    expect(volumeTone({ type: 'hostPath' })).toBe('host');
    expect(volumeTone({ type: 'csi' })).toBe('other');
    expect(volumeTone({ type: 'image' })).toBe('other');
  });
});
