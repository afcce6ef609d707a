// Shared pieces of the HTML path's browser tests: the server without the
// canvas client (these pages need none), the demo's facts from the API,
// form helpers, the keyboard, and axe-core run inside the page.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { CHROMIUM, http, pickTwoProposals, startServer } from './harness.mjs';

const require = createRequire(import.meta.url);

// The HTML pages need only the server; the canvas client's folder is served
// when it is built (the cross-front-end test needs it) and left out otherwise.
export function requireHtmlBuilds({ server }) {
  if (!existsSync(server)) throw new Error(`no server binary at ${server}`);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (scripts/setup.sh)`);
  for (const module of ['playwright-core', 'axe-core']) {
    try {
      require.resolve(module);
    } catch {
      throw new Error(`${module} is not installed: (cd tests/browser && npm ci) or scripts/setup.sh`);
    }
  }
}

export async function startHtmlServer(args) {
  const client = existsSync(args.client) ? args.client : args.web;
  return startServer({ ...args, client });
}

// The demo's process, a district with two proposals that fit, and voter codes.
export async function demoFacts(url) {
  const demo = await http(`${url}/api/v1/demo`);
  if (demo.status !== 200) throw new Error(`GET /api/v1/demo: ${demo.text}`);
  const processId = demo.body.process_id;
  const detail = await http(`${url}/api/v1/processes/${encodeURIComponent(processId)}`);
  const { district, proposals } = pickTwoProposals(detail.body);
  const base = `/html/processes/${encodeURIComponent(processId)}`;
  return {
    processId, district, proposals, codes: demo.body.voter_codes, detail: detail.body,
    base, districtPath: `${base}/districts/${encodeURIComponent(district)}`,
  };
}


// The ballot of a receipt as the API gives it ({status, body}).
export async function mine(url, processId, receipt) {
  const response = await fetch(`${url}/api/v1/processes/${encodeURIComponent(processId)}/ballots/mine`, {
    headers: { 'X-Receipt': receipt }, signal: AbortSignal.timeout(10000),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// axe-core's violations of the WCAG 2.1 A and AA rules on the page as it is.
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol, which the page's CSP (no
  // scripts at all) does not govern; the page itself still runs none.
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, AXE_TAGS);
  return result;
}

// True when nothing is wider than the window (no sideways scrolling).
export async function fitsWidth(page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}

// Presses Tab until the focused element matches `selector`; returns the number of presses.
export async function tabTo(page, selector, { limit = 60 } = {}) {
  for (let i = 1; i <= limit; ++i) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return i;
  }
  throw new Error(`Tab never reached ${selector}`);
}

// Presses `key` and waits for the page it loads.
export async function pressAndLoad(page, key) {
  await Promise.all([page.waitForNavigation({ timeout: 15000 }), page.keyboard.press(key)]);
}

// Counts the mouse events that reach pages of `page`'s context (none, for a keyboard-only test).
export async function countMouseEvents(page) {
  const counter = { count: 0 };
  await page.exposeBinding('sammenMouse', () => { counter.count += 1; });
  await page.addInitScript(() => {
    for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown']) {
      window.addEventListener(type, (e) => { if (e.isTrusted && e.detail > 0) window.sammenMouse(); }, true);
    }
  });
  return counter;
}
