import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { ensureChrome } from './scripts/chrome.mjs';
import { mockMiddleware, netreachTestPlugin } from './test/helpers/server-plugin.mjs';

const executablePath = ensureChrome();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [mockMiddleware],
  // One tab at a time: a background tab gets no animation frames, and widgets animate and observe visibility.
  concurrency: 1,
  // Guards against a hang, not speed limits: a busy machine makes tests slower, never failing (see
  // test/helpers/wait.ts). Speed is measured by `npm run bench`.
  testsFinishTimeout: 900_000,
  testFramework: { config: { timeout: 180_000 } },
  plugins: [netreachTestPlugin(), esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' })],
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
