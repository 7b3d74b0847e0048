/* frontline's web map: layers as of a snapshot, gained/lost, a region with its
   figures, ledger claims coloured by verdict, an article view with readers'
   corrections. Talks only to this server's /api. The view lives in the URL. */
"use strict";

const VERDICT_COLOURS = {
  "consistent": "#2e7d32", "overstated": "#c62828", "understated": "#ef6c00",
  "not visible": "#6a1b9a", "already on the map": "#1565c0",
  "unverifiable": "#757575",
};
const LAYER_STYLE = {
  ru_held: { color: "#b71c1c", weight: 1, fillColor: "#e53935", fillOpacity: 0.35 },
  grey: { color: "#616161", weight: 1, fillColor: "#9e9e9e", fillOpacity: 0.45 },
};
const CHANGE_STYLE = {
  gained: { color: "#8e0000", weight: 1, fillColor: "#d50000", fillOpacity: 0.75 },
  lost: { color: "#0d47a1", weight: 1, fillColor: "#2979ff", fillOpacity: 0.75 },
};
const $ = (id) => document.getElementById(id);
const cls = (v) => "v-" + String(v || "none").replace(/ /g, "-");

const state = { source: null, snapshots: [], index: 0, since: "", changes: false,
  region: "", polygon: null, doc: null };

async function api(path, options) {
  const res = await fetch(path, options);
  const body = res.headers.get("content-type")?.includes("json") ? await res.json() : await res.text();
  if (!res.ok) throw new Error(body && body.error ? body.error : res.statusText);
  return body;
}

function toast(message) {
  const t = $("toast"); t.textContent = message; t.hidden = false;
  clearTimeout(toast.timer); toast.timer = setTimeout(() => { t.hidden = true; }, 5000);
}

/* -- the URL holds the view ------------------------------------------------ */
function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  return Object.fromEntries(p.entries());
}
function writeHash() {
  const c = map.getCenter();
  const snap = state.snapshots[state.index];
  const p = new URLSearchParams();
  if (state.source) p.set("source", state.source);
  if (snap) p.set("id", snap.id);
  p.set("view", `${c.lat.toFixed(4)},${c.lng.toFixed(4)},${map.getZoom()}`);
  if (state.changes && state.since) p.set("since", state.since);
  if (state.region) p.set("region", state.region);
  if (state.doc) p.set("doc", state.doc);
  history.replaceState(null, "", "#" + p.toString());
}

/* -- map --------------------------------------------------------------------- */
const map = L.map("map", { zoomSnap: 1, preferCanvas: false }).setView([48.5, 35.5], 6);
map.attributionControl.setPrefix(false);
const basemap = L.geoJSON(null, {
  style: (f) => f.properties.kind === "land"
    ? { className: "basemap-land", color: "#8d6e63", weight: 1, fillColor: "#f3efe0", fillOpacity: 1 }
    : { className: "basemap-oblast", color: "#a1887f", weight: 0.8, fill: false, dashArray: "3 3" },
  interactive: false,
}).addTo(map);
const layerGroup = L.geoJSON(null, {
  style: (f) => ({ className: "layer-" + f.properties.layer, ...LAYER_STYLE[f.properties.layer] }),
}).addTo(map);
const changeGroup = L.geoJSON(null, {
  style: (f) => ({ className: "change-" + f.properties.type, ...CHANGE_STYLE[f.properties.type] }),
}).addTo(map);
const regionGroup = L.geoJSON(null, {
  style: { className: "region", color: "#000", weight: 2, fill: false, dashArray: "6 4" },
}).addTo(map);
const claimGroup = L.layerGroup().addTo(map);

function viewParams() {
  const b = map.getBounds();
  const clamp = (x, lo, hi) => Math.max(lo, Math.min(hi, x));
  const bbox = [clamp(b.getWest(), -180, 179.9), clamp(b.getSouth(), -90, 89.9),
    clamp(b.getEast(), -179.9, 180), clamp(b.getNorth(), -89.9, 90)].map((x) => x.toFixed(3));
  return `bbox=${bbox.join(",")}&zoom=${map.getZoom()}`;
}

let layerRequest = 0;
async function loadLayers() {
  const snap = state.snapshots[state.index];
  if (!snap) return;
  const mine = ++layerRequest;
  const data = await api(`/api/layers?source=${encodeURIComponent(state.source)}&id=${encodeURIComponent(snap.id)}&${viewParams()}`);
  if (mine !== layerRequest) return;
  layerGroup.clearLayers(); layerGroup.addData(data);
  document.body.dataset.snapshot = snap.id;
  $("when").textContent = snap.time.replace("T", " ").replace("Z", " UTC");
  $("attribution").textContent = `Control map: ${data.attribution}. Shapes simplified for display (${data.simplified_m} m); figures use the stored geometry. Boundaries: geoBoundaries, © OpenStreetMap contributors (ODbL). Places: GeoNames (CC BY 4.0).`;
  changeGroup.clearLayers();
  if (state.changes && state.since) {
    try {
      const ch = await api(`/api/changes?source=${encodeURIComponent(state.source)}&from=${state.since}&to=${encodeURIComponent(snap.time)}&${viewParams()}`);
      if (mine === layerRequest) changeGroup.addData(ch);
    } catch (e) { toast(e.message); }
  }
  writeHash();
}

async function loadSnapshots(wantedId) {
  const data = await api(`/api/snapshots?source=${encodeURIComponent(state.source)}`);
  state.snapshots = data.snapshots;
  const slider = $("slider");
  slider.max = Math.max(0, state.snapshots.length - 1);
  const found = state.snapshots.findIndex((s) => s.id === wantedId);
  state.index = found >= 0 ? found : state.snapshots.length - 1;
  slider.value = state.index;
  await loadLayers();
}

/* -- region and figures ------------------------------------------------------ */
const fmt = (x) => (x === null || x === undefined ? "—" : Number(x).toLocaleString("en", { maximumFractionDigits: 1 }));
async function measureRegion() {
  const snap = state.snapshots[state.index];
  if (!snap || (!state.region && !state.polygon)) return;
  const from = state.since || state.snapshots[0].time;
  const q = new URLSearchParams({ source: state.source, from, to: snap.time });
  if (state.polygon) q.set("polygon", JSON.stringify(state.polygon)); else q.set("region", state.region);
  try {
    const m = await api(`/api/measure?${q}`);
    regionGroup.clearLayers();
    if (m.region.geometry) regionGroup.addData(m.region.geometry);
    $("figures").innerHTML = `<table>
      <tr><td colspan="2"><b>${escapeHtml(m.region.description)}</b> (${fmt(m.region.area_km2)} km²)</td></tr>
      <tr><td>Russian-held ${m.from.snapshot_time}</td><td>${fmt(m.ru_held_km2.from)} km²</td></tr>
      <tr><td>Russian-held ${m.to.snapshot_time}</td><td>${fmt(m.ru_held_km2.to)} km²</td></tr>
      <tr><td>gained by Russia</td><td>${fmt(m.ru_gained_km2)} km²</td></tr>
      <tr><td>lost by Russia</td><td>${fmt(m.ru_lost_km2)} km²</td></tr>
      <tr><td>net</td><td>${fmt(m.net_ru_km2)} km²</td></tr>
      <tr><td>grey zone (end)</td><td>${fmt(m.grey_km2.to)} km²</td></tr></table>
      <p class="hint">${escapeHtml(m.attribution)}${m.notes.length ? "<br>" + m.notes.map(escapeHtml).join("<br>") : ""}</p>`;
  } catch (e) { $("figures").textContent = e.message; }
  writeHash();
}

let drawing = null;
$("draw").addEventListener("click", () => {
  drawing = { points: [], line: L.polyline([], { color: "#000", dashArray: "4 4" }).addTo(map) };
  toast("Click the corners; double-click to finish.");
  map.doubleClickZoom.disable();
});
map.on("click", (e) => {
  if (!drawing) return;
  drawing.points.push([e.latlng.lng, e.latlng.lat]);
  drawing.line.setLatLngs(drawing.points.map(([x, y]) => [y, x]));
});
map.on("dblclick", () => {
  if (!drawing) return;
  const pts = drawing.points;
  map.removeLayer(drawing.line); drawing = null; map.doubleClickZoom.enable();
  if (pts.length < 3) { toast("A polygon needs three corners."); return; }
  state.polygon = { type: "Polygon", coordinates: [[...pts, pts[0]]] };
  state.region = ""; $("region").value = "(drawn polygon)";
  measureRegion();
});
$("region-form").addEventListener("submit", (e) => {
  e.preventDefault();
  state.region = $("region").value.trim(); state.polygon = null;
  measureRegion();
});

/* -- claims ------------------------------------------------------------------ */
function mainVerdict(claim) {
  const vs = claim.verdicts || {};
  const v = vs[state.source] || Object.values(vs)[0];
  return v ? v.verdict : null;
}
async function loadClaims() {
  const data = await api("/api/claims");
  claimGroup.clearLayers();
  const list = $("claims"); list.innerHTML = "";
  $("legend").innerHTML = data.verdicts.map((v) => `<span class="badge ${cls(v)}">${v}</span>`).join(" ");
  // unverifiable claims first, so a verdict drawn at the same place stays on top
  const order = (c) => (["unverifiable", null].includes(mainVerdict(c)) ? 0 : 1);
  for (const c of [...data.claims].sort((a, b) => order(a) - order(b))) {
    const v = mainVerdict(c);
    const li = document.createElement("li");
    li.innerHTML = `<span class="badge ${cls(v)}">${escapeHtml(v || "no verdict")}</span> ${escapeHtml(c.quote.slice(0, 140))}`;
    li.addEventListener("click", () => openArticle(c.doc_id));
    list.appendChild(li);
    if (!c.point) continue;
    const marker = L.circleMarker([c.point.lat, c.point.lon], {
      radius: 8, color: "#fff", weight: 2, fillColor: VERDICT_COLOURS[v] || "#757575",
      fillOpacity: 1, className: `claim-marker ${cls(v)}`,
    }).addTo(claimGroup);
    marker.bindPopup(`<b>${escapeHtml(v || "no verdict")}</b> — ${escapeHtml(c.quote)}<br>
      <small>${escapeHtml(c.claimant || "unattributed")}, ${escapeHtml(c.period_end || c.published || "")}</small><br>
      <a href="#" class="open-article" data-doc="${escapeHtml(c.doc_id)}">Open the article</a>`);
  }
}
map.on("popupopen", (e) => {
  const link = e.popup.getElement().querySelector(".open-article");
  if (link) link.addEventListener("click", (ev) => { ev.preventDefault(); openArticle(link.dataset.doc); });
});

/* -- article view and corrections ------------------------------------------- */
function escapeHtml(s) {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}
async function openArticle(docId) {
  const d = await api(`/api/documents/${encodeURIComponent(docId)}`);
  state.doc = docId;
  $("article-title").textContent = d.document.title || d.document.doc_id;
  const box = $("article-text"); box.textContent = "";
  const text = d.text || "";
  if (!d.text) box.textContent = d.text_note;
  const spans = d.claims.filter((c) => Number.isInteger(c.char_start) && c.char_end <= text.length)
    .sort((a, b) => a.char_start - b.char_start);
  let at = 0;
  for (const c of spans) {
    if (c.char_start < at) continue;
    box.appendChild(document.createTextNode(text.slice(at, c.char_start)));
    const mark = document.createElement("mark");
    const v = Object.values(c.verdicts)[0];
    mark.className = cls(v && v.verdict);
    mark.dataset.claim = c.index;
    mark.title = Object.values(c.verdicts).map((x) => `${x.source}: ${x.verdict} — ${x.reason}`).join("\n");
    mark.textContent = text.slice(c.char_start, c.char_end);
    box.appendChild(mark);
    at = c.char_end;
  }
  box.appendChild(document.createTextNode(text.slice(at)));
  $("article-claims").innerHTML = d.claims.map((c) => `<p><b>#${c.index}</b> ${escapeHtml(c.quote)}<br>` +
    Object.values(c.verdicts).map((x) => `<span class="badge ${cls(x.verdict)}">${escapeHtml(x.source)}: ${escapeHtml(x.verdict)}</span> ${escapeHtml(x.reason)}`).join("<br>") + "</p>").join("");
  for (const id of ["region-panel", "claims-panel"]) $(id).hidden = true;
  $("article").hidden = false;
  writeHash();
}
$("close-article").addEventListener("click", () => {
  $("article").hidden = true; state.doc = null;
  for (const id of ["region-panel", "claims-panel"]) $(id).hidden = false;
  writeHash();
});

function selectionOffsets() {
  const sel = window.getSelection();
  const box = $("article-text");
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(box);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const text = range.toString();
  return { char_start: start, char_end: start + text.length, selected_text: text };
}
let pending = null;
document.addEventListener("keydown", (e) => {
  if (!(e.ctrlKey || e.metaKey) || e.key !== "Enter" || $("article").hidden) return;
  const picked = selectionOffsets();
  if (!picked) { toast("Select some text of the article first."); return; }
  pending = picked;
  $("correction-quote").textContent = picked.selected_text;
  $("correction-comment").value = "";
  $("correction").showModal();
  e.preventDefault();
});
$("correction-cancel").addEventListener("click", () => $("correction").close());
$("correction-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const body = { doc_id: state.doc, ...pending, comment: $("correction-comment").value };
  try {
    const saved = await api("/api/corrections", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
    });
    $("correction").close();
    toast(`Thank you: correction #${saved.id} stored for review.`);
  } catch (err) { toast(err.message); }
});

/* -- controls and start -------------------------------------------------------- */
$("slider").addEventListener("input", () => {
  state.index = Number($("slider").value);
  loadLayers().then(() => { if (state.region || state.polygon) measureRegion(); }).catch((e) => toast(e.message));
});
$("source").addEventListener("change", () => {
  state.source = $("source").value;
  loadSnapshots().catch((e) => toast(e.message));
});
$("show-changes").addEventListener("change", () => {
  state.changes = $("show-changes").checked;
  loadLayers().catch((e) => toast(e.message));
});
$("since").addEventListener("change", () => {
  state.since = $("since").value;
  if (state.since) { state.changes = true; $("show-changes").checked = true; }
  loadLayers().catch((e) => toast(e.message));
});
map.on("moveend", () => { loadLayers().catch((e) => toast(e.message)); });

async function start() {
  const hash = readHash();
  if (hash.view) {
    const [lat, lon, z] = hash.view.split(",").map(Number);
    if ([lat, lon, z].every(Number.isFinite)) map.setView([lat, lon], z, { animate: false });
  }
  const config = await api("/api/config");
  if (config.tile_url) {
    L.tileLayer(config.tile_url, { attribution: config.tile_attribution, maxZoom: 18 }).addTo(map);
  } else {
    api("/api/basemap").then((b) => { basemap.addData(b); basemap.bringToBack(); }).catch((e) => toast(e.message));
  }
  const sources = await api("/api/sources");
  $("source").innerHTML = sources.map((s) => `<option>${escapeHtml(s.source)}</option>`).join("");
  if (!sources.length) { toast("No snapshots stored yet: import or sync from the CLI."); return; }
  state.source = sources.some((s) => s.source === hash.source) ? hash.source : sources[0].source;
  $("source").value = state.source;
  if (hash.since) { state.since = hash.since; state.changes = true; $("since").value = hash.since; $("show-changes").checked = true; }
  await loadSnapshots(hash.id);
  await loadClaims();
  if (hash.region) { state.region = hash.region; $("region").value = hash.region; await measureRegion(); }
  if (hash.doc) await openArticle(hash.doc);
  document.body.dataset.ready = "1";
}
start().catch((e) => toast(e.message));
