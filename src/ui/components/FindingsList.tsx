import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { ListItem, UnorderedList } from '@twilio-paste/core/list';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Text } from '@twilio-paste/core/text';
import { useUID } from '@twilio-paste/core/uid-library';
import { planFixes, type FindingGroup, type FixPlan as Plan } from '../../core/fixPlan';
import { ruleById } from '../../core/rules';
import {
  SEVERITIES,
  type DiagnosticsConfig,
  type Finding,
  type IdpId,
  type Severity,
  type WorkerAttributes,
} from '../../core/types';
import { IDENTITY_ATTRIBUTES } from '../format';
import type { StringKey } from '../strings';
import { useStrings } from '../StringsProvider';
import { FixPlan, focusById, groupElementId, groupTitle } from './FixPlan';
import { Disclosure } from './Disclosure';
import { Section } from './Section';
import { SeverityBadge } from './SeverityBadge';
import { ValueText } from './ValueText';

const GROUP_LABEL: Readonly<Record<Severity, StringKey>> = {
  error: 'severityGroupError',
  warning: 'severityGroupWarning',
  info: 'severityGroupInfo',
};

interface ValueContext {
  /** The worker's attributes, to show the value a finding is about. */
  readonly attributes?: WorkerAttributes;
  /** False: non-identity values are masked. */
  readonly canSeeValues: boolean;
  /** Applied to messages (masking quoted values for supervisors). */
  /** How a finding's message is shown: masked for users who may not see values (from its typed data). */
  readonly messageOf?: (finding: Finding) => string;
}

/** The attribute a finding is about, and its value when the worker has it. */
function AttributeAndValue({
  finding,
  context,
}: {
  finding: Finding;
  context: ValueContext;
}): React.ReactElement | null {
  const t = useStrings();
  const path = finding.path;
  if (path === undefined) return null;
  const { attributes, canSeeValues } = context;
  const hasValue = attributes !== undefined && Object.hasOwn(attributes, path);
  return (
    <Box as="dl" margin="space0" marginBottom="space30">
      <Box as="dt" fontWeight="fontWeightSemibold">
        {t('findingAttribute')}
      </Box>
      <Box as="dd" marginLeft="space0">
        <ValueText value={path} />
      </Box>
      {finding.samlAttribute !== undefined && finding.samlAttribute !== path ? (
        <>
          <Box as="dt" fontWeight="fontWeightSemibold">
            {t('findingSamlAttribute')}
          </Box>
          <Box as="dd" marginLeft="space0">
            <ValueText value={finding.samlAttribute} />
          </Box>
        </>
      ) : null}
      {hasValue ? (
        <>
          <Box as="dt" fontWeight="fontWeightSemibold">
            {t('findingValue')}
          </Box>
          <Box as="dd" marginLeft="space0">
            <ValueText value={attributes[path]} masked={!canSeeValues && !IDENTITY_ATTRIBUTES.has(path)} />
          </Box>
        </>
      ) : null}
    </Box>
  );
}

interface GroupCardProps {
  readonly group: FindingGroup;
  readonly plan: Plan;
  readonly level: number;
  readonly prefix: string;
  readonly initiallyOpen: boolean;
  readonly context: ValueContext;
  readonly onGoToFix: (fixId: string) => void;
  readonly renderFinding?: FindingsListProps['renderFinding'];
}

/**
 * One cause: the rule's failing title (with how many findings share it), each finding's message and
 * attribute, why it matters once, and a link to the plan entry that fixes it. Collapsible.
 */
function GroupCard({
  group,
  plan,
  level,
  prefix,
  initiallyOpen,
  context,
  onGoToFix,
  renderFinding,
}: GroupCardProps): React.ReactElement {
  const t = useStrings();
  const meta = ruleById(group.ruleId)?.meta;
  const title = groupTitle(group);
  const count = group.findings.length;
  const fix = plan.fixes.find((f) => f.id === group.fixId);
  const message = (finding: Finding): string => (context.messageOf ? context.messageOf(finding) : finding.message);
  const rendered = (finding: Finding): React.ReactNode => (renderFinding ? renderFinding(finding) : null);
  const single = group.findings[0];
  return (
    <Box
      as="article"
      id={groupElementId(prefix, group.id)}
      data-rule-id={group.ruleId}
      data-group-size={count}
      marginBottom="space40"
    >
      <Disclosure
        defaultOpen={initiallyOpen}
        contained
        headingLevel={level}
        summary={
          <Box as="span" display="inline-flex" columnGap="space30" alignItems="center" flexWrap="wrap">
            <SeverityBadge severity={group.severity} />
            {count > 1 ? t('ruleGroupTitle', { title, count }) : title}
          </Box>
        }
      >
        {count === 1 && single !== undefined ? (
          <>
            {rendered(single) ?? (
              <Text as="p" marginBottom="space30">
                {message(single)}
              </Text>
            )}
            <AttributeAndValue finding={single} context={context} />
          </>
        ) : (
          <UnorderedList>
            {group.findings.map((f, i) => (
              <ListItem key={`${f.path ?? ''}:${i}`}>
                {rendered(f) ?? (
                  <>
                    {f.path !== undefined ? (
                      <>
                        <ValueText value={f.path} />
                        {': '}
                      </>
                    ) : null}
                    {message(f)}
                  </>
                )}
              </ListItem>
            ))}
          </UnorderedList>
        )}
        {meta ? (
          <Text as="p" marginBottom="space30">
            <Text as="span" fontWeight="fontWeightSemibold">
              {t('findingWhy')}:
            </Text>{' '}
            {meta.description}
          </Text>
        ) : null}
        {fix ? (
          <Button variant="link" onClick={() => onGoToFix(fix.id)}>
            {t('findingSeeFix', { step: fix.step })}
          </Button>
        ) : null}
      </Disclosure>
    </Box>
  );
}

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  readonly idp: IdpId;
  readonly runbookLinks: DiagnosticsConfig['runbookLinks'];
  readonly attributes?: WorkerAttributes;
  readonly canSeeValues?: boolean;
  /** Level of the "Fix plan" and "Findings" headings; severity groups and cards use the next levels. */
  readonly headingLevel?: 2 | 3;
  /** Heading text instead of "Findings". */
  readonly title?: string;
  /** How a finding's message is shown: masked for users who may not see values (from its typed data). */
  readonly messageOf?: (finding: Finding) => string;
  /** @deprecated Findings are always grouped by cause now; kept so callers need not change at once. */
  readonly groupByRule?: boolean;
  /** Show the fix plan above the findings (default). */
  readonly showPlan?: boolean;
  /**
   * A finding shown as content instead of its message sentence (Team checks: the email and the workers
   * who share it, as buttons that open them); null or undefined for the message.
   */
  readonly renderFinding?: (finding: Finding) => React.ReactNode;
}

/**
 * A result's findings as root causes: the fix plan first (each distinct fix once, in order), then the
 * findings grouped by cause and by severity, each card linking to its fix. The first card of each
 * severity is open.
 */
export function FindingsList({
  findings,
  idp,
  runbookLinks,
  attributes,
  canSeeValues = true,
  headingLevel = 2,
  title,
  messageOf,
  showPlan = true,
  renderFinding,
}: FindingsListProps): React.ReactElement {
  const t = useStrings();
  const prefix = `sso-${useUID()}`;
  const plan = React.useMemo(() => planFixes(findings, { idp, runbookLinks }), [findings, idp, runbookLinks]);
  const [openRequests, setOpenRequests] = React.useState<Readonly<Record<string, number>>>({});
  const onGoToFix = React.useCallback(
    (fixId: string) => setOpenRequests((r) => ({ ...r, [fixId]: (r[fixId] ?? 0) + 1 })),
    [],
  );
  const onGoToGroup = React.useCallback((groupId: string) => focusById(groupElementId(prefix, groupId)), [prefix]);
  const context: ValueContext = {
    canSeeValues,
    ...(attributes !== undefined ? { attributes } : {}),
    ...(messageOf !== undefined ? { messageOf } : {}),
  };
  return (
    <>
      {showPlan && plan.fixes.length > 0 ? (
        <FixPlan
          plan={plan}
          headingLevel={headingLevel}
          prefix={prefix}
          openRequests={openRequests}
          onGoToGroup={onGoToGroup}
        />
      ) : null}
      <Section heading={title ?? t('findingsHeading')} level={headingLevel} headingId={`${prefix}-findings`}>
        {findings.length === 0 ? <Paragraph>{t('noFindings')}</Paragraph> : null}
        {SEVERITIES.map((severity) => {
          const groups = plan.groups.filter((g) => g.severity === severity);
          if (groups.length === 0) return null;
          const count = groups.reduce((n, g) => n + g.findings.length, 0);
          return (
            <Section
              key={severity}
              heading={t(GROUP_LABEL[severity], { count })}
              level={headingLevel + 1}
              data-section={`severity-${severity}`}
              marginBottom="space50"
            >
              {groups.map((group, i) => (
                <GroupCard
                  key={group.id}
                  group={group}
                  plan={plan}
                  level={headingLevel + 2}
                  prefix={prefix}
                  initiallyOpen={i === 0}
                  context={context}
                  onGoToFix={onGoToFix}
                  {...(renderFinding !== undefined ? { renderFinding } : {})}
                />
              ))}
            </Section>
          );
        })}
      </Section>
    </>
  );
}
