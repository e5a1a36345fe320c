// The side panel: memory, MT, glossary terms, comment and history of the active segment. On a wide
// screen it sits in its own column beside the segment list; on a narrow one (≤ 700px) right under the
// active row. Either way it never lies over the row being edited, as in MateCat and Weblate.
import {root, editor} from './state.js';
import {termPanel} from './panels.js';
import {showThread} from './comments.js';

const panel = document.getElementById('side-panel');
const home = panel.parentElement;
const narrow = window.matchMedia('(max-width: 700px)');
const toolbar = root.querySelector('.toolbar');

function place() {
  const row = editor.active && editor.rows.get(editor.active.id);
  if (narrow.matches && row) row.after(panel);
  else if (panel.parentElement !== home) home.append(panel);
}

narrow.addEventListener('change', place);
// the sticky toolbar's height: rows scrolled into view stop below it (scroll-margin-top in the CSS)
new ResizeObserver(() => root.style.setProperty('--toolbar-h', toolbar.offsetHeight + 'px')).observe(toolbar);

/** Fills the panel for the segment just opened and puts the panel where it belongs. */
export function showSegment(s) {
  const terms = termPanel(s);
  document.getElementById('side-terms').replaceChildren(terms);
  document.getElementById('terms-none').hidden = terms.childElementCount > 0;
  showThread(s);
  document.getElementById('history-panel').hidden = true;
  place();
}
