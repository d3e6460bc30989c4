// The period picker of the evaluation pages (and the province picker of the national auditor): a quarter of the
// last eight, a year, or a range of days typed as dd/MM/yyyy. The choice travels in the address as the API's own
// label (2026-Q2, 2026, 2026-03-01..2026-05-31), so a scorecard can be bookmarked and shared.
import { html } from '../lib/html.js';
import { date, parseDate } from '../lib/format.js';
import { allProvinces } from './catalogue-terms.js';
import { periodChoices } from './evaluation-labels.js';

const CUSTOM = 'custom';

function option(value, label, selected) {
  return html`<option value="${value}" ${value === selected ? html`selected` : ''}>${label}</option>`;
}

/** The fields of the period (a select, and the two days of a custom range, shown when it is chosen). */
export function periodFields(period) {
  const { quarters, years } = periodChoices();
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(period || '');
  const known = [...quarters, ...years].some((c) => c.value === period);
  const selected = range ? CUSTOM : known ? period : '';
  return html`<div class="field"><label for="p-period">Kỳ đánh giá</label>
      <select id="p-period" name="period">
        ${!known && !range && period ? option(period, period, period) : ''}
        <optgroup label="Quý">${quarters.map((c) => option(c.value, c.label, selected || period))}</optgroup>
        <optgroup label="Năm">${years.map((c) => option(c.value, c.label, selected || period))}</optgroup>
        <optgroup label="Khác">${option(CUSTOM, 'Khoảng ngày tùy chọn', selected)}</optgroup>
      </select></div>
    <div class="field period-range" data-range ${range ? '' : html`hidden`}>
      <label for="p-from">Từ ngày</label>
      <input id="p-from" name="from" maxlength="10" placeholder="dd/MM/yyyy" value="${range ? date(range[1]) : ''}"
        aria-describedby="p-range-hint" autocomplete="off"></div>
    <div class="field period-range" data-range ${range ? '' : html`hidden`}>
      <label for="p-to">Đến ngày</label>
      <input id="p-to" name="to" maxlength="10" placeholder="dd/MM/yyyy" value="${range ? date(range[2]) : ''}"
        aria-describedby="p-range-hint" autocomplete="off">
      <p class="hint" id="p-range-hint">Ngày/tháng/năm, không quá 366 ngày.</p></div>`;
}

/** The auditor's province select (the register's provinces), or nothing for a role bound to one province. */
export async function provinceField(user, province) {
  if (!user.roles.includes('national-auditor')) {
    return '';
  }
  let provinces;
  try {
    provinces = await allProvinces();
  } catch (e) {
    provinces = ['20', '04'].map((code) => ({ code, name: `Tỉnh ${code}` }));
  }
  return html`<div class="field"><label for="p-province">Tỉnh, thành phố</label>
    <select id="p-province" name="province" required aria-required="true">
      ${option('', '— Chọn tỉnh —', province || '')}
      ${provinces.map((p) => option(p.code, `${p.name} (${p.code})`, province || ''))}
    </select></div>`;
}

/** Shows the range's days only while "Khoảng ngày tùy chọn" is chosen. */
export function wirePeriod(form) {
  const select = form.querySelector('[name="period"]');
  const toggle = () => form.querySelectorAll('[data-range]').forEach((f) => { f.hidden = select.value !== CUSTOM; });
  select.addEventListener('change', toggle);
  toggle();
}

/**
 * The period the form names, as the API's label; or a problem (shaped as the services' problems, for
 * problemBox and markFields) when a custom range is not two real days in order.
 */
export function readPeriod(form) {
  const values = Object.fromEntries(new FormData(form).entries());
  if (values.period !== CUSTOM) {
    return { period: values.period, province: values.province };
  }
  const from = parseDate(values.from);
  const to = parseDate(values.to);
  const errors = [];
  if (!from) {
    errors.push({ field: 'from', message: 'Không phải ngày hợp lệ (dd/MM/yyyy).' });
  }
  if (!to) {
    errors.push({ field: 'to', message: 'Không phải ngày hợp lệ (dd/MM/yyyy).' });
  }
  if (from && to && to < from) {
    errors.push({ field: 'to', message: 'Ngày kết thúc phải sau ngày bắt đầu.' });
  }
  if (errors.length) {
    return { problem: { type: 'validation', detail: 'Khoảng ngày chưa hợp lệ.', errors } };
  }
  return { period: `${from}..${to}`, province: values.province };
}
