// Stands in for @twilio-paste/react-textarea-autosize-library in the plugin bundle (see
// webpack.config.js): a plain textarea that takes Paste's minRows as its rows and can be resized by hand.
import * as React from 'react';

const TextareaAutosize = React.forwardRef(function TextareaAutosize(props, ref) {
  // The autosize-only props must not reach the DOM element.
  const rest = Object.assign({}, props);
  for (const key of ['minRows', 'maxRows', 'cacheMeasurements', 'onHeightChange']) delete rest[key];
  return React.createElement('textarea', Object.assign({ rows: props.minRows }, rest, { ref }));
});

export default TextareaAutosize;
