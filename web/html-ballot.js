// The HTML path's ballot script, loaded by the voter-code page and the
// confirmation (a file, not an inline script: the pages'
// Content-Security-Policy runs only this server's files). Without it both
// pages work as they are, and the server makes the resident's credential.
//
// On the voter-code page, once html-ballot.wasm (client/html_ballot/: the
// same VOPRF code as the canvas client and the server) runs, the script
// takes over the blinding and says so: the note that the server could link
// ballot and code gives way to the one that the ballot is secret even from
// the server. When the form is sent with a voter code, the script
//   1. blinds a fresh random token (crypto.getRandomValues),
//   2. sends the voter code with the blinded element only
//      (POST /api/v1/processes/{pid}/credentials),
//   3. checks the server's proof against the published key of the ballot's
//      district (or of voters without one) and finalizes: the receipt,
//   4. sends the same form with the receipt in its hidden field and the
//      voter-code field disabled (a disabled field is not sent), so the
//      code never travels with the ballot.
// An empty field or a receipt typed in goes as it is. A problem goes back
// to the page as ?problem=ID (&wait=N), said by the server beside the
// field like its own. The token and blind are kept in sessionStorage until
// the confirmation, so an answer lost on the way is asked for again with
// the same blinded element (the server then repeats its answer).
(function () {
  'use strict';
  var KEPT = 'sammen-html-credential:';

  var stored = document.getElementById('ballot-stored');
  if (stored) {  // the confirmation: the ballot is stored, the credential done with
    try { sessionStorage.removeItem(KEPT + stored.dataset.process); } catch (e) { /* none kept */ }
    return;
  }
  var form = document.getElementById('code-form');
  if (!form || !window.WebAssembly || !window.crypto || !window.fetch) return;
  var field = document.getElementById('voter-code');
  var api = '/api/v1/processes/' + encodeURIComponent(form.dataset.process);
  var district = form.dataset.district;
  var wasm = null;
  var busy = false;

  // Offsets in the module's buffer (blinding.cpp says what each function reads and writes).
  var TOKEN = 16, WIDE = 64, SCALAR = 32, ELEMENT = 32, PROOF = 64, BUFFER = 256;

  function buffer(length) {
    return new Uint8Array(wasm.memory.buffer, wasm.sammen_buffer(), length || BUFFER);
  }
  function hex(bytes) {
    return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }
  function unhex(text, length) {
    if (typeof text !== 'string' || !/^([0-9a-f]{2})*$/.test(text) || text.length !== 2 * length) throw { id: 'credential.proof_failed' };
    var out = new Uint8Array(length);
    for (var i = 0; i < length; ++i) out[i] = parseInt(text.substr(2 * i, 2), 16);
    return out;
  }
  // Writes byte strings one after another at the start of the buffer.
  function put(parts) {
    var at = 0, b = buffer();
    parts.forEach(function (part) { b.set(part, at); at += part.length; });
  }

  function looksLikeReceipt(text) {
    var bytes = new TextEncoder().encode(text).subarray(0, BUFFER);
    put([bytes]);
    return wasm.sammen_looks_like_receipt(bytes.length) === 1;
  }

  // A token and blind of this browser's own, and the blinded element.
  function freshCredential() {
    for (;;) {
      var input = buffer(TOKEN + WIDE);
      crypto.getRandomValues(input);
      var token = input.slice(0, TOKEN);
      if (wasm.sammen_blind() !== 1) continue;  // 2^-252: try other random bytes
      var out = buffer(SCALAR + ELEMENT);
      return { token: hex(token), blind: hex(out.subarray(0, SCALAR)), blinded: hex(out.subarray(SCALAR)) };
    }
  }
  function keptCredential() {
    var kept = null;
    try { kept = JSON.parse(sessionStorage.getItem(KEPT + form.dataset.process)); } catch (e) { return null; }
    var whole = kept && /^[0-9a-f]{32}$/.test(kept.token) && /^[0-9a-f]{64}$/.test(kept.blind) &&
      /^[0-9a-f]{64}$/.test(kept.blinded);
    return whole ? kept : null;
  }
  function keep(credential) {
    try { sessionStorage.setItem(KEPT + form.dataset.process, JSON.stringify(credential)); } catch (e) { /* kept in this page only */ }
  }

  // JSON from the API; a failed answer throws its problem ({id, wait}).
  async function apiJson(method, path, body) {
    var answer;
    try {
      answer = await fetch(api + path, {
        method: method, credentials: 'same-origin',
        headers: body ? { 'Content-Type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      });
    } catch (e) {
      throw { id: 'server.internal_error' };
    }
    var json = await answer.json().catch(function () { return null; });
    if (answer.ok && json) return json;
    var id = json && json.error && json.error.code;
    throw { id: id || 'server.internal_error', wait: answer.headers.get('Retry-After') };
  }

  // The receipt for `code`: blinded here, evaluated by the server, proof checked here.
  async function receiptFor(code) {
    var credential = keptCredential() || freshCredential();
    keep(credential);
    var keys = await apiJson('GET', '/credentials/keys');
    var issued = await apiJson('POST', '/credentials', {
      version: 1, voter_code: code, district_id: district, blinded_element: credential.blinded,
      language: document.documentElement.lang,
    });
    // Only the published key of this district, or of voters without one: a
    // key made for this resident alone would tag them.
    var keyDistrict = issued.key_district_id;
    var key = (keys.keys || []).filter(function (k) { return k.district_id === keyDistrict; })[0];
    if (!key || (keyDistrict !== '' && keyDistrict !== district)) throw { id: 'credential.proof_failed' };
    put([unhex(credential.token, TOKEN), unhex(credential.blind, SCALAR), unhex(credential.blinded, ELEMENT),
      unhex(issued.evaluated_element, ELEMENT), unhex(key.public_key, ELEMENT), unhex(issued.proof, PROOF)]);
    var length = wasm.sammen_finalize();
    if (length === 0) throw { id: 'credential.proof_failed' };
    return new TextDecoder().decode(buffer(length));
  }

  // The page again, saying the problem beside the field.
  function sayProblem(problem) {
    var query = new URLSearchParams();
    form.querySelectorAll('input[name=p]').forEach(function (p) { query.append('p', p.value); });
    query.set('problem', problem.id || 'server.internal_error');
    if (problem.wait) query.set('wait', problem.wait);
    window.location.assign(form.action + '?' + query.toString());
  }

  form.addEventListener('submit', function (event) {
    if (!wasm) return;
    if (busy) return event.preventDefault();
    var typed = field.value;
    if (typed.trim() === '' || looksLikeReceipt(typed)) return;  // the form goes as it is
    event.preventDefault();
    busy = true;
    receiptFor(typed).then(function (receipt) {
      form.elements.receipt.value = receipt;
      field.disabled = true;
      form.submit();
    }, function (problem) {
      sayProblem(problem && problem.id ? problem : { id: 'server.internal_error' });
    });
  });
  // Back to this page from the next: a fresh form, nothing of the last sending.
  window.addEventListener('pageshow', function () {
    busy = false;
    field.disabled = false;
    form.elements.receipt.value = '';
  });

  var imports = { wasi_snapshot_preview1: { proc_exit: function () { throw new Error('html-ballot.wasm stopped'); } } };
  WebAssembly.instantiateStreaming(fetch(form.dataset.module, { credentials: 'same-origin' }), imports)
    .then(function (loaded) {
      wasm = loaded.instance.exports;
      if (wasm._initialize) wasm._initialize();
      document.getElementById('server-blinds').hidden = true;
      document.getElementById('browser-blinds').hidden = false;
      form.dataset.blinding = 'browser';  // for the tests: the script has taken over
    })
    .catch(function () { wasm = null; /* the page stays as the server sent it */ });
})();
