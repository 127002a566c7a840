// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

// The layer table of docs/ARCHITECTURE.md, as eslint.config.js enforces it: each case would compile.
// ESLint loads the whole config (typescript-eslint and the boundaries plugin) on first use: seconds on a busy
// two-core machine, past Vitest's 5 s default.
describe('import boundaries', { timeout: 60_000 }, () => {
  it('refuses an import that runs up the layer table', async () => {
    expect(
      await boundaryErrors('utils/model/probe.ts', "import { db } from '../db/instance';\nexport const x = db;\n"),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'utils/capture/probe.ts',
        "import { saveCapture } from '../db/contacts';\nexport const x = saveCapture;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'utils/db/probe.ts',
        "import { parseCsv } from '../io/csv-read';\nexport const x = parseCsv;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'components/probe.ts',
        "import { x } from '../entrypoints/popup/due-text';\nexport const y = x;\n",
      ),
    ).toHaveLength(1);
  });

  it('allows what the table allows', async () => {
    expect(
      await boundaryErrors('utils/db/probe.ts', "import { DAY_MS } from '../cadence/due';\nexport const x = DAY_MS;\n"),
    ).toEqual([]);
    expect(
      await boundaryErrors(
        'entrypoints/popup/probe.ts',
        "import { db } from '../../utils/db/instance';\nexport const x = db;\n",
      ),
    ).toEqual([]);
  });
});
