// The results table: sortable by any column, paged, with a column chooser and, on each row, the
// image's DataLink document and, on demand, the links it lists (file, preview, ...).

import { isNumeric } from './votable.js';
import { endpointUrl, getVoTable } from './service.js';

export const DEFAULT_COLUMNS = [
  'lsst_visit', 'lsst_raft', 'lsst_ccd', 'lsst_detector', 'lsst_band', 'dataproduct_subtype',
  's_ra', 's_dec', 't_min', 'obs_release_date',
];

export class ResultsTable {
  /** onHover(rowIndices or null) is called when a row is pointed at or focused, or left. */
  constructor({ table, chooser, tools, pager, pageLabel, pageSize }, onHover) {
    Object.assign(this, { table, chooser, tools, pager, pageLabel, pageSizeSelect: pageSize, onHover });
    this.fields = [];
    this.rows = [];
    this.order = [];
    this.page = 0;
    this.sort = null;
    this.visible = new Set(DEFAULT_COLUMNS);
    pageSize.addEventListener('change', () => { this.page = 0; this.render(); });
    pager.addEventListener('click', event => {
      const direction = event.target.closest('button')?.dataset.page;
      if (direction) {
        this.page += direction === 'next' ? 1 : -1;
        this.render();
      }
    });
  }

  get pageSize() {
    return Number(this.pageSizeSelect.value);
  }

  column(name) {
    return this.fields.findIndex(f => f.name === name);
  }

  show(fields, rows) {
    this.fields = fields;
    this.rows = rows;
    this.order = rows.map((_, i) => i);
    this.sort = null;
    this.page = 0;
    this.buildChooser();
    this.render();
  }

  buildChooser() {
    const legend = this.chooser.querySelector('legend');
    this.chooser.replaceChildren(legend);
    for (const field of this.fields) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = field.name;
      box.checked = this.visible.has(field.name);
      box.addEventListener('change', () => {
        if (box.checked) { this.visible.add(field.name); } else { this.visible.delete(field.name); }
        this.render();
      });
      label.append(box, ` ${field.name}`);
      label.title = field.description;
      this.chooser.append(label);
    }
  }

  sortBy(index) {
    const descending = this.sort?.index === index && !this.sort.descending;
    this.sort = { index, descending };
    const numeric = isNumeric(this.fields[index].datatype);
    const compare = (a, b) => {
      const x = this.rows[a][index], y = this.rows[b][index];
      if (x === null || y === null) {
        return (x === null) - (y === null);
      }
      return numeric ? Number(x) - Number(y) : x.localeCompare(y);
    };
    this.order.sort((a, b) => (descending ? -compare(a, b) : compare(a, b)) || a - b);
    this.page = 0;
    this.render();
  }

  render() {
    const hasRows = this.rows.length > 0;
    this.table.hidden = !hasRows;
    this.tools.hidden = !hasRows;
    this.pager.hidden = this.rows.length <= this.pageSize;
    if (!hasRows) {
      return;
    }
    // The portal's columns first, in their order, then any others chosen, in the table's.
    const rank = name => (DEFAULT_COLUMNS.indexOf(name) + DEFAULT_COLUMNS.length + 1) % (DEFAULT_COLUMNS.length + 1);
    const shown = this.fields.map((f, i) => ({ f, i }))
      .filter(({ f }) => this.visible.has(f.name))
      .sort((a, b) => rank(a.f.name) - rank(b.f.name) || a.i - b.i);
    const head = document.createElement('tr');
    for (const { f, i } of shown) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.setAttribute('aria-sort', this.sort?.index === i ? (this.sort.descending ? 'descending' : 'ascending') : 'none');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = f.unit ? `${f.name} (${f.unit})` : f.name;
      button.title = `${f.description} — sort by this column`;
      button.addEventListener('click', () => this.sortBy(i));
      th.append(button);
      head.append(th);
    }
    const linksHead = document.createElement('th');
    linksHead.scope = 'col';
    linksHead.textContent = 'DataLink';
    head.append(linksHead);
    this.table.tHead.replaceChildren(head);

    const pages = Math.max(1, Math.ceil(this.rows.length / this.pageSize));
    this.page = Math.min(Math.max(0, this.page), pages - 1);
    const body = this.table.tBodies[0];
    body.replaceChildren();
    for (const index of this.order.slice(this.page * this.pageSize, (this.page + 1) * this.pageSize)) {
      body.append(this.renderRow(index, shown));
    }
    this.pageLabel.textContent = `Page ${this.page + 1} of ${pages}`;
    this.pager.querySelector('[data-page="previous"]').disabled = this.page === 0;
    this.pager.querySelector('[data-page="next"]').disabled = this.page >= pages - 1;
  }

  renderRow(index, shown) {
    const row = this.rows[index];
    const tr = document.createElement('tr');
    tr.dataset.row = index;
    tr.tabIndex = 0;
    tr.dataset.id = row[this.column('obs_publisher_did')] ?? '';
    for (const { i } of shown) {
      const td = document.createElement('td');
      td.textContent = row[i] ?? '';
      tr.append(td);
    }
    const links = document.createElement('td');
    links.className = 'links';
    const accessUrl = row[this.column('access_url')];
    if (accessUrl) {
      const anchor = document.createElement('a');
      anchor.href = accessUrl;
      anchor.textContent = 'links';
      anchor.title = 'The DataLink document of this image';
      const files = document.createElement('button');
      files.type = 'button';
      files.textContent = 'files';
      files.setAttribute('aria-expanded', 'false');
      files.addEventListener('click', () => this.toggleFiles(tr, files, shown.length + 1));
      links.append(anchor, ' ', files);
    }
    tr.append(links);
    const enter = () => this.onHover([index]);
    const leave = () => this.onHover(null);
    tr.addEventListener('pointerenter', enter);
    tr.addEventListener('pointerleave', leave);
    tr.addEventListener('focus', enter);
    tr.addEventListener('blur', leave);
    return tr;
  }

  /** Lists, under the row, what the row's DataLink document links to, asked of this service. */
  async toggleFiles(tr, button, span) {
    if (tr.nextElementSibling?.classList.contains('files-row')) {
      tr.nextElementSibling.remove();
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    button.setAttribute('aria-expanded', 'true');
    const detail = document.createElement('tr');
    detail.className = 'files-row';
    const cell = document.createElement('td');
    cell.colSpan = span;
    cell.textContent = 'Asking DataLink…';
    detail.append(cell);
    tr.after(detail);
    try {
      const links = await getVoTable(endpointUrl('datalink/links', [['ID', tr.dataset.id]]));
      const at = name => links.fields.findIndex(f => f.name === name);
      const list = document.createElement('ul');
      for (const link of links.rows.filter(r => r[at('access_url')])) {
        const item = document.createElement('li');
        const anchor = document.createElement('a');
        anchor.href = link[at('access_url')];
        anchor.textContent = `${link[at('semantics')]}: ${link[at('description')] ?? ''}`;
        item.append(anchor, ` (${link[at('content_type')] ?? 'unknown type'})`);
        list.append(item);
      }
      cell.replaceChildren(list);
    } catch (error) {
      cell.textContent = `DataLink failed: ${error.message}`;
    }
  }

  /** Marks the rows shown that are among these (null: none). */
  highlight(rows) {
    const wanted = new Set(rows ?? []);
    for (const tr of this.table.tBodies[0].rows) {
      tr.classList.toggle('highlighted', wanted.has(Number(tr.dataset.row)));
    }
  }
}
