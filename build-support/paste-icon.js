/**
 * What every Paste icon module repeats (about 600 bytes each): the wrapper, the label id, the missing-title
 * check. build-support/paste-icon-loader.js turns each icon module into one call of this with its own SVG.
 * Same component as Paste's: same props, same markup, same error, same displayName (Button reads it).
 */
import * as React from 'react';
import { useUID } from '@twilio-paste/uid-library';
import { IconWrapper } from '@twilio-paste/icons/esm/helpers/IconWrapper';

export function pasteIcon(name, svg) {
  const Icon = React.forwardRef(({ as, display, element = 'ICON', size, color, title, decorative }, ref) => {
    const labelId = `${name}-${useUID()}`;
    if (!decorative && title == null) throw new Error(`[${name}]: Missing a title for non-decorative icon.`);
    return React.createElement(
      IconWrapper,
      { as, display, element, size, color, ref },
      svg(decorative, labelId, title),
    );
  });
  Icon.displayName = name;
  return Icon;
}
