// Small SVG charts for the evaluation and report pages, drawn with the html`` template (every label escaped) and
// only SVG presentation attributes (x, y, width, height, class): the console's content security policy allows no
// style attribute, so colours come from app.css classes (chart-*). Each chart is an image with a title and a
// description for screen readers; the page always shows the same numbers in a table beside it.
import { html } from './html.js';

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

function fmt(value) {
  return value === null || value === undefined ? '—' : NUMBER.format(value);
}

/** Rounds a coordinate to one decimal, so the markup stays short. */
function r(n) {
  return Math.round(n * 10) / 10;
}

function frame(id, title, description, width, height, body) {
  return html`<svg class="chart" id="${id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"
    role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false" preserveAspectRatio="xMinYMin meet">
    <title id="${id}-title">${title}</title><desc id="${id}-desc">${description}</desc>${body}</svg>`;
}

/**
 * Horizontal bars, one per row, each on a track as long as its own maximum ("points of max"); a row without a
 * value (no data) shows its track and the words of `empty`. A row may carry a `target`, drawn as a mark across its
 * track (a plan's target), and a `text` printed instead of "value / max".
 *
 * @param {{id: string, title: string, description: string, rows: {label: string, value: ?number, max: number,
 *   target?: ?number, text?: string}[], empty?: string, width?: number, labelWidth?: number, valueWidth?: number}} chart
 */
export function horizontalBars({ id, title, description, rows, empty = 'Không có dữ liệu', width = 720, labelWidth = 260,
  valueWidth = 110 }) {
  const rowHeight = 34;
  const height = rows.length * rowHeight + 8;
  const scale = Math.max(1, ...rows.map((row) => row.max || 0));
  const track = width - labelWidth - valueWidth;
  const body = rows.map((row, i) => {
    const y = 4 + i * rowHeight;
    const full = (track * (row.max || 0)) / scale;
    const filled = row.value === null || row.value === undefined ? 0 : (track * Math.min(row.value, row.max)) / scale;
    return html`<g class="chart-row">
      <text class="chart-label" x="0" y="${y + 21}">${row.label}</text>
      <rect class="chart-track" x="${labelWidth}" y="${y + 6}" width="${r(full)}" height="20"></rect>
      ${filled > 0 ? html`<rect class="chart-bar" x="${labelWidth}" y="${y + 6}" width="${r(filled)}" height="20"></rect>` : ''}
      ${row.target === null || row.target === undefined ? '' : html`<line class="chart-target"
        x1="${r(labelWidth + (track * row.target) / scale)}" x2="${r(labelWidth + (track * row.target) / scale)}"
        y1="${y + 1}" y2="${y + 31}"></line>`}
      <text class="chart-value" x="${labelWidth + track + 8}" y="${y + 21}">${row.text !== undefined ? row.text
        : row.value === null || row.value === undefined ? empty : `${fmt(row.value)} / ${fmt(row.max)}`}</text>
    </g>`;
  });
  return frame(id, title, description, width, height, body);
}

/**
 * Columns over periods (oldest first) on a scale up to `max`, with reference lines (the scorecard's maximum, the
 * ranking thresholds) drawn across and named at the right.
 *
 * @param {{id: string, title: string, description: string, columns: {label: string, value: ?number}[],
 *   max: number, references?: {value: number, label: string, kind?: string}[]}} chart
 */
export function columns({ id, title, description, columns: cols, max, references = [] }) {
  const width = 760;
  const height = 320;
  const left = 44;
  const right = 190;
  const top = 16;
  const bottom = 44;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const scale = Math.max(1, max, ...cols.map((c) => c.value || 0));
  const y = (v) => top + plotHeight - (plotHeight * v) / scale;
  const step = plotWidth / Math.max(1, cols.length);
  const barWidth = Math.min(56, step * 0.6);
  const ticks = [0, scale / 2, scale];
  const body = html`
    <g class="chart-axis">
      ${ticks.map((t) => html`<text class="chart-tick" x="${left - 6}" y="${r(y(t) + 4)}" text-anchor="end">${fmt(t)}</text>`)}
      <line class="chart-baseline" x1="${left}" x2="${left + plotWidth}" y1="${r(y(0))}" y2="${r(y(0))}"></line>
    </g>
    ${cols.map((c, i) => {
      const x = left + i * step + (step - barWidth) / 2;
      const has = c.value !== null && c.value !== undefined;
      return html`<g class="chart-column">
        ${has ? html`<rect class="chart-bar" x="${r(x)}" y="${r(y(c.value))}" width="${r(barWidth)}" height="${r(y(0) - y(c.value))}"></rect>
          <text class="chart-value" x="${r(x + barWidth / 2)}" y="${r(y(c.value) - 4)}" text-anchor="middle">${fmt(c.value)}</text>`
          : html`<text class="chart-value" x="${r(x + barWidth / 2)}" y="${r(y(0) - 4)}" text-anchor="middle">—</text>`}
        <text class="chart-tick" x="${r(x + barWidth / 2)}" y="${height - bottom + 18}" text-anchor="middle">${c.label}</text>
      </g>`;
    })}
    ${references.map((ref) => html`<g class="chart-reference ${ref.kind ? `chart-reference-${ref.kind}` : ''}">
      <line x1="${left}" x2="${left + plotWidth}" y1="${r(y(ref.value))}" y2="${r(y(ref.value))}" stroke-dasharray="6 4"></line>
      <text class="chart-tick" x="${left + plotWidth + 6}" y="${r(y(ref.value) + 4)}">${ref.label}</text>
    </g>`)}`;
  return frame(id, title, description, width, height, body);
}
