// Prints one plain closing line, "tests: N passed, N failed, N skipped", that any CI can read,
// and, when the hostile corpus ran (tests/hostile), how many payloads it tried in all: each of its
// files appends its count to the tally file named here (workers inherit the environment).
const { existsSync, mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

class SummaryReporter {
  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'citego-tally-'));
    process.env.CITEGO_HOSTILE_TALLY = join(this.dir, 'hostile');
  }
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const tally = process.env.CITEGO_HOSTILE_TALLY;
    if (existsSync(tally)) {
      const payloads = readFileSync(tally, 'utf8')
        .split('\n')
        .filter(Boolean)
        .reduce((sum, n) => sum + Number(n), 0);
      process.stdout.write(`\nhostile corpus: ${payloads} payloads tried\n`);
    }
    rmSync(this.dir, { recursive: true, force: true });
    process.stdout.write(`\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`);
  }
}
module.exports = SummaryReporter;
