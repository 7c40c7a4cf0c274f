import * as React from 'react';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Table, TBody, Td, Th, THead, Tr } from '@twilio-paste/core/table';
import { NOT_CHECKED_REASONS } from '../../core/messages';
import type { AttributeChange, WorkerComparison } from '../../core/workerComparison';
import { Section } from '../components/Section';
import { ValueText } from '../components/ValueText';
import type { StringKey } from '../strings';
import { useStrings } from '../StringsProvider';

const CHANGE: Readonly<Record<AttributeChange['change'], StringKey>> = {
  changed: 'diffChanged',
  added: 'diffAdded',
  stale: 'diffStale',
};

export interface WorkerDiffProps {
  /** The core's comparison: the same one `idp-overwrites-edit` and `stale-claim` report from. */
  readonly comparison: WorkerComparison;
  /** The worker's shown name. */
  readonly workerName: string;
}

/** What the next sign-in with this response changes on the worker, or why it was not compared. */
export function WorkerDiff({ comparison, workerName }: WorkerDiffProps): React.ReactElement {
  const t = useStrings();
  let body: React.ReactNode;
  if (comparison.status === 'notChecked') {
    const { reasonId, detail } = comparison.notChecked;
    body = (
      <Paragraph>
        {t('diffNotChecked', {
          reason: detail ? `${NOT_CHECKED_REASONS[reasonId]} ${detail}` : NOT_CHECKED_REASONS[reasonId],
        })}
      </Paragraph>
    );
  } else if (comparison.changes.length === 0) {
    body = <Paragraph>{t('diffNone', { name: workerName })}</Paragraph>;
  } else {
    body = (
      <>
        <Paragraph>{t('diffCaption', { name: workerName })}</Paragraph>
        <Table scrollHorizontally>
          <THead>
            <Tr>
              <Th scope="col">{t('colAttribute')}</Th>
              <Th scope="col">{t('diffColCurrent')}</Th>
              <Th scope="col">{t('diffColPredicted')}</Th>
              <Th scope="col">{t('diffColChange')}</Th>
            </Tr>
          </THead>
          <TBody>
            {comparison.changes.map((d) => (
              <Tr key={d.key}>
                <Th scope="row">
                  <ValueText value={d.key} />
                </Th>
                <Td>{d.change === 'added' ? '—' : <ValueText value={d.current} />}</Td>
                <Td>{d.change === 'stale' ? '—' : <ValueText value={d.sent} />}</Td>
                <Td>{t(CHANGE[d.change])}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </>
    );
  }
  return <Section heading={t('diffHeading')}>{body}</Section>;
}
