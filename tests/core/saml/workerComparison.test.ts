import { matchResponseSubject } from '../../../src/core/responseSubject';
import { analyzeSamlSnapshot } from '../../../src/core/analyzeSaml';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { predictWorkerAttributes } from '../../../src/core/predict';
import { attributeChanges, compareResponseWithWorker } from '../../../src/core/workerComparison';
import { baseAssertion, baseCapture, baseContext, buildSnapshot } from './snapshot';

const predicted = (attributes = baseAssertion().attributes) => predictWorkerAttributes(attributes);

describe('matchResponseSubject', () => {
  const saml = buildSnapshot();
  const p = predicted().attributes;

  it('matches the NameID or email to the worker email, ignoring case and spaces', () => {
    expect(matchResponseSubject(saml, p, { attributes: { email: ' ANA.LIMA@example.com ' } })).toEqual({
      status: 'same',
    });
  });

  it('matches the NameID to the worker name (the Flex identity)', () => {
    expect(matchResponseSubject(saml, p, { name: 'Ana.Lima@Example.com', attributes: {} })).toEqual({
      status: 'same',
    });
  });

  it('matches the NameID to the Flex identity it was encoded into', () => {
    expect(matchResponseSubject(saml, p, { name: 'ana_2Elima_40example_2Ecom', attributes: {} })).toEqual({
      status: 'same',
    });
    expect(matchResponseSubject(saml, p, { name: 'dana_40example_2Ecom', attributes: {} }).status).toBe('other');
  });

  it('names the response subject when it is someone else', () => {
    expect(matchResponseSubject(saml, p, { attributes: { email: 'dana@example.com' } })).toEqual({
      status: 'other',
      subject: 'ana.lima@example.com',
    });
  });

  it('matches on the email attribute when the NameID is opaque', () => {
    const opaque = buildSnapshot({ assertion: { nameId: '00u1a2b3c4' } });
    expect(matchResponseSubject(opaque, p, { attributes: { email: 'ana.lima@example.com' } }).status).toBe('same');
    expect(matchResponseSubject(opaque, p, { attributes: { email: 'dana@example.com' } })).toEqual({
      status: 'other',
      subject: '00u1a2b3c4',
    });
  });

  it('cannot match without a subject on either side', () => {
    const none = buildSnapshot({ assertion: { nameId: null, attributes: [] } });
    expect(matchResponseSubject(none, {}, { attributes: { email: 'ana.lima@example.com' } })).toEqual({
      status: 'unknown',
      missing: 'responseSubject',
    });
    expect(matchResponseSubject(saml, p, { attributes: { full_name: 'Ana' } })).toEqual({
      status: 'unknown',
      missing: 'workerIdentity',
    });
  });
});

describe('attributeChanges', () => {
  it('compares string lists as sets, as idp-overwrites-edit does', () => {
    expect(attributeChanges({ roles: ['supervisor', 'agent'] }, { roles: ['agent', 'supervisor'] })).toEqual([]);
  });

  it('lists changed, added and stale keys', () => {
    expect(
      attributeChanges(
        { location: 'Porto', department: 'Sales', email: 'a@x.example' },
        { location: 'Lisbon', team_name: 'Cards', email: 'a@x.example' },
      ),
    ).toEqual([
      { key: 'location', current: 'Porto', sent: 'Lisbon', change: 'changed' },
      { key: 'team_name', sent: 'Cards', change: 'added' },
      { key: 'department', current: 'Sales', change: 'stale' },
    ]);
  });

  it('never calls what Flex or TaskRouter write themselves "no longer sent"', () => {
    const current = { contact_uri: 'client:ana', routing: { skills: [] }, disabled_skills: {}, full_name: 'Ana' };
    expect(attributeChanges(current, {})).toEqual([]);
  });
});

describe('compareResponseWithWorker', () => {
  const worker = { attributes: { email: 'ana.lima@example.com', full_name: 'Ana Lima', roles: ['agent'], x: 1 } };

  it('compares the same person', () => {
    const result = compareResponseWithWorker({ saml: buildSnapshot(), predicted: predicted(), worker });
    expect(result).toEqual({ status: 'compared', changes: [{ key: 'x', current: 1, change: 'stale' }] });
  });

  it("leaves another person's login out, saying whose it is", () => {
    const dana = { attributes: { email: 'dana@example.com', roles: ['admin'] } };
    expect(compareResponseWithWorker({ saml: buildSnapshot(), predicted: predicted(), worker: dana })).toEqual({
      status: 'notChecked',
      notChecked: { reasonId: 'otherPerson' },
      subject: { status: 'other', subject: 'ana.lima@example.com' },
    });
  });

  it('does not compare an encrypted assertion: nothing in it is "no longer sent"', () => {
    const saml = buildSnapshot({ encrypted: true });
    expect(compareResponseWithWorker({ saml, predicted: predicted([]), worker })).toEqual({
      status: 'notChecked',
      notChecked: { reasonId: 'encrypted' },
    });
  });

  it('is what the analysis reports, and agrees with the findings', () => {
    const dana = { attributes: { email: 'dana@example.com', full_name: 'Dana', roles: ['admin'], dept: 'Ops' } };
    const analysis = analyzeSamlSnapshot({
      saml: buildSnapshot(),
      capture: baseCapture(),
      context: baseContext(),
      expectations: DEFAULT_CONFIG,
      worker: dana,
    });
    expect(analysis.comparison.status).toBe('notChecked');
    const ids = analysis.result.findings.map((f) => f.ruleId);
    expect(ids).not.toContain('stale-claim');
    expect(ids).not.toContain('idp-overwrites-edit');
    expect(analysis.result.notChecked.filter((n) => n.reasonId === 'otherPerson').map((n) => n.ruleId)).toEqual(
      expect.arrayContaining(['stale-claim', 'idp-overwrites-edit']),
    );
    expect(analysis.idp).toEqual({ id: 'okta', source: 'issuer' });
    expect(analysis.analyzedAt).toBe(baseContext().analyzedAt);
  });
});
