// Vietnamese formats, whatever the browser's own locale: dates as dd/MM/yyyy, times as HH:mm, in the time zone
// of Việt Nam (a desk in Hà Nội and a server in UTC must print the same appointed date), and numbers with
// Vietnamese separators (1.234.567,5).
const ZONE = 'Asia/Ho_Chi_Minh';
const DATE = new Intl.DateTimeFormat('vi-VN', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('vi-VN', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hour12: false });
const NUMBER = new Intl.NumberFormat('vi-VN');
const PERCENT = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

function instant(value) {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  // a bare date (2026-12-04) is a calendar day, not midnight UTC: read it at noon in Việt Nam
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(value + 'T12:00:00+07:00') : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** 04/12/2026; an empty string for no value. */
export function date(value) {
  const d = instant(value);
  return d ? DATE.format(d) : '';
}

/** 14:30 04/12/2026, as Vietnamese forms write an appointment. */
export function dateTime(value) {
  const d = instant(value);
  return d ? `${TIME.format(d)} ${DATE.format(d)}` : '';
}

/** 1.234.567 */
export function number(value) {
  return value === null || value === undefined ? '' : NUMBER.format(value);
}

/** 1.234.000 đồng */
export function money(value) {
  return value === null || value === undefined ? '' : `${NUMBER.format(value)} đồng`;
}

/** 25,4% from a ratio (0.254) */
export function percent(ratio) {
  return ratio === null || ratio === undefined ? '' : PERCENT.format(ratio);
}

/** dd/MM/yyyy typed by an official → ISO yyyy-MM-dd, or null when it is not a real calendar date. */
export function parseDate(text) {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
  if (!m) {
    return null;
  }
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return null;
  }
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
