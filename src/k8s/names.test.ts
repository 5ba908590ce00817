import { describe, expect, it } from 'vitest';
import { validateDns1123Label, validateIanaSvcName } from './names';

const LABEL_REGEX_ERROR =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

describe('validateDns1123Label', () => {
  it.each(['a', 'app', 'istio-proxy', '123-abc', '0', 'a'.repeat(63), 'x-1-y'])(
    '%s is valid',
    (name) => {
      expect(validateDns1123Label(name)).toEqual([]);
    },
  );

  it.each(['App', 'my_app', '-app', 'app-', '', 'app name', 'café'])(
    '%j breaks the label pattern',
    (name) => {
      expect(validateDns1123Label(name)).toEqual([LABEL_REGEX_ERROR]);
    },
  );

  it('names dots separately, as the API server does', () => {
    expect(validateDns1123Label('my.app')).toEqual(['must not contain dots']);
  });

  it('limits the length to 63 characters', () => {
    expect(validateDns1123Label('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
    expect(validateDns1123Label(`${'a'.repeat(63)}-`)).toEqual([
      'must be no more than 63 characters',
      LABEL_REGEX_ERROR,
    ]);
  });

  it('counts bytes like Go: 32 two-byte letters exceed 63', () => {
    expect(validateDns1123Label('é'.repeat(32))).toEqual([
      'must be no more than 63 characters',
      LABEL_REGEX_ERROR,
    ]);
  });
});

describe('validateIanaSvcName', () => {
  it.each(['http', 'http-metrics', 'h2c', 'a1', 'x'.repeat(15), 'grpc-web'])(
    '%s is valid',
    (name) => {
      expect(validateIanaSvcName(name)).toEqual([]);
    },
  );

  it('needs at least one letter', () => {
    expect(validateIanaSvcName('8080')).toEqual(['must contain at least one letter (a-z)']);
  });

  it('is at most 15 characters', () => {
    expect(validateIanaSvcName('prometheus-metrics')).toEqual([
      'must be no more than 15 characters',
    ]);
  });

  it('rejects consecutive and edge hyphens', () => {
    expect(validateIanaSvcName('http--alt')).toEqual(['must not contain consecutive hyphens']);
    expect(validateIanaSvcName('-http')).toEqual(['must not begin or end with a hyphen']);
    expect(validateIanaSvcName('http-')).toEqual(['must not begin or end with a hyphen']);
  });

  it('allows only lower-case letters, digits and hyphens', () => {
    expect(validateIanaSvcName('HTTP')).toEqual([
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'must contain at least one letter (a-z)',
    ]);
    expect(validateIanaSvcName('http_alt')).toEqual([
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
    ]);
  });

  it('reports every problem at once, in the API server order', () => {
    expect(validateIanaSvcName('--1234567890123456')).toEqual([
      'must be no more than 15 characters',
      'must contain at least one letter (a-z)',
      'must not contain consecutive hyphens',
      'must not begin or end with a hyphen',
    ]);
    expect(validateIanaSvcName('')).toEqual([
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'must contain at least one letter (a-z)',
    ]);
  });
});
