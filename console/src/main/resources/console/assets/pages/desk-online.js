// Hồ sơ trực tuyến, bưu chính chờ tiếp nhận: dossiers submitted online or by post wait for the desk, which within
// 8 working hours (Decree 118/2025 Art. 17 cl. 2) accepts them (the time limit starts, the receipt is given), asks
// for missing papers (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ) or refuses them with reasons (Phiếu từ chối).
import { html, render } from '../lib/html.js';
import { api, idempotencyKey } from '../lib/api.js';
import { problemBox, successBox, markFields, clearFields, formValues } from '../lib/ui.js';
import { dateTime } from '../lib/format.js';
import { CHANNEL } from './dossier-labels.js';
import { timeLimit } from './catalogue-terms.js';
import { procedureInForce, receiptFacts, wirePrint } from './desk-receipt.js';

export const title = 'Hồ sơ trực tuyến chờ tiếp nhận';

const MAX = 200;

/** The reason written on the Phiếu yêu cầu bổ sung: the missing papers, numbered, then the officer's note. */
export function papersReason(missing, note) {
  const list = missing.length
    ? `Đề nghị bổ sung, hoàn thiện các giấy tờ sau: ${missing.map((p, i) => `${i + 1}) ${p}`).join('; ')}.`
    : '';
  return [list, note || ''].filter((s) => s !== '').join(' ');
}

export async function show(main, { user }) {
  const province = user.province;
  const procedures = new Map();

  async function procedure(code) {
    if (!procedures.has(code)) {
      procedures.set(code, procedureInForce(province, code).catch(() => null));
    }
    return procedures.get(code);
  }

  render(main, html`
    <h1>${title}</h1>
    <p class="muted">Hồ sơ nộp trực tuyến hoặc qua bưu chính. Trong 8 giờ làm việc kể từ khi hệ thống nhận, Bộ phận Một
      cửa tiếp nhận, yêu cầu bổ sung hoặc từ chối tiếp nhận (Nghị định 118/2025/NĐ-CP, Điều 17 khoản 2).</p>
    <div id="outcome"></div>
    <section id="panel" aria-labelledby="panel-title" hidden></section>
    <div id="lists"><p class="loading">Đang tải…</p></div>`);

  const lists = main.querySelector('#lists');
  const panel = main.querySelector('#panel');
  const outcome = main.querySelector('#outcome');
  let rows = new Map();

  async function load() {
    let awaiting;
    let submitted;
    let papersRequested;
    try {
      [awaiting, submitted, papersRequested] = await Promise.all([
        api.get('/api/dossiers/awaiting-acceptance', { query: { size: MAX } }),
        api.get('/api/dossiers', { query: { status: 'SUBMITTED', size: MAX } }),
        api.get('/api/dossiers', { query: { status: 'PAPERS_REQUESTED', size: MAX } }),
      ]);
    } catch (problem) {
      render(lists, problemBox(problem));
      return;
    }
    const details = new Map(submitted.concat(papersRequested).map((d) => [d.id, d]));
    const names = new Map();
    await Promise.all([...new Set(awaiting.map((w) => w.procedureCode).concat(papersRequested.map((d) => d.procedureCode)))]
      .map(async (code) => names.set(code, await procedure(code))));
    rows = new Map();
    awaiting.forEach((w) => rows.set(w.id, { ...(details.get(w.id) || {}), ...w }));
    papersRequested.forEach((d) => rows.set(d.id, d));
    const name = (code) => (names.get(code) ? names.get(code).name : code);
    const allowed = (row, action) => !row.allowedActions || row.allowedActions.includes(action);
    render(lists, html`
      <div class="table-wrap"><table class="responsive" data-list="awaiting">
        <caption>Chờ tiếp nhận: ${awaiting.length} hồ sơ</caption>
        <thead><tr><th scope="col">Ngày nộp</th><th scope="col">Kênh</th><th scope="col">Thủ tục</th>
          <th scope="col">Người nộp</th><th scope="col">Hạn tiếp nhận</th><th scope="col">Thao tác</th></tr></thead>
        <tbody>${awaiting.length === 0 ? html`<tr><td colspan="6">Không có hồ sơ nào chờ tiếp nhận.</td></tr>` : ''}
        ${awaiting.map((w) => {
          const row = rows.get(w.id);
          return html`<tr data-dossier="${w.id}">
            <td data-label="Ngày nộp">${dateTime(w.submittedAt)}</td>
            <td data-label="Kênh">${CHANNEL[w.channel] || w.channel}</td>
            <td data-label="Thủ tục">${name(w.procedureCode)} <span class="muted">(${w.procedureCode})</span></td>
            <td data-label="Người nộp">${row.applicant ? row.applicant.name : ''}</td>
            <td data-label="Hạn tiếp nhận">${dateTime(w.answerBy)}
              ${w.late ? html`<span class="badge badge-overdue">Quá hạn tiếp nhận</span>` : html`<span class="badge badge-due">Trong hạn</span>`}</td>
            <td data-label="Thao tác"><div class="row-actions">
              ${allowed(row, 'RECEIVE') ? html`<button type="button" data-act="accept" data-id="${w.id}">Tiếp nhận</button>` : ''}
              ${allowed(row, 'REQUEST_PAPERS') ? html`<button type="button" class="secondary" data-act="papers" data-id="${w.id}">Yêu cầu bổ sung</button>` : ''}
              ${allowed(row, 'REFUSE') ? html`<button type="button" class="secondary" data-act="refuse" data-id="${w.id}">Từ chối</button>` : ''}
            </div></td>
          </tr>`;
        })}</tbody>
      </table></div>
      <div class="table-wrap"><table class="responsive" data-list="papers-requested">
        <caption>Đã yêu cầu bổ sung, chờ người nộp: ${papersRequested.length} hồ sơ</caption>
        <thead><tr><th scope="col">Ngày nộp</th><th scope="col">Thủ tục</th><th scope="col">Người nộp</th>
          <th scope="col">Thao tác</th></tr></thead>
        <tbody>${papersRequested.length === 0 ? html`<tr><td colspan="4">Không có hồ sơ nào.</td></tr>` : ''}
        ${papersRequested.map((d) => html`<tr data-dossier="${d.id}">
          <td data-label="Ngày nộp">${dateTime(d.submittedAt)}</td>
          <td data-label="Thủ tục">${name(d.procedureCode)} <span class="muted">(${d.procedureCode})</span></td>
          <td data-label="Người nộp">${d.applicant ? d.applicant.name : ''}</td>
          <td data-label="Thao tác">${allowed(d, 'ADD_PAPERS')
            ? html`<button type="button" class="secondary" data-act="add-papers" data-id="${d.id}">Đã nhận giấy tờ bổ sung</button>` : ''}</td>
        </tr>`)}</tbody>
      </table></div>`);
  }

  lists.addEventListener('click', (e) => {
    const button = e.target.closest('[data-act]');
    if (button) {
      open(button.dataset.act, rows.get(button.dataset.id));
    }
  });

  /** The panel of one action on one dossier, above the lists; focus moves to its heading. */
  async function open(act, row) {
    const terms = await procedure(row.procedureCode);
    const who = html`<dl class="facts">
      <dt>Thủ tục</dt><dd>${terms ? terms.name : row.procedureCode} (${row.procedureCode})</dd>
      <dt>Người nộp</dt><dd>${row.applicant ? row.applicant.name : ''}</dd>
      <dt>Kênh</dt><dd>${CHANNEL[row.channel] || row.channel}</dd>
      <dt>Ngày nộp</dt><dd>${dateTime(row.submittedAt)}</dd>
    </dl>`;
    const forms = {
      accept: () => {
        const variants = terms ? terms.caseVariants : [];
        const chosen = row.caseVariant || (variants.length === 1 ? variants[0].code : '');
        return html`<h2 id="panel-title" tabindex="-1">Tiếp nhận hồ sơ</h2>${who}
          <form data-form="accept" novalidate>
            ${variants.length > 1 || !row.caseVariant ? html`<div class="field">
              <label for="accept-case">Trường hợp</label>
              <select id="accept-case" name="caseVariant">
                ${variants.length > 1 ? html`<option value="">Chọn trường hợp</option>` : ''}
                ${variants.map((v) => html`<option value="${v.code}" ${v.code === chosen ? html`selected` : ''}>${v.name} (${timeLimit(v.timeLimit)})</option>`)}
              </select></div>` : ''}
            <p>Thời hạn giải quyết được tính từ thời điểm tiếp nhận.</p>
            <div class="actions"><button type="submit">Xác nhận tiếp nhận</button>
              <button type="button" class="secondary" data-close>Đóng</button></div>
            <div data-result></div>
          </form>`;
      },
      papers: () => html`<h2 id="panel-title" tabindex="-1">Yêu cầu bổ sung, hoàn thiện hồ sơ</h2>${who}
        <form data-form="papers" novalidate>
          ${terms && terms.requiredPapers.length ? html`<fieldset><legend>Giấy tờ còn thiếu</legend>
            ${terms.requiredPapers.map((p, i) => html`<div class="choice">
              <input type="checkbox" id="missing-${i}" name="missing" value="${p}">
              <label for="missing-${i}">${p}</label></div>`)}
          </fieldset>` : ''}
          <div class="field">
            <label for="papers-reason">Hướng dẫn bổ sung</label>
            <textarea id="papers-reason" name="reason" rows="3" maxlength="1500" aria-describedby="papers-hint"></textarea>
            <p class="hint" id="papers-hint">Ghi rõ nội dung cần bổ sung, hoàn thiện; các giấy tờ đã chọn được ghi vào phiếu.</p>
          </div>
          <div class="actions"><button type="submit">Gửi yêu cầu bổ sung</button>
            <button type="button" class="secondary" data-close>Đóng</button></div>
          <div data-result></div>
        </form>`,
      refuse: () => html`<h2 id="panel-title" tabindex="-1">Từ chối tiếp nhận hồ sơ</h2>${who}
        <form data-form="refuse" novalidate>
          <div class="field">
            <label for="refuse-reason">Lý do từ chối</label>
            <textarea id="refuse-reason" name="reason" rows="3" maxlength="2000"></textarea>
          </div>
          <div class="actions"><button type="submit" class="danger">Từ chối tiếp nhận</button>
            <button type="button" class="secondary" data-close>Đóng</button></div>
          <div data-result></div>
        </form>`,
      'add-papers': () => html`<h2 id="panel-title" tabindex="-1">Nhận giấy tờ bổ sung</h2>${who}
        <form data-form="add-papers" novalidate>
          <p>Hồ sơ trở lại danh sách chờ tiếp nhận.</p>
          <div class="actions"><button type="submit">Xác nhận đã nhận giấy tờ bổ sung</button>
            <button type="button" class="secondary" data-close>Đóng</button></div>
          <div data-result></div>
        </form>`,
    };
    panel.hidden = false;
    render(panel, forms[act]());
    const form = panel.querySelector('form');
    const key = idempotencyKey();
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      act === 'accept' ? accept(form, row, terms) : send(act, form, row, key);
    });
    panel.querySelector('[data-close]').addEventListener('click', close);
    panel.querySelector('#panel-title').focus();
  }

  function close() {
    panel.hidden = true;
    render(panel, '');
  }

  /** Runs an action from its form: the button is disabled meanwhile; a refusal is shown with its fields marked. */
  async function run(form, call) {
    const where = form.querySelector('[data-result]');
    const button = form.querySelector('button[type="submit"]');
    clearFields(form);
    render(where, '');
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      return await call();
    } catch (problem) {
      render(where, problemBox(problem));
      if (!markFields(form, problem)) {
        where.querySelector('[role=alert]')?.setAttribute('tabindex', '-1');
        where.querySelector('[role=alert]')?.focus();
      }
      return undefined;
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  }

  async function accept(form, row, terms) {
    const values = formValues(form);
    const dossier = await run(form, () => api.post(`/api/dossiers/${row.id}/accept`,
      values.caseVariant ? { caseVariant: values.caseVariant } : {}));
    if (!dossier) {
      return;
    }
    render(panel, html`<h2 id="panel-title" tabindex="-1">Đã tiếp nhận hồ sơ</h2>${receiptFacts(dossier, terms && terms.name)}
      <div class="actions"><button type="button" class="secondary" data-close>Đóng</button></div>`);
    wirePrint(panel, dossier);
    panel.querySelector('[data-close]').addEventListener('click', close);
    panel.querySelector('#panel-title').focus();
    load();
  }

  async function send(act, form, row, key) {
    const data = new FormData(form);
    const note = formValues(form).reason || '';
    let call;
    let done;
    if (act === 'papers') {
      const reason = papersReason(data.getAll('missing').map((p) => String(p).normalize('NFC')), note);
      if (!reason) {
        markFields(form, { errors: [{ field: 'reason', message: 'Hãy chọn giấy tờ còn thiếu hoặc ghi hướng dẫn bổ sung.' }] });
        return;
      }
      call = () => api.post(`/api/dossiers/${row.id}/request-papers`, { reason });
      done = 'Đã gửi yêu cầu bổ sung, hoàn thiện hồ sơ';
    } else if (act === 'refuse') {
      if (!note) {
        markFields(form, { errors: [{ field: 'reason', message: 'Hãy ghi lý do từ chối tiếp nhận.' }] });
        return;
      }
      call = () => api.post(`/api/dossiers/${row.id}/refuse`, { reason: note });
      done = 'Đã từ chối tiếp nhận hồ sơ';
    } else {
      call = () => api.post(`/api/dossiers/${row.id}/add-papers`, undefined, { idempotencyKey: key });
      done = 'Đã nhận giấy tờ bổ sung; hồ sơ chờ tiếp nhận lại';
    }
    const result = await run(form, call);
    if (!result) {
      return;
    }
    close();
    render(outcome, successBox(`${done}: ${row.applicant ? row.applicant.name + ', ' : ''}thủ tục ${row.procedureCode}.`));
    outcome.querySelector('[role=status]').setAttribute('tabindex', '-1');
    outcome.querySelector('[role=status]').focus();
    load();
  }

  await load();
}
