// Every page of the console: its address (after #), who may open it, and the module that draws it. A page
// module exports `title` and `async show(main, { params, query, user })`. Roles only choose what the console
// offers; each service decides again what the caller may see and do.
export const OFFICERS = ['reception-officer', 'processing-officer', 'unit-lead', 'agency-head', 'province-admin'];

/** Who sees scorecards: the officials (each their own jurisdiction) and the national auditor. */
export const EVALUATORS = [...OFFICERS, 'national-auditor'];

/** Who reads reports (Circular 01/2020/TT-VPCP forms, rates, the national roll-up): not the officers. */
export const REPORTERS = ['unit-lead', 'agency-head', 'province-admin', 'national-auditor'];

export const ROUTES = [
  // public pages: no sign-in
  { path: '/', load: () => import('./pages/home.js') },
  { path: '/cong-khai/:province', load: () => import('./pages/public-catalogue.js') },
  { path: '/cong-khai/:province/thu-tuc/:code', load: () => import('./pages/public-procedure.js') },
  { path: '/tra-cuu', load: () => import('./pages/lookup.js') },
  { path: '/danh-gia-ho-so', load: () => import('./pages/rating.js') },
  // the one-stop desk (tiếp nhận)
  { path: '/tiep-nhan', roles: ['reception-officer'], load: () => import('./pages/desk.js') },
  { path: '/tiep-nhan/truc-tuyen', roles: ['reception-officer'], load: () => import('./pages/desk-online.js') },
  // processing (xử lý)
  { path: '/xu-ly', roles: OFFICERS, load: () => import('./pages/worklist.js') },
  { path: '/ho-so/:id', roles: OFFICERS, load: () => import('./pages/dossier.js') },
  // evaluation (đánh giá, Circular 01/2018/TT-VPCP and Decision 766/QĐ-TTg)
  { path: '/danh-gia', roles: EVALUATORS, load: () => import('./pages/scorecards.js') },
  { path: '/danh-gia/bieu-do', roles: EVALUATORS, load: () => import('./pages/scorecard-chart.js') },
  { path: '/danh-gia/chi-so-766', roles: ['agency-head', 'province-admin', 'national-auditor'], load: () => import('./pages/index766.js') },
  { path: '/danh-gia/:kind/:subject', roles: EVALUATORS, load: () => import('./pages/scorecards.js') },
  // reports (báo cáo): the forms, the rates against the plan, the plan's targets, the national roll-up
  { path: '/bao-cao', roles: REPORTERS, load: () => import('./pages/report-form.js') },
  { path: '/bao-cao/chi-tieu', roles: REPORTERS, load: () => import('./pages/report-kpis.js') },
  { path: '/bao-cao/ke-hoach', roles: ['province-admin'], load: () => import('./pages/report-targets.js') },
  { path: '/bao-cao/toan-quoc', roles: ['national-auditor'], load: () => import('./pages/report-national.js') },
  // catalogue administration (quản trị)
  { path: '/quan-tri/thu-tuc', roles: ['province-admin'], load: () => import('./pages/admin-procedures.js') },
  { path: '/quan-tri/thu-tuc/:id', roles: ['province-admin'], load: () => import('./pages/admin-procedure.js') },
  { path: '/quan-tri/lich', roles: ['province-admin'], load: () => import('./pages/admin-calendar.js') },
  { path: '/quan-tri/nhap', roles: ['province-admin'], load: () => import('./pages/admin-import.js') },
];

/** The menu: shown to those who hold one of the roles (all, when none are given). */
export const MENU = [
  { href: '#/tra-cuu', label: 'Tra cứu hồ sơ' },
  { href: '#/tiep-nhan', label: 'Tiếp nhận', roles: ['reception-officer'] },
  { href: '#/tiep-nhan/truc-tuyen', label: 'Hồ sơ trực tuyến', roles: ['reception-officer'] },
  { href: '#/xu-ly', label: 'Xử lý hồ sơ', roles: OFFICERS },
  { href: '#/danh-gia', label: 'Đánh giá', roles: EVALUATORS },
  { href: '#/bao-cao', label: 'Báo cáo', roles: REPORTERS },
  { href: '#/quan-tri/thu-tuc', label: 'Thủ tục hành chính', roles: ['province-admin'] },
  { href: '#/quan-tri/lich', label: 'Lịch làm việc', roles: ['province-admin'] },
  { href: '#/quan-tri/nhap', label: 'Nhập danh mục', roles: ['province-admin'] },
];
