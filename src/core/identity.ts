/**
 * People, not encodings. Flex turns the SSO NameID into the user's identity (the worker's friendly name,
 * the token's identity, `client:<identity>` in contact_uri) by escaping it: every byte of its UTF-8 that
 * is not an ASCII letter or digit becomes `_` and two upper-case hex digits, the `_` itself included
 * (`admin.owl@owlbank.example` → `admin_2Eowl_40owlbank_2Eexample`, `ana_lima` → `ana_5Flima`, `ø` →
 * `_C3_B8`). It is the "escapism" scheme JupyterHub uses for user names, reversible by design.
 */
import type { WorkerAttributes } from './types';

const SAFE = /^[A-Za-z0-9]$/;
const HEX_BYTE = /^[0-9A-F]{2}$/;
/** Longer than any escaped NameID (a 256-character NameID of escaped characters is 2,304): refuse, not guess. */
const MAX_IDENTITY = 4_096;

/** The UTF-8 bytes of one character as `%XX` groups (encodeURIComponent leaves some ASCII alone). */
function utf8Hex(char: string): string[] {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return [code.toString(16).toUpperCase().padStart(2, '0')];
  return encodeURIComponent(char).split('%').slice(1);
}

/** Flex's escaping of a NameID into an identity. */
export function encodeIdentity(text: string): string {
  let out = '';
  for (const char of text) {
    out += SAFE.test(char)
      ? char
      : utf8Hex(char)
          .map((hex) => `_${hex}`)
          .join('');
  }
  return out;
}

/**
 * The NameID an identity was made from, or undefined when the text is not an escaped identity (a `_`
 * without two hex digits after it, bytes that are not UTF-8, a character Flex would have escaped):
 * then the raw value is the best name there is, and guessing would show a wrong one.
 */
export function decodeIdentity(identity: string): string | undefined {
  if (typeof identity !== 'string' || identity === '' || identity.length > MAX_IDENTITY) return undefined;
  let percent = '';
  for (let i = 0; i < identity.length;) {
    const char = identity[i] as string;
    if (char === '_') {
      const hex = identity.slice(i + 1, i + 3);
      if (!HEX_BYTE.test(hex)) return undefined;
      percent += `%${hex}`;
      i += 3;
    } else if (SAFE.test(char)) {
      percent += char;
      i += 1;
    } else {
      return undefined;
    }
  }
  try {
    // Pure and everywhere (no TextDecoder in older jsdom); throws on bytes that are not UTF-8.
    return decodeURIComponent(percent);
  } catch {
    return undefined;
  }
}

/** Where a shown name comes from, most trusted first. */
export type NameSource = 'full_name' | 'email' | 'identity' | 'raw' | 'none';

export interface PersonName {
  /** What to show: full_name, else the email, else the decoded identity, else the raw identity; '' when none. */
  readonly shown: string;
  readonly source: NameSource;
  /** The identity as Flex holds it (for a title or a details row), when there is one. */
  readonly identity?: string;
  /** The decoded identity (usually the email the user logs in with), when it decodes. */
  readonly decoded?: string;
}

export interface PersonInput {
  readonly attributes?: WorkerAttributes;
  /** The worker's friendly name or the token's identity: the escaped NameID for SSO users. */
  readonly identity?: string;
}

function nonBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The name to show for a person, everywhere one is named (views, exports, the CLI). */
export function personName({ attributes, identity }: PersonInput): PersonName {
  const raw = nonBlank(identity);
  const decoded = raw !== undefined ? decodeIdentity(raw) : undefined;
  const known = {
    ...(raw !== undefined ? { identity: raw } : {}),
    ...(decoded !== undefined ? { decoded } : {}),
  };
  const fullName = nonBlank(attributes?.['full_name']);
  if (fullName !== undefined) return { shown: fullName, source: 'full_name', ...known };
  const email = nonBlank(attributes?.['email']);
  if (email !== undefined) return { shown: email, source: 'email', ...known };
  if (decoded !== undefined && decoded.trim() !== '') return { shown: decoded, source: 'identity', ...known };
  if (raw !== undefined) return { shown: raw, source: 'raw', ...known };
  return { shown: '', source: 'none' };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Orders shown names the way people read them, empty names last (whatever the direction of a sort). */
export function compareShownNames(a: string, b: string): number {
  if (a === '' || b === '') return (a === '' ? 1 : 0) - (b === '' ? 1 : 0);
  return collator.compare(a, b);
}
