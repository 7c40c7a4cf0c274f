/** The plugin's views: props in, JSX out. The Flex adapter (src/flex) builds the props. */
export { DiagnosticsView } from './DiagnosticsView';
export { MySignIn } from './MySignIn';
export { TeamView } from './TeamView';
export { AnalyzerView } from './AnalyzerView';
export { SetupView } from './SetupView';
export { WorkerPanelSection } from './WorkerPanelSection';
export { StringsProvider, useStrings } from './StringsProvider';
export { STRINGS, FLEX_STRING_PREFIX, createTranslate, fromFlexStrings, toFlexStrings, t } from './strings';
export type { StringKey, StringOverrides, Translate } from './strings';
export * from './types';
