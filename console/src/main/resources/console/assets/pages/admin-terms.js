// The terms of a procedure version as the province admin writes them (a draft, an amendment): one form part
// shared by the administration pages. Inputs are named after the API's JSON paths (terms.caseVariants[0].name),
// so a problem's errors[].field lands beside the right input. The internal process steps are not edited here:
// they travel unchanged from the version the form started from.
import { html } from '../lib/html.js';
import { ISSUING_LEVEL, MECHANISM, ONLINE_MODE, TIME_UNIT } from './catalogue-terms.js';

const BLANK = {
  name: '', localCode: '', fieldCode: '', agencyCode: '', issuingLevel: 'LOCAL', mechanism: 'ONE_STOP',
  cooperatingAgencies: [], onlineMode: 'PARTIAL', postalReceipt: true, postalReturn: true, fourOnTheSpot: false,
  fees: [], requiredPapers: [], caseVariants: [{ code: 'CHUNG', name: 'Chung', timeLimit: { value: '', unit: 'WORKING_DAYS' } }],
  steps: [],
};

function select(name, id, map, selected, required = true) {
  const entries = Object.entries(map);
  if (selected && !map[selected]) {
    entries.push([selected, selected]);
  }
  return html`<select id="${id}" name="${name}" ${required ? html`required` : ''}>
    ${entries.map(([value, text]) => html`<option value="${value}" ${value === selected ? html`selected` : ''}>${text}</option>`)}
  </select>`;
}

function caseRow(id, i, c) {
  const p = `terms.caseVariants[${i}]`;
  return html`<tr data-row>
    <td data-label="Mã trường hợp"><label class="visually-hidden" for="${id}-cv${i}-code">Mã trường hợp ${i + 1}</label>
      <input id="${id}-cv${i}-code" name="${p}.code" value="${c.code}" size="10" required></td>
    <td data-label="Tên trường hợp"><label class="visually-hidden" for="${id}-cv${i}-name">Tên trường hợp ${i + 1}</label>
      <input id="${id}-cv${i}-name" name="${p}.name" value="${c.name}" required></td>
    <td data-label="Thời hạn"><label class="visually-hidden" for="${id}-cv${i}-value">Thời hạn trường hợp ${i + 1}</label>
      <input id="${id}-cv${i}-value" name="${p}.timeLimit.value" value="${c.timeLimit.value}" inputmode="numeric" size="5" required></td>
    <td data-label="Đơn vị"><label class="visually-hidden" for="${id}-cv${i}-unit">Đơn vị thời hạn trường hợp ${i + 1}</label>
      ${select(`${p}.timeLimit.unit`, `${id}-cv${i}-unit`, TIME_UNIT, c.timeLimit.unit)}</td>
    <td><button type="button" class="secondary" data-remove>Bỏ trường hợp ${i + 1}</button></td>
  </tr>`;
}

function feeRow(id, i, f) {
  const p = `terms.fees[${i}]`;
  return html`<tr data-row>
    <td data-label="Nội dung"><label class="visually-hidden" for="${id}-fee${i}-description">Nội dung phí ${i + 1}</label>
      <input id="${id}-fee${i}-description" name="${p}.description" value="${f.description}" required></td>
    <td data-label="Mức thu (đồng)"><label class="visually-hidden" for="${id}-fee${i}-amount">Mức thu phí ${i + 1} (đồng)</label>
      <input id="${id}-fee${i}-amount" name="${p}.amountVnd" value="${f.amountVnd === '' ? '' : new Intl.NumberFormat('vi-VN').format(f.amountVnd)}" inputmode="numeric" size="12" required></td>
    <td><button type="button" class="secondary" data-remove>Bỏ phí ${i + 1}</button></td>
  </tr>`;
}

/** The form part; `id` keeps the ids of two forms on one page apart. */
export function termsFields(id, terms, agencies) {
  const t = { ...BLANK, ...(terms || {}) };
  const agencyOptions = Object.fromEntries([['', '— Chọn cơ quan —'], ...agencies.map((a) => [a.code, a.name])]);
  const fieldOptions = Object.fromEntries([['', '— Chọn lĩnh vực —'],
    ...agencies.flatMap((a) => a.fields.map((f) => [f.code, `${f.name} (${f.code})`]))]);
  return html`
    <div class="field field-wide"><label for="${id}-name">Tên thủ tục</label>
      <textarea id="${id}-name" name="terms.name" rows="2" required>${t.name}</textarea></div>
    <div class="grid-2">
      <div class="field"><label for="${id}-agency">Cơ quan giải quyết</label>
        ${select('terms.agencyCode', `${id}-agency`, agencyOptions, t.agencyCode)}</div>
      <div class="field"><label for="${id}-field">Lĩnh vực</label>
        ${select('terms.fieldCode', `${id}-field`, fieldOptions, t.fieldCode)}</div>
      <div class="field"><label for="${id}-level">Cấp ban hành</label>
        ${select('terms.issuingLevel', `${id}-level`, ISSUING_LEVEL, t.issuingLevel)}</div>
      <div class="field"><label for="${id}-mechanism">Cơ chế</label>
        ${select('terms.mechanism', `${id}-mechanism`, MECHANISM, t.mechanism)}</div>
      <div class="field"><label for="${id}-coop">Cơ quan phối hợp (mã, cách nhau bởi dấu phẩy)</label>
        <input id="${id}-coop" name="terms.cooperatingAgencies" value="${t.cooperatingAgencies.join(', ')}"></div>
      <div class="field"><label for="${id}-online">Dịch vụ công trực tuyến</label>
        ${select('terms.onlineMode', `${id}-online`, { NONE: ONLINE_MODE.NONE, PARTIAL: ONLINE_MODE.PARTIAL, FULL: ONLINE_MODE.FULL }, t.onlineMode)}</div>
      <div class="field"><label for="${id}-local">Mã thủ tục địa phương (nếu có)</label>
        <input id="${id}-local" name="terms.localCode" value="${t.localCode || ''}"></div>
    </div>
    <fieldset><legend>Tiếp nhận và trả kết quả</legend>
      <div class="check"><input type="checkbox" id="${id}-postalReceipt" name="terms.postalReceipt" ${t.postalReceipt ? html`checked` : ''}>
        <label for="${id}-postalReceipt">Tiếp nhận hồ sơ qua bưu chính công ích</label></div>
      <div class="check"><input type="checkbox" id="${id}-postalReturn" name="terms.postalReturn" ${t.postalReturn ? html`checked` : ''}>
        <label for="${id}-postalReturn">Trả kết quả qua bưu chính công ích</label></div>
      <div class="check"><input type="checkbox" id="${id}-four" name="terms.fourOnTheSpot" ${t.fourOnTheSpot ? html`checked` : ''}>
        <label for="${id}-four">4 tại chỗ (tiếp nhận, thẩm định, phê duyệt, trả kết quả tại Bộ phận Một cửa)</label></div>
    </fieldset>
    <fieldset><legend>Trường hợp và thời hạn giải quyết</legend>
      <table class="responsive rows" data-rows="case"><thead><tr><th scope="col">Mã</th><th scope="col">Tên trường hợp</th>
        <th scope="col">Thời hạn</th><th scope="col">Đơn vị</th><th scope="col"><span class="visually-hidden">Thao tác</span></th></tr></thead>
        <tbody>${t.caseVariants.map((c, i) => caseRow(id, i, c))}</tbody></table>
      <button type="button" class="secondary" data-add="case">Thêm trường hợp</button>
    </fieldset>
    <fieldset><legend>Phí, lệ phí</legend>
      <table class="responsive rows" data-rows="fee"><thead><tr><th scope="col">Nội dung</th><th scope="col">Mức thu (đồng)</th>
        <th scope="col"><span class="visually-hidden">Thao tác</span></th></tr></thead>
        <tbody>${t.fees.map((f, i) => feeRow(id, i, f))}</tbody></table>
      <button type="button" class="secondary" data-add="fee">Thêm phí, lệ phí</button>
    </fieldset>
    <div class="field field-wide"><label for="${id}-papers">Thành phần hồ sơ (mỗi giấy tờ một dòng)</label>
      <textarea id="${id}-papers" name="terms.requiredPapers" rows="4">${t.requiredPapers.join('\n')}</textarea></div>`;
}

function rowValues(tr) {
  return Object.fromEntries([...tr.querySelectorAll('input, select')].map((el) => [el.name.replace(/^.*\]\./, ''), el.value]));
}

/** Wires the add and remove buttons of the case and fee rows; rows are renumbered so names stay dense. */
export function wireTerms(form, id) {
  const redraw = (kind, rows) => {
    const body = form.querySelector(`[data-rows="${kind}"] tbody`);
    const make = kind === 'case'
      ? (r, i) => caseRow(id, i, { code: r.code, name: r.name, timeLimit: { value: r['timeLimit.value'], unit: r['timeLimit.unit'] } })
      : (r, i) => feeRow(id, i, { description: r.description, amountVnd: r.amountVnd.replace(/[.\s]/g, '') });
    body.innerHTML = rows.map(make).join('');
  };
  form.addEventListener('click', (e) => {
    const add = e.target.closest('[data-add]');
    const remove = e.target.closest('[data-remove]');
    if (!add && !remove) {
      return;
    }
    const kind = add ? add.dataset.add : remove.closest('table').dataset.rows;
    const rows = [...form.querySelectorAll(`[data-rows="${kind}"] tbody tr`)];
    const values = rows.filter((tr) => !remove || !tr.contains(remove)).map(rowValues);
    if (add) {
      values.push(kind === 'case' ? { code: '', name: '', 'timeLimit.value': '', 'timeLimit.unit': 'WORKING_DAYS' }
        : { description: '', amountVnd: '' });
    }
    redraw(kind, values);
    const last = form.querySelector(`[data-rows="${kind}"] tbody tr:last-child input`);
    (add ? last : form.querySelector(`[data-add="${kind}"]`))?.focus();
  });
}

/** A whole number typed with or without Vietnamese thousands separators (2.000.000), else the text as typed. */
function whole(text) {
  const bare = (text || '').replace(/[.\s]/g, '');
  return /^\d{1,15}$/.test(bare) ? Number(bare) : null;
}

/**
 * The terms body from the form, and the field errors found before asking the service (a number that is not one:
 * refused, never guessed). `steps` travel from the version the form started from.
 */
export function readTerms(form, steps) {
  const value = (name) => (form.querySelector(`[name="${CSS.escape(name)}"]`)?.value || '').normalize('NFC').trim();
  const checked = (name) => form.querySelector(`[name="${CSS.escape(name)}"]`).checked;
  const errors = [];
  const caseVariants = [...form.querySelectorAll('[data-rows="case"] tbody tr')].map((tr, i) => {
    const p = `terms.caseVariants[${i}]`;
    const days = whole(value(`${p}.timeLimit.value`));
    if (days === null) {
      errors.push({ field: `${p}.timeLimit.value`, message: 'Nhập số ngày hoặc giờ bằng chữ số' });
    }
    return { code: value(`${p}.code`), name: value(`${p}.name`), timeLimit: { value: days, unit: value(`${p}.timeLimit.unit`) } };
  });
  const fees = [...form.querySelectorAll('[data-rows="fee"] tbody tr')].map((tr, i) => {
    const p = `terms.fees[${i}]`;
    const amount = whole(value(`${p}.amountVnd`));
    if (amount === null) {
      errors.push({ field: `${p}.amountVnd`, message: 'Nhập mức thu bằng chữ số, ví dụ 2.000.000' });
    }
    return { description: value(`${p}.description`), amountVnd: amount };
  });
  const terms = {
    name: value('terms.name'),
    localCode: value('terms.localCode') || null,
    fieldCode: value('terms.fieldCode'),
    agencyCode: value('terms.agencyCode'),
    issuingLevel: value('terms.issuingLevel'),
    mechanism: value('terms.mechanism'),
    cooperatingAgencies: value('terms.cooperatingAgencies').split(',').map((s) => s.trim()).filter(Boolean),
    onlineMode: value('terms.onlineMode'),
    postalReceipt: checked('terms.postalReceipt'),
    postalReturn: checked('terms.postalReturn'),
    fourOnTheSpot: checked('terms.fourOnTheSpot'),
    fees,
    requiredPapers: value('terms.requiredPapers').split('\n').map((s) => s.trim()).filter(Boolean),
    caseVariants,
    steps: steps || [],
  };
  return { terms, errors };
}

/** A problem about a bare TermsBody (PUT .../draft names "name", not "terms.name"): its fields as the form names them. */
export function asTermsProblem(problem) {
  problem.errors = problem.errors.map((e) => ({ ...e, field: e.field.startsWith('terms.') ? e.field : `terms.${e.field}` }));
  return problem;
}
