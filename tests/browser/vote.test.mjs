// browser.vote_end_to_end: one resident's vote from clicks on the canvas to a
// stored row on the server.
//
// Starts the real sammen-server (fresh SQLite, free port) serving web/ and the
// wasm client, opens it in headless Chromium, chooses a district, adds two
// proposals, enters a demo voter code, submits, waits for the confirmation
// screen, and asks the server (admin API) what it stored. On the way, a wrong
// voter code's error follows a change of language. Saves desktop
// (1280x800) and phone (360x740) screenshots of the Norwegian ballot screen.
//
//   node vote.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR

import assert from 'node:assert/strict';
import path from 'node:path';

import {
  http, launchBrowser, openClient, parseArgs, pickTwoProposals, press, requireBuilds, runTest, settle,
  startServer, waitFor,
} from './harness.mjs';

await runTest('browser.vote_end_to_end', async (defer) => {
  const args = parseArgs(process.argv);
  requireBuilds(args);
  const server = await startServer(args);
  defer(server.stop);

  const demo = await http(`${server.url}/api/v1/demo`);
  assert.equal(demo.status, 200, `GET /api/v1/demo: ${demo.text}`);
  const processId = demo.body.process_id;
  const code = demo.body.voter_codes[0];
  const detail = await http(`${server.url}/api/v1/processes/${encodeURIComponent(processId)}`);
  assert.equal(detail.status, 200, `GET process: ${detail.text}`);
  const { district, proposals } = pickTwoProposals(detail.body);

  const browser = await launchBrowser();
  defer(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openClient(context, server.url, { lang: 'nb' });

  let h = await waitFor(page, 'the start screen', (s) => s.screen === 'start');
  assert.equal(h.language, 'nb');
  assert.equal(h.state.process_id, processId);

  await settle(page);
  await page.screenshot({ path: path.join(args.out, 'start-desktop-nb.png') });
  await press(page, 'start');
  await waitFor(page, 'the district screen', (s) => s.screen === 'district' && s.widgets[`district:${district}`]);
  await settle(page);
  await page.screenshot({ path: path.join(args.out, 'district-desktop-nb.png') });
  await press(page, `district:${district}`);
  await waitFor(page, 'the ballot screen', (s) => s.screen === 'ballot' && s.state.district === district);

  for (const [i, id] of proposals.entries()) {
    await press(page, `add:${id}`);
    h = await waitFor(page, `${id} on the ballot`, (s) => s.state.ballot.length === i + 1 && s.state.ballot.includes(id));
  }
  assert.deepEqual(h.state.ballot, proposals);
  assert.ok(h.state.total > 0 && h.state.total <= h.state.budget, `total ${h.state.total} within ${h.state.budget}`);
  assert.ok(h.widgets[`remove:${proposals[0]}`], 'a chosen proposal offers Remove');

  await page.mouse.move(5, 790);  // no hover highlight in the pictures
  await settle(page);
  await page.screenshot({ path: path.join(args.out, 'ballot-desktop-nb.png') });
  await page.setViewportSize({ width: 360, height: 740 });
  await waitFor(page, 'the phone layout', (s) => s.widgets.to_submit && s.widgets.to_submit.w < 360);
  await settle(page);
  await page.screenshot({ path: path.join(args.out, 'ballot-phone-nb.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  await waitFor(page, 'the desktop layout', (s) => s.widgets.to_submit && s.widgets.to_submit.w > 360);

  await press(page, 'to_submit');
  h = await waitFor(page, 'the submit screen', (s) => s.screen === 'submit' && s.widgets['voter-code']);
  assert.ok(h.state.demo_codes.includes(code), 'the submit screen knows the demo codes');
  // A code not on the roll: the server's error, said again in the language
  // the resident switches to (the client keeps the problem, not the sentence).
  await page.locator('#voter-code').fill('ELV-0000-00', { timeout: 5000 });
  await press(page, 'submit');
  h = await waitFor(page, 'the unknown-code error', (s) => s.state.last_error && s.state.last_error.code === 'voter.code_unknown');
  assert.equal(h.state.last_error.status, 403);
  assert.equal(h.state.last_error.message, 'Stemmekoden finnes ikke i manntallet for denne prosessen.');
  await press(page, 'lang:en');
  h = await waitFor(page, 'the error in English', (s) => s.language === 'en' && s.state.last_error);
  assert.equal(h.state.last_error.message, 'This voter code is not on the voter roll of this process.');
  await press(page, 'lang:nb');
  await waitFor(page, 'Norwegian again', (s) => s.language === 'nb');

  await page.locator('#voter-code').fill(code, { timeout: 5000 });
  await waitFor(page, 'the old code error to clear once the code is edited', (s) => !s.state.last_error);
  await settle(page);
  await page.screenshot({ path: path.join(args.out, 'submit-desktop-nb.png') });
  await press(page, 'submit');
  h = await waitFor(page, 'the confirmation screen', (s) => s.screen === 'confirmation' && s.state.stored);
  assert.equal(h.state.replaced, false, 'a first ballot replaces nothing');
  assert.deepEqual([...h.state.stored_ballot].sort(), [...proposals].sort());
  assert.match(h.state.receipt, /^([0-9A-Z]{4}-){11}[0-9A-Z]{4}$/, 'the receipt the client made');
  assert.match(h.state.mark, /^[0-9a-f]{64}$/);
  await settle(page);
  await page.screenshot({ path: path.join(args.out, 'confirmation-desktop-nb.png') });

  // What the server stored, asked as the administrator.
  const stored = await http(`${server.url}/api/v1/processes/${encodeURIComponent(processId)}/ballots`, { token: server.token });
  assert.equal(stored.status, 200, `GET ballots: ${stored.text}`);
  const list = Array.isArray(stored.body) ? stored.body : stored.body.ballots;
  assert.ok(Array.isArray(list), `ballots list in ${stored.text}`);
  assert.equal(list.length, 1, `exactly one stored ballot: ${stored.text}`);
  assert.equal(list[0].district_id, district);
  assert.deepEqual([...list[0].proposal_ids].sort(), [...proposals].sort());
  assert.equal(list[0].mark, h.state.mark, 'stored under the mark of the receipt, not the code');
  assert.equal(list[0].submitted_at, undefined, 'no time is kept');
  const expected = (p) => /^HTTP 403 POST .*\/credentials$/.test(p);  // the wrong voter code, once
  assert.equal(page.problems.filter(expected).length, 1, page.problems.join(' | '));
  assert.deepEqual(page.problems.filter((p) => !expected(p)), [], 'no other errors on the page');
});
