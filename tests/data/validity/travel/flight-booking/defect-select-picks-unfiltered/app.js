(function () {
  "use strict";

  var CODES = {
    lisbon: "LIS", porto: "OPO", copenhagen: "CPH", reykjavik: "KEF", marrakech: "RAK",
    london: "LHR", paris: "CDG", madrid: "MAD", barcelona: "BCN", berlin: "BER",
    rome: "FCO", amsterdam: "AMS", frankfurt: "FRA", dublin: "DUB", oslo: "OSL"
  };

  var AIRLINES = {
    skylark: { name: "Skylark Air", logo: "images/airline-skylark.svg" },
    nordwind: { name: "Nordwind", logo: "images/airline-nordwind.svg" },
    atlantica: { name: "Atlantica", logo: "images/airline-atlantica.svg" }
  };

  // One timetable, whatever the route: departure, arrival, duration, stops, price per person.
  var FLIGHTS = [
    { id: 1, airline: "skylark", number: "SK 212", dep: "06:45", arr: "11:20", dur: "3h 35m", stops: 0, via: "", price: 164 },
    { id: 2, airline: "atlantica", number: "AT 531", dep: "08:10", arr: "14:55", dur: "5h 45m", stops: 1, via: "AMS", price: 128 },
    { id: 3, airline: "skylark", number: "SK 214", dep: "11:05", arr: "15:40", dur: "3h 35m", stops: 0, via: "", price: 189 },
    { id: 4, airline: "nordwind", number: "NW 806", dep: "13:30", arr: "20:05", dur: "5h 35m", stops: 1, via: "FRA", price: 142 },
    { id: 5, airline: "nordwind", number: "NW 812", dep: "17:50", arr: "22:25", dur: "3h 35m", stops: 0, via: "", price: 207 }
  ];

  var DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  var $ = function (id) { return document.getElementById(id); };

  var search = null;   // {from, to, fromCode, toCode, date, pax}
  var chosen = null;   // a FLIGHTS entry

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function titleCase(s) {
    return s.replace(/\s+/g, " ").trim().split(" ").map(function (w) {
      return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
    }).join(" ");
  }

  function codeOf(city) {
    var key = city.toLowerCase();
    return CODES[key] || city.replace(/[^A-Za-z]/g, "").slice(0, 3).toUpperCase();
  }

  function parseDate(value) {
    var d = new Date((value || "2026-03-13") + "T00:00:00Z");
    return isNaN(d.getTime()) ? new Date("2026-03-13T00:00:00Z") : d;
  }

  function dayLabel(d) {
    return DAYS[d.getUTCDay()] + " " + d.getUTCDate() + " " + MONTHS[d.getUTCMonth()];
  }

  function money(n) {
    return "$" + n;
  }

  function paxLabel(n) {
    return n + (n === 1 ? " adult" : " adults");
  }

  function show(view) {
    $("hero").hidden = view === "passenger" || view === "confirm";
    $("hero").classList.toggle("is-compact", view === "results");
    $("view-deals").hidden = view !== "deals";
    $("view-results").hidden = view !== "results";
    $("view-passenger").hidden = view !== "passenger";
    $("view-confirm").hidden = view !== "confirm";
  }

  // ------------------------------------------------------------------ search

  function runSearch(event) {
    event.preventDefault();
    var from = titleCase($("from").value);
    var to = titleCase($("to").value);
    var error = "";
    if (!from || !to) error = "Please enter both a departure and a destination city.";
    else if (from.toLowerCase() === to.toLowerCase()) error = "Departure and destination must be different.";
    $("search-error").textContent = error;
    if (error) return;
    search = {
      from: from, to: to, fromCode: codeOf(from), toCode: codeOf(to),
      date: parseDate($("date").value), pax: parseInt($("pax").value, 10) || 1
    };
    $("nonstop").checked = false;
    renderResults();
    show("results");
  }

  function renderDays() {
    var strip = $("days");
    strip.textContent = "";
    var base = [149, 139, 128, 171, 158];
    for (var i = -2; i <= 2; i++) {
      var d = new Date(search.date.getTime() + i * 86400000);
      var cell = el("div", "day" + (i === 0 ? " is-current" : ""));
      cell.appendChild(el("span", "day-name", dayLabel(d)));
      cell.appendChild(el("span", "day-price", money(base[i + 2])));
      strip.appendChild(cell);
    }
  }

  function visibleFlights() {
    var nonstop = $("nonstop").checked;
    return FLIGHTS.filter(function (f) { return !nonstop || f.stops === 0; });
  }

  function renderResults() {
    var list = visibleFlights();
    $("results-title").textContent = search.from + " to " + search.to;
    $("results-sub").textContent = dayLabel(search.date) + " \u00b7 " + paxLabel(search.pax) + " \u00b7 " +
      list.length + (list.length === 1 ? " flight" : " flights");
    renderDays();

    var ol = $("flights");
    ol.textContent = "";
    list.forEach(function (f, i) {
      var a = AIRLINES[f.airline];
      var li = el("li", "flight");

      var carrier = el("div", "carrier");
      var logo = el("img");
      logo.src = a.logo;
      logo.alt = a.name;
      logo.width = 40;
      logo.height = 40;
      carrier.appendChild(logo);
      var cname = el("div", "carrier-name");
      cname.appendChild(el("strong", "", a.name));
      cname.appendChild(el("span", "", f.number));
      carrier.appendChild(cname);
      li.appendChild(carrier);

      var times = el("div", "times");
      var dep = el("div", "end");
      dep.appendChild(el("span", "time", f.dep));
      dep.appendChild(el("span", "code", search.fromCode));
      var mid = el("div", "mid");
      mid.appendChild(el("span", "dur", f.dur));
      var line = el("span", "line" + (f.stops ? " has-stop" : ""));
      mid.appendChild(line);
      mid.appendChild(el("span", "stops" + (f.stops ? "" : " nonstop"), f.stops ? "1 stop \u00b7 " + f.via : "Nonstop"));
      var arr = el("div", "end");
      arr.appendChild(el("span", "time", f.arr));
      arr.appendChild(el("span", "code", search.toCode));
      times.appendChild(dep);
      times.appendChild(mid);
      times.appendChild(arr);
      li.appendChild(times);

      var buy = el("div", "buy");
      buy.appendChild(el("span", "price", money(f.price)));
      buy.appendChild(el("span", "per", "per person"));
      var select = el("button", "select-button", "Select");
      select.type = "button";
      select.addEventListener("click", function () { choose(FLIGHTS[i]); });
      buy.appendChild(select);
      li.appendChild(buy);

      ol.appendChild(li);
    });
  }

  // ------------------------------------------------------------------ passenger

  function tripCard(container, f) {
    var a = AIRLINES[f.airline];
    container.textContent = "";
    container.appendChild(el("h3", "", "Your trip"));
    var route = el("p", "trip-route");
    route.textContent = search.from + " (" + search.fromCode + ") \u2192 " + search.to + " (" + search.toCode + ")";
    container.appendChild(route);
    var row = el("div", "trip-flight");
    var logo = el("img");
    logo.src = a.logo;
    logo.alt = a.name;
    logo.width = 36;
    logo.height = 36;
    row.appendChild(logo);
    var words = el("div");
    words.appendChild(el("strong", "", dayLabel(search.date) + " \u00b7 " + f.dep + " \u2013 " + f.arr));
    words.appendChild(el("span", "", a.name + " " + f.number + " \u00b7 " + f.dur + " \u00b7 " + (f.stops ? "1 stop via " + f.via : "Nonstop")));
    row.appendChild(words);
    container.appendChild(row);
    var dl = el("dl", "sums");
    dl.appendChild(el("dt", "", "Fare \u00d7 " + paxLabel(search.pax)));
    dl.appendChild(el("dd", "", money(f.price) + " \u00d7 " + search.pax));
    dl.appendChild(el("dt", "grand", "Total"));
    dl.appendChild(el("dd", "grand", money(f.price * search.pax)));
    container.appendChild(dl);
  }

  function choose(f) {
    chosen = f;
    tripCard($("trip-summary"), f);
    clearErrors();
    show("passenger");
    window.scrollTo(0, 0);
  }

  var FIELDS = [
    { input: "first", error: "first-error", check: function (v) { return v ? "" : "Please enter your first name."; } },
    { input: "last", error: "last-error", check: function (v) { return v ? "" : "Please enter your last name."; } },
    {
      input: "email", error: "email-error", check: function (v) {
        if (!v) return "Please enter your email address.";
        return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? "" : "Please enter a valid email address.";
      }
    }
  ];

  function setError(field, message) {
    $(field.error).textContent = message;
    $(field.input).classList.toggle("is-invalid", !!message);
    $(field.input).setAttribute("aria-invalid", message ? "true" : "false");
  }

  function clearErrors() {
    FIELDS.forEach(function (f) { setError(f, ""); });
  }

  function randomReference() {
    var letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    var chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    var ref = letters.charAt(Math.floor(Math.random() * letters.length));
    for (var i = 0; i < 5; i++) ref += chars.charAt(Math.floor(Math.random() * chars.length));
    return ref;
  }

  function submitPassenger(event) {
    event.preventDefault();
    var firstBad = null;
    FIELDS.forEach(function (f) {
      var message = f.check($(f.input).value.trim());
      setError(f, message);
      if (message && !firstBad) firstBad = f;
    });
    if (firstBad) {
      $(firstBad.input).focus();
      return;
    }
    confirmBooking();
  }

  function confirmBooking() {
    var f = chosen;
    var a = AIRLINES[f.airline];
    var name = titleCase($("first").value) + " " + titleCase($("last").value);
    $("confirm-thanks").textContent = "Thank you, " + titleCase($("first").value) +
      ". Your e-ticket is on its way to " + $("email").value.trim() + ".";
    var t = $("ticket");
    t.textContent = "";

    var top = el("div", "ticket-top");
    var refBox = el("div", "ref");
    refBox.appendChild(el("span", "ref-label", "Booking reference"));
    refBox.appendChild(el("strong", "ref-code", randomReference()));
    top.appendChild(refBox);
    var logo = el("img");
    logo.src = a.logo;
    logo.alt = a.name;
    logo.width = 44;
    logo.height = 44;
    top.appendChild(logo);
    t.appendChild(top);

    var route = el("div", "ticket-route");
    var dep = el("div", "end");
    dep.appendChild(el("span", "time", f.dep));
    dep.appendChild(el("span", "city", search.from + " (" + search.fromCode + ")"));
    var mid = el("div", "mid");
    mid.appendChild(el("span", "dur", f.dur));
    mid.appendChild(el("span", "line"));
    mid.appendChild(el("span", "stops" + (f.stops ? "" : " nonstop"), f.stops ? "1 stop \u00b7 " + f.via : "Nonstop"));
    var arr = el("div", "end end-right");
    arr.appendChild(el("span", "time", f.arr));
    arr.appendChild(el("span", "city", search.to + " (" + search.toCode + ")"));
    route.appendChild(dep);
    route.appendChild(mid);
    route.appendChild(arr);
    t.appendChild(route);

    var dl = el("dl", "ticket-facts");
    [
      ["Passenger", name],
      ["Date", dayLabel(search.date) + " " + search.date.getUTCFullYear()],
      ["Flight", a.name + " " + f.number],
      ["Total paid", money(f.price * search.pax)]
    ].forEach(function (pair) {
      var box = el("div");
      box.appendChild(el("dt", "", pair[0]));
      box.appendChild(el("dd", "", pair[1]));
      dl.appendChild(box);
    });
    t.appendChild(dl);

    show("confirm");
    window.scrollTo(0, 0);
  }

  // ------------------------------------------------------------------ wiring

  $("search-form").addEventListener("submit", runSearch);
  $("nonstop").addEventListener("change", renderResults);
  $("pax-form").addEventListener("submit", submitPassenger);
  $("back").addEventListener("click", function () { show("results"); });
  $("again").addEventListener("click", function () {
    $("pax-form").reset();
    clearErrors();
    chosen = null;
    show("results");
    window.scrollTo(0, 0);
  });
  FIELDS.forEach(function (f) {
    $(f.input).addEventListener("input", function () {
      if ($(f.error).textContent) setError(f, "");
    });
  });
  show("deals");

  window.addEventListener("load", function () { document.documentElement.classList.remove("is-loading"); });
})();
