// Starts the canvas client: the link to the HTML path, focus and keyboard
// handling around the canvas, then loads /client/sammen-client.js. Loaded at
// the end of index.html's body (a file, not an inline script: the page's
// Content-Security-Policy runs only its own files).
(function () {
  if (window.sammenNoWebGL) return;
  var status = document.getElementById('status');
  var canvas = document.getElementById('canvas');
  // The canvas has its own context menu (none).
  canvas.addEventListener('contextmenu', function (event) { event.preventDefault(); });
  document.getElementById('simple-link').href = window.sammenHtmlPage();
  // A tap on the canvas leaves the voter-code field, like a tap beside any form field.
  canvas.addEventListener('pointerdown', function () {
    if (document.activeElement && document.activeElement.classList.contains('sammen-field')) {
      document.activeElement.blur();
    }
    canvas.focus();
  });
  // Browser shortcuts (zoom with Ctrl and +, -, 0; Ctrl+L ...) go to the browser, not to the canvas.
  window.addEventListener('keydown', function (event) {
    if ((event.ctrlKey || event.metaKey) && event.target === canvas) event.stopImmediatePropagation();
  }, true);
  // Two fingers zoom the page; one finger is the client's.
  ['touchstart', 'touchmove', 'touchend'].forEach(function (type) {
    canvas.addEventListener(type, function (event) {
      if (event.touches.length > 1) event.stopImmediatePropagation();
    }, true);
  });
  window.Module = {
    canvas: canvas,
    // The page is served at / and the client's files at /client/.
    locateFile: function (path) { return '/client/' + path; },
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    // Keys reach the client when its canvas has focus.
    postRun: [function () { if (document.activeElement === document.body) canvas.focus(); }],
    onAbort: function (what) {
      document.body.classList.remove('sammen-ready');
      status.textContent = 'Sammen stoppet: ' + what;
      window.sammenAborted = String(what);
    }
  };
  var script = document.createElement('script');
  script.async = true;
  script.src = '/client/sammen-client.js';
  document.body.appendChild(script);
})();
