// browser.screenshots_of_every_screen: every screen of a vote, drawn at
// 1280 px, on phones 360 px and 320 px wide, and at 200 % browser zoom (a
// 1280x800 window zoomed in: 640x400 CSS pixels at device pixel ratio 2),
// saved as <build>/browser/shot-<size>-<screen>.png for people to look at.
// On the way it checks what a glance would: every screen is reached at every
// size, the reason a proposal cannot be added stays above the bottom bar,
// and no named widget sticks out of the window.
//
//   node screenshots.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR

import assert from 'node:assert/strict';
import path from 'node:path';

import { adminDo, openClient, press, reveal, runTest, settle, setUp, waitFor } from './harness.mjs';

const SIZES = [
  { name: '1280', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  { name: '360', viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true },
  { name: '320', viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, hasTouch: true },
  { name: 'zoom200', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];

async function shoot(page, out, size, screen) {
  await page.mouse.move(1, 1);  // no hover highlight in the picture
  await settle(page, 400);
  const h = await waitFor(page, `${screen} drawn`, (s) => s.ready);
  const width = page.viewportSize().width;
  for (const [name, w] of Object.entries(h.widgets)) {
    assert.ok(w.x >= -1 && w.x + w.w <= width + 1, `${size}/${screen}: ${name} sticks out (${w.x}+${w.w} > ${width})`);
  }
  await page.screenshot({ path: path.join(out, `shot-${size}-${screen}.png`) });
}

await runTest('browser.screenshots_of_every_screen', async (defer) => {
  const { args, server, browser, processId, codes } = await setUp(defer);
  const pages = [];
  for (const [i, size] of SIZES.entries()) {
    const { name, ...options } = size;
    const page = await openClient(await browser.newContext(options), server.url, { lang: 'nb' });
    pages.push({ name, page });
    await waitFor(page, 'the start screen', (s) => s.screen === 'start' && s.widgets.start);
    await shoot(page, args.out, name, 'start');
    await press(page, 'start');
    await waitFor(page, 'the district screen', (s) => s.screen === 'district');
    await shoot(page, args.out, name, 'district');
    await press(page, 'district:sentrum');
    for (const id of ['innbyggerparken', 'elvepromenaden-lys', 'leksekafe']) {
      await press(page, `add:${id}`);
      await waitFor(page, `${id} chosen`, (s) => s.state.ballot.includes(id));
    }
    await reveal(page, 'add:utlanssentral');
    const h = await waitFor(page, 'the ballot', (s) => s.screen === 'ballot' && s.widgets.to_submit);
    assert.ok(h.widgets['add:utlanssentral'].y + h.widgets['add:utlanssentral'].h < h.widgets.to_submit.y,
      `${name}: the blocked proposal is above the bottom bar`);
    await shoot(page, args.out, name, 'ballot-blocked');
    await press(page, 'to_submit');
    await waitFor(page, 'the voter-code screen', (s) => s.screen === 'submit' && s.widgets['voter-code']);
    await reveal(page, 'voter-code');
    await page.locator('#voter-code').fill(codes[i], { timeout: 5000 });
    await shoot(page, args.out, name, 'submit');
    await press(page, 'submit');
    await waitFor(page, 'the confirmation', (s) => s.screen === 'confirmation' && s.state.stored);
    await shoot(page, args.out, name, 'confirmation');
  }
  await adminDo(server, processId, 'publish');
  for (const { name, page } of pages) {
    await press(page, 'to_start');
    await waitFor(page, 'the published start', (s) => s.screen === 'start' && s.widgets.results);
    await shoot(page, args.out, name, 'start-published');
    await press(page, 'results');
    await waitFor(page, 'the results', (s) => s.screen === 'results' && s.state.result_loaded);
    await shoot(page, args.out, name, 'results');
    await press(page, 'jump:own');
    await shoot(page, args.out, name, 'results-own-district');
    assert.deepEqual(page.problems, [], `${name}: no errors on the page`);
  }
});
