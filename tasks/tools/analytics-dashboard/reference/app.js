/* Metricly - sales overview for Sonora Audio.
   Every figure on the page is computed from the monthly data below. */
(function () {
  "use strict";

  var MONTHS = ["May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024", "Oct 2024", "Nov 2024", "Dec 2024",
    "Jan 2025", "Feb 2025", "Mar 2025", "Apr 2025", "May 2025", "Jun 2025", "Jul 2025", "Aug 2025", "Sep 2025",
    "Oct 2025", "Nov 2025", "Dec 2025", "Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026"];

  var REGIONS = [
    { name: "EMEA", colour: "#4f46e5",
      revenue: [60400, 63000, 59100, 61300, 68800, 74100, 86300, 89100, 61900, 64000, 70100, 64400, 72000, 68700, 65100, 66700, 79000, 78600, 88200, 99500, 73200, 69400, 78500, 72500],
      orders: [661, 694, 639, 679, 764, 826, 931, 964, 687, 708, 740, 678, 785, 763, 700, 710, 865, 851, 992, 1099, 806, 732, 837, 819],
      refunds: [14, 16, 12, 13, 18, 20, 18, 20, 14, 15, 15, 16, 16, 17, 16, 16, 21, 19, 20, 24, 17, 17, 17, 16] },
    { name: "Americas", colour: "#0ea5e9",
      revenue: [74100, 77500, 80400, 78100, 85900, 86200, 106200, 108500, 83700, 75500, 84100, 90900, 93100, 88400, 91800, 85500, 92100, 98900, 119400, 128700, 93900, 88400, 93500, 100100],
      orders: [853, 888, 962, 932, 966, 1011, 1213, 1311, 941, 898, 1009, 1080, 1088, 1014, 1093, 1010, 1109, 1150, 1379, 1549, 1073, 1003, 1102, 1173],
      refunds: [28, 29, 29, 23, 25, 25, 35, 35, 27, 25, 29, 35, 29, 32, 31, 27, 37, 34, 40, 47, 29, 31, 29, 33] },
    { name: "APAC", colour: "#f59e0b",
      revenue: [35300, 38200, 36700, 35200, 41800, 41700, 50400, 55900, 39400, 37100, 42100, 38100, 43800, 40800, 42000, 40700, 43000, 44300, 57400, 61500, 42200, 39700, 48200, 47700],
      orders: [451, 498, 485, 444, 524, 517, 635, 711, 501, 478, 519, 469, 544, 533, 552, 531, 566, 581, 716, 808, 554, 496, 629, 612],
      refunds: [9, 9, 10, 7, 9, 10, 12, 13, 8, 9, 8, 9, 11, 10, 11, 9, 9, 11, 13, 16, 10, 9, 10, 12] }
  ];

  // Indices into MONTHS: the period shown and the one it is compared with.
  var RANGES = {
    "Last 6 months": { from: 18, to: 23, prevFrom: 12, prevTo: 17, compare: "vs previous 6 months" },
    "Last 12 months": { from: 12, to: 23, prevFrom: 0, prevTo: 11, compare: "vs previous 12 months" },
    "This year": { from: 20, to: 23, prevFrom: 8, prevTo: 11, compare: "vs Jan – Apr 2025" }
  };

  var PRODUCTS = [
    { name: "Aria Over-Ear Headphones", sku: "SN-AR-100", img: "aria", category: "Headphones", units: 1540, revenue: 431200, avg: 262.40, stock: "In stock" },
    { name: "Pulse Wireless Earbuds", sku: "SN-PL-210", img: "pulse", category: "Earbuds", units: 3260, revenue: 374900, avg: 138.70, stock: "In stock" },
    { name: "Halo ANC Headphones", sku: "SN-HA-300", img: "halo", category: "Headphones", units: 1015, revenue: 355250, avg: 284.90, stock: "Low stock" },
    { name: "Drift Bluetooth Speaker", sku: "SN-DR-410", img: "drift", category: "Speakers", units: 2180, revenue: 196200, avg: 112.60, stock: "In stock" },
    { name: "Nova Sport Earbuds", sku: "SN-NV-220", img: "nova", category: "Earbuds", units: 2640, revenue: 184800, avg: 96.30, stock: "Backorder" },
    { name: "Echo Bookshelf Speakers", sku: "SN-EC-450", img: "echo", category: "Speakers", units: 560, revenue: 179200, avg: 221.50, stock: "In stock" },
    { name: "Crest Studio Headphones", sku: "SN-CR-120", img: "crest", category: "Headphones", units: 790, revenue: 157210, avg: 187.20, stock: "Low stock" },
    { name: "Mini Pod Earbuds", sku: "SN-MP-230", img: "minipod", category: "Earbuds", units: 3020, revenue: 147980, avg: 74.80, stock: "In stock" }
  ];

  var state = {
    range: "Last 6 months",
    hidden: {},                 // region name -> true when toggled off in the legend
    sort: { key: "revenue", dir: "desc" },
    minOrder: 0
  };

  var SVGNS = "http://www.w3.org/2000/svg";
  var $ = function (id) { return document.getElementById(id); };

  function money(v) { return "$" + Math.round(v).toLocaleString("en-US"); }
  function money2(v) { return "$" + v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }); }
  function count(v) { return v.toLocaleString("en-US"); }
  function kilo(v) { return "$" + (v / 1000).toFixed(1) + "k"; }
  function axisMoney(v) { return v === 0 ? "$0" : "$" + (v / 1000) + "k"; }

  function visibleRegions() { return REGIONS.filter(function (r) { return !state.hidden[r.name]; }); }

  function sum(regions, key, from, to) {
    var total = 0;
    regions.forEach(function (r) { for (var i = from; i <= to; i++) total += r[key][i]; });
    return total;
  }

  function totals(regions, from, to) {
    var revenue = sum(regions, "revenue", from, to), orders = sum(regions, "orders", from, to), refunds = sum(regions, "refunds", from, to);
    return { revenue: revenue, orders: orders, refunds: refunds,
      aov: orders ? revenue / orders : 0, refundRate: orders ? refunds / orders * 100 : 0 };
  }

  // A "nice" axis: the smallest step from the list giving at most six intervals.
  function niceAxis(max, steps) {
    for (var i = 0; i < steps.length; i++) {
      if (max / steps[i] <= 6) return { step: steps[i], top: Math.ceil(max / steps[i]) * steps[i] || steps[i] };
    }
    var s = steps[steps.length - 1];
    return { step: s, top: Math.ceil(max / s) * s };
  }

  function el(name, attrs, text) {
    var node = document.createElementNS(SVGNS, name);
    for (var k in attrs) node.setAttribute(k, attrs[k]);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* ---------------------------------------------------------------- KPI cards */

  function delta(cur, prev, lowerIsBetter) {
    var change = prev ? (cur / prev - 1) * 100 : 0;
    var up = change >= 0;
    var good = lowerIsBetter ? !up : up;
    return { text: (up ? "▲ " : "▼ ") + Math.abs(change).toFixed(1) + "%", cls: good ? "good" : "bad" };
  }

  function renderKpis() {
    var range = RANGES[state.range], regions = visibleRegions();
    var cur = totals(regions, range.from, range.to), prev = totals(regions, range.prevFrom, range.prevTo);
    var cards = [
      ["revenue", regions.length ? money(cur.revenue) : "—", delta(cur.revenue, prev.revenue, false)],
      ["orders", regions.length ? count(cur.orders) : "—", delta(cur.orders, prev.orders, false)],
      ["aov", regions.length ? money2(Math.round(cur.aov * 100) / 100) : "—", delta(cur.aov, prev.aov, false)],
      ["refund", regions.length ? cur.refundRate.toFixed(2) + "%" : "—", delta(cur.refundRate, prev.refundRate, true)]
    ];
    cards.forEach(function (c) {
      $("kpi-" + c[0]).textContent = c[1];
      var d = $("kpi-" + c[0] + "-delta");
      d.textContent = regions.length ? c[2].text : "";
      d.className = "delta " + c[2].cls;
      $("kpi-" + c[0] + "-compare").textContent = range.compare;
    });
  }

  /* ---------------------------------------------------------------- bar chart */

  var tooltip;

  function renderBars() {
    var svg = $("bar-chart"), range = RANGES[state.range], regions = visibleRegions();
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var W = 952, H = 236, L = 56, R = 8, T = 22, B = 30, pw = W - L - R, ph = H - T - B;
    var n = range.to - range.from + 1, max = 0, grand = 0;
    for (var i = range.from; i <= range.to; i++) {
      var t = 0;
      regions.forEach(function (r) { t += r.revenue[i]; });
      max = Math.max(max, t); grand += t;
    }
    var axis = niceAxis(max, [5000, 10000, 20000, 25000, 50000, 100000]);
    var grid = el("g", { "class": "grid" });
    for (var v = 0; v <= axis.top; v += axis.step) {
      var y = T + ph - v / axis.top * ph;
      grid.appendChild(el("line", { x1: L, x2: W - R, y1: y, y2: y }));
      grid.appendChild(el("text", { x: L - 8, y: y + 4, "text-anchor": "end", "class": "axis-label" }, axisMoney(v)));
    }
    svg.appendChild(grid);
    var pitch = pw / n, bw = Math.min(44, pitch * 0.56);
    for (var m = range.from; m <= range.to; m++) {
      var k = m - range.from, cx = L + pitch * (k + 0.5), base = T + ph, stackTotal = 0;
      regions.forEach(function (r) {
        var value = r.revenue[m], h = value / axis.top * ph;
        var rect = el("rect", { x: (cx - bw / 2).toFixed(1), y: (base - h).toFixed(1), width: bw.toFixed(1), height: h.toFixed(1),
          fill: r.colour, "class": "segment", title: MONTHS[m] + " " + r.name + " revenue" });
        rect.addEventListener("mouseenter", showTip.bind(null, rect, MONTHS[m], r.name, value));
        rect.addEventListener("mouseleave", hideTip);
        svg.appendChild(rect);
        base -= h; stackTotal += value;
      });
      if (regions.length) svg.appendChild(el("text", { x: cx, y: base - 6, "text-anchor": "middle", "class": "bar-total" }, kilo(stackTotal)));
      svg.appendChild(el("text", { x: cx, y: H - 10, "text-anchor": "middle", "class": "axis-label" }, MONTHS[m]));
    }
    $("chart-total").textContent = money(grand);
    hideTip();
  }

  function showTip(rect, month, region, value) {
    var box = rect.getBBox(), wrap = $("bar-wrap");
    tooltip.textContent = month + " · " + region + " · " + money(value);
    tooltip.hidden = false;
    var left = box.x + box.width / 2 - tooltip.offsetWidth / 2;
    left = Math.max(4, Math.min(left, wrap.clientWidth - tooltip.offsetWidth - 4));
    tooltip.style.left = left + "px";
    tooltip.style.top = Math.max(0, box.y - tooltip.offsetHeight - 8) + "px";
    rect.classList.add("is-hover");
  }

  function hideTip() {
    if (!tooltip) return;
    tooltip.hidden = true;
    var on = document.querySelector(".segment.is-hover");
    if (on) on.classList.remove("is-hover");
  }

  /* ---------------------------------------------------------------- line chart */

  function renderLine() {
    var svg = $("line-chart"), range = RANGES[state.range], regions = visibleRegions();
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var W = 612, H = 214, L = 48, R = 18, T = 26, B = 40, pw = W - L - R, ph = H - T - B;
    var n = range.to - range.from + 1, values = [], max = 0, peak = -1;
    for (var i = range.from; i <= range.to; i++) {
      var t = 0;
      regions.forEach(function (r) { t += r.orders[i]; });
      values.push(t);
      if (t > max) { max = t; peak = i; }
    }
    var axis = niceAxis(max, [250, 500, 1000, 2000]);
    var grid = el("g", { "class": "grid" });
    for (var v = 0; v <= axis.top; v += axis.step) {
      var y = T + ph - v / axis.top * ph;
      grid.appendChild(el("line", { x1: L, x2: W - R, y1: y, y2: y }));
      grid.appendChild(el("text", { x: L - 8, y: y + 4, "text-anchor": "end", "class": "axis-label" }, count(v)));
    }
    svg.appendChild(grid);
    var pitch = pw / n, pts = [];
    values.forEach(function (val, k) { pts.push([L + pitch * (k + 0.5), T + ph - val / axis.top * ph]); });
    if (regions.length) {
      var area = "M" + pts[0][0] + "," + (T + ph) + " " + pts.map(function (p) { return "L" + p[0].toFixed(1) + "," + p[1].toFixed(1); }).join(" ") + " L" + pts[pts.length - 1][0] + "," + (T + ph) + "Z";
      svg.appendChild(el("path", { d: area, "class": "line-area" }));
      svg.appendChild(el("polyline", { points: pts.map(function (p) { return p[0].toFixed(1) + "," + p[1].toFixed(1); }).join(" "), "class": "line" }));
    }
    values.forEach(function (val, k) {
      var m = range.from + k, p = pts[k];
      if (regions.length) {
        svg.appendChild(el("circle", { cx: p[0].toFixed(1), cy: p[1].toFixed(1), r: m === peak ? 4.5 : 3.2, "class": m === peak ? "dot peak" : "dot" }));
        svg.appendChild(el("text", { x: p[0], y: p[1] - 9, "text-anchor": "middle", "class": "point-label" }, count(val)));
      }
      var parts = MONTHS[m].split(" ");
      svg.appendChild(el("text", { x: p[0], y: H - 22, "text-anchor": "middle", "class": "axis-label" }, parts[0]));
      if (k === 0 || parts[0] === "Jan") svg.appendChild(el("text", { x: p[0], y: H - 8, "text-anchor": "middle", "class": "axis-year" }, parts[1]));
    });
    $("line-peak").textContent = regions.length ? "Peak " + MONTHS[peak] + " · " + count(max) + " orders" : "No regions shown";
  }

  /* ---------------------------------------------------------------- regions panel */

  function renderRegions() {
    var range = RANGES[state.range], shown = visibleRegions();
    var visibleTotal = sum(shown, "revenue", range.from, range.to);
    REGIONS.forEach(function (r) {
      var row = $("region-" + r.name.toLowerCase()), revenue = sum([r], "revenue", range.from, range.to);
      var hidden = !!state.hidden[r.name];
      row.classList.toggle("is-hidden", hidden);
      row.querySelector(".region-revenue").textContent = money(revenue);
      var share = hidden || !visibleTotal ? 0 : revenue / visibleTotal * 100;
      row.querySelector(".region-share").textContent = hidden ? "Hidden" : share.toFixed(1) + "%";
      row.querySelector(".share-fill").style.width = share.toFixed(1) + "%";
      row.querySelector(".region-orders").textContent = count(sum([r], "orders", range.from, range.to)) + " orders";
    });
    $("regions-total").textContent = money(visibleTotal);
  }

  /* ---------------------------------------------------------------- legend and range */

  function renderLegend() {
    REGIONS.forEach(function (r) {
      var item = $("legend-" + r.name.toLowerCase());
      var off = !!state.hidden[r.name];
      item.classList.toggle("is-off", off);
      item.setAttribute("aria-pressed", off ? "false" : "true");
    });
  }

  function renderRange() {
    var range = RANGES[state.range];
    $("range-span").textContent = MONTHS[range.from] + " – " + MONTHS[range.to];
  }

  function renderAll() {
    renderRange(); renderLegend(); renderKpis(); renderBars(); renderLine(); renderRegions();
  }

  /* ---------------------------------------------------------------- products table */

  var SORTERS = {
    name: function (a, b) { return a.name.localeCompare(b.name); },
    category: function (a, b) { return a.category.localeCompare(b.category) || a.name.localeCompare(b.name); },
    units: function (a, b) { return a.units - b.units; },
    revenue: function (a, b) { return a.revenue - b.revenue; },
    avg: function (a, b) { return a.avg - b.avg; }
  };

  function renderTable() {
    var rows = PRODUCTS.filter(function (p) { return p.avg >= state.minOrder; });
    var sorter = SORTERS[state.sort.key], dir = state.sort.dir === "asc" ? 1 : -1;
    rows.sort(function (a, b) { return sorter(a, b) * dir; });
    var body = $("product-rows");
    body.innerHTML = "";
    rows.forEach(function (p) {
      var tr = document.createElement("tr");
      tr.innerHTML =
        '<td><div class="product"><img src="images/' + p.img + '.svg" alt="' + p.name + '" width="40" height="40">' +
        '<div><div class="product-name">' + p.name + '</div><div class="sku">' + p.sku + '</div></div></div></td>' +
        "<td>" + p.category + "</td>" +
        '<td class="num">' + count(p.units) + "</td>" +
        '<td class="num">' + money(p.revenue) + "</td>" +
        '<td class="num">' + money2(p.avg) + "</td>" +
        '<td><span class="stock ' + p.stock.toLowerCase().replace(/\s+/g, "-") + '">' + p.stock + "</span></td>";
      body.appendChild(tr);
    });
    if (!rows.length) {
      var empty = document.createElement("tr");
      empty.innerHTML = '<td colspan="6" class="empty">No products with an average order of ' + money(state.minOrder) + " or more</td>";
      body.appendChild(empty);
    }
    $("table-count").textContent = "Showing " + rows.length + " of " + PRODUCTS.length + " products";
    document.querySelectorAll("th[data-sort]").forEach(function (th) {
      var active = th.getAttribute("data-sort") === state.sort.key;
      th.classList.toggle("is-sorted", active);
      th.setAttribute("aria-sort", active ? (state.sort.dir === "asc" ? "ascending" : "descending") : "none");
      th.querySelector(".arrow").textContent = active ? (state.sort.dir === "asc" ? "▲" : "▼") : "";
    });
  }

  /* ---------------------------------------------------------------- slider */

  var SLIDER_MAX = 300, SLIDER_STEP = 10;

  function setMinOrder(value) {
    value = Math.max(0, Math.min(SLIDER_MAX, Math.round(value / SLIDER_STEP) * SLIDER_STEP));
    var pct = value / SLIDER_MAX * 100;
    $("slider-handle").style.left = pct + "%";
    $("slider-fill").style.width = pct + "%";
    $("slider-handle").setAttribute("aria-valuenow", String(value));
    $("min-order-value").textContent = money(value);
    if (value !== state.minOrder) { state.minOrder = value; renderTable(); }
  }

  function initSlider() {
    var track = $("slider-track"), handle = $("slider-handle");
    function fromPointer(ev) {
      var r = track.getBoundingClientRect();
      setMinOrder((ev.clientX - r.left) / r.width * SLIDER_MAX);
    }
    handle.addEventListener("pointerdown", function (e) {
      e.preventDefault();
      handle.setPointerCapture(e.pointerId);
      handle.classList.add("is-dragging");
      var move = function (ev) { fromPointer(ev); };
      var up = function () {
        handle.classList.remove("is-dragging");
        handle.removeEventListener("pointermove", move);
        handle.removeEventListener("pointerup", up);
      };
      handle.addEventListener("pointermove", move);
      handle.addEventListener("pointerup", up);
    });
    track.addEventListener("pointerdown", function (e) { if (e.target === track || e.target.id === "slider-fill") fromPointer(e); });
    handle.addEventListener("keydown", function (e) {
      if (e.key === "ArrowRight" || e.key === "ArrowUp") { setMinOrder(state.minOrder + SLIDER_STEP); e.preventDefault(); }
      if (e.key === "ArrowLeft" || e.key === "ArrowDown") { setMinOrder(state.minOrder - SLIDER_STEP); e.preventDefault(); }
    });
    setMinOrder(0);
  }

  /* ---------------------------------------------------------------- wiring */

  function init() {
    tooltip = $("bar-tip");
    $("date-range").addEventListener("change", function (e) { state.range = e.target.value; renderAll(); });
    REGIONS.forEach(function (r) {
      $("legend-" + r.name.toLowerCase()).addEventListener("click", function () {
        if (state.hidden[r.name]) delete state.hidden[r.name]; else state.hidden[r.name] = true;
        renderAll();
      });
    });
    document.querySelectorAll("th[data-sort]").forEach(function (th) {
      th.addEventListener("click", function () {
        var key = th.getAttribute("data-sort");
        if (state.sort.key === key) state.sort.dir = state.sort.dir === "asc" ? "desc" : "asc";
        else state.sort = { key: key, dir: "asc" };
        renderTable();
      });
    });
    initSlider();
    renderAll();
    renderTable();
  }

  init();
  window.addEventListener("load", function () { document.documentElement.classList.remove("is-loading"); });
})();
