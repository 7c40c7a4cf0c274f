import * as React from 'react';
import { Callout, CalloutText } from '@twilio-paste/core/callout';
import { Text } from '@twilio-paste/core/text';
import type { WorkerComparison } from '../../core/workerComparison';
import type { WorkerSnapshot } from '../../core/types';
import { valueText } from '../format';
import { useStrings } from '../StringsProvider';
import { workerShownName } from './workerName';

/** Before Analyze: which worker the response will be compared with (or that none will be). */
export function ComparedWorker({ worker }: { worker: WorkerSnapshot | undefined }): React.ReactElement {
  const t = useStrings();
  if (!worker) return <Text as="p">{t('compareNone')}</Text>;
  const email = valueText(worker.attributes['email']).trim();
  const name = workerShownName(worker);
  return (
    <Text as="p">
      {email !== '' && email !== name ? t('compareTargetWithEmail', { name, email }) : t('compareTarget', { name })}
    </Text>
  );
}

export interface SubjectMismatchProps {
  readonly comparison: WorkerComparison;
  readonly worker: WorkerSnapshot | undefined;
  /** Whether this user may see the response's subject (else it is masked). */
  readonly canSeeValues: boolean;
}

/** After Analyze: the response is someone else's login, so it was not compared with the worker. */
export function SubjectMismatch({ comparison, worker, canSeeValues }: SubjectMismatchProps): React.ReactElement | null {
  const t = useStrings();
  if (!worker || comparison.status !== 'notChecked' || !comparison.subject) return null;
  const name = workerShownName(worker);
  const subject = comparison.subject;
  return (
    <Callout variant="warning" marginY="space50">
      <CalloutText>
        {subject.status === 'other'
          ? t('subjectOther', { subject: canSeeValues ? subject.subject : t('subjectMasked'), name })
          : t(subject.missing === 'responseSubject' ? 'subjectNoneInResponse' : 'subjectNoneOnWorker', { name })}
      </CalloutText>
    </Callout>
  );
}
