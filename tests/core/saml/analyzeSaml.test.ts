import { analyzeSamlSnapshot, samlAttributeFor } from '../../../src/core/analyzeSaml';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { workerRules } from '../../../src/core/rules';
import { samlRules, samlWorkerRules } from '../../../src/core/rules/saml';
import type { DiagnosticsConfig } from '../../../src/core/types';
import { baseAssertion, buildContext, type SamlCase } from './snapshot';

function analyze(input: SamlCase, expectations: Partial<DiagnosticsConfig> = {}) {
  const e: DiagnosticsConfig = { ...DEFAULT_CONFIG, channels: ['voice', 'chat'], ...expectations };
  const { saml, capture, context, worker } = buildContext(input, e);
  return analyzeSamlSnapshot({ saml, capture, context, expectations: e, ...(worker ? { worker } : {}) });
}

const ids = (list: readonly { ruleId: string }[]) => list.map((x) => x.ruleId);

describe('analyzeSamlSnapshot', () => {
  it('passes a well-configured enhanced-SSO response on every saml rule', () => {
    const { result, predicted } = analyze({
      worker: { email: 'ana.lima@example.com', full_name: 'Ana Lima', roles: ['agent'] },
    });
    const samlIds = [...samlRules, ...samlWorkerRules].map((r) => r.meta.id);
    expect(result.findings.filter((f) => samlIds.includes(f.ruleId))).toEqual([]);
    expect(result.notChecked.filter((n) => samlIds.includes(n.ruleId))).toEqual([]);
    for (const rule of [...samlRules, ...samlWorkerRules]) expect(result.passed).toContain(rule.meta.id);
    expect(predicted.attributes).toEqual({ email: 'ana.lima@example.com', full_name: 'Ana Lima', roles: ['agent'] });
  });

  it('accounts for every registered rule exactly once: finding, not checked, or passed', () => {
    const { result } = analyze({ saml: { destination: 'https://example.com/acs' } });
    const accounted = new Set([...ids(result.findings), ...ids(result.notChecked), ...result.passed]);
    for (const rule of [...samlRules, ...samlWorkerRules, ...workerRules]) expect(accounted).toContain(rule.meta.id);
    expect(new Set(result.passed).size).toBe(result.passed.length);
  });

  it('merges findings errors first, across rules', () => {
    const { result } = analyze({
      saml: { destination: 'https://example.com/acs' },
      assertion: { nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient', sessionNotOnOrAfter: null },
      capture: { source: 'har' },
    });
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['saml-destination-mismatch', 'error'],
      ['saml-nameid-transient', 'warning'],
    ]);
    const severities = result.findings.map((f) => f.severity);
    expect(
      [...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)),
    ).toEqual(severities);
  });

  it('lists the saml+worker rules as not checked without a worker', () => {
    const { result } = analyze({});
    expect(
      result.notChecked
        .filter((n) => n.reasonId === 'noWorker')
        .map((n) => n.ruleId)
        .sort(),
    ).toEqual(['idp-overwrites-edit', 'stale-claim']);
  });

  it('with an encrypted assertion, reports it, still judges the readable part, and lists every worker rule as not checked', () => {
    const { result, predicted } = analyze({ encrypted: true, saml: { signatures: [] } });
    expect(ids(result.findings)).toEqual(
      expect.arrayContaining(['saml-assertion-encrypted', 'saml-signature-missing']),
    );
    expect(result.findings.find((f) => f.ruleId === 'saml-signature-missing')?.messageId).toBe('responseUnsigned');
    for (const rule of workerRules) {
      expect(result.notChecked).toContainEqual(
        expect.objectContaining({ ruleId: rule.meta.id, reasonId: 'encrypted' }),
      );
    }
    expect(result.notChecked.find((n) => n.ruleId === 'saml-nameid-missing')?.reasonId).toBe('encrypted');
    expect(predicted.attributes).toEqual({});
  });

  it('applies configured severities and "off" to saml rules', () => {
    const { result } = analyze(
      {
        saml: { destination: 'https://example.com/acs' },
        assertion: { nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient' },
      },
      { ruleSeverity: { 'saml-destination-mismatch': 'off', 'saml-nameid-transient': 'error' } },
    );
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['saml-nameid-transient', 'error']]);
    expect([...ids(result.notChecked), ...result.passed]).not.toContain('saml-destination-mismatch');
  });

  it('returns the prediction, type errors included', () => {
    const { predicted, result } = analyze({
      assertion: { attributes: [...baseAssertion().attributes, { name: 'seniority.Int', values: ['3'] }] },
    });
    expect(predicted.typeErrors).toHaveLength(1);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'saml-type-suffix-invalid', messageId: 'typeCase', path: 'seniority.Int' }),
    );
  });
});

it('stamps every registered worker rule finding with the SAML Name its path came from', () => {
  const NAMESPACED = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress';
  const { result, predicted } = analyze({
    assertion: {
      attributes: [
        { name: NAMESPACED, values: ['ana.lima@example.com'] },
        { name: 'full_name', values: ['ana.lima@example.com'] },
        { name: 'roles', values: ['Agent, admin'] },
        { name: 'image_url', values: ['javascript:alert(1)'] },
      ],
    },
  });
  const workerIds = new Set(workerRules.map((r) => r.meta.id));
  const workerFindings = result.findings.filter((f) => workerIds.has(f.ruleId));
  for (const finding of workerFindings) {
    expect(finding.samlAttribute).toBe(samlAttributeFor(finding.path, predicted.sources));
    if (finding.path !== undefined && finding.path in predicted.sources) {
      expect(finding.samlAttribute).toBe(predicted.sources[finding.path]);
    }
  }
  // With the worker rules registered, this response gives worker findings on sent attributes.
  if (workerIds.size > 0) expect(workerFindings.some((f) => f.samlAttribute !== undefined)).toBe(true);
});

describe('samlAttributeFor', () => {
  const sources = {
    roles: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role',
    channel: 'channel',
    'channel.voice.capacity': 'channel.voice.capacity',
    seniority: 'seniority.int',
  };

  it('maps a key, or a path inside its value, to the SAML Name it came from', () => {
    expect(samlAttributeFor('roles', sources)).toBe(sources.roles);
    expect(samlAttributeFor('roles[1]', sources)).toBe(sources.roles);
    expect(samlAttributeFor('seniority', sources)).toBe('seniority.int');
  });

  it('prefers the longest key when keys contain dots', () => {
    expect(samlAttributeFor('channel.voice.capacity', sources)).toBe('channel.voice.capacity');
    expect(samlAttributeFor('channel.chat', sources)).toBe('channel');
  });

  it('gives nothing for a path the response did not send', () => {
    expect(samlAttributeFor('rolesx', sources)).toBeUndefined();
    expect(samlAttributeFor(undefined, sources)).toBeUndefined();
  });
});
