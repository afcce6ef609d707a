// browser.html_blinds_in_the_browser: the HTML path with scripts on. A
// resident votes with the keyboard alone; the ballot script blinds the
// credential in the browser, so the server never gets the voter code
// together with the ballot:
//   - the one request that carries the code (POST .../credentials) carries a
//     blinded element and nothing of the ballot or the receipt;
//   - the form that carries the ballot carries the receipt and no code;
//   - the database file has the blinded element the page sent as the code's
//     record of issuing, and the ballot under the mark the page showed,
//     which is the receipt's mark (SHA-256 of "sammen-ballot:" and its token).
// The pages say the ballot is secret even from the server, never the
// warning for the page without scripts; axe-core finds nothing on them; the
// script and module load under the pages' policy (no console error) with
// their MIME types. Screenshots at 1280x800 and 390x844.
//
//   node html_blinding.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { launchBrowser, parseArgs, runTest, startServer } from './harness.mjs';
import {
  axeViolations, countMouseEvents, demoFacts, mine, pressAndLoad, requireHtmlBuilds, tabTo,
} from './html_harness.mjs';

const POLICY = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self';" +
  " img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

// The receipt's token (its first 16 bytes, Crockford base-32) and the ballot's public mark.
function markOf(receipt) {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let bits = 0, value = 0;
  const bytes = [];
  for (const c of receipt.replace(/-/g, '')) {
    value = (value << 5) | alphabet.indexOf(c);
    bits += 5;
    if (bits >= 8) { bits -= 8; bytes.push((value >> bits) & 0xff); }
  }
  const token = Buffer.from(bytes.slice(0, 16));
  return createHash('sha256').update(Buffer.concat([Buffer.from('sammen-ballot:'), token])).digest('hex');
}

function sql(db, query) {
  return execFileSync('sqlite3', ['-readonly', db, query], { encoding: 'utf8' }).trim();
}

await runTest('browser.html_blinds_in_the_browser', async (defer) => {
  const args = parseArgs(process.argv);
  requireHtmlBuilds(args);
  const module = path.join(args.client, 'html-ballot.wasm');
  if (!existsSync(module)) {
    throw new Error(`no ${module}: build it with  cmake --preset wasm && cmake --build --preset wasm -j2`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'sammen-blinding-'));
  defer(() => rmSync(dir, { recursive: true, force: true }));
  const server = await startServer(args, { dir });
  defer(server.stop);
  const db = path.join(dir, 'sammen.sqlite');
  const f = await demoFacts(server.url);
  const code = f.codes[5];
  const ballot = `${f.districtPath}/ballot`;

  const browser = await launchBrowser();
  defer(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const mouse = await countMouseEvents(page);
  const sent = [];  // every request the pages made, with its body
  const problems = [];
  page.on('request', (r) => sent.push({ method: r.method(), url: r.url(), body: r.postData() || '' }));
  // Failed loads are told by the response handler below, with their address.
  page.on('console', (m) => { if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  const answers = new Map();
  page.on('response', (r) => {
    answers.set(new URL(r.url()).pathname, r);
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
  });

  // Two proposals, with the keyboard.
  await page.goto(`${server.url}${ballot}?lang=en`);
  for (const id of f.proposals) {
    await tabTo(page, `input[type=checkbox][value="${id}"]`);
    await page.keyboard.press('Space');
  }
  await tabTo(page, 'button[type=submit]');
  await pressAndLoad(page, 'Enter');
  assert.equal(new URL(page.url()).pathname, `${ballot}/code`);

  // The script has taken over: the page promises secrecy, not the warning.
  await page.waitForSelector('form[data-blinding=browser]', { timeout: 15000 });
  assert.equal(answers.get(`${ballot}/code`).headers()['content-security-policy'], POLICY);
  assert.equal(answers.get('/html-ballot.js').headers()['content-type'], 'text/javascript; charset=utf-8');
  assert.equal(answers.get('/client/html-ballot.wasm').headers()['content-type'], 'application/wasm');
  assert.equal(await page.locator('#server-blinds').isVisible(), false);
  assert.match(await page.locator('#browser-blinds').innerText(), /secret, even from the server/);
  assert.deepEqual(await axeViolations(page), [], 'axe on the voter-code page with the script');
  await page.screenshot({ path: path.join(args.out, 'html-blinding-code-1280.png'), fullPage: true });

  // A wrong code first: the script's problem comes back beside the field.
  await tabTo(page, '#voter-code');
  await page.keyboard.type('ELV-0000-00');
  await pressAndLoad(page, 'Enter');
  assert.match(page.url(), /problem=voter\.code_unknown/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary-title');
  assert.match(await page.locator('#voter-code-error').innerText(), /^Error: /);
  await page.waitForSelector('form[data-blinding=browser]', { timeout: 15000 });
  assert.deepEqual(await axeViolations(page), [], 'axe on the voter-code page with its problem');

  // The right code: the credential, then the ballot with the receipt.
  await tabTo(page, '#voter-code');
  await page.keyboard.type(code);
  await Promise.all([page.waitForURL(/\/ballot\/done\?/, { timeout: 20000 }), page.keyboard.press('Enter')]);
  assert.equal(await page.locator('h1').innerText(), 'Thank you! Your vote is stored.');
  const receipt = await page.locator('.receipt code').innerText();
  assert.match(receipt, /^([0-9A-Z]{4}-){11}[0-9A-Z]{4}$/);
  const main = await page.locator('main').innerText();
  assert.match(main, /Your browser made your receipt itself, so your ballot is secret, even from the server/);
  assert.doesNotMatch(main, /could have noted which ballot belongs to which voter code/);
  assert.match(main, /Keep this receipt/, 'what to keep to change the vote later');
  const mark = markOf(receipt);
  assert.ok(main.includes(mark), 'the page shows the receipt\'s mark');
  assert.deepEqual(await axeViolations(page), [], 'axe on the confirmation');
  await page.screenshot({ path: path.join(args.out, 'html-blinding-done-1280.png'), fullPage: true });
  assert.equal(await page.evaluate((p) => sessionStorage.getItem(`sammen-html-credential:${p}`), f.processId), null,
    'the confirmation forgets the kept credential');

  // What the server was sent: the code only beside a blinded element, the ballot only beside the receipt.
  const withCode = sent.filter((r) => r.url.includes(code) || r.body.includes(code));
  assert.equal(withCode.length, 1, `the code went out once: ${JSON.stringify(withCode)}`);
  assert.equal(new URL(withCode[0].url).pathname, `/api/v1/processes/${f.processId}/credentials`);
  const issuing = JSON.parse(withCode[0].body);
  assert.deepEqual(Object.keys(issuing).sort(), ['blinded_element', 'district_id', 'language', 'version', 'voter_code']);
  assert.match(issuing.blinded_element, /^[0-9a-f]{64}$/);
  for (const id of f.proposals) assert.ok(!withCode[0].body.includes(id), 'no choice beside the code');
  const posted = sent.filter((r) => r.method === 'POST' && new URL(r.url).pathname === `${ballot}/code`);
  assert.equal(posted.length, 1, 'one form sent');
  const form = new URLSearchParams(posted[0].body);
  assert.equal(form.has('voter_code'), false, 'the ballot goes without the code');
  assert.equal(form.get('receipt'), receipt);
  assert.deepEqual(form.getAll('p').sort(), [...f.proposals].sort());
  const token = receipt.replace(/-/g, '').slice(0, 25);  // 25 characters of the 16-byte token
  for (const r of sent.filter((x) => x !== posted[0])) {
    assert.ok(!r.body.replace(/-/g, '').includes(token), `the receipt went out only with the ballot: ${r.url}`);
  }

  // What the database file keeps: the blinded element as the code's record, the ballot under the mark.
  const issued = sql(db, "SELECT blinded FROM credential_roll WHERE blinded != printf('%064d', 0)").split('\n');
  assert.deepEqual(issued, [issuing.blinded_element], 'the one credential issued, for the blinded element sent');
  const stored = sql(db, `SELECT proposal_ids FROM ballots WHERE mark = '${mark}'`);
  assert.deepEqual(JSON.parse(stored).sort(), [...f.proposals].sort());
  assert.equal(sql(db, 'SELECT count(*) FROM ballots'), '1');
  const own = await mine(server.url, f.processId, receipt);
  assert.equal(own.status, 200);
  assert.equal(own.body.mark, mark);

  assert.deepEqual(problems, [`HTTP 403 POST /api/v1/processes/${f.processId}/credentials`],
    'no console error and no failed load but the wrong code\'s');
  assert.equal(mouse.count, 0, 'no mouse event reached the page');

  // The same pages on a phone.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const small = await phone.newPage();
  await small.goto(`${server.url}${ballot}/code?${f.proposals.map((id) => `p=${encodeURIComponent(id)}`).join('&')}&lang=en`);
  await small.waitForSelector('form[data-blinding=browser]', { timeout: 15000 });
  await small.screenshot({ path: path.join(args.out, 'html-blinding-code-390.png'), fullPage: true });
  await small.locator('#voter-code').fill(f.codes[6]);
  await Promise.all([small.waitForURL(/\/ballot\/done\?/, { timeout: 20000 }), small.locator('#voter-code').press('Enter')]);
  assert.match(await small.locator('main').innerText(), /secret, even from the server/);
  await small.screenshot({ path: path.join(args.out, 'html-blinding-done-390.png'), fullPage: true });
  await phone.close();
});
