// Shared pieces of the browser tests: the real server on a free loopback port
// with a fresh SQLite file, Debian's Chromium through playwright-core, and
// helpers that read the client's test hooks (window.sammen) and click the
// rectangles of its named widgets. Every wait is bounded.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

export const CHROMIUM = process.env.SAMMEN_CHROMIUM || '/usr/bin/chromium';
export const ADMIN_TOKEN = 'browser-test-admin-token-0123456789abc';

// Flags from TOOLCHAIN.md: software WebGL, and no background traffic on the closed network.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// node vote.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR
export function parseArgs(argv) {
  const [server, web, client, out] = argv.slice(2);
  if (!server || !web || !client || !out) {
    throw new Error('usage: node <test>.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR');
  }
  mkdirSync(out, { recursive: true });
  return { server, web, client, out };
}

// A missing client build is a failure with a way out, never a skip.
export function requireBuilds({ server, web, client }) {
  const missing = [];
  for (const name of ['sammen-client.js', 'sammen-client.wasm', 'sammen-client.data']) {
    if (!existsSync(path.join(client, name))) missing.push(path.join(client, name));
  }
  if (missing.length > 0) {
    throw new Error(`the WebAssembly client is not built (missing ${missing.join(', ')}).\n` +
      '  Build it first:  export NODE_PATH=/usr/share/nodejs && cmake --preset wasm && cmake --build build/wasm -j2\n' +
      '  or point the test at a build with -DSAMMEN_WASM_CLIENT_DIR=<folder holding sammen-client.js>');
  }
  if (!existsSync(path.join(web, 'index.html'))) throw new Error(`no index.html in the web folder ${web}`);
  if (!existsSync(server)) throw new Error(`no server binary at ${server}`);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (scripts/setup.sh)`);
  try {
    require.resolve('playwright-core');
  } catch {
    throw new Error('playwright-core is not installed: (cd tests/browser && npm install) or scripts/setup.sh');
  }
}

// Starts sammen-server on 127.0.0.1 with a port the system picks, and waits
// for "sammen-server listening on http://HOST:PORT".
// With `dir`, the store is that folder's sammen.sqlite and stays when the
// server stops (a store prepared beforehand, or to be prepared after).
export async function startServer({ server, web, client }, { timeoutMs = 20000, dir: keptDir } = {}) {
  const dir = keptDir || mkdtempSync(path.join(tmpdir(), 'sammen-browser-'));
  const args = ['--db', path.join(dir, 'sammen.sqlite'), '--port', '0', '--host', '127.0.0.1',
    '--web', web, '--client', client, '--admin-token', ADMIN_TOKEN];
  const child = spawn(server, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not say where it listens within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk) => {
      output += chunk.toString();
      const match = output.match(/listening on (http:\/\/[^\s]+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ''));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => { output += chunk.toString(); });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const exited = await Promise.race([new Promise((r) => child.once('exit', () => r(true))), sleep(5000).then(() => false)]);
      if (!exited) child.kill('SIGKILL');
    }
    if (!keptDir) rmSync(dir, { recursive: true, force: true });
  };
  return { url, token: ADMIN_TOKEN, child, stop, output: () => output };
}

export async function launchBrowser() {
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30000 });
}

// JSON over HTTP with a bounded wait; returns { status, body }.
export async function http(url, { method = 'GET', body, token, timeoutMs = 10000 } = {}) {
  const headers = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(url, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let json = null;
  try { json = JSON.parse(text); } catch { json = null; }
  return { status: response.status, body: json, text };
}

export async function hooks(page) {
  return page.evaluate(() => (window.sammenAborted ? { aborted: window.sammenAborted } : window.sammen || null));
}

// Polls window.sammen until `predicate(hooks)` holds.
export async function waitFor(page, what, predicate, { timeoutMs = 20000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = null;
  while (Date.now() < deadline) {
    last = await hooks(page);
    if (last && last.aborted) throw new Error(`the client aborted while waiting for ${what}: ${last.aborted}`);
    if (last && predicate(last)) return last;
    await sleep(100);
  }
  const brief = last ? JSON.stringify({ screen: last.screen, language: last.language, state: last.state,
    widgets: Object.keys(last.widgets || {}) }) : 'no window.sammen';
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last hooks: ${brief}`);
}

// Opens the client and waits until it has loaded its data.
export async function openClient(context, baseUrl, { lang = 'nb' } = {}) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => {
    // Failed loads are reported with their address by the response handler below.
    if (message.type() === 'error' && !/^Failed to load resource/.test(message.text())) problems.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
  });
  page.problems = problems;
  await page.goto(`${baseUrl}/?lang=${lang}`, { timeout: 30000 });
  await waitFor(page, 'the client to be ready', (h) => h.ready === true, { timeoutMs: 60000 })
    .catch((error) => { throw new Error(`${error.message}\npage errors: ${problems.join(' | ') || 'none'}`); });
  return page;
}

// Scrolls a named widget fully into view, then returns its rectangle. A long
// list draws only what is near the view, so a widget not drawn at all is
// searched for downwards first, then upwards.
export async function reveal(page, name, { timeoutMs = 15000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  const viewport = page.viewportSize();
  let searching = 1;
  let unchanged = 0;
  let last = '';
  while (Date.now() < deadline) {
    const h = await hooks(page);
    const widget = h && h.widgets && h.widgets[name];
    if (widget && widget.visible) return widget;
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    if (widget) {
      // Wheel over the page area, toward the widget.
      await page.mouse.wheel(0, widget.y + widget.h / 2 > viewport.height / 2 ? 120 : -120);
    } else {
      const seen = JSON.stringify(Object.keys((h && h.widgets) || {}));
      unchanged = seen === last ? unchanged + 1 : 0;
      last = seen;
      if (unchanged >= 3) {
        searching = -searching;  // the end of the page: the other way
        unchanged = 0;
      }
      await page.mouse.wheel(0, 300 * searching);
    }
    await sleep(120);
  }
  const h = await hooks(page);
  throw new Error(`widget "${name}" never became visible; widgets now: ${Object.keys((h && h.widgets) || {}).join(', ')}`);
}

// Clicks (or taps, on a touch page) the middle of a named widget.
export async function press(page, name, { touch = false } = {}) {
  const widget = await reveal(page, name);
  if (!widget.enabled) throw new Error(`widget "${name}" is disabled`);
  const x = widget.x + widget.w / 2;
  const y = widget.y + widget.h / 2;
  if (touch) {
    await page.touchscreen.tap(x, y);
  } else {
    await page.mouse.move(x, y);
    await sleep(50);
    await page.mouse.click(x, y, { delay: 60 });
  }
  await sleep(50);
  return widget;
}

// A few frames for the canvas to settle before a screenshot.
export async function settle(page, ms = 600) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await sleep(ms);
}

// Picks a district and two proposals of it that fit its budget together,
// from the server's own process detail.
export function pickTwoProposals(detail) {
  const process = detail.process;
  for (const budget of process.budgets) {
    const proposals = process.proposals
      .filter((p) => p.district_id === budget.district_id && p.status === 'accepted')
      .sort((a, b) => a.cost - b.cost);
    if (proposals.length >= 2 && proposals[0].cost + proposals[1].cost <= budget.budget) {
      return { district: budget.district_id, proposals: [proposals[0].id, proposals[1].id] };
    }
  }
  throw new Error('the demo process has no district with two proposals that fit its budget together');
}

// Runs `body` and turns its outcome into the exit code; cleanup always runs.
export async function runTest(name, body) {
  const started = Date.now();
  const cleanups = [];
  const guard = setTimeout(() => {
    console.error(`FAIL ${name}: took longer than 180 s`);
    process.exit(1);
  }, 180000);
  try {
    await body((cleanup) => cleanups.unshift(cleanup));
    console.log(`PASS ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    console.error(`FAIL ${name}: ${error && error.stack ? error.stack : error}`);
    process.exitCode = 1;
  } finally {
    for (const cleanup of cleanups) {
      try { await cleanup(); } catch (error) { console.error(`cleanup: ${error}`); }
    }
    clearTimeout(guard);
  }
}

// Presses `key` on whatever has keyboard focus, and gives the client a few frames.
export async function key(page, name) {
  await page.keyboard.press(name);
  await sleep(120);
}

// Presses Tab (or Shift+Tab) until the widget `name` has keyboard focus (the
// client's `focused`, or the page element with that id); bounded.
export async function tabTo(page, name, { max = 60, backwards = false } = {}) {
  let h = null;
  for (let i = 0; i < max; ++i) {
    h = await hooks(page);
    if (h && (h.focused === name || h.dom_focus === name)) return h;
    await key(page, backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached "${name}"; focus was on "${h && (h.focused || h.dom_focus)}"`);
}

// The admin closes voting in `processId` (and publishes the result with `publish`).
export async function adminDo(server, processId, action) {
  const done = await http(`${server.url}/api/v1/processes/${encodeURIComponent(processId)}/${action}`,
    { method: 'POST', token: server.token });
  if (done.status !== 200) throw new Error(`${action}: ${done.status} ${done.text}`);
  return done.body;
}

// A browser test's usual start: arguments, builds, the server and the demo's facts.
export async function setUp(defer) {
  const args = parseArgs(process.argv);
  requireBuilds(args);
  const server = await startServer(args);
  defer(server.stop);
  const demo = await http(`${server.url}/api/v1/demo`);
  if (demo.status !== 200) throw new Error(`GET /api/v1/demo: ${demo.status} ${demo.text}`);
  const processId = demo.body.process_id;
  const detail = await http(`${server.url}/api/v1/processes/${encodeURIComponent(processId)}`);
  if (detail.status !== 200) throw new Error(`GET process: ${detail.text}`);
  const browser = await launchBrowser();
  defer(() => browser.close());
  return { args, server, browser, processId, codes: demo.body.voter_codes, detail: detail.body };
}
