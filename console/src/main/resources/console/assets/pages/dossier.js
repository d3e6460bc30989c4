// Một hồ sơ (#/ho-so/:id): its facts, how its appointed date was computed, its internal process and its timeline,
// and a button for each action the dossier service offers this official now (GET /{id}/actions/allowed: the
// state, the official's role and jurisdiction, and the rules of the history and the hour). What a rule withholds
// is said in words, never offered. Each action opens a small form; a refusal shows the service's problem beside
// the fields it names; after a success the page reads the dossier again.
import { api, idempotencyKey } from '../lib/api.js';
import { html, render } from '../lib/html.js';
import { date, dateTime, number, parseDate } from '../lib/format.js';
import { clearFields, formValues, markFields, problemBox, problemTitle, submitting, successBox } from '../lib/ui.js';
import { evaluationSection } from './dossier-evaluation.js';
import {
  ACTION, CHANNEL, DAY_KIND, OUTCOME, RETURN_METHOD, flagBadge, statusBadge, timelinessBadge, weekday,
  workingTime,
} from './dossier-labels.js';

export const title = 'Hồ sơ';

/** Headings for the refusals this page meets that the shared list does not word. */
const WITHHELD_TITLES = {
  'not-handed-over': 'Hồ sơ chưa được chuyển xử lý tới phòng, chưa phân công được',
  'no-next-step': 'Đây là bước cuối của quy trình; hồ sơ được giải quyết tại bước này',
};

/** The order buttons appear in: the usual course of a dossier. */
const ORDER = ['RECEIVE', 'REQUEST_PAPERS', 'ADD_PAPERS', 'REFUSE', 'HAND_OVER', 'ASSIGN', 'REQUEST_SUPPLEMENT',
  'SUPPLEMENT', 'EXTEND', 'RESOLVE', 'RETURN', 'WITHDRAW'];

/** Where each offered action is sent, and how a form's values become its body. */
const SENDS = {
  RECEIVE: { path: 'accept', body: (v) => (v.caseVariant ? { caseVariant: v.caseVariant } : undefined) },
  REQUEST_PAPERS: { path: 'request-papers', body: (v) => ({ reason: v.reason }) },
  ADD_PAPERS: { path: 'add-papers', body: () => undefined, key: true },
  REFUSE: { path: 'refuse', body: (v) => ({ reason: v.reason }) },
  HAND_OVER: { path: 'hand-over', body: (v) => ({ toUnit: v.toUnit, toOfficer: v.toOfficer, toAgency: v.toAgency }) },
  ASSIGN: { path: 'assign', body: (v) => ({ officer: v.officer }) },
  REQUEST_SUPPLEMENT: { path: 'request-supplement', body: (v) => ({ reason: v.reason, papers: v.papers }) },
  SUPPLEMENT: { path: 'supplement', body: () => undefined, key: true },
  EXTEND: { path: 'extend', body: (v) => ({ newDueDate: v.newDueDate, reason: v.reason, signedBy: v.signedBy }) },
  RESOLVE: {
    path: 'resolve',
    body: (v) => ({ outcome: v.outcome, reason: v.reason, resultReference: v.resultReference,
      electronicResult: v.electronicResult === 'on', resultDigitised: v.resultDigitised === 'on' }),
  },
  RETURN: { path: 'return', body: (v) => ({ method: v.method }) },
  WITHDRAW: { path: 'withdraw', body: (v) => ({ reason: v.reason }), key: true },
};

function field(name, label, input, hint) {
  return html`<div class="field"><label for="a-${name}">${label}</label>${input}
    ${hint ? html`<p class="hint" id="a-${name}-hint">${hint}</p>` : ''}</div>`;
}

function text(name, label, { value = '', required = false, hint = '', max = 200 } = {}) {
  return field(name, label, html`<input id="a-${name}" name="${name}" value="${value}" maxlength="${max}"
    ${required ? html`required aria-required="true"` : ''} ${hint ? html`aria-describedby="a-${name}-hint"` : ''}>`, hint);
}

function area(name, label, { required = false } = {}) {
  return field(name, label, html`<textarea id="a-${name}" name="${name}" rows="3" maxlength="2000"
    ${required ? html`required aria-required="true"` : ''}></textarea>`);
}

function select(name, label, choices) {
  return field(name, label, html`<select id="a-${name}" name="${name}">${Object.entries(choices).map(([value, l]) =>
    html`<option value="${value}">${l}</option>`)}</select>`);
}

function check(name, label) {
  return html`<div class="field"><label><input type="checkbox" id="a-${name}" name="${name}"> ${label}</label></div>`;
}

/** The fields of each action's form. */
function fieldsOf(action, { dossier, offer, user }) {
  switch (action) {
    case 'RECEIVE':
      return text('caseVariant', 'Mã trường hợp (nếu cần đổi)', { max: 30 });
    case 'REQUEST_PAPERS':
    case 'REFUSE':
    case 'WITHDRAW':
      return area('reason', 'Lý do', { required: true });
    case 'HAND_OVER': {
      const next = offer.nextStep;
      return html`${text('toUnit', 'Chuyển tới đơn vị (mã phòng)', { value: next ? next.unit : '', required: true, max: 50,
        hint: next ? `Bước ${next.number} của quy trình: ${next.unit}${next.role ? ` (${next.role})` : ''}` : 'Quy trình của thủ tục chưa mô tả các bước: nhập mã phòng của cơ quan.' })}
        ${text('toOfficer', 'Cán bộ xử lý (tên đăng nhập, nếu đã biết)', { max: 100 })}
        ${text('toAgency', 'Cơ quan phối hợp (chỉ với thủ tục liên thông)', { max: 50 })}`;
    }
    case 'ASSIGN':
      return text('officer', 'Cán bộ xử lý (tên đăng nhập)', { required: true, max: 100, hint: 'Ví dụ: xuly.ls' });
    case 'REQUEST_SUPPLEMENT':
      return html`${area('reason', 'Lý do yêu cầu bổ sung', { required: true })}${area('papers', 'Giấy tờ cần bổ sung')}`;
    case 'EXTEND':
      return html`${text('newDueDate', 'Ngày hẹn trả mới', { required: true, max: 10,
        hint: `Định dạng ngày/tháng/năm (dd/MM/yyyy), một ngày làm việc sau ngày hẹn hiện tại ${date(dossier.dueAt)}.` })}
        ${area('reason', 'Lý do chậm trễ', { required: true })}
        ${text('signedBy', 'Người ký văn bản xin lỗi', { value: user.name || '', required: true })}`;
    case 'RESOLVE':
      return html`${select('outcome', 'Kết quả', OUTCOME)}
        ${area('reason', 'Lý do từ chối (bắt buộc khi từ chối giải quyết)')}
        ${text('resultReference', 'Số, ký hiệu văn bản kết quả', { max: 100 })}
        ${check('electronicResult', 'Kết quả điện tử')}${check('resultDigitised', 'Kết quả đã số hóa')}`;
    case 'RETURN':
      return select('method', 'Hình thức trả kết quả', RETURN_METHOD);
    default:
      return html`<p>Xác nhận thực hiện thao tác này.</p>`;
  }
}

function clean(body) {
  if (!body) {
    return undefined;
  }
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined && v !== ''));
}

function facts(d) {
  const a = d.applicant || {};
  return html`<dl class="facts">
    <dt>Mã hồ sơ</dt><dd>${d.code || 'Chưa có (chưa tiếp nhận)'}</dd>
    <dt>Trạng thái</dt><dd>${statusBadge(d.status)}</dd>
    <dt>Thủ tục</dt><dd>${d.procedureCode}${d.procedureVersion ? `, phiên bản ${d.procedureVersion}` : ''}${d.caseVariant ? `, trường hợp ${d.caseVariant}` : ''}</dd>
    <dt>Cơ quan giải quyết</dt><dd>${d.agency}</dd>
    <dt>Kênh nộp</dt><dd>${CHANNEL[d.channel] || d.channel}</dd>
    <dt>Người nộp</dt><dd>${a.name}${a.idNumber ? html` <span class="muted">(số định danh ${a.idNumber})</span>` : ''}</dd>
    ${a.phone ? html`<dt>Điện thoại</dt><dd>${a.phone}</dd>` : ''}
    ${a.address ? html`<dt>Địa chỉ</dt><dd>${a.address}</dd>` : ''}
    <dt>Nộp lúc</dt><dd>${dateTime(d.submittedAt)}</dd>
    <dt>Tiếp nhận lúc</dt><dd>${d.receivedAt ? dateTime(d.receivedAt) : 'Chưa tiếp nhận'}</dd>
    <dt>Ngày hẹn trả</dt><dd>${d.dueAt ? dateTime(d.dueAt) : '—'}</dd>
    ${d.step ? html`<dt>Đang ở</dt><dd>Bước ${d.step.number}: ${d.step.unit} (${d.step.agency})${d.step.officer ? `, cán bộ ${d.step.officer}` : ', chưa phân công'}</dd>` : ''}
    ${d.supplement ? html`<dt>Yêu cầu bổ sung</dt><dd>${dateTime(d.supplement.requestedAt)}: ${d.supplement.reason || ''}${d.supplement.completedAt ? html`; đã nhận đủ ${dateTime(d.supplement.completedAt)}` : html`; <strong>đang chờ bổ sung</strong>`}</dd>` : ''}
    ${d.outcome ? html`<dt>Kết quả</dt><dd>${OUTCOME[d.outcome] || d.outcome}${d.resultReference ? `, số ${d.resultReference}` : ''}${d.outcomeReason ? html`<br>Lý do: ${d.outcomeReason}` : ''}
      ${d.resolvedAt ? html`<br>Giải quyết lúc ${dateTime(d.resolvedAt)} ${timelinessBadge(d.timeliness)}` : ''}</dd>` : ''}
    ${d.returnedAt ? html`<dt>Trả kết quả</dt><dd>${dateTime(d.returnedAt)}, ${RETURN_METHOD[d.returnMethod] || d.returnMethod}</dd>` : ''}
  </dl>`;
}

function limitText(limit) {
  if (!limit) {
    return '';
  }
  return limit.unit === 'WORKING_HOURS' ? `${number(limit.value)} giờ làm việc` : `${number(limit.value)} ngày làm việc`;
}

function dayItem(day) {
  return html`<li>${weekday(day.date)} ${date(day.date)}: ${DAY_KIND[day.kind] || day.kind}${day.name ? ` (${day.name})` : ''}</li>`;
}

function period(p, limit, index) {
  const restart = p.start === 'RESTART';
  const accepted = date(p.startedAt) !== date(p.countedFrom);
  return html`<li>
    <p><strong>${restart ? `Lần ${index + 1}: tính lại từ đầu` : 'Từ khi tiếp nhận'}</strong> lúc ${dateTime(p.startedAt)}:
      ${limitText(limit)} ${restart ? 'kể từ khi nhận đủ hồ sơ bổ sung (Nghị định 118/2025/NĐ-CP, Điều 19 khoản 5)' : ''}
      → hẹn trả <strong>${dateTime(p.dueAt)}</strong>.</p>
    <p class="hint">Ngày tiếp nhận không tính; ngày thứ nhất là ngày làm việc tiếp theo sau ${date(p.countedFrom)}${accepted ? ' (tiếp nhận ngoài giờ hoặc ngày nghỉ được tính từ ngày làm việc tiếp theo)' : ''}; hạn kết thúc khi hết giờ làm việc của ngày cuối (Bộ luật Dân sự 2015, Điều 147-148).</p>
    ${p.skipped.length ? html`<p>Không tính ${number(p.skipped.length)} ngày nghỉ:</p><ul class="deadline-days">${p.skipped.map(dayItem)}</ul>`
      : html`<p>Không có ngày nghỉ nào trong khoảng này.</p>`}
    ${p.workedRestDays.length ? html`<p>Có tính ngày làm bù:</p><ul class="deadline-days">${p.workedRestDays.map(dayItem)}</ul>` : ''}
    ${p.recomputedDueAt ? html`<p class="hint">Lịch làm việc đã thay đổi sau khi hẹn; theo lịch hiện nay ngày hẹn sẽ là ${dateTime(p.recomputedDueAt)}, nhưng ngày đã hẹn không đổi.</p>` : ''}
    ${p.stoppedAt ? html`<p>Dừng tính thời hạn lúc ${dateTime(p.stoppedAt)}: yêu cầu bổ sung hồ sơ${p.supplementReason ? ` (${p.supplementReason})` : ''}.</p>` : ''}
  </li>`;
}

function deadline(x) {
  if (!x || x.clock === 'NOT_STARTED') {
    return html`<p>Hồ sơ chưa được tiếp nhận: thời hạn giải quyết chưa bắt đầu (Nghị định 118/2025/NĐ-CP, Điều 17 khoản 3).</p>`;
  }
  let now;
  switch (x.clock) {
    case 'RUNNING':
      now = html`${flagBadge(x.flag)} ${x.workingMinutesLeft >= 0 ? `Còn ${workingTime(x.workingMinutesLeft)} đến hạn.`
        : `Đã quá hạn ${workingTime(x.workingMinutesLeft)}.`}`;
      break;
    case 'STOPPED_FOR_SUPPLEMENT':
      now = html`<span class="badge badge-status">Dừng tính hạn</span> Đang chờ người nộp bổ sung hồ sơ; thời hạn sẽ được tính lại từ đầu khi nhận đủ.`;
      break;
    default:
      now = x.resolvedAt ? html`Đã giải quyết lúc ${dateTime(x.resolvedAt)} ${timelinessBadge(x.timeliness)}`
        : html`Hồ sơ đã kết thúc.`;
  }
  return html`<dl class="facts">
      <dt>Tiếp nhận</dt><dd>${dateTime(x.acceptedAt)}</dd>
      <dt>Thời hạn giải quyết</dt><dd>${limitText(x.limit)}</dd>
      <dt>Ngày hẹn trả trên giấy tiếp nhận</dt><dd>${dateTime(x.originalDueAt)}</dd>
      <dt>Ngày hẹn trả hiện tại</dt><dd><strong>${dateTime(x.dueAt)}</strong></dd>
      <dt>Tình trạng</dt><dd id="deadline-now">${now}</dd>
    </dl>
    <ol class="timeline">${x.periods.map((p, i) => period(p, x.limit, i))}
      ${x.extension ? html`<li><p><strong>Xin lỗi và hẹn lại ngày trả</strong> lúc ${dateTime(x.extension.at)} (${x.extension.signedBy} ký):
        ngày hẹn ${dateTime(x.extension.dueBefore)} được dời sang <strong>${dateTime(x.extension.dueAfter)}</strong>.
        Lý do: ${x.extension.reason}. Chỉ được hẹn lại một lần (Nghị định 118/2025/NĐ-CP, Điều 19 khoản 6).</p></li>` : ''}
    </ol>`;
}

function processTable(p) {
  if (!p || !p.steps || p.steps.length === 0) {
    return html`<p>Chưa có bước xử lý nào.</p>`;
  }
  return html`<div class="table-wrap"><table class="responsive">
    <caption>Các bước xử lý nội bộ</caption>
    <thead><tr><th scope="col">Bước</th><th scope="col">Đơn vị</th><th scope="col">Cán bộ</th><th scope="col">Từ</th>
      <th scope="col">Đến</th><th scope="col">Hạn bước</th><th scope="col">Thời gian làm việc</th><th scope="col">Đúng hạn bước</th></tr></thead>
    <tbody>${p.steps.map((s) => html`<tr>
      <td data-label="Bước">${s.number === 0 ? 'Tiếp nhận' : s.number}</td>
      <td data-label="Đơn vị">${s.unit || 'Bộ phận Một cửa'} <span class="muted">${s.agency || ''}</span></td>
      <td data-label="Cán bộ">${s.officer || ''}</td>
      <td data-label="Từ">${dateTime(s.since)}</td>
      <td data-label="Đến">${s.until ? dateTime(s.until) : 'Đang xử lý'}</td>
      <td data-label="Hạn bước">${s.dueAt ? dateTime(s.dueAt) : '—'}</td>
      <td data-label="Thời gian làm việc">${workingTime(s.elapsedWorkingMinutes)}</td>
      <td data-label="Đúng hạn bước">${s.withinShare === true ? 'Đúng hạn' : s.withinShare === false ? html`<span class="badge badge-overdue">Chậm</span>` : '—'}</td>
    </tr>`)}</tbody></table></div>`;
}

function factsOf(entry) {
  const f = entry.facts;
  if (!f) {
    return '';
  }
  switch (entry.action) {
    case 'HAND_OVER':
      return `Bước ${f.stepNumber}: ${f.unit} (${f.agency})${f.officer ? `, cán bộ ${f.officer}` : ''}`;
    case 'EXTEND':
      return `Lý do: ${f.reason}; người ký: ${f.signedBy}`;
    case 'RESOLVE':
      return `${OUTCOME[f.outcome] || f.outcome}${f.resultReference ? `, số ${f.resultReference}` : ''}${f.reason ? `; lý do: ${f.reason}` : ''}`;
    case 'RETURN':
      return RETURN_METHOD[f.method] || f.method;
    case 'PAY':
      return `${number(f.amount)} đồng`;
    default:
      return f.reason ? `Lý do: ${f.reason}` : '';
  }
}

function timeline(entries) {
  return html`<ol class="timeline">${entries.map((e) => html`<li>
    <strong>${ACTION[e.action] || e.action}</strong> · ${dateTime(e.at)} · ${e.actor}
    ${factsOf(e) ? html`<br>${factsOf(e)}` : ''}
    ${e.dueBefore && e.dueAfter && e.dueBefore !== e.dueAfter ? html`<br><span class="muted">Ngày hẹn trả: ${dateTime(e.dueBefore)} → ${dateTime(e.dueAfter)}</span>`
      : (!e.dueBefore && e.dueAfter ? html`<br><span class="muted">Ngày hẹn trả: ${dateTime(e.dueAfter)}</span>` : '')}
  </li>`)}</ol>`;
}

function actions(offer) {
  const allowed = ORDER.filter((a) => offer.allowed.includes(a));
  return html`
    ${allowed.length ? html`<div class="actions" role="group" aria-label="Thao tác được phép">
      ${allowed.map((a) => html`<button type="button" class="${a === 'WITHDRAW' || a === 'REFUSE' ? 'secondary' : ''}"
        data-action="${a}" aria-expanded="false" aria-controls="action-form">${ACTION[a]}</button>`)}</div>`
      : html`<p>Bạn không có thao tác nào trên hồ sơ này ở trạng thái hiện tại.</p>`}
    ${offer.withheld.length ? html`<p>Chưa thực hiện được:</p><ul class="withheld">${offer.withheld.map((w) => html`<li>
      <strong>${ACTION[w.action] || w.action}</strong>: ${WITHHELD_TITLES[w.type] || problemTitle(w)}.</li>`)}</ul>` : ''}
    <div id="action-form"></div>`;
}

async function load(id) {
  const [dossier, history, process, explanation, offer, evaluation] = await Promise.all([
    api.get(`/api/dossiers/${encodeURIComponent(id)}`),
    api.get(`/api/dossiers/${encodeURIComponent(id)}/actions`),
    api.get(`/api/dossiers/${encodeURIComponent(id)}/process`).catch(() => null),
    api.get(`/api/dossiers/${encodeURIComponent(id)}/deadline`),
    api.get(`/api/dossiers/${encodeURIComponent(id)}/actions/allowed`),
    // not evaluated yet (404) or the evaluation service away: the section says so, the dossier still shows
    api.get(`/api/evaluations/dossiers/${encodeURIComponent(id)}`).catch((problem) => ({ problem })),
  ]);
  return { dossier, history, process, explanation, offer, evaluation };
}

function openForm(main, action, data, user, reload) {
  const where = main.querySelector('#action-form');
  main.querySelectorAll('[data-action]').forEach((b) => b.setAttribute('aria-expanded', String(b.dataset.action === action)));
  render(where, html`<form class="action-form" novalidate aria-labelledby="action-form-title">
    <h3 id="action-form-title">${ACTION[action]}</h3>
    ${fieldsOf(action, { ...data, user })}
    <div class="result"></div>
    <div class="actions"><button type="submit">Xác nhận: ${ACTION[action]}</button>
      <button type="button" class="secondary" data-cancel>Hủy</button></div>
  </form>`);
  const form = where.querySelector('form');
  const result = form.querySelector('.result');
  const key = idempotencyKey(); // one intended action: a retry of the same form reuses it
  form.querySelector('[data-cancel]').addEventListener('click', () => {
    render(where, '');
    main.querySelector(`[data-action="${action}"]`)?.focus();
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const values = formValues(form);
    if (action === 'EXTEND' && values.newDueDate) {
      const iso = parseDate(values.newDueDate);
      if (!iso) {
        clearFields(form);
        const problem = { type: 'validation', detail: 'Ngày hẹn trả mới phải là một ngày có thật, viết theo dạng dd/MM/yyyy.',
          errors: [{ field: 'newDueDate', message: 'không phải ngày hợp lệ (dd/MM/yyyy)' }] };
        render(result, problemBox(problem));
        markFields(form, problem);
        return;
      }
      values.newDueDate = iso;
    }
    const send = SENDS[action];
    const button = form.querySelector('button[type="submit"]');
    const done = await submitting(button, result, async () => {
      await api.post(`/api/dossiers/${encodeURIComponent(data.dossier.id)}/${send.path}`, clean(send.body(values)),
        send.key ? { idempotencyKey: key } : undefined);
      return true;
    }, form);
    if (done) {
      await reload(`Đã thực hiện: ${ACTION[action]}.`);
    }
  });
  form.querySelector('input, textarea, select, button')?.focus();
}

export async function show(main, { params, user }) {
  const id = params.id;
  const draw = async (message) => {
    let data;
    try {
      data = await load(id);
    } catch (problem) {
      render(main, html`<h1>${title}</h1>${problemBox(problem)}<p><a href="#/xu-ly">Về danh sách hồ sơ</a></p>`);
      return;
    }
    const d = data.dossier;
    document.title = `Hồ sơ ${d.code || ''} · Một Cửa`;
    render(main, html`<p><a href="#/xu-ly">‹ Danh sách hồ sơ cần xử lý</a></p>
      <h1>Hồ sơ ${d.code || 'chưa có mã'} ${statusBadge(d.status)} ${data.explanation && data.explanation.flag ? flagBadge(data.explanation.flag) : ''}</h1>
      <div id="page-status">${message ? successBox(message) : ''}</div>
      <section class="section" aria-labelledby="h-actions"><h2 id="h-actions">Thao tác</h2>${actions(data.offer)}</section>
      <section class="section" aria-labelledby="h-facts"><h2 id="h-facts">Thông tin hồ sơ</h2>${facts(d)}</section>
      <section class="section" aria-labelledby="h-deadline"><h2 id="h-deadline">Cách tính ngày hẹn trả</h2>${deadline(data.explanation)}</section>
      <section class="section" aria-labelledby="h-process"><h2 id="h-process">Quy trình xử lý</h2>${processTable(data.process)}</section>
      <section class="section" aria-labelledby="h-evaluation"><h2 id="h-evaluation">Đánh giá</h2>${evaluationSection(data.evaluation)}</section>
      <section class="section" aria-labelledby="h-timeline"><h2 id="h-timeline">Quá trình xử lý (nhật ký)</h2>${timeline(data.history)}</section>`);
    main.querySelectorAll('[data-action]').forEach((button) => button.addEventListener('click', () =>
      openForm(main, button.dataset.action, data, user, draw)));
    if (message) {
      main.querySelector('#page-status [role="status"]')?.setAttribute('tabindex', '-1');
      main.querySelector('#page-status [role="status"]')?.focus();
    }
  };
  await draw();
}
