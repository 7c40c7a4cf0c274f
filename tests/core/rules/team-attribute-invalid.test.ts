import rule from '../../../src/core/rules/worker/team-attribute-invalid';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const teams = ['Sales', 'Support EU', 'Billing'];
const withTeams = (extra: Record<string, unknown>) => ({ attributes: { ...GOOD_ATTRIBUTES, ...extra } });

testWorkerRule(rule, {
  valid: [
    { name: 'no team attributes, no team list', input: withTeams({}) },
    {
      name: 'known member and owner teams',
      input: withTeams({ team_member: 'Sales', team_owner: 'Sales, Billing' }),
      expectations: { teams },
    },
    {
      name: 'empty team_member (default team) and team_owner (no ownership)',
      input: withTeams({ team_member: '', team_owner: '' }),
    },
    {
      name: 'well formed, but no team list to compare with',
      input: withTeams({ team_member: 'Sales', team_owner: 'Sales,Billing' }),
      notChecked: 'noTeamList',
    },
  ],
  invalid: [
    {
      name: 'several member teams',
      input: withTeams({ team_member: ['Sales', 'Billing'] }),
      expectations: { teams },
      findings: [{ messageId: 'multipleTeams', path: 'team_member', data: { teams: ['Sales', 'Billing'], count: 2 } }],
    },
    {
      name: 'team_owner as a list',
      input: withTeams({ team_owner: ['Sales', 'Billing'] }),
      expectations: { teams },
      findings: [{ messageId: 'ownerFormat', path: 'team_owner', data: { shape: 'a list' } }],
    },
    {
      name: 'team_owner as an object',
      input: withTeams({ team_owner: { Sales: true } }),
      expectations: { teams },
      findings: [{ messageId: 'ownerFormat', path: 'team_owner', data: { shape: 'an object' } }],
    },
    {
      name: 'an empty name inside team_owner; the names around it are still checked',
      input: withTeams({ team_owner: 'Sales,,Marketing' }),
      expectations: { teams },
      findings: [
        { messageId: 'ownerFormat', path: 'team_owner' },
        { messageId: 'unknownTeam', path: 'team_owner', data: { attribute: 'team_owner', team: 'Marketing' } },
      ],
    },
    {
      name: 'team names are case-sensitive',
      input: withTeams({ team_member: 'support eu' }),
      expectations: { teams },
      findings: [
        { messageId: 'unknownTeam', path: 'team_member', data: { attribute: 'team_member', team: 'support eu' } },
      ],
    },
    {
      name: 'an empty configured team list makes every name unknown',
      input: withTeams({ team_member: 'Sales' }),
      expectations: { teams: [] },
      findings: [{ messageId: 'unknownTeam', path: 'team_member', data: { team: 'Sales' } }],
    },
    {
      name: 'without a team list the format is still checked',
      input: withTeams({ team_member: ['Sales', 'Billing'], team_owner: 'Sales' }),
      notChecked: 'noTeamList',
      findings: [{ messageId: 'multipleTeams', path: 'team_member' }],
    },
  ],
});
