// Unsaved text kept in the browser until the server has acknowledged it, so a translation survives a
// failed save, a reload and a closed tab. One localStorage entry per segment, keyed by user, document
// and segment (two accounts in one browser never see each other's drafts):
//   {text, status, version, comment, pending, conflict}
// version is the server version the text was written on top of: a draft is always saved with it, so
// if someone else saved meanwhile the server answers 409 and the conflict dialog asks; never silently.
// pending: a save was tried and did not arrive (retried); conflict: the server refused it (409).
// This module imports no other editor module: state.js and the rest may all use it.
const root = document.getElementById('editor');
const prefix = 'selaras.draft.' + encodeURIComponent(root.dataset.user || '') + '.' + root.dataset.document + '.';
const drafts = new Map();   // segment id -> draft; a write-through copy of localStorage

function load() {
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key || !key.startsWith(prefix)) continue;
      const draft = JSON.parse(localStorage.getItem(key));
      if (draft && typeof draft.text === 'string') drafts.set(Number(key.slice(prefix.length)), draft);
    }
  } catch (e) {
    // storage disabled or corrupt: the editor still works, only without drafts across reloads
  }
}

function store(id, draft) {
  try {
    if (draft) localStorage.setItem(prefix + id, JSON.stringify(draft));
    else localStorage.removeItem(prefix + id);
  } catch (e) {
    // full or disabled: the copy in memory still survives failed saves while the page is open
  }
}

export const draftOf = (s) => drafts.get(s.id) || null;

/** Merges fields into s's draft (creating it) and returns the draft. */
export function keepDraft(s, fields) {
  const draft = Object.assign({}, drafts.get(s.id) || {}, fields);
  drafts.set(s.id, draft);
  store(s.id, draft);
  showUnsaved();
  return draft;
}

export function dropDraft(s) {
  if (!drafts.has(s.id)) return;
  drafts.delete(s.id);
  store(s.id, null);
  showUnsaved();
}

/** Segment ids that have a draft, in no particular order. */
export const draftIds = () => [...drafts.keys()];

/** What the translator sees as the segment's target: their unsaved text, else the server's. */
export const textOf = (s) => {
  const draft = drafts.get(s.id);
  return draft ? draft.text : (s.translation ? s.translation.text : '');
};

// ---------------------------------------------------------------- the toolbar's offline / unsaved indicator
const indicator = document.getElementById('unsaved');

/** "Offline", "3 unsaved" or both; hidden when online with nothing waiting. */
export function showUnsaved() {
  if (!indicator) return;
  const waiting = [...drafts.values()].filter((d) => d.pending || d.conflict).length;
  const parts = [];
  if (!navigator.onLine) parts.push('Offline');
  if (waiting) parts.push(waiting + ' unsaved');
  indicator.textContent = parts.join(' · ');
  indicator.dataset.count = String(waiting);
  indicator.hidden = parts.length === 0;
}

window.addEventListener('online', showUnsaved);
window.addEventListener('offline', showUnsaved);
load();
