// Finds a Chromium for the browser tests: CHROME_PATH, then the usual names on PATH. On Debian as root with
// none installed it installs Debian's `chromium` (the test tools' own browser downloads cannot work offline).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const INSTALL_HINT = 'sudo apt-get install -y chromium   (or set CHROME_PATH=/path/to/chrome)';

function onPath(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : '';
}

export function findChrome() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist.`);
  }
  for (const path of CANDIDATES) if (existsSync(path)) return path;
  for (const name of NAMES) {
    const path = onPath(name);
    if (path) return path;
  }
  return '';
}

export function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log('netreach: no Chromium found; installing Debian\'s "chromium" package with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChrome();
    if (installed) return installed;
  }
  throw new Error(`No Chromium found for the browser tests. Install one:\n  ${INSTALL_HINT}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureChrome());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
