/**
 * The worker-rule half of the SAML analysis, with a stand-in registry: the real worker rules are
 * registered by the lead as they land, and this behaviour must hold whatever they are.
 */
// The factory runs before this file's own code (jest.mock is hoisted), so the stand-ins live in a module.
jest.mock('../../../src/core/rules', () => ({
  workerRules: jest.requireActual('./fakeWorkerRules').fakeWorkerRules,
  teamRules: [],
}));

import { analyzeSamlSnapshot } from '../../../src/core/analyzeSaml';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { baseAssertion, buildContext, type SamlCase } from './snapshot';

function analyze(input: SamlCase) {
  const { saml, capture, context } = buildContext(input, DEFAULT_CONFIG);
  return analyzeSamlSnapshot({ saml, capture, context, expectations: DEFAULT_CONFIG });
}

const EMAIL_CLAIM = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress';

describe('worker rules on the predicted attributes', () => {
  it('stamps each worker finding with the SAML attribute it came from, and sorts it among the saml findings', () => {
    const { result } = analyze({
      assertion: {
        attributes: [...baseAssertion().attributes, { name: 'Level.int', values: ['2'] }],
        nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
      },
    });
    const worker = result.findings.find((f) => f.ruleId === 'test-upper-key');
    expect(worker).toMatchObject({
      severity: 'error',
      path: 'Level[0]',
      samlAttribute: 'Level.int',
      message: 'Level has upper case',
    });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['test-upper-key', 'saml-nameid-transient']);
  });

  it('runs without token roles: rules that need them are not checked as usual', () => {
    const { result } = analyze({});
    expect(result.notChecked).toContainEqual(
      expect.objectContaining({ ruleId: 'test-needs-token-roles', reasonId: 'noTokenRoles' }),
    );
    expect(result.passed).toContain('test-upper-key');
  });

  it('maps a namespaced claim to its own Name', () => {
    const { result } = analyze({
      assertion: { attributes: [{ name: EMAIL_CLAIM.replace('email', 'Email'), values: ['a@b.c'] }] },
    });
    expect(result.findings.find((f) => f.ruleId === 'test-upper-key')?.samlAttribute).toBe(
      EMAIL_CLAIM.replace('email', 'Email'),
    );
  });

  it('does not run them on an encrypted assertion: each is listed as not checked (encrypted)', () => {
    const { result } = analyze({ encrypted: true });
    expect(result.notChecked.filter((n) => n.ruleId.startsWith('test-'))).toEqual([
      expect.objectContaining({ ruleId: 'test-upper-key', reasonId: 'encrypted' }),
      expect.objectContaining({ ruleId: 'test-needs-token-roles', reasonId: 'encrypted' }),
    ]);
    expect(result.findings.some((f) => f.ruleId.startsWith('test-'))).toBe(false);
  });

  it('does not run them when the response carries no assertion (a failed status)', () => {
    const { result } = analyze({
      assertion: null,
      saml: { status: { code: 'urn:oasis:names:tc:SAML:2.0:status:Responder' } },
    });
    expect(result.notChecked.find((n) => n.ruleId === 'test-upper-key')).toMatchObject({
      reasonId: 'notApplicable',
      reason: expect.stringContaining('no assertion'),
    });
    expect(result.findings[0]).toMatchObject({ ruleId: 'saml-status-not-success', messageId: 'other' });
  });
});
