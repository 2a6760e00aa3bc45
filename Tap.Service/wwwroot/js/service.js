// Requests to the service's public endpoints, relative to the page so the portal works behind a
// proxy path too. A bearer token, when the user gave one, goes with every request.

import { readVoTable } from './votable.js';

let bearerToken = '';

export function useToken(token) {
  bearerToken = token.trim();
}

/** An endpoint's absolute URL with these parameters (repeated names kept, in order). */
export function endpointUrl(path, parameters = []) {
  const url = new URL(path, document.baseURI);
  for (const [name, value] of parameters) {
    url.searchParams.append(name, value);
  }
  return url;
}

/** GETs a VOTable and reads it; a DALI error document becomes an Error with its message. */
export async function getVoTable(url, signal) {
  const headers = bearerToken ? { Authorization: `Bearer ${bearerToken}` } : {};
  const response = await fetch(url, { headers, signal });
  const text = await response.text();
  let table;
  try {
    table = readVoTable(text);
  } catch {
    throw new Error(`${response.status} ${response.statusText}: ${text.slice(0, 200)}`);
  }
  if (!response.ok || table.error) {
    throw new Error(table.error ?? `${response.status} ${response.statusText}`);
  }
  return table;
}

/** Runs ADQL on TAP's synchronous endpoint, asking for up to maxrec rows (not the service's default). */
export function runAdql(adql, maxrec) {
  return getVoTable(tapQueryUrl(adql, maxrec));
}

export function tapQueryUrl(adql, maxrec) {
  return endpointUrl('tap/sync', [['REQUEST', 'doQuery'], ['LANG', 'ADQL'], ['QUERY', adql], ['MAXREC', maxrec]]);
}
