// The real inquiry receiver for the browser tests: the binary cargo built (target/debug by
// default, RECEIVER_BIN to override) on 127.0.0.1:18787 (the origin the test build's
// Content-Security-Policy allows; see scripts/test) with a database of its own, allowing the
// test site's origin. It can be stopped and started again on the same port, and `rows()`
// reads what it stored through its own `export` command.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const BIN = process.env.RECEIVER_BIN ?? path.join(here, '..', 'target', 'debug', 'wuqing-receiver');

/** Where the test build's CSP lets pages send inquiries: the receiver, and the fault proxy. */
export const RECEIVER_PORT = 18787;
export const PROXY_PORT = 18788;

export async function startReceiver({ origin }) {
  if (!fs.existsSync(BIN)) throw new Error(`${BIN} is missing: run cargo build -p wuqing-receiver`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wq-receiver-'));
  const db = path.join(dir, 'inquiries.sqlite3');
  const env = { ...process.env, WQ_RECEIVER_DB: db, WQ_RECEIVER_ALLOWED_ORIGINS: origin, WQ_RECEIVER_RATE_LIMIT: '0' };
  delete env.WQ_RECEIVER_WEBHOOK_URL;
  let child = null;
  let listen = `127.0.0.1:${RECEIVER_PORT}`;
  const receiver = {
    url: null,
    db,
    async start() {
      child = spawn(BIN, [], { env: { ...env, WQ_RECEIVER_LISTEN: listen }, stdio: ['ignore', 'pipe', 'inherit'] });
      const line = await new Promise((resolve, reject) => {
        let text = '';
        child.stdout.on('data', (chunk) => {
          text += chunk;
          if (text.includes('\n')) resolve(text.split('\n')[0]);
        });
        child.once('exit', (code) => reject(new Error(`the receiver exited with ${code}`)));
      });
      const base = line.trim().split(' ').pop();
      listen = new URL(base).host;
      receiver.url = `${base}/inquiries`;
    },
    async stop() {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
    /** Every stored inquiry, as the export command writes it (one object per CSV row). */
    rows() {
      const csv = execFileSync(BIN, ['export', '--since', '2000-01-01'], { env, encoding: 'utf8' });
      const [header, ...records] = parseCsv(csv);
      return records.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    },
  };
  await receiver.start();
  return receiver;
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1).push(field); field = ''; }
    else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      rows.at(-1).push(field); field = ''; rows.push([]);
    } else field += c;
  }
  if (field || rows.at(-1).length) rows.at(-1).push(field);
  return rows.filter((r) => r.length);
}
