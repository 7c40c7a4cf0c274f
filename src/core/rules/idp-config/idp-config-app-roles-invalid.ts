import { defineRule } from '../../engine';
import { entraOnly, isEntraKind, isTruncated, notInExport } from '../../idpConfigFacts';
import type { EntraAppRole, IdpConfigRuleContext } from '../../idpConfigTypes';
import type { Report } from '../../types';

type M = 'missing' | 'wrongCase' | 'memberType' | 'disabled';

const FLEX_ROLES = ['admin', 'supervisor', 'agent'] as const;

const isUserRole = (r: EntraAppRole) => r.allowedMemberTypes === undefined || r.allowedMemberTypes.includes('User');

export default defineRule<IdpConfigRuleContext, M>({
  meta: {
    id: 'idp-config-app-roles-invalid',
    scope: 'idp-config',
    title: {
      pass: 'The Entra app roles admin, supervisor and agent exist for users',
      fail: 'The Entra app roles do not give users the Flex roles',
    },
    description:
      'With Entra ID, the roles claim carries the values of the app roles assigned to the user; Flex reads exactly admin, supervisor and agent, so each must be an enabled app role that users can be assigned.',
    severity: 'error',
    messages: {
      missing:
        'No app role has the value "{{role}}", so no user can receive the Flex role {{role}}. Add an app role with value {{role}}, allowed member types Users/Groups.',
      wrongCase:
        'The app role "{{displayName}}" has the value "{{value}}", not exactly "{{role}}": Flex reads role values exactly, so users assigned to it get no {{role}} role. Change its value to {{role}}.',
      memberType:
        'The app role "{{displayName}}" ({{role}}) allows only {{memberTypes}}, not Users/Groups: no user can be assigned to it. Set its allowed member types to Users/Groups.',
      disabled: 'The app role "{{displayName}}" ({{role}}) is disabled: users cannot receive it. Enable it.',
    },
    fixKey: 'F-ROLES',
  },
  detect: ({ idpConfig }) => {
    if (!isEntraKind(idpConfig.kind)) return entraOnly();
    if (idpConfig.appRoles === undefined) return notInExport('entraServicePrincipal', idpConfig.kind);
    // Entra's default roles (User, msiam_access) have no value and never reach the roles claim.
    const roles = idpConfig.appRoles.filter((r) => typeof r.value === 'string');
    const reports: Report<M>[] = [];
    let usable = 0;
    for (const role of FLEX_ROLES) {
      const exact = roles.filter((r) => r.value === role);
      if (exact.length === 0) {
        const near = roles.find((r) => (r.value as string).trim().toLowerCase() === role);
        if (near) {
          reports.push({
            messageId: 'wrongCase',
            path: `appRoles.${role}`,
            data: { role, value: near.value as string, displayName: near.displayName ?? (near.value as string) },
          });
        } else if (!isTruncated(idpConfig, 'appRoles')) {
          reports.push({ messageId: 'missing', path: `appRoles.${role}`, data: { role } });
        }
        continue;
      }
      if (exact.some((r) => isUserRole(r) && r.isEnabled !== false)) {
        usable += 1;
        continue;
      }
      const first = exact[0] as EntraAppRole;
      const displayName = first.displayName ?? role;
      if (!isUserRole(first)) {
        reports.push({
          messageId: 'memberType',
          path: `appRoles.${role}`,
          data: {
            role,
            displayName,
            memberTypes: first.allowedMemberTypes?.length ? first.allowedMemberTypes : 'none',
          },
        });
      } else {
        reports.push({ messageId: 'disabled', path: `appRoles.${role}`, data: { role, displayName } });
      }
    }
    // Error when no Flex role at all can be given to a user; otherwise the gaps are warnings.
    const severity = usable === 0 ? ('error' as const) : ('warning' as const);
    return reports.map((r) => ({ ...r, severity }));
  },
});
