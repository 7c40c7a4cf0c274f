import type { Expectations } from './types';

/** What an organisation gets without any configuration. */
export const DEFAULT_EXPECTATIONS: Expectations = {
  enabled: true,
  rolesAllowed: ['admin', 'supervisor'],
  teamCheckRoles: ['admin', 'supervisor'],
  analyzerRoles: ['admin'],
  idp: 'auto',
  region: 'us1',
  idpCertificates: [],
  emailDomains: [],
  requiredAttributes: [],
  roleRules: [],
  runbookLinks: {},
  ruleSeverity: {},
};
