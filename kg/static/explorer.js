/* The explorer page of `kg viz`: builds the vis-network from the JSON data block, the legend, the filters and
 * the search box.
 *
 * Text from articles (names, titles, sentences) is only ever put into the page through textContent or as canvas
 * labels, never through innerHTML: vis-network renders a string `title` as text in 9.1 but as HTML in older
 * releases, so tooltips are DOM elements built here. */
(function () {
  "use strict";
  window.kgStabilized = false;

  var payload = JSON.parse(document.getElementById("kg-data").textContent);
  var meta = payload.meta;
  var classStyle = {};
  meta.classes.forEach(function (c) { classStyle[c.name] = c; });
  var predicateStyle = {};
  meta.predicates.forEach(function (p) { predicateStyle[p.name] = p; });

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function row(parent, key, value) {
    var line = el("div", "kg-tip-row");
    line.appendChild(el("span", "kg-tip-key", key + ": "));
    line.appendChild(document.createTextNode(value));
    parent.appendChild(line);
  }

  function sourceLine(articleId, articleTitle, date) {
    var parts = [];
    if (articleTitle) parts.push(articleTitle);
    if (articleId) parts.push(articleTitle ? "(" + articleId + ")" : articleId);
    if (date) parts.push(date);
    return parts.join(" ");
  }

  function quote(parent, sentence, source) {
    if (sentence) parent.appendChild(el("div", "kg-tip-quote", "\u201c" + sentence + "\u201d"));
    if (source) parent.appendChild(el("div", "kg-tip-source", "\u2014 " + source));
  }

  var labels = {};
  payload.nodes.forEach(function (n) { labels[n.id] = n.label; });

  function nodeTip(n) {
    var info = n.info;
    var tip = el("div", "kg-tip");
    var head = el("div", "kg-tip-head", n.label);
    var badge = el("span", "kg-tip-class", info.class);
    badge.style.background = (classStyle[info.class] || {}).border || "#777";
    head.appendChild(badge);
    tip.appendChild(head);
    var others = info.names.filter(function (x) { return x !== n.label; });
    if (others.length) row(tip, "Also named", others.join("; "));
    if (info.titles.length) row(tip, "Titles", info.titles.join("; "));
    row(tip, "Relations", info.degree + (info.articles ? " \u00b7 mentioned in " + info.articles +
        (info.articles === 1 ? " article" : " articles") : ""));
    info.evidence.forEach(function (ev) {
      var line = el("div", "kg-tip-row");
      line.appendChild(el("span", "kg-tip-key", ev.subject + " \u2014" + ev.predicate + "\u2192 " + ev.object));
      tip.appendChild(line);
      quote(tip, ev.sentence, sourceLine(ev.article, ev.article_title, ""));
    });
    return tip;
  }

  function edgeTip(e) {
    var info = e.info;
    var tip = el("div", "kg-tip");
    tip.appendChild(el("div", "kg-tip-head",
        (labels[e.from] || e.from) + " \u2014" + info.predicate + "\u2192 " + (labels[e.to] || e.to)));
    quote(tip, info.sentence, sourceLine(info.article, info.article_title, info.article_date));
    var facts = [];
    if (info.count) facts.push("confidence " + Number(info.confidence).toFixed(2));
    if (info.rule) facts.push("rule " + info.rule);
    facts.push(info.count === 1 ? "1 statement" : info.count + " statements");
    tip.appendChild(el("div", "kg-tip-source", facts.join(" \u00b7 ")));
    return tip;
  }

  var infoById = {};
  var nodes = new vis.DataSet(payload.nodes.map(function (n) {
    var item = Object.assign({}, n);
    delete item.info;
    item.title = nodeTip(n);
    infoById[n.id] = n.info;
    return item;
  }));
  var edges = new vis.DataSet(payload.edges.map(function (e) {
    var item = Object.assign({}, e);
    delete item.info;
    item.title = edgeTip(e);
    return item;
  }));

  var classOn = {};
  meta.classes.forEach(function (c) { classOn[c.name] = true; });
  var predicateOn = {};
  meta.predicates.forEach(function (p) { predicateOn[p.name] = true; });
  var nodesView = new vis.DataView(nodes, {
    filter: function (n) { return classOn[infoById[n.id].class] !== false; }
  });
  var edgesView = new vis.DataView(edges, {
    filter: function (e) {
      return predicateOn[e.predicate] !== false && classOn[infoById[e.from].class] !== false &&
          classOn[infoById[e.to].class] !== false;
    }
  });

  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, meta.options);
  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;

  function updateCounts() {
    var text = nodesView.length + " entities \u00b7 " + edgesView.length + " relations";
    if (nodesView.length !== nodes.length || edgesView.length !== edges.length) {
      text += " shown (of " + nodes.length + " and " + edges.length + ")";
    }
    document.getElementById("kg-counts").textContent = text;
  }
  updateCounts();

  if (meta.notice) {
    var notice = document.getElementById("kg-notice");
    notice.textContent = meta.notice;
    notice.hidden = false;
  }

  /* Legend and filters: one checkbox per class and per relation, each with its count. */
  var SVG = "http://www.w3.org/2000/svg";
  function swatch(shape, fill, stroke) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "18");
    svg.setAttribute("height", "18");
    svg.setAttribute("viewBox", "0 0 18 18");
    var mark;
    if (shape === "line") {
      mark = document.createElementNS(SVG, "line");
      mark.setAttribute("x1", "1"); mark.setAttribute("y1", "9");
      mark.setAttribute("x2", "17"); mark.setAttribute("y2", "9");
      mark.setAttribute("stroke-width", "3");
    } else if (shape === "dot") {
      mark = document.createElementNS(SVG, "circle");
      mark.setAttribute("cx", "9"); mark.setAttribute("cy", "9"); mark.setAttribute("r", "7");
    } else if (shape === "square") {
      mark = document.createElementNS(SVG, "rect");
      mark.setAttribute("x", "2"); mark.setAttribute("y", "2");
      mark.setAttribute("width", "14"); mark.setAttribute("height", "14");
    } else {
      var points = {
        diamond: "9,1 17,9 9,17 1,9",
        triangle: "9,1 17,16 1,16",
        star: "9,1 11.4,6.6 17,7 12.8,10.9 14,16.6 9,13.6 4,16.6 5.2,10.9 1,7 6.6,6.6"
      }[shape] || "2,2 16,2 16,16 2,16";
      mark = document.createElementNS(SVG, "polygon");
      mark.setAttribute("points", points);
    }
    mark.setAttribute("fill", shape === "line" ? "none" : fill);
    mark.setAttribute("stroke", stroke);
    if (shape !== "line") mark.setAttribute("stroke-width", "1.5");
    svg.appendChild(mark);
    return svg;
  }

  function legendItem(list, name, count, icon, state) {
    var item = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", function () {
      state[name] = box.checked;
      nodesView.refresh();
      edgesView.refresh();
      updateCounts();
    });
    label.appendChild(box);
    label.appendChild(icon);
    label.appendChild(el("span", "kg-name", name));
    label.appendChild(el("span", "kg-count", count));
    item.appendChild(label);
    list.appendChild(item);
  }

  var classList = document.getElementById("kg-legend-classes");
  meta.classes.forEach(function (c) {
    legendItem(classList, c.name, c.count, swatch(c.shape, c.color, c.border), classOn);
  });
  var predicateList = document.getElementById("kg-legend-predicates");
  meta.predicates.forEach(function (p) {
    legendItem(predicateList, p.name, p.count, swatch("line", p.color, p.color), predicateOn);
  });

  /* Search: by any name, case-insensitively; an exact name wins over a part of one. */
  var datalist = document.getElementById("kg-names");
  var byName = [];
  payload.nodes.forEach(function (n) {
    n.info.names.forEach(function (name) { byName.push([name.toLowerCase(), n.id]); });
    var option = document.createElement("option");
    option.value = n.label;
    datalist.appendChild(option);
  });
  function lookup(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var i;
    for (i = 0; i < byName.length; i++) if (byName[i][0] === q) return byName[i][1];
    for (i = 0; i < byName.length; i++) if (byName[i][0].indexOf(q) !== -1) return byName[i][1];
    return null;
  }
  function find(query) {
    var status = document.getElementById("kg-search-status");
    var id = lookup(query);
    if (id === null || !nodesView.get(id)) {
      status.textContent = id === null ? "not found" : "hidden by a filter";
      return null;
    }
    status.textContent = "";
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 400 } });
    return id;
  }
  window.kgFind = find;
  document.getElementById("kg-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    find(document.getElementById("kg-search").value);
  });
  document.getElementById("kg-search").addEventListener("change", function (event) {
    find(event.target.value);
  });

  /* The physics lays the graph out once, then stops, so the drawing holds still while it is read. */
  var loading = document.getElementById("kg-loading");
  var loadingText = document.getElementById("kg-loading-text");
  function settled() {
    if (window.kgStabilized) return;
    network.setOptions({ physics: { enabled: false } });
    network.fit({ animation: false });
    // fit() frames the nodes but not their labels; a margin keeps the big labels of hubs at the rim on screen.
    network.moveTo({ scale: network.getScale() * 0.9, animation: false });
    loading.hidden = true;
    window.kgStabilizedAt = performance.now();  // ms since navigation began, read by benchmarks/bench_viz.py
    window.kgStabilized = true;
    document.body.setAttribute("data-kg-stabilized", "true");
  }
  network.on("stabilizationProgress", function (params) {
    loadingText.textContent = "Laying out the graph\u2026 " +
        Math.round(100 * params.iterations / Math.max(1, params.total)) + "%";
  });
  network.once("stabilizationIterationsDone", settled);
  if (nodes.length === 0) settled();
})();
