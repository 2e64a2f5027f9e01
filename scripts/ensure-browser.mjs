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

// Chinese and Korean interface screenshots need a CJK font, or every glyph is a box: add a small one.
try {
  const cjk = execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim();
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!cjk && root && existsSync('/usr/bin/apt-get')) {
    console.log('No CJK font: installing fonts-wqy-zenhei (7 MB) for the Chinese and Korean screenshots…');
    execSync('apt-get install -y -qq fonts-wqy-zenhei || (apt-get update -qq && apt-get install -y -qq fonts-wqy-zenhei)', { stdio: 'inherit' });
  }
} catch {
  // no fontconfig here: the tests still pass, only the CJK screenshots show boxes
}
