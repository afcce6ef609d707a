// The stylesheet of the HTML path: readable at 200% zoom and 320 px wide
// without sideways scrolling (rem sizes, one column, long words wrap),
// targets of at least 24 px (44 px for buttons), a focus ring that is always
// visible, and errors marked by words and a border, not by colour alone.
// Contrast of every text colour on white is at least 7:1.
#include "core/page.h"

namespace sammen::server {

std::string_view stylesheet() {
  return R"CSS(*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:system-ui,"DejaVu Sans",sans-serif;font-size:1.125rem;line-height:1.5;color:#1a1a1a;background:#fff;overflow-wrap:anywhere}
header.site,main,footer.site{max-width:46rem;margin:0 auto;padding:0 1rem}
header.site{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;justify-content:space-between;padding-top:.75rem;padding-bottom:.75rem;border-bottom:2px solid #1a1a1a}
.site-name{margin:0;font-weight:700}
footer.site{margin-top:3rem;padding-top:1rem;padding-bottom:2rem;border-top:1px solid #595959}
a{color:#0b4a94;text-decoration:underline;text-underline-offset:.15em}
a:hover{text-decoration-thickness:3px}
a,button,input,label,summary{min-height:1.5rem}
:focus{outline:3px solid #0b4a94;outline-offset:2px}
:focus:not(:focus-visible){outline:none}
:focus-visible{outline:3px solid #0b4a94;outline-offset:2px;box-shadow:0 0 0 6px #ffdd00}
main:focus,main:focus-visible{outline:none;box-shadow:none}
.skip{position:absolute;left:-10000px;top:auto}
.skip:focus{position:static;display:block;padding:.5rem 1rem;background:#ffdd00;color:#1a1a1a}
.languages ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
.languages a{display:inline-block;padding:.25rem 0}
.languages a[aria-current]{font-weight:700;text-decoration-thickness:3px}
.crumbs ol{display:flex;flex-wrap:wrap;gap:.25rem .5rem;list-style:none;margin:1rem 0 0;padding:0}
.crumbs li+li::before{content:"›";content:"›"/"";margin-right:.5rem}
h1{font-size:1.75rem;line-height:1.25;margin:1.25rem 0 .75rem}
@media (max-width:24rem){h1{font-size:1.5rem}}
h2{font-size:1.375rem;line-height:1.3;margin:1.75rem 0 .5rem}
h3{font-size:1.125rem;margin:1.25rem 0 .25rem}
.amount{white-space:nowrap}
.cards{list-style:none;margin:0;padding:0}
.cards>li{border:1px solid #595959;border-radius:4px;padding:.75rem 1rem;margin:.75rem 0}
.cards>li h3{margin-top:0}
.facts{margin:.25rem 0;color:#333}
.status{font-weight:700}
fieldset{border:1px solid #595959;border-radius:4px;margin:1rem 0;padding:.5rem 1rem 1rem;min-width:0}
legend{font-weight:700;font-size:1.25rem;padding:0 .25rem}
.choice{display:grid;grid-template-columns:auto 1fr;gap:.25rem .75rem;align-items:start;padding:.75rem 0;border-bottom:1px solid #ccc}
.choice:last-child{border-bottom:0}
.choice input[type=checkbox]{width:1.5rem;height:1.5rem;margin:.125rem 0 0;accent-color:#0b4a94}
.choice label{font-weight:700;cursor:pointer}
.choice .facts{grid-column:2}
.budget{border:2px solid #1a1a1a;border-radius:4px;padding:.5rem 1rem;margin:1rem 0}
.budget p{margin:.25rem 0}
label.field{display:block;font-weight:700;margin-top:1rem}
.hint{margin:.25rem 0;color:#333}
input[type=text],input[type=email],input[type=password],input[type=number],select,textarea{display:block;width:100%;max-width:20rem;font:inherit;padding:.5rem;min-height:2.75rem;border:2px solid #1a1a1a;border-radius:4px;background:#fff;color:#1a1a1a}
textarea{max-width:40rem;min-height:8rem}
.inline{display:inline}
.secondary{color:#0b4a94;background:#fff}
.secondary:hover{background:#e8eef7}
.code{font-family:monospace;font-size:1.5rem;letter-spacing:.1em;overflow-wrap:anywhere}
.stage{display:inline-block;font-weight:700;border:2px solid #1a1a1a;border-radius:4px;padding:0 .4rem}
.unread{font-weight:700}
.prose{overflow-wrap:anywhere}
button{font:inherit;font-weight:700;min-height:2.75rem;padding:.5rem 1.25rem;margin:1rem 0;color:#fff;background:#0b4a94;border:2px solid #0b4a94;border-radius:4px;cursor:pointer}
button:hover{background:#083a75}
.error{color:#a4001d;font-weight:700;border-left:5px solid #a4001d;padding-left:.75rem;margin:.5rem 0}
[aria-invalid=true]{border-color:#a4001d;outline:2px solid #a4001d;outline-offset:1px}
.error-summary{border:4px solid #a4001d;border-radius:4px;padding:.5rem 1rem;margin:1rem 0}
.error-summary h2{margin-top:.5rem}
.error-summary a{color:#a4001d;font-weight:700}
.notice{border-left:5px solid #0b4a94;padding:.25rem .75rem;margin:1rem 0}
.fingerprint{font-family:"DejaVu Sans Mono",monospace;word-break:break-all}
.verdict{font-weight:700}
.verdict.funded::before{content:"✓ ";content:"✓ "/""}
.verdict.not-funded::before{content:"✗ ";content:"✗ "/""}
)CSS";
}

}  // namespace sammen::server
