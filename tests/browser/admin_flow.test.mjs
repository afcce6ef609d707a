// browser.admin_console_whole_flow: a municipality's first vote, from the
// command line to the published result, in the real client against the real
// server.
//
// `sammen-server --create-admin` makes the first administrator (a one-time
// password) in a fresh store; the server then starts on it without a demo.
// In the canvas client the administrator signs in, changes the one-time
// password, sets up the municipality with two districts, a process with
// five proposals and a budget per district, imports a 10,000-line voter roll
// (first a file with a bad line: the line is named), saves the letters and
// opens voting; a change to a budget is then refused as frozen. A resident
// (another browser context, not signed in) votes with a code from the
// letters, through the credential flow: the client sends the code only with
// a blinded element, then the ballot with the receipt it made; the
// administrator closes voting, previews and publishes, and the
// result screen shows the winners. Screenshots of the console's screens at
// 1280x800 and 390x844 go to OUTPUT_DIR/console-*.png.
//
//   node admin_flow.test.mjs SERVER_BINARY WEB_DIR CLIENT_DIR OUTPUT_DIR

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  hooks, launchBrowser, openClient, parseArgs, press, requireBuilds, reveal, runTest, settle, sleep,
  startServer, waitFor,
} from './harness.mjs';

const ADMIN = 'ada@fjordby.example';
const PASSWORD = 'fjordby-sin-egen-nokkel';
const DAY = 86400;

// sammen-server --create-admin with no input: prints a one-time password.
function createAdmin(server, db) {
  return new Promise((resolve, reject) => {
    const child = spawn(server, ['--db', db, '--create-admin', ADMIN, '--name', 'Ada Lovelace'],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`--create-admin hung: ${output}`)); }, 20000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const match = output.match(/One-time password[^:]*: (\S+)/);
      if (code !== 0 || !match) return reject(new Error(`--create-admin exited ${code}: ${output}`));
      resolve(match[1]);
    });
  });
}

const day = (t) => new Date(t * 1000).toISOString().slice(0, 10);

// A roll as a spreadsheet exports it: `lines` people, half in each district.
function rollCsv(lines, { badLine = 0 } = {}) {
  const rows = ['Navn;Adresse;Fødselsdato;Bydel'];
  for (let i = 1; i <= lines; ++i) {
    const district = i === badLine ? 'Vest' : (i % 2 === 0 ? 'Nord' : 'Sør');
    rows.push(`Person ${i};Gate ${i}, 3015 Fjordby;${1940 + (i % 60)};${district}`);
  }
  return rows.join('\r\n') + '\r\n';
}

// Scrolls the console's long forms to the widget `name` with the wheel, a
// notch a frame (the harness's reveal() waits longer between notches), and
// falls back on reveal() for a widget not drawn at all.
async function scrollTo(page, name) {
  const viewport = page.viewportSize();
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  for (let i = 0; i < 80; ++i) {
    const widget = (await hooks(page)).widgets[name];
    if (!widget) break;
    if (widget.visible) return;
    await page.mouse.wheel(0, widget.y + widget.h / 2 > viewport.height / 2 ? 120 : -120);
    await sleep(40);
  }
  await reveal(page, name);
}

// Types into the console's HTML field `id`, scrolled into view first.
async function fill(page, id, value) {
  await scrollTo(page, id);
  await page.locator(`#${id}`).fill(value, { timeout: 10000 });
}

// Presses a console widget, scrolled into view first.
async function tap(page, name) {
  await scrollTo(page, name);
  await press(page, name);
}

async function shot(page, out, name) {
  await page.mouse.move(2, 790);
  await settle(page, 300);
  await page.screenshot({ path: path.join(out, `console-${name}-desktop.png`) });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await settle(page, 500);
  await page.screenshot({ path: path.join(out, `console-${name}-phone.png`) });
  await page.setViewportSize(size);
  await settle(page, 200);
}

const started = Date.now();
const step = (what) => console.log(`${((Date.now() - started) / 1000).toFixed(1)} s: ${what}`);

await runTest('browser.admin_console_whole_flow', async (defer) => {
  const args = parseArgs(process.argv);
  requireBuilds(args);
  const dir = mkdtempSync(path.join(tmpdir(), 'sammen-admin-flow-'));
  defer(() => rmSync(dir, { recursive: true, force: true }));
  const oneTime = await createAdmin(args.server, path.join(dir, 'sammen.sqlite'));
  const server = await startServer(args, { dir });
  defer(server.stop);
  const browser = await launchBrowser();
  defer(() => browser.close());

  // The administrator signs in from the top bar and must change the one-time password.
  const admin = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await openClient(admin, server.url, { lang: 'nb' });
  await waitFor(page, 'the empty municipality', (h) => h.screen === 'no_process');
  await tap(page, 'staff');
  await waitFor(page, 'the sign-in screen', (h) => h.screen === 'sign_in' && h.widgets['sign-in']);
  await shot(page, args.out, 'sign-in');
  await fill(page, 'sign-in-email', ADMIN);
  await fill(page, 'sign-in-password', 'not the password');
  await tap(page, 'sign-in');
  let h = await waitFor(page, 'a wrong password refused', (s) => s.staff.sign_in_error);
  assert.equal(h.staff.sign_in_error.code, 'auth.sign_in_failed');
  await fill(page, 'sign-in-password', oneTime);
  await tap(page, 'sign-in');
  await waitFor(page, 'the forced password change', (s) => s.screen === 'password' && s.staff.must_change_password);
  await fill(page, 'password-current', oneTime);
  await fill(page, 'password-new', PASSWORD);
  await tap(page, 'change-password');
  h = await waitFor(page, 'the console', (s) => s.screen === 'console' && s.staff.signed_in && !s.staff.must_change_password && s.widgets['open:municipality']);
  assert.deepEqual(h.staff.roles, ['administrator']);

  step('signed in');
  // The municipality: two districts, Bokmål and English.
  await tap(page, 'open:municipality');
  await waitFor(page, 'the municipality form', (s) => s.screen === 'municipality' && s.widgets['m-name']);
  await fill(page, 'm-id', 'fjordby');
  await fill(page, 'm-name', 'Fjordby kommune');
  await fill(page, 'm-currency', 'NOK');
  await tap(page, 'language:en');
  await fill(page, 'm-district-id-0', 'nord');
  await fill(page, 'm-district-name-0', 'Nord');
  await fill(page, 'm-district-id-1', 'sor');
  await fill(page, 'm-district-name-1', 'Sør');
  await tap(page, 'save-municipality');
  await waitFor(page, 'the municipality saved', (s) => s.staff.municipality === 'fjordby' && s.staff.done === 'saved');
  await shot(page, args.out, 'municipality');

  step('municipality set up');
  // The process: voting from tomorrow for two weeks, a budget per district.
  await tap(page, 'back');
  await waitFor(page, 'the console again', (s) => s.screen === 'console' && s.widgets['new-process']);
  await tap(page, 'new-process');
  await waitFor(page, 'the process form', (s) => s.screen === 'process_settings' && s.widgets['p-title']);
  const now = Math.floor(Date.now() / 1000);
  await fill(page, 'p-id', 'budsjett-2028');
  await fill(page, 'p-title', 'Innbyggerbudsjett 2028');
  await fill(page, 'p-description', 'Velg hva bydelen skal bruke pengene på.');
  await fill(page, 'p-title-en', "Citizens' budget 2028");
  await fill(page, 'p-start-voting', day(now + DAY));
  await fill(page, 'p-end-voting', day(now + 15 * DAY));
  await fill(page, 'p-budget-nord', '1 500 000');
  await fill(page, 'p-budget-sor', '1 000 000');
  await tap(page, 'save-process');
  h = await waitFor(page, 'the process created', (s) => s.staff.process_id === 'budsjett-2028' && s.staff.budgets === 2);
  await shot(page, args.out, 'process');

  step('process created');
  // Five proposals: three in Nord, two in Sør.
  await tap(page, 'tab:proposals');
  await waitFor(page, 'the proposals form', (s) => s.screen === 'proposals' && s.widgets['q-title']);
  const proposals = [
    ['lekeplass', 'Ny lekeplass', 'nord', '600 000'], ['gatelys', 'Gatelys langs elva', 'nord', '500 000'],
    ['benker', 'Benker i parken', 'nord', '700 000'], ['sykkel', 'Sykkelparkering', 'sor', '400 000'],
    ['bibliotek', 'Lesekrok i biblioteket', 'sor', '800 000'],
  ];
  for (const [i, [id, title, district, cost]] of proposals.entries()) {
    await fill(page, 'q-id', id);
    await fill(page, 'q-title', title);
    await fill(page, 'q-summary', `${title} i Fjordby.`);
    await fill(page, 'q-cost', cost);
    await tap(page, `proposal-district:${district}`);
    await tap(page, 'save-proposal');
    await waitFor(page, `proposal ${id} saved`, (s) => s.staff.proposals === i + 1 && !s.staff.sending && s.widgets['q-id']);
  }

  step('proposals added');
  // The roll: a file with a bad line is refused with the line named; then 10,000 people.
  await tap(page, 'tab:roll');
  await waitFor(page, 'the roll screen', (s) => s.screen === 'roll' && s.widgets['roll:pick']);
  const pick = async (name, csv) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10000 }), press(page, 'roll:pick')]);
    await chooser.setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await waitFor(page, `${name} picked`, (s) => s.staff.roll.file === name && s.widgets['roll:import']);
  };
  await pick('manntall-feil.csv', rollCsv(20, { badLine: 7 }));
  await tap(page, 'roll:import');
  h = await waitFor(page, 'the bad line named', (s) => s.staff.roll.error);
  assert.equal(h.staff.roll.error.code, 'roll.unknown_district');
  assert.equal(h.staff.roll.error.problems[0].amount, 8, 'person 7 is on line 8 (after the header)');
  assert.match(h.staff.roll.error.problems[0].message, /Linje 8.*Vest/);
  await shot(page, args.out, 'roll-bad-line');
  await pick('manntall.csv', rollCsv(10000));
  await tap(page, 'roll:import');
  h = await waitFor(page, 'the roll imported', (s) => s.staff.roll.letters > 0, { timeoutMs: 30000 });
  assert.equal(h.staff.roll.lines, 10000);
  assert.equal(h.staff.roll.letters, h.staff.roll.voters);
  assert.equal(h.staff.roll.census_districts, 2);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), press(page, 'letters:csv')]);
  const letters = readFileSync(await download.path(), 'utf8').split(/\r\n/).slice(1).filter(Boolean)
    .map((line) => line.split(';').map((field) => field.replace(/^"|"$/g, '')));
  assert.equal(letters.length, h.staff.roll.letters);
  const nordLetter = letters.find((fields) => fields.includes('Nord'));
  const code = nordLetter[nordLetter.length - 1];
  assert.match(code, /^[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}$/);

  step('roll imported, letters saved');
  // Voting opens; a budget can no longer change.
  await tap(page, 'tab:voting');
  await waitFor(page, 'the voting screen', (s) => s.screen === 'voting' && s.widgets['open-voting']);
  await tap(page, 'open-voting');
  await waitFor(page, 'voting open', (s) => s.staff.voting_open === true && s.widgets['close-voting']);
  await tap(page, 'tab:process_settings');
  await waitFor(page, 'the settings again', (s) => s.screen === 'process_settings' && s.widgets['p-budget-nord']);
  await fill(page, 'p-budget-nord', '2 000 000');
  await tap(page, 'save-process');
  h = await waitFor(page, 'the frozen budget refused', (s) => s.staff.error);
  assert.equal(h.staff.error.code, 'setup.frozen');
  assert.match(h.staff.error.message, /budsjett/);

  step('voting opened, frozen budget refused');
  // A resident, not signed in, votes in Nord with the letter's code.
  const resident = await openClient(await browser.newContext({ viewport: { width: 1280, height: 800 } }), server.url, { lang: 'nb' });
  const posted = [];  // what the resident's client sends: the code only for the credential
  resident.on('request', (request) => {
    if (request.method() === 'POST') posted.push({ url: request.url(), body: request.postDataJSON() });
  });
  await waitFor(resident, 'the open process', (s) => s.screen === 'start' && s.state.voting_open);
  await press(resident, 'start');
  await press(resident, 'district:nord');
  await waitFor(resident, 'the ballot', (s) => s.screen === 'ballot' && s.widgets['add:lekeplass']);
  await press(resident, 'add:lekeplass');
  await press(resident, 'add:gatelys');
  await waitFor(resident, 'two chosen', (s) => s.state.ballot.length === 2);
  await press(resident, 'to_submit');
  await waitFor(resident, 'the voter code', (s) => s.screen === 'submit' && s.widgets['voter-code']);
  await resident.locator('#voter-code').fill(code, { timeout: 5000 });
  await press(resident, 'submit');
  h = await waitFor(resident, 'the ballot stored', (s) => s.screen === 'confirmation' && s.state.stored);
  // The code went only into a blind credential request; the ballot went with the receipt.
  assert.match(h.state.receipt, /^([0-9A-Z]{4}-){11}[0-9A-Z]{4}$/, 'the receipt the client made');
  assert.match(h.state.mark, /^[0-9a-f]{64}$/);
  const credentialRequests = posted.filter((p) => /\/credentials$/.test(p.url));
  assert.equal(credentialRequests.length, 1, JSON.stringify(posted));
  assert.equal(credentialRequests[0].body.voter_code, code);
  assert.match(credentialRequests[0].body.blinded_element, /^[0-9a-f]{64}$/);
  const ballots = posted.filter((p) => /\/ballots$/.test(p.url));
  assert.equal(ballots.length, 1, JSON.stringify(posted));
  assert.equal(ballots[0].body.voter_code, undefined, 'no code with the ballot');
  assert.equal(ballots[0].body.receipt.replace(/-/g, ''), h.state.receipt.replace(/-/g, ''));
  const noDemo = (p) => /^HTTP 404 GET .*\/api\/v1\/demo$/.test(p);  // this server has none
  assert.deepEqual(resident.problems.filter((p) => !noDemo(p)), [], 'no errors on the resident\'s page');

  step('resident voted');
  // The administrator closes, previews, publishes; the result shows the winners.
  await tap(page, 'tab:voting');
  await waitFor(page, 'the voting screen', (s) => s.screen === 'voting' && s.widgets['close-voting']);
  await tap(page, 'close-voting');
  await waitFor(page, 'voting closed', (s) => s.staff.voting_closed && s.widgets.preview);
  await tap(page, 'preview');
  h = await waitFor(page, 'the preview', (s) => s.staff.preview && s.widgets.publish);
  assert.equal(h.staff.preview.ballots, 1);
  assert.deepEqual([...h.staff.preview.funded.nord].sort(), ['gatelys', 'lekeplass']);
  await shot(page, args.out, 'preview');
  await tap(page, 'publish');
  await waitFor(page, 'published', (s) => s.staff.published && s.widgets['show-result']);
  await tap(page, 'show-result');
  h = await waitFor(page, 'the result screen', (s) => s.screen === 'results' && s.state.result_loaded);
  assert.deepEqual([...h.state.funded.nord].sort(), ['gatelys', 'lekeplass']);

  step('published');
  // People and roles, and the audit log that recorded it all.
  await tap(page, 'staff');
  await waitFor(page, 'the console', (s) => s.screen === 'console' && s.widgets['open:people']);
  await tap(page, 'open:people');
  await waitFor(page, 'the people', (s) => s.screen === 'people' && s.staff.people === 1);
  await shot(page, args.out, 'people');
  await tap(page, 'back');
  await tap(page, 'open:audit');
  h = await waitFor(page, 'the audit log', (s) => s.screen === 'audit' && s.staff.audit_entries >= 10);
  await sleep(10);
  assert.ok((await hooks(page)).texts.some((t) => /Resultat publisert: budsjett-2028/.test(t.text)), 'the publication is in the log');
});
