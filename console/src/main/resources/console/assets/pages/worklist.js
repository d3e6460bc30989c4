// Danh sách hồ sơ cần xử lý (#/xu-ly): the pending dossiers an official works on, from GET /api/worklist, each
// marked in time, nearing or overdue in words (a badge whose colour only repeats them). Filters, sort, page and
// page size live in the address (#/xu-ly?flag=overdue&page=2), so a list can be bookmarked, reloaded and shared.
import { api } from '../lib/api.js';
import { html, render } from '../lib/html.js';
import { dateTime, number } from '../lib/format.js';
import { problemBox } from '../lib/ui.js';
import { FLAG, STATUS, flagBadge, statusBadge } from './dossier-labels.js';

export const title = 'Xử lý hồ sơ';

/** The views of the worklist, widest first, and the role that grants each (as GET /api/worklist decides). */
const VIEWS = [
  { value: 'agency', label: 'Của cơ quan', roles: ['agency-head'] },
  { value: 'unit', label: 'Của phòng', roles: ['unit-lead'] },
  { value: 'mine', label: 'Của tôi', roles: ['processing-officer', 'reception-officer'] },
];
const SORTS = [
  { value: 'dueAt', label: 'Ngày hẹn trả (sớm nhất trước)' },
  { value: 'stepDueAt', label: 'Hạn bước xử lý (sớm nhất trước)' },
  { value: 'receivedAt', label: 'Ngày tiếp nhận (cũ nhất trước)' },
];
/** The API serves at most 1.000 rows a page. */
export const PAGE_SIZES = [20, 50, 100, 200, 500, 1000];

function viewsFor(user) {
  return VIEWS.filter((v) => v.roles.some((r) => user.roles.includes(r)));
}

function address(query) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== '' && value !== undefined && value !== null) {
      params.set(name, value);
    }
  }
  const text = params.toString();
  return `#/xu-ly${text ? `?${text}` : ''}`;
}

function options(list, selected) {
  return list.map((o) => html`<option value="${o.value}" ${o.value === selected ? html`selected` : ''}>${o.label}</option>`);
}

function filters(query, views) {
  const flags = [{ value: '', label: 'Tất cả' }, ...Object.entries(FLAG).map(([value, label]) =>
    ({ value: value.toLowerCase(), label }))];
  const statuses = [{ value: '', label: 'Tất cả' }, { value: 'RECEIVED', label: STATUS.RECEIVED + ' (chưa chuyển xử lý)' },
    { value: 'IN_APPRAISAL', label: STATUS.IN_APPRAISAL }];
  return html`<form class="filters" id="worklist-filters" role="search" aria-label="Lọc danh sách hồ sơ">
    <div class="grid-filters">
      <div class="field"><label for="f-view">Danh sách</label>
        <select id="f-view" name="view">${options(views, query.view)}</select></div>
      <div class="field"><label for="f-flag">Tình trạng hạn</label>
        <select id="f-flag" name="flag">${options(flags, query.flag || '')}</select></div>
      <div class="field"><label for="f-status">Trạng thái</label>
        <select id="f-status" name="status">${options(statuses, query.status || '')}</select></div>
      <div class="field"><label for="f-procedure">Mã thủ tục</label>
        <input id="f-procedure" name="procedure" value="${query.procedure || ''}" maxlength="40"
          placeholder="ví dụ 1.004227" autocomplete="off"></div>
      <div class="field"><label for="f-sort">Sắp xếp theo</label>
        <select id="f-sort" name="sort">${options(SORTS, query.sort)}</select></div>
      <div class="field"><label for="f-size">Số hồ sơ mỗi trang</label>
        <select id="f-size" name="size">${options(PAGE_SIZES.map((n) => ({ value: String(n), label: number(n) })), String(query.size))}</select></div>
    </div>
    <div class="actions"><button type="submit">Lọc</button>
      <a class="button button-quiet" href="#/xu-ly">Bỏ lọc</a></div>
  </form>`;
}

function step(row) {
  if (row.stepNumber === null || row.stepNumber === undefined) {
    return html`<span class="muted">Tại Bộ phận Một cửa</span>`;
  }
  return html`Bước ${row.stepNumber}: ${row.currentUnit}${row.currentAgency ? html` <span class="muted">(${row.currentAgency})</span>` : ''}
    <br>${row.currentOfficer ? html`Cán bộ: ${row.currentOfficer}` : html`<span class="muted">Chưa phân công</span>`}`;
}

/**
 * A page of a thousand rows repeats the same few dates (appointed dates close at 17:00 on a handful of days):
 * each instant is formatted once per page, as the time zone's formatter is the costliest part of a row.
 */
function formatter() {
  const seen = new Map();
  return (value) => {
    let text = seen.get(value);
    if (text === undefined) {
      text = dateTime(value);
      seen.set(value, text);
    }
    return text;
  };
}

function rows(items) {
  const dateTime = formatter();
  return items.map((r) => html`<tr>
    <td data-label="Mã hồ sơ"><a href="#/ho-so/${r.id}">${r.code || 'Chưa có mã'}</a></td>
    <td data-label="Thủ tục">${r.procedureCode}</td>
    <td data-label="Người nộp">${r.applicantName || ''}</td>
    <td data-label="Trạng thái">${statusBadge(r.status)}</td>
    <td data-label="Bước xử lý">${step(r)}</td>
    <td data-label="Tiếp nhận">${dateTime(r.receivedAt)}</td>
    <td data-label="Hạn bước">${r.stepDueAt ? dateTime(r.stepDueAt) : html`<span class="muted">—</span>`}</td>
    <td data-label="Ngày hẹn trả">${dateTime(r.dueAt)}</td>
    <td data-label="Tình trạng hạn">${flagBadge(r.flag)}</td>
  </tr>`);
}

function pager(query, total) {
  const pages = Math.max(1, Math.ceil(total / query.size));
  const page = query.page;
  const link = (p, label, rel) => html`<a class="button button-quiet" rel="${rel}" href="${address({ ...query, page: p })}">${label}</a>`;
  return html`<nav class="pager" aria-label="Phân trang">
    ${page > 0 ? link(page - 1, '‹ Trang trước', 'prev') : ''}
    <span>Trang ${number(page + 1)} / ${number(pages)}</span>
    ${page + 1 < pages ? link(page + 1, 'Trang sau ›', 'next') : ''}
  </nav>`;
}

export async function show(main, { query: raw, user }) {
  const views = viewsFor(user);
  const size = PAGE_SIZES.includes(Number(raw.size)) ? Number(raw.size) : 50;
  const query = {
    view: views.some((v) => v.value === raw.view) ? raw.view : (views[0] ? views[0].value : ''),
    flag: raw.flag || '',
    status: raw.status || '',
    procedure: raw.procedure || '',
    sort: SORTS.some((s) => s.value === raw.sort) ? raw.sort : 'dueAt',
    page: Math.max(0, Number.parseInt(raw.page, 10) || 0),
    size,
  };
  render(main, html`<h1>${title}</h1>
    ${filters(query, views)}
    <div id="worklist-result"><p class="loading">Đang tải danh sách…</p></div>`);
  const form = main.querySelector('#worklist-filters');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const values = Object.fromEntries(new FormData(form).entries());
    window.location.hash = address({ ...values, procedure: (values.procedure || '').trim(), page: 0 });
  });
  const result = main.querySelector('#worklist-result');
  if (views.length === 0) {
    render(result, html`<p>Tài khoản của bạn không có danh sách hồ sơ cần xử lý.</p>`);
    return;
  }
  let page;
  performance.mark('worklist-request');
  try {
    page = await api.page('/api/worklist', { query: { view: query.view, flag: query.flag, status: query.status,
      procedure: query.procedure, sort: query.sort, page: query.page, size: query.size } });
  } catch (problem) {
    render(result, problemBox(problem));
    return;
  }
  performance.mark('worklist-data');
  const { items, total } = page;
  const counts = { DUE: 0, NEARING: 0, OVERDUE: 0 };
  items.forEach((r) => { counts[r.flag] = (counts[r.flag] || 0) + 1; });
  const label = views.find((v) => v.value === query.view).label.toLowerCase();
  render(result, html`
    <p role="status" id="worklist-summary">${number(total)} hồ sơ ${label}${query.flag ? ` · ${FLAG[query.flag.toUpperCase()]}` : ''}.
      Trang này: ${number(counts.OVERDUE)} quá hạn, ${number(counts.NEARING)} sắp đến hạn, ${number(counts.DUE)} trong hạn.</p>
    ${items.length === 0 ? html`<p>Không có hồ sơ nào phù hợp.</p>` : html`<div class="table-wrap">
    <table class="responsive worklist">
      <caption>Danh sách hồ sơ cần xử lý, trang ${number(query.page + 1)} (${number(items.length)} hồ sơ)</caption>
      <thead><tr>
        <th scope="col">Mã hồ sơ</th><th scope="col">Thủ tục</th><th scope="col">Người nộp</th>
        <th scope="col">Trạng thái</th><th scope="col">Bước xử lý</th><th scope="col">Tiếp nhận</th>
        <th scope="col">Hạn bước</th><th scope="col">Ngày hẹn trả</th><th scope="col">Tình trạng hạn</th>
      </tr></thead>
      <tbody>${rows(items)}</tbody>
    </table></div>`}
    ${total > query.size || query.page > 0 ? pager(query, total) : ''}
    <p class="hint">Hạn tính theo ngày làm việc của tỉnh; "sắp đến hạn": thời gian làm việc còn lại không quá ngưỡng cảnh báo của tỉnh (mặc định 8 giờ làm việc). Cập nhật lúc ${dateTime(new Date().toISOString())}.</p>`);
  // for the browser test's figure: data arrived, rows in the document (layout and paint follow)
  performance.mark('worklist-rendered');
}
