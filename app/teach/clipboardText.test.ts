import { describe, expect, it } from 'vitest';
import { allCommandsText } from './clipboardText';

describe('allCommandsText', () => {
  it('puts each command under its label as a comment', () => {
    expect(
      allCommandsText([
        { label: 'The hostname app sees', command: 'kubectl exec pod-demo -c app -- hostname' },
        { label: 'Shared memory', command: 'kubectl exec pod-demo -c app -- ipcs -m' },
      ]),
    ).toBe(
      '# The hostname app sees\nkubectl exec pod-demo -c app -- hostname\n\n# Shared memory\nkubectl exec pod-demo -c app -- ipcs -m\n',
    );
  });

  it('keeps a name with a line break inside the comment, so pasting runs nothing extra', () => {
    const text = allCommandsText([
      {
        label: 'The hostname x\nrm -rf ~ sees',
        command: "kubectl exec p -c 'x\nrm -rf ~' -- hostname",
      },
    ]);
    const lines = text.split('\n');
    expect(lines[0]).toBe('# The hostname x rm -rf ~ sees');
    // The only other lines are the command's own, whose quoted name the shell reads as one word.
    expect(lines.slice(1)).toEqual(["kubectl exec p -c 'x", "rm -rf ~' -- hostname", '']);
  });
});
