// `npm run lint:firefox`: Mozilla's addons-linter over the built Firefox add-on, as AMO runs it on upload.
// Fails on any error and on any warning or notice of our own. Warnings that come from library code bundled
// as-is are listed below by what they match in the built file, each with why it is safe, so a new warning
// (ours, or a new one from a library) still fails the run.
//   node scripts/lint-firefox.mjs [dir]      default: $TSUNAGARI_OUT_DIR/firefox-mv3 or .output/firefox-mv3
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(process.argv[2] ?? path.join(process.env.TSUNAGARI_OUT_DIR ?? '.output', 'firefox-mv3'));

const THIRD_PARTY = [
  {
    code: 'DANGEROUS_EVAL',
    // zod 4 probes whether `Function` works before using its JIT; we call z.config({ jitless: true }), so
    // the probe returns early and nothing is compiled (utils/model). The CSP would refuse it anyway.
    near: /includes\(`Cloudflare`\)\)return!1;try\{return Function\(``\)/,
    why: 'zod: eval probe, disabled by jitless',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // React DOM's dangerouslySetInnerHTML, which no component of ours uses.
    near: /__html/,
    why: 'React DOM: dangerouslySetInnerHTML support (unused)',
  },
];

function run() {
  try {
    return execFileSync('npx', ['addons-linter', '--output', 'json', dir], { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (error) {
    // addons-linter exits non-zero on errors, still printing its report.
    if (typeof error.stdout === 'string' && error.stdout.trim().startsWith('{')) return error.stdout;
    throw error;
  }
}

function excerpt(message) {
  if (!message.file || !message.line) return '';
  const line = readFileSync(path.join(dir, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const at = message.column ?? 0;
  return line.slice(Math.max(0, at - 120), at + 120);
}

const report = JSON.parse(run());
const known = [];
const ours = [...report.errors];
for (const message of [...report.warnings, ...report.notices]) {
  const text = excerpt(message);
  const hit = THIRD_PARTY.find((entry) => entry.code === message.code && entry.near.test(text));
  if (hit) known.push(`${message.code} ${message.file}:${message.line} (${hit.why})`);
  else ours.push(message);
}

console.log(
  `addons-linter ${dir}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`,
);
for (const line of known) console.log(`  library, reviewed: ${line}`);
for (const m of ours) console.log(`  OURS ${m.type ?? ''} ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
if (ours.length > 0) {
  console.error(`${ours.length} error(s), warning(s) or notice(s) of our own.`);
  process.exit(1);
}
console.log('0 errors and 0 warnings of our own.');
