import { DAY_MS } from '../../utils/cadence/due';
import { inventedName } from './people';
import { intBetween, pick, seededRng } from './prng';
import * as words from './vocabulary';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A LinkedIn Connections.csv as the data export writes it: note lines, the header, then one row per connection
 * (every profile URL distinct; a fifth with an email, as LinkedIn shows only those people allowed; dates as `15 Mar 2024`).
 */
export function generateConnectionsCsv(rows: number, now: number, seed = 7_000): string {
  const rng = seededRng(seed + rows);
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < rows; i += 1) {
    const { first, last } = inventedName(rng);
    const slug = `member-${i.toString(36)}-${Math.floor(rng() * 0xffff).toString(16)}`;
    const connected = new Date(now - intBetween(rng, 1, 8 * 365) * DAY_MS);
    const date = `${String(connected.getDate()).padStart(2, '0')} ${MONTHS[connected.getMonth()]} ${connected.getFullYear()}`;
    lines.push(
      [
        first,
        last,
        `https://www.linkedin.com/in/${slug}`,
        rng() < 0.2 ? `${slug}@example.invalid` : '',
        pick(rng, words.COMPANIES),
        pick(rng, words.TITLES),
        date,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
