/**
 * The sandbox's example workforce: a deterministic, seeded contact center of a few thousand workers
 * whose attributes look like what real identity providers send through Flex SSO — mostly clean agents,
 * plus every way the worker rules know to go wrong (Entra defaults left in place, ADFS groups, Okta
 * expressions typed as constants, Salesforce comma-joined roles, Google and Keycloak custom
 * attributes, duplicates, oversized and hostile values). Same seed, same workforce, byte for byte.
 */
import type { WorkerItem } from '../src/flex/teamQuery';

export const SANDBOX_ACCOUNT_SID = 'AC5a4d0b0c1f2e3d4c5b6a79880716253a';
export const SANDBOX_CONNECTION_SID = 'JQ0f1e2d3c4b5a69788796a5b4c3d2e1f0';
export const SANDBOX_IDP_ISSUER = 'https://sts.windows.net/7c1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8/';
export const SANDBOX_DOMAIN = 'owlbank.example';
/** Capture time of everything in the sandbox (time is data). */
export const SANDBOX_NOW = '2026-11-20T09:00:00.000Z';
export const SANDBOX_TEAMS = ['Cards', 'Loans', 'Mortgages', 'Fraud', 'Onboarding'];

/** The `ui_attributes.sso_diagnostics` block the sandbox account is configured with. */
export const SANDBOX_CONFIG = {
  enabled: true,
  roles_allowed: ['admin', 'supervisor'],
  team_check_roles: ['admin', 'supervisor'],
  analyzer_roles: ['admin'],
  idp: 'auto',
  sso_type: 'enhanced',
  connection_sid: SANDBOX_CONNECTION_SID,
  region: 'us1',
  idp_issuer: SANDBOX_IDP_ISSUER,
  email_domains: [SANDBOX_DOMAIN],
  teams: SANDBOX_TEAMS,
  channels: ['voice', 'chat', 'email'],
  required_attributes: [
    { name: 'department', severity: 'warning' },
    { name: 'location', severity: 'warning', allowed: ['Leeds', 'Lisbon', 'Austin', 'Manila', 'Remote'] },
  ],
  role_rules: [{ when: { attribute: 'department', equals: 'Team leads' }, expect_roles: ['supervisor'] }],
  runbook_links: { 'F-ROLES': 'https://wiki.owlbank.example/flex/sso-roles' },
} as const;

// ------------------------------------------------------------------------------------------ randomness

/** mulberry32: small, fast, and the same on every engine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const hex = (rng: Rng, length: number): string =>
  Array.from({ length }, () => '0123456789abcdef'[Math.floor(rng() * 16)]).join('');
const guid = (rng: Rng): string => `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-a${hex(rng, 3)}-${hex(rng, 12)}`;

const FIRST = [
  'Ana',
  'Ben',
  'Chloé',
  'Dev',
  'Eitan',
  'Fatima',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kofi',
  'Lena',
  'Mateo',
  'Nadia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tariq',
  'Uma',
  'Viktor',
  'Wen',
  'Yusuf',
  'Zoë',
];
const LAST = [
  'Almeida',
  'Brown',
  'Chen',
  'Dubois',
  'Evans',
  'Fischer',
  'García',
  'Haddad',
  'Ivanova',
  'Jensen',
  "O'Brien",
  'Kowalski',
  'Lopez',
  'Müller',
  'Nakamura',
  'Okafor',
  'Patel',
  'Reyes',
  'Santos',
  'Tanaka',
  'Walsh',
  'Zhang',
];
const DEPARTMENTS = ['Retail banking', 'Collections', 'Customer care', 'Fraud desk', 'Team leads'];
const LOCATIONS = ['Leeds', 'Lisbon', 'Austin', 'Manila', 'Remote'];
const SKILLS = ['cards', 'loans', 'mortgages', 'fraud', 'spanish', 'portuguese', 'vip'];

/** Flex's escaping of a NameID into an identity: `ana.chen@x.example` → `ana_2Echen_40x_2Eexample`. */
export function flexIdentity(nameId: string): string {
  return nameId.replace(/[^A-Za-z0-9]/g, (c) => `_${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

interface Person {
  readonly first: string;
  readonly last: string;
  readonly email: string;
  readonly fullName: string;
  readonly department: string;
  readonly location: string;
  readonly team: string;
}

type Attributes = Record<string, unknown>;

function cleanAgent(p: Person, rng: Rng, roles: string[] = ['agent']): Attributes {
  const skills = [pick(rng, SKILLS), pick(rng, SKILLS)].filter((s, i, all) => all.indexOf(s) === i);
  return {
    email: p.email,
    full_name: p.fullName,
    roles,
    contact_uri: `client:${flexIdentity(p.email)}`,
    image_url: `https://avatars.${SANDBOX_DOMAIN}/${flexIdentity(p.email)}.png`,
    department: p.department,
    location: p.location,
    team_member: p.team,
    routing: { skills, levels: Object.fromEntries(skills.map((s) => [s, 1 + Math.floor(rng() * 5)])) },
  };
}

const NS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';
const MS = 'http://schemas.microsoft.com/identity/claims';

/** A pattern: how one kind of IdP setup (right or wrong) shapes a worker's attributes. */
interface Pattern {
  readonly id: string;
  /** Relative weight in the workforce. */
  readonly weight: number;
  readonly make: (p: Person, rng: Rng) => Attributes;
}

export const PATTERNS: readonly Pattern[] = [
  { id: 'clean-agent', weight: 620, make: (p, rng) => cleanAgent(p, rng) },
  {
    id: 'clean-supervisor',
    weight: 45,
    make: (p, rng) => ({ ...cleanAgent(p, rng, ['supervisor', 'wfo.team_leader']), team_owner: p.team }),
  },
  { id: 'admin-implicit-insights', weight: 8, make: (p, rng) => cleanAgent(p, rng, ['admin']) },
  {
    id: 'team-lead-without-supervisor',
    weight: 10,
    make: (p, rng) => ({ ...cleanAgent(p, rng), department: 'Team leads' }),
  },
  {
    id: 'entra-defaults',
    weight: 30,
    make: (p, rng) => ({
      [`${NS}/emailaddress`]: p.email,
      [`${NS}/name`]: p.email,
      [`${NS}/givenname`]: p.first,
      [`${NS}/surname`]: p.last,
      [`${MS}/objectidentifier`]: guid(rng),
      [`${MS}/tenantid`]: '7c1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8',
      [`${MS}/identityprovider`]: SANDBOX_IDP_ISSUER,
      'http://schemas.microsoft.com/claims/authnmethodsreferences': [
        'http://schemas.microsoft.com/ws/2008/06/identity/authenticationmethod/password',
      ],
      roles: [guid(rng), guid(rng)],
      department: p.department,
      location: p.location,
    }),
  },
  {
    id: 'entra-groups-overflow',
    weight: 6,
    make: (p, rng) => ({
      ...cleanAgent(p, rng),
      'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups': Array.from({ length: 120 }, () => guid(rng)),
    }),
  },
  {
    id: 'entra-groups-near-limit',
    weight: 4,
    make: (p, rng) => ({
      ...cleanAgent(p, rng),
      'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups': Array.from({ length: 90 }, () => guid(rng)),
    }),
  },
  {
    id: 'adfs-groups',
    weight: 20,
    make: (p, rng) => ({
      ...cleanAgent(p, rng),
      roles: [`CN=Flex-${p.department.replace(/\s/g, '')},OU=Groups,DC=owlbank,DC=example`],
      'http://schemas.xmlsoap.org/claims/Group': ['Domain Users', 'Flex Agents'],
      [`${NS}/upn`]: p.email,
    }),
  },
  {
    id: 'okta-expressions',
    weight: 15,
    make: (p, rng) => ({
      ...cleanAgent(p, rng),
      email: 'user.email',
      full_name: '${user.firstName} ${user.lastName}',
      department: 'String.join(" ", user.department)',
    }),
  },
  {
    id: 'salesforce-joined-roles',
    weight: 15,
    make: (p, rng) => ({ ...cleanAgent(p, rng), roles: ['agent,supervisor'] }),
  },
  {
    id: 'salesforce-roles-string',
    weight: 8,
    make: (p, rng) => ({ ...cleanAgent(p, rng), roles: 'agent, supervisor, admin' }),
  },
  {
    id: 'google-custom-attributes',
    weight: 15,
    make: (p, rng) => {
      const { email: _e, full_name: _f, ...rest } = cleanAgent(p, rng);
      return { ...rest, Email: p.email, FullName: p.fullName, 'skill_level.Int': '3' };
    },
  },
  {
    id: 'keycloak-role-list',
    weight: 12,
    make: (p, rng) => {
      const { roles: _r, email: _e, ...rest } = cleanAgent(p, rng);
      return {
        ...rest,
        'urn:oid:0.9.2342.19200300.100.1.3': p.email,
        email: p.email,
        Role: ['agent', 'offline_access', 'uma_authorization'],
      };
    },
  },
  { id: 'roles-wrong-case', weight: 10, make: (p, rng) => ({ ...cleanAgent(p, rng), roles: ['Agent'] }) },
  { id: 'roles-padded', weight: 5, make: (p, rng) => ({ ...cleanAgent(p, rng), roles: [' agent'] }) },
  { id: 'roles-default-app-role', weight: 5, make: (p, rng) => ({ ...cleanAgent(p, rng), roles: ['msiam_access'] }) },
  { id: 'roles-insights-only', weight: 4, make: (p, rng) => ({ ...cleanAgent(p, rng), roles: ['wfo.full_access'] }) },
  {
    id: 'roles-missing',
    weight: 5,
    make: (p, rng) => {
      const { roles: _r, ...rest } = cleanAgent(p, rng);
      return rest;
    },
  },
  { id: 'full-name-empty', weight: 4, make: (p, rng) => ({ ...cleanAgent(p, rng), full_name: '   ' }) },
  { id: 'full-name-is-email', weight: 6, make: (p, rng) => ({ ...cleanAgent(p, rng), full_name: p.email }) },
  { id: 'email-invalid', weight: 4, make: (p, rng) => ({ ...cleanAgent(p, rng), email: `${p.first} ${p.last}` }) },
  {
    id: 'email-other-domain',
    weight: 6,
    make: (p, rng) => ({ ...cleanAgent(p, rng), email: p.email.replace(SANDBOX_DOMAIN, 'contractors.example') }),
  },
  {
    id: 'wfo-on-agent',
    weight: 10,
    make: (p, rng) => ({ ...cleanAgent(p, rng), roles: ['agent', 'wfo.quality_manager'] }),
  },
  { id: 'wfo-unknown', weight: 4, make: (p, rng) => ({ ...cleanAgent(p, rng, ['supervisor', 'wfo.supervisor']) }) },
  { id: 'team-member-list', weight: 6, make: (p, rng) => ({ ...cleanAgent(p, rng), team_member: [p.team, 'Fraud'] }) },
  { id: 'team-unknown', weight: 5, make: (p, rng) => ({ ...cleanAgent(p, rng), team_member: p.team.toLowerCase() }) },
  {
    id: 'team-owner-format',
    weight: 3,
    make: (p, rng) => ({ ...cleanAgent(p, rng, ['supervisor']), team_owner: `${p.team},,Loans` }),
  },
  {
    id: 'image-http',
    weight: 5,
    make: (p, rng) => ({ ...cleanAgent(p, rng), image_url: `http://intranet.${SANDBOX_DOMAIN}/people/${p.first}` }),
  },
  { id: 'image-not-url', weight: 3, make: (p, rng) => ({ ...cleanAgent(p, rng), image_url: 'profile picture' }) },
  {
    id: 'contact-uri-invalid',
    weight: 4,
    make: (p, rng) => ({ ...cleanAgent(p, rng), contact_uri: `tel:${p.first}` }),
  },
  { id: 'routing-overwritten', weight: 4, make: (p, rng) => ({ ...cleanAgent(p, rng), routing: 'cards;loans' }) },
  { id: 'insights-team-name-only', weight: 5, make: (p, rng) => ({ ...cleanAgent(p, rng), team_name: p.team }) },
  {
    id: 'insights-value-long',
    weight: 3,
    make: (p, rng) => ({
      ...cleanAgent(p, rng),
      department_name_in_hierarchy: Array.from({ length: 12 }, () => p.department).join(' > '),
    }),
  },
  {
    id: 'department-missing',
    weight: 5,
    make: (p, rng) => {
      const { department: _d, ...rest } = cleanAgent(p, rng);
      return rest;
    },
  },
  { id: 'location-not-allowed', weight: 4, make: (p, rng) => ({ ...cleanAgent(p, rng), location: 'Home office' }) },
  // Hostile values: the UI must show them as text, never as markup, links or images.
  {
    id: 'hostile-name',
    weight: 2,
    make: (p, rng) => ({ ...cleanAgent(p, rng), full_name: '<img src=x onerror=alert(1)>' }),
  },
  { id: 'hostile-image', weight: 2, make: (p, rng) => ({ ...cleanAgent(p, rng), image_url: 'javascript:alert(1)' }) },
  {
    id: 'hostile-data-url',
    weight: 1,
    make: (p, rng) => ({
      ...cleanAgent(p, rng),
      image_url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    }),
  },
  {
    id: 'hostile-huge-value',
    weight: 2,
    make: (p, rng) => ({ ...cleanAgent(p, rng), notes: `<script>alert("x")</script>${'A'.repeat(10_240)}` }),
  },
];

/** Workers that share an email with another one (a Console login beside SSO, or a NameID change). */
const DUPLICATE_SHARE = 0.01;

export interface WorkforceOptions {
  readonly seed?: number;
  readonly size?: number;
}

function makePerson(rng: Rng, index: number): Person {
  const first = pick(rng, FIRST);
  const last = pick(rng, LAST);
  const local = `${first}.${last}`
    .normalize('NFD')
    .replace(/[^A-Za-z.]/g, '')
    .toLowerCase();
  return {
    first,
    last,
    email: `${local}${index}@${SANDBOX_DOMAIN}`,
    fullName: `${first} ${last}`,
    department: pick(rng, DEPARTMENTS.slice(0, 4)),
    location: pick(rng, LOCATIONS),
    team: pick(rng, SANDBOX_TEAMS),
  };
}

function minutesBefore(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) - minutes * 60_000).toISOString();
}

export interface ExampleWorker extends WorkerItem {
  /** The pattern that shaped it (for the sandbox's own tests and the host's worker list). */
  readonly pattern: string;
}

/** The example workforce. Every pattern appears at least once, whatever the size. */
export function generateWorkforce(options: WorkforceOptions = {}): ExampleWorker[] {
  const rng = seededRandom(options.seed ?? 20261120);
  const size = Math.max(options.size ?? 2400, PATTERNS.length + 2);
  const total = PATTERNS.reduce((sum, p) => sum + p.weight, 0);
  const workers: ExampleWorker[] = [];
  for (let index = 0; index < size; index += 1) {
    let pattern: Pattern;
    if (index < PATTERNS.length) {
      pattern = PATTERNS[index] as Pattern;
    } else {
      let roll = rng() * total;
      pattern = PATTERNS[PATTERNS.length - 1] as Pattern;
      for (const candidate of PATTERNS) {
        roll -= candidate.weight;
        if (roll < 0) {
          pattern = candidate;
          break;
        }
      }
    }
    const person = makePerson(rng, index);
    const attributes = pattern.make(person, rng);
    workers.push({
      worker_sid: `WK${hex(rng, 32)}`,
      friendly_name: flexIdentity(person.email),
      activity_name: pick(rng, ['Offline', 'Offline', 'Available', 'Unavailable', 'Break']),
      attributes,
      date_updated: minutesBefore(SANDBOX_NOW, Math.floor(rng() * 60 * 24 * 30)),
      date_activity_changed: minutesBefore(SANDBOX_NOW, Math.floor(rng() * 600)),
      pattern: pattern.id,
    });
  }
  // Duplicates: a second worker with the same email (a Console login beside the SSO one).
  const duplicates = Math.max(2, Math.round(size * DUPLICATE_SHARE));
  for (let i = 0; i < duplicates; i += 1) {
    const original = workers[PATTERNS.length + i] as ExampleWorker;
    const email = (original.attributes as Attributes)['email'];
    workers.push({
      ...original,
      worker_sid: `WK${hex(rng, 32)}`,
      friendly_name: typeof email === 'string' ? email : original.friendly_name,
      attributes: { ...(original.attributes as Attributes) },
      pattern: 'duplicate-email',
    });
  }
  return workers;
}

/** The signed-in user of the sandbox, per `?as=`: their own worker, and the roles in their Flex token. */
export interface SandboxUser {
  readonly identity: string;
  readonly roles: readonly string[];
  readonly worker: WorkerItem;
}

export function sandboxUser(as: 'admin' | 'supervisor' | 'agent'): SandboxUser {
  const email = `${as}.owl@${SANDBOX_DOMAIN}`;
  const roles = as === 'admin' ? ['admin'] : as === 'supervisor' ? ['supervisor', 'wfo.team_leader'] : ['agent'];
  return {
    identity: flexIdentity(email),
    roles,
    worker: {
      worker_sid: `WK${as === 'admin' ? 'a' : as === 'supervisor' ? 'b' : 'c'}${'0'.repeat(31)}`,
      friendly_name: flexIdentity(email),
      activity_name: 'Available',
      attributes: {
        email,
        full_name: `${as[0]?.toUpperCase()}${as.slice(1)} Owl`,
        // The IdP was changed after this user's last login: the token and the worker disagree.
        roles: as === 'admin' ? ['admin', 'supervisor'] : roles,
        contact_uri: `client:${flexIdentity(email)}`,
        department: 'Team leads',
        location: 'Leeds',
        [`${MS}/objectidentifier`]: '0f6c1d2e-3b4a-4c5d-8e9f-a0b1c2d3e4f5',
      },
      date_updated: SANDBOX_NOW,
      date_activity_changed: SANDBOX_NOW,
    },
  };
}

/**
 * A worker "logs in again": the IdP sends changed attributes. Alternates between fixing a known
 * problem and introducing one, so the Team view keeps moving both ways.
 */
export function reLogin(worker: WorkerItem, rng: Rng, at: string): WorkerItem {
  const attributes = { ...(worker.attributes as Attributes) };
  const change = Math.floor(rng() * 4);
  if (change === 0)
    attributes['roles'] =
      Array.isArray(attributes['roles']) && attributes['roles'][0] === 'agent' ? ['Agent'] : ['agent'];
  else if (change === 1) attributes['location'] = pick(rng, [...LOCATIONS, 'Home office']);
  else if (change === 2)
    attributes['image_url'] =
      rng() < 0.5
        ? `http://intranet.${SANDBOX_DOMAIN}/me`
        : `https://avatars.${SANDBOX_DOMAIN}/${worker.friendly_name}.png`;
  else attributes['team_member'] = pick(rng, [...SANDBOX_TEAMS, 'cards']);
  return { ...worker, attributes, date_updated: at };
}
