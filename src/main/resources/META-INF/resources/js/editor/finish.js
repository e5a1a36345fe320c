// The end of the document: after the last segment is confirmed (or approved) the translator is told
// whether the document is done, and offered the next unfinished segment (from the top) or the
// documents list, instead of the editor falling silent.
import {el, api} from '../lib/dom.js';
import {editor, isConfirmed, docId} from './state.js';
import {nextUnconfirmed} from './segment-list.js';

const banner = document.getElementById('finished');

/** Shows what is left after `last` (the segment just finished); open(s) opens the one offered. */
export function showFinished(last, open) {
  const left = editor.segments.filter((s) => !isConfirmed(s));
  const back = el('a', {id: 'finished-documents', href: '/documents'}, 'Back to the documents');
  if (!left.length) {
    banner.dataset.state = 'done';
    banner.replaceChildren(el('p', null, 'Document done: all ' + editor.segments.length
      + (editor.segments.length === 1 ? ' segment is' : ' segments are') + ' translated or approved.'), back);
    offerNextDocument();
  } else {
    banner.dataset.state = 'unfinished';
    const next = nextUnconfirmed(last);
    const children = [el('p', null, 'End of the document. ' + left.length
      + (left.length === 1 ? ' segment is' : ' segments are') + ' not translated yet.')];
    if (next) {
      const go = el('button', {type: 'button', id: 'finished-next'}, 'Next unfinished: segment ' + next.index);
      go.addEventListener('click', () => open(next));
      children.push(go);
    }
    banner.replaceChildren(...children, back);
  }
  banner.hidden = false;
  banner.scrollIntoView({block: 'nearest'});
  banner.querySelector('button, a').focus();
}

export function hideFinished() {
  if (banner) banner.hidden = true;
}

/** Done here: the next document in the list with segments left to translate, offered beside the list. */
async function offerNextDocument() {
  const response = await api('/api/documents').catch(() => null);
  if (!response || !response.ok) return;
  const documents = await response.json();
  const here = documents.findIndex((d) => String(d.id) === String(docId));
  // the documents after this one, then those before it; a few progress reads at most
  const order = documents.slice(here + 1).concat(documents.slice(0, Math.max(0, here))).slice(0, 10);
  for (const d of order) {
    const progress = await api('/api/documents/' + d.id + '/progress').catch(() => null);
    if (!progress || !progress.ok) continue;
    const counts = (await progress.json()).segments;
    if (counts.translated + counts.approved < counts.total) {
      if (banner.dataset.state !== 'done' || banner.hidden) return; // moved on meanwhile
      banner.append(' ', el('a', {id: 'finished-next-document', href: '/documents/' + d.id},
        'Next unfinished document: ' + d.name));
      return;
    }
  }
}
