(function () {
  "use strict";

  // ------------------------------------------------------------------ reference data
  var IATA = [
    ["lisbon", "LIS"], ["porto", "OPO"], ["copenhagen", "CPH"], ["reykjavik", "KEF"], ["marrakech", "RAK"],
    ["london", "LHR"], ["paris", "CDG"], ["madrid", "MAD"], ["barcelona", "BCN"], ["berlin", "BER"],
    ["rome", "FCO"], ["amsterdam", "AMS"], ["frankfurt", "FRA"], ["dublin", "DUB"], ["oslo", "OSL"]
  ];
  var CARRIERS = {
    SK: { name: "Skylark Air", logo: "images/airline-skylark.svg" },
    NW: { name: "Nordwind", logo: "images/airline-nordwind.svg" },
    AT: { name: "Atlantica", logo: "images/airline-atlantica.svg" }
  };
  // [flight number, departs, arrives, duration, via (empty = nonstop), fare]
  var TIMETABLE = [
    ["SK 212", "06:45", "11:20", "3h 35m", "", 164],
    ["AT 531", "08:10", "14:55", "5h 45m", "AMS", 128],
    ["SK 214", "11:05", "15:40", "3h 35m", "", 189],
    ["NW 806", "13:30", "20:05", "5h 35m", "FRA", 142],
    ["NW 812", "17:50", "22:25", "3h 35m", "", 207]
  ].map(function (r, i) {
    return { key: i, no: r[0], carrier: CARRIERS[r[0].slice(0, 2)], dep: r[1], arr: r[2], dur: r[3], via: r[4], fare: r[5] };
  });
  var DAY_FARES = [149, 139, 128, 171, 158];
  var WEEK = "Sun Mon Tue Wed Thu Fri Sat".split(" ");
  var MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");
  var DOT = "\u00b7", ARROW = "\u2192", DASH = "\u2013", TIMES = "\u00d7";

  // ------------------------------------------------------------------ app state
  var state = {
    view: "deals",     // deals | results | pax | done
    trip: null,        // {from, to, a, b, day, n}
    directOnly: false,
    pick: null         // index into TIMETABLE
  };

  var byId = function (id) { return document.getElementById(id); };
  var h = function (s) { return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"); };

  function tidy(s) {
    return s.replace(/\s+/g, " ").trim().split(" ").map(function (w) {
      return w ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w;
    }).join(" ");
  }
  function iata(city) {
    var k = city.toLowerCase();
    for (var i = 0; i < IATA.length; i++) if (IATA[i][0] === k) return IATA[i][1];
    return city.replace(/[^A-Za-z]/g, "").slice(0, 3).toUpperCase();
  }
  function toDay(v) {
    var d = new Date((v || "2026-03-13") + "T00:00:00Z");
    return isNaN(d.getTime()) ? new Date("2026-03-13T00:00:00Z") : d;
  }
  function fmtDay(d) { return WEEK[d.getUTCDay()] + " " + d.getUTCDate() + " " + MON[d.getUTCMonth()]; }
  function usd(n) { return "$" + n; }
  function adults(n) { return n + (n === 1 ? " adult" : " adults"); }
  function stopsText(f, long) { return f.via ? (long ? "1 stop via " : "1 stop " + DOT + " ") + f.via : "Nonstop"; }

  // ------------------------------------------------------------------ rendering
  function paintViews() {
    var v = state.view;
    byId("banner").classList.toggle("gone", v === "pax" || v === "done");
    byId("banner").classList.toggle("slim", v === "results");
    [["v-deals", "deals"], ["v-results", "results"], ["v-pax", "pax"], ["v-done", "done"]].forEach(function (p) {
      byId(p[0]).hidden = p[1] !== v;
    });
  }

  function shown() {
    return TIMETABLE.filter(function (f) { return !state.directOnly || !f.via; });
  }

  function legHtml(f) {
    return '<div class="leg"><span class="leg-dur">' + f.dur + '</span><span class="leg-line' + (f.via ? " with-stop" : "") + '"></span>' +
      '<span class="leg-stops' + (f.via ? "" : " direct") + '">' + stopsText(f, false) + "</span></div>";
  }

  function paintResults() {
    var t = state.trip, list = shown();
    byId("res-title").textContent = t.from + " to " + t.to;
    byId("res-sub").textContent = fmtDay(t.day) + " " + DOT + " " + adults(t.n) + " " + DOT + " " + list.length + (list.length === 1 ? " flight" : " flights");
    byId("res-dates").innerHTML = DAY_FARES.map(function (fare, i) {
      var d = new Date(t.day.getTime() + (i - 2) * 86400000);
      return '<div class="date-cell' + (i === 2 ? " active" : "") + '"><span class="date-lbl">' + fmtDay(d) + '</span><span class="date-amt">' + usd(fare) + "</span></div>";
    }).join("");
    byId("res-list").innerHTML = list.map(function (f) {
      return '<li class="offer"><div class="offer-main">' +
        '<div class="airline"><img src="' + f.carrier.logo + '" alt="' + h(f.carrier.name) + '" width="40" height="40">' +
        '<div class="airline-txt"><strong>' + h(f.carrier.name) + "</strong><span>" + f.no + "</span></div></div>" +
        '<div class="sched"><div class="pt"><span class="hhmm">' + f.dep + '</span><span class="iata">' + h(t.a) + "</span></div>" +
        legHtml(f) +
        '<div class="pt"><span class="hhmm">' + f.arr + '</span><span class="iata">' + h(t.b) + "</span></div></div></div>" +
        '<div class="fare"><span class="fare-amt">' + usd(f.fare) + '</span><span class="fare-per">per person</span>' +
        '<button type="button" class="pick-btn" data-key="' + f.key + '">Select</button></div></li>';
    }).join("");
  }

  function paintSummary() {
    var t = state.trip, f = TIMETABLE[state.pick];
    byId("summary").innerHTML = "<h3>Your trip</h3>" +
      '<p class="summary-route">' + h(t.from) + " (" + h(t.a) + ") " + ARROW + " " + h(t.to) + " (" + h(t.b) + ")</p>" +
      '<div class="summary-flight"><img src="' + f.carrier.logo + '" alt="' + h(f.carrier.name) + '" width="36" height="36"><div>' +
      "<strong>" + fmtDay(t.day) + " " + DOT + " " + f.dep + " " + DASH + " " + f.arr + "</strong>" +
      "<span>" + h(f.carrier.name) + " " + f.no + " " + DOT + " " + f.dur + " " + DOT + " " + stopsText(f, true) + "</span></div></div>" +
      '<dl class="totals"><dt>Fare ' + TIMES + " " + adults(t.n) + "</dt><dd>" + usd(f.fare) + " " + TIMES + " " + t.n + "</dd>" +
      '<dt class="total-row">Total</dt><dd class="total-row">' + usd(f.fare * t.n) + "</dd></dl>";
  }

  // ------------------------------------------------------------------ search
  byId("finder").addEventListener("submit", function (e) {
    e.preventDefault();
    var from = tidy(byId("orig").value), to = tidy(byId("dest").value);
    var msg = !from || !to ? "Please enter both a departure and a destination city."
      : from.toLowerCase() === to.toLowerCase() ? "Departure and destination must be different." : "";
    byId("finder-msg").textContent = msg;
    if (msg) return;
    state.trip = { from: from, to: to, a: iata(from), b: iata(to), day: toDay(byId("when").value), n: parseInt(byId("travellers").value, 10) || 1 };
    state.directOnly = false;
    byId("direct-only").checked = false;
    state.view = "results";
    paintResults();
    paintViews();
  });

  byId("direct-only").addEventListener("change", function () {
    state.directOnly = this.checked;
    paintResults();
  });

  byId("res-list").addEventListener("click", function (e) {
    var b = e.target.closest(".pick-btn");
    if (!b) return;
    state.pick = Number(b.getAttribute("data-key"));
    paintSummary();
    checks.forEach(function (c) { flag(c, ""); });
    state.view = "pax";
    paintViews();
    window.scrollTo(0, 0);
  });

  // ------------------------------------------------------------------ passenger form
  var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
  var checks = [
    ["given", "given-msg", function (v) { return v ? "" : "Please enter your first name."; }],
    ["family", "family-msg", function (v) { return v ? "" : "Please enter your last name."; }],
    ["mail", "mail-msg", function (v) { return !v ? "Please enter your email address." : EMAIL.test(v) ? "" : "Please enter a valid email address."; }]
  ];

  function flag(c, msg) {
    var input = byId(c[0]);
    byId(c[1]).textContent = msg;
    input.classList.toggle("bad", !!msg);
    input.setAttribute("aria-invalid", msg ? "true" : "false");
  }

  checks.forEach(function (c) {
    byId(c[0]).addEventListener("input", function () { if (byId(c[1]).textContent) flag(c, ""); });
  });

  function pnr() {
    var first = "ABCDEFGHJKLMNPQRSTUVWXYZ", rest = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    var out = first[Math.floor(Math.random() * first.length)];
    while (out.length < 6) out += rest[Math.floor(Math.random() * rest.length)];
    return out;
  }

  byId("passenger-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var bad = checks.filter(function (c) {
      var msg = c[2](byId(c[0]).value.trim());
      flag(c, msg);
      return !!msg;
    });
    if (bad.length) { byId(bad[0][0]).focus(); return; }
    finish();
  });

  function finish() {
    var t = state.trip, f = TIMETABLE[state.pick];
    var given = tidy(byId("given").value);
    byId("done-msg").textContent = "Thank you, " + given + ". Your e-ticket is on its way to " + byId("mail").value.trim() + ".";
    var facts = [
      ["Passenger", given + " " + tidy(byId("family").value)],
      ["Date", fmtDay(t.day) + " " + t.day.getUTCFullYear()],
      ["Flight", f.carrier.name + " " + f.no],
      ["Total paid", usd(f.fare * t.n)]
    ];
    byId("eticket").innerHTML =
      '<div class="eticket-top"><div class="pnr"><span class="pnr-lbl">Booking reference</span><strong class="pnr-code">' + pnr() + "</strong></div>" +
      '<img src="' + f.carrier.logo + '" alt="' + h(f.carrier.name) + '" width="44" height="44"></div>' +
      '<div class="eticket-route"><div class="pt"><span class="hhmm">' + f.dep + '</span><span class="place">' + h(t.from) + " (" + h(t.a) + ")</span></div>" +
      '<div class="leg"><span class="leg-dur">' + f.dur + '</span><span class="leg-line"></span><span class="leg-stops' + (f.via ? "" : " direct") + '">' + stopsText(f, false) + "</span></div>" +
      '<div class="pt pt-right"><span class="hhmm">' + f.arr + '</span><span class="place">' + h(t.to) + " (" + h(t.b) + ")</span></div></div>" +
      '<dl class="eticket-facts">' + facts.map(function (p) { return "<div><dt>" + p[0] + "</dt><dd>" + h(p[1]) + "</dd></div>"; }).join("") + "</dl>";
    state.view = "done";
    paintViews();
    window.scrollTo(0, 0);
  }

  byId("to-results").addEventListener("click", function () { state.view = "results"; paintViews(); });
  byId("restart").addEventListener("click", function () {
    byId("passenger-form").reset();
    checks.forEach(function (c) { flag(c, ""); });
    state.pick = null;
    state.view = "results";
    paintViews();
    window.scrollTo(0, 0);
  });

  paintViews();
  window.addEventListener("load", function () { document.documentElement.classList.remove("loading"); });
})();
