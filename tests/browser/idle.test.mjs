// browser.idle_page_draws_nothing: once the start page is drawn and nothing
// happens, the client draws no more frames (its frame counter stands still);
// moving the mouse over it draws again, and then it stops again.
//
//   node idle.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR

import assert from 'node:assert/strict';

import { openClient, runTest, setUp, sleep, waitFor } from './harness.mjs';

const frames = (page) => page.evaluate(() => window.sammenFrames || 0);

await runTest('browser.idle_page_draws_nothing', async (defer) => {
  const { server, browser } = await setUp(defer);
  const page = await openClient(await browser.newContext({ viewport: { width: 1280, height: 800 } }), server.url);
  await waitFor(page, 'the start screen', (s) => s.screen === 'start' && s.widgets.start);
  await sleep(1500);

  const before = await frames(page);
  await sleep(2000);
  assert.equal(await frames(page), before, 'no frame drawn in two idle seconds');

  await page.mouse.move(640, 300);
  await page.mouse.move(660, 320);
  await sleep(500);
  const woken = await frames(page);
  assert.ok(woken > before, `the mouse wakes the client (${before} -> ${woken} frames)`);
  await sleep(1000);
  const settled = await frames(page);
  await sleep(2000);
  assert.equal(await frames(page), settled, 'idle again after the mouse stopped');
});
