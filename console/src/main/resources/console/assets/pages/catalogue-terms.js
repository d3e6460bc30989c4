// The catalogue's codes in the words officials and citizens read (Decree 118/2025, Decree 42/2022, the national
// TTHC database), shared by the public catalogue and its administration. A code the console does not know is shown
// as it is, never guessed.
import { api } from '../lib/api.js';
import { number } from '../lib/format.js';

export const MECHANISM = { ONE_STOP: 'Một cửa', INTER_CONNECTED: 'Một cửa liên thông' };

export const ONLINE_MODE = {
  NONE: 'Không cung cấp dịch vụ công trực tuyến',
  LEVEL_2: 'Mức độ 2',
  LEVEL_3: 'Mức độ 3',
  LEVEL_4: 'Mức độ 4',
  PARTIAL: 'Dịch vụ công trực tuyến một phần',
  FULL: 'Dịch vụ công trực tuyến toàn trình',
};

export const ISSUING_LEVEL = { CENTRAL: 'Trung ương', LOCAL: 'Địa phương' };

export const TIME_UNIT = { WORKING_DAYS: 'ngày làm việc', WORKING_HOURS: 'giờ làm việc' };

export const PROCEDURE_STATE = { DRAFT: 'Dự thảo', PUBLISHED: 'Đã công bố', ABOLISHED: 'Đã bãi bỏ' };

export const VERSION_STATUS = { DRAFT: 'Dự thảo', PUBLISHED: 'Đã công bố' };

export function label(map, code) {
  return code === null || code === undefined ? '' : map[code] || code;
}

/** 10 ngày làm việc */
export function timeLimit(limit) {
  return limit ? `${number(limit.value)} ${label(TIME_UNIT, limit.unit)}` : '';
}

export function yesNo(value) {
  return value ? 'Có' : 'Không';
}

let provinces = null;

/** The provinces of the register ({code, name}), read once per page load. */
export async function allProvinces() {
  if (!provinces) {
    provinces = api.get('/api/catalog/public/provinces').catch((problem) => {
      provinces = null;
      throw problem;
    });
  }
  return provinces;
}

/** "Tỉnh Lạng Sơn" for 20; the code itself when the register does not know it. */
export async function provinceName(code) {
  try {
    const found = (await allProvinces()).find((p) => p.code === code);
    return found ? found.name : `Tỉnh ${code}`;
  } catch (e) {
    return `Tỉnh ${code}`;
  }
}

/** A version in force on [from, to) ends the day before `to`: "đến hết ngày 31/12/2026". */
export function lastDay(effectiveTo) {
  if (!effectiveTo) {
    return null;
  }
  const d = new Date(`${effectiveTo}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Whether the page that started drawing is still the one asked for: a page that awaits the network must not draw
 * over the page the visitor went on to (the shell starts the next page without waiting for this one).
 */
export function stillAt(hash) {
  return window.location.hash === hash;
}
