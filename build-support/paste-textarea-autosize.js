// Stands in for @twilio-paste/react-textarea-autosize-library in the plugin bundle (see
// webpack.config.js): a plain textarea that takes Paste's minRows as its rows and can be resized by hand.
const React = require('react');

const TextareaAutosize = React.forwardRef(function TextareaAutosize(props, ref) {
  const { minRows, maxRows, cacheMeasurements, onHeightChange, ...rest } = props;
  return React.createElement('textarea', Object.assign({ rows: minRows }, rest, { ref }));
});

module.exports = { __esModule: true, default: TextareaAutosize };
