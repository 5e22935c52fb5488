// Prints each bundle's gzip size and fails when one is over its budget.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'dist');
const BUDGETS = [
  // The whole library, as loaded by <script type="module"> before any lazy chunk.
  { file: 'netreach.js', limit: 55 * 1024, aim: 40 * 1024 },
  // Everything, geometry and the default dataset included.
  { file: 'netreach.iife.js', limit: 100 * 1024 },
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const gzipOf = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
let failed = false;
for (const { file, limit, aim } of BUDGETS) {
  const path = join(dist, file);
  let size;
  try {
    size = gzipOf(path);
  } catch {
    console.error(`size: ${file} is missing; run npm run build first`);
    process.exit(1);
  }
  const over = size > limit;
  failed ||= over;
  console.log(`${over ? 'FAIL' : 'ok  '} ${file.padEnd(22)} ${kb(size).padStart(9)} gzip  (budget ${kb(limit)}${aim ? `, aim ${kb(aim)}` : ''})`);
}
const chunks = join(dist, 'chunks');
try {
  for (const file of readdirSync(chunks).filter((name) => name.endsWith('.js'))) {
    if (statSync(join(chunks, file)).isFile()) console.log(`     chunks/${file.padEnd(30)} ${kb(gzipOf(join(chunks, file))).padStart(9)} gzip  (lazy)`);
  }
} catch {
  // No lazy chunks.
}
if (failed) {
  console.error('size: over budget');
  process.exit(1);
}
