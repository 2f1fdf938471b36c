// The event table, quotes, Vienna Document findings and the document view. Every piece of
// article text goes in through el()/text nodes, so it displays as text.

import {el, clear, QUAD, actorLabel} from "./dom.js";

function sideLabel(actors, codes) {
  const names = (actors || []).map(actorLabel).filter(Boolean);
  return names.length ? names.join(", ") : (codes || []).filter(Boolean).join(", ");
}

function attribution(e) {
  const a = e.attributed_to;
  if (!a) return el("span", {class: "muted"}, "—");
  return el("span", {class: "attribution"},
    e.attributed_anonymous || a.anonymous ? el("span", {class: "badge anon", title: "unnamed source"}, "anonymous") : null,
    " ", actorLabel(a));
}

// evidence sentence with the trigger word in bold, both as text nodes
export function evidenceNode(e) {
  const text = e.evidence || "", trig = e.trigger || "";
  const i = trig ? text.indexOf(trig) : -1;
  if (i < 0) return el("span", {class: "evidence-text"}, text);
  return el("span", {class: "evidence-text"}, text.slice(0, i), el("b", {}, trig), text.slice(i + trig.length));
}

export function drawEvents(host, page, handlers) {
  clear(host);
  if (!page.items.length) {
    host.appendChild(el("p", {class: "muted"}, "No events match."));
    return;
  }
  const rows = page.items.map((e) => el("tr", {
    class: "event-row", "data-event-id": e.event_id, "data-type": e.type,
    "data-location": e.location ? e.location.name || "" : "", tabindex: 0,
    onclick: () => handlers.onEvent(e),
    onkeydown: (ev) => { if (ev.key === "Enter") handlers.onEvent(e); },
  },
  el("td", {class: "nowrap"}, e.date || "?"),
  el("td", {}, el("span", {class: "type", "data-quad": e.quad_class || ""}, e.type),
    e.intensity !== null ? el("span", {class: "muted small"}, ` ${e.intensity > 0 ? "+" : ""}${e.intensity}`) : null),
  el("td", {}, sideLabel(e.source, e.source_countries), el("span", {class: "arrow"}, " → "), sideLabel(e.target, e.target_countries)),
  el("td", {}, el("span", {class: `badge modality ${e.modality}`}, e.modality)),
  el("td", {}, e.location ? e.location.name || "" : ""),
  el("td", {}, attribution(e)),
  el("td", {class: "evidence-cell"}, evidenceNode(e))));
  host.appendChild(el("table", {class: "events"},
    el("thead", {}, el("tr", {}, ...["date", "type", "who → whom", "modality", "place", "according to", "evidence"].map((h) => el("th", {}, h)))),
    el("tbody", {}, rows)));
}

export function drawQuotes(host, page, handlers) {
  clear(host);
  if (!page.items.length) {
    host.appendChild(el("p", {class: "muted"}, "No quotes in this range."));
    return;
  }
  host.appendChild(el("ul", {class: "quotes"}, page.items.map((q) => el("li", {class: "quote"},
    el("blockquote", {}, q.text),
    el("div", {class: "speaker"}, "— ", q.anonymous ? el("span", {class: "badge anon"}, "anonymous") : null, " ",
      actorLabel(q.speaker) || "unknown speaker", " · ",
      el("a", {href: "#", onclick: (ev) => { ev.preventDefault(); handlers.onDoc(q.doc_id, null); }},
        q.doc_title || q.doc_id), q.doc_date ? ` (${q.doc_date})` : "")))));
}

// a JSON record as nested definition lists: keys and values all as text
function recordNode(v) {
  if (v === null || v === undefined) return el("span", {class: "muted"}, "—");
  if (Array.isArray(v)) return el("ul", {class: "rec-list"}, v.map((x) => el("li", {}, recordNode(x))));
  if (typeof v === "object") {
    return el("dl", {class: "record"}, Object.entries(v).flatMap(([k, x]) =>
      [el("dt", {}, k.replace(/_/g, " ")), el("dd", {}, recordNode(x))]));
  }
  return el("span", {}, String(v));
}

// words for a status badge's class: letters and dashes only, whatever the record says
const cssWord = (v) => String(v || "").toLowerCase().replace(/[^a-z-]/g, "");

function findingsTable(findings) {
  return el("table", {class: "events findings"},
    el("thead", {}, el("tr", {}, ...["rule", "paragraph", "status", "why", "claimed by"].map((h) => el("th", {}, h)))),
    el("tbody", {}, findings.map((f) => el("tr", {},
      el("td", {}, String(f.rule ?? "")), el("td", {class: "nowrap"}, String(f.paragraph ?? "")),
      el("td", {}, el("span", {class: `badge status-${cssWord(f.status)}`}, String(f.status ?? ""))),
      el("td", {}, String(f.why ?? "")),
      el("td", {}, f.claimed_by === null || f.claimed_by === undefined ? "" : recordNode(f.claimed_by))))));
}

export function drawActivities(host, page, handlers) {
  clear(host);
  if (!page.items.length) {
    host.appendChild(el("p", {class: "muted"}, "No Vienna Document findings in this range."));
    return;
  }
  for (const a of page.items) {
    const rec = a.record && typeof a.record === "object" ? a.record : {value: a.record};
    const findings = Array.isArray(rec.findings) ? rec.findings.filter((f) => f && typeof f === "object") : null;
    const what = [rec.actor, rec.host ? `in ${rec.host}` : null, rec.kind, rec.name,
      rec.notification_status ? `notification: ${typeof rec.notification_status === "string" ? rec.notification_status : "disputed"}` : null]
      .filter((x) => typeof x === "string" && x);
    host.appendChild(el("div", {class: "activity"},
      el("div", {class: "activity-head"},
        el("a", {href: "#", onclick: (ev) => { ev.preventDefault(); handlers.onDoc(a.doc_id, null); }},
          a.doc_title || a.doc_id), a.doc_date ? ` (${a.doc_date})` : "",
        what.length ? el("div", {class: "activity-what"}, what.join(" · ")) : null),
      findings && findings.length ? findingsTable(findings) : null,
      // the whole record stays one click away; open when there is no findings table to show
      el("details", {open: findings && findings.length ? null : "open"},
        el("summary", {}, "full record"), recordNode(rec))));
  }
}

// cut the text at every span boundary; each piece knows the spans covering it
function segments(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const pts = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < pts.length; i++) {
    const lo = pts[i], hi = pts[i + 1];
    out.push({lo, hi, cover: spans.filter((s) => s.start <= lo && hi <= s.end)});
  }
  return out;
}

export function drawDocument(host, doc, currentId, handlers) {
  clear(host);
  const text = doc.text || "";
  const body = el("div", {class: "doc-text"});
  for (const seg of segments(text, doc.spans)) {
    let node = document.createTextNode(text.slice(seg.lo, seg.hi));
    for (const s of seg.cover.sort((a, b) => (a.end - a.start) - (b.end - b.start))) {
      const current = currentId && s.event_ids.includes(currentId);
      node = el("mark", {class: `${s.kind}${current ? " current" : ""}`, "data-events": s.event_ids.join(" ")}, node);
    }
    body.appendChild(node);
  }
  const chips = doc.events.map((e) => el("button", {
    class: "chip" + (e.event_id === currentId ? " current" : ""), type: "button", "data-quad": e.quad_class || "",
    title: e.evidence || "", onclick: () => handlers.onDoc(doc.id, e.event_id)},
  `${e.type} ${e.source_countries.join("/")}→${e.target_countries.filter(Boolean).join("/")}`,
  e.modality !== "actual" ? ` (${e.modality})` : ""));
  host.appendChild(el("div", {class: "doc-head"},
    el("h3", {class: "doc-title"}, doc.title || doc.id),
    el("div", {class: "muted"}, [doc.date, doc.byline, doc.source].filter(Boolean).join(" · ")),
    el("div", {class: "legend"}, el("mark", {class: "evidence"}, "evidence"), " ",
      el("mark", {class: "trigger"}, "trigger"), " ", el("mark", {class: "quote"}, "quote"), " ",
      el("mark", {class: "evidence current"}, "selected event")),
    el("div", {class: "chips"}, chips)));
  host.appendChild(body);
  const cur = body.querySelector("mark.current");
  if (cur) cur.scrollIntoView({block: "center"});
}

export {QUAD};
