// Small DOM helpers. Article text only ever becomes a text node (never innerHTML), so markup
// inside an article shows as characters and cannot run.

const SVG_NS = "http://www.w3.org/2000/svg";

function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === "string" || typeof c === "number"
      ? document.createTextNode(String(c)) : c);
  }
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.setAttribute("class", v);
    else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  return node;
}

// el("td", {class: "x"}, "text", child, ...): an HTML element; strings become text nodes
export function el(tag, attrs, ...children) {
  return append(setAttrs(document.createElement(tag), attrs), children);
}

// svg("circle", {cx: 1}) with the same rules, in the SVG namespace
export function svg(tag, attrs, ...children) {
  return append(setAttrs(document.createElementNS(SVG_NS, tag), attrs), children);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export async function getJSON(url) {
  const r = await fetch(url, {headers: {Accept: "application/json"}});
  const body = await r.json().catch(() => ({}));
  if (!r.ok) {
    const d = body.detail;
    const msg = typeof d === "string" ? d : JSON.stringify(d || r.statusText);
    throw new Error(`${r.status}: ${msg}`);
  }
  return body;
}

// query string from an object, skipping empty values; arrays become comma lists
export function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === "" || (Array.isArray(v) && !v.length)) continue;
    u.set(k, Array.isArray(v) ? v.join(",") : String(v));
  }
  return u.toString();
}

export const QUAD = {
  1: {name: "verbal cooperation", color: "#6baed6"},
  2: {name: "material cooperation", color: "#2171b5"},
  3: {name: "verbal conflict", color: "#fd8d3c"},
  4: {name: "material conflict", color: "#cb181d"},
};

export function actorLabel(a) {
  if (!a) return "";
  const who = a.name || a.role || a.text || "";
  return a.country ? `${who} (${a.country})` : who;
}
