import { hasAttribute } from '../../attributes';
import { fixed, name, personal } from '../../disclose';
import { defineRule, PASS, withReport } from '../../engine';
import { isRecord } from '../../objects';
import type { FindingData, Report, WorkerRuleContext } from '../../types';

type Message = 'routing' | 'disabledSkills';

/** The shape of a value, as data: a text value is quoted (and is the attribute's value), others are named. */
function kindOf(value: unknown, attribute: string): FindingData {
  if (value === '') return { shape: fixed('empty text') };
  if (typeof value === 'string') return { text: personal(value, attribute, 60) };
  if (value === null) return { shape: fixed('null') };
  return { shape: fixed(Array.isArray(value) ? 'a list' : `a ${typeof value}`) };
}

/**
 * What is wrong with a `{skills?: string[], levels?: {skill: number}}` value, or undefined when
 * nothing is. Other keys are tolerated: TaskRouter expressions may read them.
 */
function skillsShapeProblem(value: unknown, attribute: string): FindingData | undefined {
  if (!isRecord(value)) return { notObject: fixed(true), ...kindOf(value, attribute) };
  const { skills, levels } = value;
  if (skills !== undefined) {
    if (!Array.isArray(skills)) return { skillsNotList: fixed(true), ...kindOf(skills, attribute) };
    if (!skills.every((skill) => typeof skill === 'string')) return { skillsItem: fixed(true) };
  }
  if (levels !== undefined) {
    if (!isRecord(levels)) return { levelsNotObject: fixed(true), ...kindOf(levels, attribute) };
    for (const skill of Object.keys(levels)) {
      const level = levels[skill];
      if (typeof level !== 'number' || !Number.isFinite(level)) {
        return { levelNotNumber: fixed(true), skill: { ...name(skill), max: 60 }, ...kindOf(level, attribute) };
      }
    }
  }
  return undefined;
}

/** The shape, in words: `the text "…"` or `a number`. */
const SHAPE = '{{#text}}the text "{{text}}"{{/text}}{{^text}}{{shape}}{{/text}}';
/** What is wrong, in words: one part per problem, chosen by data. */
const PROBLEM =
  `{{#notObject}}it is ${SHAPE}, not an object{{/notObject}}` +
  `{{#skillsNotList}}"skills" is ${SHAPE}, not a list of skill names{{/skillsNotList}}` +
  '{{#skillsItem}}"skills" contains a value that is not a skill name{{/skillsItem}}' +
  `{{#levelsNotObject}}"levels" is ${SHAPE}, not an object of skill levels{{/levelsNotObject}}` +
  `{{#levelNotNumber}}the level of "{{skill}}" is ${SHAPE}, not a number{{/levelNotNumber}}`;

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
        `routing has the wrong shape: ${PROBLEM}. Flex expects { "skills": [names], "levels": { "skill": number } }, so ` +
        'skill-based routing probably does not work for this agent. If the IdP sends a "routing" claim, remove it: ' +
        'it overwrites the skills at every login.',
      disabledSkills:
        `disabled_skills has the wrong shape: ${PROBLEM}. Flex expects { "skills": [names], "levels": { "skill": number } }. ` +
        'If the IdP sends a "disabled_skills" claim, remove it: it overwrites the value at every login.',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker }) => {
    let reports: Report<Message>[] | undefined;
    for (const { attribute, messageId } of CHECKED) {
      if (!hasAttribute(worker.attributes, attribute)) continue;
      const problem = skillsShapeProblem(worker.attributes[attribute], attribute);
      if (problem !== undefined) reports = withReport(reports, { messageId, path: attribute, data: problem });
    }
    return reports ?? PASS;
  },
});
