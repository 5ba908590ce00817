import { describe, expect, it } from 'vitest';
import { codeSpans } from './codeSpans';

describe('codeSpans', () => {
  it('turns backticked words into code spans', () => {
    expect(codeSpans('`hostname` prints the same name')).toEqual([
      { text: 'hostname', code: true },
      { text: ' prints the same name', code: false },
    ]);
    expect(codeSpans('run `ipcs -m` and `ipcs -s`.')).toEqual([
      { text: 'run ', code: false },
      { text: 'ipcs -m', code: true },
      { text: ' and ', code: false },
      { text: 'ipcs -s', code: true },
      { text: '.', code: false },
    ]);
  });

  it('leaves prose without backticks, or with a lone one, as it is', () => {
    expect(codeSpans('plain')).toEqual([{ text: 'plain', code: false }]);
    expect(codeSpans('a `b` c `d')).toEqual([
      { text: 'a ', code: false },
      { text: 'b', code: true },
      { text: ' c `d', code: false },
    ]);
  });
});
