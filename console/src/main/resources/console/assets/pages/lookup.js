// Tra cứu tình trạng hồ sơ: anyone holding the receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) reads the
// dossier's status with its code and lookup secret, without signing in. The answer carries no personal data (no
// applicant, officer or reason). A wrong secret and an unknown code get the same neutral message, so the page
// never tells which codes exist. The secret is never put in the address: it would stay in the browser's history.
import { api } from '../lib/api.js';
import { html, render } from '../lib/html.js';
import { dateTime } from '../lib/format.js';
import { clearFields, formValues, markFields, problemBox } from '../lib/ui.js';
import { keepTicket } from '../lib/rating-ticket.js';

export const title = 'Tra cứu hồ sơ';

// the shapes the dossier service accepts (PublicLookupResource, LookupSecret)
const CODE = /^([0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}|[0-9]{2})-[0-9]{6}-[0-9]{4,6}$/;
const SECRET = /^[2-9A-HJKMNP-Za-hjkmnp-z]{10}$/;
const MESSAGES = {
  code: 'Mã hồ sơ gồm mã cơ quan, ngày và số thứ tự, như in trên giấy tiếp nhận, ví dụ 000.00.15.H20-260212-0001',
  secret: 'Mã tra cứu gồm 10 chữ và số, như in trên giấy tiếp nhận',
};

const TIMELINESS = { EARLY: 'Trước hạn', ON_TIME: 'Đúng hạn', LATE: 'Quá hạn' };

// the stages a dossier passes through, and the statuses that stand at each
const STAGES = [
  { label: 'Tiếp nhận', statuses: ['RECEIVED'] },
  { label: 'Đang giải quyết', statuses: ['IN_APPRAISAL', 'SUPPLEMENT_REQUESTED'] },
  { label: 'Đã có kết quả', statuses: ['RESOLVED'] },
  { label: 'Đã trả kết quả', statuses: ['RETURNED'] },
];

function progress(status) {
  const at = STAGES.findIndex((s) => s.statuses.includes(status));
  if (at < 0) {
    return '';
  }
  return html`<ol class="progress" aria-label="Tiến độ giải quyết">${STAGES.map((s, i) => html`<li
    class="${i < at ? 'done' : i === at ? 'current' : 'todo'}" ${i === at ? html`aria-current="step"` : ''}>
    <span class="progress-label">${s.label}</span>
    <span class="progress-state">${i < at ? 'Đã qua' : i === at ? 'Hiện tại' : 'Chưa đến'}</span></li>`)}</ol>`;
}

// a returned dossier may be rated once: its rating ticket stays in memory for the rating page
function rateLink(rateable) {
  return rateable
    ? html`<p class="rate-link"><a class="button" href="#/danh-gia-ho-so">Đánh giá việc giải quyết hồ sơ</a></p>`
    : '';
}

function result(d) {
  const rateable = keepTicket(d);
  return html`<section class="lookup-result" aria-labelledby="result-title">
    <h2 id="result-title">Hồ sơ ${d.code}</h2>
    <p><span class="badge badge-status">${d.statusLabel}</span>
      ${d.timeliness ? html` <span class="badge ${d.timeliness === 'LATE' ? 'badge-overdue' : 'badge-due'}">${TIMELINESS[d.timeliness]}</span>` : ''}</p>
    ${progress(d.status)}
    <dl class="facts">
      <dt>Mã thủ tục</dt><dd>${d.procedureCode}</dd>
      <dt>Ngày tiếp nhận</dt><dd>${d.receivedAt ? dateTime(d.receivedAt) : 'Chưa tiếp nhận'}</dd>
      <dt>Ngày hẹn trả kết quả</dt><dd>${d.dueAt ? dateTime(d.dueAt) : 'Chưa có'}</dd>
      ${d.returnedAt ? html`<dt>Ngày trả kết quả</dt><dd>${dateTime(d.returnedAt)}</dd>` : ''}
    </dl>
    <h3>Quá trình xử lý</h3>
    <ol class="timeline">${d.timeline.map((s) => html`<li><strong>${s.label}</strong><br>
      <span class="muted">${dateTime(s.at)}</span></li>`)}</ol>
    ${rateLink(rateable)}
  </section>`;
}

function refusal(problem) {
  if (problem.status === 404) {
    return html`<div class="alert alert-error" role="alert"><p class="alert-title">Không tìm thấy hồ sơ</p>
      <p>Không có hồ sơ nào khớp với mã hồ sơ và mã tra cứu đã nhập. Hãy kiểm tra lại hai mã in trên Giấy tiếp
      nhận hồ sơ và hẹn trả kết quả.</p></div>`;
  }
  if (problem.status === 429) {
    const wait = problem.retryAfter
      ? (problem.retryAfter >= 60 ? `${Math.ceil(problem.retryAfter / 60)} phút` : `${problem.retryAfter} giây`)
      : 'ít phút';
    return html`<div class="alert alert-error" role="alert"><p class="alert-title">Tạm dừng tra cứu</p>
      <p>Đã có quá nhiều lượt tra cứu từ máy của bạn hoặc quá nhiều lần nhập sai mã tra cứu của hồ sơ này. Để bảo
      vệ thông tin hồ sơ, hệ thống tạm dừng tra cứu; hãy thử lại sau ${wait}.</p></div>`;
  }
  return problemBox(problem);
}

export async function show(main) {
  render(main, html`
    <h1>Tra cứu tình trạng hồ sơ</h1>
    <p>Nhập mã hồ sơ và mã tra cứu in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả. Không cần đăng nhập.</p>
    <form class="lookup-form" novalidate>
      <div class="grid-2">
        <div class="field">
          <label for="code">Mã hồ sơ</label>
          <input id="code" name="code" autocomplete="off" spellcheck="false" required
            placeholder="000.00.15.H20-260212-0001">
        </div>
        <div class="field">
          <label for="secret">Mã tra cứu</label>
          <input id="secret" name="secret" autocomplete="off" spellcheck="false" required maxlength="10">
        </div>
      </div>
      <div class="actions"><button type="submit">Tra cứu</button></div>
    </form>
    <div id="answer"></div>`);

  const form = main.querySelector('form');
  const answer = main.querySelector('#answer');
  const button = form.querySelector('button');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const values = formValues(form);
    const code = (values.code || '').toUpperCase();
    const secret = (values.secret || '').replace(/\s+/g, '');
    const errors = [];
    if (!CODE.test(code)) {
      errors.push({ field: 'code', message: MESSAGES.code });
    }
    if (!SECRET.test(secret)) {
      errors.push({ field: 'secret', message: MESSAGES.secret });
    }
    render(answer, '');
    keepTicket(null);
    if (errors.length) {
      markFields(form, { errors });
      return;
    }
    clearFields(form);
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      const dossier = await api.get(`/api/public/dossiers/${encodeURIComponent(code)}`, { query: { secret } });
      render(answer, result(dossier));
      answer.querySelector('h2').setAttribute('tabindex', '-1');
      answer.querySelector('h2').focus();
    } catch (problem) {
      if (problem.status === 400 && problem.errors.length) {
        markFields(form, { errors: problem.errors.map((er) => ({ field: er.field, message: MESSAGES[er.field] || er.message })) });
      } else {
        render(answer, refusal(problem));
        answer.querySelector('[role=alert]')?.setAttribute('tabindex', '-1');
        answer.querySelector('[role=alert]')?.focus();
      }
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  });
}
