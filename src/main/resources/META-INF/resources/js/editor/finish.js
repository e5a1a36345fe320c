// The end of the document: after the last segment is confirmed (or approved) the translator is told
// whether the document is done, and offered the next unfinished segment (from the top) or the
// documents list, instead of the editor falling silent.
import {el} from '../lib/dom.js';
import {editor, isConfirmed} from './state.js';
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
