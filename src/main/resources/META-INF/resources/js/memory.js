// Selaras translation memory in the editor: the best matches of the active segment (score, kind,
// word diff of their source against the segment's), put into the target with Ctrl+Shift+1…3 or a
// click, and a concordance box. Talks to editor.js only through two events on #editor:
//   selaras:activate    detail {segment, row, textarea}  — a segment became active
//   selaras:before-save detail {segment, text, origin}   — set origin before a save is sent
// A match put into the target saves with origin "tm" as long as the text is not edited.
// Ctrl+1…9 is left alone: browsers switch tabs with it. Text is set with textContent only.
import {el, api} from './lib/dom.js';

const root = document.getElementById('editor');
const panel = document.getElementById('memory-panel');
if (root && panel) openMemoryPanel();

function openMemoryPanel() {
  const list = document.getElementById('memory-matches');
  const none = document.getElementById('memory-none');
  const MAX = 3;

  let current = null;          // {segment, textarea}
  let matches = [];
  let seq = 0;
  const inserted = new Map();  // segment id -> text put in from the memory

  root.addEventListener('selaras:activate', (e) => {
    current = {segment: e.detail.segment, textarea: e.detail.textarea};
    lookup(e.detail.segment);
  });

  root.addEventListener('selaras:before-save', (e) => {
    const d = e.detail;
    if (d.origin) return;
    const s = d.segment;
    if (inserted.get(s.id) === d.text) d.origin = 'tm';
    else if (s.translation && s.translation.origin === 'tm' && s.translation.text === d.text && !inserted.has(s.id)) d.origin = 'tm';
    else inserted.delete(s.id);
  });

  async function lookup(s) {
    const mine = ++seq;
    list.textContent = '';
    none.hidden = true;
    matches = [];
    const url = '/api/memory/lookup?limit=' + MAX + '&segment=' + encodeURIComponent(s.id)
      + '&text=' + encodeURIComponent(s.text);
    const response = await api(url).catch(() => null);
    if (!response || !response.ok || mine !== seq) return;
    matches = await response.json();
    render();
  }

  function render() {
    list.textContent = '';
    none.hidden = matches.length > 0;
    matches.forEach((m, i) => {
      const diff = el('span', {class: 'tm-diff', lang: 'id', title: m.source});
      for (const op of m.diff) {
        if (diff.childNodes.length) diff.append(' ');
        diff.append(op.op === 'same' ? op.text : el(op.op === 'ins' ? 'ins' : 'del', null, op.text));
      }
      const b = el('button', {class: 'secondary tm-insert', type: 'button',
        title: 'Put this translation into the target' + (i < MAX ? ' (Ctrl+Shift+' + (i + 1) + ')' : '')},
      'Use' + (i < MAX ? ' ' + (i + 1) : ''));
      b.addEventListener('click', () => use(i));
      list.append(el('li', {class: 'tm-match', dataset: {score: m.score, kind: m.kind}},
        el('span', {class: 'tm-score ' + m.kind,
          title: 'raw ' + m.raw + (m.flags.length ? ' · differs in: ' + m.flags.join(', ') : '')},
        m.score + '%' + (m.kind === 'exact' ? ' exact' : '')),
        diff,
        el('span', {class: 'tm-target', lang: 'en'}, m.target),
        b,
        el('span', {class: 'tm-meta'}, m.origin + (m.document ? ' · document ' + m.document : '')
          + ' · ' + new Date(m.updated).toLocaleDateString()
          + (m.flags.length ? ' · check ' + m.flags.join(', ') : '')),
        // what the tool that wrote the unit noted about it (TMX notes and props), small, under the match
        m.note ? el('span', {class: 'tm-note', title: m.note}, m.note) : null));
    });
  }

  function use(i) {
    const m = matches[i];
    if (!m || !current || !current.textarea || !current.textarea.isConnected) return;
    const t = current.textarea;
    // insert: the target with this segment's tags (a formatted article), or plain for a plain segment
    const text = m.insert == null ? m.target : m.insert;
    t.value = text;
    inserted.set(current.segment.id, text);
    t.focus();
    t.setSelectionRange(t.value.length, t.value.length);
    t.dispatchEvent(new Event('input', {bubbles: true})); // QA while typing
  }

  document.addEventListener('keydown', (e) => {
    if (!e.ctrlKey || !e.shiftKey || e.altKey) return;
    const k = /^Digit([1-9])$/.exec(e.code);
    if (!k || Number(k[1]) > MAX) return;
    if (matches[Number(k[1]) - 1]) { e.preventDefault(); use(Number(k[1]) - 1); }
  });

  // ---------------------------------------------------------------- concordance
  const form = document.getElementById('concordance');
  const q = document.getElementById('concordance-q');
  const side = document.getElementById('concordance-side');
  const results = document.getElementById('concordance-results');
  let cseq = 0;

  function highlighted(text, ranges, lang) {
    const span = el('span', {lang});
    let pos = 0;
    for (const [start, end] of ranges) {
      span.append(text.slice(pos, start), el('mark', null, text.slice(start, end)));
      pos = end;
    }
    span.append(text.slice(pos));
    return span;
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const phrase = q.value.trim();
    results.textContent = '';
    if (!phrase) return;
    const mine = ++cseq;
    const response = await api('/api/memory/search?limit=20&side=' + side.value + '&q=' + encodeURIComponent(phrase))
      .catch(() => null);
    if (!response || !response.ok || mine !== cseq) return;
    const hits = await response.json();
    if (!hits.length) { results.append(el('li', {class: 'meta'}, 'Not in the memory.')); return; }
    results.append(...hits.map((h) => el('li', {class: 'concordance-hit'},
      highlighted(h.source, h.sourceHighlights, 'id'), highlighted(h.target, h.targetHighlights, 'en'))));
  });
}
