// browser.amounts_never_break_across_lines: on a 320 px wide phone, in
// Danish and English (whose amounts have '.' and ',' inside), no line of the
// district list, the ballot (with its bottom bar and the reason a proposal
// cannot be added) or the voter-code screen breaks inside an amount. The
// client says where each paragraph it drew breaks (window.sammen.texts).
//
//   node amounts.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR

import assert from 'node:assert/strict';

import { openClient, press, reveal, runTest, setUp, sleep, waitFor } from './harness.mjs';

const AMOUNT = {
  da: /\d{1,3}(?:\.\d{3})*(?:,\d{2})?\u00a0kr\./g,
  en: /NOK\u00a0\d{1,3}(?:,\d{3})*(?:\.\d{2})?/g,
  nb: /\d{1,3}(?:\u00a0\d{3})*(?:,\d{2})?\u00a0kr/g,
};

// The amounts found in the paragraphs drawn now, and any a line break cuts.
async function check(page, lang, where, seen) {
  const h = await waitFor(page, `texts on ${where}`, (s) => s.language === lang && s.texts.length > 0);
  for (const { text, breaks } of h.texts) {
    for (const match of text.matchAll(AMOUNT[lang])) {
      seen.count += 1;
      const start = match.index;
      const end = start + match[0].length;
      const cut = breaks.find((b) => b > start && b < end);
      assert.equal(cut, undefined, `${lang}, ${where}: "${match[0]}" breaks in "${text}"`);
    }
  }
}

await runTest('browser.amounts_never_break_across_lines', async (defer) => {
  const { server, browser } = await setUp(defer);
  for (const lang of ['da', 'en', 'nb']) {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await openClient(context, server.url, { lang });
    const seen = { count: 0 };
    await press(page, 'start');
    await waitFor(page, 'the district screen', (s) => s.screen === 'district');
    await check(page, lang, 'the district list', seen);
    await press(page, 'district:sentrum');
    await waitFor(page, 'the ballot', (s) => s.screen === 'ballot');
    for (const id of ['innbyggerparken', 'elvepromenaden-lys', 'leksekafe']) {
      await press(page, `add:${id}`);
      await waitFor(page, `${id} chosen`, (s) => s.state.ballot.includes(id));
    }
    // Utlånssentralen (350 000) no longer fits in the 170 000 left: its reason names both amounts.
    await reveal(page, 'add:utlanssentral');
    await sleep(300);
    await check(page, lang, 'the ballot and the reason', seen);
    await press(page, 'to_submit');
    await waitFor(page, 'the submit screen', (s) => s.screen === 'submit');
    await check(page, lang, 'the voter-code screen', seen);
    assert.ok(seen.count >= 10, `${lang}: amounts were found and checked (${seen.count})`);
    await context.close();
  }
});
