// Stands in for @twilio-paste/animation-library (react-spring, 48 KB) in the plugin bundle (see
// webpack.config.js). Of the Paste packages bundled here, Button uses it only to nudge a link-style
// button's arrow 4px on hover, and Theme/Customization only to switch animations off for reduced motion.
// Without it nothing animates, which is all this plugin needs.
const React = require('react');

function animated(Component) {
  return Component;
}
// `animated.div` and friends: the plain element.
const animatedProxy = new Proxy(animated, { get: (target, key) => (key in target ? target[key] : key) });

function useSpring() {
  return {};
}

function useReducedMotion() {
  const query =
    typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
  const [reduced] = React.useState(query ? query.matches : false);
  return reduced;
}

module.exports = { animated: animatedProxy, useSpring, useReducedMotion, Globals: { assign() {} } };
