/**
 * The one comparison of a SAML response with a worker's current attributes. `idp-overwrites-edit`
 * reports its changed keys, `stale-claim` its stale keys, and the analyzer's "difference from the
 * worker" table shows all of it — so the table and the findings cannot disagree.
 */
import { hasAttribute } from './attributes';
import { matchResponseSubject, type SubjectMatch } from './responseSubject';
import type { PredictedAttributes, SamlSnapshot } from './samlTypes';
import type { NotCheckedReport, WorkerSnapshot } from './types';

/**
 * Keys the IdP does not own: the required three (their absence in the response is
 * `required-attribute-missing`'s finding), `contact_uri` (Flex sets it itself), and the skills
 * TaskRouter and the Flex skills editor manage. They are never "no longer sent".
 */
export const NOT_FROM_IDP: ReadonlySet<string> = new Set([
  'email',
  'full_name',
  'roles',
  'contact_uri',
  'routing',
  'disabled_skills',
]);

export interface AttributeChange {
  readonly key: string;
  /** What the worker holds now (absent for `added`). */
  readonly current?: unknown;
  /** What the response makes Flex write (absent for `stale`). */
  readonly sent?: unknown;
  /** `changed`: the response overwrites the worker's value; `added`: a new key; `stale`: kept, no longer sent. */
  readonly change: 'changed' | 'added' | 'stale';
}

export type WorkerComparison =
  | { readonly status: 'compared'; readonly changes: readonly AttributeChange[] }
  | {
      readonly status: 'notChecked';
      readonly notChecked: NotCheckedReport;
      /** Present when the response is someone else's login or cannot be matched to the worker. */
      readonly subject?: Exclude<SubjectMatch, { readonly status: 'same' }>;
    };

/** Lists of strings compare as sets: Flex rewriting `["agent","admin"]` as `["admin","agent"]` changes nothing. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return [...value].sort();
  return value;
}

/** Whether two attribute values are the same for Flex. */
export function sameAttributeValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

/** Key by key: what the next sign-in with these predicted attributes changes on the worker. */
export function attributeChanges(
  current: Readonly<Record<string, unknown>>,
  sent: Readonly<Record<string, unknown>>,
): AttributeChange[] {
  const changes: AttributeChange[] = [];
  for (const [key, value] of Object.entries(sent)) {
    if (!hasAttribute(current, key)) changes.push({ key, sent: value, change: 'added' });
    else if (!sameAttributeValue(current[key], value)) {
      changes.push({ key, current: current[key], sent: value, change: 'changed' });
    }
  }
  for (const [key, value] of Object.entries(current)) {
    if (!NOT_FROM_IDP.has(key) && !hasAttribute(sent, key)) changes.push({ key, current: value, change: 'stale' });
  }
  return changes;
}

export interface ComparisonInput {
  readonly saml: SamlSnapshot;
  readonly predicted: PredictedAttributes;
  readonly worker?: WorkerSnapshot;
}

/**
 * Compares the response with the worker, or says why it cannot: no worker, no readable assertion
 * (encrypted or absent: its attributes are unknown, so nothing is "no longer sent"), a typed claim
 * that blocks the update, or a response that is not this worker's login.
 */
export function compareResponseWithWorker({ saml, predicted, worker }: ComparisonInput): WorkerComparison {
  if (!worker) return { status: 'notChecked', notChecked: { reasonId: 'noWorker' } };
  if (!saml.assertion) {
    return {
      status: 'notChecked',
      notChecked:
        saml.encryptedAssertionCount > 0
          ? { reasonId: 'encrypted' }
          : { reasonId: 'notApplicable', detail: 'The response carries no assertion.' },
    };
  }
  if (predicted.typeErrors.length > 0) {
    return {
      status: 'notChecked',
      notChecked: {
        reasonId: 'notApplicable',
        detail: 'A typed claim fails to convert, so Flex likely writes nothing to the worker at this login.',
      },
    };
  }
  const subject = matchResponseSubject(saml, predicted.attributes, worker);
  if (subject.status === 'other') return { status: 'notChecked', notChecked: { reasonId: 'otherPerson' }, subject };
  if (subject.status === 'unknown') {
    return { status: 'notChecked', notChecked: { reasonId: 'subjectUnknown' }, subject };
  }
  return { status: 'compared', changes: attributeChanges(worker.attributes, predicted.attributes) };
}
