// browser.html_and_canvas_agree: both front ends show the same state.
//
// A ballot cast on the HTML path with a voter code is replaced on the
// canvas client with the receipt the HTML path gave (the client says it
// replaced it), and read back by the API the client speaks; a ballot cast
// on the canvas client is replaced on the HTML path with the receipt the
// client gave, whose confirmation says it was replaced.
//
//   node html_cross_front_end.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR

import assert from 'node:assert/strict';
import path from 'node:path';

import {
  launchBrowser, openClient, parseArgs, press, requireBuilds, runTest, settle, waitFor,
} from './harness.mjs';
import { demoFacts, mine, startHtmlServer } from './html_harness.mjs';

// Votes on the canvas client: district, proposals, code; returns its hooks at the confirmation.
async function voteOnCanvas(context, url, { district, proposals, code }) {
  const page = await openClient(context, url, { lang: 'en' });
  await waitFor(page, 'the start screen', (s) => s.screen === 'start');
  await press(page, 'start');
  await waitFor(page, 'the district screen', (s) => s.screen === 'district' && s.widgets[`district:${district}`]);
  await press(page, `district:${district}`);
  await waitFor(page, 'the ballot screen', (s) => s.screen === 'ballot' && s.state.district === district);
  for (const [i, id] of proposals.entries()) {
    await press(page, `add:${id}`);
    await waitFor(page, `${id} on the ballot`, (s) => s.state.ballot.length === i + 1);
  }
  await press(page, 'to_submit');
  await waitFor(page, 'the submit screen', (s) => s.screen === 'submit' && s.widgets['voter-code']);
  await page.locator('#voter-code').fill(code, { timeout: 5000 });
  await press(page, 'submit');
  const h = await waitFor(page, 'the confirmation screen', (s) => s.screen === 'confirmation' && s.state.stored);
  return { page, hooks: h };
}

// Votes on the HTML path (the forms as a browser sends them); returns the confirmation page.
async function voteOnHtml(context, url, f, { proposals, code }) {
  const page = await context.newPage();
  await page.goto(`${url}${f.districtPath}/ballot?lang=en`);
  for (const id of proposals) await page.locator(`input[type=checkbox][value="${id}"]`).check();
  await page.locator('button[type=submit]').click();
  await page.waitForURL(/\/ballot\/code\?/);
  await page.locator('#voter-code').fill(code);
  await page.locator('button[type=submit]').click();
  await page.waitForURL(/\/ballot\/done\?/);
  return page;
}

await runTest('browser.html_and_canvas_agree', async (defer) => {
  const args = parseArgs(process.argv);
  requireBuilds(args);
  const server = await startHtmlServer(args);
  defer(server.stop);
  const f = await demoFacts(server.url);
  const [first, second] = f.proposals;

  const browser = await launchBrowser();
  defer(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });

  // HTML first with the code, then the canvas with the receipt it gave.
  const htmlCode = f.codes[4];
  const htmlDone = await voteOnHtml(context, server.url, f, { proposals: [first], code: htmlCode });
  assert.doesNotMatch(await htmlDone.locator('main').innerText(), /It replaces the vote/, 'a first ballot replaces nothing');
  const htmlReceipt = await htmlDone.locator('.receipt code').innerText();
  let own = await mine(server.url, f.processId, htmlReceipt);
  assert.equal(own.status, 200);
  assert.deepEqual(own.body.ballot.proposal_ids, [first], 'the API the client speaks has the HTML ballot');
  const canvas = await voteOnCanvas(context, server.url, { district: f.district, proposals: [first, second], code: htmlReceipt });
  assert.equal(canvas.hooks.state.replaced, true, 'the canvas saw the ballot cast on the HTML path');
  await settle(canvas.page);
  await canvas.page.screenshot({ path: path.join(args.out, 'cross-canvas-replaced.png') });
  own = await mine(server.url, f.processId, htmlReceipt);
  assert.deepEqual([...own.body.ballot.proposal_ids].sort(), [first, second].sort());

  // The canvas first with the code, then the HTML path with its receipt.
  const canvasCode = f.codes[5];
  const again = await voteOnCanvas(context, server.url, { district: f.district, proposals: [second], code: canvasCode });
  assert.equal(again.hooks.state.replaced, false, 'a first ballot replaces nothing');
  const canvasReceipt = again.hooks.state.receipt;
  assert.match(canvasReceipt, /^([0-9A-Z]{4}-){11}[0-9A-Z]{4}$/, 'the client made a receipt');
  const done = await voteOnHtml(context, server.url, f, { proposals: [first], code: canvasReceipt });
  assert.match(new URL(done.url()).search, /replaced=1/);
  assert.equal(await done.locator('.notice').innerText(), 'It replaces the vote you cast earlier with the same receipt.');
  await done.screenshot({ path: path.join(args.out, 'cross-html-replaced.png'), fullPage: true });
  own = await mine(server.url, f.processId, canvasReceipt);
  assert.deepEqual(own.body.ballot.proposal_ids, [first]);
});
