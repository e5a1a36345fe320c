// Comment threads per segment (GET/POST /api/segments/{id}/comments): notes, questions and answers, and the
// reasons of rejects and approval overrides, with who and when. The thread of the active segment is in the
// side panel; rows with comments say how many, and a rejected row shows its reason without hovering.
import {el, api, readJson, problemText} from '../lib/dom.js';
import {docId, editor} from './state.js';

const section = document.getElementById('comment-section');
const list = document.getElementById('comment-thread');
const form = document.getElementById('comment-form');
const text = document.getElementById('comment-text');
const kind = document.getElementById('comment-kind');
const status = document.getElementById('comment-status');
const LABELS = {note: 'Note', question: 'Question', answer: 'Answer', reject: 'Rejected', override: 'Approved despite glossary errors'};
let shown = null;   // the segment whose thread is in the panel
let onCount = () => {};

/** How many comments each segment has (editor.comments), read once with the segments. */
export async function loadCommentCounts() {
  const response = await api('/api/documents/' + docId + '/comments').catch(() => null);
  if (!response || !response.ok) return;
  for (const c of await response.json()) editor.comments.set(c.segment, c.count);
}

/** Called with a segment whose comment count changed (the row shows it). */
export function onCommentCount(f) { onCount = f; }

/** The active segment's thread into the side panel. */
export async function showThread(s) {
  shown = s;
  section.hidden = false;
  status.textContent = '';
  list.replaceChildren();
  const response = await api('/api/segments/' + s.id + '/comments').catch(() => null);
  if (shown !== s || !response || !response.ok) return;
  const thread = await response.json();
  list.replaceChildren(...thread.map((c) => el('li', {class: 'comment ' + c.kind},
    el('span', {class: 'comment-kind'}, LABELS[c.kind] || c.kind), ' ', c.text,
    el('div', {class: 'meta'}, c.author + ', ' + new Date(c.created).toLocaleString()))));
  document.getElementById('comments-none').hidden = thread.length > 0;
  if ((editor.comments.get(s.id) || 0) !== thread.length) { editor.comments.set(s.id, thread.length); onCount(s); }
}

/** Reads s's thread again if it is the one in the side panel (a comment came from the live desk); false if not. */
export function refreshThread(s) {
  if (shown !== s || section.hidden) return false;
  showThread(s);
  return true;
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const s = shown;
  if (!s || !text.value.trim()) return;
  const response = await api('/api/segments/' + s.id + '/comments', {method: 'POST', body: {kind: kind.value, text: text.value}});
  if (!response.ok) { status.textContent = 'Not posted: ' + problemText(await readJson(response), response.status); return; }
  text.value = '';
  await showThread(s);
  status.textContent = 'Posted.';
});
