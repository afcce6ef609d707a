// browser.language_and_results: the language choice changes what the screens
// say, and a published result shows in the client as the server counted it.
//
// Votes arrive through the API, the administrator publishes, and the client
// (desktop with a mouse, then a phone with touch) opens the results view;
// which proposals it marks funded must match the server's result. Saves
// screenshots of the start screen in Danish and the results in Norwegian.
//
//   node results.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR

import assert from 'node:assert/strict';
import path from 'node:path';

import {
  http, launchBrowser, openClient, parseArgs, pickTwoProposals, press, requireBuilds, runTest, settle,
  startServer, waitFor,
} from './harness.mjs';

const START_LABEL = { nb: 'Velg bydel', da: 'Vælg bydel', en: 'Choose your district' };

await runTest('browser.language_and_results', async (defer) => {
  const args = parseArgs(process.argv);
  requireBuilds(args);
  const server = await startServer(args);
  defer(server.stop);

  const demo = await http(`${server.url}/api/v1/demo`);
  assert.equal(demo.status, 200, `GET /api/v1/demo: ${demo.text}`);
  const processId = demo.body.process_id;
  const processUrl = `${server.url}/api/v1/processes/${encodeURIComponent(processId)}`;
  const detail = await http(processUrl);
  const { district, proposals } = pickTwoProposals(detail.body);

  // Three residents vote: two for both proposals, one for the first only.
  const votes = [proposals, proposals, [proposals[0]]];
  for (const [i, ids] of votes.entries()) {
    const stored = await http(`${processUrl}/ballots`, {
      method: 'POST',
      body: { version: 1, voter_code: demo.body.voter_codes[i], district_id: district, proposal_ids: ids },
    });
    assert.ok(stored.status === 200 || stored.status === 201, `vote ${i}: ${stored.status} ${stored.text}`);
  }

  const browser = await launchBrowser();
  defer(() => browser.close());
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openClient(desktop, server.url, { lang: 'nb' });

  let h = await waitFor(page, 'the start screen', (s) => s.screen === 'start' && s.widgets.start);
  assert.equal(h.widgets.start.label, START_LABEL.nb);
  for (const lang of ['da', 'en', 'nb']) {
    await press(page, `lang:${lang}`);
    h = await waitFor(page, `the start screen in ${lang}`,
      (s) => s.language === lang && s.widgets.start && s.widgets.start.label === START_LABEL[lang]);
    if (lang === 'da') {
      await page.mouse.move(5, 790);
      await settle(page);
      await page.screenshot({ path: path.join(args.out, 'start-desktop-da.png') });
    }
  }
  assert.equal(h.widgets['lang:nb'].label, 'Norsk bokmål');
  assert.equal(h.state.result_published, false);

  const published = await http(`${processUrl}/publish`, { method: 'POST', token: server.token });
  assert.equal(published.status, 200, `publish: ${published.text}`);
  const result = await http(`${processUrl}/result?lang=nb`);
  assert.equal(result.status, 200, `result: ${result.text}`);
  const expected = result.body.districts.find((d) => d.district_id === district)
    .proposals.filter((p) => p.verdict === 'funded').map((p) => p.proposal_id);
  assert.ok(expected.includes(proposals[0]), `the most voted proposal is funded: ${result.text}`);

  // Back to the start screen reloads the process, which is now published.
  await page.reload({ timeout: 30000 });
  await waitFor(page, 'the published start screen', (s) => s.ready && s.state.result_published && s.widgets.results);
  await press(page, 'results');
  h = await waitFor(page, 'the results', (s) => s.screen === 'results' && s.state.result_loaded);
  assert.deepEqual(h.state.funded[district], expected);
  await page.mouse.move(5, 790);
  await settle(page);
  await page.screenshot({ path: path.join(args.out, 'results-desktop-nb.png') });
  assert.deepEqual(page.problems, [], 'no errors on the desktop page');

  // A phone: touch instead of a mouse, twice the pixel density.
  const phone = await browser.newContext({
    viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  });
  const mobile = await openClient(phone, server.url, { lang: 'nb' });
  await waitFor(mobile, 'the published start screen on the phone', (s) => s.screen === 'start' && s.widgets.results);
  await press(mobile, 'results', { touch: true });
  h = await waitFor(mobile, 'the results on the phone', (s) => s.screen === 'results' && s.state.result_loaded);
  assert.deepEqual(h.state.funded[district], expected);
  await settle(mobile);
  await mobile.screenshot({ path: path.join(args.out, 'results-phone-nb.png') });
  assert.deepEqual(mobile.problems, [], 'no errors on the phone page');
});
