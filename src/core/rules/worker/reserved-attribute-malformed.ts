import { hasAttribute, showValue } from '../../attributes';
import { defineRule } from '../../engine';
import type { Report, WorkerRuleContext } from '../../types';

type Message = 'routing' | 'disabledSkills';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${showValue(value, 60)}"`;
  return `a ${typeof value}`;
}

/**
 * What is wrong with a `{skills?: string[], levels?: {skill: number}}` value, or undefined when
 * nothing is. Other keys are tolerated: TaskRouter expressions may read them.
 */
function skillsShapeProblem(value: unknown): string | undefined {
  if (!isPlainObject(value)) return `it is ${describeKind(value)}, not an object`;
  const { skills, levels } = value;
  if (skills !== undefined) {
    if (!Array.isArray(skills)) return `"skills" is ${describeKind(skills)}, not a list of skill names`;
    if (!skills.every((skill) => typeof skill === 'string'))
      return '"skills" contains a value that is not a skill name';
  }
  if (levels !== undefined) {
    if (!isPlainObject(levels)) return `"levels" is ${describeKind(levels)}, not an object of skill levels`;
    for (const skill of Object.keys(levels)) {
      const level = levels[skill];
      if (typeof level !== 'number' || !Number.isFinite(level)) {
        return `the level of "${showValue(skill, 60)}" is ${describeKind(level)}, not a number`;
      }
    }
  }
  return undefined;
}

const CHECKED: readonly { readonly attribute: string; readonly messageId: Message }[] = [
  { attribute: 'routing', messageId: 'routing' },
  { attribute: 'disabled_skills', messageId: 'disabledSkills' },
];

export default defineRule<WorkerRuleContext, Message>({
  meta: {
    id: 'reserved-attribute-malformed',
    scope: 'worker',
    title: {
      pass: 'routing and disabled_skills have the shape Flex expects',
      fail: 'A routing attribute has the wrong shape',
    },
    description:
      "Flex's skills editor and TaskRouter workflows read routing and disabled_skills as " +
      '{ skills: [...], levels: { skill: number } }. Any other shape breaks skill-based routing for the agent; it is ' +
      'usually an IdP claim of the same name that overwrites the value at every login.',
    severity: 'error',
    messages: {
      routing:
        'routing has the wrong shape: {{problem}}. Flex expects { "skills": [names], "levels": { "skill": number } }, so ' +
        'skill-based routing probably does not work for this agent. If the IdP sends a "routing" claim, remove it: ' +
        'it overwrites the skills at every login.',
      disabledSkills:
        'disabled_skills has the wrong shape: {{problem}}. Flex expects { "skills": [names], "levels": { "skill": number } }. ' +
        'If the IdP sends a "disabled_skills" claim, remove it: it overwrites the value at every login.',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker }) => {
    const reports: Report<Message>[] = [];
    for (const { attribute, messageId } of CHECKED) {
      if (!hasAttribute(worker.attributes, attribute)) continue;
      const problem = skillsShapeProblem(worker.attributes[attribute]);
      if (problem !== undefined) reports.push({ messageId, path: attribute, data: { problem } });
    }
    return reports;
  },
});
