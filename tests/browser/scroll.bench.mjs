// browser.bench_scroll_1000_proposals: how long a frame takes while a resident
// scrolls a district with 1,000 proposals, and how busy the idle start page
// keeps the main thread. Prints figures; asserts nothing about time.
//
// Seeds the demo store with 1,000 more proposals in Sentrum, opens that
// district's ballot in headless Chromium at 1280x800 and scrolls it with one
// wheel step per animation frame (down for 6 s, then up for 3 s). Each
// requestAnimationFrame callback (one client frame) is timed on the page.
// With a baseline client folder (the previous build), the same is measured
// for it in the same run and the ratio printed.
//
//   node scroll.bench.mjs SERVER WEB CLIENT OUT SEED_TOOL [BASELINE_CLIENT BASELINE_WEB]
//   (or SAMMEN_BASELINE_CLIENT / SAMMEN_BASELINE_WEB in the environment)

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { http, launchBrowser, openClient, press, runTest, sleep, startServer, waitFor } from './harness.mjs';

const PROPOSALS = 1000;
const DISTRICT = 'sentrum';
const SCROLL_MS = 6000;

// Times every requestAnimationFrame callback, before the client's script runs.
function timeFrames() {
  const raf = window.requestAnimationFrame.bind(window);
  window.sammenBench = { frames: [], recording: false };
  window.requestAnimationFrame = (callback) => raf((time) => {
    const start = performance.now();
    callback(time);
    if (window.sammenBench.recording && !callback.benchDriver) window.sammenBench.frames.push({ at: start, ms: performance.now() - start });
  });
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function idleBusy(page, cdp, seconds) {
  await cdp.send('Performance.enable');
  const metric = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  };
  const before = await metric();
  await sleep(seconds * 1000);
  const after = await metric();
  const wall = after.Timestamp - before.Timestamp;
  return 100 * (after.TaskDuration - before.TaskDuration) / wall;
}

async function measure(browser, args, dir, label) {
  const server = await startServer(args, { dir });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(timeFrames);
    const page = await openClient(context, server.url, { lang: 'nb' });
    await waitFor(page, 'the start screen', (s) => s.screen === 'start' && s.widgets.start);
    await sleep(1500);
    const cdp = await context.newCDPSession(page);
    const idle = await idleBusy(page, cdp, 5);

    await press(page, 'start');
    await waitFor(page, 'the district screen', (s) => s.screen === 'district' && s.widgets[`district:${DISTRICT}`]);
    await press(page, `district:${DISTRICT}`);
    await waitFor(page, 'the ballot screen', (s) => s.screen === 'ballot');
    await sleep(1000);

    // One wheel step on the canvas in every animation frame, as a fast scroll
    // with a mouse wheel or a trackpad does: down for SCROLL_MS, then up.
    const seconds = await page.evaluate(async ([ms]) => {
      const canvas = document.getElementById('canvas');
      const box = canvas.getBoundingClientRect();
      const wheel = (deltaY) => canvas.dispatchEvent(new WheelEvent('wheel', {
        deltaY, deltaMode: 0, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2,
        bubbles: true, cancelable: true }));
      window.sammenBench.frames = [];
      window.sammenBench.recording = true;
      const start = performance.now();
      await new Promise((resolve) => {
        const step = () => {
          const t = performance.now() - start;
          if (t > 1.5 * ms) return resolve();
          wheel(t < ms ? 100 : -100);
          requestAnimationFrame(step);
        };
        step.benchDriver = true;  // not a client frame
        requestAnimationFrame(step);
      });
      window.sammenBench.recording = false;
      return (performance.now() - start) / 1000;
    }, [SCROLL_MS]);
    const frames = await page.evaluate(() => window.sammenBench.frames);
    const times = frames.map((f) => f.ms).sort((a, b) => a - b);
    const mean = times.reduce((a, b) => a + b, 0) / Math.max(1, times.length);
    const result = {
      label, idle, frames: times.length, fps: times.length / seconds,
      mean, median: quantile(times, 0.5), p95: quantile(times, 0.95), max: times[times.length - 1],
    };
    console.log(`${label}: idle start page main thread busy ${idle.toFixed(1)} %`);
    console.log(`${label}: scrolling ${PROPOSALS} proposals: ${result.frames} frames in ${seconds.toFixed(1)} s ` +
      `(${result.fps.toFixed(1)} per second); frame time mean ${mean.toFixed(2)} ms, ` +
      `median ${result.median.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms, max ${result.max.toFixed(2)} ms`);
    await context.close();
    return result;
  } finally {
    await server.stop();
  }
}

await runTest('browser.bench_scroll_1000_proposals', async (defer) => {
  const [serverBin, web, client, out, seedTool, baseClient, baseWeb] = process.argv.slice(2);
  const args = { server: serverBin, web, client, out };
  const baseline = baseClient || process.env.SAMMEN_BASELINE_CLIENT;
  const baselineWeb = baseWeb || process.env.SAMMEN_BASELINE_WEB || web;

  // The demo store, then 1,000 more proposals in one district.
  const dir = mkdtempSync(path.join(tmpdir(), 'sammen-bench-'));
  defer(() => rmSync(dir, { recursive: true, force: true }));
  const first = await startServer(args, { dir });
  const demo = await http(`${first.url}/api/v1/demo`);
  if (demo.status !== 200) throw new Error(`no demo: ${demo.text}`);
  await first.stop();
  console.log(execFileSync(seedTool, [path.join(dir, 'sammen.sqlite'), DISTRICT, String(PROPOSALS)]).toString().trim());

  const browser = await launchBrowser();
  defer(() => browser.close());
  const ours = await measure(browser, args, dir, 'this build');
  if (baseline) {
    const theirs = await measure(browser, { ...args, client: baseline, web: baselineWeb }, dir, 'baseline');
    console.log(`ratio this build / baseline: frame time mean ${(ours.mean / theirs.mean).toFixed(3)}, ` +
      `p95 ${(ours.p95 / theirs.p95).toFixed(3)}; idle busy ${ours.idle.toFixed(1)} % vs ${theirs.idle.toFixed(1)} %`);
  } else {
    console.log('no baseline client given (SAMMEN_BASELINE_CLIENT): no ratio');
  }
});
