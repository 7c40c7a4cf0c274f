import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { ListItem, OrderedList, UnorderedList } from '@twilio-paste/core/list';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Text } from '@twilio-paste/core/text';
import type { FindingGroup, FixPlan as Plan, PlannedFix } from '../../core/fixPlan';
import { idpName } from '../../core/idp';
import { ruleById } from '../../core/rules';
import type { FixKey } from '../../core/types';
import type { StringKey } from '../strings';
import { useStrings } from '../StringsProvider';
import { Disclosure } from './Disclosure';
import { DocLinkView } from './DocLinkView';
import { Section } from './Section';
import { SeverityBadge } from './SeverityBadge';

export const FIX_TITLE: Readonly<Record<FixKey, StringKey>> = {
  'F-ACS': 'fixTitleAcs',
  'F-ENTITY': 'fixTitleEntity',
  'F-ISSUER': 'fixTitleIssuer',
  'F-SSOURL': 'fixTitleSsoUrl',
  'F-CERT': 'fixTitleCert',
  'F-SIGN': 'fixTitleSign',
  'F-NAMEID': 'fixTitleNameId',
  'F-CLAIMS': 'fixTitleClaims',
  'F-NAMESPACE': 'fixTitleNamespace',
  'F-ROLES': 'fixTitleRoles',
  'F-ASSIGN': 'fixTitleAssign',
  'F-CLOCK': 'fixTitleClock',
  'F-SESSION': 'fixTitleSession',
  'F-REDIRECT': 'fixTitleRedirect',
};

export function groupTitle(group: FindingGroup): string {
  return ruleById(group.ruleId)?.meta.title.fail ?? group.ruleId;
}

/** Element ids of one view's plan entries and cards; the prefix keeps two lists on a page apart. */
export function fixElementId(prefix: string, fixId: string): string {
  return `${prefix}-${fixId}`;
}
export function groupElementId(prefix: string, groupId: string): string {
  return `${prefix}-${groupId}`;
}

/** Moves focus to an element by id (after its disclosure opened), scrolling it into view. */
export function focusById(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  const target = element.querySelector<HTMLElement>('[aria-expanded]') ?? element;
  target.focus();
  // jsdom has no scrollIntoView; real browsers do.
  if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'nearest' });
}

interface FixEntryProps {
  readonly fix: PlannedFix;
  readonly groups: readonly FindingGroup[];
  readonly level: number;
  readonly prefix: string;
  readonly initiallyOpen: boolean;
  /** Incremented when a card asks to show this entry: it opens, then takes focus. */
  readonly openRequest: number;
  readonly onGoToGroup: (groupId: string) => void;
}

function FixEntry({
  fix,
  groups,
  level,
  prefix,
  initiallyOpen,
  openRequest,
  onGoToGroup,
}: FixEntryProps): React.ReactElement {
  const t = useStrings();
  const id = fixElementId(prefix, fix.id);
  React.useEffect(() => {
    if (openRequest === 0) return;
    // After the Disclosure has opened (its own effect), so focus lands on its summary and stays.
    window.setTimeout(() => focusById(id), 0);
  }, [openRequest, id]);
  const firstKey = fix.fixKeys[0] ?? 'F-CLAIMS';
  const counts = new Map<string, number>();
  for (const g of groups) counts.set(g.id, g.findings.length);
  return (
    <Box id={id} marginBottom="space40" data-fix-id={fix.id} data-fix-keys={fix.fixKeys.join(' ')}>
      <Disclosure
        defaultOpen={initiallyOpen}
        openRequest={openRequest}
        contained
        headingLevel={level}
        summary={
          <Box as="span" display="inline-flex" columnGap="space30" alignItems="center" flexWrap="wrap">
            <SeverityBadge severity={fix.severity} />
            {t('fixPlanEntry', { step: fix.step, title: t(FIX_TITLE[firstKey]) })}
          </Box>
        }
      >
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
        <Text as="p" fontWeight="fontWeightSemibold">
          {t('fixPlanResolves')}
        </Text>
        <UnorderedList>
          {groups.map((g) => (
            <ListItem key={g.id}>
              <Button variant="link" onClick={() => onGoToGroup(g.id)}>
                {t('fixPlanResolvesItem', { title: groupTitle(g), count: counts.get(g.id) ?? 0 })}
              </Button>
            </ListItem>
          ))}
        </UnorderedList>
      </Disclosure>
    </Box>
  );
}

export interface FixPlanProps {
  readonly plan: Plan;
  /** Heading level of "Fix plan"; entries use the next level. */
  readonly headingLevel: number;
  readonly prefix: string;
  /** fix id → request counter (see FixEntry). */
  readonly openRequests: Readonly<Record<string, number>>;
  readonly onGoToGroup: (groupId: string) => void;
}

/**
 * The fix plan at the top of a result: each distinct fix once, in the order to do them, each naming the
 * findings it resolves. The first fix of each severity is open, as Lighthouse opens its first audits.
 */
export function FixPlan({ plan, headingLevel, prefix, openRequests, onGoToGroup }: FixPlanProps): React.ReactElement {
  const t = useStrings();
  const firstOfSeverity = new Set<string>();
  const seen = new Set<string>();
  for (const fix of plan.fixes) {
    if (seen.has(fix.severity)) continue;
    seen.add(fix.severity);
    firstOfSeverity.add(fix.id);
  }
  return (
    <Section heading={t('fixPlanHeading')} level={headingLevel} headingId={`${prefix}-fix-plan`}>
      <Paragraph>{t('fixPlanIntro')}</Paragraph>
      {plan.fixes.map((fix) => (
        <FixEntry
          key={fix.id}
          fix={fix}
          groups={plan.groups.filter((g) => g.fixId === fix.id)}
          level={headingLevel + 1}
          prefix={prefix}
          initiallyOpen={firstOfSeverity.has(fix.id)}
          openRequest={openRequests[fix.id] ?? 0}
          onGoToGroup={onGoToGroup}
        />
      ))}
    </Section>
  );
}
