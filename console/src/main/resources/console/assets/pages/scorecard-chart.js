// Điểm qua các quý (#/danh-gia/bieu-do): one officer's or unit's (or agency's) points over the last eight
// quarters, from GET /api/evaluations/scorecards/{kind}/history, as columns against the scorecard's maximum and
// the ranking thresholds of Circular 01/2018/TT-VPCP Art. 15 cl. 3, with the same numbers in a table beneath.
import { api } from '../lib/api.js';
import { columns } from '../lib/chart.js';
import { html, render } from '../lib/html.js';
import { number } from '../lib/format.js';
import { problemBox } from '../lib/ui.js';
import {
  BAND, NOMINAL_MAX, THRESHOLDS, address, bandBadge, evaluationNav, periodShort, periodText, points,
} from './evaluation-labels.js';
import { provinceField } from './evaluation-picker.js';
import { kindsFor } from './scorecards.js';

export const title = 'Điểm đánh giá qua các quý';

const PATH = '/danh-gia/bieu-do';
const QUARTERS = 8;

const SUBJECT_HINT = {
  OFFICER: 'Tên đăng nhập của cán bộ, ví dụ xuly.ls',
  UNIT: 'Mã cơ quan/mã phòng, ví dụ SKHCN-20/PQLKH',
  AGENCY: 'Mã cơ quan, ví dụ SKHCN-20',
  PROVINCE: 'Mã tỉnh, ví dụ 20',
};

function form(kinds, query, provinceSelect) {
  const own = kinds.length === 1 && kinds[0].own;
  return html`<form class="filters inline-form" id="chart-form" novalidate aria-label="Chọn đối tượng">
    ${provinceSelect}
    ${own ? '' : html`<div class="field"><label for="c-kind">Bảng điểm của</label>
      <select id="c-kind" name="kind">${kinds.map((k) => html`<option value="${k.kind}"
        ${k.kind === query.kind ? html`selected` : ''}>${k.label}</option>`)}</select></div>
    <div class="field"><label for="c-subject">Mã đối tượng</label>
      <input id="c-subject" name="subject" value="${query.subject}" maxlength="100" autocomplete="off"
        aria-describedby="c-subject-hint">
      <p class="hint" id="c-subject-hint">${SUBJECT_HINT[query.kind] || ''}</p></div>`}
    <div class="actions"><button type="submit">Xem biểu đồ</button></div>
  </form>`;
}

function table(history, kind) {
  return html`<div class="table-wrap"><table class="responsive history">
    <caption>Số liệu của biểu đồ: điểm từng quý</caption>
    <thead><tr><th scope="col">Kỳ</th><th scope="col" class="number">Điểm</th><th scope="col" class="number">Tối đa</th>
      <th scope="col">Xếp loại</th></tr></thead>
    <tbody>${history.map((h) => html`<tr>
      <th scope="row" data-label="Kỳ">${periodText(h.period)}</th>
      <td data-label="Điểm" class="number">${points(h.total)}</td>
      <td data-label="Tối đa" class="number">${points(h.max)}</td>
      <td data-label="Xếp loại">${kind === 'UNIT' ? html`<span class="muted">Không xếp loại</span>`
        : h.total === null || h.total === undefined ? html`<span class="muted">Không có dữ liệu</span>` : bandBadge(h.band, h.bandLabel)}</td>
    </tr>`)}</tbody></table></div>`;
}

function chart(history, kind, subject) {
  const max = Math.max(NOMINAL_MAX[kind] || 0, ...history.map((h) => h.max || 0));
  const references = [{ value: max, label: `Tối đa ${number(max)}`, kind: 'max' },
    ...(THRESHOLDS[kind] || []).map((t) => ({ value: t.value, label: `${BAND[t.band]} từ ${points(t.value)}` }))];
  const cols = history.map((h) => ({ label: periodShort(h.period && h.period.label), value: h.total }));
  const description = history.map((h) => `${periodShort(h.period && h.period.label)}: ${points(h.total)} trên ${points(h.max)}`).join('; ');
  return columns({ id: 'history-chart', title: `Điểm của ${subject} qua ${number(history.length)} quý`, description,
    columns: cols, max, references: kind === 'OFFICER' ? references.map((r) => (r.kind === 'max' ? r
      : { ...r, label: r.label.replace('Hoàn thành ', 'HT ') })) : references });
}

export async function show(main, { query: raw, user }) {
  const kinds = kindsFor(user);
  const auditor = user.roles.includes('national-auditor');
  const tab = kinds.find((k) => k.kind === raw.kind) || kinds.find((k) => k.kind === 'OFFICER') || kinds[0];
  const query = {
    kind: tab ? tab.kind : '',
    subject: tab && tab.own ? user.username : (raw.subject || '').trim(),
    province: auditor && /^\d{2}$/.test(raw.province || '') ? raw.province : '',
  };
  render(main, html`<h1>${title}</h1>
    ${evaluationNav('#/danh-gia/bieu-do', user.roles)}
    ${form(kinds, query, await provinceField(user, query.province))}
    <div id="chart-result"></div>`);
  const chosen = main.querySelector('#chart-form');
  chosen.addEventListener('submit', (e) => {
    e.preventDefault();
    const values = Object.fromEntries(new FormData(chosen).entries());
    window.location.hash = address(PATH, { kind: values.kind || query.kind,
      subject: (values.subject || query.subject || '').normalize('NFC').trim(), province: values.province });
  });
  chosen.querySelector('#c-kind')?.addEventListener('change', (e) => {
    chosen.querySelector('#c-subject-hint').textContent = SUBJECT_HINT[e.target.value] || '';
  });
  const result = main.querySelector('#chart-result');
  if (!query.kind) {
    render(result, html`<p>Tài khoản của bạn không có bảng điểm để xem.</p>`);
    return;
  }
  if (!query.subject || (auditor && !query.province)) {
    render(result, html`<p class="empty">${auditor && !query.province ? 'Chọn tỉnh, ' : 'Nhập '}mã đối tượng để xem điểm qua ${number(QUARTERS)} quý.</p>`);
    return;
  }
  render(result, html`<p class="loading">Đang tải…</p>`);
  let history;
  try {
    history = await api.get(`/api/evaluations/scorecards/${query.kind}/history`,
      { query: { subject: query.subject, quarters: QUARTERS, province: query.province } });
  } catch (problem) {
    render(result, problemBox(problem));
    return;
  }
  if (!history || history.length === 0) {
    render(result, html`<p class="empty">Chưa có bảng điểm nào của ${query.subject}.</p>`);
    return;
  }
  render(result, html`<section class="section" aria-labelledby="h-chart">
    <h2 id="h-chart">${kinds.find((k) => k.kind === query.kind).own ? 'Điểm của tôi' : `${tab.label} ${query.subject}`}: ${number(history.length)} quý gần nhất</h2>
    <figure class="chart-figure">${chart(history, query.kind, query.subject)}
      <figcaption class="hint">Cột: tổng điểm của quý; đường đứt nét: điểm tối đa và ngưỡng xếp loại (Thông tư 01/2018/TT-VPCP, Điều 15 khoản 3).
        Chỉ tiêu không có dữ liệu không tính vào điểm tối đa của quý.</figcaption></figure>
    ${table(history, query.kind)}
    <p><a href="${address('/danh-gia', { kind: query.kind, subject: query.subject, province: query.province })}">Xem bảng điểm chi tiết</a></p>
  </section>`);
}
