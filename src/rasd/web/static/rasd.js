// rasd web UI behaviour. Plain JS, no dependencies; every page works without it.
"use strict";

function onReady(fn) {
  if (document.readyState !== "loading") fn();
  else document.addEventListener("DOMContentLoaded", fn);
}

// Filter forms: changing a <select class="autosubmit"> applies it at once.
function setupAutosubmit() {
  document.querySelectorAll("select.autosubmit").forEach((el) => {
    el.addEventListener("change", () => el.form && el.form.submit());
  });
}

// ---------------------------------------------------------------- article page

function spansFor(id) {
  return Array.from(document.querySelectorAll(".doc .ann")).filter((el) =>
    (el.dataset.ann || "").split(" ").includes(id));
}

function clearFocus() {
  document.querySelectorAll(".ann.focus").forEach((el) => el.classList.remove("focus"));
  document.querySelectorAll(".panel .item.active").forEach((el) => el.classList.remove("active"));
}

function focusAnnotation(id, scrollText) {
  clearFocus();
  const spans = spansFor(id);
  spans.forEach((el) => el.classList.add("focus"));
  const item = document.querySelector(`.panel .item[data-ann="${CSS.escape(id)}"]`);
  if (item) {
    item.classList.add("active");
    item.scrollIntoView({ block: "nearest" });
  }
  if (scrollText && spans.length) spans[0].scrollIntoView({ block: "center" });
}

function setupArticle() {
  const doc = document.getElementById("doc");
  if (!doc) return;
  document.querySelectorAll(".legend .toggle").forEach((box) => {
    box.addEventListener("change", () => doc.classList.toggle("hide-" + box.dataset.kind, !box.checked));
  });
  doc.addEventListener("click", (ev) => {
    const span = ev.target.closest(".ann");
    if (!span) return;
    // The innermost annotation wins: an entity inside a quote inside an event selects the entity.
    const ids = (span.dataset.ann || "").split(" ").filter(Boolean);
    if (ids.length) focusAnnotation(ids[ids.length - 1], false);
  });
  document.querySelectorAll(".panel .item").forEach((item) => {
    const go = (ev) => {
      if (ev.target.closest("a")) return; // let links work
      focusAnnotation(item.dataset.ann, true);
    };
    item.addEventListener("click", go);
    item.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); go(ev); } });
  });
  const wanted = decodeURIComponent((location.hash || "").slice(1));
  if (wanted && document.querySelector(`.panel .item[data-ann="${CSS.escape(wanted)}"]`)) {
    focusAnnotation(wanted, true);
  }
}

// ---------------------------------------------------------------- map page

function setupMap() {
  const svg = document.getElementById("map");
  if (!svg) return;
  const initial = svg.dataset.view.split(" ").map(Number);
  let view = initial.slice();
  const info = document.getElementById("map-info");
  const apply = () => svg.setAttribute("viewBox", view.map((v) => v.toFixed(3)).join(" "));

  function zoom(factor, cx, cy) {
    const [x, y, w, h] = view;
    const nw = Math.min(360, Math.max(2, w * factor));
    const nh = nw * (h / w);
    const px = cx === undefined ? x + w / 2 : cx;
    const py = cy === undefined ? y + h / 2 : cy;
    view = [px - (px - x) * (nw / w), py - (py - y) * (nh / h), nw, nh];
    apply();
  }

  function toMap(evt) {
    const pt = svg.createSVGPoint();
    pt.x = evt.clientX; pt.y = evt.clientY;
    return pt.matrixTransform(svg.getScreenCTM().inverse());
  }

  document.querySelectorAll(".map-tools .zoom").forEach((b) => {
    b.addEventListener("click", () => {
      if (b.dataset.zoom === "in") zoom(0.7);
      else if (b.dataset.zoom === "out") zoom(1 / 0.7);
      else { view = initial.slice(); svg.setAttribute("viewBox", svg.dataset.view); }
    });
  });
  svg.addEventListener("wheel", (evt) => {
    evt.preventDefault();
    const p = toMap(evt);
    zoom(evt.deltaY < 0 ? 0.8 : 1.25, p.x, p.y);
  }, { passive: false });

  let drag = null;
  svg.addEventListener("pointerdown", (evt) => {
    if (evt.target.closest("a")) return;
    drag = { start: toMap(evt), view: view.slice() };
    svg.classList.add("dragging");
    svg.setPointerCapture(evt.pointerId);
  });
  svg.addEventListener("pointermove", (evt) => {
    if (!drag) return;
    const p = toMap(evt);
    view[0] -= p.x - drag.start.x;
    view[1] -= p.y - drag.start.y;
    apply();
  });
  const end = () => { drag = null; svg.classList.remove("dragging"); };
  svg.addEventListener("pointerup", end);
  svg.addEventListener("pointercancel", end);

  svg.querySelectorAll(".point").forEach((c) => {
    const label = c.querySelector("title") ? c.querySelector("title").textContent : "";
    const show = () => {
      svg.querySelectorAll(".point.active").forEach((x) => x.classList.remove("active"));
      c.classList.add("active");
      if (info) info.textContent = label;
    };
    c.addEventListener("mouseenter", show);
    c.addEventListener("focus", show);
  });
}

onReady(() => {
  setupAutosubmit();
  setupArticle();
  setupMap();
});
