// browser.simple_version_link_matches_each_screen: every screen has a visible
// link to the HTML page that shows the same (start, district list, ballot,
// voter code, results), in the resident's language; the keyboard reaches it
// from the canvas; following it opens that page.
//
//   node simple_link.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR

import assert from 'node:assert/strict';

import { openClient, press, runTest, setUp, sleep, tabTo, waitFor } from './harness.mjs';

async function link(page) {
  await sleep(200);
  return page.evaluate(() => {
    const a = document.getElementById('simple-link');
    const box = a.getBoundingClientRect();
    return { href: new URL(a.href).pathname + new URL(a.href).search, text: a.textContent,
             visible: box.width > 0 && box.height >= 24 && box.top >= 0 };
  });
}

await runTest('browser.simple_version_link_matches_each_screen', async (defer) => {
  const { server, browser, processId } = await setUp(defer);
  const id = encodeURIComponent(processId);
  const page = await openClient(await browser.newContext({ viewport: { width: 320, height: 640 } }), server.url, { lang: 'da' });
  await waitFor(page, 'the start screen', (s) => s.screen === 'start');
  let l = await link(page);
  assert.deepEqual(l, { href: `/html/processes/${id}?lang=da`, text: 'Enkel og tilgængelig version', visible: true });

  await press(page, 'start');
  await waitFor(page, 'the district screen', (s) => s.screen === 'district');
  assert.equal((await link(page)).href, `/html/processes/${id}?lang=da`);
  await press(page, 'district:nordre-skog');
  await waitFor(page, 'the ballot', (s) => s.screen === 'ballot');
  assert.equal((await link(page)).href, `/html/processes/${id}/districts/nordre-skog/ballot?lang=da`);
  await press(page, 'add:gapahuk');
  await press(page, 'to_submit');
  await waitFor(page, 'the voter code', (s) => s.screen === 'submit');
  assert.equal((await link(page)).href, `/html/processes/${id}/districts/nordre-skog/ballot?lang=da`);
  await press(page, 'lang:en');
  await waitFor(page, 'English', (s) => s.language === 'en');
  l = await link(page);
  assert.equal(l.href, `/html/processes/${id}/districts/nordre-skog/ballot?lang=en`);
  assert.equal(l.text, 'Simple, accessible version');

  // From the canvas, Shift+Tab past the first control reaches the link.
  await tabTo(page, 'simple-link', { backwards: true });
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.pathname.startsWith('/html/'), { timeout: 10000 });
  assert.equal(new URL(page.url()).pathname, `/html/processes/${id}/districts/nordre-skog/ballot`);
});
