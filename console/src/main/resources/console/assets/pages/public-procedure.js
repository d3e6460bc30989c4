// Chi tiết thủ tục hành chính, as the public catalogue publishes it (no sign-in): the version in force today with
// its cases and time limits, papers, fees, where to submit, and the decision that published it; past and scheduled
// versions beneath. Drafts and the internal process never reach this page (the API does not return them).
import { api } from '../lib/api.js';
import { html, render } from '../lib/html.js';
import { date, money } from '../lib/format.js';
import { setTitle } from '../lib/ui.js';
import { ISSUING_LEVEL, MECHANISM, ONLINE_MODE, label, lastDay, provinceName, stillAt, timeLimit, yesNo } from './catalogue-terms.js';

export const title = 'Chi tiết thủ tục hành chính';

const ONLINE = ['LEVEL_3', 'LEVEL_4', 'PARTIAL', 'FULL'];

/** The one-stop desk that receives the agency's dossiers: its own, else its parent agency's. */
function desk(agencies, code) {
  const agency = agencies.find((a) => a.code === code);
  if (!agency) {
    return null;
  }
  const own = agency.units.find((u) => u.kind === 'ONE_STOP_DESK');
  if (own) {
    return own.name;
  }
  return agency.parent ? desk(agencies, agency.parent) : null;
}

function decisionText(d) {
  return d ? `Quyết định số ${d.number} ngày ${date(d.date)} của ${d.issuer}` : '';
}

function versionsTable(caption, versions) {
  return html`<div class="table-wrap"><table class="responsive">
    <caption>${caption}</caption>
    <thead><tr><th scope="col">Phiên bản</th><th scope="col">Hiệu lực từ</th><th scope="col">Đến hết ngày</th>
      <th scope="col">Quyết định</th></tr></thead>
    <tbody>${versions.map((v) => html`<tr>
      <td data-label="Phiên bản">${v.version}</td>
      <td data-label="Hiệu lực từ">${date(v.effectiveFrom)}</td>
      <td data-label="Đến hết ngày">${v.effectiveTo ? date(lastDay(v.effectiveTo)) : 'Chưa xác định'}</td>
      <td data-label="Quyết định">${decisionText(v.decision)}</td></tr>`)}</tbody>
  </table></div>`;
}

export async function show(main, { params }) {
  const { province, code } = params;
  const at = window.location.hash;
  const [procedure, agencies, name] = await Promise.all([
    api.get(`/api/catalog/public/${encodeURIComponent(province)}/procedures/${encodeURIComponent(code)}`),
    api.get(`/api/catalog/public/${encodeURIComponent(province)}/agencies`).catch(() => []),
    provinceName(province),
  ]);
  if (!stillAt(at)) {
    return;
  }
  const back = html`<p><a href="#/cong-khai/${province}">← Danh mục thủ tục hành chính ${name}</a></p>`;
  const v = procedure.current || procedure.scheduled[0] || procedure.past[procedure.past.length - 1];
  if (!v) {
    render(main, html`${back}<h1>Thủ tục ${code}</h1><p>Thủ tục chưa được công bố.</p>`);
    return;
  }
  setTitle(v.name);
  const agency = agencies.find((a) => a.code === v.agencyCode);
  const fields = agencies.flatMap((a) => a.fields);
  const field = fields.find((f) => f.code === v.fieldCode);
  const agencyName = (c) => (agencies.find((a) => a.code === c) || { name: c }).name;
  const where = desk(agencies, v.agencyCode);

  render(main, html`
    ${back}
    <h1>${v.name}</h1>
    ${procedure.abolishedFrom ? html`<div class="alert alert-warning" role="note"><p class="alert-title">Thủ tục
      ${procedure.current ? 'sẽ bị bãi bỏ' : 'đã bị bãi bỏ'} từ ngày ${date(procedure.abolishedFrom)}</p>
      <p>${decisionText(procedure.abolition)}</p></div>` : ''}
    ${!procedure.current && !procedure.abolishedFrom ? html`<div class="alert alert-warning" role="note">
      <p class="alert-title">Thủ tục không có phiên bản đang có hiệu lực ngày ${date(procedure.on)}</p>
      <p>Dưới đây là phiên bản ${v.version}, có hiệu lực từ ngày ${date(v.effectiveFrom)}.</p></div>` : ''}
    <dl class="facts">
      <dt>Mã thủ tục</dt><dd>${procedure.code}</dd>
      ${v.localCode ? html`<dt>Mã thủ tục địa phương</dt><dd>${v.localCode}</dd>` : ''}
      <dt>Lĩnh vực</dt><dd>${field ? field.name : v.fieldCode}</dd>
      <dt>Cơ quan giải quyết</dt><dd>${agency ? agency.name : v.agencyCode}</dd>
      ${v.cooperatingAgencies.length ? html`<dt>Cơ quan phối hợp</dt>
        <dd>${v.cooperatingAgencies.map(agencyName).join('; ')}</dd>` : ''}
      <dt>Cấp ban hành</dt><dd>${label(ISSUING_LEVEL, v.issuingLevel)}</dd>
      <dt>Cơ chế giải quyết</dt><dd>${label(MECHANISM, v.mechanism)}</dd>
      <dt>Dịch vụ công trực tuyến</dt><dd>${label(ONLINE_MODE, v.onlineMode)}</dd>
      <dt>Phiên bản</dt><dd>${v.version}, có hiệu lực từ ngày ${date(v.effectiveFrom)}${v.effectiveTo
        ? ` đến hết ngày ${date(lastDay(v.effectiveTo))}` : ''}</dd>
    </dl>

    <h2 id="cases">Trường hợp và thời hạn giải quyết</h2>
    <div class="table-wrap"><table class="responsive" aria-labelledby="cases">
      <thead><tr><th scope="col">Trường hợp</th><th scope="col">Thời hạn giải quyết</th></tr></thead>
      <tbody>${v.caseVariants.map((c) => html`<tr>
        <td data-label="Trường hợp">${c.name}</td>
        <td data-label="Thời hạn giải quyết">${c.timeLimit.value === 0 && v.fourOnTheSpot
          ? 'Giải quyết ngay trong ngày (4 tại chỗ)' : timeLimit(c.timeLimit)}</td></tr>`)}</tbody>
    </table></div>

    <h2>Thành phần hồ sơ</h2>
    ${v.requiredPapers.length ? html`<ol class="papers">${v.requiredPapers.map((p) => html`<li>${p}</li>`)}</ol>`
      : html`<p>Thủ tục không quy định thành phần hồ sơ.</p>`}

    <h2 id="fees">Phí, lệ phí</h2>
    ${v.fees.length ? html`<div class="table-wrap"><table class="responsive" aria-labelledby="fees">
      <thead><tr><th scope="col">Nội dung</th><th scope="col" class="number">Mức thu</th></tr></thead>
      <tbody>${v.fees.map((f) => html`<tr><td data-label="Nội dung">${f.description}</td>
        <td data-label="Mức thu" class="number">${money(f.amountVnd)}</td></tr>`)}</tbody>
    </table></div>` : html`<p>Không thu phí, lệ phí.</p>`}

    <h2>Nơi nộp hồ sơ và nhận kết quả</h2>
    <ul>
      <li>Trực tiếp tại ${where || `Bộ phận Một cửa của ${agency ? agency.name : v.agencyCode}`}.</li>
      ${ONLINE.includes(v.onlineMode) ? html`<li>Trực tuyến trên Cổng Dịch vụ công (${label(ONLINE_MODE, v.onlineMode).toLowerCase()}).</li>` : ''}
      <li>Nộp hồ sơ qua dịch vụ bưu chính công ích: ${yesNo(v.postalReceipt)}.</li>
      <li>Nhận kết quả qua dịch vụ bưu chính công ích: ${yesNo(v.postalReturn)}.</li>
      ${v.fourOnTheSpot ? html`<li>Tiếp nhận, thẩm định, phê duyệt và trả kết quả tại chỗ (4 tại chỗ).</li>` : ''}
    </ul>

    <h2>Căn cứ công bố</h2>
    <p>${decisionText(v.decision)}.</p>

    ${procedure.scheduled.length ? versionsTable('Phiên bản sắp có hiệu lực', procedure.scheduled) : ''}
    ${procedure.past.length ? versionsTable('Phiên bản đã hết hiệu lực', procedure.past) : ''}

    <p><a href="#/tra-cuu">Tra cứu tình trạng hồ sơ đã nộp</a></p>`);
}
