import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { ensureChrome } from './scripts/chrome.mjs';
import { mockMiddleware, netreachTestPlugin } from './test/helpers/server-plugin.mjs';
import { failureSummary } from './test/helpers/failure-summary.mjs';
import { stripTemplateWhitespace } from './scripts/template-whitespace.mjs';

/** The tests run the templates as they ship: without their formatting (scripts/template-whitespace.mjs). */
const templateWhitespace = {
  name: 'netreach-template-whitespace',
  transform(context) {
    if (!/^\/src\/.*\.ts$/.test(context.path) || typeof context.body !== 'string') return undefined;
    const edited = stripTemplateWhitespace(context.body, context.path);
    return edited ? { body: edited.toString() } : undefined;
  },
};

const executablePath = ensureChrome();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [mockMiddleware],
  // One tab at a time: a background tab gets no animation frames, and widgets animate and observe visibility.
  concurrency: 1,
  // Guards against a hang, not speed limits: a busy machine makes tests slower, never failing (see
  // test/helpers/wait.ts). Speed is measured by `npm run bench`. Minutes each, for starting Chromium (30 s by
  // default) and a page's test runner (20 s) as for finishing a file: a CI run on a loaded machine once counted 22
  // tests fewer with none failing (a page that never reported). failureSummary() repeats such a page's error at
  // the end of the log, the part CI keeps.
  browserStartTimeout: 300_000,
  testsStartTimeout: 600_000,
  testsFinishTimeout: 900_000,
  reporters: [defaultReporter(), failureSummary()],
  testFramework: { config: { timeout: 180_000 } },
  plugins: [
    // What screen readers are given: the browser's accessibility tree (a11ySnapshot() in a test).
    a11ySnapshotPlugin(),
    netreachTestPlugin(),
    templateWhitespace,
    esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--font-render-hinting=none',
          // A container's /dev/shm may be 64 MB, too small for a tab drawing a dashboard: shared memory goes to /tmp.
          '--disable-dev-shm-usage',
          // Test files run in parallel tabs; a background tab must still animate and lay out.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          // window.gc(), for the leak checks (test/browser/hardening-lifecycle.test.ts).
          '--js-flags=--expose-gc',
        ],
      },
    }),
  ],
};
