// browser.closed_and_published_start_page_shows_the_real_state: after the
// administrator closes voting, the start page says so (not "Fase:
// Avstemning") and the ballot screen has no buttons and no dead "Next"; after
// publishing it says the result is out and both screens lead to it.
//
//   node closed.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR

import assert from 'node:assert/strict';
import path from 'node:path';

import { adminDo, openClient, press, runTest, settle, setUp, waitFor } from './harness.mjs';

const said = (h) => h.texts.map((t) => t.text);

await runTest('browser.closed_and_published_start_page_shows_the_real_state', async (defer) => {
  const { args, server, browser, processId } = await setUp(defer);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await openClient(context, server.url, { lang: 'nb' });
  let h = await waitFor(page, 'the open start page', (s) => s.screen === 'start' && s.texts.length > 0);
  assert.ok(said(h).includes('Fase: Avstemning. Avstemningen er åpen.'), said(h).join(' | '));

  await adminDo(server, processId, 'close');
  await page.reload({ timeout: 30000 });
  h = await waitFor(page, 'the closed start page', (s) => s.ready && s.screen === 'start' && !s.state.voting_open);
  assert.ok(said(h).includes('Fase: Resultater. Avstemningen er avsluttet. Resultatet blir publisert her når ' +
    'stemmene er talt.'), said(h).join(' | '));
  assert.ok(!said(h).some((t) => t.includes('Fase: Avstemning')), 'no voting phase after closing');
  assert.equal(h.widgets.results, undefined, 'no result to see yet');
  await settle(page);
  await page.screenshot({ path: path.join(args.out, 'start-closed-phone-nb.png') });

  await press(page, 'start');
  await press(page, 'district:sentrum');
  h = await waitFor(page, 'the closed ballot', (s) => s.screen === 'ballot');
  const buttons = Object.keys(h.widgets).filter((w) => /^(add|remove):|^to_submit$/.test(w));
  assert.deepEqual(buttons, [], 'no Add, Remove or Next on a closed ballot');
  assert.ok(said(h).includes('Avstemningen er avsluttet.'), said(h).join(' | '));
  await settle(page);
  await page.screenshot({ path: path.join(args.out, 'ballot-closed-phone-nb.png') });

  await adminDo(server, processId, 'publish');
  await page.reload({ timeout: 30000 });
  h = await waitFor(page, 'the closed ballot, published', (s) => s.ready && s.screen === 'ballot' && s.widgets.results);
  await press(page, 'back');
  await press(page, 'back');
  h = await waitFor(page, 'the published start page', (s) => s.screen === 'start' && s.widgets.results);
  assert.ok(said(h).includes('Fase: Resultater. Avstemningen er avsluttet, og resultatet er publisert.'),
    said(h).join(' | '));
  await press(page, 'results');
  await waitFor(page, 'the result', (s) => s.screen === 'results' && s.state.result_loaded);
  assert.deepEqual(page.problems, [], 'no errors on the page');
});
