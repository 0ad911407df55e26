// Load test for the inquiry receiver (receiver/): starts the RELEASE binary on 127.0.0.1 with a
// fresh SQLite file in a temporary directory (rate limit off, no webhook), sends 10,000 distinct
// valid inquiries from 50 concurrent keep-alive clients, re-sends a tenth of them with the same
// id (each re-send must answer 200 with the reference its first send got with 201), stops the
// receiver, and checks with `wuqing-receiver export` that the database holds exactly the 10,000
// ids, none missing and none twice, each with the reference its 201 gave, no two alike. A
// request that gets no answer, a timeout, 408, 429 or 5xx is retried with the same id (as the
// browser's outbox does), up to BENCH_ATTEMPTS times; a retried first send may then answer 200.
// Prints throughput, latency percentiles, retries and counts by status; exits non-zero on any
// loss, duplication or unexpected answer.
//
//   cargo build --release -p wuqing-receiver && node scripts/bench-receiver.mjs
//
// Optional environment: BENCH_INQUIRIES (default 10000), BENCH_CLIENTS (default 50),
// BENCH_ATTEMPTS (default 5), BENCH_KEEP=1 keeps the temporary directory (its path is printed). Node 20+, no npm packages.

import { spawn, spawnSync } from "node:child_process";
import { randomInt, randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "target", "release", "wuqing-receiver");
const INQUIRIES = Number(process.env.BENCH_INQUIRIES ?? 10_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const RESEND_EVERY = 10; // a tenth are sent twice
const RESEND_LAG = 200; // a re-send is queued this many requests after its first send
const TIMEOUT_MS = 30_000;
const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 5);

const PARKS = ["bicycle-kingdom", "carpet", "auto-parts", "jingbin", null];
const TOPICS = ["policy", "land", "factory", "other", "brochure"];
const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
const GIVEN = ["伟", "娜", "敏", "静", "强", "磊", "洋", "艳", "军", "杰", "晓明", "建国"];
const COMPANIES = ["天津某科技有限公司", "Example GmbH", "北京某汽车零部件有限公司", "Acme Logistics Ltd", "某地毯制造厂"];

function fail(message) {
  console.error(`bench-receiver: ${message}`);
  process.exit(1);
}

const pick = (list) => list[randomInt(list.length)];
const digits = (n) => Array.from({ length: n }, () => randomInt(10)).join("");

/// `WQ-` and the first 12 hex digits of the id, upper-cased, in groups of four
/// (domain::outbox::reference_for); the receiver gives another if that one is taken.
const referenceFor = (id) => `WQ-${id.replace(/[^0-9a-fA-F]/g, "").slice(0, 12).toUpperCase().match(/.{1,4}/g).join("-")}`;
const REFERENCE_SHAPE = /^WQ-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/;

function inquiry(id, n) {
  const topic = TOPICS[n % TOPICS.length];
  const mobile = `13${digits(9)}`; // a mainland mobile: 11 digits, 13x
  return {
    id,
    topic,
    park: pick(PARKS),
    name: pick(SURNAMES) + pick(GIVEN),
    company: pick(COMPANIES),
    // Typed with spaces now and then; the receiver stores it normalised.
    phone: n % 3 === 0 ? `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}` : mobile,
    email: topic === "brochure" || n % 2 === 0 ? `visitor${n}@example.com` : null,
    message: topic === "other" || n % 4 === 0 ? `需要 ${5000 + n} m² 厂房, "quoted", 第二行\n谢谢` : null,
    scenario: n % 5 === 0 ? "area=8000&years=15" : null,
    locale: n % 2 === 0 ? "zh-CN" : "en",
    page: "/contact",
    submitted_at: new Date().toISOString(),
  };
}

/// Starts the receiver and resolves with its base URL (the last word of its first stdout line).
function startReceiver(db) {
  // Only warnings logged: a line per stored inquiry would time the terminal, not the receiver.
  const env = {
    ...process.env,
    WQ_RECEIVER_LISTEN: "127.0.0.1:0",
    WQ_RECEIVER_DB: db,
    WQ_RECEIVER_RATE_LIMIT: "0",
    RUST_LOG: process.env.RUST_LOG ?? "warn",
  };
  for (const key of Object.keys(env)) {
    if (key.startsWith("WQ_RECEIVER_") && !["WQ_RECEIVER_LISTEN", "WQ_RECEIVER_DB", "WQ_RECEIVER_RATE_LIMIT"].includes(key)) {
      delete env[key];
    }
  }
  const child = spawn(BIN, [], { env, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the receiver exited (${code}) before listening`)));
    createInterface({ input: child.stdout }).once("line", (line) => {
      const base = line.trim().split(" ").pop();
      child.removeAllListeners("exit");
      if (!base.startsWith("http://127.0.0.1:")) {
        child.kill("SIGKILL");
        return reject(new Error(`unexpected first line: ${line}`));
      }
      resolve({ child, base });
    });
  });
}

function stopReceiver(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? signal);
    });
    child.kill("SIGINT"); // graceful shutdown
  });
}

/// One POST on `agent`; resolves with status, parsed body and milliseconds taken.
function post(agent, url, body) {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve) => {
    const started = performance.now();
    const request = http.request(
      url,
      {
        method: "POST",
        agent,
        timeout: TIMEOUT_MS,
        headers: { "content-type": "application/json", "content-length": payload.length },
      },
      (response) => {
        const chunks = [];
        response.on("data", (c) => chunks.push(c));
        response.on("end", () => {
          const ms = performance.now() - started;
          let json = null;
          try {
            json = JSON.parse(Buffer.concat(chunks).toString("utf8"));
          } catch {}
          resolve({ status: response.statusCode, json, ms });
        });
        response.on("error", (e) => resolve({ status: "network", error: e.message, ms: performance.now() - started }));
      },
    );
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", (e) => resolve({ status: "network", error: e.message, ms: performance.now() - started }));
    request.end(payload);
  });
}

/// Whether an answer may pass if sent again: none at all, a timeout, 408, 429 or 5xx.
const retryable = (status) => status === "network" || status === 408 || status === 429 || status >= 500;

/// `post`, retried with the same body while the answer is retryable (100 ms, 200 ms, … apart).
async function postWithRetries(agent, url, body) {
  const failures = [];
  for (let attempt = 1; ; attempt++) {
    const answer = await post(agent, url, body);
    if (!retryable(answer.status) || attempt >= ATTEMPTS) return { ...answer, failures };
    failures.push(answer.status);
    await new Promise((r) => setTimeout(r, 100 * 2 ** (attempt - 1)));
  }
}

/// RFC 4180 CSV (quoted fields may hold commas, quotes and newlines) into rows of cells.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length) rows.push([...row, cell]);
  return rows;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function latencyLine(label, list) {
  const sorted = [...list].sort((a, b) => a - b);
  const f = (ms) => `${ms.toFixed(1)} ms`;
  return `${label.padEnd(16)} n=${String(sorted.length).padEnd(6)} p50 ${f(percentile(sorted, 50))}, p95 ${f(percentile(sorted, 95))}, p99 ${f(percentile(sorted, 99))}, max ${f(sorted.at(-1) ?? NaN)}`;
}

async function main() {
  if (!existsSync(BIN)) fail(`no release binary at ${BIN}; run: cargo build --release -p wuqing-receiver`);
  const dir = mkdtempSync(join(tmpdir(), "wq-bench-receiver-"));
  const db = join(dir, "inquiries.sqlite3");
  const { child, base } = await startReceiver(db);
  const url = `${base}/inquiries`;

  // The work: every first send, with each tenth's re-send queued RESEND_LAG requests later.
  const ids = new Set();
  while (ids.size < INQUIRIES) ids.add(randomUUID());
  const bodies = [...ids].map((id, n) => inquiry(id, n));
  const jobs = [];
  const pendingResends = [];
  bodies.forEach((body, n) => {
    jobs.push({ kind: "first", n });
    if (n % RESEND_EVERY === 0) pendingResends.push({ kind: "again", n, after: jobs.length + RESEND_LAG });
    while (pendingResends.length && pendingResends[0].after <= jobs.length) jobs.push(pendingResends.shift());
  });
  jobs.push(...pendingResends);

  const firstAnswers = bodies.map(() => {
    let settle;
    const promise = new Promise((r) => (settle = r));
    return { promise, settle };
  });
  const statusCounts = new Map();
  const latency = { all: [], first: [], again: [] };
  const problems = [];
  let next = 0;
  let retries = 0;

  async function client() {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    while (next < jobs.length) {
      const job = jobs[next++];
      const body = bodies[job.n];
      // A re-send goes only after its first send has been answered (as a browser retry would).
      const first = job.kind === "again" ? await firstAnswers[job.n].promise : null;
      const answer = await postWithRetries(agent, url, body);
      const key = `${job.kind} ${answer.status}`;
      statusCounts.set(key, (statusCounts.get(key) ?? 0) + 1);
      for (const failed of answer.failures) {
        const retried = `${job.kind} ${failed} (retried)`;
        statusCounts.set(retried, (statusCounts.get(retried) ?? 0) + 1);
      }
      retries += answer.failures.length;
      latency.all.push(answer.ms);
      latency[job.kind].push(answer.ms);
      const reference = answer.json?.reference;
      if (job.kind === "first") {
        // A retried first send answers 200 if an attempt that got no answer was stored.
        const stored = answer.status === 201 || (answer.status === 200 && answer.failures.length > 0);
        if (!stored || !REFERENCE_SHAPE.test(reference ?? "")) {
          problems.push(`first send of ${body.id}: ${answer.status} ${JSON.stringify(answer.json ?? answer.error)}`);
        }
        firstAnswers[job.n].settle(reference);
      } else if (answer.status !== 200 || reference !== first) {
        problems.push(`re-send of ${body.id}: ${answer.status} ${JSON.stringify(answer.json ?? answer.error)}, first said ${first}`);
      }
    }
    agent.destroy();
  }

  console.log(`bench-receiver: ${INQUIRIES} inquiries (+${jobs.length - INQUIRIES} re-sends) from ${CLIENTS} clients to ${url}`);
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const seconds = (performance.now() - started) / 1000;
  const stopped = await stopReceiver(child);

  // What the database holds, read back the way staff would.
  const env = { ...process.env, WQ_RECEIVER_DB: db };
  const exported = spawnSync(BIN, ["export", "--since", "2000-01-01"], { env, encoding: "utf8", maxBuffer: 1 << 30 });
  if (exported.status !== 0) fail(`export failed (${exported.status}): ${exported.stderr}`);
  const [header, ...rows] = parseCsv(exported.stdout.replace(/^\uFEFF/, ""));
  const idColumn = header.indexOf("id");
  const referenceColumn = header.indexOf("reference");
  if (idColumn < 0) fail(`no id column in the export header: ${header}`);
  const stored = new Map();
  for (const row of rows) stored.set(row[idColumn], (stored.get(row[idColumn]) ?? 0) + 1);
  const missing = [...ids].filter((id) => !stored.has(id));
  const twice = [...stored].filter(([, count]) => count > 1).map(([id]) => id);
  const unknown = [...stored.keys()].filter((id) => !ids.has(id));
  const answered = new Map();
  for (const [n, answer] of firstAnswers.entries()) answered.set(bodies[n].id, await answer.promise);
  const wrongReference = rows.filter((row) => row[referenceColumn] !== answered.get(row[idColumn])).length;
  const sharedReferences = rows.length - new Set(rows.map((row) => row[referenceColumn])).size;
  const prefixesShared = INQUIRIES - new Set([...ids].map(referenceFor)).size;
  const dbBytes = ["", "-wal"].map((s) => (existsSync(db + s) ? statSync(db + s).size : 0));

  console.log(`wall time        ${seconds.toFixed(2)} s`);
  console.log(`throughput       ${(jobs.length / seconds).toFixed(0)} requests/s, ${(INQUIRIES / seconds).toFixed(0)} new inquiries/s`);
  console.log(latencyLine("latency all", latency.all));
  console.log(latencyLine("  first (201)", latency.first));
  console.log(latencyLine("  re-send (200)", latency.again));
  console.log(`retries          ${retries}`);
  console.log(`statuses         ${[...statusCounts].sort().map(([k, v]) => `${k}: ${v}`).join(", ")}`);
  console.log(`receiver exit    ${stopped}`);
  console.log(`export           ${rows.length} rows, ${stored.size} distinct ids; missing ${missing.length}, twice ${twice.length}, unknown ${unknown.length}, wrong reference ${wrongReference}, shared reference ${sharedReferences}`);
  console.log(`database         ${(dbBytes[0] / 1e6).toFixed(1)} MB (+ ${(dbBytes[1] / 1e6).toFixed(1)} MB WAL)`);
  if (prefixesShared > 0) console.log(`note             ${prefixesShared} id(s) shared their first 12 hex digits with another; each got its own reference`);

  if (missing.length) problems.push(`missing from the database: ${missing.length} (e.g. ${missing[0]})`);
  if (twice.length) problems.push(`stored more than once: ${twice.length} (e.g. ${twice[0]})`);
  if (unknown.length) problems.push(`stored but never sent: ${unknown.length}`);
  if (rows.length !== INQUIRIES) problems.push(`the export has ${rows.length} rows, expected ${INQUIRIES}`);
  if (wrongReference) problems.push(`rows whose reference is not the one their 201 gave: ${wrongReference}`);
  if (sharedReferences) problems.push(`references given to more than one id: ${sharedReferences}`);

  if (process.env.BENCH_KEEP) console.log(`kept             ${dir}`);
  else rmSync(dir, { recursive: true, force: true });

  if (problems.length) {
    console.error(`bench-receiver: FAILED, ${problems.length} problem(s):`);
    for (const p of problems.slice(0, 20)) console.error(`  ${p}`);
    process.exit(1);
  }
  console.log("bench-receiver: OK, every inquiry stored exactly once");
}

main().catch((e) => fail(e.stack ?? String(e)));
