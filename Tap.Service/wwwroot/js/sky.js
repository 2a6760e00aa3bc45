// The sky view: footprints (or a visit's CCDs) drawn as SVG polygons on a gnomonic projection
// centred on them, north up and east (RA growing) to the left. Each polygon carries the sky
// corners it drew (data-corners) and the svg the projection (data-ra0, data-dec0, data-scale,
// data-pixel), so what is drawn can be read back and checked.

import { fitView } from './projection.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const SIZE = 600;
const MARGIN = 24;
const NICE_STEPS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 15, 30];

function element(name, attributes = {}, parent = null) {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) {
    node.setAttribute(key, value);
  }
  parent?.appendChild(node);
  return node;
}

const round = value => Math.round(value * 100) / 100;
const niceStep = wanted => NICE_STEPS.find(step => step >= wanted) ?? 30;

export class SkyView {
  /** onHover(rowIndices or null) is called when a footprint is pointed at or left. */
  constructor(svg, caption, onHover) {
    this.svg = svg;
    this.caption = caption;
    this.onHover = onHover;
    this.shapes = [];
  }

  clear(message) {
    this.svg.replaceChildren();
    this.shapes = [];
    for (const name of ['data-ra0', 'data-dec0', 'data-scale', 'data-pixel', 'data-mode']) {
      this.svg.removeAttribute(name);
    }
    element('text', { x: SIZE / 2, y: SIZE / 2, 'text-anchor': 'middle', class: 'sky-empty' }, this.svg).textContent = message;
  }

  /**
   * Draws shapes: { corners: [{ra, dec}], rows: [row indices], label: [lines] or null,
   * key: identifier, dimmed: bool }. mode names what is drawn ("footprints" or "focal-plane").
   */
  draw(shapes, mode, description) {
    this.svg.replaceChildren();
    this.shapes = [];
    const view = fitView(shapes.flatMap(s => s.corners), SIZE, MARGIN);
    Object.assign(this.svg.dataset, {
      ra0: view.centre.ra, dec0: view.centre.dec, scale: view.scale, pixel: view.pixel, mode,
    });
    element('rect', { x: 0, y: 0, width: SIZE, height: SIZE, class: 'sky-background' }, this.svg);
    const gridStep = this.drawGrid(view);
    const layer = element('g', { class: 'footprints' }, this.svg);
    const labels = element('g', { class: 'labels', 'aria-hidden': 'true' }, this.svg);
    for (const shape of shapes) {
      const pixels = shape.corners.map(view.toPixel);
      if (pixels.some(p => p === null)) {
        continue;
      }
      const polygon = element('polygon', {
        points: pixels.map(p => `${round(p.x)},${round(p.y)}`).join(' '),
        class: shape.dimmed ? 'footprint dimmed' : 'footprint',
        'data-key': shape.key,
        'data-rows': shape.rows.join(' '),
        'data-corners': shape.corners.map(c => `${c.ra} ${c.dec}`).join(' '),
      }, layer);
      element('title', {}, polygon).textContent = shape.title;
      polygon.addEventListener('pointerenter', () => this.onHover(shape.rows));
      polygon.addEventListener('pointerleave', () => this.onHover(null));
      this.shapes.push({ polygon, rows: new Set(shape.rows) });
      if (shape.label) {
        this.drawLabel(labels, pixels, shape.label);
      }
    }
    this.drawCompass();
    const where = `centre RA ${view.centre.ra.toFixed(3)}°, Dec ${view.centre.dec.toFixed(3)}°; grid every ${gridStep}°`;
    this.caption.textContent = `${description} Gnomonic projection, north up, east (RA growing) to the left; ${where}.`;
  }

  /** Marks the footprints of these rows (null: none). */
  highlight(rows) {
    for (const { polygon, rows: own } of this.shapes) {
      polygon.classList.toggle('highlighted', rows !== null && rows.some(r => own.has(r)));
    }
  }

  drawLabel(parent, pixels, lines) {
    const xs = pixels.map(p => p.x), ys = pixels.map(p => p.y);
    // Sized by the shortest side, so a label fits in its CCD whatever the CCD's angle on the sky.
    const side = Math.min(...pixels.map((p, i) => Math.hypot(p.x - pixels[(i + 1) % pixels.length].x, p.y - pixels[(i + 1) % pixels.length].y)));
    const fontSize = Math.max(3, Math.min(14, side / 4));
    const x = xs.reduce((a, b) => a + b) / xs.length, y = ys.reduce((a, b) => a + b) / ys.length;
    const text = element('text', { x: round(x), y: round(y - (lines.length - 1) * fontSize / 2), 'font-size': round(fontSize), 'text-anchor': 'middle', 'dominant-baseline': 'middle' }, parent);
    lines.forEach((line, i) => {
      element('tspan', { x: round(x), dy: i === 0 ? 0 : round(fontSize) }, text).textContent = line;
    });
  }

  /** Lines of constant RA and Dec across the view; returns their spacing in degrees. */
  drawGrid(view) {
    const grid = element('g', { class: 'grid', 'aria-hidden': 'true' }, this.svg);
    const radius = view.extent * Math.SQRT2 * 1.2;
    const decStep = niceStep(radius / 3);
    const cosDec = Math.max(0.05, Math.cos(view.centre.dec * Math.PI / 180));
    const raStep = niceStep(radius / 3 / cosDec);
    const line = points => {
      const pixels = points.map(view.toPixel).filter(p => p !== null);
      if (pixels.length > 1) {
        element('polyline', { points: pixels.map(p => `${round(p.x)},${round(p.y)}`).join(' ') }, grid);
      }
    };
    const decLow = Math.max(-90, view.centre.dec - radius), decHigh = Math.min(90, view.centre.dec + radius);
    const raHalf = Math.min(180, radius / cosDec);
    const samples = 40;
    for (let dec = Math.ceil(decLow / decStep) * decStep; dec <= decHigh; dec += decStep) {
      line(Array.from({ length: samples + 1 }, (_, i) => ({ ra: view.centre.ra - raHalf + 2 * raHalf * i / samples, dec })));
    }
    for (let ra = Math.ceil((view.centre.ra - raHalf) / raStep) * raStep; ra <= view.centre.ra + raHalf; ra += raStep) {
      line(Array.from({ length: samples + 1 }, (_, i) => ({ ra, dec: decLow + (decHigh - decLow) * i / samples })));
    }
    return decStep === raStep ? decStep : `${decStep} in Dec, ${raStep} in RA`;
  }

  drawCompass() {
    const compass = element('g', { class: 'compass', 'aria-hidden': 'true', transform: `translate(${SIZE - 40} ${SIZE - 40})` }, this.svg);
    element('polyline', { points: '-24,0 0,0 0,-24' }, compass);
    element('text', { x: 0, y: -28, 'text-anchor': 'middle' }, compass).textContent = 'N';
    element('text', { x: -30, y: 4, 'text-anchor': 'end' }, compass).textContent = 'E';
  }
}
