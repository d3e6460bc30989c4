// One procedure of the province (province admin): its versions, the draft to edit and publish by a decision, an
// amendment (a whole new version from a later day; the one before ends that day), and its abolition. Every date is
// typed as dd/MM/yyyy; a date that is not a real calendar day is refused beside its field, never guessed.
import { api } from '../lib/api.js';
import { html, render } from '../lib/html.js';
import { date, parseDate } from '../lib/format.js';
import { markFields, setTitle, submitting, successBox } from '../lib/ui.js';
import { PROCEDURE_STATE, VERSION_STATUS, label, lastDay, stillAt } from './catalogue-terms.js';
import { asTermsProblem, readTerms, termsFields, wireTerms } from './admin-terms.js';

export const title = 'Thủ tục hành chính';

const SAVED = {
  draft: 'Đã lưu dự thảo.',
  published: 'Đã công bố thủ tục.',
  amended: 'Đã ghi phiên bản sửa đổi, bổ sung.',
  abolished: 'Đã ghi quyết định bãi bỏ thủ tục.',
};

function decisionFields(id, issuer) {
  return html`<div class="grid-2">
    <div class="field"><label for="${id}-number">Số quyết định</label>
      <input id="${id}-number" name="decision.number" required placeholder="123/QĐ-UBND"></div>
    <div class="field"><label for="${id}-date">Ngày ký quyết định (ngày/tháng/năm)</label>
      <input id="${id}-date" name="decision.date" required placeholder="dd/mm/yyyy" inputmode="numeric"></div>
    <div class="field"><label for="${id}-issuer">Người ký, cơ quan ban hành</label>
      <input id="${id}-issuer" name="decision.issuer" required value="${issuer}"></div>
    <div class="field"><label for="${id}-from">Ngày có hiệu lực (ngày/tháng/năm)</label>
      <input id="${id}-from" name="effectiveFrom" required placeholder="dd/mm/yyyy" inputmode="numeric"></div>
  </div>`;
}

const DATE_MESSAGE = 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/01/2027';

/** { decision, effectiveFrom } from the form, and the dates that are not dates. */
function readDecision(form) {
  const value = (name) => (form.querySelector(`[name="${name}"]`).value || '').normalize('NFC').trim();
  const errors = [];
  const day = (name) => {
    const iso = parseDate(value(name));
    if (!iso) {
      errors.push({ field: name, message: DATE_MESSAGE });
    }
    return iso;
  };
  return {
    body: { decision: { number: value('decision.number'), date: day('decision.date'), issuer: value('decision.issuer') },
      effectiveFrom: day('effectiveFrom') },
    errors,
  };
}

function versionsTable(p) {
  return html`<div class="table-wrap"><table class="responsive">
    <caption>Các phiên bản</caption>
    <thead><tr><th scope="col">Phiên bản</th><th scope="col">Trạng thái</th><th scope="col">Hiệu lực từ</th>
      <th scope="col">Đến hết ngày</th><th scope="col">Quyết định</th></tr></thead>
    <tbody>${p.versions.map((v) => html`<tr>
      <td data-label="Phiên bản">${v.version}${p.inForce && p.inForce.version === v.version ? ' (đang có hiệu lực)' : ''}</td>
      <td data-label="Trạng thái">${label(VERSION_STATUS, v.status)}</td>
      <td data-label="Hiệu lực từ">${date(v.effectiveFrom)}</td>
      <td data-label="Đến hết ngày">${v.effectiveTo ? date(lastDay(v.effectiveTo)) : ''}</td>
      <td data-label="Quyết định">${v.decision ? `${v.decision.number} ngày ${date(v.decision.date)}, ${v.decision.issuer}` : ''}</td>
    </tr>`)}</tbody>
  </table></div>`;
}

export async function show(main, { params, query }) {
  const id = params.id;
  const at = window.location.hash;
  const [p, agencies] = await Promise.all([
    api.get(`/api/catalog/procedures/${encodeURIComponent(id)}`),
    api.get('/api/catalog/agencies'),
  ]);
  const published = p.versions.filter((v) => v.status === 'PUBLISHED');
  const latest = published.length ? published[published.length - 1] : null;
  const latestTerms = latest ? (await api.get(`/api/catalog/procedures/${encodeURIComponent(id)}/versions/${latest.version}`)).terms : null;
  if (!stillAt(at)) {
    return;
  }
  const name = (p.draft || p.inForce)?.terms?.name || latestTerms?.name || `Thủ tục ${p.code}`;
  const issuer = latest?.decision?.issuer || '';
  setTitle(name);

  render(main, html`
    <p><a href="#/quan-tri/thu-tuc">← Danh sách thủ tục</a></p>
    <h1>${name}</h1>
    <div id="saved">${SAVED[query.saved] ? successBox(SAVED[query.saved]) : ''}</div>
    <dl class="facts">
      <dt>Mã thủ tục</dt><dd>${p.code}</dd>
      <dt>Trạng thái</dt><dd><span class="badge badge-status">${label(PROCEDURE_STATE, p.status)}</span></dd>
      ${p.abolishedFrom ? html`<dt>Bãi bỏ từ ngày</dt><dd>${date(p.abolishedFrom)}${p.abolition
        ? ` (Quyết định ${p.abolition.number} ngày ${date(p.abolition.date)})` : ''}</dd>` : ''}
      <dt>Phiên bản đang có hiệu lực</dt><dd>${p.inForce ? `${p.inForce.version}, từ ngày ${date(p.inForce.effectiveFrom)}` : 'Không có'}</dd>
    </dl>
    ${p.versions.length ? versionsTable(p) : ''}
    ${p.status === 'PUBLISHED' ? html`<p><a href="#/cong-khai/${p.province}/thu-tuc/${p.code}">Xem trên trang công khai</a></p>` : ''}

    ${p.draft ? html`
      <section aria-labelledby="draft-title">
        <h2 id="draft-title">Dự thảo</h2>
        <form class="edit-draft" novalidate>
          ${termsFields('draft', p.draft.terms, agencies)}
          <div data-problem></div>
          <div class="actions"><button type="submit">Lưu dự thảo</button></div>
        </form>
      </section>
      <section aria-labelledby="publish-title">
        <h2 id="publish-title">Công bố thủ tục</h2>
        <p>Công bố theo quyết định của Chủ tịch Ủy ban nhân dân tỉnh; phiên bản 1 có hiệu lực từ ngày ghi trong quyết định.</p>
        <form class="publish" novalidate>
          ${decisionFields('publish', issuer)}
          <div data-problem></div>
          <div class="actions"><button type="submit">Công bố</button></div>
        </form>
      </section>` : ''}

    ${latest && p.status === 'PUBLISHED' ? html`
      <section aria-labelledby="amend-title">
        <details>
          <summary><h2 id="amend-title">Sửa đổi, bổ sung, thay thế</h2></summary>
          <p>Phiên bản mới thay toàn bộ nội dung, có hiệu lực từ một ngày sau hôm nay; phiên bản trước hết hiệu lực từ ngày đó.</p>
          <form class="amend" novalidate>
            ${termsFields('amend', latestTerms, agencies)}
            ${decisionFields('amend', issuer)}
            <div data-problem></div>
            <div class="actions"><button type="submit">Ghi phiên bản mới</button></div>
          </form>
        </details>
      </section>
      <section aria-labelledby="abolish-title">
        <details>
          <summary><h2 id="abolish-title">Bãi bỏ thủ tục</h2></summary>
          <p>Từ ngày bãi bỏ, thủ tục không còn tiếp nhận hồ sơ mới; hồ sơ đã nhận vẫn giải quyết theo phiên bản cũ.</p>
          <form class="abolish" novalidate>
            ${decisionFields('abolish', issuer)}
            <div data-problem></div>
            <div class="actions"><button type="submit" class="danger">Bãi bỏ thủ tục</button></div>
          </form>
        </details>
      </section>` : ''}`);

  const reload = (saved) => {
    const target = `#/quan-tri/thu-tuc/${id}?saved=${saved}`;
    if (window.location.hash === target) {
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else {
      window.location.hash = target;
    }
  };
  const on = (selector, handler) => {
    const form = main.querySelector(selector);
    if (!form) {
      return;
    }
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      render(main.querySelector('#saved'), '');
      await handler(form, form.querySelector('button[type=submit]'), form.querySelector('[data-problem]'));
    });
  };

  const draftForm = main.querySelector('.edit-draft');
  if (draftForm) {
    wireTerms(draftForm, 'draft');
  }
  on('.edit-draft', async (form, button, where) => {
    const { terms, errors } = readTerms(form, p.draft.terms.steps);
    if (errors.length) {
      markFields(form, { errors });
      return;
    }
    const done = await submitting(button, where, () => api.put(`/api/catalog/procedures/${id}/draft`, terms)
      .catch((problem) => { throw asTermsProblem(problem); }), form);
    if (done) {
      reload('draft');
    }
  });
  on('.publish', async (form, button, where) => {
    const { body, errors } = readDecision(form);
    if (errors.length) {
      markFields(form, { errors });
      return;
    }
    const done = await submitting(button, where, () => api.post(`/api/catalog/procedures/${id}/publish`, body), form);
    if (done) {
      reload('published');
    }
  });
  const amendForm = main.querySelector('.amend');
  if (amendForm) {
    wireTerms(amendForm, 'amend');
  }
  on('.amend', async (form, button, where) => {
    const { terms, errors } = readTerms(form, latestTerms.steps);
    const decision = readDecision(form);
    if (errors.length || decision.errors.length) {
      markFields(form, { errors: [...errors, ...decision.errors] });
      return;
    }
    const done = await submitting(button, where,
      () => api.post(`/api/catalog/procedures/${id}/amendments`, { terms, ...decision.body }), form);
    if (done) {
      reload('amended');
    }
  });
  on('.abolish', async (form, button, where) => {
    const { body, errors } = readDecision(form);
    if (errors.length) {
      markFields(form, { errors });
      return;
    }
    const done = await submitting(button, where, () => api.post(`/api/catalog/procedures/${id}/abolition`, body), form);
    if (done) {
      reload('abolished');
    }
  });
}
