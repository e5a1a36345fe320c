// Helpers shared by every Selaras page script. Text always goes in as text nodes or properties,
// never as HTML, so nothing a user typed can become markup.

/**
 * Builds an element. attrs: null, or {class, dataset: {...}, any property (id, type, title, lang,
 * hidden, disabled, href, value…), any other key as an attribute}; null/false values are skipped.
 * Children: nodes, strings (as text), null/false (skipped) or arrays of those.
 */
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') e.className = value;
    else if (key === 'dataset') Object.assign(e.dataset, value);
    else if (key in e) e[key] = value;
    else e.setAttribute(key, value);
  }
  append(e, children);
  return e;
}

function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(child); // append() makes strings text nodes
  }
}

/**
 * A JSON request to our API with the session cookie; body (if any) is sent as JSON. Writes carry the page's
 * CSRF token too: the server takes the browser's Origin first, the token where a browser sends no Origin.
 */
export function api(url, {method = 'GET', body, blob, type, keepalive = false} = {}) {
  const headers = {'Accept': 'application/json'};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (blob !== undefined) headers['Content-Type'] = type || 'application/octet-stream'; // bytes as they are (a file part)
  if (method !== 'GET' && method !== 'HEAD') headers['X-CSRF-Token'] = csrfToken();
  return fetch(url, {
    method, headers, keepalive, credentials: 'same-origin',
    body: blob !== undefined ? blob : body === undefined ? undefined : JSON.stringify(body),
  });
}

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : '';
}

/** The response's JSON body, or {} when it has none (errors may come without one). */
export function readJson(response) {
  return response.json().catch(() => ({}));
}

/** The message of an error answer (application/problem+json): its detail, else its title. */
export async function problem(response) {
  return problemText(await readJson(response), response.status);
}

/** The same, for a problem body already read. */
export function problemText(json, status) {
  return (json && (json.detail || json.title)) || 'HTTP ' + status;
}

/** The toolbar's save indicator (#save-state): data-state drives its colour, the text says what happened. */
export function showSaveState(node, state, message) {
  node.dataset.state = state;
  node.textContent = message;
}
