// Selaras MT in the editor: Ctrl+M puts a machine translation of the active segment into its textarea;
// "Pre-translate document" runs a background job with a progress bar, cancel and a summary. Only engines
// that translate the document's languages are offered; with none, the MT section says so.
// Hooks into editor.js only through its 'selaras:activate' and 'selaras:before-save' events. Text is set with value/textContent only.
import {el, api, problem} from './lib/dom.js';

const root = document.getElementById('editor');
const bar = document.getElementById('mt-bar');
if (root && bar) openMtBar();

function openMtBar() {
  const docId = root.dataset.document;
  const canTranslate = root.dataset.canTranslate === 'true';
  const engineSelect = document.getElementById('mt-engine');
  const startButton = document.getElementById('mt-pretranslate');
  const cancelButton = document.getElementById('mt-cancel');
  const progress = document.getElementById('mt-progress');
  const status = document.getElementById('mt-status');
  let current = null;   // {segment, textarea, row}
  let job = null;
  let pending = 0;

  root.addEventListener('selaras:activate', (e) => { current = e.detail; });
  // an inserted suggestion is saved as mt:<engine> while the translator has not edited it
  let inserted = null;   // {segment, text, engine}
  root.addEventListener('selaras:before-save', (e) => {
    if (inserted && e.detail.segment === inserted.segment && e.detail.text === inserted.text) {
      e.detail.origin = 'mt:' + inserted.engine;
    }
  });

  async function init() {
    if (!canTranslate) return;
    const response = await api('/api/documents/' + docId + '/mt-engines');
    if (!response.ok) return;
    const found = await response.json();
    if (!found.configured) return;   // no MT on this server: nothing to offer or explain
    bar.hidden = false;
    if (!found.engines.length) {
      // a button that could only fail is not offered; the reason is
      document.getElementById('mt-controls').hidden = true;
      const none = document.getElementById('mt-none');
      none.textContent = found.message;
      none.hidden = false;
      return;
    }
    engineSelect.append(...found.engines.map((e) => el('option', {value: e.id}, e.label)));
  }

  async function suggest() {
    if (!current || !current.textarea || !engineSelect.value) return;
    const {segment, textarea} = current;
    const seq = ++pending;
    status.textContent = 'Translating segment ' + segment.index + '…';
    const response = await api('/api/segments/' + segment.id + '/mt?engine=' + encodeURIComponent(engineSelect.value),
      {method: 'POST'});
    if (seq !== pending) return;
    if (!response.ok) { status.textContent = 'MT failed: ' + await problem(response); return; }
    const s = await response.json();
    if (!current || current.segment !== segment || !textarea.isConnected) { status.textContent = ''; return; }
    textarea.value = s.text;
    inserted = {segment: segment, text: s.text, engine: s.engine};
    textarea.focus();
    textarea.dispatchEvent(new Event('input', {bubbles: true})); // the editor re-runs QA
    status.textContent = 'MT (' + s.engine + ') inserted' + (s.lost && s.lost.length ? '; check terms: ' + s.lost.join(', ') : '');
  }

  function show(j) {
    progress.hidden = false;
    progress.max = Math.max(1, j.total);
    progress.value = j.processed;
    const running = j.state === 'queued' || j.state === 'running';
    cancelButton.hidden = !running;
    startButton.disabled = running;
    status.textContent = running ? 'Pre-translating: ' + j.processed + ' / ' + j.total : j.message || j.state;
    if (!running && j.saved > 0) {
      const reload = el('button', {type: 'button', class: 'secondary', id: 'mt-reload'}, 'Show');
      reload.addEventListener('click', () => location.reload());
      status.append(' ', reload);
    }
  }

  async function poll() {
    if (!job) return;
    const response = await api('/api/jobs/' + job);
    if (!response.ok) { status.textContent = 'Lost the job: ' + await problem(response); job = null; startButton.disabled = false; return; }
    const j = await response.json();
    show(j);
    if (j.state === 'queued' || j.state === 'running') setTimeout(poll, 700);
    else job = null;
  }

  startButton.addEventListener('click', async () => {
    startButton.disabled = true;
    const response = await api('/api/documents/' + docId + '/pretranslate?engine=' + encodeURIComponent(engineSelect.value),
      {method: 'POST'});
    if (response.status !== 202) { status.textContent = 'Could not start: ' + await problem(response); startButton.disabled = false; return; }
    const j = await response.json();
    job = j.id;
    show(j);
    setTimeout(poll, 300);
  });

  cancelButton.addEventListener('click', async () => {
    if (!job) return;
    await api('/api/jobs/' + job, {method: 'DELETE'});
    poll();
  });

  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey && !e.shiftKey && !e.altKey && (e.key === 'm' || e.key === 'M') && engineSelect.value) {
      e.preventDefault();
      suggest();
    }
  });

  init();
}
