// Công khai thủ tục hành chính: a province's published procedures for anyone, no sign-in. The search ignores
// accents and case ("cap giay phep x quang" finds "Cấp giấy phép ... X-quang"); the filters are those the public
// catalogue API has (lĩnh vực, cơ quan, mức độ trực tuyến). The search lives in the address (#/cong-khai/20?q=...),
// so a result page can be bookmarked, shared and reached again with the browser's Back.
import { api } from '../lib/api.js';
import { html, render } from '../lib/html.js';
import { date, number } from '../lib/format.js';
import { problemBox, formValues } from '../lib/ui.js';
import { ONLINE_MODE, MECHANISM, label, provinceName, stillAt } from './catalogue-terms.js';

export const title = 'Danh mục thủ tục hành chính';

const SIZE = 20;

function hashOf(province, query) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(name, value);
    }
  }
  const text = params.toString();
  return `#/cong-khai/${encodeURIComponent(province)}${text ? `?${text}` : ''}`;
}

function options(list, selected) {
  return list.map((o) => html`<option value="${o.value}" ${o.value === selected ? html`selected` : ''}>${o.label}</option>`);
}

export async function show(main, { params, query }) {
  const province = params.province;
  const page = Math.max(1, Number.parseInt(query.page || '1', 10) || 1);
  const at = window.location.hash;
  const [name, agencies] = await Promise.all([
    provinceName(province),
    api.get(`/api/catalog/public/${encodeURIComponent(province)}/agencies`).catch(() => []),
  ]);
  if (!stillAt(at)) {
    return;
  }
  const fields = agencies.flatMap((a) => a.fields).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const agencyName = Object.fromEntries(agencies.map((a) => [a.code, a.name]));
  const fieldName = Object.fromEntries(fields.map((f) => [f.code, f.name]));

  render(main, html`
    <h1>Danh mục thủ tục hành chính <span class="subtitle">${name}</span></h1>
    <form class="search-form" role="search" aria-label="Tìm thủ tục hành chính" novalidate>
      <div class="field field-wide">
        <label for="q">Tên thủ tục</label>
        <input id="q" name="q" type="search" maxlength="200" value="${query.q || ''}" autocomplete="off"
          aria-describedby="q-hint">
        <p class="hint" id="q-hint">Gõ có dấu hoặc không dấu, ví dụ: cap giay phep x quang</p>
      </div>
      <div class="grid-2">
        <div class="field">
          <label for="field">Lĩnh vực</label>
          <select id="field" name="field">
            <option value="">Tất cả lĩnh vực</option>
            ${options(fields.map((f) => ({ value: f.code, label: f.name })), query.field)}
          </select>
        </div>
        <div class="field">
          <label for="agency">Cơ quan giải quyết</label>
          <select id="agency" name="agency">
            <option value="">Tất cả cơ quan</option>
            ${options(agencies.map((a) => ({ value: a.code, label: a.name })), query.agency)}
          </select>
        </div>
        <div class="field">
          <label for="onlineMode">Mức độ dịch vụ công trực tuyến</label>
          <select id="onlineMode" name="onlineMode">
            <option value="">Tất cả</option>
            ${options(['FULL', 'PARTIAL', 'NONE'].map((m) => ({ value: m, label: ONLINE_MODE[m] })), query.onlineMode)}
          </select>
        </div>
        <div class="field">
          <label for="mechanism">Cơ chế giải quyết</label>
          <select id="mechanism" name="mechanism">
            <option value="">Tất cả</option>
            ${options(Object.entries(MECHANISM).map(([value, text]) => ({ value, label: text })), query.mechanism)}
          </select>
        </div>
      </div>
      <div class="actions"><button type="submit">Tìm kiếm</button>
        <a class="button button-quiet" href="${hashOf(province, {})}">Xóa điều kiện</a></div>
    </form>
    <div id="results" aria-live="polite"><p class="loading">Đang tìm…</p></div>`);

  const form = main.querySelector('form');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const values = formValues(form);
    window.location.hash = hashOf(province, { q: values.q, field: values.field, agency: values.agency,
      onlineMode: values.onlineMode, mechanism: values.mechanism });
  });

  const results = main.querySelector('#results');
  let found;
  try {
    found = await api.get(`/api/catalog/public/${encodeURIComponent(province)}/procedures`, {
      query: { q: query.q, field: query.field, agency: query.agency, onlineMode: query.onlineMode,
        mechanism: query.mechanism, page: page - 1, size: SIZE },
    });
  } catch (problem) {
    render(results, problemBox(problem));
    return;
  }
  const pages = Math.max(1, Math.ceil(found.total / SIZE));
  if (found.total === 0) {
    render(results, html`<p class="empty">Không tìm thấy thủ tục nào phù hợp. Hãy thử từ khóa ngắn hơn hoặc bỏ bớt
      điều kiện lọc.</p>`);
    return;
  }
  render(results, html`
    <div class="table-wrap"><table class="responsive">
      <caption>Tìm thấy ${number(found.total)} thủ tục có hiệu lực ngày ${date(found.on)}</caption>
      <thead><tr>
        <th scope="col">Mã thủ tục</th><th scope="col">Tên thủ tục</th><th scope="col">Lĩnh vực</th>
        <th scope="col">Cơ quan giải quyết</th><th scope="col">Mức độ trực tuyến</th>
      </tr></thead>
      <tbody>${found.items.map((p) => html`<tr>
        <td data-label="Mã thủ tục">${p.code}</td>
        <td data-label="Tên thủ tục"><a href="#/cong-khai/${province}/thu-tuc/${p.code}">${p.name}</a></td>
        <td data-label="Lĩnh vực">${fieldName[p.fieldCode] || p.fieldCode}</td>
        <td data-label="Cơ quan giải quyết">${agencyName[p.agencyCode] || p.agencyCode}</td>
        <td data-label="Mức độ trực tuyến">${label(ONLINE_MODE, p.onlineMode)}</td>
      </tr>`)}</tbody>
    </table></div>
    ${pages > 1 ? html`<nav class="pager" aria-label="Phân trang">
      ${page > 1 ? html`<a class="button button-quiet" href="${hashOf(province, { ...query, page: page - 1 })}">Trang trước</a>` : ''}
      <span>Trang ${number(page)} / ${number(pages)}</span>
      ${page < pages ? html`<a class="button button-quiet" href="${hashOf(province, { ...query, page: page + 1 })}">Trang sau</a>` : ''}
    </nav>` : ''}`);
}
