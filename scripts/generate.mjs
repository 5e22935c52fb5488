// Writes src/generated/ (gitignored): the bundled datasets and the world geometry as ES modules.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const script of ['generate-data.mjs', 'generate-geo.mjs']) {
  if (existsSync(join(root, 'scripts', script))) execFileSync('node', [join(root, 'scripts', script)], { stdio: 'inherit' });
}
