// Selaras alignment page: Indonesian segments and English sentences in beads, edited in place.
// Every edit saves the whole bead list (PUT with the version it was edited from); a 409 loads the
// other person's version. Text is always set with textContent, never as HTML.
(function () {
  'use strict';

  const root = document.getElementById('aligner');
  if (!root) return;
  const docId = root.dataset.document;
  const canWrite = root.dataset.canWrite === 'true';
  const url = '/api/documents/' + docId + '/alignment';
  const list = document.getElementById('beads');
  const saveState = document.getElementById('save-state');
  const summary = document.getElementById('align-summary');
  const commitButton = document.getElementById('commit');
  const report = document.getElementById('commit-report');
  const LOW = 0.6;

  let session = null;   // {version, source: [{id, paragraph, text}], target: [{paragraph, text}], beads: [...]}
  let saving = false;
  let dirty = false;

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

  async function problem(response) {
    const json = await response.json().catch(() => ({}));
    return json.detail || json.title || ('HTTP ' + response.status);
  }

  async function load() {
    const response = await fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
    if (response.status === 404) {
      session = null;
      list.replaceChildren(el('p', 'meta', canWrite ? 'No alignment yet: paste the English translation above.'
        : 'No alignment yet.'));
      const box = document.getElementById('paste-box');
      if (box) box.open = true;
    } else if (response.ok) {
      session = await response.json();
      render();
    } else {
      list.replaceChildren(el('p', 'error', await problem(response)));
    }
    list.setAttribute('aria-busy', 'false');
  }

  function render() {
    const rows = [];
    let low = 0;
    session.beads.forEach((b, k) => {
      const row = el('div', 'bead');
      row.id = 'bead-' + k;
      row.dataset.index = String(k);
      row.dataset.confidence = String(b.confidence);
      if (b.confirmed) row.classList.add('confirmed');
      else if (b.confidence < LOW) { row.classList.add('low'); low++; }
      const src = el('div', 'bead-source');
      b.source.forEach((i) => src.appendChild(el('p', 'sent', session.source[i].text)));
      if (!b.source.length) src.appendChild(el('p', 'sent none', 'no Indonesian'));
      const tgt = el('div', 'bead-target');
      b.target.forEach((j) => tgt.appendChild(el('p', 'sent', session.target[j].text)));
      if (!b.target.length) tgt.appendChild(el('p', 'sent none', 'no English'));
      const actions = el('div', 'bead-actions');
      actions.appendChild(el('span', 'conf', b.confirmed ? 'confirmed' : Math.round(b.confidence * 100) + '%'));
      if (canWrite) {
        actions.appendChild(button('merge', 'Merge with next', 'Join this pair with the next one', k < session.beads.length - 1, () => merge(k)));
        actions.appendChild(button('split', 'Split', 'Split off the last sentence(s)', b.source.length + b.target.length > 1, () => split(k)));
        actions.appendChild(button('up', '↑ English', 'Move the first English sentence to the pair above', k > 0 && b.target.length > 0, () => moveUp(k)));
        actions.appendChild(button('down', '↓ English', 'Move the last English sentence to the pair below', k < session.beads.length - 1 && b.target.length > 0, () => moveDown(k)));
        actions.appendChild(button('confirm', 'Confirm', 'This pair is right', !b.confirmed, () => confirmBead(k)));
      }
      row.append(src, tgt, actions);
      rows.push(row);
    });
    list.replaceChildren(...rows);
    summary.textContent = session.beads.length + ' pairs · ' + low + ' to check'
      + (session.committed ? ' · translations written' : '');
    if (commitButton) commitButton.disabled = false;
  }

  function button(cls, label, title, enabled, action) {
    const b = el('button', 'secondary ' + cls, label);
    b.type = 'button';
    b.title = title;
    b.disabled = !enabled;
    b.addEventListener('click', action);
    return b;
  }

  const bead = (source, target, confidence) => ({source, target, confidence, confirmed: false});

  function edited() {
    session.beads = session.beads.filter((b) => b.source.length || b.target.length);
    render();
    save();
  }

  function merge(k) {
    const a = session.beads[k];
    const b = session.beads[k + 1];
    session.beads.splice(k, 2, bead(a.source.concat(b.source), a.target.concat(b.target), Math.min(a.confidence, b.confidence)));
    edited();
  }

  function split(k) {
    const b = session.beads[k];
    const s = b.source;
    const t = b.target;
    let first;
    let second;
    if (s.length === 1 && t.length === 1) {
      first = bead(s, [], 0);
      second = bead([], t, 0);
    } else {
      const sa = s.length > 1 ? s.slice(0, -1) : s;
      const sb = s.length > 1 ? s.slice(-1) : [];
      const ta = t.length > 1 ? t.slice(0, -1) : t;
      const tb = t.length > 1 ? t.slice(-1) : [];
      first = bead(sa, ta, b.confidence);
      second = bead(sb, tb, b.confidence);
    }
    session.beads.splice(k, 1, first, second);
    edited();
  }

  function moveUp(k) {
    const b = session.beads[k];
    const above = session.beads[k - 1];
    above.target = above.target.concat([b.target[0]]);
    b.target = b.target.slice(1);
    above.confirmed = false;
    b.confirmed = false;
    edited();
  }

  function moveDown(k) {
    const b = session.beads[k];
    const below = session.beads[k + 1];
    below.target = [b.target[b.target.length - 1]].concat(below.target);
    b.target = b.target.slice(0, -1);
    below.confirmed = false;
    b.confirmed = false;
    edited();
  }

  function confirmBead(k) {
    session.beads[k].confirmed = true;
    session.beads[k].confidence = 1;
    edited();
  }

  async function save() {
    if (saving) { dirty = true; return; }
    saving = true;
    setSaveState('saving', 'Saving…');
    try {
      const response = await fetch(url, {
        method: 'PUT', credentials: 'same-origin',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
        body: JSON.stringify({version: session.version, beads: session.beads}),
      });
      const json = await response.json().catch(() => ({}));
      if (response.ok) {
        session.version = json.version;
        session.committed = json.committed;
        setSaveState('saved', 'All changes saved');
      } else if (response.status === 409 && json.current) {
        session = json.current;
        dirty = false;
        render();
        setSaveState('failed', 'Someone else changed this alignment: their version is shown, redo your edit.');
      } else {
        setSaveState('failed', 'Not saved: ' + (json.detail || json.title || ('HTTP ' + response.status)));
      }
    } catch (e) {
      setSaveState('failed', 'Not saved: the server cannot be reached.');
    } finally {
      saving = false;
      if (dirty) { dirty = false; save(); }
    }
  }

  async function start() {
    const text = document.getElementById('english').value;
    if (!text.trim()) { setSaveState('failed', 'Paste the English text first.'); return; }
    if (session && !window.confirm('Align again? The current pairs and edits are replaced.')) return;
    setSaveState('saving', 'Aligning…');
    list.setAttribute('aria-busy', 'true');
    const response = await fetch(url, {
      method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
      body: JSON.stringify({target: text}),
    });
    list.setAttribute('aria-busy', 'false');
    if (response.ok) {
      session = await response.json();
      render();
      document.getElementById('paste-box').open = false;
      setSaveState('saved', 'Aligned and saved');
    } else {
      setSaveState('failed', await problem(response));
    }
  }

  async function commit() {
    if (saving) { setSaveState('saving', 'Still saving; try again in a moment.'); return; }
    commitButton.disabled = true;
    setSaveState('saving', 'Writing translations…');
    const response = await fetch(url + '/commit', {
      method: 'POST', credentials: 'same-origin', headers: {'Accept': 'application/json'},
    });
    commitButton.disabled = false;
    if (!response.ok) { setSaveState('failed', await problem(response)); return; }
    const r = await response.json();
    setSaveState('saved', 'Translations written');
    const lines = [el('p', null, r.written + ' translations written, ' + r.unchanged + ' already there, '
      + r.untranslated + ' segments without English, ' + r.conflicts.length + ' kept because they already had a translation.')];
    if (r.conflicts.length) {
      const ul = el('ul', 'conflicts');
      r.conflicts.forEach((c) => ul.appendChild(el('li', null, 'Segment ' + c.position + ': '
        + (c.current ? 'has “' + c.current.text + '”' : c.reason) + '; aligned: “' + c.text + '”')));
      lines.push(ul);
    }
    const link = el('a', null, 'Open the editor');
    link.href = '/documents/' + docId;
    link.id = 'report-editor';
    lines.push(link);
    report.replaceChildren(...lines);
    report.hidden = false;
  }

  const startButton = document.getElementById('align-start');
  if (startButton) startButton.addEventListener('click', start);
  if (commitButton) commitButton.addEventListener('click', commit);
  load();
})();
