// Convertly. Each kind keeps its own record in a Map:
//   { units: [fromSym, toSym], texts: [fromText, toText], driver: 0 | 1 }
// where `driver` says which box the user typed in last (0 = From, 1 = To).
const LINEAR = {
  length: [["mm", "Millimetre", 0.001], ["cm", "Centimetre", 0.01], ["m", "Metre", 1], ["km", "Kilometre", 1000],
    ["in", "Inch", 0.0254], ["ft", "Foot", 0.3048], ["yd", "Yard", 0.9144], ["mi", "Mile", 1609.344]],
  weight: [["mg", "Milligram", 0.000001], ["g", "Gram", 0.001], ["kg", "Kilogram", 1], ["t", "Tonne", 1000],
    ["lb", "Pound", 0.45359237], ["oz", "Ounce", 0.028349523125]]
};
const CATALOG = {
  length: { units: LINEAR.length, first: ["km", "mi", "1"], quick: [[1, "in", "cm"], [1, "ft", "m"], [1, "mi", "km"], [1, "yd", "m"]] },
  weight: { units: LINEAR.weight, first: ["kg", "lb", "1"], quick: [[1, "lb", "kg"], [1, "oz", "g"], [1, "t", "lb"], [1, "g", "oz"]] },
  temperature: {
    units: [["°C", "Celsius"], ["°F", "Fahrenheit"], ["K", "Kelvin"]],
    first: ["°C", "°F", "20"],
    quick: [[0, "°C", "°F"], [20, "°C", "°F"], [50, "°F", "°C"], [0, "K", "°C"]]
  }
};
const TEMP_RULES = {
  "°C>°F": "°F = °C × 9/5 + 32", "°F>°C": "°C = (°F − 32) × 5/9",
  "°C>K": "K = °C + 273.15", "K>°C": "°C = K − 273.15",
  "°F>K": "K = (°F − 32) × 5/9 + 273.15", "K>°F": "°F = (K − 273.15) × 9/5 + 32"
};

const q = (id) => document.getElementById(id);
const ui = {
  nums: [q("cv-a-num"), q("cv-b-num")],
  units: [q("cv-a-unit"), q("cv-b-unit")],
  line: q("cv-line"),
  how: q("cv-how"),
  quick: q("cv-quick"),
  tabs: Array.from(document.querySelectorAll(".cv-kind")),
  body: q("cv-body")
};

const memory = new Map(Object.entries(CATALOG).map(([k, c]) => [k, { units: [c.first[0], c.first[1]], texts: [c.first[2], ""], driver: 0 }]));
let current = "length";

// ------------------------------------------------------------ maths
const celsiusFrom = { "°C": (v) => v, "°F": (v) => (v - 32) * 5 / 9, K: (v) => v - 273.15 };
const celsiusTo = { "°C": (c) => c, "°F": (c) => c * 9 / 5 + 32, K: (c) => c + 273.15 };

function ratio(kind, sym) {
  const row = CATALOG[kind].units.find((u) => u[0] === sym);
  return row ? row[2] : 1;
}
function conv(kind, v, a, b) {
  return kind === "temperature" ? celsiusTo[b](celsiusFrom[a](v)) : (v * ratio(kind, a)) / ratio(kind, b);
}
function tidy(x) {
  let r = Math.round(x * 10000) / 10000;
  if (Object.is(r, -0)) r = 0;
  const s = r.toFixed(4).replace(/0+$/, "").replace(/\.$/, "");
  return s === "-0" ? "0" : s;
}
function num(text) {
  const t = String(text).trim().replace(",", ".");
  return /^-?(\d+\.?\d*|\.\d+)$/.test(t) ? parseFloat(t) : null;
}

// ------------------------------------------------------------ state -> screen
function settle(rec) {
  const src = rec.driver, dst = 1 - src;
  const v = num(rec.texts[src]);
  rec.texts[dst] = v === null ? "" : tidy(conv(current, v, rec.units[src], rec.units[dst]));
}

function describe(kind, a, b) {
  if (a === b) return "Same unit on both sides.";
  if (kind === "temperature") return "Formula: " + TEMP_RULES[a + ">" + b];
  return "Multiply by " + tidy(conv(kind, 1, a, b)) + " to go from " + a + " to " + b + ".";
}

function paint(keepTyping) {
  const rec = memory.get(current);
  const focused = document.activeElement;
  [0, 1].forEach((k) => {
    if (!(keepTyping && focused === ui.nums[k])) ui.nums[k].value = rec.texts[k];
    ui.units[k].value = rec.units[k];
  });
  const a = num(rec.texts[0]);
  const b = num(rec.texts[1]);
  if (a === null || b === null) {
    ui.line.textContent = "Enter a number to convert";
    ui.line.dataset.blank = "";
  } else {
    ui.line.textContent = `${tidy(a)} ${rec.units[0]} = ${tidy(b)} ${rec.units[1]}`;
    delete ui.line.dataset.blank;
  }
  ui.how.textContent = describe(current, rec.units[0], rec.units[1]);
}

function options(select, kind) {
  select.replaceChildren(...CATALOG[kind].units.map(([sym, name]) => new Option(`${name} (${sym})`, sym)));
}

function quickList() {
  ui.quick.replaceChildren(...CATALOG[current].quick.map(([value, a, b]) => {
    const li = document.createElement("li");
    const chip = document.createElement("button");
    chip.type = "button";
    chip.className = "cv-chip";
    chip.textContent = `${tidy(value)} ${a} = ${tidy(conv(current, value, a, b))} ${b}`;
    chip.addEventListener("click", () => {
      const rec = memory.get(current);
      rec.units = [a, b];
      rec.texts[0] = tidy(value);
      rec.driver = 0;
      settle(rec);
      paint(false);
    });
    li.append(chip);
    return li;
  }));
}

function open(kind) {
  current = kind;
  ui.tabs.forEach((t) => {
    const on = t.value === kind;
    t.setAttribute("aria-selected", String(on));
    t.tabIndex = on ? 0 : -1;
    if (on) ui.body.setAttribute("aria-labelledby", t.id);
  });
  ui.units.forEach((s) => options(s, kind));
  settle(memory.get(kind));
  paint(false);
  quickList();
}

// ------------------------------------------------------------ wiring
ui.tabs.forEach((t) => t.addEventListener("click", () => open(t.value)));

ui.nums.forEach((input, k) => input.addEventListener("input", () => {
  const rec = memory.get(current);
  rec.texts[k] = input.value;
  rec.driver = k;
  settle(rec);
  paint(true);
}));

ui.units.forEach((select) => select.addEventListener("change", () => {
  const rec = memory.get(current);
  rec.units = ui.units.map((s) => s.value);
  settle(rec);
  paint(false);
}));

q("cv-flip").addEventListener("click", () => {
  const rec = memory.get(current);
  rec.units.reverse();
  rec.driver = 0;
  settle(rec);
  paint(false);
});

open("length");

// Show the page in one go once every image is decoded.
Promise.all(Array.from(document.images, (img) => img.decode().catch(() => null)))
  .then(() => document.documentElement.setAttribute("data-painted", ""));
