// Nhập chỉ tiêu kế hoạch (#/bao-cao/ke-hoach): the province admin enters the year's plan targets (a percent per
// rate, with the plan that sets them: "Kế hoạch số 15/KH-UBND ngày 20/01/2023"), PUT /api/reports/targets/{year},
// and sees who entered what and when. The dashboard and the rates form compare each period with the targets of
// the year of its end.
import { api } from '../lib/api.js';
import { html, render } from '../lib/html.js';
import { dateTime } from '../lib/format.js';
import { formValues, markFields, problemBox, submitting, successBox } from '../lib/ui.js';
import { address } from './evaluation-labels.js';
import { KPI_NAMES, percentText, reportNav } from './report-labels.js';

export const title = 'Nhập chỉ tiêu kế hoạch';

const PATH = '/bao-cao/ke-hoach';

function years(today = new Date()) {
  const y = today.getFullYear();
  return [y + 1, y, y - 1, y - 2];
}

function targetsForm(year, plan) {
  const current = Object.fromEntries((plan.targets || []).map((t) => [t.kpi, t]));
  const source = (plan.targets || []).map((t) => t.source).find(Boolean) || '';
  return html`<form id="targets-form" novalidate aria-labelledby="h-targets">
    <h2 id="h-targets">Chỉ tiêu năm ${year}</h2>
    <div class="table-wrap"><table class="responsive targets">
      <caption>Tỷ lệ phải đạt (%), để trống khi kế hoạch không đặt chỉ tiêu</caption>
      <thead><tr><th scope="col">Chỉ tiêu</th><th scope="col">Tỷ lệ phải đạt (%)</th><th scope="col">Nhập bởi</th></tr></thead>
      <tbody>${Object.entries(KPI_NAMES).map(([kpi, name]) => {
        const t = current[kpi];
        return html`<tr data-kpi="${kpi}"><th scope="row" data-label="Chỉ tiêu"><label for="t-${kpi}">${name}</label></th>
          <td data-label="Tỷ lệ phải đạt (%)"><input id="t-${kpi}" name="targets.${kpi}" inputmode="decimal" size="6"
            autocomplete="off" value="${t ? String(t.percent).replace('.', ',') : ''}"></td>
          <td data-label="Nhập bởi">${t ? html`${t.enteredBy} <span class="muted">${dateTime(t.enteredAt)}</span>` : ''}</td></tr>`;
      })}</tbody></table></div>
    <div class="field field-wide"><label for="t-source">Văn bản đặt chỉ tiêu</label>
      <input id="t-source" name="source" maxlength="500" value="${source}" aria-describedby="t-source-hint" autocomplete="off">
      <p class="hint" id="t-source-hint">Ví dụ: Kế hoạch số 15/KH-UBND ngày 20/01/2023 của Ủy ban nhân dân tỉnh.</p></div>
    <div class="actions"><button type="submit">Lưu chỉ tiêu</button></div>
  </form>`;
}

function history(plan) {
  const entries = plan.history || [];
  return html`<section class="section" aria-labelledby="h-history"><h2 id="h-history">Lịch sử thay đổi</h2>
    ${entries.length ? html`<div class="table-wrap"><table class="responsive target-history">
      <caption>Các lần nhập chỉ tiêu, mới nhất trước</caption>
      <thead><tr><th scope="col">Thời điểm</th><th scope="col">Người nhập</th><th scope="col">Chỉ tiêu</th>
        <th scope="col" class="number">Tỷ lệ</th><th scope="col">Văn bản</th></tr></thead>
      <tbody>${entries.map((h) => html`<tr>
        <td data-label="Thời điểm">${dateTime(h.enteredAt)}</td><td data-label="Người nhập">${h.enteredBy}</td>
        <td data-label="Chỉ tiêu">${KPI_NAMES[h.kpi] || h.kpi}</td>
        <td data-label="Tỷ lệ" class="number">${percentText(h.percent)}</td><td data-label="Văn bản">${h.source || ''}</td>
      </tr>`)}</tbody></table></div>` : html`<p class="empty">Chưa có lần nhập nào.</p>`}</section>`;
}

/** The form's targets as the API reads them; a text that is not a number is refused beside its field. */
function body(form) {
  const values = formValues(form);
  const targets = {};
  const errors = [];
  for (const kpi of Object.keys(KPI_NAMES)) {
    const text = values[`targets.${kpi}`];
    if (text === undefined) {
      continue;
    }
    const normalised = text.replace(',', '.');
    if (/^\d+(\.\d+)?$/.test(normalised)) {
      targets[kpi] = Number(normalised);
    } else {
      errors.push({ field: `targets.${kpi}`, message: 'Nhập một số từ 0 đến 100, ví dụ 60 hoặc 62,5.' });
    }
  }
  return errors.length ? { problem: { type: 'validation', detail: 'Chỉ tiêu chưa hợp lệ.', errors } }
    : { request: { targets, source: values.source || '' } };
}

export async function show(main, { query, user }) {
  const year = years().includes(Number(query.year)) ? Number(query.year) : new Date().getFullYear();
  render(main, html`<h1>${title}</h1>
    ${reportNav('#/bao-cao/ke-hoach', user.roles)}
    <form class="filters inline-form" id="year-picker" novalidate aria-label="Chọn năm kế hoạch">
      <div class="field"><label for="t-year">Năm kế hoạch</label>
        <select id="t-year" name="year">${years().map((y) => html`<option value="${y}" ${y === year ? html`selected` : ''}>${y}</option>`)}</select></div>
      <div class="actions"><button type="submit">Xem</button></div></form>
    <div id="targets-message"></div><div id="targets"></div>`);
  main.querySelector('#year-picker').addEventListener('submit', (e) => {
    e.preventDefault();
    window.location.hash = address(PATH, { year: e.target.elements.year.value });
  });
  const where = main.querySelector('#targets');
  const message = main.querySelector('#targets-message');
  const load = async () => {
    let plan;
    try {
      plan = await api.get(`/api/reports/targets/${year}`);
    } catch (problem) {
      render(where, problemBox(problem));
      return;
    }
    render(where, html`${targetsForm(year, plan)}${history(plan)}`);
    const form = where.querySelector('#targets-form');
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const { request, problem } = body(form);
      if (problem) {
        render(message, problemBox(problem));
        markFields(form, problem);
        return;
      }
      const saved = await submitting(form.querySelector('button[type=submit]'), message,
        async () => { await api.put(`/api/reports/targets/${year}`, request); return true; }, form);
      if (saved) {
        await load();
        render(message, successBox(`Đã lưu chỉ tiêu năm ${year}.`));
        message.querySelector('[role=status]').setAttribute('tabindex', '-1');
        message.querySelector('[role=status]').focus();
      }
    });
  };
  await load();
}
