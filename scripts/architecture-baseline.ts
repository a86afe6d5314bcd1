/**
 * Writes the violations of the layer rules that exist today into scripts/architecture.baseline.json
 * (`npm run architecture:baseline`). Run it after removing violations, never to hide a new one.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findViolations, layoutOf, readSources } from './architecture';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const layout = layoutOf(root);
const violations = findViolations(readSources(layout), layout);
writeFileSync(
  path.join(root, 'scripts/architecture.baseline.json'),
  `${JSON.stringify(violations, null, 2)}\n`,
);
console.log(`${violations.length} known violations written to scripts/architecture.baseline.json`);
