// The export page: before downloading, the same filters are asked for their first translation (as JSON Lines,
// read no further than the first bytes); a file that would hold none is asked about in the page first.
import {confirmInPage} from './lib/dialog.js';

const form = document.getElementById('export-form');

/** Whether any translation passes the form's filters. */
async function holdsAnything() {
  const query = new URLSearchParams(new FormData(form));
  query.set('format', 'jsonl');
  query.delete('untranslated');
  query.delete('tagged');
  const stop = new AbortController();
  try {
    const response = await fetch(form.action + '?' + query, {signal: stop.signal, credentials: 'same-origin'});
    if (!response.ok || !response.body) return true; // the download itself will say what is wrong
    const reader = response.body.getReader();
    for (;;) {
      const {value, done} = await reader.read();
      if (done) return false;
      if (value && value.length) return true;
    }
  } catch (e) {
    return true;
  } finally {
    stop.abort();
  }
}

if (form) {
  form.addEventListener('submit', async (e) => {
    if (form.dataset.asked === 'true') { delete form.dataset.asked; return; }
    e.preventDefault();
    if (!(await holdsAnything()) && !(await confirmInPage({title: 'Nothing to export', ok: 'Download anyway',
      text: 'No translation matches these documents and filters: the file would hold no translations.'}))) return;
    form.dataset.asked = 'true';
    form.requestSubmit();
  });
}
