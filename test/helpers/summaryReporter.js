// Jest reporter that leaves the totals in test-output/jest-summary.json for .ci/run to print.
const fs = require("fs");
const path = require("path");

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const dir = path.resolve(__dirname, "../../test-output");
    fs.mkdirSync(dir, { recursive: true });
    const summary = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      suites: results.numTotalTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    fs.writeFileSync(path.join(dir, "jest-summary.json"), JSON.stringify(summary, null, 2));
  }
}

module.exports = SummaryReporter;
