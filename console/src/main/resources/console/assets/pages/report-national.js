// Tổng hợp toàn quốc (#/bao-cao/toan-quoc): the national auditor's roll-up of one form across the provinces, from
// GET /api/reports/national/{form}: one row per province, each cut with its own cut-off days (its range in its
// label: Cao Bằng cuts on the 5th, Lạng Sơn on the 15th), then the total; with the same downloads as a province's
// form. A province's name opens its own form for the same period.
import { api } from '../lib/api.js';
import { html, render } from '../lib/html.js';
import { problemBox } from '../lib/ui.js';
import { address } from './evaluation-labels.js';
import { FORMS, fillPeriods, kindOf, periodFields, reportNav } from './report-labels.js';
import { downloads, sheet, wireDownloads } from './report-sheet.js';

export const title = 'Tổng hợp báo cáo toàn quốc';

const PATH = '/bao-cao/toan-quoc';

export async function show(main, { query: raw, user }) {
  const query = { form: FORMS.some((f) => f.code === raw.form) ? raw.form : 'II.06b',
    period: kindOf(raw.period) ? raw.period : '' };
  render(main, html`<h1>${title}</h1>
    ${reportNav('#/bao-cao/toan-quoc', user.roles)}
    <form class="filters inline-form" id="national-picker" novalidate aria-label="Chọn biểu và kỳ báo cáo">
      <div class="field"><label for="r-form">Biểu báo cáo</label>
        <select id="r-form" name="form">${FORMS.map((f) => html`<option value="${f.code}"
          ${f.code === query.form ? html`selected` : ''}>${f.label}</option>`)}</select></div>
      ${periodFields(kindOf(query.period) || 'QUARTER')}
      <div class="actions"><button type="submit">Xem tổng hợp</button></div></form>
    <div id="national"></div>`);
  const chosen = main.querySelector('#national-picker');
  const result = main.querySelector('#national');
  chosen.addEventListener('submit', (e) => {
    e.preventDefault();
    const values = Object.fromEntries(new FormData(chosen).entries());
    window.location.hash = address(PATH, { form: values.form, period: values.period });
  });
  try {
    query.period = await fillPeriods(chosen, query.period, '');
  } catch (problem) {
    render(result, problemBox(problem));
    return;
  }
  const path = `/api/reports/national/${encodeURIComponent(query.form)}`;
  render(result, html`<p class="loading">Đang tải tổng hợp…</p>`);
  let form;
  try {
    form = await api.get(path, { query: { period: query.period } });
  } catch (problem) {
    render(result, problemBox(problem));
    return;
  }
  const link = (row) => address('/bao-cao', { form: query.form, period: query.period, province: row.key });
  render(result, html`${downloads()}${sheet(form, { link })}
    <p class="hint">Mỗi tỉnh tính kỳ theo ngày chốt số liệu của mình (ghi bên tên tỉnh); chọn tên tỉnh để xem biểu của tỉnh.</p>`);
  wireDownloads(result, path, { period: query.period });
}
