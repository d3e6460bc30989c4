// Chỉ số Quyết định 766 (#/danh-gia/chi-so-766): the index of service to citizens and businesses of Decision
// 766/QĐ-TTg for an agency or a province and a period, from GET /api/evaluations/index766: its five groups as
// bars (points of their maximum) and every sub-indicator with its numerator, denominator, ratio, points and
// definition. A sub-indicator the platform has no data for says so and counts in neither the total nor the maximum.
import { api } from '../lib/api.js';
import { horizontalBars } from '../lib/chart.js';
import { html, render } from '../lib/html.js';
import { number, percent } from '../lib/format.js';
import { problemBox, markFields } from '../lib/ui.js';
import { address, defaultPeriod, evaluationNav, isPeriod, periodText, points } from './evaluation-labels.js';
import { periodFields, provinceField, readPeriod, wirePeriod } from './evaluation-picker.js';

export const title = 'Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)';

const PATH = '/danh-gia/chi-so-766';
const SCOPE = { AGENCY: 'Cơ quan', PROVINCE: 'Tỉnh' };
const NO_DATA = 'Không có dữ liệu';

function form(query, provinceSelect) {
  return html`<form class="filters inline-form" id="index-form" novalidate aria-label="Chọn đối tượng và kỳ">
    ${provinceSelect}
    <div class="field"><label for="i-scope">Phạm vi</label>
      <select id="i-scope" name="scope">${Object.entries(SCOPE).map(([value, label]) => html`<option value="${value}"
        ${value === query.scope ? html`selected` : ''}>${label}</option>`)}</select></div>
    <div class="field"><label for="i-subject">Mã cơ quan</label>
      <input id="i-subject" name="subject" value="${query.scope === 'AGENCY' ? query.subject : ''}" maxlength="50"
        autocomplete="off" aria-describedby="i-subject-hint">
      <p class="hint" id="i-subject-hint">Với phạm vi cơ quan, ví dụ SKHCN-20; phạm vi tỉnh không cần.</p></div>
    ${periodFields(query.period)}
    <div class="actions"><button type="submit">Xem chỉ số</button></div>
  </form>`;
}

function value(v) {
  return v === null || v === undefined ? html`<span class="muted">—</span>` : number(v);
}

function subRows(group) {
  return group.subIndicators.map((s) => {
    const none = s.numerator === null || s.numerator === undefined;
    return html`<tr data-code="${s.code}">
      <th scope="row" data-label="Chỉ số">${s.code}. ${s.name}</th>
      <td data-label="Tử số" class="number">${none ? html`<span class="muted">${NO_DATA}</span>` : value(s.numerator)}</td>
      <td data-label="Mẫu số" class="number">${none ? '' : value(s.denominator)}</td>
      <td data-label="Tỷ lệ" class="number">${s.ratio === null || s.ratio === undefined ? html`<span class="muted">—</span>` : percent(s.ratio)}</td>
      <td data-label="Đạt tối đa khi" class="number">${s.fullAt === null || s.fullAt === undefined ? '—' : percent(s.fullAt)}</td>
      <td data-label="Điểm" class="number">${none ? html`<span class="muted">${NO_DATA}</span>` : `${points(s.points)} / ${points(s.max)}`}</td>
      <td data-label="Cách tính">${s.definition || ''}</td>
    </tr>`;
  });
}

function table(result) {
  return html`<div class="table-wrap"><table class="responsive index766">
    <caption>Các chỉ số thành phần</caption>
    <thead><tr><th scope="col">Chỉ số</th><th scope="col" class="number">Tử số</th><th scope="col" class="number">Mẫu số</th>
      <th scope="col" class="number">Tỷ lệ</th><th scope="col" class="number">Đạt tối đa khi</th>
      <th scope="col" class="number">Điểm</th><th scope="col">Cách tính</th></tr></thead>
    ${result.groups.map((g) => html`<tbody>
      <tr class="group-row"><th scope="rowgroup" colspan="5" data-label="Nhóm">${g.code}. ${g.name}</th>
        <td class="number" data-label="Điểm nhóm"><strong>${points(g.points)} / ${points(g.max)}</strong></td><td></td></tr>
      ${subRows(g)}</tbody>`)}
  </table></div>`;
}

function bars(result) {
  const rows = result.groups.map((g) => ({ label: `${g.code}. ${g.name}`, value: g.points, max: g.max }));
  return horizontalBars({ id: 'index766-chart', title: `Điểm năm nhóm chỉ số của ${result.subject}`,
    description: rows.map((r) => `${r.label}: ${points(r.value)} trên ${points(r.max)}`).join('; '), rows });
}

export async function show(main, { query: raw, user }) {
  const auditor = user.roles.includes('national-auditor');
  const admin = auditor || user.roles.includes('province-admin');
  const scope = SCOPE[raw.scope] ? raw.scope : (admin ? 'PROVINCE' : 'AGENCY');
  const province = auditor ? (/^\d{2}$/.test(raw.province || '') ? raw.province : '') : (user.province || '');
  const query = {
    scope,
    subject: scope === 'PROVINCE' ? province : ((raw.subject || '').trim() || user.agency || ''),
    period: isPeriod(raw.period) ? raw.period : defaultPeriod(),
    province: auditor ? province : '',
  };
  render(main, html`<h1>${title}</h1>
    ${evaluationNav('#/danh-gia/chi-so-766', user.roles)}
    ${form(query, await provinceField(user, query.province))}
    <div id="index-problem"></div>
    <div id="index-result"></div>`);
  const chosen = main.querySelector('#index-form');
  wirePeriod(chosen);
  chosen.addEventListener('submit', (e) => {
    e.preventDefault();
    const picked = readPeriod(chosen);
    if (picked.problem) {
      render(main.querySelector('#index-problem'), problemBox(picked.problem));
      markFields(chosen, picked.problem);
      return;
    }
    const values = Object.fromEntries(new FormData(chosen).entries());
    window.location.hash = address(PATH, { scope: values.scope,
      subject: values.scope === 'AGENCY' ? (values.subject || '').normalize('NFC').trim() : '',
      period: picked.period, province: picked.province });
  });
  const result = main.querySelector('#index-result');
  if (auditor && !query.province) {
    render(result, html`<p class="empty">Chọn tỉnh, thành phố và kỳ để xem chỉ số.</p>`);
    return;
  }
  if (!query.subject) {
    render(result, html`<p class="empty">Nhập mã cơ quan để xem chỉ số.</p>`);
    return;
  }
  render(result, html`<p class="loading">Đang tải chỉ số…</p>`);
  let index;
  try {
    index = await api.get('/api/evaluations/index766', { query: { scope: query.scope, subject: query.subject,
      period: query.period, province: query.province } });
  } catch (problem) {
    render(result, problemBox(problem));
    return;
  }
  render(result, html`<section class="section" aria-labelledby="h-index">
    <h2 id="h-index">${SCOPE[index.scope] || index.scope} ${index.subject}: ${periodText(index.period)}</h2>
    <dl class="facts">
      <dt>Tổng điểm</dt><dd id="index-total"><strong>${points(index.total)} / ${points(index.maxAvailable)}</strong> điểm
        <span class="muted">(tối đa trên các chỉ số có dữ liệu)</span></dd>
      <dt>Bộ chỉ số</dt><dd>${index.policy}</dd>
    </dl>
    <figure class="chart-figure">${bars(index)}
      <figcaption class="hint">Mỗi thanh: điểm đạt được trên điểm tối đa của nhóm. Cách chia điểm các chỉ số thành phần là cách nền tảng đọc Quyết định 766 (cần đối chiếu văn bản).</figcaption></figure>
    ${table(index)}
  </section>`);
}
