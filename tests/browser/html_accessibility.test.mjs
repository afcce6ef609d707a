// browser.html_accessibility: every page of the HTML path, in nb, da and en,
// at 1280 px and 320 px wide, checked by axe-core (WCAG 2.1 A and AA: zero
// violations) and for sideways scrolling at 320 px and at 200% zoom (a
// 1280 px window zoomed to 200% lays out 640 CSS px). Saves screenshots of
// each page (1280, 320, 200%) and what a screen reader gets of the ballot
// page (Chromium's Accessibility.getFullAXTree) to the output folder, with a
// table of the axe results (html-axe.txt).
//
// One language per run (ctest runs nb, da and en as three tests, each within
// the harness's time bound); a fourth run, "pictures", takes the Bokmål
// screenshots and the tree instead of running axe.
//
//   node html_accessibility.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR nb|da|en|pictures

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { http, launchBrowser, parseArgs, runTest } from './harness.mjs';
import { axeViolations, demoFacts, fitsWidth, requireHtmlBuilds, startHtmlServer } from './html_harness.mjs';

const MODE = process.argv[6] || 'nb';
const PICTURES = MODE === 'pictures';
const LANGUAGE = PICTURES ? 'nb' : MODE;
const LANGUAGES = [LANGUAGE];
const WIDTHS = [{ name: '1280', width: 1280, height: 800 }, { name: '320', width: 320, height: 640 }];

// A readable line per node of the accessibility tree: role "name" [states].
function axLines(nodes) {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const lines = [];
  const walk = (node, depth) => {
    const role = node.role && node.role.value;
    const name = node.name && node.name.value;
    const ignored = node.ignored || role === 'none' || role === 'generic' || role === 'InlineTextBox';
    let next = depth;
    if (!ignored && !(role === 'StaticText' && !name)) {
      const states = (node.properties || [])
        .filter((p) => ['checked', 'invalid', 'focused', 'required', 'level', 'describedby'].includes(p.name) &&
          p.value && p.value.value !== false && p.value.value !== 'false')
        .map((p) => (p.name === 'describedby' ? '' : `${p.name}=${JSON.stringify(p.value.value)}`)).filter(Boolean);
      const description = node.description && node.description.value ? ` — described: "${node.description.value}"` : '';
      lines.push(`${'  '.repeat(depth)}${role}${name ? ` "${name}"` : ''}${states.length ? ` [${states.join(', ')}]` : ''}${description}`);
      next = depth + 1;
    }
    for (const id of node.childIds || []) if (byId.has(id)) walk(byId.get(id), next);
  };
  const root = nodes.find((n) => !n.parentId);
  if (root) walk(root, 0);
  return lines;
}

await runTest(PICTURES ? "browser.html_pictures" : `browser.html_accessibility_${MODE}`, async (defer) => {
  const args = parseArgs(process.argv);
  requireHtmlBuilds(args);
  const server = await startHtmlServer(args);
  defer(server.stop);
  const f = await demoFacts(server.url);
  const [a, b] = f.proposals;
  const ballot = `${f.districtPath}/ballot`;
  const everything = f.detail.process.proposals.filter((p) => p.district_id === f.district).map((p) => p.id);
  const choices = (ids) => ids.map((id) => `p=${encodeURIComponent(id)}`).join('&');

  // Every page a resident can reach, in the order a vote goes; the result last (publishing closes the vote).
  const pages = [
    ['processes', '/html/'],
    ['process', f.base],
    ['district', f.districtPath],
    ['proposal', `${f.base}/proposals/${encodeURIComponent(a)}`],
    ['ballot', `${ballot}?${choices([a])}`],
    ['ballot-problems', `${ballot}?${choices(everything)}&check=1`],
    ['code', `${ballot}/code?${choices([a, b])}`],
    ['code-problem', `${ballot}/code?${choices([a, b])}&problem=voter.code_unknown`],
    ['done', `${ballot}/done?${choices([a, b])}&replaced=1`],
    ['not-found', '/html/no-such-page'],
  ];

  const browser = await launchBrowser();
  defer(() => browser.close());
  const report = [];
  const t0 = Date.now();
  const failures = [];
  const check = async (page, name, lang, width) => {
    const violations = PICTURES ? [] : await axeViolations(page);
    if (process.env.SAMMEN_VERBOSE) console.log(name, lang, width, Date.now() - t0);
    if (!PICTURES) report.push(`${name.padEnd(16)} ${lang}  ${String(width).padStart(4)} px  ${violations.length} violations`);
    for (const v of violations) failures.push(`${name} ${lang} ${width}px: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.join(', ')}`);
    const fit = await fitsWidth(page);
    if (fit.scrollWidth > fit.clientWidth) failures.push(`${name} ${lang} ${width}px scrolls sideways: ${fit.scrollWidth} > ${fit.clientWidth}`);
  };

  const visit = async (context, name, address, lang, width) => {
    const page = await context.newPage();
    const sep = address.includes('?') ? '&' : '?';
    const response = await page.goto(`${server.url}${address}${sep}lang=${lang}`, { timeout: 30000 });
    assert.ok(response, `no answer for ${address}`);
    assert.equal(await page.getAttribute('html', 'lang'), lang, `${name}: <html lang>`);
    await check(page, name, lang, width);
    return page;
  };

  const shoot = async (context, name, address, file) => {
    const page = await context.newPage();
    await page.goto(`${server.url}${address}`, { timeout: 30000 });
    await page.screenshot({ path: path.join(args.out, file), fullPage: true });
    await page.close();
  };

  const runAll = async (list) => {
    for (const { name: widthName, width, height } of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height } });
      for (const lang of LANGUAGES) {
        for (const [name, address] of list) {
          const page = await visit(context, name, address, lang, width);
          await page.close();
        }
      }
      // nb screenshots at this width
      if (PICTURES) for (const [name, address] of list) await shoot(context, name, `${address}${address.includes('?') ? '&' : '?'}lang=nb`, `html-${name}-${widthName}.png`);
      await context.close();
    }
    // 200% zoom: a 1280x800 window at 200% is 640x400 CSS px, drawn at twice the pixels.
    const zoomed = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    for (const [name, address] of list) {
      const page = await zoomed.newPage();
      await page.goto(`${server.url}${address}${address.includes('?') ? '&' : '?'}lang=nb`, { timeout: 30000 });
      const fit = await fitsWidth(page);
      if (fit.scrollWidth > fit.clientWidth) failures.push(`${name} at 200% scrolls sideways: ${fit.scrollWidth} > ${fit.clientWidth}`);
      if (PICTURES) await page.screenshot({ path: path.join(args.out, `html-${name}-zoom200.png`), fullPage: true });
      await page.close();
    }
    await zoomed.close();
  };

  await runAll(pages);

  // The refusal of a form without its token (a 403 page), in each language and width.
  for (const { width, height } of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height } });
    for (const lang of LANGUAGES) {
      const page = await context.newPage();
      await page.goto(`${server.url}${ballot}?lang=${lang}`);
      await context.clearCookies();
      await page.locator('button[type=submit]').press('Enter');
      await page.waitForLoadState();
      assert.match(await page.locator('h1').innerText(), /.+/);
      await check(page, 'form-refused', lang, width);
      if (width === 320 && lang === 'nb') await page.screenshot({ path: path.join(args.out, 'html-form-refused-320.png'), fullPage: true });
      await page.close();
    }
    await context.close();
  }

  // What a screen reader gets of the ballot page with its problems (focus on the summary).
  if (PICTURES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}${ballot}?${choices(everything)}&check=1&lang=nb`);
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
    assert.equal(focused, 'error-summary-title', 'the error summary takes the focus');
    const cdp = await context.newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    writeFileSync(path.join(args.out, 'html-ballot-axtree.txt'), axLines(nodes).join('\n') + '\n');
    await page.goto(`${server.url}${ballot}?${choices([a])}&lang=nb`);
    const plain = await cdp.send('Accessibility.getFullAXTree');
    writeFileSync(path.join(args.out, 'html-ballot-axtree-plain.txt'), axLines(plain.nodes).join('\n') + '\n');
    await context.close();
  }

  // The result, once published.
  const published = await http(`${server.url}/api/v1/processes/${encodeURIComponent(f.processId)}/publish`, { method: 'POST', token: server.token });
  assert.equal(published.status, 200, published.text);
  await runAll([['results', `${f.base}/results`], ['process-published', f.base]]);

  if (!PICTURES) writeFileSync(path.join(args.out, `html-axe-${LANGUAGE}.txt`), `${report.join('\n')}\n${failures.length ? `\n${failures.join('\n')}\n` : ''}`);
  console.log(`axe: ${report.length} page checks, ${failures.length} problems (table in html-axe-${MODE}.txt)`);
  assert.deepEqual(failures, [], 'no axe violations and no sideways scrolling');
});
