#!/usr/bin/env node
// The citego command line: runs the CLI built by `npm run build` (npm install builds it).
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const built = join(__dirname, '..', 'build', 'citego.js');
if (!existsSync(built)) {
  process.stderr.write('citego : la commande n’est pas construite ; lancez « npm run build ».\n');
  process.exit(2);
}
const { main } = require(built);
const args = process.argv.slice(2);
main(args.length === 0 ? ['--help'] : args).then((code) => {
  process.exitCode = code;
});
