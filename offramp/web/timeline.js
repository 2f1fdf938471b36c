// The timeline: one column per day, cooperation stacked up and conflict stacked down by quad
// class, the 7-day mean intensity as a line, escalation alerts as red triangles on top and
// planned or hypothetical events as hollow circles (they are not counted in the bars).

import {svg, clear, QUAD} from "./dom.js";

const H = 300, M = {left: 44, right: 44, top: 58, bottom: 28};

function dayLabel(iso, span) {
  return span > 300 ? iso.slice(0, 7) : iso.slice(5);
}

export function drawTimeline(host, series, planned, handlers) {
  clear(host);
  const days = series.days;
  const W = Math.max(480, host.clientWidth || 900);
  const root = svg("svg", {width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img",
    "aria-label": `timeline ${series.dyad.join("-")}`});
  host.appendChild(root);
  if (!days.length) return;
  const plotW = W - M.left - M.right, plotH = H - M.top - M.bottom, mid = M.top + plotH / 2;
  const step = plotW / days.length, bw = Math.max(1, step - (step > 4 ? 1 : 0));
  const index = new Map(days.map((d, i) => [d.date, i]));
  const xOf = (i) => M.left + i * step;
  const maxN = Math.max(1, ...days.map((d) => Math.max(d.cooperation, d.conflict)));
  const yCount = (n) => (n / maxN) * (plotH / 2);
  const yInt = (v) => mid - (v / 10) * (plotH / 2);

  // axes: zero line, count scale on the left, intensity scale on the right
  root.appendChild(svg("line", {x1: M.left, x2: W - M.right, y1: mid, y2: mid, class: "axis"}));
  for (const [n, y] of [[maxN, M.top], [0, mid], [maxN, M.top + plotH]]) {
    root.appendChild(svg("text", {x: M.left - 6, y: y + 4, class: "tick", "text-anchor": "end"}, String(n)));
  }
  for (const v of [10, 0, -10]) {
    root.appendChild(svg("text", {x: W - M.right + 6, y: yInt(v) + 4, class: "tick"}, (v > 0 ? "+" : "") + v));
  }
  const nTicks = Math.min(days.length, Math.max(2, Math.floor(plotW / 90)));
  for (let k = 0; k < nTicks; k++) {
    const i = Math.round((k * (days.length - 1)) / Math.max(1, nTicks - 1));
    root.appendChild(svg("text", {x: xOf(i) + bw / 2, y: H - 8, class: "tick", "text-anchor": "middle"},
      dayLabel(days[i].date, days.length)));
  }

  // one group per day with events, carrying its date and types for tooltips and tests
  for (const [i, d] of days.entries()) {
    const other = Object.entries(d.by_modality).filter(([m]) => m !== "actual");
    if (!d.n && !other.length) continue;
    const types = Object.keys(d.by_type).sort();
    const g = svg("g", {class: "day" + (d.alert ? " alerting" : ""), "data-date": d.date,
      "data-types": types.join(" "), tabindex: 0,
      onclick: () => handlers.onDay && handlers.onDay(d.date)});
    const tip = [`${d.date}: ${d.cooperation} cooperation, ${d.conflict} conflict`,
      types.map((t) => `${t} ${d.by_type[t]}`).join(", "),
      other.length ? "not counted: " + other.map(([m, k]) => `${m} ${k}`).join(", ") : "",
      d.intensity7 !== null ? `7-day intensity ${d.intensity7}` : ""].filter(Boolean).join("\n");
    g.appendChild(svg("title", {}, tip));
    g.appendChild(svg("rect", {x: xOf(i), y: M.top, width: step, height: plotH, class: "hit"}));
    let up = 0, down = 0;
    for (const q of ["1", "2", "3", "4"]) {
      const n = d.quad[q];
      if (!n) continue;
      const h = yCount(n);
      const y = q <= "2" ? mid - up - h : mid + down;
      if (q <= "2") up += h; else down += h;
      g.appendChild(svg("rect", {x: xOf(i), y, width: bw, height: h, fill: QUAD[q].color, class: `bar q${q}`}));
    }
    root.appendChild(g);
  }

  // 7-day intensity line, broken where there is no data
  let path = "", pen = false;
  for (const [i, d] of days.entries()) {
    if (d.intensity7 === null) { pen = false; continue; }
    path += `${pen ? "L" : "M"}${(xOf(i) + bw / 2).toFixed(1)},${yInt(d.intensity7).toFixed(1)}`;
    pen = true;
  }
  if (path) root.appendChild(svg("path", {d: path, class: "intensity"}));

  for (const [i, d] of days.entries()) {
    if (!d.signal) continue;
    const x = xOf(i) + bw / 2, alert = d.signal === "escalation";
    const shape = alert ? `M${x - 5},8 L${x + 5},8 L${x},17 Z` : `M${x - 5},17 L${x + 5},17 L${x},8 Z`;
    root.appendChild(svg("path", {d: shape, class: alert ? "alert-marker" : "calm-marker", "data-date": d.date},
      svg("title", {}, `${d.date}: ${d.signal} (7-day intensity ${d.intensity7}, conflict share ${d.conflict_share7})`)));
  }

  const stack = new Map();
  for (const e of planned) {
    const i = index.get(e.date);
    if (i === undefined) continue;
    const k = stack.get(i) || 0;
    stack.set(i, k + 1);
    if (k > 2) continue;  // three markers per day say "several"; the table has the rest
    const place = e.location ? e.location.name : "";
    const c = svg("circle", {cx: xOf(i) + bw / 2, cy: 28 + k * 9, r: 4, class: `planned ${e.modality}`,
      "data-event-id": e.event_id, "data-type": e.type, "data-date": e.date, "data-location": place || "",
      tabindex: 0, onclick: () => handlers.onEvent && handlers.onEvent(e)});
    c.appendChild(svg("title", {}, `${e.date} ${e.type} ${e.source_countries.join("/")}→${e.target_countries.join("/")} ` +
      `(${e.modality})${place ? " at " + place : ""}`));
    root.appendChild(c);
  }
}
