// The target box of a tagged segment (HTML, Word, Markdown, XLIFF articles): a contenteditable line in which
// the tags are small chips that cannot be typed into, only moved, deleted (as a whole) or put in again with F9.
// It speaks the textarea's language (value, selectionStart/End, setSelectionRange, setRangeText), so the keys,
// memory, MT and saving code treat it as the textarea it replaces; its value keeps the {1}…{/1} form.
import {el} from '../lib/dom.js';
import {tagsOf, chip} from './tags.js';

/** A box holding {@code text}; only tags of {@code codes} become chips (others stay typed text). */
export function targetBox(text, codes, attrs) {
  const box = el('div', {class: 'target-input tag-box', contentEditable: 'true', role: 'textbox',
    'aria-multiline': 'true', spellcheck: 'true', ...attrs});
  const render = (value) => box.replaceChildren(...pieces(value, codes));
  Object.defineProperties(box, {
    value: {get: () => serialize(box), set: (v) => render(v == null ? '' : String(v))},
    selectionStart: {get: () => caret(box)[0]},
    selectionEnd: {get: () => caret(box)[1]},
  });
  box.setSelectionRange = (from, to) => select(box, from, to == null ? from : to);
  box.setRangeText = (insert, from, to, mode) => {
    const [selFrom, selTo] = caret(box);
    const start = from == null ? selFrom : from;
    const end = to == null ? selTo : to;
    const value = serialize(box);
    render(value.slice(0, start) + insert + value.slice(end));
    const after = start + insert.length;
    const shift = (p) => (p <= start ? p : p >= end ? p + insert.length - (end - start) : after);
    if (mode === 'end') select(box, after, after);
    else if (mode === 'start') select(box, start, start);
    else if (mode === 'select') select(box, start, after);
    else select(box, shift(selFrom), shift(selTo));
  };
  // the box holds text and chips only: Enter is a line break as in a textarea, a paste is plain text
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.ctrlKey && !e.altKey && !e.metaKey) {
      e.preventDefault();
      box.setRangeText('\n', null, null, 'end');
      box.dispatchEvent(new Event('input', {bubbles: true}));
    }
  });
  box.addEventListener('paste', (e) => {
    e.preventDefault();
    box.setRangeText((e.clipboardData && e.clipboardData.getData('text/plain')) || '', null, null, 'end');
    box.dispatchEvent(new Event('input', {bubbles: true}));
  });
  box.addEventListener('drop', (e) => e.preventDefault());
  // Chromium can put the caret inside a chip (Home on a wrapped line that starts with one), where typing goes
  // nowhere: before any key acts, and whenever the selection moves, it goes just outside the chip
  box.addEventListener('keydown', () => outOfChips(box), true);
  document.addEventListener('selectionchange', () => { if (box.isConnected && document.activeElement === box) outOfChips(box); });
  render(text || '');
  return box;
}

function pieces(value, codes) {
  const out = [];
  let at = 0;
  for (const t of tagsOf(value)) {
    if (!(codes || []).some((c) => c.id === t.id)) continue;
    if (t.start > at) out.push(document.createTextNode(value.slice(at, t.start)));
    out.push(chip(t, codes));
    at = t.end;
  }
  if (at < value.length) out.push(document.createTextNode(value.slice(at)));
  // a chip at the very end gets a text node after it, so the caret has somewhere to stand
  if (!out.length || out[out.length - 1].nodeType !== Node.TEXT_NODE) out.push(document.createTextNode(''));
  return out;
}

/** The box's text in the tagged form: chips as their tags, the browser's <br>/<div> lines as \n. */
function serialize(node) {
  let s = '';
  node.childNodes.forEach((n, i) => {
    if (n.nodeType === Node.TEXT_NODE) s += n.data.replace(/\u00a0/g, ' ');
    else if (n.dataset && n.dataset.tag) s += n.dataset.tag;
    else if (n.nodeName === 'BR') s += i === node.childNodes.length - 1 ? '' : '\n';
    else if (n.nodeName === 'DIV' || n.nodeName === 'P') s += (s && !s.endsWith('\n') ? '\n' : '') + serialize(n);
    else s += serialize(n);
  });
  return s;
}

/** The selection as offsets in the tagged text (the box's end when the selection is elsewhere). */
function caret(box) {
  const sel = window.getSelection();
  const end = serialize(box).length;
  if (!sel.rangeCount || !box.contains(sel.anchorNode)) return [end, end];
  const r = sel.getRangeAt(0);
  const offset = (node, off) => {
    const before = document.createRange();
    before.setStart(box, 0);
    before.setEnd(node, off);
    const holder = document.createElement('div');
    holder.append(before.cloneContents());
    return serialize(holder).length;
  };
  return [offset(r.startContainer, r.startOffset), offset(r.endContainer, r.endOffset)];
}

/** Moves either end of the selection that sits inside a chip to the chip's nearer side. */
function outOfChips(box) {
  const sel = window.getSelection();
  if (!sel.rangeCount) return;
  const r = sel.getRangeAt(0);
  const chipOf = (node) => {
    const e = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    const c = e && e.closest('.tag');
    return c && c !== box && box.contains(c) ? c : null;
  };
  const startChip = chipOf(r.startContainer);
  const endChip = chipOf(r.endContainer);
  if (!startChip && !endChip) return;
  const range = r.cloneRange();
  if (startChip) {
    if (r.startOffset === 0) range.setStartBefore(startChip); else range.setStartAfter(startChip);
  }
  if (endChip) {
    if (r.collapsed && startChip) range.collapse(true);
    else if (r.endOffset === 0) range.setEndBefore(endChip); else range.setEndAfter(endChip);
  }
  sel.removeAllRanges();
  sel.addRange(range);
}

/** Puts the selection at tagged offsets; an offset inside a tag snaps to the tag's end. */
function select(box, from, to) {
  const point = (n) => {
    let left = n;
    for (let i = 0; i < box.childNodes.length; i++) {
      const c = box.childNodes[i];
      const len = c.nodeType === Node.TEXT_NODE ? c.data.length : (c.dataset && c.dataset.tag ? c.dataset.tag.length : 0);
      if (c.nodeType === Node.TEXT_NODE && left <= len) return [c, left];
      if (c.nodeType !== Node.TEXT_NODE && left === 0) return [box, i];
      if (c.nodeType !== Node.TEXT_NODE && left < len) return [box, i + 1];
      left -= len;
    }
    return [box, box.childNodes.length];
  };
  const range = document.createRange();
  range.setStart(...point(Math.max(0, from)));
  range.setEnd(...point(Math.max(from, to)));
  const sel = window.getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
}
