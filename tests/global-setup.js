// Builds dist/ and build/ once before the suites that load them, and says loudly whether
// the browser tests can run. Under CI=true a missing Chromium fails the run instead.
const { execFileSync } = require('node:child_process');
const { findChromium } = require('./browser/chromium-path');

module.exports = async () => {
  execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: __dirname + '/..', stdio: 'inherit' });
  const chromium = findChromium();
  if (!chromium) {
    const msg = 'Chromium introuvable (apt-get install -y chromium) : les tests navigateur des barres latérales sont IGNORÉS.';
    if (process.env.CI === 'true') throw new Error(`CI=true: ${msg}`);
    process.stderr.write(`\n\x1b[33m!!! ${msg} !!!\x1b[0m\n\n`);
  }
};
