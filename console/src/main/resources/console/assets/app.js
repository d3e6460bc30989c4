// The console's shell: hash routing (#/xu-ly, #/ho-so/123), the menu for the signed-in official's roles,
// sign-in and sign-out through the gateway, and focus moved to each new page for keyboard and screen-reader use.
import { html, render } from './lib/html.js';
import { loadUser, user, hasAnyRole, signInUrl, signOutUrl } from './lib/session.js';
import { problemBox, setTitle } from './lib/ui.js';
import { ROUTES, MENU } from './routes.js';

const ROLE_NAMES = {
  citizen: 'Công dân',
  'reception-officer': 'Cán bộ tiếp nhận',
  'processing-officer': 'Cán bộ xử lý',
  'unit-lead': 'Lãnh đạo phòng',
  'agency-head': 'Lãnh đạo cơ quan',
  'province-admin': 'Quản trị tỉnh',
  'national-auditor': 'Kiểm tra toàn quốc',
};

function match(path) {
  for (const route of ROUTES) {
    const names = [];
    const pattern = new RegExp('^' + route.path.replace(/:([a-z]+)/g, (_, n) => {
      names.push(n);
      return '([^/]+)';
    }) + '/?$');
    const m = pattern.exec(path);
    if (m) {
      const params = {};
      names.forEach((n, i) => { params[n] = decodeURIComponent(m[i + 1]); });
      return { route, params };
    }
  }
  return null;
}

function location() {
  const hash = window.location.hash.startsWith('#/') ? window.location.hash.slice(1) : '/';
  const [path, search] = hash.split('?');
  return { path, query: Object.fromEntries(new URLSearchParams(search || '')) };
}

function drawChrome() {
  const u = user();
  const current = window.location.hash || '#/';
  render(document.getElementById('nav'), html`<ul>${MENU.filter((m) => hasAnyRole(m.roles)).map((m) =>
    html`<li><a href="${m.href}" ${current.split('?')[0] === m.href ? html`aria-current="page"` : ''}>${m.label}</a></li>`)}</ul>`);
  render(document.getElementById('account'), u.signedIn
    ? html`<span class="who"><strong>${u.name || u.username}</strong>
        <span class="muted">${u.roles.map((r) => ROLE_NAMES[r]).filter(Boolean).join(', ')}${u.province ? ` · Tỉnh ${u.province}` : ''}</span></span>
        <a class="button button-quiet" href="${signOutUrl()}">Đăng xuất</a>`
    : html`<a class="button" href="${signInUrl()}">Đăng nhập</a>`);
}

let drawing = 0;

async function draw() {
  const main = document.getElementById('main');
  const { path, query } = location();
  const found = match(path);
  const turn = ++drawing;
  drawChrome();
  if (!found) {
    setTitle('Không tìm thấy trang');
    render(main, html`<h1>Không tìm thấy trang</h1><p><a href="#/">Về trang chủ</a></p>`);
    return;
  }
  const { route, params } = found;
  if (route.roles && !user().signedIn) {
    setTitle('Cần đăng nhập');
    render(main, html`<h1>Cần đăng nhập</h1><p>Trang này dành cho cán bộ, công chức.</p>
      <p><a class="button" href="${signInUrl()}">Đăng nhập</a></p>`);
    return;
  }
  if (!hasAnyRole(route.roles)) {
    setTitle('Không có quyền');
    render(main, html`<h1>Không có quyền truy cập</h1><p>Tài khoản của bạn không được giao chức năng này.</p>`);
    return;
  }
  // each visit draws into a container of its own: a page still waiting on the network when the official moves on
  // writes into a container no longer in the document, never over the page they went to
  const container = document.createElement('div');
  container.className = 'page';
  try {
    const page = await route.load();
    if (turn !== drawing) {
      return;
    }
    setTitle(page.title);
    render(container, html`<p class="loading">Đang tải…</p>`);
    main.replaceChildren(container);
    await page.show(container, { params, query, user: user() });
  } catch (problem) {
    if (turn === drawing) {
      render(container, problemBox(problem));
      main.replaceChildren(container);
    }
  }
  if (turn === drawing) {
    main.focus({ preventScroll: false });
  }
}

function wireShell() {
  // the skip link targets #main, which is not a route: move focus there without routing
  document.querySelector('[data-skip]').addEventListener('click', (e) => {
    e.preventDefault();
    document.getElementById('main').focus();
  });
  const toggle = document.querySelector('.nav-toggle');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    document.getElementById('nav').classList.toggle('open', open);
  });
  window.addEventListener('hashchange', () => {
    if (window.location.hash === '' || window.location.hash.startsWith('#/')) {
      draw();
    }
  });
}

wireShell();
await loadUser();
draw();
