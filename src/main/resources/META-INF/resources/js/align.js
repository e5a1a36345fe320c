// Selaras alignment page: Indonesian segments and English sentences in beads, edited in place.
// Every edit saves the whole bead list (PUT with the version it was edited from); a 409 loads the
// other person's version. Text is always set with textContent, never as HTML.
import {el, api, readJson, problem, problemText, showSaveState} from './lib/dom.js';
import {confirmInPage} from './lib/dialog.js';

const root = document.getElementById('aligner');
if (root) openAligner();

function openAligner() {
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

  const setSaveState = (state, message) => showSaveState(saveState, state, message);

  async function load() {
    const response = await api(url);
    if (response.status === 404) {
      session = null;
      list.replaceChildren(el('p', {class: 'meta'}, canWrite ? 'No alignment yet: paste the English translation above.'
        : 'No alignment yet.'));
      const box = document.getElementById('paste-box');
      if (box) box.open = true;
    } else if (response.ok) {
      session = await response.json();
      render();
    } else {
      list.replaceChildren(el('p', {class: 'error'}, await problem(response)));
    }
    list.setAttribute('aria-busy', 'false');
  }

  // Indonesian sentences carry their segment number (as in the editor), English ones none
  const sentences = (indexes, texts, none, numbered) => (indexes.length
    ? indexes.map((i) => el('p', {class: 'sent'}, numbered ? el('span', {class: 'sent-num'}, String(i + 1)) : null, texts[i].text))
    : el('p', {class: 'sent none'}, none));

  function render() {
    const rows = [];
    let low = 0;
    session.beads.forEach((b, k) => {
      const row = el('div', {class: 'bead', id: 'bead-' + k, dataset: {index: k, confidence: b.confidence}});
      if (b.confirmed) row.classList.add('confirmed');
      else if (b.confidence < LOW) { row.classList.add('low'); low++; }
      const src = el('div', {class: 'bead-source'}, sentences(b.source, session.source, 'no Indonesian', true));
      const tgt = el('div', {class: 'bead-target'}, sentences(b.target, session.target, 'no English'));
      const actions = el('div', {class: 'bead-actions'},
        el('span', {class: 'conf'}, b.confirmed ? 'confirmed' : Math.round(b.confidence * 100) + '%'));
      if (canWrite) {
        const last = session.beads.length - 1;
        actions.append(
          button('merge', 'Merge with next', 'Join this pair with the next one', k < last, () => merge(k)),
          button('split', 'Split', 'Split off the last sentence(s)', b.source.length + b.target.length > 1, () => split(k)),
          button('up', '↑ English', 'Move the first English sentence to the pair above', k > 0 && b.target.length > 0, () => moveUp(k)),
          button('down', '↓ English', 'Move the last English sentence to the pair below', k < last && b.target.length > 0, () => moveDown(k)),
          button('confirm', 'Confirm', 'This pair is right', !b.confirmed, () => confirmBead(k)),
          button('confirm-above', 'Confirm all above', 'This pair and every pair above it are right',
            session.beads.slice(0, k + 1).some((x) => !x.confirmed), () => confirmUpTo(k)));
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
    const b = el('button', {class: 'secondary ' + cls, type: 'button', title, disabled: !enabled}, label);
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
    const {source: s, target: t, confidence} = session.beads[k];
    // one and one: two unpaired halves; otherwise the last sentence of each side starts a new pair
    const halves = s.length === 1 && t.length === 1 ? [bead(s, [], 0), bead([], t, 0)]
      : [bead(s.length > 1 ? s.slice(0, -1) : s, t.length > 1 ? t.slice(0, -1) : t, confidence),
        bead(s.length > 1 ? s.slice(-1) : [], t.length > 1 ? t.slice(-1) : [], confidence)];
    session.beads.splice(k, 1, ...halves);
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
      const response = await api(url, {method: 'PUT', body: {version: session.version, beads: session.beads}});
      const json = await readJson(response);
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
        setSaveState('failed', 'Not saved: ' + problemText(json, response.status));
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
    if (session && !(await confirmInPage({title: 'Align again?', text: 'The current pairs and every edit made to them '
      + 'are replaced by a new alignment.', ok: 'Align again'}))) return;
    setSaveState('saving', 'Aligning…');
    list.setAttribute('aria-busy', 'true');
    const response = await api(url, {method: 'POST', body: {target: text}});
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

  /** "Confirm all pairs above": a reader who checked the pairs down to here says so once. */
  function confirmUpTo(k) {
    session.beads.slice(0, k + 1).forEach((b) => { b.confirmed = true; });
    render();
    save();
  }

  /** Writing pairs no one has checked is asked first, with how many and how many of them look doubtful. */
  function unchecked() {
    const open = session.beads.filter((b) => !b.confirmed && b.source.length && b.target.length);
    if (!open.length) return Promise.resolve(true);
    const doubtful = open.filter((b) => b.confidence < LOW).length;
    return confirmInPage({title: 'Write unchecked pairs?', ok: 'Write them', text: open.length + ' pair'
      + (open.length === 1 ? '' : 's') + ' with English ' + (open.length === 1 ? 'has' : 'have') + ' not been confirmed'
      + (doubtful ? ', ' + doubtful + ' of them below ' + Math.round(LOW * 100) + '% confidence' : '')
      + '. They are written as translated; a reviewer still has to approve them.'});
  }

  async function commit(overwrite) {
    if (saving) { setSaveState('saving', 'Still saving; try again in a moment.'); return; }
    if (overwrite !== true && !(await unchecked())) return;
    commitButton.disabled = true;
    setSaveState('saving', 'Writing translations…');
    const response = await api(url + '/commit' + (overwrite === true ? '?overwrite=true' : ''), {method: 'POST'});
    commitButton.disabled = false;
    if (!response.ok) { setSaveState('failed', await problem(response)); return; }
    const r = await response.json();
    setSaveState('saved', 'Translations written');
    const lines = [el('p', null, r.written + ' translations written, ' + r.unchanged + ' already there, '
      + r.untranslated + ' segments without English, ' + r.conflicts.length + ' kept because they already had a translation.')];
    if (r.conflicts.length) {
      lines.push(el('ul', {class: 'conflicts'}, r.conflicts.map((c) => el('li', null, 'Segment ' + c.position + ': '
        + (c.current ? 'has “' + c.current.text + '”' : c.reason) + '; aligned: “' + c.text + '”'))));
    }
    const replaceable = r.conflicts.filter((c) => c.current && c.current.text !== c.text && c.current.span <= 1);
    if (canWrite && replaceable.length) {
      // keeping what translators wrote is the default; replacing it is a choice made here, knowingly
      const b = el('button', {type: 'button', class: 'secondary', id: 'overwrite-kept'},
        'Replace the ' + replaceable.length + ' kept translation' + (replaceable.length === 1 ? '' : 's') + ' with the aligned English');
      b.addEventListener('click', async () => {
        if (await confirmInPage({title: 'Replace kept translations?', ok: 'Replace', text: replaceable.length
          + ' translation' + (replaceable.length === 1 ? '' : 's') + ' written in the editor will be replaced by the '
          + 'aligned English (their history keeps the old text).'})) commit(true);
      });
      lines.push(el('p', null, b));
    }
    lines.push(el('a', {href: '/documents/' + docId, id: 'report-editor'}, 'Open the editor'));
    report.replaceChildren(...lines);
    report.hidden = false;
  }

  const startButton = document.getElementById('align-start');
  if (startButton) startButton.addEventListener('click', start);
  if (commitButton) commitButton.addEventListener('click', () => commit(false));
  load();
}
