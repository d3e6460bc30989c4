// The words of the evaluation pages (scorecards.js, scorecard-chart.js, index766.js and the dossier's "Đánh giá"
// section): whose scorecard, the rankings of Circular 01/2018/TT-VPCP Art. 15 cl. 3, an indicator's status, and
// the reporting periods an official picks from. Indicator names come from the API (the policy words them); the
// band's label too where the API gives it, these only when it does not.
import { html } from '../lib/html.js';
import { date } from '../lib/format.js';

/** Whose scorecard: the tab labels (an officer's own is "Của tôi"). */
export const KIND = { AGENCY: 'Cơ quan', UNIT: 'Phòng', OFFICER: 'Cán bộ', PROVINCE: 'Tỉnh' };

/** Art. 15 cl. 3 in words (the API's bandLabel wins where it gives one). */
export const BAND = {
  OFFICER_FULL: 'Hoàn thành 100% nhiệm vụ',
  OFFICER_70: 'Hoàn thành từ 70% đến dưới 100% nhiệm vụ',
  OFFICER_BELOW_70: 'Hoàn thành dưới 70% nhiệm vụ',
  XUAT_SAC: 'Xuất sắc',
  TOT: 'Tốt',
  KHA: 'Khá',
  TRUNG_BINH: 'Trung bình',
  YEU: 'Yếu',
};

const BAND_CLASS = {
  OFFICER_FULL: 'band-top', XUAT_SAC: 'band-top', TOT: 'band-good', OFFICER_70: 'band-mid', KHA: 'band-mid',
  TRUNG_BINH: 'band-low', OFFICER_BELOW_70: 'band-bad', YEU: 'band-bad',
};

/**
 * The thresholds of each ranking (Art. 15 cl. 3), highest first: the chart draws them as reference lines. A unit
 * (phòng, bộ phận một cửa) is not ranked.
 */
export const THRESHOLDS = {
  OFFICER: [{ value: 5, band: 'OFFICER_FULL' }, { value: 3.5, band: 'OFFICER_70' }],
  AGENCY: [{ value: 15, band: 'XUAT_SAC' }, { value: 12, band: 'TOT' }, { value: 9, band: 'KHA' },
    { value: 6, band: 'TRUNG_BINH' }],
  PROVINCE: [{ value: 15, band: 'XUAT_SAC' }, { value: 12, band: 'TOT' }, { value: 9, band: 'KHA' },
    { value: 6, band: 'TRUNG_BINH' }],
  UNIT: [],
};

/** The most points of each scorecard (Art. 15 cl. 1: officer 1, 2, 3, 4, 7; unit 5, 6, 8, 9; agency all nine). */
export const NOMINAL_MAX = { OFFICER: 10, UNIT: 8, AGENCY: 18, PROVINCE: 18 };

/** An indicator's state: scored, pending until the dossier is resolved, or without data (left out, Art. 15 cl. 4b). */
export const INDICATOR_STATUS = {
  SCORED: 'Đã chấm điểm',
  PENDING: 'Chưa đủ dữ liệu (chờ giải quyết)',
  NO_DATA: 'Không có dữ liệu',
};

export const EVALUATION_STATUS = { EVALUATED: 'Đã đánh giá', PENDING: 'Chưa giải quyết xong: chưa chấm đủ' };

/** The band as words in a badge: the colour only repeats them. */
export function bandBadge(band, label) {
  if (!band) {
    return html`<span class="badge band-none">Không xếp loại</span>`;
  }
  return html`<span class="badge ${BAND_CLASS[band] || 'band-none'}">${label || BAND[band] || band}</span>`;
}

/** The status of an indicator in words; "Không có dữ liệu" for NO_DATA. */
export function indicatorStatus(status) {
  return INDICATOR_STATUS[status] || status || '';
}

/** A score of 0-18 points with a decimal comma (12,5); a dash for none. */
export function points(value) {
  if (value === null || value === undefined) {
    return '—';
  }
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value);
}

/** The calendar quarter of a day: { year, q }. */
function quarterOf(day) {
  return { year: day.getFullYear(), q: Math.floor(day.getMonth() / 3) + 1 };
}

/**
 * The periods an official picks from: the current quarter and the 7 before it (labels YYYY-Qn, as the API reads
 * them; the service cuts them with the province's cut-off day), then this year and the two before.
 */
export function periodChoices(today = new Date()) {
  let { year, q } = quarterOf(today);
  const quarters = [];
  for (let i = 0; i < 8; i++) {
    quarters.push({ value: `${year}-Q${q}`, label: `Quý ${['I', 'II', 'III', 'IV'][q - 1]}/${year}${i === 0 ? ' (quý hiện tại)' : ''}` });
    q -= 1;
    if (q === 0) {
      q = 4;
      year -= 1;
    }
  }
  const thisYear = today.getFullYear();
  const years = [0, 1, 2].map((n) => ({ value: String(thisYear - n), label: `Năm ${thisYear - n}` }));
  return { quarters, years };
}

/** The quarter before the current one: the last complete period, the pages' default. */
export function defaultPeriod(today = new Date()) {
  return periodChoices(today).quarters[1].value;
}

/** A period label the API accepts: YYYY-Qn, YYYY or YYYY-MM-DD..YYYY-MM-DD. */
export function isPeriod(text) {
  return /^\d{4}-Q[1-4]$|^\d{4}$|^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/.test(text || '');
}

/** "Quý III/2026 (15/06/2026 – 14/09/2026)" from the API's period {kind, label, from, to}. */
export function periodText(given) {
  if (!given) {
    return '';
  }
  const period = typeof given === 'string' ? { label: given } : given;
  const q = /^(\d{4})-Q([1-4])$/.exec(period.label || '');
  const name = q ? `Quý ${['I', 'II', 'III', 'IV'][Number(q[2]) - 1]}/${q[1]}`
    : /^\d{4}$/.test(period.label || '') ? `Năm ${period.label}` : 'Khoảng thời gian';
  return period.from && period.to ? `${name} (${date(period.from)} – ${date(period.to)})` : name;
}

/** The short name of a period label for a table or an axis: "Q3/2026", "T5/2026", "6T đầu 2026", "2026", "01/03–31/05/2026". */
export function periodShort(label) {
  const q = /^(\d{4})-Q([1-4])$/.exec(label || '');
  if (q) {
    return `Q${q[2]}/${q[1]}`;
  }
  const m = /^(\d{4})-(\d{2})$/.exec(label || '');
  if (m) {
    return `T${Number(m[2])}/${m[1]}`;
  }
  const h = /^(\d{4})-H([12])$/.exec(label || '');
  if (h) {
    return `6T ${h[2] === '1' ? 'đầu' : 'cuối'} ${h[1]}`;
  }
  const r = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(label || '');
  return r ? `${date(r[1])} – ${date(r[2])}` : label || '';
}

/** Who may open the Decision 766 index (agency heads for their agency and province, admins, the auditor). */
export const INDEX766_ROLES = ['agency-head', 'province-admin', 'national-auditor'];

/** The evaluation pages' own navigation, the current one marked. */
export function evaluationNav(current, roles) {
  const pages = [
    { href: '#/danh-gia', label: 'Bảng điểm' },
    { href: '#/danh-gia/bieu-do', label: 'Điểm qua các quý' },
    ...(INDEX766_ROLES.some((r) => roles.includes(r)) ? [{ href: '#/danh-gia/chi-so-766', label: 'Chỉ số Quyết định 766' }] : []),
  ];
  return html`<nav class="subnav" aria-label="Các trang đánh giá"><ul>${pages.map((p) => html`<li><a href="${p.href}"
    ${p.href === current ? html`aria-current="page"` : ''}>${p.label}</a></li>`)}</ul></nav>`;
}

/** The address of an evaluation page with the non-empty values of `query`. */
export function address(path, query) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== '' && value !== undefined && value !== null) {
      params.set(name, value);
    }
  }
  const text = params.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}
