import { hasAttribute } from '../../attributes';
import { fixed, personal, personalList } from '../../disclose';
import { defineRule, PASS } from '../../engine';
import type { DetectResult, Report, WorkerRuleContext } from '../../types';

type MessageId = 'multipleTeams' | 'ownerFormat' | 'unknownTeam';

interface TeamAttributeCheck {
  readonly reports: Report<MessageId>[];
  /** Team names the attribute names, to compare with the configured list. */
  readonly names: string[];
}

function checkTeamMember(value: unknown): TeamAttributeCheck {
  if (Array.isArray(value)) {
    const teams = value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
    return {
      reports: [
        {
          messageId: 'multipleTeams',
          path: 'team_member',
          data: { teams: personalList(teams, 'team_member'), count: teams.length },
        },
      ],
      names: [],
    };
  }
  // An empty team_member puts the worker in the default team: nothing to look up.
  if (typeof value === 'string' && value !== '') return { reports: [], names: [value] };
  return { reports: [], names: [] };
}

function describeOwnerShape(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function checkTeamOwner(value: unknown): TeamAttributeCheck {
  if (typeof value !== 'string') {
    const shape = fixed(describeOwnerShape(value));
    return { reports: [{ messageId: 'ownerFormat', path: 'team_owner', data: { shape } }], names: [] };
  }
  // An empty team_owner removes all ownership on purpose.
  if (value.trim() === '') return { reports: [], names: [] };
  const parts = value.split(',').map((part) => part.trim());
  if (parts.some((part) => part === '')) {
    return {
      reports: [{ messageId: 'ownerFormat', path: 'team_owner', data: { emptyName: fixed(true) } }],
      names: parts.filter((part) => part !== ''),
    };
  }
  return { reports: [], names: parts };
}

// The configured team list as a Set, built once per configuration rather than once per worker.
const teamSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function teamSet(teams: readonly string[]): ReadonlySet<string> {
  let set = teamSets.get(teams);
  if (set === undefined) {
    set = new Set(teams);
    teamSets.set(teams, set);
  }
  return set;
}

function unknownTeams(
  attribute: 'team_member' | 'team_owner',
  names: readonly string[] | undefined,
  teams: ReadonlySet<string>,
): readonly Report<MessageId>[] {
  // Most workers: one team, and a known one (no copies made).
  if (names === undefined || names.every((team) => teams.has(team))) return PASS;
  return [...new Set(names)]
    .filter((team) => !teams.has(team))
    .map((team) => ({
      messageId: 'unknownTeam',
      path: attribute,
      data: { attribute: fixed(attribute), team: personal(team, attribute) },
    }));
}

export default defineRule<WorkerRuleContext, MessageId>({
  meta: {
    id: 'team-attribute-invalid',
    scope: 'worker',
    title: { pass: 'Team attributes are well formed', fail: 'Team attributes are malformed' },
    description:
      'Flex Teams assigns a worker to the one team named in team_member and gives ownership of the teams listed in team_owner. Several member teams, a malformed owner list or a team name that does not exist leave the worker out of the intended team.',
    severity: 'warning',
    messages: {
      multipleTeams:
        'team_member holds a list ({{teams}}) instead of one team name. Flex Teams accepts exactly one team and, with several values, assigns none. Send a single team name.',
      ownerFormat:
        'team_owner should be one text value with team names separated by commas, but ' +
        '{{#shape}}it is {{shape}}, not text{{/shape}}' +
        '{{#emptyName}}it has an empty name between commas, or a comma at the start or end{{/emptyName}}. Send the owned teams as one comma-separated value.',
      unknownTeam:
        '{{attribute}} names the team "{{team}}", which is not in the configured team list. Team names must match exactly, including case.',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker, expectations }): DetectResult<MessageId> => {
    const { attributes } = worker;
    const member = hasAttribute(attributes, 'team_member') ? checkTeamMember(attributes['team_member']) : undefined;
    const owner = hasAttribute(attributes, 'team_owner') ? checkTeamOwner(attributes['team_owner']) : undefined;
    if (member === undefined && owner === undefined) return PASS;
    const formatReports =
      member?.reports.length || owner?.reports.length ? [...(member?.reports ?? []), ...(owner?.reports ?? [])] : PASS;
    const namesToLookUp = (member?.names.length ?? 0) + (owner?.names.length ?? 0) > 0;
    if (!namesToLookUp) return formatReports;
    if (expectations.teams === undefined) {
      return {
        notChecked: {
          reasonId: 'noTeamList',
          detail: 'The team names in team_member and team_owner were not compared with a team list.',
        },
        reports: formatReports,
      };
    }
    const teams = teamSet(expectations.teams);
    const unknownMember = unknownTeams('team_member', member?.names, teams);
    const unknownOwner = unknownTeams('team_owner', owner?.names, teams);
    if (formatReports.length + unknownMember.length + unknownOwner.length === 0) return PASS;
    return [...formatReports, ...unknownMember, ...unknownOwner];
  },
});
