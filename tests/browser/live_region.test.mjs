// browser.live_region_says_screen_and_budget_left: a screen reader hears, in
// the resident's language, which screen appeared and, on the ballot, how much
// of the budget is left whenever that changes; the polite live region is not
// rewritten while nothing changes.
//
//   node live_region.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR

import assert from 'node:assert/strict';

import { openClient, press, runTest, setUp, sleep, waitFor } from './harness.mjs';

const NBSP = '\u00a0';
const live = (page) => page.evaluate(() => document.getElementById('sammen-live').textContent);

async function until(page, what, expected) {
  const deadline = Date.now() + 10000;
  let text = '';
  while (Date.now() < deadline) {
    text = await live(page);
    if (text === expected) return;
    await sleep(100);
  }
  assert.equal(text, expected, what);
}

await runTest('browser.live_region_says_screen_and_budget_left', async (defer) => {
  const { server, browser, detail } = await setUp(defer);
  const page = await openClient(await browser.newContext({ viewport: { width: 1280, height: 800 } }), server.url);
  assert.equal(await page.evaluate(() => document.getElementById('sammen-live').getAttribute('aria-live')), 'polite');
  await until(page, 'the start screen', detail.process.title);

  await press(page, 'start');
  await until(page, 'the district screen', 'Velg bydel');
  await press(page, 'district:sentrum');
  await until(page, 'the ballot with its budget', `Forslag i Sentrum. Igjen: 2${NBSP}500${NBSP}000${NBSP}kr`);
  await press(page, 'add:leksekafe');
  await until(page, 'the budget left after adding', `Igjen: 2${NBSP}320${NBSP}000${NBSP}kr`);
  await press(page, 'lang:en');
  await until(page, 'the screen again in English', `Proposals in Sentrum. Left: NOK${NBSP}2,320,000`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.title(), 'Proposals in Sentrum – Sammen');

  // Nothing changes: nothing is said again, even while the mouse moves.
  await page.evaluate(() => {
    window.liveChanges = 0;
    new MutationObserver(() => { window.liveChanges += 1; })
      .observe(document.getElementById('sammen-live'), { childList: true, characterData: true, subtree: true });
  });
  await page.mouse.move(300, 300);
  await page.mouse.move(900, 500);
  await sleep(1500);
  assert.equal(await page.evaluate(() => window.liveChanges), 0, 'the live region is not rewritten every frame');
});
