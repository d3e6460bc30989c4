// The landing page: the public services for everyone, the official's own work for those signed in.
import { html, render } from '../lib/html.js';
import { hasAnyRole } from '../lib/session.js';
import { OFFICERS } from '../routes.js';

export const title = 'Trang chủ';

/** The provinces of the demo deployment; a province's catalogue is public (no sign-in). */
const PROVINCES = [
  { code: '20', name: 'Lạng Sơn' },
  { code: '04', name: 'Cao Bằng' },
];

export async function show(main, { user }) {
  render(main, html`
    <h1>Hệ thống một cửa điện tử</h1>
    ${user.signedIn ? html`<section aria-labelledby="work">
      <h2 id="work">Công việc của bạn</h2>
      <ul class="links">
        ${hasAnyRole(['reception-officer']) ? html`<li><a href="#/tiep-nhan">Tiếp nhận hồ sơ tại bộ phận một cửa</a></li>
          <li><a href="#/tiep-nhan/truc-tuyen">Hồ sơ nộp trực tuyến, bưu chính chờ tiếp nhận</a></li>` : ''}
        ${hasAnyRole(OFFICERS) ? html`<li><a href="#/xu-ly">Danh sách hồ sơ cần xử lý</a></li>` : ''}
        ${hasAnyRole(['province-admin']) ? html`<li><a href="#/quan-tri/thu-tuc">Quản trị danh mục thủ tục hành chính</a></li>` : ''}
      </ul>
    </section>` : ''}
    <section aria-labelledby="public">
      <h2 id="public">Dịch vụ công khai</h2>
      <ul class="links">
        <li><a href="#/tra-cuu">Tra cứu tình trạng hồ sơ bằng mã hồ sơ và mã tra cứu</a></li>
        ${PROVINCES.map((p) => html`<li><a href="#/cong-khai/${p.code}">Danh mục thủ tục hành chính tỉnh ${p.name}</a></li>`)}
      </ul>
    </section>`);
}
