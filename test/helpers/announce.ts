/**
 * Imported first by every test file (test/helpers/server-plugin.mjs adds the import): before each test, the test
 * server hears its name, so that a page that hangs or crashes, and so reports nothing, is reported with the test it
 * was running (test/helpers/failure-summary.mjs).
 */
import { executeServerCommand } from '@web/test-runner-commands';

beforeEach(function announce(this: Mocha.Context) {
  return executeServerCommand('test-started', { title: this.currentTest?.fullTitle() ?? '' });
});
