// What the desk's two pages share: the receipt's facts after an acceptance (with the lookup secret, shown once),
// printing the receipt PDF, the procedure's terms as the desk reads them. Not a route of its own.
import { html, render } from '../lib/html.js';
import { problemBox } from '../lib/ui.js';
import { api, saveFile } from '../lib/api.js';
import { dateTime, money } from '../lib/format.js';

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

/** Downloads the receipt PDF: with the secret of the acceptance (printed on it), or a reprint without it. */
export async function printReceipt(dossierId, lookupSecret) {
  const file = await api.file('POST', `/api/dossiers/${encodeURIComponent(dossierId)}/receipt`, {
    accept: 'application/pdf',
    body: lookupSecret ? { lookupSecret } : undefined,
  });
  saveFile(file);
  return file;
}

/** Wires the receipt's print button drawn by receiptFacts inside `container`. */
export function wirePrint(container, dossier) {
  const secret = dossier.receipt ? dossier.receipt.lookupSecret : null;
  container.querySelector('[data-action="print-receipt"]').addEventListener('click', async (e) => {
    const where = container.querySelector('[data-print-result]');
    e.target.disabled = true;
    render(where, '');
    try {
      const file = await printReceipt(dossier.id, secret);
      render(where, html`<p role="status">Đã tải giấy tiếp nhận: ${file.fileName}</p>`);
    } catch (problem) {
      render(where, problemBox(problem));
    } finally {
      e.target.disabled = false;
    }
  });
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
