/**
 * The live room page's own script and styles, served as hashed assets next to the site's (see
 * ../assets.ts). The page works without them: history is in the HTML, and every form posts.
 *
 * How the script signs its socket in: the session cookie is httpOnly and the socket ignores
 * cookies (see rooms/origins.ts), so the handshake needs the token in `auth`. The token is never
 * written into the page (no copy in caches, saved pages or the DOM for a later reader): on every
 * (re)connection the script asks `POST /rooms/socket-token` — same origin, CSRF-checked, answered
 * with `Cache-Control: no-store` — for a fresh token of the same sign-in (same token version, so
 * signing out or a ban still ends it). Nothing logs it.
 *
 * Gaps: on every connection (the first and each reconnection) the script joins, then reads the
 * history after the last message id it has shown, page by page, and inserts messages in id order,
 * skipping ids it already has — so nothing sent while it was away is missed and nothing shows twice.
 * Q&A rooms reload the question list instead (votes and answers may have changed meanwhile).
 */
export const LIVE_JS = `
(function () {
  'use strict';
  var root = document.getElementById('room');
  if (!root || typeof io !== 'function' || !window.fetch) return;
  var ds = root.dataset;
  var roomId = ds.roomId, mode = ds.mode, script = ds.script, me = ds.me;
  var moderator = ds.moderator === '1';
  var S = JSON.parse(ds.strings);
  var lastId = Number(ds.lastId) || 0;
  var csrfInput = root.querySelector('input[name=_csrf]');
  var csrf = csrfInput ? csrfInput.value : '';
  var qa = mode === 'qa';
  var list = document.getElementById(qa ? 'questions' : 'messages');
  var none = document.getElementById(qa ? 'no-questions' : 'no-messages');
  var heldList = document.getElementById('held');
  var noHeld = document.getElementById('no-held');
  var statusEl = document.getElementById('room-status');
  var presenceEl = document.getElementById('presence');
  var typingEl = document.getElementById('typing');
  var form = document.getElementById('send-form');
  var sendError = document.getElementById('send-error');
  var timeFmt = new Intl.DateTimeFormat(ds.locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ds.zone });
  var ended = false;

  function setStatus(state) {
    statusEl.setAttribute('data-state', state);
    statusEl.textContent = S[state];
  }
  function each(nodes, fn) { Array.prototype.forEach.call(nodes, fn); }
  function idOf(el) { return Number(el.getAttribute('data-id')); }
  function has(id) { return !!document.getElementById('m-' + id); }

  function authorName(m) {
    if (m.kind === 'system') return S.system;
    if (m.authorDeleted) return S.deleted;
    return m.author ? m.author.displayName : S.anonymous;
  }

  function fill(tplId, m, prefix) {
    var node = document.getElementById(tplId).content.firstElementChild.cloneNode(true);
    node.id = prefix + m.id;
    node.setAttribute('data-id', String(m.id));
    node.querySelector('.message-body').textContent = m.body;
    var a = node.querySelector('.author');
    a.textContent = authorName(m) + (m.anonymous && moderator && m.author ? ' (' + S.anonymous + ')' : '');
    var t = node.querySelector('time');
    if (t) { t.setAttribute('datetime', m.createdAt); t.textContent = timeFmt.format(new Date(m.createdAt)); }
    each(node.querySelectorAll('form'), function (f) {
      f.setAttribute('action', f.getAttribute('action').replace('__ID__', String(m.id)));
    });
    var sanctions = node.querySelector('.sanctions');
    if (sanctions) {
      if (!m.author || m.author.id === me) sanctions.parentNode.removeChild(sanctions);
      else each(sanctions.querySelectorAll('input[name=accountId]'), function (i) { i.value = m.author.id; });
    }
    if (m.kind === 'system') {
      node.className += ' system';
      var mod = node.querySelector('.mod-actions');
      if (mod) mod.parentNode.removeChild(mod);
    }
    if (tplId === 'tpl-question') {
      node.setAttribute('data-votes', String(m.upvotes));
      node.querySelector('.count').textContent = String(m.upvotes);
      setAnswered(node, m.answered);
      if (m.votedByMe) markVoted(node);
    }
    return node;
  }

  function markVoted(node) {
    var b = node.querySelector('button.upvote');
    if (!b) return;
    b.disabled = true;
    b.setAttribute('aria-pressed', 'true');
    b.textContent = S.upvoted;
  }

  function setAnswered(node, answered) {
    var tag = node.querySelector('.answered-tag');
    if (tag) tag.hidden = !answered;
    node.classList.toggle('is-answered', !!answered);
    var input = node.querySelector('form[action$="/answered"] input[name=answered]');
    if (input) {
      input.value = answered ? 'no' : 'yes';
      var b = input.form.querySelector('button');
      if (b) b.textContent = answered ? S.unanswer : S.answer;
    }
  }

  /** Chat: in id order. Q&A: most votes first, then oldest first. */
  function place(node) {
    var id = idOf(node);
    if (qa) {
      list.appendChild(node);
      sortQuestions();
    } else {
      var items = list.children, before = null;
      for (var i = items.length - 1; i >= 0; i--) {
        if (idOf(items[i]) < id) break;
        before = items[i];
      }
      list.insertBefore(node, before);
    }
    if (none) none.hidden = true;
  }

  function sortQuestions() {
    var items = Array.prototype.slice.call(list.children);
    var sorted = items.slice().sort(function (a, b) {
      return Number(b.getAttribute('data-votes')) - Number(a.getAttribute('data-votes')) || idOf(a) - idOf(b);
    });
    for (var i = 0; i < sorted.length; i++) {
      if (sorted[i] !== items[i]) { sorted.forEach(function (n) { list.appendChild(n); }); return; }
    }
  }

  function addMessage(m) {
    if (m.roomId !== roomId) return;
    if (m.id > lastId) lastId = m.id;
    if (m.status !== 'visible' || has(m.id)) return;
    if (qa && m.kind !== 'question') return;
    place(fill(qa ? 'tpl-question' : 'tpl-message', m, 'm-'));
  }

  function addHeld(m) {
    if (!heldList || m.roomId !== roomId || document.getElementById('h-' + m.id)) return;
    heldList.appendChild(fill('tpl-held', m, 'h-'));
    if (noHeld) noHeld.hidden = true;
  }

  function removeMessage(id) {
    ['m-', 'h-'].forEach(function (p) {
      var el = document.getElementById(p + id);
      if (el) el.parentNode.removeChild(el);
    });
    if (none) none.hidden = list.children.length > 0;
    if (noHeld) noHeld.hidden = heldList.children.length > 0;
  }

  function getJson(path) {
    return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    });
  }

  /** Everything after the id seen before this connection, page by page. */
  function catchUp(after) {
    return getJson('/api/rooms/' + roomId + '/messages?limit=200&script=' + script + '&after=' + after).then(function (page) {
      page.items.forEach(addMessage);
      var last = page.items.length ? page.items[page.items.length - 1].id : after;
      if (page.hasMore && last > after) return catchUp(last);
    });
  }

  function reloadQuestions() {
    return getJson('/api/rooms/' + roomId + '/questions?sort=votes&script=' + script).then(function (qs) {
      while (list.firstChild) list.removeChild(list.firstChild);
      qs.forEach(function (q) { if (q.id > lastId) lastId = q.id; list.appendChild(fill('tpl-question', q, 'm-')); });
      sortQuestions();
      if (none) none.hidden = qs.length > 0;
    });
  }

  function reloadHeld() {
    if (!heldList) return Promise.resolve();
    return getJson('/api/rooms/' + roomId + '/held?script=' + script).then(function (hs) {
      while (heldList.firstChild) heldList.removeChild(heldList.firstChild);
      hs.forEach(addHeld);
      if (noHeld) noHeld.hidden = hs.length > 0;
    });
  }

  function fetchToken() {
    var body = new URLSearchParams();
    body.set('_csrf', csrf);
    return fetch('/rooms/socket-token', {
      method: 'POST', body: body, credentials: 'same-origin', cache: 'no-store',
      headers: { Accept: 'application/json' }
    }).then(function (r) {
      var type = r.headers.get('content-type') || '';
      if (!r.ok || type.indexOf('application/json') < 0) { var e = new Error('ended'); e.ended = true; throw e; }
      return r.json();
    }).then(function (j) { return j.token; });
  }

  function endSession() {
    ended = true;
    setStatus('ended');
    socket.disconnect();
  }

  var socket = io('/rooms', {
    auth: function (cb) {
      fetchToken().then(function (token) { cb({ token: token }); }, function (e) {
        if (e && e.ended) endSession();
        cb({});
      });
    },
    reconnectionDelay: 500,
    reconnectionDelayMax: 3000
  });

  socket.on('connect', function () {
    setStatus('connecting');
    var from = lastId;
    socket.emit('room:join', { roomId: roomId, script: script }, function (res) {
      if (res.error) { statusEl.textContent = res.error.message; statusEl.setAttribute('data-state', 'refused'); return; }
      var work = [qa ? reloadQuestions() : catchUp(from)];
      if (moderator) work.push(reloadHeld());
      Promise.all(work).then(function () { setStatus('live'); }, function () { setStatus('live'); });
    });
  });
  socket.on('disconnect', function () { if (!ended) setStatus('offline'); });
  socket.io.on('reconnect_attempt', function () { if (!ended) setStatus('connecting'); });
  socket.on('connect_error', function () {
    if (ended) return;
    setStatus('offline');
    // refused by the server (not the network): the manager does not retry by itself
    if (!socket.active) setTimeout(function () { if (!ended) socket.connect(); }, 3000);
  });
  socket.on('session:ended', endSession);
  socket.on('room:removed', function (p) {
    if (p.roomId !== roomId) return;
    ended = true;
    setStatus('removed');
    if (form) form.hidden = true;
  });

  socket.on('message:new', addMessage);
  socket.on('message:held', function (m) { if (moderator) addHeld(m); });
  socket.on('message:deleted', function (p) { if (p.roomId === roomId) removeMessage(p.messageId); });
  socket.on('question:updated', function (p) {
    if (p.roomId !== roomId) return;
    var node = document.getElementById('m-' + p.messageId);
    if (!node || !qa) return;
    node.setAttribute('data-votes', String(p.upvotes));
    node.querySelector('.count').textContent = String(p.upvotes);
    setAnswered(node, p.answered);
    sortQuestions();
  });
  socket.on('room:updated', function (r) {
    if (r.id !== roomId) return;
    // mode, lock and slow mode change what the page offers: the server draws it again
    if (r.mode !== mode || (!moderator && (r.locked !== (ds.locked === '1')))) { location.reload(); }
  });

  socket.on('presence', function (p) {
    if (p.roomId !== roomId) return;
    var names = p.people.map(function (x) { return x.displayName; }).join(', ');
    presenceEl.textContent = (p.count === 1 ? S.presenceOne : S.presence.replace('{count}', String(p.count))) + (names ? ': ' + names : '');
  });

  var typers = {};
  function drawTyping() {
    var now = Date.now(), names = [];
    Object.keys(typers).forEach(function (id) { if (typers[id].until > now) names.push(typers[id].name); else delete typers[id]; });
    typingEl.textContent = names.length === 0 ? '' : names.length === 1 ? S.typing.replace('{name}', names[0]) : S.typingMany.replace('{names}', names.join(', '));
  }
  socket.on('typing', function (p) {
    if (p.roomId !== roomId || p.user.id === me) return;
    typers[p.user.id] = { name: p.user.displayName, until: Date.now() + 4000 };
    drawTyping();
    setTimeout(drawTyping, 4100);
  });

  function showError(text) {
    if (!sendError) return;
    sendError.textContent = text || '';
    sendError.hidden = !text;
  }
  function errorText(e) { return (e && S.errors[e.code]) || (e && e.message) || S.failed; }

  var pendingId = null, pendingBody = null;
  if (form) {
    var box = form.querySelector('textarea');
    var lastTyping = 0;
    box.addEventListener('input', function () {
      if (box.value !== pendingBody) pendingId = null;
      var now = Date.now();
      if (socket.connected && now - lastTyping > 2500) { lastTyping = now; socket.emit('typing', { roomId: roomId }); }
    });
    form.addEventListener('submit', function (e) {
      if (!socket.connected) return; // the plain post still works
      e.preventDefault();
      e.stopPropagation();
      var body = box.value;
      if (!body.trim()) { showError(S.errors.MESSAGE_EMPTY); return; }
      // a retry of the same text keeps its id: the server stores it once
      if (!pendingId || pendingBody !== body) {
        pendingId = 'w' + Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
        pendingBody = body;
      }
      var anon = form.querySelector('input[name=anonymous]');
      var payload = { roomId: roomId, body: body, clientMsgId: pendingId };
      if (qa) { payload.kind = 'question'; if (anon && anon.checked) payload.anonymous = true; }
      var button = form.querySelector('button[type=submit]');
      button.disabled = true;
      socket.timeout(10000).emit('message:send', payload, function (err, res) {
        button.disabled = false;
        if (err) { showError(S.failed); return; }
        if (res.error) { showError(errorText(res.error)); return; }
        showError('');
        pendingId = null;
        box.value = '';
        if (anon) anon.checked = false;
        if (res.data.status === 'held') showError(S.heldSent);
        else addMessage(res.data);
        box.focus();
      });
    });
  }

  root.addEventListener('submit', function (e) {
    var f = e.target;
    var m = /\\/messages\\/(\\d+)\\/upvote$/.exec(f.getAttribute('action') || '');
    if (!m || !socket.connected) return;
    e.preventDefault();
    e.stopPropagation();
    var node = f.closest('li');
    socket.timeout(10000).emit('question:upvote', { messageId: Number(m[1]) }, function (err, res) {
      if (err || res.error) { showError(errorText(res && res.error)); return; }
      if (node) {
        markVoted(node);
        node.setAttribute('data-votes', String(res.data.upvotes));
        node.querySelector('.count').textContent = String(res.data.upvotes);
        sortQuestions();
      }
    });
  });
})();
`;

export const LIVE_CSS = `
[hidden]{display:none!important}
.room-bar{display:flex;flex-wrap:wrap;gap:0 20px;align-items:baseline}
.room-status{font-weight:700;margin:0 0 10px}
.room-status[data-state=live]{color:#00703c}
.room-status[data-state=offline],.room-status[data-state=ended],.room-status[data-state=removed],.room-status[data-state=refused]{color:#aa2a16}
.messages{list-style:none;padding:0;margin:0 0 20px}
.messages li{border-top:1px solid #b1b4b6;padding:10px 0}
.messages li:last-child{border-bottom:1px solid #b1b4b6}
.messages li.system{color:#505a5f;font-style:italic}
.message-meta{margin:0 0 4px;font-size:1rem;color:#505a5f}
.message-meta .author{color:#0b0c0c}
.message-body{margin:0 0 6px;white-space:pre-wrap;overflow-wrap:anywhere}
.question .message-body{font-weight:700}
.question.is-answered .message-body{font-weight:400;color:#505a5f}
.inline-form{display:inline}
.button.small{font-size:1rem;padding:6px 10px 4px;margin:0 8px 8px 0;min-height:44px}
.mod-actions{display:flex;flex-wrap:wrap;align-items:center}
.typing{min-height:1.5em}
.presence p{margin:0 0 10px}
.groups{list-style:none;padding:0}
.groups>li{border-top:1px solid #b1b4b6;padding:15px 0}
.reasons{margin:5px 0 10px;padding-left:20px}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(9em,1fr));gap:10px;margin:0 0 20px;padding:0;list-style:none}
.figures li{background:#f3f2f1;padding:10px}
.figures strong{display:block;font-size:1.5rem}
`;
