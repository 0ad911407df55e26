// Bundle-size benchmark: raw, gzip -9 and brotli (q11) sizes of what a visitor downloads
// before first render — the wasm, the JS glue, the CSS and index.html — from dist/.
// usage: node scripts/bench-size.mjs    (after `trunk build --release`)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
if (fs.readFileSync(path.join(dist, 'index.html'), 'utf8').includes('__TRUNK_ADDRESS__')) throw new Error('dist/ holds a `trunk serve` debug build: run `trunk build --release` first');
const files = fs.readdirSync(dist).filter((f) => /\.(wasm|js|css|html)$/.test(f));
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
let total = [0, 0, 0];
console.log('file                                        raw KB  gzip KB  brotli KB');
for (const f of files.sort()) {
  const data = fs.readFileSync(path.join(dist, f));
  const sizes = [data.length, zlib.gzipSync(data, { level: 9 }).length,
    zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
  total = total.map((t, i) => t + sizes[i]);
  console.log(`${f.replace(/-[0-9a-f]{12,}/, '').padEnd(40)} ${kb(sizes[0])} ${kb(sizes[1])}   ${kb(sizes[2])}`);
}
console.log(`${'total'.padEnd(40)} ${kb(total[0])} ${kb(total[1])}   ${kb(total[2])}`);
