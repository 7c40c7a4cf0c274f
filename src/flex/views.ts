/**
 * The plugin's two mounted components behind one module, so that register.tsx can load them lazily
 * through one dynamic import: everything they use is then concatenated into one scope, as the rest of
 * the bundle is (two lazy roots would split their shared modules apart, about 6 KB gzip).
 */
export { DiagnosticsContainer } from './DiagnosticsContainer';
export { WorkerPanel } from './WorkerPanel';
