// Quản trị danh mục thủ tục hành chính (province admin): every procedure of the admin's province with its state,
// searched as officials type (with or without accents), and a new draft (soạn thảo) to publish from its own page.
import { api } from '../lib/api.js';
import { html, render } from '../lib/html.js';
import { date, number } from '../lib/format.js';
import { markFields, submitting } from '../lib/ui.js';
import { PROCEDURE_STATE, label, stillAt } from './catalogue-terms.js';
import { readTerms, termsFields, wireTerms } from './admin-terms.js';

export const title = 'Thủ tục hành chính';

/** Lower case without accents (đ → d), so "cap giay" finds "Cấp giấy". */
export function folded(text) {
  return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

function nameOf(p) {
  return (p.draft || p.inForce || {}).terms?.name || '';
}

function rows(list) {
  return list.map((p) => html`<tr>
    <td data-label="Mã thủ tục">${p.code}</td>
    <td data-label="Tên thủ tục"><a href="#/quan-tri/thu-tuc/${p.id}">${nameOf(p) || `Thủ tục ${p.code}`}</a></td>
    <td data-label="Trạng thái"><span class="badge badge-status">${label(PROCEDURE_STATE, p.status)}</span>
      ${p.draft && p.status !== 'DRAFT' ? html` <span class="badge badge-nearing">Có dự thảo</span>` : ''}</td>
    <td data-label="Phiên bản hiện hành">${p.inForce ? `${p.inForce.version}, từ ${date(p.inForce.effectiveFrom)}` : 'Chưa có'}</td>
  </tr>`);
}

export async function show(main) {
  const at = window.location.hash;
  const [procedures, agencies] = await Promise.all([api.get('/api/catalog/procedures'), api.get('/api/catalog/agencies')]);
  if (!stillAt(at)) {
    return;
  }
  procedures.sort((a, b) => a.code.localeCompare(b.code));
  render(main, html`
    <h1>Thủ tục hành chính của tỉnh</h1>
    <p><a class="button" href="#new-draft" data-open>Soạn thảo thủ tục mới</a>
      <a class="button button-quiet" href="#/quan-tri/nhap">Nhập danh mục từ tệp</a></p>
    <form class="inline-form" role="search" aria-label="Lọc danh sách thủ tục">
      <div class="field"><label for="filter">Tìm theo mã hoặc tên</label>
        <input id="filter" name="filter" type="search" autocomplete="off"></div>
      <div class="field"><label for="state">Trạng thái</label>
        <select id="state" name="state"><option value="">Tất cả</option>
          ${Object.entries(PROCEDURE_STATE).map(([v, t]) => html`<option value="${v}">${t}</option>`)}</select></div>
    </form>
    <div class="table-wrap"><table class="responsive">
      <caption id="count"></caption>
      <thead><tr><th scope="col">Mã thủ tục</th><th scope="col">Tên thủ tục</th><th scope="col">Trạng thái</th>
        <th scope="col">Phiên bản hiện hành</th></tr></thead>
      <tbody id="rows"></tbody>
    </table></div>

    <details id="new-draft">
      <summary><h2>Soạn thảo thủ tục mới</h2></summary>
      <form class="draft-form" novalidate>
        <div class="field"><label for="new-code">Mã thủ tục (Cơ sở dữ liệu quốc gia về TTHC)</label>
          <input id="new-code" name="code" required placeholder="1.004227" aria-describedby="new-code-hint">
          <p class="hint" id="new-code-hint">Ví dụ 1.004227</p></div>
        ${termsFields('new', null, agencies)}
        <div id="draft-problem"></div>
        <div class="actions"><button type="submit">Lưu dự thảo</button></div>
      </form>
    </details>`);

  const tbody = main.querySelector('#rows');
  const count = main.querySelector('#count');
  const filter = main.querySelector('#filter');
  const state = main.querySelector('#state');
  const draw = () => {
    const words = folded(filter.value).split(/\s+/).filter(Boolean);
    const shown = procedures.filter((p) => (!state.value || p.status === state.value)
      && words.every((w) => folded(`${p.code} ${nameOf(p)}`).includes(w)));
    render(count, `${number(shown.length)} / ${number(procedures.length)} thủ tục`);
    render(tbody, shown.length ? rows(shown)
      : html`<tr><td colspan="4">Không có thủ tục nào phù hợp.</td></tr>`);
  };
  filter.addEventListener('input', draw);
  state.addEventListener('change', draw);
  main.querySelector('form[role=search]').addEventListener('submit', (e) => e.preventDefault());
  draw();

  const details = main.querySelector('#new-draft');
  main.querySelector('[data-open]').addEventListener('click', (e) => {
    e.preventDefault();
    details.open = true;
    main.querySelector('#new-code').focus();
  });
  const form = main.querySelector('.draft-form');
  wireTerms(form, 'new');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const { terms, errors } = readTerms(form, []);
    if (errors.length) {
      markFields(form, { errors });
      return;
    }
    const code = form.querySelector('[name=code]').value.trim();
    const created = await submitting(form.querySelector('button[type=submit]'), main.querySelector('#draft-problem'),
      () => api.post('/api/catalog/procedures', { code, terms }), form);
    if (created) {
      window.location.hash = `#/quan-tri/thu-tuc/${created.id}?saved=draft`;
    }
  });
}
