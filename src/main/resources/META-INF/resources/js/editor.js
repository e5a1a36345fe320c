// Selaras editor: source and target side by side, one active segment at a time.
// Rows are built once from one API call; only the active row holds a <textarea>, and rows use
// CSS content-visibility so a 5,000-segment document stays light. Text is always set with
// textContent/value, never as HTML.
(function () {
  'use strict';

  const root = document.getElementById('editor');
  if (!root) return;
  const docId = root.dataset.document;
  const canTranslate = root.dataset.canTranslate === 'true';
  const canReview = root.dataset.canReview === 'true';
  const list = document.getElementById('segments');
  const saveState = document.getElementById('save-state');
  const filterStatus = document.getElementById('filter-status');
  const search = document.getElementById('search');

  let segments = [];          // [{id, paragraph, index, text, translation}]
  let rows = new Map();       // id -> row element
  let active = null;          // active segment object
  let textarea = null;        // the active row's editor
  let pending = 0;            // saves in flight
  let entries = {};           // glossary entry id -> {source, target, variants, forbidden, kind, note}
  let termsBySegment = new Map(); // segment id -> [{start, end, entry}]

  const statusOf = (s) => (s.translation ? s.translation.status : 'untranslated');
  const savedText = (s) => (s.translation ? s.translation.text : '');
  const isConfirmed = (s) => statusOf(s) === 'translated' || statusOf(s) === 'approved';

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function setSaveState(state, message) {
    saveState.dataset.state = state;
    saveState.textContent = message;
  }

  // ---------------------------------------------------------------- loading and rendering
  async function load() {
    const response = await fetch('/api/documents/' + docId + '/segments', {credentials: 'same-origin'});
    if (!response.ok) {
      list.textContent = 'Could not load the segments (' + response.status + ').';
      return;
    }
    segments = await response.json();
    await loadTerms();
    render();
    list.setAttribute('aria-busy', 'false');
    // a link to #segment-N (from the glossary's "translations that break it") opens that segment
    const linked = /^#segment-(\d+)$/.exec(location.hash);
    const target = linked && segments.find((s) => String(s.id) === linked[1]);
    const first = target || segments.find((s) => !isConfirmed(s)) || segments[0];
    if (first && (canTranslate || target)) activate(first, false);
  }

  async function loadTerms() {
    const response = await fetch('/api/documents/' + docId + '/terms', {credentials: 'same-origin'});
    if (!response.ok) return;
    const json = await response.json();
    entries = json.entries || {};
    termsBySegment = new Map();
    for (const m of json.matches || []) {
      if (!termsBySegment.has(m.segment)) termsBySegment.set(m.segment, []);
      termsBySegment.get(m.segment).push(m);
    }
  }

  function termTitle(entry) {
    let title = entry.source + ' → ' + entry.target;
    if (entry.variants && entry.variants.length) title += '\nAlso allowed: ' + entry.variants.join(', ');
    if (entry.forbidden && entry.forbidden.length) title += '\nNot: ' + entry.forbidden.join(', ');
    if (entry.note) title += '\n' + entry.note;
    return title;
  }

  /** The source text with glossary terms marked; a tooltip tells the preferred term, variants and note. */
  function sourceNode(s) {
    const source = el('span', 'source');
    source.lang = 'id';
    const found = termsBySegment.get(s.id) || [];
    let at = 0;
    for (const m of found) {
      const entry = entries[m.entry];
      if (!entry || m.start < at) continue;
      if (m.start > at) source.appendChild(document.createTextNode(s.text.slice(at, m.start)));
      const mark = el('mark', 'term', s.text.slice(m.start, m.end));
      mark.dataset.entry = m.entry;
      mark.title = termTitle(entry);
      source.appendChild(mark);
      at = m.end;
    }
    if (at < s.text.length) source.appendChild(document.createTextNode(s.text.slice(at)));
    return source;
  }

  function segmentTerms(s) {
    const seen = new Set();
    const list = [];
    for (const m of termsBySegment.get(s.id) || []) {
      if (!seen.has(m.entry) && entries[m.entry]) { seen.add(m.entry); list.push(entries[m.entry]); }
    }
    return list;
  }

  function render() {
    const fragment = document.createDocumentFragment();
    let section = null;
    let body = null;
    for (const s of segments) {
      if (!section || Number(section.dataset.paragraph) !== s.paragraph) {
        section = el('section', 'paragraph');
        section.dataset.paragraph = s.paragraph;
        section.appendChild(el('div', 'pnum', '¶ ' + s.paragraph));
        body = el('div', 'psegs');
        section.appendChild(body);
        fragment.appendChild(section);
      }
      const row = el('div', 'segment');
      row.id = 'segment-' + s.id;
      row.dataset.segment = s.id;
      row.appendChild(el('span', 'snum', String(s.index)));
      row.appendChild(sourceNode(s));
      const target = el('div', 'target', savedText(s));
      target.lang = 'en';
      row.appendChild(target);
      row.appendChild(el('span', 'state'));
      row.addEventListener('click', () => { if (active !== s) activate(s, true); });
      rows.set(s.id, row);
      updateRow(s);
      body.appendChild(row);
    }
    list.textContent = '';
    list.appendChild(fragment);
    updateProgress();
  }

  function updateRow(s) {
    const row = rows.get(s.id);
    const status = statusOf(s);
    row.dataset.status = status;
    row.querySelector('.state').textContent = status;
    if (s !== active) row.querySelector('.target').textContent = savedText(s);
    const comment = s.translation && s.translation.comment;
    row.title = comment ? 'Comment: ' + comment : '';
  }

  function updateProgress() {
    const total = segments.length || 1;
    const translated = segments.filter((s) => statusOf(s) === 'translated').length;
    const approved = segments.filter((s) => statusOf(s) === 'approved').length;
    const bar = document.getElementById('progress');
    bar.querySelector('.approved').style.width = (100 * approved / total) + '%';
    bar.querySelector('.translated').style.width = (100 * translated / total) + '%';
    bar.dataset.translated = translated;
    bar.dataset.approved = approved;
    document.getElementById('progress-text').textContent =
      translated + ' translated, ' + approved + ' approved of ' + segments.length;
  }

  // ---------------------------------------------------------------- filtering
  function visible(s) {
    const f = filterStatus.value;
    const status = statusOf(s);
    if (f === 'unconfirmed' ? isConfirmed(s) : (f !== 'all' && status !== f)) return false;
    const q = search.value.trim().toLocaleLowerCase();
    return !q || s.text.toLocaleLowerCase().includes(q) || savedText(s).toLocaleLowerCase().includes(q);
  }

  function applyFilter() {
    for (const s of segments) rows.get(s.id).hidden = !visible(s);
    for (const section of list.querySelectorAll('.paragraph')) {
      section.hidden = !section.querySelector('.segment:not([hidden])');
    }
  }

  filterStatus.addEventListener('change', applyFilter);
  search.addEventListener('input', applyFilter);

  // ---------------------------------------------------------------- the active segment
  function activate(s, saveLeaving) {
    if (active && saveLeaving) leave();
    if (active) deactivate();
    active = s;
    const row = rows.get(s.id);
    row.classList.add('active');
    const target = row.querySelector('.target');
    if (canTranslate) {
      textarea = el('textarea', 'target-input');
      textarea.lang = 'en';
      textarea.value = savedText(s);
      textarea.rows = Math.max(2, Math.ceil(s.text.length / 60));
      textarea.setAttribute('aria-label', 'English translation of segment ' + s.index);
      target.replaceWith(textarea);
      textarea.focus();
      textarea.setSelectionRange(textarea.value.length, textarea.value.length);
      row.appendChild(actions(s));
      row.appendChild(termPanel(s));
      const qa = el('ul', 'qa-issues');
      qa.setAttribute('aria-live', 'polite');
      row.appendChild(qa);
      textarea.addEventListener('input', () => scheduleQa(s));
      if (textarea.value) scheduleQa(s);
    }
    row.scrollIntoView({block: 'nearest'});
    // hook for add-ons (js/memory.js): detail {segment, row, textarea}; textarea is null when read-only
    root.dispatchEvent(new CustomEvent('selaras:activate', {detail: {segment: s, row: row, textarea: textarea}}));
  }

  function deactivate() {
    const row = rows.get(active.id);
    row.classList.remove('active');
    if (textarea) {
      const target = el('div', 'target', savedText(active));
      target.lang = 'en';
      textarea.replaceWith(target);
      textarea = null;
    }
    for (const extra of row.querySelectorAll('.actions, .term-panel, .qa-issues')) extra.remove();
    clearTimeout(qaTimer);
    active = null;
  }

  function actions(s) {
    const bar = el('div', 'actions');
    const button = (label, cls, onClick) => {
      const b = el('button', cls, label);
      b.type = 'button';
      b.addEventListener('click', (e) => { e.stopPropagation(); onClick(); });
      bar.appendChild(b);
    };
    button('Confirm', 'confirm', confirmAndNext);
    if (canReview) {
      button('Approve', 'approve secondary', () => review('approved'));
      button('Reject', 'reject secondary', () => review('rejected'));
    }
    button('History', 'history secondary', () => showHistory(s));
    return bar;
  }

  /** The glossary terms of the segment, each inserted into the target by a click or Alt+number. */
  function termPanel(s) {
    const panel = el('div', 'term-panel');
    segmentTerms(s).forEach((entry, i) => {
      const b = el('button', 'insert-term', (i < 9 ? (i + 1) + ' ' : '') + entry.target);
      b.type = 'button';
      b.title = termTitle(entry) + (i < 9 ? '\nAlt+' + (i + 1) + ' inserts it' : '');
      b.addEventListener('click', (e) => { e.stopPropagation(); insertTerm(entry); });
      panel.appendChild(b);
    });
    return panel;
  }

  function insertTerm(entry) {
    if (!textarea) return;
    const start = textarea.selectionStart;
    const end = textarea.selectionEnd;
    textarea.setRangeText(entry.target, start, end, 'end');
    textarea.focus();
    scheduleQa(active);
  }

  // ---------------------------------------------------------------- QA while typing (debounced)
  let qaTimer = null;
  let qaSeq = 0;

  function scheduleQa(s) {
    clearTimeout(qaTimer);
    qaTimer = setTimeout(() => runQa(s), 400);
  }

  async function runQa(s) {
    if (active !== s || !textarea) return;
    const seq = ++qaSeq;
    const response = await fetch('/api/qa/check', {
      method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({source: s.text, target: textarea.value}),
    }).catch(() => null);
    if (!response || !response.ok || seq !== qaSeq || active !== s) return;
    showIssues(s, (await response.json()).issues || []);
  }

  function showIssues(s, issues) {
    const list = rows.get(s.id).querySelector('.qa-issues');
    if (!list) return;
    list.textContent = '';
    for (const i of issues) {
      const li = el('li', i.severity, i.message);
      li.dataset.check = i.check;
      list.appendChild(li);
    }
  }

  /** Leaving a segment saves changed text as a draft (autosave). */
  function leave() {
    if (!active || !textarea) return;
    const text = textarea.value;
    if (text !== savedText(active)) save(active, text, 'draft');
  }

  function move(step) {
    const visibleSegments = segments.filter(visible);
    if (!visibleSegments.length) return;
    let i = visibleSegments.indexOf(active);
    i = i < 0 ? 0 : Math.min(visibleSegments.length - 1, Math.max(0, i + step));
    if (visibleSegments[i] !== active) activate(visibleSegments[i], true);
  }

  function nextUnconfirmed(from) {
    const start = segments.indexOf(from);
    for (let k = 1; k <= segments.length; k++) {
      const s = segments[(start + k) % segments.length];
      if (!isConfirmed(s) && visible(s)) return s;
    }
    return null;
  }

  async function confirmAndNext() {
    if (!active || !textarea) return;
    const s = active;
    const text = textarea.value;
    if (!text.trim()) { setSaveState('failed', 'An empty translation cannot be confirmed.'); return; }
    const next = nextUnconfirmed(s);
    // optimistic: move on at once; the save's outcome shows in the row and the toolbar
    const saving = save(s, text, 'translated');
    if (next && next !== s) activate(next, false); else deactivate();
    await saving;
  }

  async function review(status) {
    if (!active || !textarea) return;
    const s = active;
    let comment = null;
    if (status === 'rejected') {
      comment = window.prompt('Why is this translation rejected?');
      if (!comment || !comment.trim()) return;
    }
    const ok = await save(s, textarea.value, status, comment);
    if (ok && active === s) move(1);
  }

  // ---------------------------------------------------------------- saving
  async function save(s, text, status, comment, version) {
    const body = {
      text: text, status: status,
      version: version !== undefined ? version : (s.translation ? s.translation.version : 0),
    };
    if (comment) body.comment = comment;
    // hook for add-ons: a listener may set detail.origin (e.g. "tm" for an unedited memory match)
    const hook = {segment: s, text: text, origin: null};
    root.dispatchEvent(new CustomEvent('selaras:before-save', {detail: hook}));
    if (hook.origin) body.origin = hook.origin;
    const row = rows.get(s.id);
    row.dataset.save = 'saving';
    pending++;
    setSaveState('saving', 'Saving…');
    try {
      const response = await fetch('/api/segments/' + s.id + '/translation', {
        method: 'PUT', credentials: 'same-origin',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
        body: JSON.stringify(body),
      });
      const json = await response.json().catch(() => ({}));
      if (response.ok) {
        s.translation = json;
        row.dataset.save = 'saved';
        updateRow(s);
        updateProgress();
        if (s === active && json.issues) showIssues(s, json.issues);
        setSaveState('saved', 'All changes saved');
        return true;
      }
      row.dataset.save = 'failed';
      if (response.status === 422 && status === 'approved' && canReview) {
        showIssues(s, json.issues || []);
        const reason = window.prompt((json.detail || 'The translation breaks the glossary.')
          + '\n\nApprove anyway? Give the reason:');
        if (reason && reason.trim()) return await saveWithOverride(s, text, comment, reason.trim());
        setSaveState('failed', 'Not approved: glossary errors');
        return false;
      }
      if (response.status === 409) {
        showConflict(s, text, status, comment, json.current);
        setSaveState('failed', 'Conflict on segment ' + s.index);
      } else {
        setSaveState('failed', 'Not saved: ' + (json.detail || response.status));
      }
      return false;
    } catch (e) {
      row.dataset.save = 'failed';
      setSaveState('failed', 'Not saved: the server cannot be reached.');
      return false;
    } finally {
      pending--;
    }
  }

  async function saveWithOverride(s, text, comment, reason) {
    const body = {text: text, status: 'approved', version: s.translation ? s.translation.version : 0, override: reason};
    if (comment) body.comment = comment;
    const response = await fetch('/api/segments/' + s.id + '/translation', {
      method: 'PUT', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body),
    });
    const json = await response.json().catch(() => ({}));
    if (response.ok) {
      s.translation = json;
      rows.get(s.id).dataset.save = 'saved';
      updateRow(s);
      updateProgress();
      setSaveState('saved', 'Approved with an override');
      return true;
    }
    setSaveState('failed', 'Not saved: ' + (json.detail || response.status));
    return false;
  }

  // ---------------------------------------------------------------- conflicts
  let conflict = null;
  const conflictBox = document.getElementById('conflict');

  function showConflict(s, mine, status, comment, current) {
    conflict = {s, mine, status, comment, current};
    document.getElementById('conflict-mine').textContent = mine;
    document.getElementById('conflict-theirs').textContent = current ? current.text : '(no translation)';
    document.getElementById('conflict-who').textContent = current
      ? 'Segment ' + s.index + ' was saved by ' + current.author + ' at ' + new Date(current.updated).toLocaleString()
        + ' (' + current.status + ').'
      : 'Segment ' + s.index + ' changed on the server.';
    conflictBox.hidden = false;
    document.getElementById('conflict-keep-mine').focus();
  }

  document.getElementById('conflict-keep-mine').addEventListener('click', async () => {
    const c = conflict;
    closeConflict();
    await save(c.s, c.mine, c.status, c.comment, c.current ? c.current.version : 0);
    if (active === c.s && textarea) textarea.value = c.mine;
  });

  document.getElementById('conflict-take-theirs').addEventListener('click', () => {
    const c = conflict;
    closeConflict();
    c.s.translation = c.current;
    updateRow(c.s);
    updateProgress();
    if (active === c.s && textarea) textarea.value = savedText(c.s);
    rows.get(c.s.id).dataset.save = 'saved';
    setSaveState('saved', 'Took the other version');
  });

  function closeConflict() {
    conflictBox.hidden = true;
    conflict = null;
    if (textarea) textarea.focus();
  }

  // ---------------------------------------------------------------- history
  const historyPanel = document.getElementById('history-panel');

  async function showHistory(s) {
    const response = await fetch('/api/segments/' + s.id + '/history', {credentials: 'same-origin'});
    const revisions = response.ok ? await response.json() : [];
    const ol = document.getElementById('history-list');
    ol.textContent = '';
    document.getElementById('history-segment').textContent = String(s.index);
    if (!revisions.length) ol.appendChild(el('li', 'meta', 'Not translated yet.'));
    for (const r of revisions.slice().reverse()) {
      const li = el('li', 'revision');
      li.appendChild(el('div', 'revision-text', r.text));
      li.appendChild(el('div', 'meta', 'v' + r.version + ' · ' + r.status + ' · ' + r.origin + ' · ' + r.author
        + ' · ' + new Date(r.created).toLocaleString() + (r.comment ? ' · “' + r.comment + '”' : '')));
      if (canTranslate && s.translation && r.version !== s.translation.version) {
        const b = el('button', 'secondary restore', 'Restore');
        b.type = 'button';
        b.addEventListener('click', () => restore(s, r.version));
        li.appendChild(b);
      }
      ol.appendChild(li);
    }
    historyPanel.hidden = false;
  }

  async function restore(s, revision) {
    const response = await fetch('/api/segments/' + s.id + '/restore', {
      method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({revision: revision, version: s.translation ? s.translation.version : 0}),
    });
    const json = await response.json().catch(() => ({}));
    if (response.ok) {
      s.translation = json;
      updateRow(s);
      updateProgress();
      if (active === s && textarea) textarea.value = json.text;
      setSaveState('saved', 'Restored version ' + revision);
      showHistory(s);
    } else if (response.status === 409) {
      showConflict(s, textarea ? textarea.value : savedText(s), statusOf(s), null, json.current);
    } else {
      setSaveState('failed', 'Not restored: ' + (json.detail || response.status));
    }
  }

  document.getElementById('history-close').addEventListener('click', () => { historyPanel.hidden = true; });

  // ---------------------------------------------------------------- keys
  const keys = document.getElementById('keys');
  const showKeys = () => { keys.hidden = false; document.getElementById('keys-close').focus(); };
  const hideKeys = () => { keys.hidden = true; if (textarea) textarea.focus(); };
  document.getElementById('show-keys').addEventListener('click', showKeys);
  document.getElementById('keys-close').addEventListener('click', hideKeys);

  document.addEventListener('keydown', (e) => {
    const inField = e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement
      || e.target instanceof HTMLSelectElement;
    if (e.key === 'Escape') {
      if (!keys.hidden) { hideKeys(); e.preventDefault(); return; }
      if (!conflictBox.hidden) { closeConflict(); e.preventDefault(); return; }
      if (!historyPanel.hidden) { historyPanel.hidden = true; e.preventDefault(); return; }
      if (textarea && active) { textarea.value = savedText(active); e.preventDefault(); setSaveState('', 'Reverted'); }
      return;
    }
    if ((e.key === '?' && !inField) || (e.ctrlKey && e.key === '/')) { showKeys(); e.preventDefault(); return; }
    if (e.altKey && !e.ctrlKey && /^Digit[1-9]$/.test(e.code) && active && textarea) {
      const entry = segmentTerms(active)[Number(e.code.slice(5)) - 1];
      if (entry) { e.preventDefault(); insertTerm(entry); }
      return;
    }
    if (!e.ctrlKey || !active) return;
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); confirmAndNext(); }
    else if (e.key === 'ArrowDown') { e.preventDefault(); move(1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
    else if ((e.key === 'i' || e.key === 'I') && !e.shiftKey && textarea) { e.preventDefault(); textarea.value = active.text; }
    else if (e.shiftKey && (e.key === 'A' || e.key === 'a') && canReview) { e.preventDefault(); review('approved'); }
    else if (e.shiftKey && (e.key === 'R' || e.key === 'r') && canReview) { e.preventDefault(); review('rejected'); }
    else if (e.shiftKey && (e.key === 'H' || e.key === 'h')) { e.preventDefault(); showHistory(active); }
  });

  // a changed segment is saved as a draft when the page is left
  window.addEventListener('pagehide', () => {
    if (!active || !textarea || textarea.value === savedText(active)) return;
    fetch('/api/segments/' + active.id + '/translation', {
      method: 'PUT', credentials: 'same-origin', keepalive: true,
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({text: textarea.value, status: 'draft',
        version: active.translation ? active.translation.version : 0}),
    });
  });

  load();
})();
