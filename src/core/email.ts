/** Email addresses as workers and IdPs carry them: whether one is plausible, and its domain. */

// RFC 5321 limits: 64 for the local part, 254 for the whole address.
const MAX_ADDRESS = 254;
const MAX_LOCAL = 64;
const LOCAL_PART = /^[^\s@"(),:;<>[\]\\]+$/;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/**
 * The common case, in one pass and no copies: an ASCII address that the checks below all accept (a
 * local part of at most 64 safe characters with single inner dots, labels of letters, digits and inner
 * hyphens, a top-level domain of letters). Anything else takes the full checks.
 */
const PLAIN_ADDRESS =
  /^(?=[^@]{1,64}@)[A-Za-z0-9_%+'=!#$&*/?^`{|}~-]+(?:\.[A-Za-z0-9_%+'=!#$&*/?^`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/**
 * A plausible address as users and IdPs write them (`ana.lima@example.com`), not every form RFC 5322
 * allows: quoted local parts, IP literals and dotless domains are not what an IdP sends for a user.
 * Length is checked first so hostile 10 kB values never reach a regular expression.
 */
export function isPlausibleEmail(value: string): boolean {
  return value.length <= MAX_ADDRESS && (PLAIN_ADDRESS.test(value) || plausibleByParts(value));
}

/** The checks one by one (exported for the test that holds PLAIN_ADDRESS to them). */
export function plausibleByParts(value: string): boolean {
  if (value.length > MAX_ADDRESS) return false;
  const at = value.indexOf('@');
  if (at <= 0 || at !== value.lastIndexOf('@')) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > MAX_LOCAL || !LOCAL_PART.test(local)) return false;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) return false;
  return TOP_LEVEL.test(labels[labels.length - 1] as string);
}

/** The domain of an address, lower-cased; undefined when the value has no `@` or nothing after it. */
export function emailDomain(value: string): string | undefined {
  const at = value.lastIndexOf('@');
  if (at < 0) return undefined;
  const domain = value
    .slice(at + 1)
    .trim()
    .toLowerCase();
  return domain === '' ? undefined : domain;
}
