// Shared pieces of every page: the problem box, field errors beside their inputs, form values, busy buttons.
import { html, render } from './html.js';
import { signInUrl } from './session.js';

/** Vietnamese headings for the problems officials meet; the service's own detail is shown beneath. */
const PROBLEM_TITLES = {
  validation: 'Thông tin chưa hợp lệ',
  'illegal-transition': 'Không thực hiện được thao tác này ở trạng thái hiện tại của hồ sơ',
  'outside-jurisdiction': 'Hồ sơ không thuộc phạm vi của bạn',
  'not-found': 'Không tìm thấy',
  forbidden: 'Bạn không có quyền thực hiện thao tác này',
  unauthorized: 'Phiên đăng nhập đã hết, hãy đăng nhập lại',
  'rate-limited': 'Quá nhiều yêu cầu, hãy thử lại sau ít phút',
  'already-extended': 'Hồ sơ đã được xin lỗi và hẹn lại một lần',
  'apology-too-late': 'Đã quá thời hạn gửi văn bản xin lỗi và hẹn lại',
  'supplement-already-requested': 'Hồ sơ đã được yêu cầu bổ sung một lần',
  'supplement-window-passed': 'Đã quá thời hạn yêu cầu bổ sung hồ sơ',
  'invalid-id-number': 'Số định danh hoặc mã số thuế không hợp lệ',
  'procedure-not-in-force': 'Thủ tục chưa có hiệu lực hoặc đã hết hiệu lực',
  'channel-not-allowed': 'Không được tiếp nhận theo kênh này',
  'not-your-step': 'Bước xử lý này không thuộc đơn vị của bạn',
  'upstream-unavailable': 'Hệ thống đang tạm gián đoạn, hãy thử lại sau',
  'upstream-timeout': 'Hệ thống phản hồi chậm, hãy thử lại sau',
};

export function problemTitle(problem) {
  return PROBLEM_TITLES[problem.type] || problem.title || 'Không thực hiện được';
}

/** An alert box for a failed call: the heading in Vietnamese, the service's detail, each field's message. */
export function problemBox(problem) {
  return html`<div class="alert alert-error" role="alert">
    <p class="alert-title">${problemTitle(problem)}</p>
    ${problem.detail ? html`<p class="alert-detail">${problem.detail}</p>` : ''}
    ${problem.errors && problem.errors.length
      ? html`<ul>${problem.errors.map((e) => html`<li><code>${e.field}</code>: ${e.message}</li>`)}</ul>`
      : ''}
    ${problem.signInNeeded ? html`<p><a class="button" href="${signInUrl()}">Đăng nhập lại</a></p>` : ''}
    ${problem.correlationId ? html`<p class="muted">Mã tra soát: ${problem.correlationId}</p>` : ''}
  </div>`;
}

export function successBox(message) {
  return html`<div class="alert alert-success" role="status"><p>${message}</p></div>`;
}

/**
 * Marks the inputs a problem names (name="applicant.name" for the field "applicant.name") as invalid, with the
 * message beside them, and focuses the first. Returns whether any field was marked.
 */
export function markFields(form, problem) {
  clearFields(form);
  let first = null;
  for (const error of problem.errors || []) {
    const input = form.querySelector(`[name="${CSS.escape(error.field)}"]`);
    if (!input) {
      continue;
    }
    const note = document.createElement('p');
    note.className = 'field-error';
    note.id = `${input.id || input.name}-error`;
    note.textContent = error.message;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', note.id);
    input.insertAdjacentElement('afterend', note);
    first = first || input;
  }
  if (first) {
    first.focus();
  }
  return first !== null;
}

export function clearFields(form) {
  form.querySelectorAll('.field-error').forEach((n) => n.remove());
  form.querySelectorAll('[aria-invalid]').forEach((n) => {
    n.removeAttribute('aria-invalid');
    n.removeAttribute('aria-describedby');
  });
}

/** Trimmed, NFC-normalised values by input name; empty inputs are left out. */
export function formValues(form) {
  const values = {};
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value !== 'string') {
      continue;
    }
    const text = value.normalize('NFC').trim();
    if (text !== '') {
      values[name] = text;
    }
  }
  return values;
}

/**
 * Runs a call from a button: disables it while it runs (no double submission), shows the problem in `where` on
 * failure, marks the fields of `form`, and returns the call's result or undefined on failure.
 */
export async function submitting(button, where, call, form) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  render(where, '');
  try {
    const result = await call();
    if (form) {
      clearFields(form);
    }
    return result;
  } catch (problem) {
    render(where, problemBox(problem));
    if (form) {
      markFields(form, problem);
    }
    if (!form || !(problem.errors || []).length) {
      where.querySelector('[role=alert]')?.focus?.();
    }
    return undefined;
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

/** A page's heading and its place in the document title. */
export function setTitle(title) {
  document.title = title ? `${title} · Một Cửa` : 'Một Cửa';
}
