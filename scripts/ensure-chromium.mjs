// Run before the browser tests: finds Chromium, installs Debian's package when it can (root with
// apt-get), and otherwise says exactly how to get one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

if (findChromium()) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.CHROME_PATH;
if (canApt) {
  console.log('Chromium not found: installing Debian\'s chromium package (apt-get install chromium)…');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    // Reported below with the manual instructions.
  }
  if (findChromium()) process.exit(0);
}

console.error(`
The tests run in Chromium, and none was found${process.env.CHROME_PATH ? ` at CHROME_PATH=${process.env.CHROME_PATH}` : ''}.
Install one, then run the tests again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  Other systems:  install Chrome or Chromium and point CHROME_PATH at it, e.g.
                  CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test
`);
process.exit(1);
