import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LIVE_CSS, LIVE_JS } from './live/room-script.js';

/**
 * The pages' only stylesheet and script, kept as TypeScript strings so that they ship inside
 * dist/. Their URLs carry a content hash, so they are cached for a year and change when they do.
 * GOV.UK colours and patterns: 19px text on large screens, a thick yellow focus, green buttons.
 */
const CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","DejaVu Sans",Arial,sans-serif;font-size:1rem;line-height:1.5;color:#0b0c0c;background:#f3f2f1}
@media (min-width:641px){body{font-size:1.1875rem}}
.width{max-width:960px;margin:0 auto;padding:0 15px}
@media (min-width:641px){.width{padding:0 30px}}
a{color:#1d70b8;text-decoration-thickness:max(1px,.0625rem);text-underline-offset:.15em}
a:visited{color:#4c2c92}
a:hover{color:#003078;text-decoration-thickness:max(3px,.1875rem)}
a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus,main:focus{outline:3px solid transparent}
a:focus{color:#0b0c0c;background:#fd0;box-shadow:0 -2px #fd0,0 4px #0b0c0c;text-decoration:none}
input:focus,select:focus,textarea:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c}
.skip-link{position:absolute;left:-9999px;top:0;padding:10px 15px;background:#fd0;color:#0b0c0c}
.skip-link:focus{left:0;z-index:10}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;border:0!important;white-space:nowrap!important}
.header{background:#0b0c0c;color:#fff;border-bottom:10px solid #1d70b8}
.header a,.header a:visited{color:#fff}
.header a:focus{color:#0b0c0c}
.header-top{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px 20px;padding-top:10px;padding-bottom:10px}
.brand{font-weight:700;font-size:1.5rem;text-decoration:none}
.brand span{display:block;font-weight:400;font-size:.9375rem;line-height:1.3}
.languages ul,.nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px}
.languages a{font-size:1rem}
.languages a[aria-current]{font-weight:700;text-decoration:none;border-bottom:3px solid #fff}
.nav{background:#1d70b8}
.nav ul{padding:6px 0}
.nav a,.nav button.link{color:#fff;font-weight:700;font-size:1rem}
.nav a[aria-current="page"]{text-decoration:none;border-bottom:3px solid #fff}
.nav form{display:inline;margin:0}
button.link{background:none;border:0;padding:0;font:inherit;color:#1d70b8;text-decoration:underline;cursor:pointer}
button.link:focus{color:#0b0c0c;background:#fd0;box-shadow:0 -2px #fd0,0 4px #0b0c0c;text-decoration:none}
main{display:block;background:#fff;padding-top:20px;padding-bottom:40px;min-height:60vh}
h1{font-size:2rem;line-height:1.15;margin:0 0 20px}
@media (min-width:641px){h1{font-size:2.5rem}}
h2{font-size:1.5rem;line-height:1.2;margin:30px 0 15px}
h3{font-size:1.1875rem;margin:20px 0 10px}
p,ul,ol,dl{margin:0 0 15px}
.lead{font-size:1.25rem}
.hint{color:#505a5f;margin:0 0 10px}
.caption{color:#505a5f;font-size:1rem;display:block;margin-bottom:5px}
.notice{border:5px solid #00703c;padding:15px;margin-bottom:25px;background:#fff}
.notice p{margin:0;font-weight:700}
.inset{border-left:10px solid #b1b4b6;padding:10px 15px;margin:15px 0 25px}
.warning{border-left:10px solid #d4351c;padding:10px 15px;margin:15px 0 25px;font-weight:700}
.error-summary{border:5px solid #d4351c;padding:15px 20px;margin-bottom:30px}
.error-summary:focus{outline:3px solid #fd0}
.error-summary h2{margin-top:0}
.error-summary ul{list-style:none;padding:0;margin:0}
.error-summary a{color:#aa2a16;font-weight:700}
.field{margin-bottom:25px}
.field-error{border-left:5px solid #d4351c;padding-left:15px}
.error-message{display:block;color:#aa2a16;font-weight:700;margin-bottom:10px}
label,.label,legend{display:block;font-weight:700;margin-bottom:5px}
legend{font-size:1.1875rem;padding:0}
fieldset{border:0;margin:0 0 25px;padding:0;min-width:0}
input[type=text],input[type=email],input[type=password],input[type=search],input[type=date],input[type=number],select,textarea{font:inherit;font-size:1rem;width:100%;max-width:30em;padding:6px;border:2px solid #0b0c0c;border-radius:0;background:#fff;color:#0b0c0c;min-height:44px}
input.short{max-width:8em}
select{max-width:100%}
textarea{min-height:6em}
.field-error input,.field-error select,.field-error textarea{border-color:#d4351c}
.choices{display:flex;flex-direction:column;gap:10px}
.choices.inline{flex-direction:row;flex-wrap:wrap;gap:10px 24px}
.choice{display:flex;align-items:flex-start;gap:10px}
.choice input{width:28px;height:28px;margin:2px 0 0;flex:none;accent-color:#0b0c0c}
.choice label{font-weight:400;margin:0;padding-top:3px}
.button{display:inline-block;font:inherit;font-size:1.1875rem;font-weight:400;line-height:1.2;padding:10px 14px 8px;border:2px solid transparent;border-radius:0;color:#fff;background:#00703c;box-shadow:0 2px 0 #002d18;text-decoration:none;cursor:pointer;margin:0 10px 20px 0;min-height:44px;text-align:center}
a.button,a.button:visited{color:#fff}
.button:hover{background:#005a30}
.button:focus{border-color:#fd0;outline:3px solid transparent;box-shadow:inset 0 0 0 1px #fd0;background:#fd0;color:#0b0c0c;box-shadow:0 2px 0 #0b0c0c}
a.button:focus{color:#0b0c0c}
.button.secondary{background:#f3f2f1;color:#0b0c0c;box-shadow:0 2px 0 #929191}
.button.secondary:hover{background:#dbdad9}
.button.warning{background:#d4351c;box-shadow:0 2px 0 #55150b}
.button.warning:hover{background:#aa2a16}
.button-group{display:flex;flex-wrap:wrap;align-items:center;gap:0 15px}
.card-list{list-style:none;padding:0;margin:0 0 20px}
.card{border-top:1px solid #b1b4b6;padding:15px 0}
.card:last-child{border-bottom:1px solid #b1b4b6}
.card h3{margin:0 0 5px;font-size:1.25rem}
.meta{color:#505a5f;margin:0 0 5px;font-size:1rem}
.tag{display:inline-block;padding:2px 8px;font-size:.875rem;font-weight:700;letter-spacing:.02em;text-transform:uppercase;background:#d2e2f1;color:#0c2d4a;margin-right:6px}
.tag.green{background:#cce2d8;color:#005a30}
.tag.yellow{background:#fff7bf;color:#594d00}
.tag.red{background:#f6d7d2;color:#2a0b06}
.tag.grey{background:#eeefef;color:#383f43}
dl.summary{display:grid;grid-template-columns:1fr;margin:0 0 25px}
dl.summary div{border-bottom:1px solid #b1b4b6;padding:10px 0}
dl.summary dt{font-weight:700}
dl.summary dd{margin:0}
@media (min-width:641px){dl.summary div{display:grid;grid-template-columns:30% 70%;gap:20px}}
table{border-collapse:collapse;width:100%;margin-bottom:20px}
th,td{text-align:left;padding:8px 10px 8px 0;border-bottom:1px solid #b1b4b6;vertical-align:top}
caption{text-align:left;font-weight:700;margin-bottom:10px}
.availability td,.availability th[scope=col]{text-align:center}
.availability input{width:28px;height:28px;accent-color:#0b0c0c}
.table-scroll{overflow-x:auto}
.filters{background:#f3f2f1;padding:15px;margin-bottom:25px}
.filters .field{margin-bottom:15px}
.filters-grid{display:grid;grid-template-columns:1fr;gap:0 20px}
@media (min-width:641px){.filters-grid{grid-template-columns:1fr 1fr}}
.pagination{display:flex;justify-content:space-between;gap:20px;margin:20px 0}
.agenda .time{white-space:nowrap;font-weight:700}
.panel{background:#f3f2f1;padding:15px 20px;margin-bottom:25px;max-width:40em}
.panel h2{margin-top:0}
details{margin-bottom:20px}
summary{cursor:pointer;color:#1d70b8;text-decoration:underline}
footer{padding:25px 0 40px;font-size:1rem;color:#0b0c0c;border-top:1px solid #b1b4b6;background:#f3f2f1}
footer a,footer a:visited{color:#0b0c0c}
`;

/** Small and optional: the pages work without it. Focuses the error summary, stops double posts. */
const JS = `
(function () {
  var summary = document.querySelector('.error-summary');
  if (summary) summary.focus();
  // one click per form: a second click on a slow connection would post twice
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (form.getAttribute('data-sent')) e.preventDefault();
    else form.setAttribute('data-sent', '1');
  });
  window.addEventListener('pageshow', function () {
    var sent = document.querySelectorAll('form[data-sent]');
    for (var i = 0; i < sent.length; i++) sent[i].removeAttribute('data-sent');
  });
})();
`;

const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1d70b8"/><path d="M4 22c4-9 20-9 24 0" stroke="#fff" stroke-width="3" fill="none"/><path d="M4 24h24" stroke="#fff" stroke-width="3"/></svg>`;

export interface Asset {
  path: string;
  body: string;
  type: string;
  etag: string;
}

function asset(name: string, ext: string, body: string, type: string): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return {
    path: `/assets/${name}.${hash}.${ext}`,
    body,
    type,
    etag: `"${hash}"`,
  };
}

/**
 * The Socket.IO browser client of the installed socket.io-client (a runtime dependency), served
 * under a content hash like the rest; the Socket.IO server's own `serveClient` stays off.
 */
const SOCKET_IO_CLIENT = readFileSync(
  join(
    dirname(
      createRequire(import.meta.url).resolve('socket.io-client/package.json'),
    ),
    'dist',
    'socket.io.min.js',
  ),
  'utf8',
).replace(/\n\/\/# sourceMappingURL=.*$/, '');

export const ASSETS = {
  css: asset('uramost', 'css', CSS.trim(), 'text/css; charset=utf-8'),
  js: asset('uramost', 'js', JS.trim(), 'text/javascript; charset=utf-8'),
  icon: asset('icon', 'svg', ICON, 'image/svg+xml'),
  /** the live room page only: its script, its styles and the Socket.IO client */
  live: asset('live', 'js', LIVE_JS.trim(), 'text/javascript; charset=utf-8'),
  liveCss: asset('live', 'css', LIVE_CSS.trim(), 'text/css; charset=utf-8'),
  socketio: asset(
    'socket.io',
    'js',
    SOCKET_IO_CLIENT,
    'text/javascript; charset=utf-8',
  ),
};
