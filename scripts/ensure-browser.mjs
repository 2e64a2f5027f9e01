// The browser tests drive Debian's Chromium (Playwright's own download cannot reach this network).
// On a fresh machine of this kind, install it; elsewhere, say exactly what is missing.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = existsSync('/usr/bin/apt-get');
  if (root && apt) {
    console.log(`${path} is missing: installing Debian's chromium (about a minute)…`);
    execSync('apt-get update -qq && apt-get install -y -qq chromium', { stdio: 'inherit' });
  } else {
    console.error(
      `The browser tests need Chromium at ${path}. Install it (Debian: sudo apt-get install -y chromium) ` +
        'or set CHROMIUM_PATH to a Chromium binary.',
    );
    process.exit(1);
  }
}
