// Chỉ tiêu và kế hoạch (#/bao-cao/chi-tieu): the rates a province plans (Hà Tĩnh's 2023 plan: 60 % of dossiers
// online, 70 % of results digitised…) for a period, from GET /api/reports/kpis: each rate as a bar against its
// target's mark, with its numerator, denominator and definition in the table beside it (so 28 % can never stand
// for 124/489 again), met or not; its trend over the last eight periods; the mix of reception channels and the
// timeliness of the dossiers resolved. Per province or agency (the admin picks; an agency head sees his own).
import { api } from '../lib/api.js';
import { columns, horizontalBars } from '../lib/chart.js';
import { html, render } from '../lib/html.js';
import { number } from '../lib/format.js';
import { problemBox } from '../lib/ui.js';
import { CHANNEL, TIMELINESS } from './dossier-labels.js';
import { periodShort } from './evaluation-labels.js';
import {
  KPI_NAMES, kindOf, labelOf, percentText, periodFields, reportNav, reportScope, scopeFields, wirePicker,
} from './report-labels.js';

export const title = 'Chỉ tiêu và kế hoạch';

const PATH = '/bao-cao/chi-tieu';
const PERIODS = 8;
/** Room for the rates' full names (up to about 65 characters) beside their bars. */
const WIDE = { width: 900, labelWidth: 440, valueWidth: 130 };

function kpiName(k) {
  return k.name || KPI_NAMES[k.kpi] || k.kpi;
}

function verdict(k) {
  if (k.target === null || k.target === undefined) {
    return html`<span class="badge band-none">Chưa có chỉ tiêu</span>`;
  }
  if (k.percent === null || k.percent === undefined) {
    return html`<span class="badge band-none">Không có dữ liệu</span>`;
  }
  return k.met ? html`<span class="badge band-good">Đạt</span>` : html`<span class="badge band-bad">Chưa đạt</span>`;
}

function kpiTable(kpis) {
  return html`<div class="table-wrap"><table class="responsive kpis">
    <caption>Các chỉ tiêu: tử số, mẫu số, tỷ lệ và chỉ tiêu kế hoạch</caption>
    <thead><tr><th scope="col">Chỉ tiêu</th><th scope="col" class="number">Tử số</th><th scope="col" class="number">Mẫu số</th>
      <th scope="col" class="number">Tỷ lệ</th><th scope="col" class="number">Kế hoạch</th><th scope="col">Kết quả</th>
      <th scope="col">Cách tính</th></tr></thead>
    <tbody>${kpis.map((k) => html`<tr data-kpi="${k.kpi}">
      <th scope="row" data-label="Chỉ tiêu">${kpiName(k)}</th>
      <td data-label="Tử số" class="number">${number(k.numerator)}</td>
      <td data-label="Mẫu số" class="number">${number(k.denominator)}</td>
      <td data-label="Tỷ lệ" class="number">${k.percent === null || k.percent === undefined
        ? html`<span class="muted">không có dữ liệu</span>` : percentText(k.percent)}</td>
      <td data-label="Kế hoạch" class="number">${percentText(k.target)}</td>
      <td data-label="Kết quả">${verdict(k)}</td>
      <td data-label="Cách tính">${k.definition || ''}</td>
    </tr>`)}</tbody></table></div>`;
}

function kpiBars(kpis) {
  const rows = kpis.map((k) => ({ label: kpiName(k), value: k.percent, max: 100, target: k.target,
    text: `${percentText(k.percent)}${k.target === null || k.target === undefined ? '' : ` / ${percentText(k.target)}`}` }));
  return horizontalBars({ id: 'kpi-chart', title: 'Tỷ lệ đạt được so với chỉ tiêu kế hoạch', ...WIDE,
    description: kpis.map((k) => `${kpiName(k)}: ${percentText(k.percent)}, kế hoạch ${percentText(k.target)}`).join('; '), rows });
}

function trendChart(k) {
  const points = (k.trend || []).map((t) => ({ label: periodShort(labelOf(t.period)), value: t.percent }));
  return columns({ id: 'trend-chart', title: `${kpiName(k)} qua ${number(points.length)} kỳ`, max: 100,
    description: points.map((p) => `${p.label}: ${percentText(p.value)}`).join('; '), columns: points,
    references: k.target === null || k.target === undefined ? [] : [{ value: k.target, label: `Kế hoạch ${percentText(k.target)}` }] });
}

function trendTable(kpis) {
  const labels = (kpis[0] && kpis[0].trend ? kpis[0].trend : []).map((t) => labelOf(t.period));
  return html`<div class="table-wrap"><table class="responsive trend">
    <caption>Tỷ lệ qua các kỳ</caption>
    <thead><tr><th scope="col">Chỉ tiêu</th>${labels.map((l) => html`<th scope="col" class="number">${periodShort(l)}</th>`)}</tr></thead>
    <tbody>${kpis.map((k) => html`<tr><th scope="row" data-label="Chỉ tiêu">${kpiName(k)}</th>
      ${labels.map((l, i) => html`<td class="number" data-label="${periodShort(l)}">${percentText(((k.trend || [])[i] || {}).percent)}</td>`)}</tr>`)}</tbody>
  </table></div>`;
}

function shareBars(id, chartTitle, entries) {
  const total = entries.reduce((sum, e) => sum + (e.count || 0), 0);
  const rows = entries.map((e) => ({ label: e.label, value: e.count, max: total,
    text: `${number(e.count)} (${percentText(total ? Math.round((1000 * e.count) / total) / 10 : null)})` }));
  return horizontalBars({ id, title: chartTitle, ...WIDE,
    description: rows.map((r) => `${r.label}: ${r.text}`).join('; '), rows });
}

function dashboard(data) {
  const kpis = data.kpis || [];
  const channels = (data.channels || []).map((c) => ({ label: CHANNEL[c.channel] || c.channel, count: c.count }));
  const t = data.timeliness || {};
  const timeliness = [['EARLY', t.early], ['ON_TIME', t.onTime], ['LATE', t.late]]
    .map(([code, count]) => ({ label: TIMELINESS[code], count: count || 0 }));
  const period = data.period || {};
  const withTrend = kpis.filter((k) => (k.trend || []).length);
  return html`<section class="section" aria-labelledby="h-kpis">
      <h2 id="h-kpis">Chỉ tiêu ${period.text || labelOf(period)}</h2>
      <figure class="chart-figure">${kpiBars(kpis)}
        <figcaption class="hint">Mỗi thanh: tỷ lệ đạt được (0-100 %); vạch đứng: chỉ tiêu kế hoạch của tỉnh cho năm của kỳ.</figcaption></figure>
      ${kpiTable(kpis)}
    </section>
    ${withTrend.length ? html`<section class="section" aria-labelledby="h-trend">
      <h2 id="h-trend">Xu hướng qua các kỳ</h2>
      <div class="field"><label for="trend-kpi">Chỉ tiêu</label>
        <select id="trend-kpi">${withTrend.map((k) => html`<option value="${k.kpi}">${kpiName(k)}</option>`)}</select></div>
      <figure class="chart-figure" id="trend-figure">${trendChart(withTrend[0])}</figure>
      ${trendTable(withTrend)}
    </section>` : ''}
    <section class="section" aria-labelledby="h-channels">
      <h2 id="h-channels">Kênh tiếp nhận hồ sơ</h2>
      ${channels.length ? html`<figure class="chart-figure">${shareBars('channel-chart', 'Số hồ sơ tiếp nhận theo kênh', channels)}</figure>`
        : html`<p class="empty">Không có hồ sơ tiếp nhận trong kỳ.</p>`}
    </section>
    <section class="section" aria-labelledby="h-timeliness">
      <h2 id="h-timeliness">Kết quả giải quyết theo thời hạn</h2>
      <figure class="chart-figure">${shareBars('timeliness-chart', 'Số hồ sơ đã giải quyết: trước hạn, đúng hạn, quá hạn', timeliness)}</figure>
    </section>`;
}

export async function show(main, { query: raw, user }) {
  const query = { ...reportScope(raw, user), period: kindOf(raw.period) ? raw.period : '' };
  render(main, html`<h1>${title}</h1>
    ${reportNav('#/bao-cao/chi-tieu', user.roles)}
    <form class="filters inline-form" id="kpi-picker" novalidate aria-label="Chọn phạm vi và kỳ">
      ${await scopeFields(user, query)}${periodFields(kindOf(query.period) || 'QUARTER')}
      <div class="actions"><button type="submit">Xem chỉ tiêu</button></div></form>
    <div id="kpi-result"></div>`);
  const chosen = main.querySelector('#kpi-picker');
  const result = main.querySelector('#kpi-result');
  const ready = await wirePicker(chosen, { path: PATH, query, result,
    noProvince: html`<p class="empty">Chọn tỉnh, thành phố để xem chỉ tiêu.</p>` });
  if (!ready) {
    return;
  }
  render(result, html`<p class="loading">Đang tải chỉ tiêu…</p>`);
  let data;
  try {
    data = await api.get('/api/reports/kpis', { query: { period: query.period, province: query.province,
      agency: query.agency, periods: PERIODS } });
  } catch (problem) {
    render(result, problemBox(problem));
    return;
  }
  render(result, dashboard(data));
  const pick = result.querySelector('#trend-kpi');
  pick?.addEventListener('change', () => {
    const k = data.kpis.find((x) => x.kpi === pick.value);
    render(result.querySelector('#trend-figure'), trendChart(k));
  });
}
