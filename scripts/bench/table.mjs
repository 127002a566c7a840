// The one table `npm run bench` prints (and the README copies).

export function ms(value) {
  return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`;
}

export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function ratio(figure, baseline) {
  if (!baseline) return '—';
  const r = figure / baseline;
  return r < 0.1 ? `${r.toFixed(4)}×` : `${r.toFixed(2)}×`;
}

function verdict(pass) {
  if (pass === true) return 'pass';
  if (pass === false) return 'MISS';
  return '—';
}

/** Rows as a Markdown table, so the printed output can go into the README as it is. */
export function formatTable(rows) {
  const header = ['what', 'people', 'figure', 'baseline (same run)', 'ratio', 'budget', 'result'];
  const body = rows.map((r) => [
    r.what,
    r.size === null ? '' : r.size.toLocaleString('en'),
    r.figureText,
    r.baselineText ?? '—',
    r.ratioText ?? '—',
    r.budget ?? '—',
    verdict(r.pass),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
