// The rows in the DOM: only those near the screen, so a 100,000-segment document builds a few hundred
// elements, not 700,000. The segments shown (filter and search applied) are `items`; each has a height, measured
// once its row was on the page, else estimated from its text. A spacer above and one below stand for the rows
// that are not built, so the scroll bar is the whole document's. Rows are added and removed at the window's
// edges and never moved, so the active row keeps its focus; a row scrolled far away is dropped (its state
// lives in the segment objects), except the active one, kept aside until it comes back.
// A document of up to ALL_ROWS segments has every row built, those filtered out hidden, exactly as before the
// window; ?rows=all does that for any document (the old editor, the benchmark's peer), ?rows=window virtualises
// from the first row.
import {el} from '../lib/dom.js';
import {editor} from './state.js';

const list = document.getElementById('segments');
const mode = new URLSearchParams(location.search).get('rows');
const ALL_ROWS = mode === 'all' ? Infinity : mode === 'window' ? 0 : 400;
const top = el('div', {class: 'rows-above', 'aria-hidden': 'true'});
const bottom = el('div', {class: 'rows-below', 'aria-hidden': 'true'});

let build = null;        // s -> a new row element
let items = [];          // the segments shown, in document order; s.vi is the position in it
let offsets = new Float64Array(1);   // offsets[i]: pixels above item i; offsets[items.length]: all of them
let first = 0;           // the items rendered: [first, last)
let last = 0;
let scale = 1;           // measured / estimated, learnt from the rows on the page
let laidOut = () => {};  // told each time the rows on the page changed (row-focus.js keeps a Tab stop among them)

/** Called once: how a row is made (segment-list.js). */
export function rowsFrom(make) {
  build = make;
  // the browser's own scroll anchoring would fight ours (below) while rows come and go
  document.documentElement.style.overflowAnchor = 'none';
  window.addEventListener('scroll', schedule, {passive: true});
  window.addEventListener('resize', () => { for (const s of items) s.h = 0; recompute(0); schedule(); });
}

/** Called after the rows on the page changed (built, dropped, hidden or shown again). */
export function onLayout(f) { laidOut = f; }

export const shown = () => items;
export const isShown = (s) => s.vi !== undefined && items[s.vi] === s;
export const windowed = () => editor.segments.length > ALL_ROWS;
let wasWindowed = false;

/** A height for a row never on the page: lines of its longer side, plus the paragraph's frame. */
function estimate(s, i) {
  const lines = Math.max(1, Math.ceil(s.text.length / 70),
    s.translation ? Math.ceil(s.translation.text.length / 70) : 1);
  const frame = i === 0 || items[i - 1].paragraph !== s.paragraph ? 30 : 0;
  return (16 + 22 * lines + frame) * scale;
}

function recompute(from) {
  if (offsets.length !== items.length + 1) {
    const next = new Float64Array(items.length + 1);
    next.set(offsets.subarray(0, Math.min(offsets.length, next.length)));
    offsets = next;
  }
  for (let i = from; i < items.length; i++) {
    offsets[i + 1] = offsets[i] + (items[i].h || estimate(items[i], i));
  }
}

/** The item at y pixels into the list. */
function itemAt(y) {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= y) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** New items (a filter, a search, a join): the rendered rows are built again. */
export function showItems(next) {
  const held = wasWindowed ? onScreen() : null;
  for (const s of items) s.vi = undefined;
  items = next;
  items.forEach((s, i) => { s.vi = i; });
  if (!windowed()) { showAll(); return; }
  offsets = new Float64Array(items.length + 1);
  recompute(0);
  if (!wasWindowed) list.querySelectorAll('.segment[hidden]').forEach((row) => { row.hidden = false; });
  wasWindowed = true;
  clear();
  // the first row on the screen stays where it was when it is still shown (a join elsewhere changes the items too)
  if (held && isShown(held.s)) {
    window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY + offsets[held.s.vi] - held.at);
  }
  layout({anchor: false});
}

/** The first rendered row on the screen: its segment and where its top is. */
function onScreen() {
  for (let i = first; i < last; i++) {
    const row = editor.rows.get(items[i].id);
    const r = row && row.isConnected && row.getBoundingClientRect();
    if (r && r.bottom > 0) return {s: items[i], at: r.top};
  }
  return null;
}

/** The next page's items, after the last ones (nothing rendered moves). */
export function addItems(more) {
  if (windowed() !== wasWindowed) { showItems(items.concat(more)); return; }
  const from = items.length;
  for (const s of more) { s.vi = items.length; items.push(s); }
  if (!windowed()) { showAll(); return; }
  recompute(Math.max(0, from - 1));
  layout({anchor: true});
}

/** A small document: every row built (new ones at the end), those not shown hidden, as are empty paragraphs. */
function showAll() {
  if (!top.isConnected) list.replaceChildren(top, bottom);
  top.style.height = bottom.style.height = '0px';
  for (const s of editor.segments) {
    const row = editor.rows.get(s.id);
    if (!row || !row.isConnected) append(s);
    editor.rows.get(s.id).hidden = !isShown(s);
  }
  for (const section of list.querySelectorAll('section.paragraph')) {
    section.hidden = !section.querySelector('.segment:not([hidden])');
  }
  list.dataset.rendered = String(items.length);
  laidOut();
}

function clear() {
  // the focus in the active row (its box, or the row itself: a reader on the keyboard) comes back after the rebuild
  const active = editor.active && editor.rows.get(editor.active.id);
  const focused = active && active.contains(document.activeElement) ? document.activeElement : null;
  list.replaceChildren(top, bottom);
  for (const [id, row] of editor.rows) if (!editor.active || editor.active.id !== id) editor.rows.delete(id);
  first = last = 0;
  layout.refocus = focused;
}

let pending = false;
/** A layout on the next frame (scroll, resize, a row that changed height). */
export function schedule() {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => { pending = false; layout({anchor: true}); });
}

/** The range of items to render: the screen and one screen above and below it. */
function wanted() {
  const listTop = list.getBoundingClientRect().top;
  const y0 = -listTop - window.innerHeight;
  const y1 = -listTop + 2 * window.innerHeight;
  const from = itemAt(Math.max(0, y0));
  return [from, Math.min(items.length, itemAt(Math.max(0, y1)) + 1)];
}

/**
 * Brings the DOM to the wanted range: rows added or dropped at the edges, heights measured, spacers set.
 * With anchor, the first row on screen stays where it was (heights above it may have been estimates).
 */
export function layout({anchor} = {anchor: true}) {
  if (!build || !windowed()) return;
  let held = null;
  if (anchor) {
    for (let i = first; i < last; i++) {
      const row = editor.rows.get(items[i].id);
      const r = row && row.isConnected && row.getBoundingClientRect();
      if (r && r.bottom > 0) { held = {row, at: r.top}; break; }
    }
  }
  const [from, to] = wanted();
  if (from >= last || to <= first) {
    // nothing in common: start over at the new range
    for (let i = first; i < last; i++) drop(items[i]);
    for (const section of list.querySelectorAll('section.paragraph')) section.remove();
    for (let i = from; i < to; i++) append(items[i]);
  } else {
    for (let i = first; i < from; i++) drop(items[i]);
    for (let i = last - 1; i >= to; i--) drop(items[i]);
    for (let i = Math.min(first, to) - 1; i >= from; i--) prepend(items[i]);
    for (let i = Math.max(last, from); i < to; i++) append(items[i]);
  }
  first = from;
  last = to;
  measure();
  top.style.height = offsets[first] + 'px';
  bottom.style.height = (offsets[items.length] - offsets[last]) + 'px';
  if (held && held.row.isConnected) {
    const moved = held.row.getBoundingClientRect().top - held.at;
    if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
  }
  if (layout.refocus && layout.refocus.isConnected) layout.refocus.focus({preventScroll: true});
  layout.refocus = null;
  list.dataset.rendered = String(last - first);
  laidOut();
}

/** Each rendered row's height is the distance to the next row (its paragraph's frame included). */
function measure() {
  if (first >= last) return;
  const tops = [];
  for (let i = first; i < last; i++) tops.push(editor.rows.get(items[i].id).getBoundingClientRect().top);
  tops.push(bottom.getBoundingClientRect().top);
  let changed = -1;
  let measured = 0;
  let estimated = 0;
  for (let i = first; i < last; i++) {
    const h = tops[i - first + 1] - tops[i - first];
    if (!items[i].h) { measured += h; estimated += estimate(items[i], i) / scale; }
    if (Math.abs((items[i].h || 0) - h) >= 0.5) {
      items[i].h = h;
      if (changed < 0) changed = i;
    }
  }
  if (estimated > 0) scale = 0.8 * scale + 0.2 * (measured / estimated);
  if (changed >= 0) recompute(changed);
}

function sectionFor(s, where) {
  const edge = where === 'start' ? top.nextElementSibling : bottom.previousElementSibling;
  if (edge && edge.tagName === 'SECTION' && Number(edge.dataset.paragraph) === s.paragraph) return edge.lastElementChild;
  const body = el('div', {class: 'psegs'});
  const section = el('section', {class: 'paragraph', dataset: {paragraph: s.paragraph}},
    el('div', {class: 'pnum'}, '¶ ' + s.paragraph), body);
  if (where === 'start') top.after(section); else bottom.before(section);
  return body;
}

function rowOf(s) {
  let row = editor.rows.get(s.id);
  if (!row) { row = build(s); editor.rows.set(s.id, row); }
  return row;
}

function append(s) { sectionFor(s, 'end').append(rowOf(s)); }
function prepend(s) { sectionFor(s, 'start').prepend(rowOf(s)); }

function drop(s) {
  const row = editor.rows.get(s.id);
  if (!row) return;
  const section = row.closest('section.paragraph');
  row.remove();
  if (section && !section.querySelector('.segment')) section.remove();
  if (editor.active !== s) editor.rows.delete(s.id);
}

/**
 * The row of s, built and on the page: the list scrolls to it first when it is far away. Null when s is not
 * shown (filtered out, or joined into a group).
 */
export function reveal(s) {
  if (!isShown(s)) return null;
  if (windowed() && (s.vi < first || s.vi >= last)) {
    const listTop = list.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, Math.max(0, listTop + offsets[s.vi] - window.innerHeight / 3));
    layout({anchor: false});
  }
  return editor.rows.get(s.id) || null;
}
