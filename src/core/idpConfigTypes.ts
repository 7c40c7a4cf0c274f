/**
 * An identity provider's own configuration, read from an export of its settings, as plain data — the
 * shared contract between the readers (`src/saml/metadata.ts`, `src/idpconfig/*`) and the `idp-config`
 * rules (`src/core/rules/idp-config/*`). Kinds and fields: ../shared/reference/idp-config.md.
 *
 * Conventions every reader follows:
 * - A fact the export kind does not carry is `undefined` (absent): its rules are "not checked", naming
 *   the export that would carry it.
 * - A fact the export carries and that is empty or switched off is `null` (or `[]` for a collection).
 * - A fact the export carries but in a form the reader cannot read (an AD FS enum written as a number,
 *   a type name where the list text hides a collection) is an {@link UnreadableFact}: "not checked", never
 *   guessed.
 * - A vendor's documented default (idp-config.md "Decisions": Auth0 `signResponse` false, `rsa-sha1`,
 *   Keycloak `saml.server.signature` true …) is applied by the reader and the fact's path listed in
 *   `defaulted`, so messages can say "(by default)".
 * - Strings are as the export writes them, trimmed; thumbprints upper-case hex without separators;
 *   times ISO-8601.
 */
import type { CertificateInfo, VerificationResult } from './samlTypes';
import type { DiagnosticsConfig, IdpId, Rule, SsoType } from './types';

export const IDP_CONFIG_KINDS = [
  'saml-metadata',
  'adfs-trust',
  'adfs-claim-rules',
  'entra-manifest',
  'entra-service-principal',
  'okta-app',
  'keycloak-client',
  'auth0-client',
] as const;
export type IdpConfigKind = (typeof IDP_CONFIG_KINDS)[number];

/** Why a fact the export holds could not be read. The id is stable; `detail` is for people. */
export type UnreadableReason =
  /** PowerShell 5.1 `ConvertTo-Json` wrote an enum (e.g. `SamlResponseSignature`) as an integer. */
  | 'adfsEnumNumber'
  /** AD FS list text printed only a type name for a collection (e.g. `SamlEndpoints`). */
  | 'adfsListTypeName'
  /** A value of a shape or vocabulary the reader does not know. */
  | 'unknownValue';

export interface UnreadableFact {
  readonly unreadable: UnreadableReason;
  /** The value as written (configuration, never personal data), e.g. "1" or "Microsoft.IdentityServer…". */
  readonly raw?: string;
  /** What would show it, e.g. `(Get-AdfsRelyingPartyTrust -Name "Flex").SamlEndpoints`. */
  readonly detail?: string;
}

export function isUnreadable(value: unknown): value is UnreadableFact {
  return typeof value === 'object' && value !== null && 'unreadable' in value;
}

/** A `SingleSignOnService` of SAML metadata; `binding` short: `Redirect`, `POST`, `Artifact`, `SOAP` (else as written). */
export interface SsoService {
  readonly binding: string;
  readonly location: string;
}

export type CertificateUse = 'signing' | 'encryption' | 'unspecified';

/**
 * A certificate the IdP publishes or holds. Full facts when the certificate itself is in the export
 * (metadata KeyDescriptor, Entra `keyCredentials[].key`); an Entra key credential without `key` carries
 * only its SHA-1 thumbprint (`customKeyIdentifier`) and dates.
 */
export interface IdpCertificate extends Partial<CertificateInfo> {
  /** `unspecified` = a metadata KeyDescriptor without `use` (counts as signing). Entra `usage: "Verify"` = signing. */
  readonly use: CertificateUse;
  /** Where the export marks the one in use: Entra `preferredTokenSigningKeyThumbprint`. Absent when not marked. */
  readonly active?: boolean;
  /** Base64 DER as published (no PEM armour), when the export holds the certificate itself. */
  readonly der?: string;
  /** 1-based position among the export's certificates, for messages ("certificate 2"). */
  readonly position: number;
}

/** A certificate entry the reader found but could not parse: skipped, listed as "not checked". */
export interface UnreadableCertificate {
  readonly position: number;
  readonly use: CertificateUse;
  /** Why, in a few words (never the certificate's content). */
  readonly detail?: string;
}

/** The metadata's enveloped signature: absent, or its verification result (KeyInfo, else published certificates). */
export type MetadataSignature =
  | { readonly status: 'absent' }
  | (VerificationResult & {
      /** SHA-256 of the certificate it verified (or failed) against. */
      readonly certificateSha256?: string;
    });

/**
 * A URL the IdP puts into the response as `Destination` / `Recipient` (Okta `recipient`/`destination`,
 * Auth0 `recipient`/`destination`): it must be the Flex ACS too.
 */
export interface ResponseTarget {
  /** The export's field name, e.g. `settings.signOn.recipient`. */
  readonly field: string;
  readonly url: string;
}

/** Whether the IdP signs a part: yes, no, or an export value the reader could not read. */
export type SigningFact = boolean | UnreadableFact;

export interface SigningSettings {
  readonly response: SigningFact;
  readonly assertion: SigningFact;
  /** The export's own value, e.g. AD FS `AssertionOnly`, for messages. */
  readonly raw?: string;
}

export interface NameIdSetting {
  /** The NameID format as configured (URI or the IdP's short form: `email`, `EmailAddress` …); null = none set. */
  readonly format: string | null;
  /**
   * Where the value comes from, as the export says: an LDAP attribute (`mail`) or the input claim type of an
   * AD FS Name ID rule, an Okta template (`${user.email}`), an Auth0 probe. null = nothing issues a NameID.
   */
  readonly source: string | null;
  /** The AD FS rule that issues it (its `@RuleName`, else "rule N"). */
  readonly rule?: string;
}

/** One claim the IdP emits into the token: a SAML `Attribute` Flex will receive. */
export interface EmittedClaim {
  /** The Attribute Name exactly as sent. */
  readonly name: string;
  /** Where its value comes from: LDAP attribute, Okta expression, Keycloak user property … null = not said. */
  readonly source: string | null;
  readonly nameFormat?: string;
  readonly friendlyName?: string;
  /** Keycloak role list mapper with `single: "false"`: one `Attribute` element per value. */
  readonly repeatedAttribute?: boolean;
  /** The AD FS rule (or Okta statement / Keycloak mapper name) that emits it. */
  readonly rule?: string;
  /** True when an AD FS Name ID rule consumes this claim (the seed guide's E-Mail Address claim). */
  readonly consumedByNameId?: boolean;
}

/** An AD FS claim rule the reader could not follow (`idp-config-rule-unreadable`). */
export interface UnreadableRule {
  /** The `@RuleName`, when it has one. */
  readonly name?: string;
  /** 1-based position among the rules. */
  readonly position: number;
  /** What could not be followed, e.g. "unexpected token at column 14" (never a value from the directory). */
  readonly detail?: string;
}

/** An Entra app role, from the manifest or the service principal. */
export interface EntraAppRole {
  /** What the `roles` claim carries; null for Entra's defaults (`User`, `msiam_access`), which are ignored. */
  readonly value: string | null;
  readonly displayName?: string;
  readonly id?: string;
  /** Absent = not written (Entra's default is enabled). */
  readonly isEnabled?: boolean;
  readonly allowedMemberTypes?: readonly string[];
  readonly origin: 'manifest' | 'servicePrincipal';
}

/** The name of a collection a reader found cut short (an AD FS list text ending in `…`). */
export type TruncatableFact = 'acsUrls' | 'spEntityIds' | 'claims' | 'certificates' | 'appRoles';

export interface IdpConfigSnapshot {
  readonly kind: IdpConfigKind;
  /** The IdP profile detected from the content (an AD FS trust is `adfs`; metadata by its entityID). */
  readonly idp: IdpId;
  /** The export's own name for the app or trust (AD FS `Name`, Okta `label`, Entra `displayName` …). */
  readonly name?: string;
  /** AD FS `Enabled`, Okta `status` ACTIVE, … when the export says. */
  readonly enabled?: boolean;

  // --- the IdP itself (metadata only) ---
  /** The IdP issuer: metadata `entityID`. */
  readonly entityId?: string;
  readonly ssoServices?: readonly SsoService[];
  /** Metadata `NameIDFormat`s: capabilities, not a setting (NameID rules are "not checked" on metadata). */
  readonly offeredNameIdFormats?: readonly string[];
  readonly metadataSignature?: MetadataSignature;

  // --- certificates ---
  /** Every readable certificate, in the export's order, each certificate once. */
  readonly certificates?: readonly IdpCertificate[];
  readonly unreadableCertificates?: readonly UnreadableCertificate[];
  /** Entra `preferredTokenSigningKeyThumbprint` (SHA-1, upper-case hex). null = carried and empty. */
  readonly preferredTokenSigningKeyThumbprint?: string | null;

  // --- what the IdP sends to Flex ---
  /** Candidate ACS / reply URLs for this app (idp-config.md "ACS URLs"). Never AD FS's own SPSSODescriptor. */
  readonly acsUrls?: readonly string[] | UnreadableFact;
  readonly responseTargets?: readonly ResponseTarget[];
  /** SP entity IDs / identifiers / audience (AD FS `Identifier`, Entra `identifierUris` …). */
  readonly spEntityIds?: readonly string[];
  /** Entra `appId`: tells the default identifier `api://<appId>` apart. */
  readonly appId?: string;
  readonly signing?: SigningSettings;
  /** As the export writes it: a URI, `rsa-sha256`, `RSA_SHA256`. null = carried and not set. */
  readonly signatureAlgorithm?: string | null;
  readonly digestAlgorithm?: string | null;
  /** Assertion encryption on (true), off (false); `encryptionSetting` names what turns it on. */
  readonly encryption?: boolean;
  /** The field that switches encryption on, e.g. `EncryptClaims + EncryptionCertificate`, `tokenEncryptionKeyId`. */
  readonly encryptionSetting?: string;
  readonly nameId?: NameIdSetting;
  /** Default RelayState (Okta `defaultRelayState`, Entra `samlSingleSignOnSettings.relayState`); null = not set. */
  readonly relayState?: string | null;

  // --- claims ---
  readonly claims?: readonly EmittedClaim[];
  /**
   * The emitted set is not known: a pass-through-all rule (`c:[] => issue(claim = c);`), or Auth0's
   * `passthroughClaimsWithNoMapping`. Claim rules are then "not checked".
   */
  readonly claimsUnknown?: { readonly reason: 'passThroughAll' | 'passthroughUnmapped'; readonly rule?: string };
  readonly unreadableRules?: readonly UnreadableRule[];

  // --- Entra ---
  readonly appRoles?: readonly EntraAppRole[];
  readonly appRoleAssignmentRequired?: boolean | null;
  /** Personal data: redacted in exports unless values are included. */
  readonly notificationEmailAddresses?: readonly string[];
  readonly preferredSingleSignOnMode?: string | null;

  // --- provenance ---
  /** Fact paths filled from a vendor's documented default, e.g. `signing.response`, `signatureAlgorithm`. */
  readonly defaulted?: readonly string[];
  /** Collections the export cut short: "not included" conclusions about them are "not checked". */
  readonly truncated?: readonly TruncatableFact[];
}

/** A configured certificate (`idp_certificates` / `--cert`) that could not be parsed, by its 1-based position. */
export interface UnreadableConfiguredCertificate {
  readonly position: number;
}

/** What the idp-config rules know about the account and Flex's SSO settings. Absent = "not checked". */
export interface IdpConfigContext {
  readonly accountSid?: string;
  readonly connectionSid?: string;
  readonly region: string;
  readonly ssoType?: SsoType;
  /** ISO-8601 analysis time ("now", or `--now`). */
  readonly analyzedAt: string;
  /** Flex's "Identity Provider Issuer" (`idp_issuer` / `--issuer`). */
  readonly configuredIssuer?: string;
  /** Flex's X.509 certificate(s) (`idp_certificates` / `--cert`), parsed. */
  readonly configuredCertificates: readonly CertificateInfo[];
  readonly unreadableConfiguredCertificates?: readonly UnreadableConfiguredCertificate[];
  /** Flex's "Single Sign-On URL" (`idp_sso_url` / `--sso-url`). */
  readonly configuredSsoUrl?: string;
}

export interface IdpConfigRuleContext {
  readonly idpConfig: IdpConfigSnapshot;
  readonly context: IdpConfigContext;
  readonly expectations: DiagnosticsConfig;
}

export type IdpConfigRule<M extends string = string> = Rule<IdpConfigRuleContext, M>;
