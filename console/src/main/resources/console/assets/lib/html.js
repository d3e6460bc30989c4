// Safe HTML by construction: every value interpolated into html`...` is escaped unless it is itself the result
// of html`...` (or an array of them). No page builds markup by string concatenation, so a procedure name or an
// applicant's address can never become markup (stored XSS through the catalogue or a dossier).

class SafeHtml {
  constructor(text) {
    this.text = text;
  }
  toString() {
    return this.text;
  }
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escape(value) {
  return String(value).replace(/[&<>"'`]/g, (c) => ESCAPES[c]);
}

function part(value) {
  if (value === null || value === undefined || value === false) {
    return '';
  }
  if (value instanceof SafeHtml) {
    return value.text;
  }
  if (Array.isArray(value)) {
    return value.map(part).join('');
  }
  return escape(value);
}

/** Tagged template: html`<td>${name}</td>` escapes name; null, undefined and false render as nothing. */
export function html(strings, ...values) {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) {
    out += part(values[i]) + strings[i + 1];
  }
  return new SafeHtml(out);
}

/** Puts a template's result into an element, replacing what it held. */
export function render(element, content) {
  element.innerHTML = part(content);
  return element;
}
