// Which environment variable names and values look like secrets. A share link carries the whole
// manifest, so the page warns before sharing one that holds them.
//
// Decisions:
// - A name is split into words (DB_PASSWORD, dbPassword, db-password → DB PASSWORD).
// - Secret words anywhere: PASSWORD, PASSWD, PASSPHRASE, SECRET, CREDENTIAL(S), APIKEY,
//   PRIVATEKEY, ACCESSKEY (also glued to other words: DBPASSWORD). Whole words: TOKEN, PASS,
//   PWD (not alone: $PWD is the working directory), AUTH, AUTHORIZATION, BEARER, CREDS,
//   COOKIE, and KEY after API, ACCESS, PRIVATE, SECRET, SIGNING, ENCRYPTION, MASTER, SESSION.
// - Not secret when the last word names something about the secret rather than the secret
//   itself: AWS_ACCESS_KEY_ID (an identifier), DB_PASSWORD_FILE (a path), AUTH_URL, TOKEN_TTL,
//   SECRET_NAME, AUTH_ENABLED… Such values point at a secret; they are not one.
// - Whatever the name, a URL with a password in it (postgres://user:pw@db) or a PEM private
//   key is a secret value.

const GLUED = [
  'PASSWORD',
  'PASSWD',
  'PASSPHRASE',
  'SECRET',
  'CREDENTIAL',
  'APIKEY',
  'PRIVATEKEY',
  'ACCESSKEY',
];
const WORDS = new Set([
  'TOKEN',
  'TOKENS',
  'PASS',
  'AUTH',
  'AUTHORIZATION',
  'BEARER',
  'CREDS',
  'COOKIE',
]);
const KEY_PREFIXES = new Set([
  'API',
  'ACCESS',
  'PRIVATE',
  'SECRET',
  'SIGNING',
  'ENCRYPTION',
  'MASTER',
  'SESSION',
]);
const ABOUT = new Set([
  'ID',
  'IDS',
  'FILE',
  'PATH',
  'DIR',
  'URL',
  'URI',
  'HOST',
  'PORT',
  'ENDPOINT',
  'NAME',
  'REF',
  'USER',
  'USERNAME',
  'TYPE',
  'MODE',
  'METHOD',
  'HEADER',
  'ENABLED',
  'ENABLE',
  'DISABLED',
  'REQUIRED',
  'PROVIDER',
  'TTL',
  'EXPIRY',
  'EXPIRES',
  'TIMEOUT',
  'LENGTH',
  'VERSION',
  'REGION',
]);

/** The words of an environment variable name, upper case. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
}

/** True when an environment variable of this name most likely holds a secret. */
export function looksSecretName(name: string): boolean {
  const words = nameWords(name);
  if (words.length === 0 || ABOUT.has(words[words.length - 1])) return false;
  const glued = words.join('');
  if (GLUED.some((w) => glued.includes(w))) return true;
  return words.some(
    (w, i) =>
      WORDS.has(w) ||
      (w === 'PWD' && words.length > 1) ||
      (w === 'KEY' && i > 0 && KEY_PREFIXES.has(words[i - 1])),
  );
}

const CREDENTIAL_URL = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i;
const PEM_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

const REFERENCE = /\$\([A-Za-z_][A-Za-z0-9_.-]*\)/g;

/** True when a literal value is a secret whatever its name: a URL with a password, a PEM key. */
export function looksSecretValue(value: string): boolean {
  return CREDENTIAL_URL.test(value.trim()) || PEM_KEY.test(value);
}

/**
 * Why a literal env entry looks like a secret written in plain text: its value (a URL with a
 * password, a PEM key), its name (DB_PASSWORD…), or not at all. The share dialog and the
 * plaintext-secret-env rule both ask here.
 */
export function secretEnvReason(name: string, value: string): 'value' | 'name' | undefined {
  if (isReferenceOnly(value)) return undefined;
  // postgres://app:$(DB_PASSWORD)@db names its password; it does not hold it.
  if (looksSecretValue(value.replace(REFERENCE, ''))) return 'value';
  return looksSecretName(name) ? 'name' : undefined;
}

/** True for values that carry nothing: empty, or only `$(OTHER_VAR)` references. */
export function isReferenceOnly(value: string): boolean {
  return value.replace(REFERENCE, '').trim() === '';
}
