// Debian's Chromium only: tests never download a browser of their own.
const { existsSync } = require('node:fs');

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => existsSync(p)) || null;
}

module.exports = { findChromium };
