(function () {
  "use strict";

  // Linear units: factor to the base unit (metre, kilogram).
  var KINDS = {
    length: {
      units: [
        ["mm", "Millimetre", 0.001], ["cm", "Centimetre", 0.01], ["m", "Metre", 1], ["km", "Kilometre", 1000],
        ["in", "Inch", 0.0254], ["ft", "Foot", 0.3048], ["yd", "Yard", 0.9144], ["mi", "Mile", 1609.344]
      ],
      start: { from: "km", to: "mi", fromText: "1" },
      common: [["in", "cm"], ["ft", "m"], ["mi", "km"], ["yd", "m"]]
    },
    weight: {
      units: [
        ["mg", "Milligram", 0.000001], ["g", "Gram", 0.001], ["kg", "Kilogram", 1], ["t", "Tonne", 1000],
        ["lb", "Pound", 0.45359237], ["oz", "Ounce", 0.028349523125]
      ],
      start: { from: "kg", to: "lb", fromText: "1" },
      common: [["lb", "kg"], ["oz", "g"], ["t", "lb"], ["g", "oz"]]
    },
    temperature: {
      units: [["°C", "Celsius"], ["°F", "Fahrenheit"], ["K", "Kelvin"]],
      start: { from: "°C", to: "°F", fromText: "20" },
      common: [["0", "°C", "°F"], ["20", "°C", "°F"], ["50", "°F", "°C"], ["0", "K", "°C"]]
    }
  };

  var state = {};
  Object.keys(KINDS).forEach(function (k) {
    var s = KINDS[k].start;
    state[k] = { from: s.from, to: s.to, fromText: s.fromText, toText: "", source: "from" };
  });
  var kind = "length";

  var $ = function (id) { return document.getElementById(id); };

  // ---------------------------------------------------------------- maths

  function toCelsius(v, u) {
    if (u === "°C") return v;
    if (u === "°F") return (v - 32) * 5 / 9;
    return v - 273.15;
  }

  function fromCelsius(c, u) {
    if (u === "°C") return c;
    if (u === "°F") return c * 9 / 5 + 32;
    return c + 273.15;
  }

  function factor(k, sym) {
    var list = KINDS[k].units;
    for (var i = 0; i < list.length; i++) if (list[i][0] === sym) return list[i][2];
    return 1;
  }

  function convert(k, v, from, to) {
    if (k === "temperature") return fromCelsius(toCelsius(v, from), to);
    return v * factor(k, from) / factor(k, to);
  }

  function fmt(x) {
    var r = Math.round(x * 10000) / 10000;
    if (Object.is(r, -0)) r = 0;
    var s = r.toFixed(4).replace(/0+$/, "").replace(/\.$/, "");
    return s === "-0" ? "0" : s;
  }

  function parse(text) {
    var t = String(text).trim().replace(",", ".");
    if (!/^-?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
    return parseFloat(t);
  }

  // ---------------------------------------------------------------- view

  function fillSelect(select, k, chosen) {
    select.textContent = "";
    KINDS[k].units.forEach(function (u) {
      var o = document.createElement("option");
      o.value = u[0];
      o.textContent = u[1] + " (" + u[0] + ")";
      o.selected = u[0] === chosen;
      select.appendChild(o);
    });
  }

  function recompute() {
    var s = state[kind];
    if (s.source === "from") {
      var v = parse(s.fromText);
      s.toText = v === null ? "" : fmt(convert(kind, v, s.from, s.to));
    } else {
      var w = parse(s.toText);
      s.fromText = w === null ? "" : fmt(convert(kind, w, s.to, s.from));
    }
  }

  function render(skipFocused) {
    var s = state[kind];
    var active = document.activeElement;
    if (active !== $("from-value") || !skipFocused) $("from-value").value = s.fromText;
    if (active !== $("to-value") || !skipFocused) $("to-value").value = s.toText;
    $("from-unit").value = s.from;
    $("to-unit").value = s.to;

    var a = parse(s.fromText), b = parse(s.toText);
    if (a === null || b === null) {
      $("result").textContent = "Enter a number to convert";
      $("result").classList.add("is-empty");
    } else {
      $("result").textContent = fmt(a) + " " + s.from + " = " + fmt(b) + " " + s.to;
      $("result").classList.remove("is-empty");
    }
    $("formula").textContent = formula(kind, s.from, s.to);
  }

  function formula(k, from, to) {
    if (from === to) return "Same unit on both sides.";
    if (k === "temperature") {
      var key = from + ">" + to;
      var F = {
        "°C>°F": "°F = °C × 9/5 + 32", "°F>°C": "°C = (°F − 32) × 5/9",
        "°C>K": "K = °C + 273.15", "K>°C": "°C = K − 273.15",
        "°F>K": "K = (°F − 32) × 5/9 + 273.15", "K>°F": "°F = (K − 273.15) × 9/5 + 32"
      };
      return "Formula: " + F[key];
    }
    return "Multiply by " + fmt(convert(k, 1, from, to)) + " to go from " + from + " to " + to + ".";
  }

  function renderChips() {
    var box = $("chips");
    box.textContent = "";
    KINDS[kind].common.forEach(function (c) {
      var value, from, to;
      if (kind === "temperature") { value = parse(c[0]); from = c[1]; to = c[2]; }
      else { value = 1; from = c[0]; to = c[1]; }
      var b = document.createElement("button");
      b.type = "button";
      b.className = "chip";
      b.textContent = fmt(value) + " " + from + " = " + fmt(convert(kind, value, from, to)) + " " + to;
      b.addEventListener("click", function () {
        var s = state[kind];
        s.from = from;
        s.to = to;
        s.fromText = fmt(value);
        s.source = "from";
        recompute();
        render(false);
      });
      box.appendChild(b);
    });
  }

  function selectKind(k) {
    var tabs = document.querySelectorAll('[role="tab"]');
    for (var i = 0; i < tabs.length; i++) {
      var on = tabs[i].getAttribute("data-kind") === kind;
      tabs[i].setAttribute("aria-selected", on ? "true" : "false");
      tabs[i].tabIndex = on ? 0 : -1;
      if (on) $("converter").setAttribute("aria-labelledby", tabs[i].id);
    }
    kind = k;
    fillSelect($("from-unit"), k, state[k].from);
    fillSelect($("to-unit"), k, state[k].to);
    recompute();
    render(false);
    renderChips();
  }

  // ---------------------------------------------------------------- events

  var tabs = document.querySelectorAll('[role="tab"]');
  for (var i = 0; i < tabs.length; i++) {
    tabs[i].addEventListener("click", function () { selectKind(this.getAttribute("data-kind")); });
  }

  $("from-value").addEventListener("input", function () {
    var s = state[kind];
    s.fromText = this.value;
    s.source = "from";
    recompute();
    render(true);
  });

  $("to-value").addEventListener("input", function () {
    var s = state[kind];
    s.toText = this.value;
    s.source = "to";
    recompute();
    render(true);
  });

  function unitChanged() {
    var s = state[kind];
    s.from = $("from-unit").value;
    s.to = $("to-unit").value;
    recompute();
    render(false);
  }
  $("from-unit").addEventListener("change", unitChanged);
  $("to-unit").addEventListener("change", unitChanged);

  $("swap").addEventListener("click", function () {
    var s = state[kind];
    var t = s.from;
    s.from = s.to;
    s.to = t;
    if (s.source === "to") { s.source = "from"; }
    recompute();
    render(false);
  });

  selectKind("length");
})();

// Reveal the page once every image (including the ones built above) is decoded.
(function () {
  "use strict";
  var imgs = Array.prototype.slice.call(document.images);
  Promise.all(imgs.map(function (img) {
    return img.decode().catch(function () { return null; });
  })).then(function () {
    document.documentElement.classList.add("is-ready");
  });
})();
