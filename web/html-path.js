// The HTML path for this page's address, and the way there when the browser
// has no WebGL2. Loaded by index.html before anything else (a file, not an
// inline script: the page's Content-Security-Policy runs only its own files).
// The page for this address on the HTML path (/html/...), which needs
// neither JavaScript nor WebGL. The client's addresses mirror it:
// #/processes/P/districts/D/ballot is /html/processes/P/districts/D/ballot;
// the district list, the voter code and the confirmation are on the
// process and ballot pages there (client/screen_list.cpp says the same).
window.sammenHtmlPage = function () {
  var path = (window.location.hash || '').replace(/^#\/?/, '');
  if (!/^processes\/[^\/]+(\/districts\/[^\/]+\/ballot)?(\/code|\/confirmation|\/districts|\/results)?$/.test(path)) path = '';
  path = path.replace(/\/(districts|code|confirmation)$/, '');
  var lang = new URLSearchParams(window.location.search).get('lang');
  return '/html/' + path + (lang ? '?lang=' + encodeURIComponent(lang) : '');
};
// No WebGL2: the canvas would stay empty, so go to the HTML path before loading anything.
(function () {
  var probe = document.createElement('canvas');
  var gl = null;
  try { gl = probe.getContext('webgl2'); } catch (e) { gl = null; }
  if (!gl) {
    window.sammenNoWebGL = true;
    window.location.replace(window.sammenHtmlPage());
  }
})();
