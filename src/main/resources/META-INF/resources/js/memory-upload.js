// A large TMX into the memory: the file goes up in parts (each retried with backoff), then the import job is
// followed until it ends (any instance answers for it). See MemoryUploadResource.
import {api, readJson, problemText} from './lib/dom.js';

const form = document.getElementById('memory-upload');
const input = document.getElementById('tmx-file');
const startButton = document.getElementById('upload-start');
const cancelButton = document.getElementById('upload-cancel');
const status = document.getElementById('upload-status');
const bar = document.getElementById('upload-bar');
const phase = document.getElementById('upload-phase');
const message = document.getElementById('upload-message');
const counts = document.getElementById('upload-counts');
const notes = document.getElementById('upload-notes');
const partSize = Number(form.dataset.partSize);
const maxSize = Number(form.dataset.maxSize);
let current = null;

form.addEventListener('submit', async event => {
  event.preventDefault();
  const file = input.files[0];
  if (!file) return;
  message.textContent = '';
  if (file.size > maxSize) {
    show(true);
    message.textContent = `The file is larger than ${Math.floor(maxSize / 1048576)} MB, the largest this server takes.`;
    return;
  }
  startButton.disabled = true;
  try {
    await run(file);
  } catch (e) {
    message.textContent = e.message;
  } finally {
    startButton.disabled = false;
  }
});

cancelButton.addEventListener('click', async () => {
  if (!current) return;
  const r = await api(`/api/memory/imports/${current}`, {method: 'DELETE'});
  if (!r.ok) message.textContent = problemText(await readJson(r), r.status);
});

async function run(file) {
  show(true);
  document.getElementById('upload-name').textContent = file.name;
  counts.hidden = true;
  notes.replaceChildren();
  const created = await answer(await api(`/api/memory/imports?name=${encodeURIComponent(file.name)}`, {method: 'POST'}));
  current = created.id;
  const parts = Math.max(1, Math.ceil(file.size / partSize));
  for (let n = 0; n < parts; n++) {
    setPhase(`Sending part ${n + 1} of ${parts}…`, n / parts);
    await sendPart(current, n, file.slice(n * partSize, Math.min(file.size, (n + 1) * partSize)));
  }
  setPhase('Starting the import…', 0);
  await answer(await api(`/api/memory/imports/${current}/start`, {method: 'POST'}));
  cancelButton.hidden = false;
  await follow(current);
  cancelButton.hidden = true;
}

/** One part; network failures and 5xx answers are retried with backoff, a refusal (4xx) ends the upload. */
async function sendPart(id, n, blob) {
  for (let attempt = 0; ; attempt++) {
    let r;
    try {
      r = await api(`/api/memory/imports/${id}/parts/${n}`, {method: 'PUT', blob, type: 'application/octet-stream'});
    } catch (e) {
      r = null;
    }
    if (r && r.ok) return;
    if (r && r.status < 500) throw new Error(problemText(await readJson(r), r.status));
    if (attempt >= 5) throw new Error(`Part ${n + 1} could not be sent (the server did not answer); try again later.`);
    await sleep(500 * 2 ** attempt);
  }
}

async function follow(id) {
  for (;;) {
    const r = await api(`/api/memory/imports/${id}`);
    if (r.ok) {
      const v = await r.json();
      render(v);
      if (!['queued', 'running', 'uploading'].includes(v.state)) return;
    }
    await sleep(1000);
  }
}

function render(v) {
  const done = v.pairs ? v.done / v.pairs : 0;
  const words = {queued: 'Waiting for a worker…', checking: 'Checking the whole file…',
    adding: `Adding: ${v.done.toLocaleString()} of ${v.pairs.toLocaleString()} pairs`};
  const state = v.state === 'running' || v.state === 'queued' ? (words[v.phase] || words.queued) : v.state;
  setPhase(state.charAt(0).toUpperCase() + state.slice(1), v.state === 'done' ? 1 : done);
  counts.hidden = v.units === 0;
  for (const key of ['units', 'added', 'updated', 'unchanged', 'skipped']) {
    document.getElementById(`count-${key}`).textContent = (v[key] || 0).toLocaleString();
  }
  notes.replaceChildren(...(v.notes || []).map(n => {
    const li = document.createElement('li');
    li.textContent = `Line ${n.line}: ${n.reason}`;
    return li;
  }));
  message.textContent = v.message || '';
  document.body.dataset.importState = v.state;
}

function setPhase(text, fraction) {
  phase.textContent = text;
  const percent = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
  bar.setAttribute('aria-valuenow', String(percent));
  bar.firstElementChild.style.width = `${percent}%`;
}

function show(visible) {
  status.hidden = !visible;
}

async function answer(r) {
  const json = await readJson(r);
  if (!r.ok) throw new Error(problemText(json, r.status));
  return json;
}

function sleep(ms) {
  return new Promise(resolve => setTimeout(resolve, ms));
}
