import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real CardDAV server for tests (TOOLCHAIN.md, "A CardDAV server"): Debian's Radicale on 127.0.0.1, port 0,
 * a temporary folder, one user with a plain htpasswd line, no login delay. Nothing leaves the machine.
 */
export interface Radicale {
  /** e.g. http://127.0.0.1:41235/ */
  url: string;
  user: string;
  password: string;
  folder: string;
  /** The text of every stored card file (Radicale's own caches left out), of one book or of all. */
  storedText(bookUrl?: string): string;
  /** Replaces a new, empty collection with these cards in one upload (seeding big books: single PUTs slow down). */
  seed(bookUrl: string, cards: readonly string[]): Promise<void>;
  stop(): Promise<void>;
}

export async function startRadicale(options: { cors?: boolean } = {}): Promise<Radicale> {
  const folder = mkdtempSync(join(tmpdir(), 'tsunagari-radicale-'));
  const user = 'tsunagari-test';
  const password = 'app-password-123';
  writeFileSync(join(folder, 'users'), `${user}:${password}\n`);
  const headers = options.cors
    ? '[headers]\nAccess-Control-Allow-Origin = *\nAccess-Control-Allow-Methods = GET, POST, PUT, DELETE, PROPFIND, REPORT, MKCOL, OPTIONS\nAccess-Control-Allow-Headers = Authorization, Content-Type, Depth, If-Match, If-None-Match\nAccess-Control-Expose-Headers = ETag\n'
    : '';
  writeFileSync(
    join(folder, 'config'),
    `[server]\nhosts = 127.0.0.1:0\n[auth]\ntype = htpasswd\nhtpasswd_filename = ${join(folder, 'users')}\nhtpasswd_encryption = plain\ndelay = 0\n` +
      `[rights]\ntype = owner_only\n[storage]\nfilesystem_folder = ${join(folder, 'collections')}\n[logging]\nlevel = info\n${headers}`,
  );
  const bin = process.env.RADICALE_PATH ?? '/usr/bin/radicale';
  const child: ChildProcess = spawn(bin, ['--config', join(folder, 'config')], { stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let log = '';
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /Listening on '\[?127\.0\.0\.1\]?:(\d+)'/.exec(log);
      if (m) resolve(Number(m[1]));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`radicale exited (${code}): ${log}`)));
    child.once('error', reject);
  });
  child.stdout!.resume();
  child.stderr!.resume();
  const url = `http://127.0.0.1:${port}/`;
  const auth = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  return {
    url,
    user,
    password,
    folder,
    storedText(bookUrl) {
      const root = join(
        folder,
        'collections',
        'collection-root',
        ...(bookUrl ? decodeURIComponent(new URL(bookUrl).pathname).split('/').filter(Boolean) : []),
      );
      let text = '';
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          const path = join(dir, entry.name);
          if (entry.name.startsWith('.')) continue;
          if (entry.isDirectory()) walk(path);
          else text += readFileSync(path, 'utf8');
        }
      };
      try {
        walk(root);
      } catch {
        /* nothing stored yet */
      }
      return text;
    },
    async seed(bookUrl, cards) {
      const res = await fetch(bookUrl, {
        method: 'PUT',
        headers: { Authorization: auth, 'Content-Type': 'text/vcard; charset=utf-8' },
        body: cards.join(''),
      });
      if (!res.ok) throw new Error(`seeding failed: ${res.status} ${await res.text()}`);
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
