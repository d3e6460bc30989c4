// Đánh giá (#/danh-gia): the scorecards of Circular 01/2018/TT-VPCP Art. 13-15 for a period. The tabs are the
// kinds of scorecard the role may see (an officer only his own, "Của tôi"; a unit lead his unit and its officers;
// an agency head and an admin the agency, its units, its officers and the province; the national auditor those of
// a province he picks), then the ranking of that kind, then one scorecard: each indicator's score as Σ points /
// dossiers, the total of max and the ranking in words, the items the agency enters itself, and the dossiers behind
// it, page by page. Everything chosen lives in the address (#/danh-gia?kind=OFFICER&subject=xuly.ls&period=2026-Q2).
// The evaluation service decides again what the caller may see.
import { api } from '../lib/api.js';
import { html, render } from '../lib/html.js';
import { date, dateTime, number } from '../lib/format.js';
import { hasAnyRole } from '../lib/session.js';
import { markFields, problemBox } from '../lib/ui.js';
import { OFFICERS } from '../routes.js';
import {
  KIND, address, bandBadge, defaultPeriod, evaluationNav, indicatorStatus, isPeriod, periodText, points,
} from './evaluation-labels.js';
import { periodFields, provinceField, readPeriod, wirePeriod } from './evaluation-picker.js';

export const title = 'Đánh giá giải quyết thủ tục hành chính';

const PATH = '/danh-gia';
const COMPONENTS_PAGE = 50;
const BROAD = ['agency-head', 'province-admin', 'national-auditor'];
/** Indicators scored once for the unit and period, not per dossier (Art. 14 cl. 2: 5, 8, 9). */
const PER_UNIT = [5, 8, 9];

/**
 * The tabs the role may see, widest first; `own` marks the officer's own scorecard (subject = his user name).
 * Exported for scorecard-chart.js, which charts the same kinds.
 */
export function kindsFor(user) {
  const has = (roles) => roles.some((r) => user.roles.includes(r));
  if (has(BROAD)) {
    return ['AGENCY', 'UNIT', 'OFFICER', 'PROVINCE'].map((kind) => ({ kind, label: KIND[kind] }));
  }
  if (has(['unit-lead'])) {
    return [{ kind: 'UNIT', label: KIND.UNIT }, { kind: 'OFFICER', label: KIND.OFFICER }];
  }
  if (has(['processing-officer', 'reception-officer'])) {
    return [{ kind: 'OFFICER', label: 'Của tôi', own: true }];
  }
  return [];
}

function tabs(kinds, query) {
  return html`<nav class="tabs" aria-label="Loại bảng điểm"><ul>${kinds.map((k) => html`<li><a
    href="${address(PATH, { kind: k.kind, period: query.period, province: query.province })}"
    ${k.kind === query.kind ? html`aria-current="page"` : ''}>${k.label}</a></li>`)}</ul></nav>`;
}

function ranking(items, query, caption) {
  if (items.length === 0) {
    return html`<p class="empty">Chưa có bảng điểm nào trong kỳ này.</p>`;
  }
  return html`<div class="table-wrap"><table class="responsive ranking">
    <caption>${caption}</caption>
    <thead><tr><th scope="col">Thứ tự</th><th scope="col">Mã</th><th scope="col">Tên</th>
      <th scope="col" class="number">Điểm / tối đa</th><th scope="col">Xếp loại</th><th scope="col" class="number">Số hồ sơ</th></tr></thead>
    <tbody>${items.map((s, i) => html`<tr>
      <td data-label="Thứ tự">${number(i + 1)}</td>
      <td data-label="Mã"><a href="${address(PATH, { ...query, subject: s.subject, page: '' })}"
        ${s.subject === query.subject ? html`aria-current="true"` : ''}>${s.subject}</a></td>
      <td data-label="Tên">${s.name || ''}</td>
      <td data-label="Điểm / tối đa" class="number">${points(s.total)} / ${points(s.max)}</td>
      <td data-label="Xếp loại">${query.kind === 'UNIT' ? html`<span class="muted">Không xếp loại</span>` : bandBadge(s.band, s.bandLabel)}</td>
      <td data-label="Số hồ sơ" class="number">${number(s.dossiers)}</td>
    </tr>`)}</tbody></table></div>`;
}

function indicators(card) {
  return html`<div class="table-wrap"><table class="responsive indicators">
    <caption>Điểm từng chỉ tiêu (Thông tư 01/2018/TT-VPCP, Điều 13-14)</caption>
    <thead><tr><th scope="col">Chỉ tiêu</th><th scope="col" class="number">Điểm</th>
      <th scope="col" class="number">Σ điểm / số hồ sơ</th><th scope="col">Tình trạng</th></tr></thead>
    <tbody>${card.indicators.map((i) => html`<tr data-indicator="${i.indicator}">
      <th scope="row" data-label="Chỉ tiêu">${i.indicator}. ${i.name}</th>
      <td data-label="Điểm" class="number">${i.status === 'NO_DATA' ? '—' : points(i.score)}</td>
      <td data-label="Σ điểm / số hồ sơ" class="number">${PER_UNIT.includes(i.indicator)
        ? html`<span class="muted">Chỉ tiêu của cả kỳ</span>`
        : i.dossiers ? `${points(i.pointsSum)} / ${number(i.dossiers)}` : html`<span class="muted">—</span>`}</td>
      <td data-label="Tình trạng">${indicatorStatus(i.status)}${i.reason ? html`<br><span class="muted">${i.reason}</span>` : ''}</td>
    </tr>`)}</tbody></table></div>`;
}

function manual(items) {
  return html`<section class="manual-box" aria-labelledby="h-manual">
    <h3 id="h-manual">Nội dung do cơ quan tự nhập</h3>
    ${items && items.length ? html`<ul class="plain">${items.map((m) => html`<li>
      <strong>${m.label || m.item}</strong>${m.points !== null && m.points !== undefined ? html`: ${points(m.points)} điểm` : ''}
      ${m.note ? html`<br>${m.note}` : ''}
      <br><span class="muted">Nhập bởi ${m.enteredBy} lúc ${dateTime(m.enteredAt)}</span></li>`)}</ul>`
      : html`<p class="muted">Chưa có nội dung nào do cơ quan tự nhập cho kỳ này.</p>`}
    <p class="hint">Niêm yết tại bộ phận một cửa và tự đánh giá của người đứng đầu do cơ quan nhập; hiển thị kèm bảng điểm, không cộng vào tổng điểm tính từ hồ sơ.</p>
  </section>`;
}

function scorecard(card, query) {
  const unit = card.kind === 'UNIT';
  return html`<section class="section scorecard" aria-labelledby="h-card">
    <h2 id="h-card">Bảng điểm: ${card.name || card.subject} <span class="muted">(${card.subject})</span></h2>
    <p>${periodText(card.period)} · Bộ chỉ tiêu ${card.policy}</p>
    <dl class="facts scorecard-total">
      <dt>Tổng điểm</dt><dd id="scorecard-total"><strong>${points(card.total)} / ${points(card.max)}</strong> điểm</dd>
      <dt>Xếp loại</dt><dd id="scorecard-band">${unit ? html`<span class="muted">Phòng, bộ phận không xếp loại (Điều 15 khoản 3)</span>` : bandBadge(card.band, card.bandLabel)}</dd>
      <dt>Số hồ sơ</dt><dd>${number(card.dossiers)}</dd>
      <dt>Tính lúc</dt><dd>${dateTime(card.computedAt)}</dd>
    </dl>
    <p class="hint">Điểm chỉ tiêu = tổng điểm của các hồ sơ / số hồ sơ, làm tròn một chữ số thập phân; chỉ tiêu không có dữ liệu không tính vào tổng và điểm tối đa (Điều 15).</p>
    ${indicators(card)}
    ${card.kind === 'AGENCY' ? manual(card.manual) : ''}
    <p><a href="${address('/danh-gia/bieu-do', { kind: card.kind, subject: card.subject, province: query.province })}">Xem điểm qua 8 quý</a></p>
    <section aria-labelledby="h-components"><h3 id="h-components">Hồ sơ được tính điểm</h3>
      <div id="components"><p class="loading">Đang tải danh sách hồ sơ…</p></div></section>
  </section>`;
}

function components(page, query, canOpen) {
  const { items, total } = page;
  if (items.length === 0) {
    return html`<p class="empty">Không có hồ sơ nào được tính điểm trong kỳ này.</p>`;
  }
  const numbers = [...new Set(items.flatMap((c) => Object.keys(c.points || {})))].map(Number).sort((a, b) => a - b);
  const pages = Math.max(1, Math.ceil(total / COMPONENTS_PAGE));
  const link = (p, label, rel) => html`<a class="button button-quiet" rel="${rel}"
    href="${address(PATH, { ...query, page: p || '' })}">${label}</a>`;
  return html`<div class="table-wrap"><table class="responsive components">
    <caption>Các hồ sơ và điểm từng chỉ tiêu, trang ${number(query.page + 1)} / ${number(pages)} (${number(total)} hồ sơ)</caption>
    <thead><tr><th scope="col">Mã hồ sơ</th><th scope="col">Ngày giải quyết</th>
      ${numbers.map((n) => html`<th scope="col" class="number">Chỉ tiêu ${n}</th>`)}</tr></thead>
    <tbody>${items.map((c) => html`<tr>
      <td data-label="Mã hồ sơ">${canOpen ? html`<a href="#/ho-so/${encodeURIComponent(c.dossierId)}">${c.dossierCode}</a>` : c.dossierCode}</td>
      <td data-label="Ngày giải quyết">${date(c.resolvedAt)}</td>
      ${numbers.map((n) => html`<td data-label="Chỉ tiêu ${n}" class="number">${points((c.points || {})[n])}</td>`)}
    </tr>`)}</tbody></table></div>
    ${pages > 1 ? html`<nav class="pager" aria-label="Phân trang hồ sơ">
      ${query.page > 0 ? link(query.page - 1, '‹ Trang trước', 'prev') : ''}
      <span>Trang ${number(query.page + 1)} / ${number(pages)}</span>
      ${query.page + 1 < pages ? link(query.page + 1, 'Trang sau ›', 'next') : ''}</nav>` : ''}`;
}

/** The query of the address, each value checked (an unknown kind falls back to the first the role may see). */
function state(raw, params, user, kinds) {
  const fromPath = params.kind ? { kind: params.kind.toUpperCase(), subject: params.subject } : {};
  const merged = { ...raw, ...fromPath };
  const tab = kinds.find((k) => k.kind === merged.kind) || kinds[0];
  return {
    kind: tab ? tab.kind : '',
    own: Boolean(tab && tab.own),
    subject: tab && tab.own ? user.username : (merged.subject || ''),
    period: isPeriod(merged.period) ? merged.period : defaultPeriod(),
    province: user.roles.includes('national-auditor') ? (/^\d{2}$/.test(merged.province || '') ? merged.province : '') : '',
    page: Math.max(0, Number.parseInt(merged.page, 10) || 0),
  };
}

export async function show(main, { params, query: raw, user }) {
  const kinds = kindsFor(user);
  const query = state(raw, params, user, kinds);
  const auditor = user.roles.includes('national-auditor');
  render(main, html`<h1>${title}</h1>
    ${evaluationNav('#/danh-gia', user.roles)}
    <form class="filters inline-form" id="period-form" novalidate aria-label="Chọn kỳ đánh giá">
      ${await provinceField(user, query.province)}
      ${periodFields(query.period)}
      <div class="actions"><button type="submit">Xem</button></div>
    </form>
    <div id="period-problem"></div>
    ${tabs(kinds, query)}
    <div id="ranking"></div>
    <div id="scorecard"></div>`);
  const form = main.querySelector('#period-form');
  wirePeriod(form);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const chosen = readPeriod(form);
    if (chosen.problem) {
      render(main.querySelector('#period-problem'), problemBox(chosen.problem));
      markFields(form, chosen.problem);
      return;
    }
    const provinceChanged = auditor && chosen.province !== query.province;
    window.location.hash = address(PATH, { kind: query.kind, subject: provinceChanged ? '' : query.subject,
      period: chosen.period, province: auditor ? chosen.province : '' });
  });
  if (kinds.length === 0) {
    render(main.querySelector('#ranking'), html`<p>Tài khoản của bạn không có bảng điểm để xem.</p>`);
    return;
  }
  if (auditor && !query.province) {
    render(main.querySelector('#ranking'), html`<p class="empty">Chọn tỉnh, thành phố và kỳ đánh giá để xem bảng điểm.</p>`);
    return;
  }
  const scope = { period: query.period, province: query.province };
  if (!query.own) {
    const where = main.querySelector('#ranking');
    render(where, html`<p class="loading">Đang tải bảng xếp hạng…</p>`);
    try {
      const list = await api.page(`/api/evaluations/scorecards/${query.kind}`, { query: scope });
      if (!query.subject && list.items.length === 1) {
        query.subject = list.items[0].subject; // one subject to see (the agency head's own agency): open it
      }
      const label = kinds.find((k) => k.kind === query.kind).label;
      render(where, html`<h2 id="h-ranking">Xếp hạng: ${label}</h2>
        ${ranking(list.items, query, `Bảng xếp hạng ${label.toLowerCase()}, ${periodText(query.period)}: ${number(list.total)}`)}`);
    } catch (problem) {
      render(where, problemBox(problem));
      return;
    }
  }
  if (!query.subject) {
    return;
  }
  const where = main.querySelector('#scorecard');
  render(where, html`<p class="loading">Đang tải bảng điểm…</p>`);
  let card;
  try {
    card = await api.get(`/api/evaluations/scorecards/${query.kind}/detail`, { query: { subject: query.subject, ...scope } });
  } catch (problem) {
    render(where, problem.status === 404
      ? html`<p class="empty">Chưa có bảng điểm của ${query.subject} trong kỳ này.</p>` : problemBox(problem));
    return;
  }
  render(where, scorecard(card, query));
  const list = where.querySelector('#components');
  try {
    const page = await api.page(`/api/evaluations/scorecards/${query.kind}/components`, {
      query: { subject: query.subject, ...scope, page: query.page, size: COMPONENTS_PAGE } });
    render(list, components(page, query, hasAnyRole(OFFICERS)));
  } catch (problem) {
    render(list, problemBox(problem));
  }
}
