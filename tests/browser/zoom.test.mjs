// browser.zoom_reflows_the_canvas: browser zoom to 200 % (the window's CSS
// width halves and the device pixel ratio doubles) while the client runs:
// the canvas's backing store follows the new ratio (text stays sharp), the
// column reflows to the narrower width, and nothing sticks out sideways.
//
//   node zoom.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR

import assert from 'node:assert/strict';

import { openClient, press, runTest, setUp, waitFor } from './harness.mjs';

const canvasSize = (page) => page.evaluate(() => {
  const c = document.getElementById('canvas');
  return { css: c.clientWidth, backing: c.width, ratio: window.devicePixelRatio };
});

await runTest('browser.zoom_reflows_the_canvas', async (defer) => {
  const { server, browser } = await setUp(defer);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openClient(context, server.url);
  await press(page, 'start');
  await press(page, 'district:ostbyen');
  let h = await waitFor(page, 'the ballot', (s) => s.screen === 'ballot' && s.widgets.to_submit);
  assert.ok(h.widgets.to_submit.w > 700, `a wide column at 100 % (${h.widgets.to_submit.w})`);

  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 400, deviceScaleFactor: 2, mobile: false });
  h = await waitFor(page, 'the column reflowed', (s) => s.widgets.to_submit && s.widgets.to_submit.w < 640);
  const size = await canvasSize(page);
  assert.equal(size.ratio, 2);
  assert.equal(size.backing, size.css * 2, `backing store at the new ratio: ${JSON.stringify(size)}`);
  for (const [name, w] of Object.entries(h.widgets)) {
    assert.ok(w.x >= -1 && w.x + w.w <= 641, `${name} sticks out at 200 %`);
  }
  // (No screenshot here: Playwright's screenshot resets the emulated metrics;
  // browser.screenshots_of_every_screen draws every screen at 200 %.)

  await cdp.send('Emulation.clearDeviceMetricsOverride');
  await waitFor(page, 'the wide column again', (s) => s.widgets.to_submit && s.widgets.to_submit.w > 700);
  assert.deepEqual(page.problems, [], 'no errors on the page');
});
