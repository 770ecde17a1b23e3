// Runs the real citego (bin/citego.js) in this process and, on exit, writes its peak memory
// (process.resourceUsage().maxRSS, in KB) to the file named by the first argument.
const { writeFileSync } = require('node:fs');
const report = process.argv[2];
process.argv.splice(2, 1);
process.on('exit', () => writeFileSync(report, String(process.resourceUsage().maxRSS)));
require('../../bin/citego.js');
