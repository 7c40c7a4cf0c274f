/**
 * What an AD FS rule set puts in the token, in the snapshot's terms: the claims (SAML attributes Flex
 * receives), the NameID, the rules that could not be read, and whether the emitted set is unknown.
 */
import type { EmittedClaim, IdpConfigSnapshot, NameIdSetting } from '../core/idpConfigTypes';
import { NAME_ID_CLAIM, parseClaimRules, type ClaimValueSource } from './claimRules';

type ClaimFacts = Pick<IdpConfigSnapshot, 'claims' | 'nameId' | 'claimsUnknown' | 'unreadableRules'>;

function sourceText(source: ClaimValueSource): string | null {
  switch (source.kind) {
    case 'ldap':
      return source.attribute;
    case 'claim':
      return source.claimType;
    default:
      return null;
  }
}

const EMAIL_FORMAT = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';

/** Reads `IssuanceTransformRules` text. Only `issue` rules reach the token; `add` rules feed later rules. */
export function claimFacts(rulesText: string): ClaimFacts {
  const { rules, unreadable } = parseClaimRules(rulesText);
  const claims: EmittedClaim[] = [];
  const nameIds: NameIdSetting[] = [];
  let claimsUnknown: ClaimFacts['claimsUnknown'];
  for (const rule of rules) {
    if (rule.action !== 'issue') continue;
    if (rule.passThroughAll) {
      if (!claimsUnknown) claimsUnknown = { reason: 'passThroughAll', rule: rule.name };
      continue;
    }
    for (const emitted of rule.emits) {
      if (emitted.type === NAME_ID_CLAIM) {
        nameIds.push({ format: emitted.format ?? null, source: sourceText(emitted.source), rule: rule.name });
        continue;
      }
      const source = sourceText(emitted.source);
      claims.push({ name: emitted.type, source, rule: rule.name });
    }
  }
  // The claim a Name ID rule transforms (the guide's "E-Mail Address") is consumed by it.
  const consumed = new Set(nameIds.map((n) => n.source).filter((s): s is string => s !== null));
  const marked = claims.map((c) => (consumed.has(c.name) ? { ...c, consumedByNameId: true } : c));
  const nameId = nameIds.find((n) => n.format === EMAIL_FORMAT) ?? nameIds[0] ?? { format: null, source: null };
  return {
    claims: marked,
    nameId,
    ...(claimsUnknown ? { claimsUnknown } : {}),
    unreadableRules: unreadable.map((u) => ({
      ...(u.name !== undefined ? { name: u.name } : {}),
      position: u.position,
      detail: u.reason,
    })),
  };
}
