import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads a bundled content file, so tests assert on the owner's copy, not on a second copy of it. */
export function content<T = any>(file: string): T {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', 'content', file), 'utf8'));
}
