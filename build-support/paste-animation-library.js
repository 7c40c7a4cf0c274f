// Stands in for @twilio-paste/animation-library (react-spring, 48 KB) in the plugin bundle (see
// webpack.config.js). Of the Paste packages bundled here, Button uses it only to nudge a link-style
// button's arrow 4px on hover, and Theme/Customization only to switch animations off for reduced motion.
// Without it nothing animates, which is all this plugin needs.
import * as React from 'react';

function plain(Component) {
  return Component;
}
// `animated.div` and friends: the plain element.
export const animated = new Proxy(plain, { get: (target, key) => (key in target ? target[key] : key) });

export function useSpring() {
  return {};
}

export function useReducedMotion() {
  const query =
    typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
  const [reduced] = React.useState(query ? query.matches : false);
  return reduced;
}

export const Globals = { assign() {} };
