// browser.without_webgl2_goes_to_the_html_path: a browser without WebGL2 (a
// phone too old for it, or WebGL turned off) would show an empty canvas; the
// page sends the resident to the matching page of the HTML path instead,
// before the client is even downloaded: the start for a plain visit, the
// district's ballot for a link to one.
//
//   node no_webgl.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR

import assert from 'node:assert/strict';

import { runTest, setUp } from './harness.mjs';

function hideWebGL2() {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    return type === 'webgl2' ? null : original.call(this, type, ...rest);
  };
}

await runTest('browser.without_webgl2_goes_to_the_html_path', async (defer) => {
  const { server, browser, processId } = await setUp(defer);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.addInitScript(hideWebGL2);
  const page = await context.newPage();
  const clientRequests = [];
  page.on('request', (request) => {
    if (request.url().includes('/client/')) clientRequests.push(request.url());
  });

  // Until the HTML path is merged these pages may be 404: the address is what is checked.
  await page.goto(`${server.url}/?lang=da`, { timeout: 30000 });
  await page.waitForURL((url) => url.pathname.startsWith('/html/'), { timeout: 10000 });
  let url = new URL(page.url());
  assert.equal(url.pathname, '/html/');
  assert.equal(url.searchParams.get('lang'), 'da');

  const id = encodeURIComponent(processId);
  await page.goto(`${server.url}/?lang=en#/processes/${id}/districts/sentrum/ballot/code`, { timeout: 30000 });
  await page.waitForURL((u) => u.pathname.startsWith('/html/processes/'), { timeout: 10000 });
  url = new URL(page.url());
  assert.equal(url.pathname, `/html/processes/${id}/districts/sentrum/ballot`);
  assert.equal(url.searchParams.get('lang'), 'en');

  await page.goto(`${server.url}/#/processes/${id}/results`, { timeout: 30000 });
  await page.waitForURL((u) => u.pathname.startsWith('/html/processes/'), { timeout: 10000 });
  assert.equal(new URL(page.url()).pathname, `/html/processes/${id}/results`);

  assert.deepEqual(clientRequests, [], 'the WebAssembly client is never downloaded');
});
