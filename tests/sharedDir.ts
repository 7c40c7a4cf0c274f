import * as path from 'node:path';

/**
 * The shared folder (the rule catalogue, the reference and both corpora): `../shared` beside the
 * clone, or `SHARED_DIR` when the clone is elsewhere (.ci/run sets it when it finds the folder beside
 * the repository it was cloned from). Every suite that reads it finds it here.
 */
export const SHARED_DIR = process.env['SHARED_DIR']
  ? path.resolve(process.env['SHARED_DIR'])
  : path.resolve(__dirname, '..', '..', 'shared');
