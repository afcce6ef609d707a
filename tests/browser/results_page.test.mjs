// browser.results_page_jumps_to_own_district_and_explains: a resident who
// voted in Strandå finds a button to their district on the results page
// that brings its card into view; Sentrum's card says why 530 000 kr was left
// and that a tie-break decided between two proposals with 2 votes each; a
// district nobody voted in says so.
//
//   node results_page.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR

import assert from 'node:assert/strict';
import path from 'node:path';

import { adminDo, http, openClient, press, runTest, settle, setUp, waitFor } from './harness.mjs';

const NBSP = '\u00a0';

await runTest('browser.results_page_jumps_to_own_district_and_explains', async (defer) => {
  const { args, server, browser, processId, codes } = await setUp(defer);
  const ballots = `${server.url}/api/v1/processes/${encodeURIComponent(processId)}/ballots`;
  // Sentrum: IT-kurs and the park 3 votes each (both fit), then the lending
  // shed and the river lights tie at 2; the cheaper shed goes first and the
  // lights (650 000) no longer fit in the 530 000 left.
  const sentrum = [['innbyggerparken', 'it-kurs-biblioteket', 'utlanssentral'],
    ['innbyggerparken', 'it-kurs-biblioteket', 'elvepromenaden-lys'],
    ['innbyggerparken', 'it-kurs-biblioteket'], ['utlanssentral', 'elvepromenaden-lys']];
  for (const [i, ids] of sentrum.entries()) {
    const stored = await http(ballots, { method: 'POST',
      body: { version: 1, voter_code: codes[i + 1], district_id: 'sentrum', proposal_ids: ids } });
    assert.equal(stored.status, 201, stored.text);
  }

  // The resident votes in Strandå in the client.
  const page = await openClient(await browser.newContext({ viewport: { width: 1280, height: 800 } }), server.url);
  await press(page, 'start');
  await press(page, 'district:stranda');
  await press(page, 'add:seniorkafe');
  await waitFor(page, 'a choice', (s) => s.state.ballot.length === 1);
  await press(page, 'to_submit');
  await page.locator('#voter-code').fill(codes[0], { timeout: 5000 });
  await press(page, 'submit');
  await waitFor(page, 'the confirmation', (s) => s.screen === 'confirmation' && s.state.stored);

  await adminDo(server, processId, 'publish');
  await press(page, 'to_start');
  await press(page, 'results');
  let h = await waitFor(page, 'the results', (s) => s.screen === 'results' && s.state.result_loaded && s.widgets['jump:own']);
  assert.equal(h.widgets['jump:own'].label, 'Til din bydel: Strandå ›');
  assert.equal(h.widgets['result:stranda'].visible, false, 'Strandå is further down');
  const texts = h.texts.map((t) => t.text);
  assert.ok(texts.includes(`530${NBSP}000${NBSP}kr ble ikke brukt: det billigste forslaget som ikke fikk plass, ` +
    `«Benker og lys langs elvepromenaden», koster 650${NBSP}000${NBSP}kr, mer enn det som var igjen.`), texts.join(' | '));
  assert.ok(texts.some((t) => t.startsWith('Stemmelikhet avgjorde: «Utlånssentral for utstyr» fikk også 2 stemmer og ' +
    'ble talt først')), 'the losing side of the tie');
  assert.ok(texts.some((t) => t.startsWith('Stemmelikhet avgjorde: «Benker og lys langs elvepromenaden» fikk også 2 ' +
    'stemmer, men dette forslaget ble talt først')), 'the winning side of the tie');
  assert.ok(texts.includes(`Ingen stemte i denne bydelen, så budsjettet på 1${NBSP}800${NBSP}000${NBSP}kr ble ikke brukt.`));

  await press(page, 'jump:own');
  h = await waitFor(page, 'Strandå in view', (s) => s.widgets['result:stranda'] && s.widgets['result:stranda'].visible);
  assert.ok(h.widgets['result:stranda'].y < 200, `Strandå's card at the top (y ${h.widgets['result:stranda'].y})`);
  await page.mouse.move(5, 790);
  await settle(page);
  await page.screenshot({ path: path.join(args.out, 'results-own-district-desktop-nb.png') });
  assert.deepEqual(page.problems, [], 'no errors on the page');
});
