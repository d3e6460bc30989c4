// What the desk's two pages share: the receipt's facts after an acceptance (with the lookup secret, shown once),
// printing the receipt PDF, the procedure's terms as the desk reads them, and the service's field messages in
// Vietnamese. Not a route of its own.
import { html } from '../lib/html.js';
import { api, saveFile } from '../lib/api.js';
import { dateTime, money, number } from '../lib/format.js';

export const CHANNELS = {
  DIRECT_CENTRE: 'Trực tiếp tại Trung tâm Phục vụ hành chính công',
  DIRECT_AGENCY: 'Trực tiếp tại cơ quan giải quyết',
  POSTAL: 'Qua dịch vụ bưu chính công ích',
  ONLINE_NATIONAL_PORTAL: 'Trực tuyến, Cổng Dịch vụ công quốc gia',
  ONLINE_PROVINCIAL_PORTAL: 'Trực tuyến, Cổng dịch vụ công của tỉnh',
  VNEID: 'Trực tuyến, ứng dụng VNeID',
  NATIONAL_SINGLE_WINDOW: 'Cơ chế một cửa quốc gia',
};

/** "10 ngày làm việc" */
export function timeLimit(limit) {
  if (!limit) {
    return '';
  }
  return `${number(limit.value)} ${limit.unit === 'WORKING_HOURS' ? 'giờ làm việc' : 'ngày làm việc'}`;
}

/** The procedure's version in force in the province (public catalogue), or null when none is. */
export async function procedureInForce(province, code) {
  const found = await api.get(`/api/catalog/public/${encodeURIComponent(province)}/procedures/${encodeURIComponent(code)}`);
  return found.current ? { code: found.code, ...found.current } : null;
}

/** The province's agencies by code → name (public register); empty when it cannot be read: codes are shown then. */
export async function agencyNames(province) {
  try {
    const agencies = await api.get(`/api/catalog/public/${encodeURIComponent(province)}/agencies`);
    return new Map(agencies.map((a) => [a.code, a.name]));
  } catch (e) {
    return new Map();
  }
}

/** Papers (thành phần hồ sơ) and fees (phí, lệ phí) of a version, as a definition list's rows. */
export function papersAndFees(terms) {
  return html`
    <h3>Thành phần hồ sơ</h3>
    ${terms.requiredPapers.length
      ? html`<ol class="papers">${terms.requiredPapers.map((p) => html`<li>${p}</li>`)}</ol>`
      : html`<p class="muted">Thủ tục không quy định thành phần hồ sơ.</p>`}
    <h3>Phí, lệ phí</h3>
    ${terms.fees.length
      ? html`<ul class="fees">${terms.fees.map((f) => html`<li>${f.description}: <strong>${money(f.amountVnd)}</strong></li>`)}</ul>`
      : html`<p>Không thu phí, lệ phí.</p>`}`;
}

/**
 * The service's field messages in Vietnamese (the API writes them in English for every client); a message not
 * listed is shown as the service wrote it.
 */
const FIELD_MESSAGES = {
  'must not be blank': 'Không được để trống.',
  'must not be null': 'Không được để trống.',
  'must be the 12 digits of a citizen id or a 10 (or 10-3) digit tax code':
    'Phải là số định danh cá nhân 12 chữ số, hoặc mã số thuế 10 chữ số (10-3 với đơn vị phụ thuộc).',
  'must be the 12 digits of a personal identification number': 'Số định danh cá nhân phải gồm 12 chữ số.',
  'does not start with the code of a province of birth (Circular 59/2021/TT-BCA)':
    'Số định danh không bắt đầu bằng mã tỉnh nơi đăng ký khai sinh (Thông tư 59/2021/TT-BCA).',
  'its 4th to 6th digits give a year of birth after this year':
    'Chữ số thứ 4 đến thứ 6 cho năm sinh sau năm hiện tại.',
  'must be a tax code of 10 digits, or 10-3 digits for a dependent unit':
    'Mã số thuế gồm 10 chữ số, hoặc 10-3 chữ số với đơn vị phụ thuộc.',
  "a dependent unit's number runs from 001 to 999": 'Số của đơn vị phụ thuộc từ 001 đến 999.',
  'its check digit (the 10th) does not match the first nine':
    'Chữ số kiểm tra (thứ 10) của mã số thuế không khớp với 9 chữ số đầu.',
  'an organisation is identified by its tax code': 'Tổ chức được xác định bằng mã số thuế: hãy nhập mã số thuế.',
  'must be 10 digits starting with 0': 'Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.',
  'must be a well-formed email address': 'Thư điện tử không đúng định dạng.',
  'is not a published procedure': 'Không phải thủ tục đã công bố của tỉnh.',
  'is not the secret given at reception': 'Không đúng mã tra cứu đã cấp khi tiếp nhận.',
};

/** The problem with each field message in Vietnamese where one is known. */
export function inVietnamese(problem) {
  if (!problem || !Array.isArray(problem.errors)) {
    return problem;
  }
  problem.errors = problem.errors.map((e) => {
    const known = FIELD_MESSAGES[e.message];
    if (known) {
      return { ...e, message: known };
    }
    if (/^size must be between/.test(e.message)) {
      return { ...e, message: `Độ dài ${e.message.replace('size must be between', 'phải từ').replace(' and ', ' đến ')} ký tự.` };
    }
    return e;
  });
  return problem;
}

/** Runs an API call and turns a refusal's field messages into Vietnamese before the caller shows it. */
export async function vietnamese(call) {
  try {
    return await call();
  } catch (problem) {
    throw inVietnamese(problem);
  }
}

/** Downloads the receipt PDF: with the secret of the acceptance (printed on it), or a reprint without it. */
export async function printReceipt(dossierId, lookupSecret) {
  const file = await vietnamese(() => api.file('POST', `/api/dossiers/${encodeURIComponent(dossierId)}/receipt`, {
    accept: 'application/pdf',
    body: lookupSecret ? { lookupSecret } : undefined,
  }));
  saveFile(file);
  return file;
}

/**
 * The facts of the receipt after an acceptance: code, appointed date, and the lookup secret, shown this once. A
 * replay (the same form sent again) has no secret: the receipt is then a reprint.
 */
export function receiptFacts(dossier, procedureName) {
  const receipt = dossier.receipt;
  return html`<section class="receipt" aria-labelledby="receipt-title">
    <div class="alert alert-success" role="status">
      <p class="alert-title" id="receipt-title">Đã tiếp nhận hồ sơ ${dossier.code}</p>
      <p>Ngày hẹn trả kết quả: <strong>${dateTime(dossier.dueAt)}</strong></p>
    </div>
    <dl class="facts">
      <dt>Mã hồ sơ</dt><dd data-receipt="code">${dossier.code}</dd>
      <dt>Thủ tục</dt><dd>${procedureName || (receipt && receipt.procedureName) || dossier.procedureCode}</dd>
      ${receipt && receipt.caseVariantName ? html`<dt>Trường hợp</dt><dd>${receipt.caseVariantName}</dd>` : ''}
      <dt>Thời điểm tiếp nhận</dt><dd>${dateTime(dossier.receivedAt)}</dd>
      <dt>Ngày hẹn trả kết quả</dt><dd data-receipt="due">${dateTime(dossier.dueAt)}</dd>
      ${receipt && receipt.form ? html`<dt>Mẫu giấy tiếp nhận</dt><dd>${receipt.form}</dd>` : ''}
      <dt>Mã tra cứu</dt>
      <dd>${receipt && receipt.lookupSecret
        ? html`<span class="secret" data-receipt="secret">${receipt.lookupSecret}</span>`
        : html`<span class="muted">Đã cấp khi tiếp nhận, không hiển thị lại.</span>`}</dd>
    </dl>
    ${receipt && receipt.lookupSecret ? html`<div class="alert alert-warning" role="note">
      <p class="alert-title">Mã tra cứu chỉ hiển thị một lần</p>
      <p>Hệ thống chỉ lưu bản băm của mã tra cứu: sau khi rời trang này, mã sẽ không được hiển thị lại. Hãy in giấy
        tiếp nhận (có mã tra cứu) và giao cho người nộp hồ sơ.</p>
    </div>` : ''}
    <div class="actions">
      <button type="button" data-action="print-receipt">In giấy tiếp nhận (PDF)</button>
    </div>
    <div data-print-result></div>
  </section>`;
}
