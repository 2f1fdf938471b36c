// The API reference drawn from /openapi.json: FastAPI's Swagger UI would fetch its scripts
// from a CDN, which an offline machine cannot reach.

import {el, clear, getJSON} from "./dom.js";

function schemaText(s) {
  if (!s) return "";
  if (s.anyOf) return s.anyOf.map(schemaText).filter((t) => t !== "null").join(" | ");
  if (s.type === "array") return `list of ${schemaText(s.items)}`;
  const bounds = [s.minimum !== undefined ? `≥ ${s.minimum}` : "", s.maximum !== undefined ? `≤ ${s.maximum}` : "",
    s.maxLength !== undefined ? `max length ${s.maxLength}` : "", s.pattern ? `pattern ${s.pattern}` : ""].filter(Boolean);
  return (s.type || "") + (bounds.length ? ` (${bounds.join(", ")})` : "");
}

async function main() {
  const host = document.getElementById("api");
  const spec = await getJSON("/openapi.json");
  clear(host);
  host.appendChild(el("p", {}, spec.info.description || ""));
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters || []).map((p) => el("tr", {},
        el("td", {}, el("code", {}, p.name)), el("td", {}, p.in), el("td", {}, schemaText(p.schema)),
        el("td", {}, p.schema && p.schema.default !== undefined ? JSON.stringify(p.schema.default) : ""),
        el("td", {}, p.description || (p.schema && p.schema.description) || "")));
      host.appendChild(el("section", {class: "endpoint", id: op.operationId || path},
        el("h2", {}, el("code", {}, `${method.toUpperCase()} ${path}`)),
        el("p", {class: "doc"}, op.description || op.summary || ""),
        params.length ? el("table", {class: "events"},
          el("thead", {}, el("tr", {}, ...["parameter", "in", "type", "default", "meaning"].map((h) => el("th", {}, h)))),
          el("tbody", {}, params)) : null,
        op.requestBody ? el("p", {class: "muted"}, "JSON body: ",
          el("code", {}, JSON.stringify(op.requestBody.content["application/json"].schema.properties || {}))) : null));
    }
  }
}

main().catch((err) => { document.getElementById("api").textContent = String(err); });
