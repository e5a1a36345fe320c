// Groups of joined segments (memoQ's "join segments"): when one English sentence translates two or three
// Indonesian ones, the translator joins them (Alt+J, "Join next") into one row with the joined source and
// one target; Alt+K ("Split") makes them single segments again. The group's translation lives on its first
// segment (translation.span counts the segments); the others carry joinedTo and their rows stay hidden.
import {api, readJson, problemText} from '../lib/dom.js';
import {docId, editor, savedText, versionOf, setSaveState} from './state.js';
import {updateRow, updateProgress, refreshRow, applyFilter} from './segment-list.js';
import {draftOf, dropDraft} from './drafts.js';
import {saveTranslation} from './saving.js';
import {activate} from './editing.js';

export const spanOf = (s) => (s.translation && s.translation.span) || 1;

/** A segment's own source (a group's first segment shows the joined source in s.text). */
const ownText = (s) => (s.ownText !== undefined ? s.ownText : s.text);

/** A segment's own tagged source and codes (a group's first segment carries the whole group's). */
const ownTagged = (s) => (s.ownTagged !== undefined ? s.ownTagged : s.tagged);
const ownCodes = (s) => (s.ownCodes !== undefined ? s.ownCodes : s.codes);

/** The segments of the group that starts at s (s first; just s when it is alone). */
function members(s) {
  return editor.segments.slice(s.at, s.at + spanOf(s));
}

/**
 * Shows s as one row for its group: the joined source, the numbers it covers; the other segments are not
 * shown (they carry joinedTo). False while a large document's next page still lacks some of its segments.
 */
export function showGroup(s) {
  const ms = members(s);
  if (ms.length < spanOf(s)) return false;
  s.ownText = ownText(s);
  s.ownTagged = ownTagged(s);
  s.ownCodes = ownCodes(s);
  s.text = ms.map(ownText).join(' ');
  s.parts = ms.length > 1 ? ms.map((m) => ({id: m.id, length: ownText(m).length})) : null; // for the term marks
  // the group's box and source carry the tags of every member, joined as the texts are (the server's QA and
  // exports read the group the same way)
  s.tagged = ms.some(ownTagged) ? ms.map((m) => ownTagged(m) || ownText(m)).join(' ') : null;
  s.codes = ms.flatMap((m) => ownCodes(m) || []);
  s.label = ms.length > 1 ? s.index + '–' + ms[ms.length - 1].index : null;
  for (const m of ms.slice(1)) {
    m.text = ownText(m);
    m.tagged = ownTagged(m);
    m.codes = ownCodes(m);
    m.joinedTo = s.id;
  }
  refreshRow(s);
  return true;
}

let waiting = [];   // groups whose last segments are on a page not loaded yet

/** After loading a page (all of them: segments omitted): every group shown as one row. */
export function showGroups(segments = editor.segments) {
  const heads = waiting.concat(segments.filter((s) => spanOf(s) > 1 && !s.joinedTo));
  waiting = heads.filter((s) => !showGroup(s));
}

/** The segment after s's group in the same paragraph, or null. */
function nextInParagraph(s) {
  const ms = members(s);
  const next = editor.segments[ms[ms.length - 1].at + 1];
  return next && next.paragraph === s.paragraph ? next : null;
}

export const canJoin = (s) => !!nextInParagraph(s);

/** Stores the box's unsaved text first (as a draft), so that a join or split works on what the translator sees. */
async function settle(s) {
  const text = editor.textarea ? editor.textarea.value : savedText(s);
  if (text === savedText(s) && !draftOf(s)) return true;
  return saveTranslation(s, text, 'draft');
}

async function post(s, action) {
  const response = await api('/api/documents/' + docId + '/segments/' + s.id + '/' + action,
    {method: 'POST', body: {version: versionOf(s)}});
  return {response, json: await readJson(response)};
}

/** Alt+J: joins the active segment (or group) with the next segment of its paragraph. */
export async function joinNext() {
  const s = editor.active;
  if (!s || !editor.textarea) return;
  const next = nextInParagraph(s);
  if (!next) { setSaveState('failed', 'Nothing to join: the next segment starts another paragraph.'); return; }
  if (!(await settle(s))) return;
  const {response, json} = await post(s, 'join');
  if (!response.ok) { setSaveState('failed', 'Not joined: ' + problemText(json, response.status)); return; }
  for (const m of members(next)) {
    dropDraft(m);
    m.translation = null; // its English is now part of the group's
    m.text = ownText(m);
  }
  s.translation = json;
  showGroup(s);
  for (const m of members(s)) updateRow(m);
  updateProgress();
  applyFilter(); // the joined segments leave the list
  activate(s, false);
  setSaveState('saved', 'Joined: one translation for segments ' + s.label);
}

/** Alt+K: splits the active group into single segments; its English stays on the first one, as a draft. */
export async function splitGroup() {
  const s = editor.active;
  if (!s || !editor.textarea || spanOf(s) < 2) return;
  if (!(await settle(s))) return;
  const ms = members(s);
  const {response, json} = await post(s, 'split');
  if (!response.ok) { setSaveState('failed', 'Not split: ' + problemText(json, response.status)); return; }
  s.translation = json;
  for (const m of ms.slice(1)) delete m.joinedTo;
  showGroup(s);
  updateRow(s);
  updateProgress();
  applyFilter(); // the segments come back as rows of their own
  activate(s, false);
  setSaveState('saved', 'Split into segments ' + ms[0].index + '–' + ms[ms.length - 1].index);
}
