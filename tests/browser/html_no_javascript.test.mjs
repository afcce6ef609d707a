// browser.html_without_javascript: the HTML path with JavaScript switched
// off in the browser: a resident chooses two proposals, reads plainly that
// the server makes the receipt and so could link ballot and code, enters a
// wrong code (the error comes back in the page), the right one, and the
// vote is stored; the confirmation says the same again.
//
//   node html_no_javascript.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR

import assert from 'node:assert/strict';
import path from 'node:path';

import { launchBrowser, parseArgs, runTest } from './harness.mjs';
import { demoFacts, mine, requireHtmlBuilds, startHtmlServer } from './html_harness.mjs';

await runTest('browser.html_without_javascript', async (defer) => {
  const args = parseArgs(process.argv);
  requireHtmlBuilds(args);
  const server = await startHtmlServer(args);
  defer(server.stop);
  const f = await demoFacts(server.url);
  const code = f.codes[3];

  const browser = await launchBrowser();
  defer(() => browser.close());
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${server.url}${f.districtPath}?lang=da`);
  await page.getByRole('link', { name: /^Stem i / }).click();
  for (const id of f.proposals) await page.locator(`input[type=checkbox][value="${id}"]`).check();
  await page.locator('button[type=submit]').click();
  await page.waitForURL(/\/ballot\/code\?/);
  // Said plainly: without scripts, the server makes the receipt and could link ballot and code.
  const warning = await page.locator('#server-blinds').innerText();
  assert.match(warning, /serveren laver kvitteringen for dig/);
  assert.match(warning, /kunne denne server notere, hvilken stemmeseddel der hører til hvilken stemmekode/);
  assert.equal(await page.locator('#browser-blinds').isVisible(), false, 'no promise of secrecy from the server');

  await page.locator('#voter-code').fill('ELV-0000-00');
  await page.locator('button[type=submit]').click();
  await page.waitForURL(/problem=voter\.code_unknown/);
  assert.match(await page.locator('#voter-code-error').innerText(), /^Fejl: /);
  assert.equal(await page.locator('#voter-code').getAttribute('aria-invalid'), 'true');

  await page.locator('#voter-code').fill(code);
  await page.locator('button[type=submit]').click();
  await page.waitForURL(/\/ballot\/done\?/);
  assert.equal(await page.locator('h1').innerText(), 'Tak! Din stemme er gemt.');
  const done = await page.locator('main').innerText();
  assert.match(done, /serveren lavede kvitteringen for dig/);
  assert.doesNotMatch(done, /hemmelig, også for serveren/);
  await page.screenshot({ path: path.join(args.out, 'html-no-javascript-done.png'), fullPage: true });

  const receipt = await page.locator('.receipt code').innerText();
  const stored = await mine(server.url, f.processId, receipt);
  assert.equal(stored.status, 200);
  assert.deepEqual([...stored.body.ballot.proposal_ids].sort(), [...f.proposals].sort());
});
