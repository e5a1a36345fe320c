// What the editor's modules share: the page's settings and the one mutable editor object.
// An object rather than exported lets: importers cannot reassign a module's bindings.
import {showSaveState} from '../lib/dom.js';

export const root = document.getElementById('editor');
export const docId = root.dataset.document;
export const canTranslate = root.dataset.canTranslate === 'true';
export const canReview = root.dataset.canReview === 'true';

export const editor = {
  segments: [],         // [{id, paragraph, index, text, translation}] in document order, as far as loaded; s.at is the position
  byId: new Map(),      // segment id -> segment
  complete: false,      // every page of the document is loaded
  rows: new Map(),      // segment id -> row element, for the rows in the DOM (and the active one)
  active: null,         // the segment being edited (or read)
  textarea: null,       // the active row's editor; null when read-only or none is active
  qa: new Map(),        // segment id -> {errors, warnings} of its translation (or of the text being typed)
  changed: new Map(),   // segment id -> who else saved it since the page was opened (the live desk)
  comments: new Map(),  // segment id -> how many comments its thread has
  people: new Map(),    // segment id -> names of the others editing it now (the live desk)
};

/**
 * A segment's save state (saving, saved, failed, unsaved) lives on the segment, so a row built later (the list
 * renders only the rows in view) shows it too.
 */
export function markSave(s, state) {
  s.save = state;
  const row = editor.rows.get(s.id);
  if (row) row.dataset.save = state;
}

export const statusOf = (s) => (s.translation ? s.translation.status : 'untranslated');
export const savedText = (s) => (s.translation ? s.translation.text : '');
export const isConfirmed = (s) => statusOf(s) === 'translated' || statusOf(s) === 'approved';
export const versionOf = (s) => (s.translation ? s.translation.version : 0);

const saveState = document.getElementById('save-state');
export const setSaveState = (state, message) => showSaveState(saveState, state, message);
