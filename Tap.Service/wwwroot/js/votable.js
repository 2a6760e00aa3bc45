// Reads the VOTable documents of the service (TABLEDATA serialisation) into plain objects.

const VOTABLE_NS = 'http://www.ivoa.net/xml/VOTable/v1.3';

/**
 * The first table of a VOTable document: its fields, its rows (arrays of strings, null for an
 * empty cell), the INFOs of its results resource, and the error message when the query failed.
 */
export function readVoTable(text) {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) {
    throw new Error('The answer is not a VOTable document.');
  }

  const byName = (parent, name) => Array.from(parent.getElementsByTagNameNS(VOTABLE_NS, name));
  const resource = byName(doc, 'RESOURCE').find(r => r.getAttribute('type') === 'results') ?? byName(doc, 'RESOURCE')[0];
  const infos = new Map();
  for (const info of resource ? byName(resource, 'INFO') : []) {
    if (info.parentNode === resource && !infos.has(info.getAttribute('name'))) {
      infos.set(info.getAttribute('name'), info.getAttribute('value') ?? info.textContent);
    }
  }
  // A result that overflowed MAXREC ends with a second QUERY_STATUS after the table.
  const statuses = resource ? byName(resource, 'INFO').filter(i => i.getAttribute('name') === 'QUERY_STATUS') : [];
  const last = statuses.at(-1);
  const status = last?.getAttribute('value') ?? 'OK';
  const error = status === 'ERROR' ? last.textContent.trim() : null;

  const table = resource ? byName(resource, 'TABLE')[0] : undefined;
  const fields = table ? byName(table, 'FIELD').map(f => ({
    name: f.getAttribute('name'),
    datatype: f.getAttribute('datatype'),
    unit: f.getAttribute('unit') ?? '',
    description: byName(f, 'DESCRIPTION')[0]?.textContent.trim() ?? '',
  })) : [];
  const rows = table ? byName(table, 'TR').map(tr => byName(tr, 'TD').map(td => td.textContent === '' ? null : td.textContent)) : [];
  return { fields, rows, infos, status, error };
}

/** True when values of this VOTable datatype sort as numbers. */
export function isNumeric(datatype) {
  return ['short', 'int', 'long', 'float', 'double', 'unsignedByte'].includes(datatype);
}
