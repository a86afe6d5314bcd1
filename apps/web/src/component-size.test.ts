import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Issue 9: a component a person can read in one sitting. Past 400 lines a page has grown its data
// loading, its dialogs and its tables into one file; split it into a hook and small parts instead.
const maxLines = 400;
const sourceFolder = path.dirname(fileURLToPath(import.meta.url));

function componentFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return componentFiles(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });
}

export function oversizedComponents(folder: string, limit = maxLines): string[] {
  return componentFiles(folder)
    .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length }))
    .filter(({ lines }) => lines > limit)
    .map(({ file, lines }) => `${path.relative(folder, file)}: ${lines} lines`);
}

describe('web component size', () => {
  it(`keeps every .tsx under apps/web/src at ${maxLines} lines or fewer`, () => {
    expect(oversizedComponents(sourceFolder)).toEqual([]);
  });

  it('finds the files past the limit', () => {
    expect(oversizedComponents(sourceFolder, 150).length).toBeGreaterThan(0);
  });
});
