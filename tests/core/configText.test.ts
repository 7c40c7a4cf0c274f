import { configLines, lineOfPath } from '../../src/core/configText';

const CONFIG = {
  sso_type: 'enhanced',
  teams: ['Cards', 'Loans'],
  required_attributes: [{ name: 'department' }, { name: 'agent_id', pattern: '^E[0-9' }],
  runbook_links: { 'F-ROLES': 'http://wiki' },
  empty: {},
  none: [],
  flag: null,
  skipped: undefined,
};

describe('configLines', () => {
  it('lays the configuration out exactly as JSON.stringify(value, null, 2)', () => {
    for (const value of [CONFIG, {}, [], 'text', 3, [1, [2, { a: [] }]], { a: { b: { c: [null, true] } } }]) {
      expect(
        configLines(value)
          .map((l) => l.text)
          .join('\n'),
      ).toBe(JSON.stringify(value, null, 2));
    }
  });

  it('keeps every key as written, valid or not', () => {
    const text = configLines({ idp: 'entra', typo_key: 1 })
      .map((l) => l.text)
      .join('\n');
    expect(JSON.parse(text)).toEqual({ idp: 'entra', typo_key: 1 });
  });

  it('finds the line of an error path, or of its nearest parent', () => {
    const lines = configLines(CONFIG);
    expect(lines[lineOfPath(lines, 'required_attributes[1].pattern')]?.text).toBe('      "pattern": "^E[0-9"');
    expect(lines[lineOfPath(lines, 'teams[1]')]?.text).toBe('    "Loans"');
    expect(lines[lineOfPath(lines, 'runbook_links.F-ROLES')]?.text).toBe('    "F-ROLES": "http://wiki"');
    expect(lines[lineOfPath(lines, 'required_attributes[1].unknown')]?.text).toBe('    {');
    expect(lineOfPath(lines, 'nothing_here')).toBe(0);
  });
});
