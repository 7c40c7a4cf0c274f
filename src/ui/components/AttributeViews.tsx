import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Heading } from '@twilio-paste/core/heading';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Table, TBody, Td, Th, THead, Tr } from '@twilio-paste/core/table';
import { Text } from '@twilio-paste/core/text';
import { INSIGHTS_ATTRIBUTES, REQUIRED_ATTRIBUTES } from '../../core/attributes';
import { ATTRIBUTE_GROUPS, groupAttributes, type AttributeGroup } from '../../core/attributeDisplay';
import { attributeSource, idpName } from '../../core/idp';
import type { DiagnosticsConfig, Finding, IdpId, WorkerAttributes } from '../../core/types';
import { IDENTITY_ATTRIBUTES } from '../format';
import type { StringKey } from '../strings';
import { useStrings } from '../StringsProvider';
import { ValueText } from './ValueText';

const GROUP_LABEL: Readonly<Record<AttributeGroup, StringKey>> = {
  required: 'groupRequired',
  insights: 'groupInsights',
  routingAndReserved: 'groupRoutingAndReserved',
  custom: 'groupCustom',
  namespacedOrUnknown: 'groupNamespacedOrUnknown',
};

type RowStatus = 'statusOk' | 'statusMissing' | 'statusEmpty' | 'statusProblem';

/** Rules whose findings mean the attribute is missing or empty; any other finding on it is a problem. */
const STATUS_OF_RULE: Readonly<Record<string, RowStatus>> = {
  'required-attribute-missing': 'statusMissing',
  'expected-attribute-missing': 'statusMissing',
  'required-attribute-empty': 'statusEmpty',
};
const STATUS_RANK: Readonly<Record<RowStatus, number>> = {
  statusMissing: 0,
  statusEmpty: 1,
  statusProblem: 2,
  statusOk: 3,
};

/** The attributes the "expected vs received" table lists: required, Insights ones present, configured ones. */
export function expectedAttributeNames(attributes: WorkerAttributes, expectations: DiagnosticsConfig): string[] {
  const names: string[] = [...REQUIRED_ATTRIBUTES];
  for (const name of INSIGHTS_ATTRIBUTES) if (Object.hasOwn(attributes, name)) names.push(name);
  for (const required of expectations.requiredAttributes) names.push(required.name);
  return [...new Set(names)];
}

export interface ExpectedVsReceivedProps {
  readonly attributes: WorkerAttributes;
  readonly findings: readonly Finding[];
  readonly expectations: DiagnosticsConfig;
  readonly idp: IdpId;
  readonly canSeeValues?: boolean;
}

/** Each Flex attribute: where this IdP maps it, what Flex received, and its status. */
export function ExpectedVsReceived({
  attributes,
  findings,
  expectations,
  idp,
  canSeeValues = true,
}: ExpectedVsReceivedProps): React.ReactElement {
  const t = useStrings();
  const names = React.useMemo(() => expectedAttributeNames(attributes, expectations), [attributes, expectations]);
  // The status is what the findings say, not a second reading of the attributes: "Missing" and "Empty"
  // only when a required/expected-attribute rule reports it (and at the severity configuration left on).
  const byPath = React.useMemo(() => {
    const map = new Map<string, RowStatus>();
    for (const f of findings) {
      if (f.path === undefined) continue;
      const status: RowStatus = STATUS_OF_RULE[f.ruleId] ?? 'statusProblem';
      const seen = map.get(f.path);
      if (seen === undefined || STATUS_RANK[status] < STATUS_RANK[seen]) map.set(f.path, status);
    }
    return map;
  }, [findings]);
  const status = (name: string): RowStatus => byPath.get(name) ?? 'statusOk';
  return (
    <Box as="section" marginBottom="space60">
      <Heading as="h2" variant="heading20">
        {t('expectedHeading')}
      </Heading>
      <Paragraph>{t('expectedCaption', { idp: idpName(idp) })}</Paragraph>
      <Table scrollHorizontally>
        <THead>
          <Tr>
            <Th scope="col">{t('colAttribute')}</Th>
            <Th scope="col">{t('colMappedIn')}</Th>
            <Th scope="col">{t('colReceived')}</Th>
            <Th scope="col">{t('colStatus')}</Th>
          </Tr>
        </THead>
        <TBody>
          {names.map((name) => {
            const s = status(name);
            return (
              <Tr key={name}>
                <Th scope="row">
                  <ValueText value={name} />
                </Th>
                <Td>{attributeSource(idp, name) ?? '—'}</Td>
                <Td>
                  {Object.hasOwn(attributes, name) ? (
                    <ValueText value={attributes[name]} masked={!canSeeValues && !IDENTITY_ATTRIBUTES.has(name)} />
                  ) : (
                    <Text as="span" color="colorTextWeak">
                      {t('notReceived')}
                    </Text>
                  )}
                </Td>
                <Td>
                  <Text
                    as="span"
                    fontWeight="fontWeightSemibold"
                    color={
                      s === 'statusOk'
                        ? 'colorTextSuccess'
                        : s === 'statusProblem'
                          ? 'colorTextWarning'
                          : 'colorTextError'
                    }
                  >
                    {t(s)}
                  </Text>
                </Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
    </Box>
  );
}

export interface GroupedAttributesProps {
  readonly attributes: WorkerAttributes;
  readonly canSeeValues?: boolean;
  /** Level of the section heading (groups use the next level). */
  readonly headingLevel?: 2 | 3;
}

/** Every attribute, grouped: required, Insights, routing and reserved, custom, namespaced or unknown. */
export function GroupedAttributes({
  attributes,
  canSeeValues = true,
  headingLevel = 2,
}: GroupedAttributesProps): React.ReactElement {
  const t = useStrings();
  const groups = React.useMemo(() => groupAttributes(attributes), [attributes]);
  return (
    <Box as="section" marginBottom="space60">
      <Heading as={headingLevel === 2 ? 'h2' : 'h3'} variant={headingLevel === 2 ? 'heading20' : 'heading30'}>
        {t('attributesHeading')}
      </Heading>
      {ATTRIBUTE_GROUPS.map((group) => (
        <Box key={group} marginBottom="space50" data-attribute-group={group}>
          <Heading as={headingLevel === 2 ? 'h3' : 'h4'} variant={headingLevel === 2 ? 'heading30' : 'heading40'}>
            {t(GROUP_LABEL[group])}
          </Heading>
          {groups[group].length === 0 ? (
            <Paragraph>{t('none')}</Paragraph>
          ) : (
            <Box as="dl" margin="space0">
              {groups[group].map((key) => (
                <Box key={key} display="flex" columnGap="space40" flexWrap="wrap" marginBottom="space20">
                  <Box as="dt" fontWeight="fontWeightSemibold" minWidth="size20">
                    <ValueText value={key} />
                  </Box>
                  <Box as="dd" margin="space0">
                    <ValueText value={attributes[key]} masked={!canSeeValues && !IDENTITY_ATTRIBUTES.has(key)} />
                  </Box>
                </Box>
              ))}
            </Box>
          )}
        </Box>
      ))}
    </Box>
  );
}
