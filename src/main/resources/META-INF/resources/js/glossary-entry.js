// The glossary entry page: deleting an entry is asked in the page first (an inline onsubmit= never ran under
// the page's Content-Security-Policy, so the delete went through unasked).
import {confirmInPage} from './lib/dialog.js';

const form = document.getElementById('delete-entry');
if (form) {
  form.addEventListener('submit', async (e) => {
    if (form.dataset.confirmed === 'true') return;
    e.preventDefault();
    const name = document.getElementById('entry-source').textContent;
    if (await confirmInPage({title: 'Delete this entry?', text: '“' + name + '” leaves the glossary.',
      ok: 'Delete'})) {
      form.dataset.confirmed = 'true';
      form.requestSubmit();
    }
  });
}
