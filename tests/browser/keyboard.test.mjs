// browser.keyboard_only_vote: a resident votes on the canvas client with the
// keyboard alone, no mouse event at all: Tab (and the arrows) to a district and Enter, Tab to
// two proposals and Space / Enter, Tab to "Next", Tab into the voter-code
// field and type, Tab on to "Submit" and Enter. The server must have stored
// exactly that ballot. The page counts mouse, pointer and touch events and
// there must be none.
//
//   node keyboard.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR

import assert from 'node:assert/strict';
import path from 'node:path';

import { http, key, openClient, pickTwoProposals, runTest, settle, setUp, tabTo, waitFor } from './harness.mjs';

function countPointerEvents() {
  window.sammenPointerEvents = 0;
  for (const type of ['mousedown', 'mouseup', 'mousemove', 'click', 'wheel', 'pointerdown', 'pointermove',
                      'touchstart']) {
    window.addEventListener(type, () => { window.sammenPointerEvents += 1; }, true);
  }
}

await runTest('browser.keyboard_only_vote', async (defer) => {
  const { args, server, browser, processId, codes, detail } = await setUp(defer);
  const { district, proposals } = pickTwoProposals(detail);

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(countPointerEvents);
  const page = await openClient(context, server.url, { lang: 'nb' });
  await waitFor(page, 'the start screen with the canvas focused', (s) => s.screen === 'start' && s.dom_focus === 'canvas');

  await tabTo(page, 'start');
  await settle(page, 200);
  await page.screenshot({ path: path.join(args.out, 'keyboard-focus-start-nb.png') });
  await key(page, 'Enter');
  await waitFor(page, 'the district screen', (s) => s.screen === 'district');

  // The arrows move between the cards too.
  await tabTo(page, 'district:sentrum');
  await key(page, 'ArrowDown');
  await waitFor(page, 'the arrow to the next card', (s) => s.focused === 'district:ostbyen');
  await key(page, 'ArrowUp');
  await waitFor(page, 'the arrow back', (s) => s.focused === 'district:sentrum');
  await tabTo(page, `district:${district}`);
  await key(page, 'Enter');
  await waitFor(page, 'the ballot screen', (s) => s.screen === 'ballot' && s.state.district === district);

  await tabTo(page, `add:${proposals[0]}`);
  await key(page, 'Space');
  let h = await waitFor(page, 'the first proposal on the ballot', (s) => s.state.ballot.includes(proposals[0]));
  assert.equal(h.focused, `remove:${proposals[0]}`, 'focus stays where Add was, now Remove');
  await tabTo(page, `add:${proposals[1]}`);
  await key(page, 'Enter');
  h = await waitFor(page, 'both proposals on the ballot', (s) => s.state.ballot.length === 2);
  assert.deepEqual(h.state.ballot, proposals);
  await settle(page, 200);
  await page.screenshot({ path: path.join(args.out, 'keyboard-focus-ballot-nb.png') });

  await tabTo(page, 'to_submit');
  await key(page, 'Enter');
  await waitFor(page, 'the submit screen', (s) => s.screen === 'submit' && s.widgets['voter-code']);
  await tabTo(page, 'voter-code');
  await page.keyboard.type(codes[0], { delay: 20 });
  await tabTo(page, 'submit');
  await key(page, 'Enter');
  h = await waitFor(page, 'the confirmation', (s) => s.screen === 'confirmation' && s.state.stored);
  assert.deepEqual([...h.state.stored_ballot].sort(), [...proposals].sort());

  const stored = await http(`${server.url}/api/v1/processes/${encodeURIComponent(processId)}/ballots`, { token: server.token });
  assert.equal(stored.status, 200, stored.text);
  assert.equal(stored.body.ballots.length, 1, stored.text);
  assert.deepEqual([...stored.body.ballots[0].proposal_ids].sort(), [...proposals].sort());
  assert.equal(await page.evaluate(() => window.sammenPointerEvents), 0, 'no mouse, pointer or touch event');
  assert.deepEqual(page.problems, [], 'no errors on the page');
});
