// The words and pickers of the report pages (report-form.js, report-kpis.js, report-targets.js,
// report-national.js): the forms officials file (Circular 01/2020/TT-VPCP), the kinds of reporting period, the
// rates of the provincial plans, who may read reports, the pages' own navigation, and the period picker whose
// labels come from GET /api/reports/periods (the service cuts each period with the province's cut-off day, Decree
// 09/2019/NĐ-CP Art. 12, so the console never computes a range itself).
import { api } from '../lib/api.js';
import { html, render } from '../lib/html.js';
import { date } from '../lib/format.js';
import { problemBox } from '../lib/ui.js';
import { address } from './evaluation-labels.js';
import { provinceField } from './evaluation-picker.js';

/** Who may record a correction to a figure: the province admin (any agency) and an agency head (his own). */
export const CORRECTORS = ['province-admin', 'agency-head'];

/** The forms, by the API's code, as officials name them. */
export const FORMS = [
  { code: 'II.06b', label: 'Biểu II.06b: Kết quả giải quyết TTHC' },
  { code: 'II.03b', label: 'Biểu II.03b: Thống kê TTHC' },
  { code: 'evaluation', label: 'Đánh giá giải quyết TTHC' },
  { code: 'rates', label: 'Tỷ lệ và chỉ tiêu' },
];

/** What column (2) prints, by form; the national roll-up prints the provinces. */
const ROW_HEADER = {
  'II.06b': 'Lĩnh vực, công việc giải quyết theo cấp',
  'II.03b': 'Lĩnh vực',
  evaluation: 'Cơ quan, đơn vị',
  rates: 'Chỉ tiêu',
};

export function rowHeader(form) {
  return form.scope && form.scope.kind === 'NATIONAL' ? 'Tỉnh, thành phố' : ROW_HEADER[form.form] || 'Nội dung';
}

export const PERIOD_KINDS = { MONTH: 'Tháng', QUARTER: 'Quý', HALF_YEAR: '6 tháng', YEAR: 'Năm' };

/** The kind of a period label: 2026-05 MONTH, 2026-Q2 QUARTER, 2026-H1 HALF_YEAR, 2026 YEAR; null otherwise. */
export function kindOf(label) {
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(label || '')) {
    return 'MONTH';
  }
  if (/^\d{4}-Q[1-4]$/.test(label || '')) {
    return 'QUARTER';
  }
  if (/^\d{4}-H[12]$/.test(label || '')) {
    return 'HALF_YEAR';
  }
  return /^\d{4}$/.test(label || '') ? 'YEAR' : null;
}

/** The rates of the provincial plans (KpiCode), in the words of Hà Tĩnh's 2023 plan; the API names them too. */
export const KPI_NAMES = {
  ONLINE_DOSSIERS: 'Hồ sơ tiếp nhận trực tuyến',
  FULL_ONLINE_PROCEDURES_USED: 'TTHC toàn trình có phát sinh hồ sơ trực tuyến',
  FULL_ONLINE_PROCEDURES: 'TTHC cung cấp trực tuyến toàn trình',
  FEE_PROCEDURES_PAID_ONLINE: 'TTHC có thu phí, lệ phí đã thanh toán trực tuyến',
  ONLINE_PAYMENTS: 'Thanh toán trực tuyến',
  DIGITISED_RESULTS: 'Kết quả giải quyết được số hóa',
  DATA_REUSE: 'Tái sử dụng dữ liệu số hóa',
  SATISFACTION: 'Mức độ hài lòng',
  ON_TIME: 'Giải quyết đúng hạn',
};

/** A rate or a target in percent, one decimal with a comma: "25,4 %"; a dash for none. */
export function percentText(value) {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(value)} %`;
}

/** The label of a period given as the API's label or its {label, text} object. */
export function labelOf(period) {
  return typeof period === 'string' ? period : (period && period.label) || '';
}

/** The report pages' own navigation, the current one marked; each role sees the pages it may open. */
export function reportNav(current, roles) {
  const has = (r) => r.some((x) => roles.includes(x));
  const pages = [
    { href: '#/bao-cao', label: 'Biểu báo cáo' },
    { href: '#/bao-cao/chi-tieu', label: 'Chỉ tiêu và kế hoạch' },
    ...(has(['province-admin']) ? [{ href: '#/bao-cao/ke-hoach', label: 'Nhập chỉ tiêu kế hoạch' }] : []),
    ...(has(['national-auditor']) ? [{ href: '#/bao-cao/toan-quoc', label: 'Tổng hợp toàn quốc' }] : []),
  ];
  return html`<nav class="subnav" aria-label="Các trang báo cáo"><ul>${pages.map((p) => html`<li><a href="${p.href}"
    ${p.href === current ? html`aria-current="page"` : ''}>${p.label}</a></li>`)}</ul></nav>`;
}

function option(value, label, selected) {
  return html`<option value="${value}" ${value === selected ? html`selected` : ''}>${label}</option>`;
}

/** The period's kind and label selects, filled by fillPeriods. */
export function periodFields(kind) {
  return html`<div class="field"><label for="r-kind">Loại kỳ</label>
      <select id="r-kind" name="kind">${Object.entries(PERIOD_KINDS).map(([k, label]) => option(k, label, kind))}</select></div>
    <div class="field"><label for="r-period">Kỳ báo cáo</label>
      <select id="r-period" name="period" aria-describedby="r-period-range"></select>
      <p class="hint" id="r-period-range"></p></div>`;
}

async function periods(kind, province) {
  return api.get('/api/reports/periods', { query: { kind, count: 8, province } });
}

/**
 * Fills the period select with the last eight periods of the kind chosen (the current one first, as the service
 * gives them) and `period` when it is older, keeps `period` chosen (else the last complete one, the second), shows the
 * chosen period's exact range beneath, and refills it when the kind changes. Resolves to the label chosen.
 */
export async function fillPeriods(form, period, province) {
  const kindSelect = form.querySelector('[name="kind"]');
  const select = form.querySelector('[name="period"]');
  const range = form.querySelector('#r-period-range');
  let list = [];
  const showRange = () => {
    const chosen = list.find((p) => p.label === select.value);
    range.textContent = chosen && chosen.from ? `Từ ngày ${date(chosen.from)} đến ngày ${date(chosen.to)}` : '';
  };
  const fill = async (wanted) => {
    list = await periods(kindSelect.value, province);
    if (wanted && kindOf(wanted) === kindSelect.value && !list.some((p) => p.label === wanted)) {
      list.push({ label: wanted, text: wanted }); // an older period from a bookmark: the service cuts its range
    }
    const value = list.some((p) => p.label === wanted) ? wanted : (list[1] || list[0] || {}).label;
    render(select, list.map((p, i) => option(p.label, `${p.text || p.label}${i === 0 ? ' (kỳ hiện tại)' : ''}`, value)));
    showRange();
    return value;
  };
  kindSelect.addEventListener('change', () => fill(null).catch(() => render(select, '')));
  select.addEventListener('change', showRange);
  return fill(period);
}

/**
 * Wires a report page's picker (report-form.js, report-kpis.js): its submit puts what was chosen in the address of
 * `path` (the page's own fields named in `also` first, then the period, the province only for an auditor and the
 * agency only for an admin), then the periods are filled. Resolves to true when the page can load its figures;
 * otherwise it has shown in `result` why not: the problem, or `noProvince` for an auditor who has not chosen one.
 */
export async function wirePicker(form, { path, query, result, also = [], noProvince }) {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const values = Object.fromEntries(new FormData(form).entries());
    const chosen = Object.fromEntries(also.map((name) => [name, values[name]]));
    window.location.hash = address(path, { ...chosen, period: values.period,
      province: query.auditor ? values.province : '', agency: query.admin ? values.agency : '' });
  });
  try {
    query.period = await fillPeriods(form, query.period, query.province);
  } catch (problem) {
    render(result, problemBox(problem));
    return false;
  }
  if (query.auditor && !query.province) {
    render(result, noProvince);
    return false;
  }
  return true;
}

/**
 * Whose figures, from the address and the role: the auditor names a province, the admin the whole province or
 * one agency, an agency head or unit lead always his own agency (whatever the address says).
 */
export function reportScope(raw, user) {
  const auditor = user.roles.includes('national-auditor');
  const admin = user.roles.includes('province-admin');
  return {
    auditor,
    admin,
    province: auditor && /^\d{2}$/.test(raw.province || '') ? raw.province : '',
    agency: admin ? (raw.agency || '') : auditor ? '' : (user.agency || ''),
  };
}

/** The scope's fields: the auditor's province, the admin's agency, or the agency an official is bound to. */
export async function scopeFields(user, scope) {
  if (scope.auditor) {
    return provinceField(user, scope.province);
  }
  if (scope.admin) {
    return agencyField(await agenciesOf(user.province), scope.agency);
  }
  return html`<p class="scope-fixed"><span class="muted">Phạm vi:</span> <strong>${user.agency || ''}</strong></p>`;
}

/** The agencies of a province ({code, name}) from its public catalogue, for the admin's agency picker. */
async function agenciesOf(province) {
  if (!province) {
    return [];
  }
  try {
    return await api.get(`/api/catalog/public/${encodeURIComponent(province)}/agencies`);
  } catch (e) {
    return [];
  }
}

/** The admin's choice between the whole province and one of its agencies. */
function agencyField(agencies, agency) {
  return html`<div class="field"><label for="r-agency">Phạm vi</label>
    <select id="r-agency" name="agency">${option('', 'Toàn tỉnh', agency || '')}
      ${agencies.map((a) => option(a.code, `${a.name} (${a.code})`, agency || ''))}</select></div>`;
}
