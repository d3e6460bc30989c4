// Tiếp nhận hồ sơ tại Bộ phận Một cửa: the reception officer finds a procedure of the province (with or without
// accents), picks its case (trường hợp), reads its papers, fees and time limit, fills in the applicant and receives
// the dossier. The answer is the receipt: code, appointed date and the lookup secret, shown once, and the receipt
// PDF. One Idempotency-Key per dossier being received: sending the same form again (a lost answer, a double click)
// never makes a second dossier.
import { html, render } from '../lib/html.js';
import { api, idempotencyKey } from '../lib/api.js';
import { problemBox, markFields, clearFields, formValues } from '../lib/ui.js';
import { CHANNEL } from './dossier-labels.js';
import { timeLimit } from './catalogue-terms.js';
import {
  procedureInForce, agencyNames, papersAndFees, receiptFacts, wirePrint,
} from './desk-receipt.js';

export const title = 'Tiếp nhận hồ sơ';

const DESK_CHANNELS = ['DIRECT_CENTRE', 'DIRECT_AGENCY'];
const ON_PAGE = 10;

/** {"applicant.name": "An"} → {applicant: {name: "An"}}: the body from inputs named after the API's fields. */
export function nested(values) {
  const body = {};
  for (const [path, value] of Object.entries(values)) {
    const names = path.split('.');
    let at = body;
    names.slice(0, -1).forEach((n) => {
      at[n] = at[n] || {};
      at = at[n];
    });
    at[names[names.length - 1]] = value;
  }
  return body;
}

/**
 * The checks the API makes on the applicant (DossierRequest), in Vietnamese, so the officer corrects the form before
 * sending it; the service checks again and its refusal (a province of birth, a check digit) is shown the same way.
 */
export function check(body, variants) {
  const errors = [];
  const a = body.applicant || {};
  if (variants.length > 1 && !body.caseVariant) {
    errors.push({ field: 'caseVariant', message: 'Hãy chọn trường hợp của thủ tục.' });
  }
  if (!a.name) {
    errors.push({ field: 'applicant.name', message: 'Không được để trống.' });
  } else if (a.name.length > 200) {
    errors.push({ field: 'applicant.name', message: 'Tối đa 200 ký tự.' });
  }
  if (a.kind === 'ORGANISATION' && !a.idNumber) {
    errors.push({ field: 'applicant.idNumber', message: 'Tổ chức được xác định bằng mã số thuế: hãy nhập mã số thuế.' });
  } else if (a.idNumber && !/^([0-9]{12}|[0-9]{10}(-[0-9]{3})?)$/.test(a.idNumber)) {
    errors.push({
      field: 'applicant.idNumber',
      message: 'Phải là số định danh cá nhân 12 chữ số, hoặc mã số thuế 10 chữ số (10-3 với đơn vị phụ thuộc).',
    });
  }
  if (a.phone && !/^0[0-9]{9}$/.test(a.phone)) {
    errors.push({ field: 'applicant.phone', message: 'Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.' });
  }
  if (a.email && (!/^[^@\s]+@[^@\s]+$/.test(a.email) || a.email.length > 200)) {
    errors.push({ field: 'applicant.email', message: 'Thư điện tử không đúng định dạng.' });
  }
  if (a.address && a.address.length > 500) {
    errors.push({ field: 'applicant.address', message: 'Tối đa 500 ký tự.' });
  }
  return errors;
}

export async function show(main, { user }) {
  const province = user.province;
  if (!province) {
    render(main, html`<h1>${title}</h1><p>Tài khoản của bạn chưa được gán tỉnh, thành phố; hãy liên hệ quản trị.</p>`);
    return;
  }
  // the dossier being received: its procedure and the key that makes a retry of the same form harmless
  const state = { procedure: null, key: idempotencyKey(), searchTurn: 0 };
  const agencies = agencyNames(province);

  render(main, html`
    <h1>${title}</h1>
    <p class="muted">Tiếp nhận hồ sơ trực tiếp tại Bộ phận Một cửa: tìm thủ tục, chọn trường hợp, nhập thông tin
      người nộp và tiếp nhận; in giấy tiếp nhận và hẹn trả kết quả cho người nộp.</p>
    <section aria-labelledby="find-title">
      <h2 id="find-title">1. Tìm thủ tục hành chính</h2>
      <form id="search" role="search" novalidate>
        <div class="field">
          <label for="q">Tên hoặc mã thủ tục</label>
          <input id="q" name="q" type="search" autocomplete="off" aria-describedby="q-hint">
          <p class="hint" id="q-hint">Gõ có dấu hoặc không dấu, ví dụ: cap giay phep x quang.</p>
        </div>
        <button type="submit">Tìm thủ tục</button>
      </form>
      <div id="results"></div>
    </section>
    <section id="procedure" aria-labelledby="procedure-title" hidden></section>
    <section id="reception" aria-labelledby="reception-title" hidden></section>`);

  const search = main.querySelector('#search');
  const results = main.querySelector('#results');
  const procedureSection = main.querySelector('#procedure');
  const reception = main.querySelector('#reception');

  async function find() {
    const q = search.q.value.normalize('NFC').trim();
    const turn = ++state.searchTurn;
    if (q === '') {
      render(results, '');
      return;
    }
    try {
      const page = await api.get(`/api/catalog/public/${encodeURIComponent(province)}/procedures`,
        { query: { q, size: ON_PAGE } });
      if (turn !== state.searchTurn) {
        return;
      }
      render(results, page.items.length === 0
        ? html`<p role="status">Không tìm thấy thủ tục nào khớp với “${q}”.</p>`
        : html`<div class="table-wrap"><table class="responsive" data-results>
            <caption>Kết quả: ${page.total} thủ tục${page.total > page.items.length ? ` (hiện ${page.items.length} đầu tiên)` : ''}</caption>
            <thead><tr><th scope="col">Mã thủ tục</th><th scope="col">Tên thủ tục</th><th scope="col">Lĩnh vực</th>
              <th scope="col"><span class="visually-hidden">Chọn</span></th></tr></thead>
            <tbody>${page.items.map((p) => html`<tr>
              <td data-label="Mã thủ tục">${p.code}</td>
              <td data-label="Tên thủ tục">${p.name}</td>
              <td data-label="Lĩnh vực">${p.fieldCode}</td>
              <td><button type="button" class="secondary" data-pick="${p.code}" aria-label="Chọn thủ tục ${p.name}">Chọn</button></td>
            </tr>`)}</tbody></table></div>`);
    } catch (problem) {
      if (turn === state.searchTurn) {
        render(results, problemBox(problem));
      }
    }
  }

  let typing = null;
  search.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typing);
    find();
  });
  search.q.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(find, 350);
  });
  results.addEventListener('click', (e) => {
    const button = e.target.closest('[data-pick]');
    if (button) {
      pick(button.dataset.pick);
    }
  });

  async function pick(code) {
    procedureSection.hidden = false;
    render(procedureSection, html`<p class="loading">Đang tải thủ tục…</p>`);
    reception.hidden = true;
    let terms;
    let names;
    try {
      [terms, names] = await Promise.all([procedureInForce(province, code), agencies]);
    } catch (problem) {
      render(procedureSection, problemBox(problem));
      return;
    }
    if (!terms) {
      render(procedureSection, html`<h2 id="procedure-title">2. Thủ tục ${code}</h2>
        <div class="alert alert-error" role="alert"><p>Thủ tục không có phiên bản đang có hiệu lực hôm nay: không tiếp nhận được.</p></div>`);
      return;
    }
    state.procedure = terms;
    state.key = idempotencyKey();
    render(procedureSection, html`
      <h2 id="procedure-title" tabindex="-1">2. Thủ tục: ${terms.name}</h2>
      <dl class="facts">
        <dt>Mã thủ tục</dt><dd>${terms.code}</dd>
        <dt>Cơ quan giải quyết</dt><dd>${names.get(terms.agencyCode) || terms.agencyCode}</dd>
        <dt>Lĩnh vực</dt><dd>${terms.fieldCode}</dd>
        <dt>Thời hạn giải quyết</dt><dd>${terms.caseVariants.map((v) => html`<span class="block">${v.name}: ${timeLimit(v.timeLimit)}</span>`)}</dd>
      </dl>
      ${papersAndFees(terms)}`);
    showForm();
    procedureSection.querySelector('#procedure-title').focus();
  }

  function showForm() {
    const terms = state.procedure;
    const variants = terms.caseVariants;
    reception.hidden = false;
    render(reception, html`
      <h2 id="reception-title">3. Thông tin người nộp và tiếp nhận</h2>
      <form id="intake" novalidate>
        <fieldset data-group="caseVariant">
          <legend>Trường hợp${variants.length > 1 ? ' (bắt buộc)' : ''}</legend>
          ${variants.map((v, i) => html`<div class="choice">
            <input type="radio" id="case-${i}" name="caseVariant" value="${v.code}" ${variants.length === 1 ? html`checked` : ''}>
            <label for="case-${i}">${v.name} (${timeLimit(v.timeLimit)})</label>
          </div>`)}
        </fieldset>
        <div class="field">
          <label for="channel">Kênh tiếp nhận</label>
          <select id="channel" name="channel">
            ${DESK_CHANNELS.map((c) => html`<option value="${c}">${CHANNEL[c]}</option>`)}
          </select>
        </div>
        <fieldset>
          <legend>Người nộp hồ sơ</legend>
          <div class="field">
            <label for="applicant-kind">Đối tượng</label>
            <select id="applicant-kind" name="applicant.kind">
              <option value="CITIZEN">Công dân</option>
              <option value="ORGANISATION">Tổ chức</option>
            </select>
          </div>
          <div class="grid-2">
            <div class="field">
              <label for="applicant-name">Họ và tên (hoặc tên tổ chức)</label>
              <input id="applicant-name" name="applicant.name" autocomplete="name" required maxlength="200">
            </div>
            <div class="field">
              <label for="applicant-id">Số định danh cá nhân / mã số thuế</label>
              <input id="applicant-id" name="applicant.idNumber" inputmode="numeric" autocomplete="off" aria-describedby="applicant-id-hint">
              <p class="hint" id="applicant-id-hint">Công dân: 12 chữ số trên căn cước; tổ chức: mã số thuế 10 chữ số (hoặc 10-3).</p>
            </div>
            <div class="field">
              <label for="applicant-phone">Số điện thoại</label>
              <input id="applicant-phone" name="applicant.phone" type="tel" inputmode="tel" autocomplete="tel">
            </div>
            <div class="field">
              <label for="applicant-email">Thư điện tử</label>
              <input id="applicant-email" name="applicant.email" type="email" autocomplete="email">
            </div>
          </div>
          <div class="field">
            <label for="applicant-address">Địa chỉ</label>
            <textarea id="applicant-address" name="applicant.address" rows="2" maxlength="500"></textarea>
          </div>
        </fieldset>
        <div class="actions">
          <button type="submit" data-action="receive">Tiếp nhận hồ sơ</button>
        </div>
        <div data-intake-result></div>
      </form>`);
    reception.querySelector('#intake').addEventListener('submit', (e) => {
      e.preventDefault();
      receive(e.target);
    });
  }

  /** Marks the fields a problem names; a case variant's message goes under its group of choices. */
  function mark(form, problem) {
    markFields(form, problem);
    const note = form.querySelector('input[name="caseVariant"] + .field-error');
    if (note) {
      form.querySelector('[data-group="caseVariant"]').append(note);
    }
  }

  async function receive(form) {
    const where = form.querySelector('[data-intake-result]');
    const button = form.querySelector('[data-action="receive"]');
    const body = { procedureCode: state.procedure.code, ...nested(formValues(form)) };
    clearFields(form);
    render(where, '');
    const errors = check(body, state.procedure.caseVariants);
    if (errors.length) {
      const problem = { type: 'validation', detail: 'Hãy sửa các mục được đánh dấu rồi tiếp nhận lại.', errors };
      render(where, problemBox(problem));
      mark(form, problem);
      return;
    }
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    let dossier;
    try {
      // the same key until this dossier is received: a retry answers with the same dossier
      dossier = await api.post('/api/dossiers', body, { idempotencyKey: state.key });
    } catch (problem) {
      render(where, problemBox(problem));
      mark(form, problem);
      if (!problem.errors || !problem.errors.length) {
        where.querySelector('[role=alert]')?.setAttribute('tabindex', '-1');
        where.querySelector('[role=alert]')?.focus();
      }
      return;
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
    received(dossier);
  }

  function received(dossier) {
    render(reception, html`
      <h2 id="reception-title" tabindex="-1">4. Giấy tiếp nhận hồ sơ và hẹn trả kết quả</h2>
      ${receiptFacts(dossier, state.procedure.name)}
      <div class="actions"><button type="button" class="secondary" data-action="next">Tiếp nhận hồ sơ mới</button></div>`);
    wirePrint(reception, dossier);
    reception.querySelector('[data-action="next"]').addEventListener('click', () => {
      state.key = idempotencyKey();
      showForm();
      reception.querySelector('#applicant-name').focus();
    });
    reception.querySelector('#reception-title').focus();
  }
}
