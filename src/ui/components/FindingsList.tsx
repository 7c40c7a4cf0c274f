import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Heading } from '@twilio-paste/core/heading';
import { ListItem, OrderedList, UnorderedList } from '@twilio-paste/core/list';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Text } from '@twilio-paste/core/text';
import { idpName, resolveFix } from '../../core/idp';
import { ruleById } from '../../core/rules';
import type { Expectations, Finding, IdpId, Severity, WorkerAttributes } from '../../core/types';
import { IDENTITY_ATTRIBUTES, SEVERITIES } from '../format';
import type { StringKey } from '../strings';
import { useStrings } from '../StringsProvider';
import { DocLinkView } from './DocLinkView';
import { SeverityBadge } from './SeverityBadge';
import { ValueText } from './ValueText';

const GROUP_LABEL: Readonly<Record<Severity, StringKey>> = {
  error: 'severityGroupError',
  warning: 'severityGroupWarning',
  info: 'severityGroupInfo',
};

type Level = 2 | 3;
const H = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;
const VARIANT = ['heading10', 'heading20', 'heading30', 'heading40', 'heading50', 'heading60'] as const;

function heading(level: number): { as: (typeof H)[number]; variant: (typeof VARIANT)[number] } {
  const i = Math.min(level, 6) - 1;
  return { as: H[i] as (typeof H)[number], variant: VARIANT[i] as (typeof VARIANT)[number] };
}

export interface FindingItemProps {
  readonly finding: Finding;
  readonly idp: IdpId;
  readonly runbookLinks: Expectations['runbookLinks'];
  /** The worker's attributes, to show the value the finding is about. */
  readonly attributes?: WorkerAttributes;
  /** False: non-identity values are masked. */
  readonly canSeeValues?: boolean;
  readonly headingLevel: number;
  /** The message under a disclosure (supervisors: values they may not see masked); the plain message otherwise. */
  readonly messageOf?: (finding: Finding) => string;
}

/** One finding: failing title, message, why it matters, attribute and value, fix steps, links. */
export function FindingItem({
  finding,
  idp,
  runbookLinks,
  attributes,
  canSeeValues = true,
  headingLevel,
  messageOf,
}: FindingItemProps): React.ReactElement {
  const t = useStrings();
  const meta = ruleById(finding.ruleId)?.meta;
  const hasValue =
    finding.path !== undefined &&
    attributes !== undefined &&
    Object.prototype.hasOwnProperty.call(attributes, finding.path);
  return (
    <FindingCard
      finding={finding}
      title={meta?.title.fail ?? finding.ruleId}
      idp={idp}
      runbookLinks={runbookLinks}
      headingLevel={headingLevel}
    >
      <Text as="p" marginBottom="space30">
        {messageOf ? messageOf(finding) : finding.message}
      </Text>
      {finding.path !== undefined ? (
        <Box as="dl" margin="space0" marginBottom="space30">
          <Box as="dt" fontWeight="fontWeightSemibold">
            {t('findingAttribute')}
          </Box>
          <Box as="dd" marginLeft="space0">
            <ValueText value={finding.path} />
          </Box>
          {finding.samlAttribute !== undefined && finding.samlAttribute !== finding.path ? (
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
                <ValueText
                  value={attributes?.[finding.path as string]}
                  masked={!canSeeValues && !IDENTITY_ATTRIBUTES.has(finding.path as string)}
                />
              </Box>
            </>
          ) : null}
        </Box>
      ) : null}
    </FindingCard>
  );
}

/** A rule's card: severity, failing title, then the content, then why it matters and the fix. */
function FindingCard({
  finding,
  title,
  idp,
  runbookLinks,
  headingLevel,
  children,
}: Pick<FindingItemProps, 'finding' | 'idp' | 'runbookLinks' | 'headingLevel'> & {
  readonly title: string;
  readonly children: React.ReactNode;
}): React.ReactElement {
  const t = useStrings();
  const meta = ruleById(finding.ruleId)?.meta;
  const h = heading(headingLevel);
  return (
    <Box
      as="article"
      data-rule-id={finding.ruleId}
      borderStyle="solid"
      borderWidth="borderWidth10"
      borderColor="colorBorderWeak"
      borderRadius="borderRadius20"
      padding="space50"
      marginBottom="space50"
    >
      <Box display="flex" columnGap="space30" alignItems="center" flexWrap="wrap">
        <SeverityBadge severity={finding.severity} />
        <Heading as={h.as} variant={h.variant} marginBottom="space0">
          {title}
        </Heading>
      </Box>
      {children}
      {meta ? (
        <Text as="p" marginBottom="space30">
          <Text as="span" fontWeight="fontWeightSemibold">
            {t('findingWhy')}:
          </Text>{' '}
          {meta.description}
        </Text>
      ) : null}
      <FixDetails finding={finding} idp={idp} runbookLinks={runbookLinks} />
    </Box>
  );
}

/** The fix for a finding's rule: steps for the IdP, then the documentation and runbook links. */
function FixDetails({
  finding,
  idp,
  runbookLinks,
}: Pick<FindingItemProps, 'finding' | 'idp' | 'runbookLinks'>): React.ReactElement {
  const t = useStrings();
  const fix = React.useMemo(
    () => resolveFix(finding.fixKey, idp, runbookLinks, finding.ruleId),
    [finding.fixKey, idp, runbookLinks, finding.ruleId],
  );
  return (
    <>
      {fix.steps.length > 0 ? (
        <>
          <Text as="p" fontWeight="fontWeightSemibold">
            {t('findingFixHeading', { idp: idpName(fix.idp) })}
          </Text>
          <OrderedList>
            {fix.steps.map((step, i) => (
              <ListItem key={i}>{step}</ListItem>
            ))}
          </OrderedList>
        </>
      ) : null}
      {fix.links.length > 0 ? (
        <>
          <Text as="p" fontWeight="fontWeightSemibold">
            {t('findingLinks')}
          </Text>
          <UnorderedList>
            {fix.links.map((link) => (
              <ListItem key={link.url}>
                <DocLinkView title={link.runbook ? t('runbookLink') : link.title} url={link.url} />
              </ListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
    </>
  );
}

/**
 * Several findings of one rule (e.g. one per duplicated email): the rule's title, why it matters and its
 * fix once, and each finding's message in a list.
 */
function RuleGroupItem({
  findings,
  idp,
  runbookLinks,
  headingLevel,
  messageOf,
}: Omit<FindingItemProps, 'finding' | 'attributes' | 'canSeeValues'> & {
  readonly findings: readonly Finding[];
}): React.ReactElement {
  const t = useStrings();
  const first = findings[0] as Finding;
  const meta = ruleById(first.ruleId)?.meta;
  return (
    <FindingCard
      finding={first}
      title={t('ruleGroupTitle', { title: meta?.title.fail ?? first.ruleId, count: findings.length })}
      idp={idp}
      runbookLinks={runbookLinks}
      headingLevel={headingLevel}
    >
      <UnorderedList>
        {findings.map((f, i) => (
          <ListItem key={i}>{messageOf ? messageOf(f) : f.message}</ListItem>
        ))}
      </UnorderedList>
    </FindingCard>
  );
}

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  readonly idp: IdpId;
  readonly runbookLinks: Expectations['runbookLinks'];
  readonly attributes?: WorkerAttributes;
  readonly canSeeValues?: boolean;
  /** Level of the "Findings" heading; severity groups and findings use the next levels. */
  readonly headingLevel?: Level;
  /** Heading text instead of "Findings". */
  readonly title?: string;
  readonly messageOf?: (finding: Finding) => string;
  /** Show a rule's findings together, with its fix once (for team checks, which repeat one rule often). */
  readonly groupByRule?: boolean;
}

/** Findings grouped by severity (errors first), each with its fix for the chosen IdP. */
export function FindingsList({
  findings,
  idp,
  runbookLinks,
  attributes,
  canSeeValues,
  headingLevel = 2,
  title,
  messageOf,
  groupByRule = false,
}: FindingsListProps): React.ReactElement {
  const t = useStrings();
  const h = heading(headingLevel);
  const g = heading(headingLevel + 1);
  return (
    <Box as="section" marginBottom="space60">
      <Heading as={h.as} variant={h.variant}>
        {title ?? t('findingsHeading')}
      </Heading>
      {findings.length === 0 ? <Paragraph>{t('noFindings')}</Paragraph> : null}
      {SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <Box as="section" key={severity} data-severity-group={severity}>
            <Heading as={g.as} variant={g.variant}>
              {t(GROUP_LABEL[severity], { count: group.length })}
            </Heading>
            {groupByRule
              ? [...new Set(group.map((f) => f.ruleId))].map((ruleId) => (
                  <RuleGroupItem
                    key={ruleId}
                    findings={group.filter((f) => f.ruleId === ruleId)}
                    idp={idp}
                    runbookLinks={runbookLinks}
                    headingLevel={headingLevel + 2}
                    messageOf={messageOf}
                  />
                ))
              : group.map((finding, i) => (
                  <FindingItem
                    key={`${finding.ruleId}:${finding.messageId}:${finding.path ?? ''}:${i}`}
                    finding={finding}
                    idp={idp}
                    runbookLinks={runbookLinks}
                    attributes={attributes}
                    canSeeValues={canSeeValues}
                    headingLevel={headingLevel + 2}
                    messageOf={messageOf}
                  />
                ))}
          </Box>
        );
      })}
    </Box>
  );
}
