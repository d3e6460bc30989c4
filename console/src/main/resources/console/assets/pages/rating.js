// Đánh giá việc giải quyết hồ sơ: the applicant rates a returned dossier once, on the nine contents of Decree
// 118/2025 Art. 33 cl. 1, each "Rất hài lòng", "Hài lòng" or "Không hài lòng", with an optional comment. Reached
// from the public lookup (#/tra-cuu), which holds the rating ticket in memory (lib/rating-ticket.js); no sign-in.
import { api } from '../lib/api.js';
import { html, render } from '../lib/html.js';
import { dateTime } from '../lib/format.js';
import { heldTicket } from '../lib/rating-ticket.js';
import { problemBox } from '../lib/ui.js';

export const title = 'Đánh giá việc giải quyết hồ sơ';

// the contents and their labels as evaluation-service names them (RatingContent)
const CONTENTS = [
  ['THOI_GIAN', 'Thời gian giải quyết so với quy định'],
  ['SO_CO_QUAN', 'Số cơ quan, đơn vị phải liên hệ'],
  ['SO_LAN_LIEN_HE', 'Số lần phải liên hệ'],
  ['CONG_KHAI', 'Công khai thủ tục'],
  ['THAI_DO', 'Thái độ của cán bộ, công chức'],
  ['DUNG_QUY_DINH', 'Giải quyết đúng quy định, chi phí'],
  ['PHAN_ANH', 'Tiếp nhận, xử lý phản ánh, kiến nghị'],
  ['TRUC_TUYEN', 'Dịch vụ công trực tuyến'],
  ['KHAC', 'Nội dung khác'],
];
const SCORES = [[2, 'Rất hài lòng'], [1, 'Hài lòng'], [0, 'Không hài lòng']];
const COMMENT_MAX = 1000;

function contentChoices([name, label], i) {
  return html`<fieldset class="rating-content">
    <legend id="content-${i}">${label}</legend>
    <div class="rating-choices">${SCORES.map(([score, scoreLabel]) => html`<div class="choice">
      <input type="radio" id="${name}-${score}" name="${name}" value="${score}">
      <label for="${name}-${score}">${scoreLabel}</label></div>`)}</div>
  </fieldset>`;
}

function thanks(rating) {
  return html`<div class="alert alert-success" role="status" tabindex="-1">
    <p class="alert-title">Cảm ơn bạn đã đánh giá</p>
    <p>Đánh giá của bạn về hồ sơ ${rating.dossierCode} đã được ghi nhận lúc ${dateTime(rating.ratedAt)}. Cơ quan
    giải quyết dùng đánh giá này để cải thiện việc phục vụ.</p>
    <ul class="rating-summary">${rating.contents.map((c) => html`<li>${c.label}:
      <strong>${c.scoreLabel}</strong></li>`)}</ul>
  </div>`;
}

function refusal(problem, code) {
  const box = (heading, text) => html`<div class="alert alert-error" role="alert" tabindex="-1">
    <p class="alert-title">${heading}</p><p>${text}</p></div>`;
  switch (problem.type) {
    case 'already-rated':
      return box('Hồ sơ đã đánh giá', `Mỗi hồ sơ chỉ được đánh giá một lần; hồ sơ ${code} đã đánh giá trước đó.`);
    case 'not-returned':
      return box('Chưa thể đánh giá', 'Hồ sơ chưa trả kết quả; bạn có thể đánh giá sau khi nhận kết quả.');
    case 'invalid-ticket':
      return box('Phiên đánh giá đã hết hạn', 'Hãy tra cứu lại hồ sơ bằng mã hồ sơ và mã tra cứu rồi đánh giá.');
    case 'not-found':
      return box('Không tìm thấy hồ sơ', 'Hãy tra cứu lại hồ sơ bằng mã hồ sơ và mã tra cứu rồi đánh giá.');
    default:
      return problemBox(problem);
  }
}

export async function show(main) {
  const held = heldTicket();
  if (!held) {
    render(main, html`<h1>${title}</h1>
      <p>Để đánh giá, hãy tra cứu hồ sơ đã trả kết quả bằng mã hồ sơ và mã tra cứu in trên Giấy tiếp nhận hồ sơ và
      hẹn trả kết quả, rồi chọn “Đánh giá việc giải quyết hồ sơ”.</p>
      <p><a class="button" href="#/tra-cuu">Tra cứu hồ sơ</a></p>`);
    return;
  }
  render(main, html`
    <h1>${title}</h1>
    <p>Hồ sơ <strong>${held.code}</strong>. Chọn mức độ hài lòng cho những nội dung bạn muốn đánh giá (ít nhất
    một nội dung). Mỗi hồ sơ chỉ được đánh giá một lần.</p>
    <form class="rating-form" novalidate>
      ${CONTENTS.map(contentChoices)}
      <div class="field">
        <label for="comment">Ý kiến khác (không bắt buộc)</label>
        <textarea id="comment" name="comment" rows="4" maxlength="${COMMENT_MAX}"
          aria-describedby="comment-hint"></textarea>
        <p class="muted" id="comment-hint">Tối đa ${COMMENT_MAX} ký tự. Không ghi thông tin cá nhân.</p>
      </div>
      <p class="field-error" id="rating-missing" hidden>Hãy chọn mức độ hài lòng cho ít nhất một nội dung.</p>
      <div class="actions"><button type="submit">Gửi đánh giá</button></div>
    </form>
    <div id="rating-answer"></div>`);

  const form = main.querySelector('form');
  const answer = main.querySelector('#rating-answer');
  const missing = main.querySelector('#rating-missing');
  const button = form.querySelector('button');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const contents = {};
    for (const [name] of CONTENTS) {
      const chosen = form.querySelector(`input[name="${name}"]:checked`);
      if (chosen) {
        contents[name] = Number.parseInt(chosen.value, 10);
      }
    }
    render(answer, '');
    if (!Object.keys(contents).length) {
      missing.hidden = false;
      form.querySelector('input[type=radio]').focus();
      return;
    }
    missing.hidden = true;
    const comment = form.querySelector('#comment').value.normalize('NFC').trim();
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      const rating = await api.post('/api/evaluations/ratings',
        { ticket: held.ticket, contents, ...(comment ? { comment } : {}) });
      render(answer, thanks(rating));
    } catch (problem) {
      render(answer, refusal(problem, held.code));
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
    answer.firstElementChild?.focus();
  });
}
