// Setup for tests that render React or load the real @twilio/flex-ui module under jsdom.
import '@testing-library/jest-dom';

// The real @twilio/flex-ui plays a sound on load (playInitialAudio): jsdom has no media playback.
Object.defineProperty(HTMLMediaElement.prototype, 'play', { configurable: true, value: () => Promise.resolve() });
Object.defineProperty(HTMLMediaElement.prototype, 'pause', { configurable: true, value: () => undefined });
Object.defineProperty(HTMLMediaElement.prototype, 'load', { configurable: true, value: () => undefined });
