// A reporter that repeats, after the whole run, which test files failed and why. CI keeps only the end of a long
// log: the default reporter prints a file's errors when the file finishes, which may be long before the end.
import { pageActivity } from './server-plugin.mjs';

const firstLines = (text, count = 6) =>
  String(text ?? '')
    .split('\n')
    .slice(0, count)
    .join('\n      ');

function failedTests(suite, path = []) {
  if (!suite) return [];
  const here = suite.name ? [...path, suite.name] : path;
  return [
    ...suite.tests
      .filter((test) => !test.passed && !test.skipped)
      .map((test) => ({ name: [...here, test.name].join(' › '), error: test.error })),
    ...suite.suites.flatMap((child) => failedTests(child, here)),
  ];
}

export function failureSummary() {
  return {
    onTestRunFinished({ sessions }) {
      const failed = sessions.filter((session) => session.passed === false);
      if (failed.length === 0) return;
      const lines = [`\n── What failed: ${failed.length} of ${sessions.length} test files`];
      for (const session of failed) {
        lines.push(`  ${session.testFile.replace(/^.*?\/test\//, 'test/')} (${session.browser.name})`);
        for (const error of session.errors) lines.push(`    error: ${firstLines(error.message)}`);
        for (const test of failedTests(session.testResults))
          lines.push(`    failed: ${test.name}\n      ${firstLines(test.error?.message)}`);
        if (!session.testResults) {
          const activity = pageActivity.get(session.id);
          lines.push(
            `    no test results came back from the page${activity?.crashed ? ', which crashed' : ''}` +
              (activity?.test ? `; the last test it started: ${activity.test}` : '; it started no test'),
          );
        }
      }
      console.error(lines.join('\n'));
    },
  };
}
