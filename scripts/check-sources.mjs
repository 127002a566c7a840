// Rebuilds the Firefox add-on from the sources archive `npm run zip` made, the way an AMO reviewer does
// (README, "Build from the sources archive"), and checks that every file equals the one in the Firefox package.
//   node scripts/check-sources.mjs            after `npm run zip`
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const out = path.resolve(process.env.TSUNAGARI_OUT_DIR ?? '.output');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const sources = path.join(out, `tsunagari-${version}-sources.zip`);
const firefox = path.join(out, `tsunagari-${version}-firefox.zip`);

function hashes(dir) {
  const result = new Map();
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else result.set(path.relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return result;
}

const work = mkdtempSync(path.join(tmpdir(), 'tsunagari-sources-'));
try {
  const src = path.join(work, 'src');
  const shipped = path.join(work, 'shipped');
  execFileSync('unzip', ['-q', sources, '-d', src]);
  execFileSync('unzip', ['-q', firefox, '-d', shipped]);
  // The reviewer's steps, in a clean folder: no TSUNAGARI_OUT_DIR, so the build lands in src/.output.
  const env = { ...process.env, TSUNAGARI_OUT_DIR: '' };
  delete env.TSUNAGARI_OUT_DIR;
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: src, env, stdio: 'ignore' });
  execFileSync('npm', ['run', 'build:firefox'], { cwd: src, env, stdio: 'ignore' });
  const want = hashes(shipped);
  const got = hashes(path.join(src, '.output', 'firefox-mv3'));
  const differ = [...new Set([...want.keys(), ...got.keys()])].filter((file) => want.get(file) !== got.get(file));
  if (differ.length > 0) {
    console.error(`The sources archive does not rebuild the package: ${differ.join(', ')}`);
    process.exit(1);
  }
  console.log(`${path.basename(sources)} rebuilds ${path.basename(firefox)} byte for byte (${want.size} files).`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
