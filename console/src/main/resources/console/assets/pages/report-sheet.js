// One report on screen as officials know it on paper (Circular 01/2020/TT-VPCP's annex forms), from the API's
// ReportForm: the form's number and basis at the left, the title and "Kỳ báo cáo" with its exact range in the
// centre, the reporting and receiving units at the right, the unit of measure; the table with its merged group
// headers and the row of column numbers (1) (2) (3)…, the total in bold, a corrected figure with its badge; the
// notes, the signature block and the time of the data. Also the download buttons (XLSX, PDF, CSV), which fetch the
// same report as a file from the service. Used by the province's forms and the national roll-up.
import { api, saveFile } from '../lib/api.js';
import { html, render } from '../lib/html.js';
import { dateTime, number } from '../lib/format.js';
import { problemBox } from '../lib/ui.js';
import { percentText, rowHeader } from './report-labels.js';

export const TOTAL = 'TOTAL';

/** What a cell prints: the corrected figure when there is one (the computed one stays in the cell). */
export function shown(cell) {
  if (!cell) {
    return null;
  }
  return cell.corrected !== null && cell.corrected !== undefined ? cell.corrected : cell.computed;
}

/** A figure as its column prints it, as text: a count, a percent with one decimal, or text. */
export function figureText(column, cell) {
  if (cell && cell.text !== null && cell.text !== undefined) {
    return cell.text;
  }
  const value = shown(cell);
  if (value === null || value === undefined) {
    return column.kind === 'PERCENT' ? 'không có dữ liệu' : '';
  }
  return column.kind === 'PERCENT' ? percentText(value) : number(value);
}

function figure(column, cell) {
  const text = figureText(column, cell);
  const missing = !cell || (shown(cell) ?? cell.text ?? null) === null;
  return missing && text ? html`<span class="muted">${text}</span>` : text;
}

/** "+3", "−2": the difference a correction makes. */
function signed(value) {
  return value > 0 ? `+${number(value)}` : value < 0 ? `−${number(-value)}` : '0';
}

function corrected(cell) {
  return cell && cell.corrected !== null && cell.corrected !== undefined;
}

function correctionTitle(cell) {
  return `Tính từ hồ sơ: ${number(cell.computed)}; điều chỉnh thành: ${number(cell.corrected)}; chênh lệch: `
    + `${signed(cell.difference)}; lý do: ${cell.reason || ''}`;
}

/** The columns grouped under their merged headers, in order: [{group, columns}] (a null group stands alone). */
function runs(columns) {
  const out = [];
  for (const column of columns) {
    const last = out[out.length - 1];
    if (column.group && last && last.group === column.group) {
      last.columns.push(column);
    } else {
      out.push({ group: column.group, columns: [column] });
    }
  }
  return out;
}

function columnLabel(column) {
  return column.group ? `${column.group}: ${column.header}` : column.header;
}

/** A column's definition as its header's tooltip (the notes print the definitions for every reader). */
function tip(column) {
  return column.definition ? html`title="${column.definition}"` : '';
}

function head(form) {
  const grouped = runs(form.columns);
  return html`<thead>
    <tr><th scope="col" rowspan="2">TT</th><th scope="col" rowspan="2">${rowHeader(form)}</th>
      ${grouped.map((g) => (g.group
        ? html`<th scope="colgroup" colspan="${g.columns.length}" class="group">${g.group}</th>`
        : html`<th scope="col" rowspan="2" ${tip(g.columns[0])}>${g.columns[0].header}</th>`))}</tr>
    <tr>${grouped.filter((g) => g.group).flatMap((g) => g.columns).map((c) => html`<th scope="col" ${tip(c)}>${c.header}</th>`)}</tr>
    <tr class="column-numbers"><th scope="col">(1)</th><th scope="col">(2)</th>
      ${form.columns.map((c) => html`<th scope="col" data-col="${c.key}">${c.number ? `(${c.number})` : '(*)'}</th>`)}</tr>
  </thead>`;
}

function row(form, r, index, link) {
  const total = r.key === TOTAL;
  return html`<tr class="level-${r.level}${total ? ' total' : ''}" data-row="${r.key}">
    <td data-label="TT">${total ? '' : number(index)}</td>
    <th scope="row" data-label="${rowHeader(form)}">${link && !total ? html`<a href="${link(r)}">${r.label}</a>` : r.label}</th>
    ${form.columns.map((c) => {
      const cell = r.cells[c.key];
      return html`<td class="${c.kind === 'TEXT' ? 'text' : 'number'}" data-col="${c.key}" data-label="${columnLabel(c)}">${figure(c, cell)}${corrected(cell)
        ? html` <span class="badge badge-corrected" title="${correctionTitle(cell)}">đã điều chỉnh</span>` : ''}</td>`;
    })}
  </tr>`;
}

/**
 * Every corrected figure in words, under the table (the badge's title is not read by every reader), with who
 * recorded it and when from `recorded` (the corrections' list, oldest first: the last of a cell is in force).
 */
function corrections(form, recorded) {
  const by = (r, c) => recorded.filter((x) => x.row === r.key && x.column === c.key).pop();
  const found = form.rows.flatMap((r) => form.columns.filter((c) => corrected(r.cells[c.key]))
    .map((c) => ({ r, c, cell: r.cells[c.key] })));
  if (found.length === 0) {
    return '';
  }
  return html`<section class="sheet-corrections" aria-labelledby="h-corrections">
    <h3 id="h-corrections">Số liệu đã điều chỉnh</h3>
    <ul>${found.map(({ r, c, cell }) => html`<li data-row="${r.key}" data-col="${c.key}">${r.label}, cột
      ${c.number ? `(${c.number}) ` : ''}${columnLabel(c)}: tính từ hồ sơ ${number(cell.computed)}, điều chỉnh thành
      <strong>${number(cell.corrected)}</strong> (chênh lệch ${signed(cell.difference)}). Lý do: ${cell.reason}${by(r, c)
        ? html` <span class="muted">(${by(r, c).enteredBy}, ${dateTime(by(r, c).enteredAt)})</span>` : ''}</li>`)}</ul>
  </section>`;
}

/**
 * The report as a document. `link(row)` may turn a row's label into a link (the roll-up's provinces);
 * `recorded` lists the corrections with who recorded them.
 *
 * @param {object} form the API's ReportForm
 * @param {{link?: function, recorded?: object[]}} options
 */
export function sheet(form, { link, recorded = [] } = {}) {
  const period = form.period || {};
  const counted = form.rows.filter((r) => r.key !== TOTAL);
  const extra = form.columns.some((c) => !c.number);
  return html`<article class="report-sheet" aria-labelledby="sheet-title" data-form="${form.form}">
    <header class="sheet-head">
      <div class="sheet-number"><strong id="sheet-number">${form.formNumber}</strong>
        ${form.legalBasis ? html`<span>${form.legalBasis}</span>` : ''}</div>
      <div class="sheet-title"><h2 id="sheet-title">${form.title}</h2>
        <p id="sheet-period">Kỳ báo cáo: ${period.text || period.label}</p></div>
      <dl class="sheet-units">
        <dt>Đơn vị báo cáo:</dt><dd id="sheet-reporting">${form.reportingUnit}</dd>
        <dt>Đơn vị nhận báo cáo:</dt><dd id="sheet-receiving">${form.receivingUnit}</dd></dl>
    </header>
    ${form.unitOfMeasure ? html`<p class="sheet-measure">${form.unitOfMeasure}</p>` : ''}
    <div class="table-wrap"><table class="responsive report-table">
      <caption class="visually-hidden">${form.title}, ${period.text || period.label}</caption>
      ${head(form)}
      <tbody>${form.rows.map((r) => row(form, r, counted.indexOf(r) + 1, link))}</tbody>
    </table></div>
    ${counted.length === 0 ? html`<p class="empty">Không có số liệu trong kỳ này.</p>` : ''}
    ${extra ? html`<p class="hint">(*) Cột không có trong biểu của Thông tư, in thêm để đối chiếu.</p>` : ''}
    ${corrections(form, recorded)}
    ${form.notes && form.notes.length ? html`<section class="sheet-notes" aria-labelledby="h-notes">
      <h3 id="h-notes">Ghi chú</h3><ol>${form.notes.map((n) => html`<li>${n}</li>`)}</ol></section>` : ''}
    ${form.signature ? html`<div class="sheet-signature">
      <p class="sheet-place">${form.signature.placeAndDate}</p>
      <div class="sheet-signers"><p><strong>${form.signature.preparedBy}</strong></p>
        <p><strong>${form.signature.approvedBy}</strong></p></div></div>` : ''}
    <p class="muted" id="sheet-as-of">Số liệu tính đến: ${dateTime(form.dataAsOf) || '—'}</p>
  </article>`;
}

const FORMATS = [
  { format: 'xlsx', label: 'Tải Excel (XLSX)', accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { format: 'pdf', label: 'Tải PDF', accept: 'application/pdf' },
  { format: 'csv', label: 'Tải CSV', accept: 'text/csv' },
];

/** The download buttons of a report, and where their problems show. */
export function downloads() {
  return html`<div class="actions downloads" role="group" aria-label="Tải báo cáo">
      ${FORMATS.map((f) => html`<button type="button" class="secondary" data-format="${f.format}">${f.label}</button>`)}
    </div><div id="download-problem"></div>`;
}

/**
 * Wires the buttons: each fetches `{path}/export?format=…` with the report's own query (the service names the
 * file: bao-cao_II.06b_20_2026-Q2.xlsx) and hands it to the browser as a download.
 */
export function wireDownloads(where, path, query) {
  const problem = where.querySelector('#download-problem');
  where.querySelectorAll('.downloads [data-format]').forEach((button) => {
    button.addEventListener('click', async () => {
      const f = FORMATS.find((x) => x.format === button.dataset.format);
      button.disabled = true;
      button.setAttribute('aria-busy', 'true');
      render(problem, '');
      try {
        saveFile(await api.file('GET', `${path}/export`, { query: { ...query, format: f.format }, accept: `${f.accept}, application/problem+json` }));
      } catch (e) {
        render(problem, problemBox(e));
      } finally {
        button.disabled = false;
        button.removeAttribute('aria-busy');
      }
    });
  });
}
