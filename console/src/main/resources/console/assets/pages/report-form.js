// Biểu báo cáo (#/bao-cao): a form of Circular 01/2020/TT-VPCP (II.06b, II.03b), the evaluation summary or the
// rates, for a period the official picks (month, quarter, half-year, year, each cut with the province's own
// cut-off day), for the whole province or one agency; on screen as on paper (report-sheet.js), with its downloads.
// The province admin and an agency head may record a correction to a figure with its reason: the service keeps
// the computed figure and prints the corrected one with its difference. Everything chosen lives in the address
// (#/bao-cao?form=II.06b&period=2026-Q2&agency=SKHCN-20); the reporting service decides again who sees what.
import { api, idempotencyKey } from '../lib/api.js';
import { html, render } from '../lib/html.js';
import { number } from '../lib/format.js';
import { formValues, markFields, problemBox, submitting, successBox } from '../lib/ui.js';
import {
  CORRECTORS, FORMS, kindOf, periodFields, reportNav, reportScope, scopeFields, wirePicker,
} from './report-labels.js';
import { downloads, figureText, sheet, wireDownloads } from './report-sheet.js';

export const title = 'Biểu báo cáo';

const PATH = '/bao-cao';

function picker(query, scope) {
  return html`<form class="filters inline-form" id="report-picker" novalidate aria-label="Chọn biểu, phạm vi và kỳ báo cáo">
    <div class="field"><label for="r-form">Biểu báo cáo</label>
      <select id="r-form" name="form">${FORMS.map((f) => html`<option value="${f.code}"
        ${f.code === query.form ? html`selected` : ''}>${f.label}</option>`)}</select></div>
    ${scope}
    ${periodFields(kindOf(query.period) || 'QUARTER')}
    <div class="actions"><button type="submit">Xem báo cáo</button></div>
  </form>`;
}

/** The correction form: a row and a column of the report, the new figure and the reason (≥ 10 characters). */
function correctionForm(form) {
  const columns = form.columns.filter((c) => c.kind !== 'TEXT');
  return html`<section class="action-form" aria-labelledby="h-correct">
    <h3 id="h-correct">Điều chỉnh số liệu</h3>
    <p class="hint">Số liệu tính từ hồ sơ được giữ nguyên; biểu in số đã điều chỉnh, kèm số tính từ hồ sơ, chênh lệch và lý do.</p>
    <form id="correction-form" novalidate>
      <div class="grid-2">
        <div class="field"><label for="c-row">Dòng</label>
          <select id="c-row" name="row">${form.rows.map((r) => html`<option value="${r.key}">${r.label}</option>`)}</select></div>
        <div class="field"><label for="c-column">Cột</label>
          <select id="c-column" name="column">${columns.map((c) => html`<option value="${c.key}">${c.number
            ? `(${c.number}) ` : ''}${c.group ? `${c.group}: ` : ''}${c.header}</option>`)}</select></div>
        <div class="field"><label for="c-corrected">Số liệu đúng</label>
          <input id="c-corrected" name="corrected" inputmode="decimal" autocomplete="off" required aria-required="true"
            aria-describedby="c-current"><p class="hint" id="c-current"></p></div>
      </div>
      <div class="field field-wide"><label for="c-reason">Lý do điều chỉnh</label>
        <textarea id="c-reason" name="reason" rows="2" maxlength="500" required aria-required="true"
          aria-describedby="c-reason-hint"></textarea>
        <p class="hint" id="c-reason-hint">Từ 10 đến 500 ký tự, ví dụ số, ngày văn bản hoặc hồ sơ được đối chiếu.</p></div>
      <div class="actions"><button type="submit">Ghi điều chỉnh</button></div>
    </form>
    <div id="correction-result"></div>
  </section>`;
}

/** "12,5" or "12.5" → 12.5; null when the text is not a number (never guessed). */
function decimal(text) {
  const normalised = (text || '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : null;
}

function wireCorrection(where, form, scope, reload) {
  const chosen = where.querySelector('#correction-form');
  const current = where.querySelector('#c-current');
  const showCurrent = () => {
    const r = form.rows.find((x) => x.key === chosen.elements.row.value);
    const c = form.columns.find((x) => x.key === chosen.elements.column.value);
    const cell = r && c ? r.cells[c.key] : null;
    current.textContent = `Số liệu đang in: ${(c && figureText(c, cell)) || '(trống)'}`;
  };
  chosen.elements.row.addEventListener('change', showCurrent);
  chosen.elements.column.addEventListener('change', showCurrent);
  showCurrent();
  let key = idempotencyKey(); // one key per intended correction: a retried click records it once
  chosen.addEventListener('submit', async (e) => {
    e.preventDefault();
    const result = where.querySelector('#correction-result');
    const values = formValues(chosen);
    const value = decimal(values.corrected);
    if (value === null) {
      const problem = { type: 'validation', detail: 'Số liệu đúng phải là một số.',
        errors: [{ field: 'corrected', message: 'Nhập một số, ví dụ 12 hoặc 12,5.' }] };
      render(result, problemBox(problem));
      markFields(chosen, problem);
      return;
    }
    const request = { form: form.form, period: scope.period, agency: scope.agency || undefined, row: values.row,
      column: values.column, corrected: value, reason: values.reason || '' };
    const saved = await submitting(chosen.querySelector('button[type=submit]'), result, async () => {
      await api.post('/api/reports/corrections', request, { idempotencyKey: key });
      return true;
    }, chosen);
    if (saved) {
      key = idempotencyKey();
      await reload();
      const note = document.querySelector('#report-message');
      const row = form.rows.find((r) => r.key === values.row);
      const column = form.columns.find((c) => c.key === values.column);
      render(note, successBox(`Đã ghi điều chỉnh: ${row ? row.label : values.row}, cột ${column && column.number
        ? `(${column.number})` : values.column}, số liệu đúng ${number(value)}.`));
      note.querySelector('[role=status]').setAttribute('tabindex', '-1');
      note.querySelector('[role=status]').focus();
    }
  });
}

export async function show(main, { query: raw, user }) {
  const query = { ...reportScope(raw, user), form: FORMS.some((f) => f.code === raw.form) ? raw.form : 'II.06b',
    period: kindOf(raw.period) ? raw.period : '' };
  const { auditor } = query;
  render(main, html`<h1>${title}</h1>
    ${reportNav('#/bao-cao', user.roles)}
    ${picker(query, await scopeFields(user, query))}
    <div id="report-message"></div>
    <div id="report"></div>`);
  const chosen = main.querySelector('#report-picker');
  const result = main.querySelector('#report');
  const ready = await wirePicker(chosen, { path: PATH, query, result, also: ['form'],
    noProvince: html`<p class="empty">Chọn tỉnh, thành phố để xem biểu của tỉnh, hoặc mở
      <a href="#/bao-cao/toan-quoc">Tổng hợp toàn quốc</a>.</p>` });
  if (!ready) {
    return;
  }
  const scope = { period: query.period, province: query.province, agency: query.agency };
  const path = `/api/reports/forms/${encodeURIComponent(query.form)}`;
  const load = async () => {
    render(result, html`<p class="loading">Đang tải báo cáo…</p>`);
    let form;
    try {
      form = await api.get(path, { query: scope });
    } catch (problem) {
      render(result, problemBox(problem));
      return;
    }
    const corrects = !auditor && CORRECTORS.some((r) => user.roles.includes(r));
    // who recorded each correction and when (the form carries the figures; a failed list only leaves this out)
    const recorded = await api.get('/api/reports/corrections', { query: { form: query.form, ...scope } }).catch(() => []);
    render(result, html`${downloads()}${sheet(form, { recorded })}${corrects ? correctionForm(form) : ''}`);
    wireDownloads(result, path, scope);
    if (corrects) {
      wireCorrection(result, form, scope, load);
    }
  };
  await load();
}
