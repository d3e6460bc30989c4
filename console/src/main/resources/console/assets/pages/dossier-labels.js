// The words officials read for the dossier service's codes: statuses, actions, due flags, days, channels. One
// place for the processing pages (worklist.js, dossier.js), as the desk's forms word them.
import { html } from '../lib/html.js';

export const STATUS = {
  SUBMITTED: 'Đã nộp, chờ tiếp nhận',
  PAPERS_REQUESTED: 'Chờ bổ sung hồ sơ khi tiếp nhận',
  REFUSED: 'Từ chối tiếp nhận',
  RECEIVED: 'Đã tiếp nhận',
  IN_APPRAISAL: 'Đang giải quyết',
  SUPPLEMENT_REQUESTED: 'Chờ bổ sung hồ sơ',
  RESOLVED: 'Đã có kết quả',
  RETURNED: 'Đã trả kết quả',
  WITHDRAWN: 'Dừng giải quyết',
  CLOSED: 'Kết thúc',
};

/** Each action of the log, and each action offered (ASSIGN: phân công). */
export const ACTION = {
  SUBMIT: 'Nộp hồ sơ',
  RECEIVE: 'Tiếp nhận hồ sơ',
  REQUEST_PAPERS: 'Yêu cầu bổ sung khi tiếp nhận',
  ADD_PAPERS: 'Bổ sung hồ sơ khi tiếp nhận',
  REFUSE: 'Từ chối tiếp nhận',
  HAND_OVER: 'Chuyển xử lý',
  ASSIGN: 'Phân công',
  REQUEST_SUPPLEMENT: 'Yêu cầu bổ sung hồ sơ',
  SUPPLEMENT: 'Nhận đủ hồ sơ bổ sung',
  EXTEND: 'Xin lỗi và hẹn lại ngày trả',
  RESOLVE: 'Giải quyết (ghi kết quả)',
  RETURN: 'Trả kết quả',
  WITHDRAW: 'Dừng giải quyết',
  CLOSE: 'Kết thúc',
  PAY: 'Thu phí, lệ phí',
};

export const FLAG = { DUE: 'Trong hạn', NEARING: 'Sắp đến hạn', OVERDUE: 'Quá hạn' };

export const TIMELINESS = { EARLY: 'Trước hạn', ON_TIME: 'Đúng hạn', LATE: 'Quá hạn' };

export const CHANNEL = {
  DIRECT_CENTRE: 'Trực tiếp tại Trung tâm Phục vụ hành chính công',
  DIRECT_AGENCY: 'Trực tiếp tại cơ quan giải quyết',
  POSTAL: 'Qua dịch vụ bưu chính công ích',
  ONLINE_NATIONAL_PORTAL: 'Trực tuyến, Cổng Dịch vụ công quốc gia',
  ONLINE_PROVINCIAL_PORTAL: 'Trực tuyến, Cổng dịch vụ công của tỉnh',
  VNEID: 'Trực tuyến, ứng dụng VNeID',
  NATIONAL_SINGLE_WINDOW: 'Cơ chế một cửa quốc gia',
};

export const RETURN_METHOD = { DESK: 'Tại Bộ phận Một cửa', POST: 'Qua bưu chính', ONLINE: 'Trực tuyến' };

export const OUTCOME = { APPROVED: 'Chấp thuận (cấp kết quả)', REFUSED: 'Từ chối giải quyết' };

export const DAY_KIND = {
  WEEKLY_REST: 'Nghỉ hằng tuần',
  HOLIDAY: 'Nghỉ lễ, Tết',
  COMPENSATORY_DAY_OFF: 'Nghỉ bù',
  LOCAL_DAY_OFF: 'Nghỉ theo quyết định của tỉnh',
  SWAPPED_WORKING_DAY: 'Làm bù',
  DAY_OFF: 'Ngày nghỉ',
};

const FLAG_CLASS = { DUE: 'badge-due', NEARING: 'badge-nearing', OVERDUE: 'badge-overdue' };
const TIMELINESS_CLASS = { EARLY: 'badge-due', ON_TIME: 'badge-due', LATE: 'badge-overdue' };

/** A due flag as words in a badge (the colour only repeats them). */
export function flagBadge(flag) {
  return flag ? html`<span class="badge ${FLAG_CLASS[flag]}">${FLAG[flag] || flag}</span>` : '';
}

export function timelinessBadge(timeliness) {
  return timeliness
    ? html`<span class="badge ${TIMELINESS_CLASS[timeliness]}">${TIMELINESS[timeliness] || timeliness}</span>` : '';
}

export function statusBadge(status) {
  return html`<span class="badge badge-status">${STATUS[status] || status}</span>`;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "Thứ Bảy" for 2026-02-14 (a calendar day, read at noon in Việt Nam). */
export function weekday(isoDate) {
  return WEEKDAYS[new Date(`${isoDate}T12:00:00+07:00`).getUTCDay()];
}

/**
 * Working minutes as "52 giờ 30 phút làm việc": in hours, not days, as office days differ in length (7 h 30 of
 * shifts in most provinces) and a "day" would be read as a calendar day.
 */
export function workingTime(minutes) {
  const m = Math.abs(minutes);
  const hours = Math.floor(m / 60);
  const rest = m % 60;
  const parts = [];
  if (hours) parts.push(`${hours} giờ`);
  if (rest || parts.length === 0) parts.push(`${rest} phút`);
  return `${parts.join(' ')} làm việc`;
}
