// Saving translations. saveTranslation is the editor's ONE way to store a translation: autosave on
// leaving a segment or the page, confirm, approve/reject (with an override when asked), and the
// conflict dialog's "keep mine" all call it, so the selaras:before-save hooks (js/memory.js and
// js/mt.js set the origin there) run before every save. A revision restore is the other write.
import {api, readJson, problemText} from '../lib/dom.js';
import {root, canReview, editor, savedText, statusOf, versionOf, setSaveState} from './state.js';
import {updateRow, updateProgress} from './segment-list.js';
import {showIssues} from './panels.js';
import {showConflict, askOverride} from './dialogs.js';

/**
 * Saves text with status as s's translation; resolves to true when stored. Options: comment (a
 * reject's), version (the one edited; default the segment's), override (a reviewer's reason to
 * approve despite glossary errors), keepalive (the request outlives the page: pagehide).
 */
export async function saveTranslation(s, text, status, {comment, version, override, keepalive} = {}) {
  const body = {text, status, version: version !== undefined ? version : versionOf(s)};
  if (comment) body.comment = comment;
  if (override) body.override = override;
  // hook for add-ons: a listener may set detail.origin (e.g. "tm" for an unedited memory match)
  const hook = {segment: s, text, origin: null};
  root.dispatchEvent(new CustomEvent('selaras:before-save', {detail: hook}));
  if (hook.origin) body.origin = hook.origin;

  const row = editor.rows.get(s.id);
  row.dataset.save = 'saving';
  setSaveState('saving', 'Saving…');
  try {
    const response = await api('/api/segments/' + s.id + '/translation', {method: 'PUT', body, keepalive});
    const json = await readJson(response);
    if (response.ok) {
      stored(s, json);
      if (s === editor.active && json.issues) showIssues(s, json.issues);
      setSaveState('saved', override ? 'Approved with an override' : 'All changes saved');
      return true;
    }
    row.dataset.save = 'failed';
    if (response.status === 422 && status === 'approved' && canReview && !override) {
      showIssues(s, json.issues || []);
      const reason = askOverride(json.detail);
      if (reason) return await saveTranslation(s, text, status, {comment, version, override: reason});
      setSaveState('failed', 'Not approved: glossary errors');
    } else if (response.status === 409) {
      conflict(s, text, status, comment, json.current);
      setSaveState('failed', 'Conflict on segment ' + s.index);
    } else {
      setSaveState('failed', 'Not saved: ' + problemText(json, response.status));
    }
    return false;
  } catch (e) {
    row.dataset.save = 'failed';
    setSaveState('failed', 'Not saved: the server cannot be reached.');
    return false;
  }
}

/** The server's translation is now the segment's: row, progress and the open editor follow. */
function stored(s, translation) {
  s.translation = translation;
  editor.rows.get(s.id).dataset.save = 'saved';
  updateRow(s);
  updateProgress();
}

/** A refused save: the dialog lets the translator save theirs on top or take the server's. */
function conflict(s, mine, status, comment, current) {
  showConflict(s, mine, current, {
    keepMine: async () => {
      await saveTranslation(s, mine, status, {comment, version: current ? current.version : 0});
      if (editor.active === s && editor.textarea) editor.textarea.value = mine;
    },
    takeTheirs: () => {
      stored(s, current);
      if (editor.active === s && editor.textarea) editor.textarea.value = savedText(s);
      setSaveState('saved', 'Took the other version');
    },
  });
}

/** Makes an older revision the current translation (a new revision); true when done. */
export async function restoreRevision(s, revision) {
  const response = await api('/api/segments/' + s.id + '/restore', {
    method: 'POST', body: {revision, version: versionOf(s)},
  });
  const json = await readJson(response);
  if (response.ok) {
    s.translation = json;
    updateRow(s);
    updateProgress();
    if (editor.active === s && editor.textarea) editor.textarea.value = json.text;
    setSaveState('saved', 'Restored version ' + revision);
    return true;
  }
  if (response.status === 409) {
    conflict(s, editor.active === s && editor.textarea ? editor.textarea.value : savedText(s), statusOf(s), null, json.current);
  } else {
    setSaveState('failed', 'Not restored: ' + problemText(json, response.status));
  }
  return false;
}
