import { defineRule } from '../../engine';
import { entraOnly, isEntraKind, notInExport } from '../../idpConfigFacts';
import type { IdpConfigRuleContext } from '../../idpConfigTypes';

type M = 'notRequired';

export default defineRule<IdpConfigRuleContext, M>({
  meta: {
    id: 'idp-config-assignment-not-required',
    scope: 'idp-config',
    title: {
      pass: 'Only users assigned to the Entra app can sign in',
      fail: 'Any user of the tenant can sign in to Flex',
    },
    description:
      'With "Assignment required?" off, every user of the Entra tenant can sign in to Flex, and arrives without an app role — so without a Flex role.',
    severity: 'info',
    messages: {
      notRequired:
        'The enterprise application does not require assignment (appRoleAssignmentRequired is false): any user of the tenant can sign in and arrives with no Flex role. Set "Assignment required?" to Yes and assign users with a role.',
    },
    fixKey: 'F-ASSIGN',
  },
  detect: ({ idpConfig }) => {
    if (!isEntraKind(idpConfig.kind)) return entraOnly();
    if (idpConfig.appRoleAssignmentRequired === undefined || idpConfig.appRoleAssignmentRequired === null) {
      return notInExport('entraServicePrincipal', idpConfig.kind);
    }
    return idpConfig.appRoleAssignmentRequired ? [] : [{ messageId: 'notRequired', path: 'appRoleAssignmentRequired' }];
  },
});
