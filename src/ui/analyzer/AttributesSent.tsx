import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Table, TBody, Td, Th, THead, Tr } from '@twilio-paste/core/table';
import type { PredictedAttributes, SamlAttribute } from '../../core/samlTypes';
import { Section } from '../components/Section';
import { ValueText } from '../components/ValueText';
import { useStrings } from '../StringsProvider';

export interface AttributesSentProps {
  /** The assertion's attributes; undefined when the assertion could not be read (encrypted). */
  readonly attributes: readonly SamlAttribute[] | undefined;
  readonly predicted: PredictedAttributes;
}

/** Each SAML attribute as sent beside the worker attribute(s) Flex is predicted to write from it. */
export function AttributesSent({ attributes, predicted }: AttributesSentProps): React.ReactElement {
  const t = useStrings();
  const bySource = React.useMemo(() => {
    const map = new Map<string, string[]>();
    for (const [key, source] of Object.entries(predicted.sources)) map.set(source, [...(map.get(source) ?? []), key]);
    return map;
  }, [predicted.sources]);
  return (
    <Section heading={t('attributesSentHeading')}>
      {attributes === undefined ? (
        <Paragraph>{t('attributesUnreadable')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('predictedNote')}</Paragraph>
          <Table scrollHorizontally>
            <THead>
              <Tr>
                <Th scope="col">{t('colSamlName')}</Th>
                <Th scope="col">{t('colSentValues')}</Th>
                <Th scope="col">{t('colPredictedKey')}</Th>
                <Th scope="col">{t('colPredictedValue')}</Th>
              </Tr>
            </THead>
            <TBody>
              {attributes.map((attr, i) => {
                const keys = bySource.get(attr.name) ?? [];
                return (
                  <Tr key={`${attr.name}:${i}`}>
                    <Th scope="row">
                      <ValueText value={attr.name} />
                    </Th>
                    <Td>
                      <ValueText value={attr.values.length === 1 ? attr.values[0] : attr.values} />
                    </Td>
                    <Td>{keys.length > 0 ? <ValueText value={keys.join(', ')} /> : '—'}</Td>
                    <Td>
                      {keys.map((k) => (
                        <Box key={k}>
                          <ValueText value={predicted.attributes[k]} />
                        </Box>
                      ))}
                    </Td>
                  </Tr>
                );
              })}
            </TBody>
          </Table>
        </>
      )}
    </Section>
  );
}
