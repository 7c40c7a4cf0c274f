// Setup for tests that render React or load the real @twilio/flex-ui module under jsdom.
import '@testing-library/jest-dom';

// The real @twilio/flex-ui plays a sound on load (playInitialAudio): jsdom has no media playback.
Object.defineProperty(HTMLMediaElement.prototype, 'play', { configurable: true, value: () => Promise.resolve() });
Object.defineProperty(HTMLMediaElement.prototype, 'pause', { configurable: true, value: () => undefined });
Object.defineProperty(HTMLMediaElement.prototype, 'load', { configurable: true, value: () => undefined });

// Paste's styles contain `:focus-within`; jsdom's selector engine evaluates it as
// `element.contains(document.activeElement)` while activeElement is missing, and jsdom's `contains` then
// throws "parameter 1 is not of type 'Node'" inside getComputedStyle, which Testing Library calls for
// every role query. The DOM standard says `contains(null)` is false: do that, for every Paste render.
const nativeContains = Node.prototype.contains;
Node.prototype.contains = function contains(this: Node, other: Node | null): boolean {
  return other instanceof Node ? nativeContains.call(this, other) : false;
};

// jsdom 16 has no Blob#text(); every browser in package.json's browserslist does, and the plugin uses it.
if (typeof Blob.prototype.text !== 'function') {
  Object.defineProperty(Blob.prototype, 'text', {
    configurable: true,
    value(this: Blob): Promise<string> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsText(this);
      });
    },
  });
}
