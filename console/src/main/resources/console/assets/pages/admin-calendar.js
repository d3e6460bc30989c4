// Lịch làm việc của tỉnh (province admin): the year's days off (national holidays and compensatory days, the
// province's own days off) and swapped working days (ngày làm bù), the office hours with their history, and the
// changes the admin may make: add or remove a local day off, new office hours from a future day, a new reporting
// cut-off day (ngày chốt số liệu, Decree 09/2019/NĐ-CP Art. 12: the 15th unless the province decides otherwise).
// Changes apply from tomorrow on; an appointed date already computed never moves (the dossier service keeps it),
// and a period already reported keeps its cut-off.
import { api } from '../lib/api.js';
import { html, render } from '../lib/html.js';
import { date, parseDate } from '../lib/format.js';
import { formValues, markFields, submitting, successBox } from '../lib/ui.js';
import { stillAt } from './catalogue-terms.js';

export const title = 'Lịch làm việc';

const KIND = {
  HOLIDAY: 'Nghỉ lễ, tết',
  COMPENSATORY_DAY_OFF: 'Nghỉ bù',
  SWAPPED_WORKING_DAY: 'Làm bù (ngày làm việc)',
  LOCAL_DAY_OFF: 'Nghỉ của địa phương',
};
const STATUS = { DECIDED: 'Đã quyết định', ANNOUNCED: 'Đã thông báo', PROJECTED: 'Dự kiến' };
const WEEKDAY = new Intl.DateTimeFormat('vi-VN', { weekday: 'long', timeZone: 'Asia/Ho_Chi_Minh' });
const DATE_MESSAGE = 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/01/2027';
const HOUR = /^([01]\d|2[0-3]):[0-5]\d$/;

function todayInVietnam() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

export async function show(main, { query, user }) {
  const today = todayInVietnam();
  const year = /^\d{4}$/.test(query.year || '') ? Number(query.year) : Number(today.slice(0, 4));
  const at = window.location.hash;
  const calendar = await api.get(`/api/catalog/calendars/${encodeURIComponent(user.province)}`, { query: { year } });
  if (!stillAt(at)) {
    return;
  }
  const notice = {
    day: 'Đã thêm ngày nghỉ.', removed: 'Đã bỏ ngày nghỉ.', hours: 'Đã ghi giờ làm việc mới.',
    cutoff: 'Đã ghi ngày chốt số liệu mới.',
  }[query.saved];
  const cutoffs = calendar.reportingCutoffs || [];
  const lastCutoff = cutoffs[cutoffs.length - 1];

  render(main, html`
    <h1>Lịch làm việc <span class="subtitle">${calendar.name}</span></h1>
    <div id="saved">${notice ? successBox(notice) : ''}</div>
    <nav class="pager" aria-label="Chọn năm">
      <a class="button button-quiet" href="#/quan-tri/lich?year=${year - 1}">Năm ${year - 1}</a>
      <strong>Năm ${year}</strong>
      <a class="button button-quiet" href="#/quan-tri/lich?year=${year + 1}">Năm ${year + 1}</a>
    </nav>
    <p>Nghỉ hằng tuần: thứ Bảy và Chủ nhật${calendar.weeklyRest.length === 2 ? '' : ` (${calendar.weeklyRest.join(', ')})`}.</p>
    <div id="day-problem"></div>
    <div class="table-wrap"><table class="responsive">
      <caption>Ngày nghỉ, ngày làm bù năm ${year}</caption>
      <thead><tr><th scope="col">Ngày</th><th scope="col">Loại</th><th scope="col">Tên</th><th scope="col">Căn cứ</th>
        <th scope="col">Tình trạng</th><th scope="col"><span class="visually-hidden">Thao tác</span></th></tr></thead>
      <tbody>${calendar.days.length ? calendar.days.map((d) => html`<tr>
        <td data-label="Ngày">${date(d.date)} <span class="muted">(${WEEKDAY.format(new Date(`${d.date}T12:00:00+07:00`))})</span></td>
        <td data-label="Loại"><span class="badge badge-status">${KIND[d.kind] || d.kind}</span></td>
        <td data-label="Tên">${d.name}</td>
        <td data-label="Căn cứ">${d.source}</td>
        <td data-label="Tình trạng">${STATUS[d.status] || d.status}</td>
        <td>${d.kind === 'LOCAL_DAY_OFF' && d.date > today
          ? html`<button type="button" class="secondary" data-remove="${d.date}">Bỏ ngày ${date(d.date)}</button>` : ''}</td>
      </tr>`) : html`<tr><td colspan="6">Không có ngày nghỉ nào trong năm.</td></tr>`}</tbody>
    </table></div>

    <section aria-labelledby="add-title">
      <h2 id="add-title">Thêm ngày nghỉ của địa phương</h2>
      <form class="add-day" novalidate>
        <div class="grid-2">
          <div class="field"><label for="day-date">Ngày nghỉ (ngày/tháng/năm, sau hôm nay)</label>
            <input id="day-date" name="date" required placeholder="dd/mm/yyyy" inputmode="numeric"></div>
          <div class="field"><label for="day-name">Tên ngày nghỉ</label>
            <input id="day-name" name="name" required placeholder="Kỷ niệm ngày thành lập tỉnh"></div>
          <div class="field"><label for="day-source">Văn bản quyết định</label>
            <input id="day-source" name="source" required placeholder="123/QĐ-UBND"></div>
        </div>
        <div data-problem></div>
        <div class="actions"><button type="submit">Thêm ngày nghỉ</button></div>
      </form>
    </section>

    <section aria-labelledby="hours-title">
      <h2 id="hours-title">Giờ làm việc</h2>
      <div class="table-wrap"><table class="responsive">
        <caption>Giờ làm việc theo thời gian áp dụng</caption>
        <thead><tr><th scope="col">Áp dụng từ</th><th scope="col">Buổi sáng</th><th scope="col">Buổi chiều</th>
          <th scope="col">Giờ chuyển hồ sơ</th></tr></thead>
        <tbody>${calendar.officeHours.map((h) => html`<tr>
          <td data-label="Áp dụng từ">${date(h.validFrom)}</td>
          <td data-label="Buổi sáng">${h.morningStart} – ${h.morningEnd}</td>
          <td data-label="Buổi chiều">${h.afternoonStart} – ${h.afternoonEnd}</td>
          <td data-label="Giờ chuyển hồ sơ">${h.transferCutOff}</td></tr>`)}</tbody>
      </table></div>
      <details>
        <summary>Đổi giờ làm việc từ một ngày sau hôm nay</summary>
        <form class="hours" novalidate>
          <div class="grid-2">
            <div class="field"><label for="h-from">Áp dụng từ ngày (ngày/tháng/năm)</label>
              <input id="h-from" name="validFrom" required placeholder="dd/mm/yyyy" inputmode="numeric"></div>
            ${[['morningStart', 'Sáng bắt đầu', '07:30'], ['morningEnd', 'Sáng kết thúc', '11:30'],
              ['afternoonStart', 'Chiều bắt đầu', '13:30'], ['afternoonEnd', 'Chiều kết thúc', '17:00'],
              ['transferCutOff', 'Giờ chuyển hồ sơ sang ngày làm việc sau', '15:00']].map(([name, text, value]) => html`
              <div class="field"><label for="h-${name}">${text} (giờ:phút)</label>
                <input id="h-${name}" name="${name}" required value="${value}" inputmode="numeric"></div>`)}
          </div>
          <div data-problem></div>
          <div class="actions"><button type="submit">Ghi giờ làm việc mới</button></div>
        </form>
      </details>
    </section>

    <section aria-labelledby="cutoff-title">
      <h2 id="cutoff-title">Ngày chốt số liệu báo cáo</h2>
      <p>Kỳ báo cáo quý tính từ ngày chốt của tháng trước quý đến ngày liền trước ngày chốt của tháng cuối quý
        (Nghị định 09/2019/NĐ-CP, Điều 12: ngày 15). Điểm đánh giá theo quý, năm được tính theo các kỳ này.</p>
      <div class="table-wrap"><table class="responsive">
        <caption>Ngày chốt số liệu theo thời gian áp dụng</caption>
        <thead><tr><th scope="col">Áp dụng từ</th><th scope="col">Ngày chốt trong tháng</th></tr></thead>
        <tbody>${cutoffs.map((c) => html`<tr>
          <td data-label="Áp dụng từ">${date(c.validFrom)}</td>
          <td data-label="Ngày chốt trong tháng">Ngày ${c.day}</td></tr>`)}</tbody>
      </table></div>
      <details>
        <summary>Đổi ngày chốt số liệu từ một ngày sau hôm nay</summary>
        <form class="cutoff" novalidate>
          <div class="grid-2">
            <div class="field"><label for="c-from">Ngày chốt mới áp dụng từ ngày (ngày/tháng/năm)</label>
              <input id="c-from" name="validFrom" required placeholder="dd/mm/yyyy" inputmode="numeric"></div>
            <div class="field"><label for="c-day">Ngày chốt trong tháng (1 đến 28)</label>
              <input id="c-day" name="day" required inputmode="numeric" placeholder="15"></div>
          </div>
          <div data-problem></div>
          <div class="actions"><button type="submit">Ghi ngày chốt số liệu</button></div>
        </form>
      </details>
    </section>`);

  const again = (saved) => {
    const target = `#/quan-tri/lich?year=${year}&saved=${saved}`;
    if (window.location.hash === target) {
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else {
      window.location.hash = target;
    }
  };

  main.querySelectorAll('[data-remove]').forEach((button) => button.addEventListener('click', async () => {
    const done = await submitting(button, main.querySelector('#day-problem'),
      () => api.delete(`/api/catalog/calendars/days/${button.dataset.remove}`).then(() => true));
    if (done) {
      again('removed');
    }
  }));

  const dayForm = main.querySelector('.add-day');
  dayForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const values = formValues(dayForm);
    const iso = parseDate(values.date);
    if (!iso) {
      markFields(dayForm, { errors: [{ field: 'date', message: DATE_MESSAGE }] });
      return;
    }
    const done = await submitting(dayForm.querySelector('button'), dayForm.querySelector('[data-problem]'),
      () => api.post('/api/catalog/calendars/days', { date: iso, name: values.name, source: values.source }), dayForm);
    if (done) {
      const target = `#/quan-tri/lich?year=${iso.slice(0, 4)}&saved=day`;
      window.location.hash = target;
    }
  });

  const hoursForm = main.querySelector('.hours');
  hoursForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const values = formValues(hoursForm);
    const errors = [];
    const validFrom = parseDate(values.validFrom);
    if (!validFrom) {
      errors.push({ field: 'validFrom', message: DATE_MESSAGE });
    }
    for (const name of ['morningStart', 'morningEnd', 'afternoonStart', 'afternoonEnd', 'transferCutOff']) {
      if (!HOUR.test(values[name] || '')) {
        errors.push({ field: name, message: 'Nhập giờ theo dạng giờ:phút, ví dụ 07:30' });
      }
    }
    if (errors.length) {
      markFields(hoursForm, { errors });
      return;
    }
    const done = await submitting(hoursForm.querySelector('button'), hoursForm.querySelector('[data-problem]'),
      () => api.put('/api/catalog/calendars/office-hours', { ...values, validFrom }), hoursForm);
    if (done) {
      again('hours');
    }
  });

  const cutoffForm = main.querySelector('.cutoff');
  cutoffForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const values = formValues(cutoffForm);
    const errors = [];
    const validFrom = parseDate(values.validFrom);
    const day = /^\d{1,2}$/.test(values.day || '') ? Number(values.day) : NaN;
    if (!validFrom) {
      errors.push({ field: 'validFrom', message: DATE_MESSAGE });
    } else if (validFrom <= today) {
      errors.push({ field: 'validFrom', message: 'Phải là một ngày sau hôm nay: kỳ đã báo cáo không đổi.' });
    } else if (lastCutoff && validFrom < lastCutoff.validFrom) {
      errors.push({ field: 'validFrom', message: `Không được trước ngày áp dụng gần nhất (${date(lastCutoff.validFrom)}).` });
    }
    if (!(day >= 1 && day <= 28)) {
      errors.push({ field: 'day', message: 'Nhập một số từ 1 đến 28 (ngày có trong mọi tháng).' });
    }
    if (errors.length) {
      markFields(cutoffForm, { errors });
      return;
    }
    const done = await submitting(cutoffForm.querySelector('button'), cutoffForm.querySelector('[data-problem]'),
      () => api.put('/api/catalog/calendars/reporting-cutoffs', { validFrom, day }), cutoffForm);
    if (done) {
      again('cutoff');
    }
  });
}
