// Tags of a formatted segment (HTML or Word article): {1}…{/1} around bold, italics or a link, {2/} for a
// break or a footnote mark. They show as small chips that cannot be typed into; the target box keeps them as
// text, F9 puts in the next tag of the source that the target still lacks (F9: no browser acts on it).
import {el} from '../lib/dom.js';

const TAG = /\{(\/?)(\d{1,6})(\/?)\}/g;

/** The tags of a text in order: [{text, id, kind, start, end}]. */
export function tagsOf(text) {
  const out = [];
  for (const m of (text || '').matchAll(TAG)) {
    if (m[1] && m[3]) continue;
    out.push({text: m[0], id: Number(m[2]), kind: m[1] ? 'close' : m[3] ? 'standalone' : 'open',
      start: m.index, end: m.index + m[0].length});
  }
  return out;
}

/** A chip for one tag; its tooltip names what it stands for (the markup as text, never as HTML). */
export function chip(tag, codes) {
  const code = (codes || []).find((c) => c.id === tag.id && c.kind.toLowerCase() === tag.kind);
  const title = code ? (code.type || 'tag') + (code.data ? ': ' + code.data : '') : 'tag ' + tag.text;
  return el('span', {class: 'tag tag-' + tag.kind, contentEditable: 'false', title, dataset: {tag: tag.text}},
    tag.text);
}

/** A text with its tags as chips (for read-only views); only tags of {@code codes} become chips. */
export function withChips(text, codes) {
  const parts = [];
  let at = 0;
  for (const t of tagsOf(text)) {
    if (!(codes || []).some((c) => c.id === t.id)) continue;
    if (t.start > at) parts.push(text.slice(at, t.start));
    parts.push(chip(t, codes));
    at = t.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/**
 * Where the tags of a tagged source fall in its plain text: [{at, tag}], at being the plain offset, so that
 * glossary marks (which point into the plain text) and chips can be laid out together.
 */
export function tagsInPlain(tagged) {
  const out = [];
  let removed = 0;
  for (const t of tagsOf(tagged)) {
    out.push({at: t.start - removed, tag: t});
    removed += t.end - t.start;
  }
  return out;
}

/** The first tag of the source that the target does not hold yet, or null. */
export function nextMissingTag(source, target) {
  const have = new Set(tagsOf(target).map((t) => t.text));
  return tagsOf(source).find((t) => !have.has(t.text)) || null;
}
