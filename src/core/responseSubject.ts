/**
 * Whose login a SAML response is. Before a response is compared with a worker, its subject — the
 * NameID and the `email` attribute — must name that worker: comparing someone else's login with the
 * signed-in admin yields edits and stale claims that are not there. Matching is case-insensitive, as
 * email addresses are in practice and as Flex treats identities.
 */
import { decodeIdentity } from './identity';
import type { SamlSnapshot } from './samlTypes';
import type { WorkerSnapshot } from './types';

export type SubjectMatch =
  /** The response names the worker (by NameID or email). */
  | { readonly status: 'same' }
  /** The response names someone else: `subject` is who (a personal value: show it per role, redact it in exports). */
  | { readonly status: 'other'; readonly subject: string }
  /** Nothing to match on: the response names no readable subject, or the worker carries no email or identity. */
  | { readonly status: 'unknown'; readonly missing: 'responseSubject' | 'workerIdentity' };

function norm(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().toLowerCase();
  return trimmed === '' ? undefined : trimmed;
}

/** What identifies the response's subject: the NameID, then the `email` attribute Flex would write. */
export function responseSubjects(saml: SamlSnapshot, predicted: Readonly<Record<string, unknown>>): string[] {
  const out: string[] = [];
  for (const value of [saml.assertion?.nameId, predicted['email']]) {
    if (typeof value === 'string' && value.trim() !== '' && !out.includes(value.trim())) out.push(value.trim());
  }
  return out;
}

/**
 * What identifies the worker: its `email` attribute, its TaskRouter name (the Flex identity for SSO
 * users) and that identity decoded (`admin_2Eowl_40owlbank_2Eexample` is `admin.owl@owlbank.example`,
 * the NameID it was made from).
 */
export function workerIdentifiers(worker: WorkerSnapshot): string[] {
  const out: string[] = [];
  const decoded = worker.name !== undefined ? decodeIdentity(worker.name) : undefined;
  for (const value of [worker.attributes['email'], worker.name, decoded]) {
    const n = norm(value);
    if (n !== undefined && !out.includes(n)) out.push(n);
  }
  return out;
}

/** Is this response the worker's own login? */
export function matchResponseSubject(
  saml: SamlSnapshot,
  predicted: Readonly<Record<string, unknown>>,
  worker: WorkerSnapshot,
): SubjectMatch {
  const subjects = responseSubjects(saml, predicted);
  if (subjects.length === 0) return { status: 'unknown', missing: 'responseSubject' };
  const known = workerIdentifiers(worker);
  if (known.length === 0) return { status: 'unknown', missing: 'workerIdentity' };
  if (subjects.some((s) => known.includes(s.toLowerCase()))) return { status: 'same' };
  return { status: 'other', subject: subjects[0] as string };
}
