// The "Đánh giá" section of a dossier's page (dossier.js), from GET /api/evaluations/dossiers/{id}: the points of
// each per-dossier indicator of Circular 01/2018/TT-VPCP Art. 13 with its reason, the total of the maximum, each
// officer's own indicators, the applicant's rating and the number of complaints. A dossier the evaluation service
// does not know yet (404) says "Chưa có kết quả đánh giá"; another failure shows its problem in the section only.
import { html } from '../lib/html.js';
import { dateTime, number } from '../lib/format.js';
import { problemBox } from '../lib/ui.js';
import { EVALUATION_STATUS, indicatorStatus, points } from './evaluation-labels.js';

const OFFICER_ROLE = { RECEPTION: 'tiếp nhận', PROCESSING: 'xử lý', RESOLUTION: 'giải quyết' };
const SCORE = { 0: 'Không hài lòng', 1: 'Hài lòng', 2: 'Rất hài lòng' };

function indicatorTable(indicators, caption) {
  return html`<div class="table-wrap"><table class="responsive evaluation">
    <caption>${caption}</caption>
    <thead><tr><th scope="col">Chỉ tiêu</th><th scope="col" class="number">Điểm</th><th scope="col">Lý do</th></tr></thead>
    <tbody>${indicators.map((i) => html`<tr data-indicator="${i.indicator}">
      <th scope="row" data-label="Chỉ tiêu">${i.indicator}. ${i.name || ''}</th>
      <td data-label="Điểm" class="number">${i.status === 'SCORED' ? points(i.points) : html`<span class="muted">${indicatorStatus(i.status)}</span>`}</td>
      <td data-label="Lý do">${i.reason || ''}</td>
    </tr>`)}</tbody></table></div>`;
}

/** The section's content for a loaded evaluation, or for { problem } when it could not be read. */
export function evaluationSection(evaluation) {
  if (!evaluation || evaluation.problem) {
    const problem = evaluation && evaluation.problem;
    return !problem || problem.status === 404
      ? html`<p class="empty" id="evaluation-none">Chưa có kết quả đánh giá.</p>` : problemBox(problem);
  }
  const e = evaluation;
  return html`<dl class="facts">
      <dt>Tình trạng</dt><dd id="evaluation-status">${EVALUATION_STATUS[e.status] || e.status}</dd>
      <dt>Tổng điểm</dt><dd id="evaluation-total"><strong>${points(e.totalPoints)} / ${points(e.maxPoints)}</strong> điểm</dd>
      <dt>Bộ chỉ tiêu</dt><dd>${e.policy}</dd>
      ${e.resolvedAt ? html`<dt>Giải quyết lúc</dt><dd>${dateTime(e.resolvedAt)}</dd>` : ''}
      <dt>Đánh giá của người nộp</dt><dd>${e.rating && e.rating.contents && e.rating.contents.length
        ? html`<ul class="plain">${e.rating.contents.map((c) => html`<li>${c.label || c.content}: <strong>${SCORE[c.score] ?? c.score}</strong></li>`)}</ul>
          <span class="muted">lúc ${dateTime(e.rating.ratedAt)}</span>` : html`<span class="muted">Chưa đánh giá</span>`}</dd>
      <dt>Phản ánh, kiến nghị</dt><dd>${number(e.complaints || 0)}</dd>
    </dl>
    ${indicatorTable(e.indicators || [], 'Điểm của hồ sơ theo từng chỉ tiêu (Thông tư 01/2018/TT-VPCP, Điều 13)')}
    ${(e.officers || []).map((o) => indicatorTable(o.indicators || [],
      `Cán bộ ${o.officer}${o.role ? ` (${OFFICER_ROLE[o.role] || o.role})` : ''}`))}
    <p class="hint">Chỉ tiêu chưa đủ dữ liệu hoặc không có dữ liệu không tính điểm. Đánh giá lúc ${dateTime(e.evaluatedAt)} (lần ${number(e.revision)}).</p>`;
}
