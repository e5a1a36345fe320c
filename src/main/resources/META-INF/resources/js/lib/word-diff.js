// A word diff for showing what changed between two versions of a text (history, restore): the longest common
// run of words stays plain, removed words are <del>, added words <ins>. Whitespace is kept as it was.
import {el} from './dom.js';

/** Past this many word pairs the diff is not worth its time: the old text is shown removed, the new added. */
const MAX_CELLS = 250000;

// words, the spaces between them and punctuation each on their own: "home." and "home" share "home"
const words = (text) => (text || '').split(/(\s+|[.,;:!?…“”‘’"()])/).filter((w) => w !== '');

/** [{op: '=', '-' or '+', text}] turning before into after, word by word. */
export function wordDiff(before, after) {
  const a = words(before);
  const b = words(after);
  if (a.length * b.length > MAX_CELLS) {
    return [...(a.length ? [{op: '-', text: a.join('')}] : []), ...(b.length ? [{op: '+', text: b.join('')}] : [])];
  }
  // lcs[i][j]: the longest common run of a[i..] and b[j..]
  const lcs = Array.from({length: a.length + 1}, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out = [];
  const push = (op, text) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text; else out.push({op, text});
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { push('=', a[i]); i++; j++; }
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) push('-', a[i++]);
    else push('+', b[j++]);
  }
  while (i < a.length) push('-', a[i++]);
  while (j < b.length) push('+', b[j++]);
  return out;
}

/** The diff as nodes: text, <del> and <ins>. */
export function diffNodes(before, after) {
  return wordDiff(before, after).map((part) => (part.op === '=' ? part.text : el(part.op === '-' ? 'del' : 'ins', null, part.text)));
}
