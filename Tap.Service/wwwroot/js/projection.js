// The gnomonic (tangent-plane) projection of the sky view, and the footprints it draws.
// Standard coordinates (xi, eta) are in degrees; the view flips xi so that RA grows to the left,
// as on the sky seen from the ground, and places them with one scale and centre.

const RAD = Math.PI / 180;

/** The corners of an ADQL/STC-S polygon ("POLYGON ICRS ra dec ra dec ..."), or null. */
export function parsePolygon(text) {
  const match = /^\s*POLYGON\s+(?:[A-Za-z]+\s+)?(.*)$/i.exec(text ?? '');
  if (!match) {
    return null;
  }
  const numbers = match[1].trim().split(/\s+/).map(Number);
  if (numbers.length < 6 || numbers.length % 2 !== 0 || numbers.some(Number.isNaN)) {
    return null;
  }
  const corners = [];
  for (let i = 0; i < numbers.length; i += 2) {
    corners.push({ ra: numbers[i], dec: numbers[i + 1] });
  }
  return corners;
}

/** The direction of the mean of these points' unit vectors: a centre that survives RA 0/360. */
export function centreOf(points) {
  let x = 0, y = 0, z = 0;
  for (const { ra, dec } of points) {
    x += Math.cos(dec * RAD) * Math.cos(ra * RAD);
    y += Math.cos(dec * RAD) * Math.sin(ra * RAD);
    z += Math.sin(dec * RAD);
  }
  const ra = ((Math.atan2(y, x) / RAD) + 360) % 360;
  const dec = Math.atan2(z, Math.hypot(x, y)) / RAD;
  return { ra, dec };
}

/** Standard coordinates (degrees) of a point in the gnomonic projection about a centre; null behind it. */
export function gnomonic(centre, { ra, dec }) {
  const d0 = centre.dec * RAD, d = dec * RAD, da = (ra - centre.ra) * RAD;
  const cosC = Math.sin(d0) * Math.sin(d) + Math.cos(d0) * Math.cos(d) * Math.cos(da);
  if (cosC <= 1e-6) {
    return null;
  }
  return {
    xi: Math.cos(d) * Math.sin(da) / cosC / RAD,
    eta: (Math.cos(d0) * Math.sin(d) - Math.sin(d0) * Math.cos(d) * Math.cos(da)) / cosC / RAD,
  };
}

/**
 * A view of these points in a square of `size` pixels with a margin: the projection's centre,
 * its scale (pixels per degree of standard coordinate) and the pixel of the centre, and a function
 * from sky to pixels (x grows to the right, so with RA to the left, and y grows downwards).
 */
export function fitView(points, size, margin) {
  const centre = centreOf(points);
  let extent = 1e-4;
  for (const point of points) {
    const p = gnomonic(centre, point);
    if (p) {
      extent = Math.max(extent, Math.abs(p.xi), Math.abs(p.eta));
    }
  }
  const scale = (size / 2 - margin) / extent;
  const pixel = size / 2;
  const toPixel = point => {
    const p = gnomonic(centre, point);
    return p && { x: pixel - scale * p.xi, y: pixel - scale * p.eta };
  };
  return { centre, scale, pixel, extent, toPixel };
}
