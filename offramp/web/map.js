// The map: an equirectangular lat/lon graticule (no country shapes ship with the package),
// approximate country centroids as grey reference labels, and one circle per event place,
// sized by the number of events and coloured by the share of conflict.

import {svg, clear} from "./dom.js";

const H = 320;

function fit(places) {
  // the box around the places, padded and widened to a sensible minimum, else the world
  if (!places.length) return {w: -180, e: 180, s: -60, n: 80};
  let w = Math.min(...places.map((p) => p.lon)), e = Math.max(...places.map((p) => p.lon));
  let s = Math.min(...places.map((p) => p.lat)), n = Math.max(...places.map((p) => p.lat));
  const padX = Math.max(8, (e - w) * 0.15), padY = Math.max(5, (n - s) * 0.15);
  w = Math.max(-180, w - padX); e = Math.min(180, e + padX);
  s = Math.max(-85, s - padY); n = Math.min(85, n + padY);
  return {w, e, s, n};
}

function conflictColor(p) {
  const share = p.n ? p.conflict / p.n : 0;
  const r = Math.round(33 + share * (203 - 33)), g = Math.round(113 - share * (113 - 24)),
    b = Math.round(181 - share * (181 - 29));
  return `rgb(${r},${g},${b})`;
}

export function drawMap(host, places, basemap, handlers) {
  clear(host);
  const W = Math.max(320, host.clientWidth || 600);
  const box = fit(places);
  // keep degrees square: grow the shorter side of the box
  const sx = W / (box.e - box.w), sy = H / (box.n - box.s), k = Math.min(sx, sy);
  const cx = (box.w + box.e) / 2, cy = (box.s + box.n) / 2;
  const X = (lon) => W / 2 + (lon - cx) * k, Y = (lat) => H / 2 - (lat - cy) * k;
  const root = svg("svg", {width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "map of event places"});
  host.appendChild(root);
  root.appendChild(svg("rect", {x: 0, y: 0, width: W, height: H, class: "sea"}));
  const spanDeg = Math.max(W, H) / k, stepDeg = spanDeg > 120 ? 30 : spanDeg > 40 ? 10 : 5;
  for (let lon = -180; lon <= 180; lon += stepDeg) {
    root.appendChild(svg("line", {x1: X(lon), x2: X(lon), y1: 0, y2: H, class: "graticule"}));
    root.appendChild(svg("text", {x: X(lon) + 2, y: H - 3, class: "grat-label"}, `${lon}°`));
  }
  for (let lat = -80; lat <= 80; lat += stepDeg) {
    root.appendChild(svg("line", {x1: 0, x2: W, y1: Y(lat), y2: Y(lat), class: "graticule"}));
    root.appendChild(svg("text", {x: 2, y: Y(lat) - 2, class: "grat-label"}, `${lat}°`));
  }
  for (const c of basemap) {
    const x = X(c.lon), y = Y(c.lat);
    if (x < 0 || x > W || y < 0 || y > H) continue;
    root.appendChild(svg("circle", {cx: x, cy: y, r: 1.5, class: "centroid"}));
    if (k > 4) root.appendChild(svg("text", {x: x + 3, y: y + 3, class: "centroid-label"}, c.iso3));
  }
  const maxN = Math.max(1, ...places.map((p) => p.n));
  for (const p of places) {
    const r = 4 + 14 * Math.sqrt(p.n / maxN);
    const g = svg("g", {class: "place", "data-name": p.name || "", tabindex: 0,
      onclick: () => handlers.onPlace && handlers.onPlace(p)},
    svg("circle", {cx: X(p.lon), cy: Y(p.lat), r, fill: conflictColor(p)}),
    svg("title", {}, `${p.name || "?"}${p.country ? " (" + p.country + ")" : ""}: ${p.n} events, ` +
      `${p.cooperation} cooperation, ${p.conflict} conflict\n${p.types.join(", ")}`));
    root.appendChild(g);
    if (p.name) root.appendChild(svg("text", {x: X(p.lon) + r + 2, y: Y(p.lat) + 4, class: "place-label"}, p.name));
  }
}
