// In-page dialogs for every page (never window.confirm or prompt(): they block the page, cannot be styled or
// tested, and Chrome lets a user silence them). A dialog keeps the keyboard inside it (Tab and Shift+Tab go round
// its controls), Esc cancels, and focus goes back to where it was when it closes.
import {el} from './dom.js';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), '
  + 'textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** Tab and Shift+Tab stay among the box's visible controls (its open state is the caller's). */
export function keepFocusIn(box) {
  box.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const controls = [...box.querySelectorAll(FOCUSABLE)].filter((c) => c.offsetParent !== null);
    if (!controls.length) return;
    const first = controls[0];
    const last = controls[controls.length - 1];
    if (e.shiftKey && (document.activeElement === first || !box.contains(document.activeElement))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (document.activeElement === last || !box.contains(document.activeElement))) {
      e.preventDefault();
      first.focus();
    }
  });
}

/**
 * Asks a yes/no question in the page: resolves true for the OK button, false for Cancel or Esc.
 * {title, text (a string or nodes), ok, cancel}; the OK button has the focus.
 */
export function confirmInPage({title, text, ok = 'OK', cancel = 'Cancel'}) {
  const from = document.activeElement;
  const titleId = 'confirm-title-' + Math.random().toString(36).slice(2, 8);
  const okButton = el('button', {type: 'button', class: 'confirm-ok'}, ok);
  const cancelButton = el('button', {type: 'button', class: 'secondary confirm-cancel'}, cancel);
  const box = el('div', {class: 'dialog confirm-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId},
    el('div', {class: 'dialog-body'}, el('h2', {id: titleId}, title), el('div', {class: 'confirm-text'}, text),
      el('div', {class: 'dialog-actions'}, okButton, cancelButton)));
  keepFocusIn(box);
  document.body.append(box);
  okButton.focus();
  return new Promise((resolve) => {
    const close = (answer) => {
      box.remove();
      if (from && from.isConnected && typeof from.focus === 'function') from.focus();
      resolve(answer);
    };
    okButton.addEventListener('click', () => close(true));
    cancelButton.addEventListener('click', () => close(false));
    box.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); close(false); }
    });
  });
}
