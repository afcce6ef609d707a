// browser.reload_keeps_the_screen: a reload lands on the screen the resident
// was on, with the proposals they had chosen; a shared link to a district's
// ballot opens that ballot in a fresh browser; a link to the voter code with
// nothing chosen lands on the ballot instead.
//
//   node reload.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR

import assert from 'node:assert/strict';

import { openClient, pickTwoProposals, press, runTest, setUp, waitFor } from './harness.mjs';

await runTest('browser.reload_keeps_the_screen', async (defer) => {
  const { server, browser, processId, detail } = await setUp(defer);
  const { district, proposals } = pickTwoProposals(detail);
  const id = encodeURIComponent(processId);
  const page = await openClient(await browser.newContext({ viewport: { width: 1280, height: 800 } }), server.url);
  await press(page, 'start');
  await press(page, `district:${district}`);
  await waitFor(page, 'the ballot screen', (s) => s.screen === 'ballot');
  await press(page, `add:${proposals[0]}`);
  await waitFor(page, 'one proposal chosen', (s) => s.state.ballot.length === 1);
  await press(page, 'to_submit');
  await waitFor(page, 'the voter-code screen', (s) => s.screen === 'submit');
  assert.equal(new URL(page.url()).hash, `#/processes/${id}/districts/${district}/ballot/code`);

  await page.reload({ timeout: 30000 });
  let h = await waitFor(page, 'the voter-code screen after a reload', (s) => s.ready && s.screen === 'submit');
  assert.deepEqual(h.state.ballot, [proposals[0]], 'the choice survives the reload');
  assert.equal(h.language, 'nb');

  // A link shared to someone else: the ballot of that district, empty.
  const other = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const shared = await other.newPage();
  await shared.goto(`${server.url}/?lang=en#/processes/${id}/districts/${district}/ballot`, { timeout: 30000 });
  h = await waitFor(shared, 'the shared ballot', (s) => s.ready && s.screen === 'ballot');
  assert.equal(h.state.district, district);
  assert.deepEqual(h.state.ballot, []);
  assert.equal(h.language, 'en');

  // The voter code with nothing chosen is not a place to be: the ballot is.
  await shared.goto(`${server.url}/?lang=en#/processes/${id}/districts/${district}/ballot/code`, { timeout: 30000 });
  await shared.reload({ timeout: 30000 });
  h = await waitFor(shared, 'the ballot instead of an empty voter-code screen', (s) => s.ready && s.screen === 'ballot');
  await waitFor(shared, 'the address corrected', () => true);
  assert.equal(new URL(shared.url()).hash, `#/processes/${id}/districts/${district}/ballot`);
});
