import * as React from 'react';
import { Anchor } from '@twilio-paste/core/anchor';
import { Text } from '@twilio-paste/core/text';
import { isHttpsUrl } from '../format';

export interface DocLinkViewProps {
  readonly title: string;
  readonly url: string;
}

/** A link only when the URL is https; anything else is shown as plain text. */
export function DocLinkView({ title, url }: DocLinkViewProps): React.ReactElement {
  if (isHttpsUrl(url)) {
    return (
      <Anchor href={url} showExternal rel="noopener noreferrer">
        {title}
      </Anchor>
    );
  }
  return (
    <Text as="span">
      {title}: {url}
    </Text>
  );
}
