// browser.back_returns_to_the_previous_screen: each screen of the canvas
// client is its own history entry. Back goes from the ballot to the district
// list and on to the start, Forward returns, and none of it leaves or
// reloads the client.
//
//   node back.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR

import assert from 'node:assert/strict';

import { openClient, press, runTest, setUp, sleep, waitFor } from './harness.mjs';

await runTest('browser.back_returns_to_the_previous_screen', async (defer) => {
  const { server, browser, processId } = await setUp(defer);
  const page = await openClient(await browser.newContext({ viewport: { width: 1280, height: 800 } }), server.url);
  const id = encodeURIComponent(processId);
  await waitFor(page, 'the start screen', (s) => s.screen === 'start');
  await page.evaluate(() => { window.stillTheSamePage = true; });
  assert.equal(new URL(page.url()).hash, `#/processes/${id}`);

  await press(page, 'start');
  await waitFor(page, 'the district screen', (s) => s.screen === 'district');
  assert.equal(new URL(page.url()).hash, `#/processes/${id}/districts`);
  await press(page, 'district:ostbyen');
  await waitFor(page, 'the ballot screen', (s) => s.screen === 'ballot');
  assert.equal(new URL(page.url()).hash, `#/processes/${id}/districts/ostbyen/ballot`);

  await page.goBack({ timeout: 10000 });
  await waitFor(page, 'the district screen after Back', (s) => s.screen === 'district');
  await page.goBack({ timeout: 10000 });
  await waitFor(page, 'the start screen after Back', (s) => s.screen === 'start');
  await page.goForward({ timeout: 10000 });
  await waitFor(page, 'the district screen after Forward', (s) => s.screen === 'district');
  await page.goForward({ timeout: 10000 });
  const h = await waitFor(page, 'the ballot screen after Forward', (s) => s.screen === 'ballot');
  assert.equal(h.state.district, 'ostbyen');

  // The in-page Back button is a new entry: the browser's Back returns to the ballot.
  await press(page, 'back');
  await waitFor(page, 'the district screen from the Back button', (s) => s.screen === 'district');
  await page.goBack({ timeout: 10000 });
  await waitFor(page, 'the ballot screen again', (s) => s.screen === 'ballot');
  await sleep(300);

  assert.equal(await page.evaluate(() => window.stillTheSamePage), true, 'Back never reloaded the page');
  assert.equal(new URL(page.url()).origin, server.url);
  assert.deepEqual(page.problems, [], 'no errors on the page');
});
