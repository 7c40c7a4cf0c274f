/** The Node adapters the CLI uses, re-exported for tests (one implementation, tested where it ships). */
export {
  nodeDeps,
  nodeInflateRaw as inflateRaw,
  nodeParseXml as parseXml,
  nodeSubtle as subtle,
} from '../../src/cli/nodeDeps';
