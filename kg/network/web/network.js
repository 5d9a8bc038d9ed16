// kg draw: the interactive network page. No library, no network: the data is
// in the page, positions were computed in Python. Text from the data is only
// ever set with textContent or setAttribute, never parsed as HTML.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var byId = function (id) { return document.getElementById(id); };

  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function html(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }
  function fold(text) {
    return String(text).toLowerCase().replace(/ə/g, "e").replace(/ı/g, "i")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  byId("title").textContent = data.title;
  byId("subtitle").textContent = data.subtitle;

  var nodes = data.nodes, links = data.links, events = data.events, sources = data.sources;
  var kinds = {};
  data.kinds.forEach(function (k) { kinds[k.kind] = k; });
  var size = Math.max(700, 190 * Math.sqrt(nodes.length));
  var manyNodes = nodes.length > 150, manyLinks = links.length > 150;
  var radius = function (d) { return 7 + 2.5 * Math.sqrt(d.degree); };
  nodes.forEach(function (d, i) { d.i = i; d.px = 40 + d.x * size; d.py = 40 + d.y * size; d.links = []; });
  links.forEach(function (l, i) { l.i = i; nodes[l.s].links.push(i); nodes[l.t].links.push(i); });

  function polygon(sides, x, y, r, turn) {
    var points = [];
    for (var k = 0; k < sides; k++) {
      var a = turn + (2 * Math.PI * k) / sides;
      points.push((x + r * Math.cos(a)).toFixed(2) + "," + (y + r * Math.sin(a)).toFixed(2));
    }
    return points.join(" ");
  }
  function star(x, y, r) {
    var points = [];
    for (var k = 0; k < 10; k++) {
      var a = -Math.PI / 2 + (Math.PI * k) / 5, rr = k % 2 ? r * 0.5 : r;
      points.push((x + rr * Math.cos(a)).toFixed(2) + "," + (y + rr * Math.sin(a)).toFixed(2));
    }
    return points.join(" ");
  }
  function shape(name, x, y, r) {
    switch (name) {
      case "square": return svg("rect", { x: x - r * 0.9, y: y - r * 0.9, width: r * 1.8, height: r * 1.8 });
      case "diamond": return svg("polygon", { points: polygon(4, x, y, r * 1.25, -Math.PI / 2) });
      case "triangle": return svg("polygon", { points: polygon(3, x, y + r * 0.2, r * 1.3, -Math.PI / 2) });
      case "hexagon": return svg("polygon", { points: polygon(6, x, y, r * 1.1, 0) });
      case "pentagon": return svg("polygon", { points: polygon(5, x, y, r * 1.1, -Math.PI / 2) });
      case "star": return svg("polygon", { points: star(x, y, r * 1.4) });
      default: return svg("circle", { cx: x, cy: y, r: r });
    }
  }

  // --- drawing -------------------------------------------------------------
  var gLinks = byId("links"), gLinkLabels = byId("link-labels"), gNodes = byId("nodes"), gLabels = byId("node-labels");
  var linkEls = [], hitEls = [], nodeEls = [], labelEls = [], linkLabelEls = [];
  links.forEach(function (l) {
    var a = nodes[l.s], b = nodes[l.t];
    var width = Math.min(1.2 + l.events.length, 6);
    var line = svg("line", { x1: a.px, y1: a.py, x2: b.px, y2: b.py, "class": "link", "stroke-width": width, "data-link": l.i });
    var hit = svg("line", { x1: a.px, y1: a.py, x2: b.px, y2: b.py, "class": "link-hit", "stroke-width": 12, "data-link": l.i });
    gLinks.appendChild(line); gLinks.appendChild(hit);
    linkEls.push(line); hitEls.push(hit);
    var names = [];
    l.events.forEach(function (e) { if (names.indexOf(events[e].type_label) < 0) names.push(events[e].type_label); });
    var label = svg("text", { x: (a.px + b.px) / 2, y: (a.py + b.py) / 2 - 3, "class": "link-label", "text-anchor": "middle",
      "font-size": 10, "stroke-width": 3 }, names.join(" · "));
    gLinkLabels.appendChild(label); linkLabelEls.push(label);
  });
  var ranked = nodes.slice().sort(function (a, b) { return b.degree - a.degree; });
  var important = {};
  ranked.slice(0, 40).forEach(function (d) { important[d.i] = true; });
  nodes.forEach(function (d) {
    var kind = kinds[d.kind] || { colour: "#888", shape: "circle" };
    var mark = shape(kind.shape, d.px, d.py, radius(d));
    mark.setAttribute("class", "node");
    mark.setAttribute("fill", kind.colour);
    mark.setAttribute("stroke-width", 1.5);
    mark.setAttribute("data-node", d.i);
    mark.setAttribute("data-id", d.id);
    gNodes.appendChild(mark); nodeEls.push(mark);
    var label = svg("text", { x: d.px, y: d.py + radius(d) + 13, "class": "node-label", "text-anchor": "middle",
      "font-size": 12, "stroke-width": 3 }, d.label);
    gLabels.appendChild(label); labelEls.push(label);
  });

  // --- legend --------------------------------------------------------------
  var legend = byId("legend");
  data.kinds.forEach(function (k) {
    var row = html("div");
    var icon = svg("svg", { width: 18, height: 18, viewBox: "0 0 18 18" });
    var mark = shape(k.shape, 9, 9, 6);
    mark.setAttribute("fill", k.colour);
    icon.appendChild(mark);
    row.appendChild(icon);
    row.appendChild(html("span", k.label));
    legend.appendChild(row);
  });
  var lineRow = html("div");
  var lineIcon = svg("svg", { width: 18, height: 18, viewBox: "0 0 18 18" });
  lineIcon.appendChild(svg("line", { x1: 1, y1: 9, x2: 17, y2: 9, stroke: "#9aa3ad", "stroke-width": 3 }));
  lineRow.appendChild(lineIcon);
  lineRow.appendChild(html("span", "shared event(s), labelled by type"));
  legend.appendChild(lineRow);

  // --- zoom and pan --------------------------------------------------------
  var canvas = byId("canvas"), world = byId("world");
  var view = { k: 1, x: 0, y: 0 };
  function apply() {
    world.setAttribute("transform", "translate(" + view.x.toFixed(2) + "," + view.y.toFixed(2) + ") scale(" + view.k.toFixed(4) + ")");
    var showLabels = !manyNodes || view.k >= 2, showLinkLabels = !manyLinks || view.k >= 3;
    labelEls.forEach(function (t, i) { t.style.display = showLabels || important[i] ? "" : "none"; });
    gLinkLabels.style.display = showLinkLabels ? "" : "none";
  }
  function fit() {
    var box = canvas.getBoundingClientRect(), content = world.getBBox();
    var room = { w: box.width - 20, h: box.height - legend.offsetHeight - 30 };
    view.k = Math.min(room.w / Math.max(content.width, 1), room.h / Math.max(content.height, 1));
    view.x = 10 + (room.w - content.width * view.k) / 2 - content.x * view.k;
    view.y = 10 + (room.h - content.height * view.k) / 2 - content.y * view.k;
    apply();
  }
  canvas.addEventListener("wheel", function (e) {
    e.preventDefault();
    var box = canvas.getBoundingClientRect(), mx = e.clientX - box.left, my = e.clientY - box.top;
    var k = Math.max(0.05, Math.min(40, view.k * Math.exp(-e.deltaY * 0.0015)));
    view.x = mx - ((mx - view.x) / view.k) * k;
    view.y = my - ((my - view.y) / view.k) * k;
    view.k = k;
    apply();
  }, { passive: false });
  var drag = null;
  canvas.addEventListener("pointerdown", function (e) {
    drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, moved: false, target: e.target };
  });
  window.addEventListener("pointermove", function (e) {
    if (!drag) return;
    var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; canvas.classList.add("dragging"); }
    if (drag.moved) { view.x = drag.vx + dx; view.y = drag.vy + dy; apply(); }
  });
  window.addEventListener("pointerup", function () {
    if (drag && !drag.moved) clicked(drag.target);
    drag = null;
    canvas.classList.remove("dragging");
  });
  window.addEventListener("resize", fit);

  // --- tooltip -------------------------------------------------------------
  var tooltip = byId("tooltip");
  function eventLine(e) { return events[e].type_label + " — " + events[e].when; }
  function nodeTip(d) {
    var lines = [d.label];
    if (d.label_az && d.label_az !== d.label) lines.push(d.label_az);
    lines.push(d.type_label + ", " + d.events.length + " event(s)");
    d.events.slice(0, 6).forEach(function (e) { lines.push(eventLine(e)); });
    if (d.events.length > 6) lines.push("…");
    return lines.join("\n");
  }
  function linkTip(l) {
    var a = nodes[l.s], b = nodes[l.t];
    var lines = [a.label + " — " + b.label];
    if (a.label_az && b.label_az) lines.push(a.label_az + " — " + b.label_az);
    l.events.forEach(function (e) { lines.push(eventLine(e)); });
    return lines.join("\n");
  }
  canvas.addEventListener("pointerover", function (e) {
    var t = e.target, text = null;
    if (t.hasAttribute("data-node")) text = nodeTip(nodes[+t.getAttribute("data-node")]);
    else if (t.hasAttribute("data-link")) text = linkTip(links[+t.getAttribute("data-link")]);
    if (text === null) { tooltip.hidden = true; return; }
    tooltip.textContent = text;
    tooltip.hidden = false;
  });
  canvas.addEventListener("pointermove", function (e) {
    tooltip.style.left = e.clientX + 14 + "px";
    tooltip.style.top = e.clientY + 14 + "px";
  });
  canvas.addEventListener("pointerout", function () { tooltip.hidden = true; });

  // --- details -------------------------------------------------------------
  var details = byId("details");
  function safeUrl(url) { return /^https?:\/\//i.test(url || "") ? url : null; }
  function renderEvent(e) {
    var ev = events[e], part = html("section");
    part.appendChild(html("h3", ev.type_label + " — " + ev.when));
    part.appendChild(html("p", ev.label, "meta"));
    if (ev.label_az) { var az = html("p", ev.label_az, "meta"); az.lang = "az"; part.appendChild(az); }
    var roles = ev.roles.map(function (r) { return r[1] + ": " + nodes[r[0]].label; }).join("; ");
    if (roles) part.appendChild(html("p", roles, "meta"));
    ev.about.forEach(function (a) { part.appendChild(html("p", a, "meta about")); });
    if (ev.date_text) part.appendChild(html("p", "date as written: " + ev.date_text, "meta"));
    ev.evidence.forEach(function (q) {
      var quote = html("blockquote", q.exact, "evidence");
      quote.lang = "az";
      part.appendChild(quote);
    });
    var src = sources[ev.source];
    if (src) {
      var line = html("p", null, "source");
      var where = ev.evidence.length ? ", characters " + ev.evidence.map(function (q) { return q.start + "–" + q.end; }).join(", ") : "";
      line.appendChild(document.createTextNode("Source: " + (src.publisher || src.iri) + ", " + src.published.slice(0, 10) + where + " — "));
      var url = safeUrl(src.url);
      var title = html(url ? "a" : "cite", src.title || src.iri);
      if (url) { title.setAttribute("href", url); title.setAttribute("rel", "noopener noreferrer"); }
      line.appendChild(title);
      part.appendChild(line);
    }
    return part;
  }
  function show(heading, sub, eventList) {
    details.replaceChildren();
    details.appendChild(html("h2", heading));
    if (sub) details.appendChild(html("p", sub, "meta"));
    details.appendChild(html("p", eventList.length + " event(s):", "meta"));
    eventList.forEach(function (e) { details.appendChild(renderEvent(e)); });
  }
  function highlight(keepNodes, keepLinks) {
    nodeEls.forEach(function (m, i) { m.classList.toggle("faded", keepNodes !== null && !keepNodes[i]); });
    labelEls.forEach(function (m, i) { m.classList.toggle("faded", keepNodes !== null && !keepNodes[i]); });
    linkEls.forEach(function (m, i) { m.classList.toggle("faded", keepLinks !== null && !keepLinks[i]); });
    linkLabelEls.forEach(function (m, i) { m.classList.toggle("faded", keepLinks !== null && !keepLinks[i]); });
    nodeEls.forEach(function (m) { m.classList.remove("selected"); });
    linkEls.forEach(function (m) { m.classList.remove("selected"); });
  }
  function selectNode(i) {
    var d = nodes[i], keepNodes = {}, keepLinks = {};
    keepNodes[i] = true;
    d.links.forEach(function (l) { keepLinks[l] = true; keepNodes[links[l].s] = true; keepNodes[links[l].t] = true; });
    highlight(keepNodes, keepLinks);
    nodeEls[i].classList.add("selected");
    var sub = [d.label_az, d.type_label].filter(Boolean).join(" · ");
    show(d.label, sub, d.events);
  }
  function selectLink(i) {
    var l = links[i], keepNodes = {}, keepLinks = {};
    keepNodes[l.s] = true; keepNodes[l.t] = true; keepLinks[i] = true;
    highlight(keepNodes, keepLinks);
    linkEls[i].classList.add("selected");
    show(nodes[l.s].label + " — " + nodes[l.t].label, null, l.events);
  }
  function clicked(target) {
    if (target && target.hasAttribute && target.hasAttribute("data-node")) selectNode(+target.getAttribute("data-node"));
    else if (target && target.hasAttribute && target.hasAttribute("data-link")) selectLink(+target.getAttribute("data-link"));
    else highlight(null, null);
  }

  // --- find ----------------------------------------------------------------
  byId("find").addEventListener("submit", function (e) {
    e.preventDefault();
    var wanted = fold(byId("find-name").value.trim());
    if (!wanted) return;
    var exact = nodes.filter(function (d) { return fold(d.label) === wanted || fold(d.label_az) === wanted; });
    var found = exact.length ? exact : nodes.filter(function (d) {
      return fold(d.label).indexOf(wanted) >= 0 || fold(d.label_az).indexOf(wanted) >= 0;
    });
    if (!found.length) { details.replaceChildren(html("p", "No actor is named “" + byId("find-name").value + "”.", "hint")); return; }
    var d = found[0], box = canvas.getBoundingClientRect();
    view.k = Math.max(view.k, 1.5);
    view.x = box.width / 2 - d.px * view.k;
    view.y = box.height / 2 - d.py * view.k;
    apply();
    selectNode(d.i);
  });

  fit();
  document.body.setAttribute("data-drawn", String(nodeEls.length));
})();
