// Nhập danh mục thủ tục từ tệp (province admin): a CSV with the national database's columns (one line per
// trường hợp) or a JSON {"procedures":[...]}; the catalogue service applies it row by row and answers what each
// row did. A bad row is left out whole, with its reasons; the others are applied; the same file twice changes
// nothing.
import { api } from '../lib/api.js';
import { html, render } from '../lib/html.js';
import { number } from '../lib/format.js';
import { problemBox, successBox } from '../lib/ui.js';

export const title = 'Nhập danh mục';

const OUTCOME = { CREATED: 'Tạo mới', AMENDED: 'Sửa đổi', UNCHANGED: 'Không thay đổi', REJECTED: 'Bị từ chối' };
const LIMIT = 20 * 1024 * 1024;

function report(r, fileName) {
  return html`<section aria-labelledby="report-title">
    <h2 id="report-title" tabindex="-1">Kết quả nhập tệp ${fileName}</h2>
    ${r.rejected ? html`<div class="alert alert-error" role="alert"><p class="alert-title">${number(r.rejected)} dòng bị
      từ chối</p><p>Các dòng này không được áp dụng; các dòng khác đã được áp dụng. Sửa các dòng bị từ chối rồi nhập lại
      tệp: những dòng đã áp dụng sẽ không thay đổi.</p></div>`
      : successBox(`Đã nhập ${number(r.rows.length)} dòng, không dòng nào bị từ chối.`)}
    <ul class="report-counts">
      <li>Tạo mới: <strong>${number(r.created)}</strong></li>
      <li>Sửa đổi: <strong>${number(r.amended)}</strong></li>
      <li>Không thay đổi: <strong>${number(r.unchanged)}</strong></li>
      <li>Bị từ chối: <strong>${number(r.rejected)}</strong></li>
    </ul>
    <div class="table-wrap"><table class="responsive import-report">
      <caption>Kết quả từng dòng</caption>
      <thead><tr><th scope="col">Dòng</th><th scope="col">Mã thủ tục</th><th scope="col">Kết quả</th>
        <th scope="col">Phiên bản</th><th scope="col">Lý do</th></tr></thead>
      <tbody>${r.rows.map((row) => html`<tr class="${row.outcome === 'REJECTED' ? 'rejected' : ''}">
        <td data-label="Dòng">${row.row}</td>
        <td data-label="Mã thủ tục">${row.code || ''}</td>
        <td data-label="Kết quả"><span class="badge ${row.outcome === 'REJECTED' ? 'badge-overdue' : 'badge-status'}">${OUTCOME[row.outcome] || row.outcome}</span></td>
        <td data-label="Phiên bản">${row.version ?? ''}</td>
        <td data-label="Lý do">${row.errors.length ? html`<ul class="plain">${row.errors.map((e) =>
          html`<li><code>${e.field}</code>: ${e.message}</li>`)}</ul>` : ''}</td>
      </tr>`)}</tbody>
    </table></div>
  </section>`;
}

export async function show(main) {
  render(main, html`
    <h1>Nhập danh mục thủ tục từ tệp</h1>
    <p>Tệp CSV (UTF-8) có các cột của Cơ sở dữ liệu quốc gia về thủ tục hành chính (MaTTHC, TenTTHC, MaLinhVuc,
      CoQuanThucHien, …), mỗi dòng một trường hợp; ngày ghi dạng ngày/tháng/năm, số tiền dạng 2.000.000. Hoặc tệp JSON
      dạng <code>{"procedures": [...]}</code>. Mỗi dòng được áp dụng riêng: dòng sai bị từ chối kèm lý do, các dòng khác
      vẫn được áp dụng; nhập lại cùng một tệp không thay đổi gì.</p>
    <form class="import" novalidate>
      <div class="field"><label for="file">Tệp danh mục (.csv hoặc .json)</label>
        <input id="file" name="file" type="file" accept=".csv,.json,text/csv,application/json" required></div>
      <div class="actions"><button type="submit">Nhập tệp</button></div>
    </form>
    <div id="outcome" aria-live="polite"></div>`);

  const form = main.querySelector('form');
  const outcome = main.querySelector('#outcome');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const file = form.querySelector('#file').files[0];
    const button = form.querySelector('button');
    if (!file) {
      render(outcome, problemBox({ title: 'Chưa chọn tệp', detail: 'Hãy chọn tệp CSV hoặc JSON cần nhập.', errors: [] }));
      return;
    }
    if (file.size > LIMIT) {
      render(outcome, problemBox({ title: 'Tệp quá lớn', detail: 'Tệp không được lớn hơn 20 MB; hãy chia thành nhiều tệp.', errors: [] }));
      return;
    }
    const json = /\.json$/i.test(file.name) || file.type === 'application/json';
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    render(outcome, html`<p class="loading">Đang nhập tệp ${file.name}…</p>`);
    try {
      const text = await file.text();
      let result;
      if (json) {
        let body;
        try {
          body = JSON.parse(text);
        } catch (err) {
          render(outcome, problemBox({ title: 'Tệp JSON không đọc được', detail: err.message, errors: [] }));
          return;
        }
        result = await api.post('/api/catalog/imports', body);
      } else {
        result = await api.post('/api/catalog/imports/csv', text,
          { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
      }
      render(outcome, report(result, file.name));
      outcome.querySelector('h2').focus();
    } catch (problem) {
      render(outcome, problemBox(problem));
      outcome.querySelector('[role=alert]')?.setAttribute('tabindex', '-1');
      outcome.querySelector('[role=alert]')?.focus();
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  });
}
