import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Field } from './components/Fields';
import { Callout, CalloutText } from '@twilio-paste/core/callout';
import { personName } from '../core/identity';
import { resolveFindingFix } from '../core/idp';
import { readRoles } from '../core/roles';
import { toReportJson } from '../core/report';
import type { IdpChoice } from '../core/types';
import { ExpectedVsReceived, GroupedAttributes } from './components/AttributeViews';
import { ExportControls } from './components/ExportControls';
import { FindingsList } from './components/FindingsList';
import { IdpSelect, useIdpOverride } from './components/IdpSelect';
import { NotCheckedList } from './components/NotCheckedList';
import { Section } from './components/Section';
import { SummaryCounts } from './components/SummaryCounts';
import { ValueText } from './components/ValueText';
import { stringValue } from './format';
import { useStrings } from './StringsProvider';
import type { MySignInProps } from './types';

/** The signed-in user's own sign-in: token, findings with fixes, expected vs received, all attributes. */
export function MySignIn({ user, worker, result, expectations, idp }: MySignInProps): React.ReactElement {
  const t = useStrings();
  const [idpId, setIdpId] = useIdpOverride(idp);
  const attributes = worker?.attributes;
  const unknown = t('unknownValue');
  // The token's identity is the escaped NameID; the worker's friendly name is the same identity.
  const person = personName({
    ...(attributes !== undefined ? { attributes } : {}),
    ...(user.identity !== undefined
      ? { identity: user.identity }
      : worker?.name !== undefined
        ? { identity: worker.name }
        : {}),
  });
  const choice: IdpChoice = React.useMemo(
    () => (idpId === idp.id ? idp : { id: idpId, source: 'override' }),
    [idpId, idp],
  );

  const buildReport = React.useCallback(
    (includeValues: boolean) => {
      const tokenRoles = worker?.tokenRoles ?? user.roles;
      return toReportJson(
        {
          kind: 'worker',
          ...(worker ? { worker: { ...worker, ...(tokenRoles !== undefined ? { tokenRoles } : {}) } } : {}),
          ...(user.identity !== undefined ? { identity: user.identity } : {}),
          result: result ?? { findings: [], notChecked: [], passed: [] },
        },
        { idp: choice, fixFor: (f) => resolveFindingFix(f, choice.id, expectations.runbookLinks), includeValues },
      );
    },
    [worker, user, result, choice, expectations.runbookLinks],
  );

  return (
    <Box>
      <Section heading={t('identityHeading')}>
        <Box as="dl" margin="space0">
          <Field label={t('nameLabel')}>
            <ValueText value={person.shown || unknown} />
          </Field>
          <Field label={t('emailLabel')}>
            <ValueText value={(attributes && stringValue(attributes['email'])) ?? person.decoded ?? unknown} />
          </Field>
          <Field label={t('identityLabel')}>
            <ValueText value={user.identity ?? worker?.name ?? unknown} />
          </Field>
          <Field label={t('tokenRolesLabel')}>
            <ValueText value={user.roles ? user.roles.join(', ') || t('none') : unknown} />
          </Field>
          {attributes ? (
            <Field label={t('workerRolesLabel')}>
              <ValueText value={readRoles(attributes).values.join(', ') || t('none')} />
            </Field>
          ) : null}
        </Box>
      </Section>

      {!worker || !result ? (
        <Callout variant="neutral" marginY="space60">
          <CalloutText>{t('noWorker')}</CalloutText>
        </Callout>
      ) : (
        <>
          <SummaryCounts result={result} />
          <ExportControls
            build={buildReport}
            title={t('reportTitleMySignIn')}
            fileName="sso-diagnostics-my-sign-in.json"
          />
          <IdpSelect detected={idp} value={idpId} onChange={setIdpId} />
          <FindingsList
            findings={result.findings}
            idp={idpId}
            runbookLinks={expectations.runbookLinks}
            attributes={worker.attributes}
          />
          <NotCheckedList notChecked={result.notChecked} />
          <ExpectedVsReceived
            attributes={worker.attributes}
            findings={result.findings}
            expectations={expectations}
            idp={idpId}
          />
          <GroupedAttributes attributes={worker.attributes} />
        </>
      )}
    </Box>
  );
}
