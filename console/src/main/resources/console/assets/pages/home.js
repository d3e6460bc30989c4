// The landing page: the public services for everyone, the official's own work for those signed in.
import { html, render } from '../lib/html.js';
import { hasAnyRole } from '../lib/session.js';
import { OFFICERS, REPORTERS } from '../routes.js';
import { allProvinces, stillAt } from './catalogue-terms.js';

export const title = 'Trang chủ';

/** The demo deployment's provinces, offered first; the picker lists every province of the register. */
const DEMO = ['20', '04'];

export async function show(main, { user }) {
  // a province's catalogue is public (no sign-in); the province register comes from the catalogue service
  const at = window.location.hash;
  const provinces = await allProvinces().catch(() => DEMO.map((code) => ({ code, name: `Tỉnh ${code}` })));
  if (!stillAt(at)) {
    return;
  }
  const demo = provinces.filter((p) => DEMO.includes(p.code));
  render(main, html`
    <h1>Hệ thống một cửa điện tử</h1>
    ${user.signedIn ? html`<section aria-labelledby="work">
      <h2 id="work">Công việc của bạn</h2>
      <ul class="links">
        ${hasAnyRole(['reception-officer']) ? html`<li><a href="#/tiep-nhan">Tiếp nhận hồ sơ tại bộ phận một cửa</a></li>
          <li><a href="#/tiep-nhan/truc-tuyen">Hồ sơ nộp trực tuyến, bưu chính chờ tiếp nhận</a></li>` : ''}
        ${hasAnyRole(OFFICERS) ? html`<li><a href="#/xu-ly">Danh sách hồ sơ cần xử lý</a></li>` : ''}
        ${hasAnyRole(REPORTERS) ? html`<li><a href="#/bao-cao">Báo cáo định kỳ: biểu mẫu, chỉ tiêu kế hoạch</a></li>` : ''}
        ${hasAnyRole(['province-admin']) ? html`<li><a href="#/quan-tri/thu-tuc">Quản trị danh mục thủ tục hành chính</a></li>` : ''}
      </ul>
    </section>` : ''}
    <section aria-labelledby="public">
      <h2 id="public">Dịch vụ công khai</h2>
      <ul class="links">
        <li><a href="#/tra-cuu">Tra cứu tình trạng hồ sơ bằng mã hồ sơ và mã tra cứu</a></li>
        ${demo.map((p) => html`<li><a href="#/cong-khai/${p.code}">Danh mục thủ tục hành chính ${p.name}</a></li>`)}
      </ul>
      <form class="province-picker" aria-label="Chọn tỉnh, thành phố">
        <div class="field">
          <label for="province">Danh mục thủ tục hành chính của tỉnh, thành phố</label>
          <select id="province" name="province">
            ${provinces.map((p) => html`<option value="${p.code}" ${p.code === DEMO[0] ? html`selected` : ''}>${p.name}</option>`)}
          </select>
        </div>
        <div class="actions"><button type="submit">Xem danh mục</button></div>
      </form>
    </section>`);
  main.querySelector('.province-picker').addEventListener('submit', (e) => {
    e.preventDefault();
    window.location.hash = `#/cong-khai/${e.target.elements.province.value}`;
  });
}
