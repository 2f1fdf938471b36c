// Dashboard wiring: controls -> state -> API calls -> panels. The server filters and pages;
// the browser only ever holds one page of events, one series and the busiest places.

import {el, clear, getJSON, qs} from "./dom.js";
import {drawTimeline} from "./timeline.js";
import {drawMap} from "./map.js";
import {drawEvents, drawQuotes, drawActivities, drawDocument} from "./panels.js";

const PAGE = 50, MAX_SERIES_DAYS = 3650;
const $ = (id) => document.getElementById(id);
const state = {dyad: null, from: "", to: "", modality: "", q: "", day: null, place: null,
  offset: 0, qOffset: 0, basemap: [], series: null, planned: []};

// Each panel keeps only the answer to its latest request: a slow earlier reply (the user
// changed the dyad meanwhile) must not draw over, or next to, the newer one.
const seq = {};
function ticket(key) {
  const t = (seq[key] = (seq[key] || 0) + 1);
  return () => seq[key] === t;
}

function fail(host, err) {
  clear(host).appendChild(el("p", {class: "error"}, String(err.message || err)));
}

function range() {
  return {from: state.day || state.from, to: state.day || state.to};
}

function dyadParam() {
  return state.dyad ? state.dyad.join(",") : "";
}

function daysBetween(a, b) {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86400000);
}

function writeHash() {
  const h = qs({dyad: dyadParam(), from: state.from, to: state.to});
  history.replaceState(null, "", h ? "#" + h : location.pathname);
}

function base(d, k) {
  const n = d[`${k}_n`];
  return n ? `intensity ${d[`${k}_intensity`]}, conflict share ${d[`${k}_conflict_share`]} over ${n} event(s)` : "no events";
}

async function loadTimeline() {
  const host = $("timeline"), sig = $("signal"), fresh = ticket("timeline");
  clear(sig);
  if (!state.dyad) {
    state.series = null;
    clear(host).appendChild(el("p", {class: "muted"}, "Pick a dyad to see its timeline."));
    return;
  }
  let from = state.from, note = null;
  if (from && state.to && daysBetween(from, state.to) > MAX_SERIES_DAYS) {
    from = new Date(Date.parse(state.to) - MAX_SERIES_DAYS * 86400000).toISOString().slice(0, 10);
    note = el("p", {class: "muted"}, `Timeline limited to the last ${MAX_SERIES_DAYS} days.`);
  }
  const [a, b] = state.dyad;
  try {
    const [series, planned] = await Promise.all([
      getJSON(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series?` + qs({from, to: state.to})),
      getJSON("/api/events?" + qs({dyad: dyadParam(), modality: ["future", "hypothetical"], from, to: state.to, limit: 500, order: "asc"})),
    ]);
    if (!fresh()) return;
    clear(sig);
    if (note) sig.appendChild(note);
    state.series = series;
    state.planned = planned.items;
    drawTimeline(host, series, planned.items, {
      onDay: (d) => { state.day = d; state.place = null; state.offset = 0; loadEvents(); },
      onEvent: (e) => openDocument(e.doc_id, e.event_id),
    });
    const last = [...series.days].reverse().find((d) => d.signal);
    sig.appendChild(el("p", {class: "signal " + (last ? last.signal : "none")},
      last ? `Latest signal: ${last.signal} on ${last.date} — 7-day mean intensity ${last.intensity7}, ` +
        `conflict share ${last.conflict_share7}; baselines: 4-week ${base(last, "base4")}, ` +
        `52-week ${base(last, "base52")}. ${series.alerts.length} alert day(s) in range.`
        : `No escalation or de-escalation signal in range.`));
    sig.appendChild(el("details", {}, el("summary", {}, "alert rule"), el("p", {}, series.rule.text)));
  } catch (err) { if (fresh()) fail(host, err); }
}

async function loadMap() {
  const host = $("map"), fresh = ticket("map");
  try {
    const {items} = await getJSON("/api/places?" + qs({dyad: dyadParam(), from: state.from, to: state.to}));
    if (!fresh()) return;
    drawMap(host, items, state.basemap, {
      onPlace: (p) => { state.place = p.name; state.day = null; state.offset = 0; loadEvents(); },
    });
    $("map-note").textContent = items.length ? `${items.length} place(s)` : "No located events.";
  } catch (err) { if (fresh()) fail(host, err); }
}

async function loadEvents() {
  const host = $("events"), r = range(), fresh = ticket("events");
  const filt = $("active-filter");
  clear(filt);
  if (state.day || state.place) {
    filt.appendChild(el("span", {class: "badge filter"}, state.day ? `day ${state.day}` : `place ${state.place}`));
    filt.appendChild(el("button", {type: "button", id: "clear-filter",
      onclick: () => { state.day = null; state.place = null; state.offset = 0; loadEvents(); }}, "clear"));
  }
  try {
    const page = await getJSON("/api/events?" + qs({dyad: dyadParam(), from: r.from, to: r.to,
      modality: state.modality, q: state.q, place: state.place, limit: PAGE, offset: state.offset}));
    if (!fresh()) return;
    drawEvents(host, page, {onEvent: (e) => openDocument(e.doc_id, e.event_id)});
    const end = Math.min(page.total, page.offset + page.items.length);
    $("events-count").textContent = page.total ? `${page.offset + 1}–${end} of ${page.total}` : "0 events";
    $("prev").disabled = page.offset === 0;
    $("next").disabled = end >= page.total;
  } catch (err) { if (fresh()) fail(host, err); }
}

async function loadQuotes() {
  const host = $("quotes"), fresh = ticket("quotes");
  try {
    const page = await getJSON("/api/quotes?" + qs({country: state.dyad || [], from: state.from, to: state.to,
      limit: 20, offset: state.qOffset}));
    if (!fresh()) return;
    drawQuotes(host, page, {onDoc: openDocument});
    $("quotes-count").textContent = `${page.total} quote(s)`;
  } catch (err) { if (fresh()) fail(host, err); }
}

async function loadActivities() {
  const host = $("activities"), fresh = ticket("activities");
  try {
    const page = await getJSON("/api/activities?" + qs({from: state.from, to: state.to, limit: 20}));
    if (!fresh()) return;
    drawActivities(host, page, {onDoc: openDocument});
  } catch (err) { if (fresh()) fail(host, err); }
}

async function openDocument(docId, eventId) {
  const host = $("document"), fresh = ticket("document");
  try {
    const doc = await getJSON("/api/documents/" + encodeURIComponent(docId));
    if (!fresh()) return;
    drawDocument(host, doc, eventId, {onDoc: openDocument});
    $("document-panel").scrollIntoView({block: "start"});
    const cur = host.querySelector("mark.current");
    if (cur) cur.scrollIntoView({block: "center"});
  } catch (err) { if (fresh()) fail(host, err); }
}

function refresh() {
  state.offset = 0; state.qOffset = 0; state.day = null; state.place = null;
  writeHash();
  loadTimeline(); loadMap(); loadEvents(); loadQuotes(); loadActivities();
}

function readControls() {
  const v = $("dyad").value;
  state.dyad = v ? v.split(",") : null;
  state.from = $("from").value;
  state.to = $("to").value;
}

async function start() {
  const hash = new URLSearchParams(location.hash.slice(1));
  try {
    const [summary, dyads, basemap] = await Promise.all([
      getJSON("/api/summary"), getJSON("/api/dyads?limit=200"), getJSON("/api/basemap")]);
    state.basemap = basemap.items;
    $("status").textContent = `${summary.documents} documents, ${summary.events} events ` +
      `(${summary.first_date || "?"} to ${summary.last_date || "?"}), ${summary.quotes} quotes, ${summary.activities} findings`;
    const pick = $("dyad");
    pick.appendChild(el("option", {value: ""}, "all events (no dyad)"));
    for (const d of dyads.items) {
      pick.appendChild(el("option", {value: `${d.a},${d.b}`}, `${d.a} – ${d.b} (${d.n} actual, ${d.n_other} other)`));
    }
    const wanted = hash.get("dyad");
    const norm = wanted ? wanted.toUpperCase().split(",").sort().join(",") : null;
    pick.value = norm && [...pick.options].some((o) => o.value === norm) ? norm
      : (dyads.items.length ? `${dyads.items[0].a},${dyads.items[0].b}` : "");
    $("from").value = hash.get("from") || summary.first_date || "";
    $("to").value = hash.get("to") || summary.last_date || "";
  } catch (err) {
    $("status").textContent = "Cannot reach the API: " + err.message;
    return;
  }
  readControls();
  for (const id of ["dyad", "from", "to"]) $(id).addEventListener("change", () => { readControls(); refresh(); });
  $("controls").addEventListener("submit", (ev) => { ev.preventDefault(); readControls(); refresh(); });
  $("modality").addEventListener("change", () => { state.modality = $("modality").value; state.offset = 0; loadEvents(); });
  $("search").addEventListener("submit", (ev) => { ev.preventDefault(); state.q = $("q").value; state.offset = 0; loadEvents(); });
  $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); loadEvents(); });
  $("next").addEventListener("click", () => { state.offset += PAGE; loadEvents(); });
  window.addEventListener("resize", () => {
    if (state.series) drawTimeline($("timeline"), state.series, state.planned, {
      onDay: (d) => { state.day = d; state.offset = 0; loadEvents(); },
      onEvent: (e) => openDocument(e.doc_id, e.event_id)});
  });
  refresh();
  document.body.dataset.ready = "1";
}

start();
