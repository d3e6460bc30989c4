// The one way pages call the platform: same-origin fetch through the gateway, which adds the signed-in
// official's token (the browser never holds one). Every failure arrives as an ApiProblem carrying the RFC 9457
// problem the service wrote, so a page can show its detail and mark the field it names (its message in Vietnamese
// where lib/messages.js knows it).
import { fieldMessage } from './messages.js';

export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.type = (problem.type || '').replace('urn:mot-cua:problem:', '');
    this.title = problem.title || '';
    this.detail = problem.detail || '';
    this.errors = Array.isArray(problem.errors)
      ? problem.errors.map((e) => ({ ...e, message: fieldMessage(e.message) }))
      : [];
    this.correlationId = problem.correlationId || '';
    /** Seconds to wait before trying again (Retry-After of a 429 or 503), or null. */
    this.retryAfter = null;
  }

  static async from(response) {
    let body = {};
    try {
      body = await response.json();
    } catch (e) {
      body = { title: response.statusText };
    }
    const problem = new ApiProblem(response.status, body);
    const retryAfter = Number.parseInt(response.headers.get('Retry-After') || '', 10);
    problem.retryAfter = Number.isFinite(retryAfter) ? retryAfter : null;
    return problem;
  }

  /** The session ended (or never began): the page offers to sign in again. */
  get signInNeeded() {
    return this.status === 401;
  }
}

/** A key for one intended write: a retry of the same click reuses it, so the service makes one dossier. */
export function idempotencyKey() {
  return crypto.randomUUID();
}

function url(path, query) {
  if (!query) {
    return path;
  }
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '') {
      continue;
    }
    (Array.isArray(value) ? value : [value]).forEach((v) => params.append(name, v));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function send(method, path, { query, body, idempotencyKey: key, accept, headers } = {}) {
  const init = {
    method,
    credentials: 'same-origin',
    headers: { Accept: accept || 'application/json', ...(headers || {}) },
  };
  if (body !== undefined) {
    if (typeof body === 'string' || body instanceof Blob) {
      init.body = body;
    } else {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
  }
  if (key) {
    init.headers['Idempotency-Key'] = key;
  }
  let response;
  try {
    response = await fetch(url(path, query), init);
  } catch (e) {
    throw new ApiProblem(0, { title: 'Không kết nối được', detail: 'Không kết nối được tới hệ thống; hãy thử lại.' });
  }
  if (!response.ok) {
    throw await ApiProblem.from(response);
  }
  return response;
}

async function json(response) {
  return response.status === 204 ? null : response.json();
}

export const api = {
  /** GET → parsed JSON. */
  get: async (path, options) => json(await send('GET', path, options)),
  /** GET of a paged list → { items, total } from the body and the X-Total-Count header. */
  page: async (path, options) => {
    const response = await send('GET', path, options);
    const items = await response.json();
    const total = Number(response.headers.get('X-Total-Count') ?? items.length);
    return { items, total };
  },
  post: async (path, body, options) => json(await send('POST', path, { ...options, body })),
  put: async (path, body, options) => json(await send('PUT', path, { ...options, body })),
  delete: async (path, options) => json(await send('DELETE', path, options)),
  /** Any method → { blob, fileName } for a download (a receipt PDF, a report). */
  file: async (method, path, options) => {
    const response = await send(method, path, options);
    const disposition = response.headers.get('Content-Disposition') || '';
    const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
    const fileName = match ? decodeURIComponent(match[1] || match[2]) : 'tai-lieu';
    return { blob: await response.blob(), fileName };
  },
};

/** Hands a downloaded file to the browser as a download under its own name. */
export function saveFile({ blob, fileName }) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}
