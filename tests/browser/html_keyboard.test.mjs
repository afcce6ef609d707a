// browser.html_keyboard_only: a resident votes on the HTML path with the
// keyboard alone: no mouse event at all. Tab to a district on the process
// page and Enter, Tab to "Vote in ..." and Enter, submit nothing first (the
// error summary takes the focus), then Space on two proposals, Enter on the
// button, type the voter code, Enter; the server has the ballot.
//
//   node html_keyboard.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR

import assert from 'node:assert/strict';
import path from 'node:path';

import { launchBrowser, parseArgs, runTest } from './harness.mjs';
import { countMouseEvents, demoFacts, mine, pressAndLoad, requireHtmlBuilds, startHtmlServer, tabTo } from './html_harness.mjs';

await runTest('browser.html_keyboard_only', async (defer) => {
  const args = parseArgs(process.argv);
  requireHtmlBuilds(args);
  const server = await startHtmlServer(args);
  defer(server.stop);
  const f = await demoFacts(server.url);
  const code = f.codes[2];

  const browser = await launchBrowser();
  defer(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const mouse = await countMouseEvents(page);
  await page.goto(`${server.url}${f.base}?lang=en`);

  // The first Tab lands on the skip link.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');

  await tabTo(page, `a[href$="/districts/${f.district}"]`);
  await pressAndLoad(page, 'Enter');
  assert.equal(new URL(page.url()).pathname, f.districtPath);

  await tabTo(page, 'a[href$="/ballot"]');
  await pressAndLoad(page, 'Enter');
  assert.equal(new URL(page.url()).pathname, `${f.districtPath}/ballot`);

  // Nothing chosen: the error summary comes back with the focus.
  await tabTo(page, 'button[type=submit]');
  await pressAndLoad(page, 'Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary-title');
  assert.match(await page.locator('#error-summary-title').innerText(), /problem/);
  await page.screenshot({ path: path.join(args.out, 'html-keyboard-error-summary.png') });

  for (const id of f.proposals) {
    await tabTo(page, `input[type=checkbox][value="${id}"]`);
    await page.keyboard.press('Space');
    assert.equal(await page.evaluate(() => document.activeElement.checked), true, `${id} is checked`);
  }
  await page.screenshot({ path: path.join(args.out, 'html-keyboard-ballot.png') });
  await tabTo(page, 'button[type=submit]');
  await pressAndLoad(page, 'Enter');
  assert.equal(new URL(page.url()).pathname, `${f.districtPath}/ballot/code`);

  await tabTo(page, '#voter-code');
  await page.keyboard.type(code);
  await pressAndLoad(page, 'Enter');
  assert.equal(new URL(page.url()).pathname, `${f.districtPath}/ballot/done`);
  assert.equal(await page.locator('h1').innerText(), 'Thank you! Your vote is stored.');

  const receipt = await page.locator('.receipt code').innerText();
  const stored = await mine(server.url, f.processId, receipt);
  assert.equal(stored.status, 200);
  assert.deepEqual([...stored.body.ballot.proposal_ids].sort(), [...f.proposals].sort());
  assert.equal(mouse.count, 0, 'no mouse event reached the page');
});
