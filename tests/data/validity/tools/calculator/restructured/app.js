// Calcly: a pocket calculator without precedence. The whole state lives in one
// object; every key press returns the next state and the screen is redrawn.
const LIMIT = 12;
const OPS = { "+": (a, b) => a + b, "−": (a, b) => a - b, "×": (a, b) => a * b, "÷": (a, b) => (b === 0 ? NaN : a / b) };

const els = {
  chain: document.getElementById("c-chain"),
  big: document.getElementById("c-big"),
  list: document.getElementById("c-list"),
  none: document.getElementById("c-none"),
  pad: document.getElementById("c-pad")
};

const blank = () => ({ shown: "0", total: null, pending: null, tokens: [], startNew: true, afterEquals: false, broken: false });
let calc = blank();
const tape = []; // oldest first; shown newest first

function show(n) {
  if (!Number.isFinite(n)) return "Error";
  let r = Number(n.toPrecision(12));
  if (r === 0) r = 0; // drops -0
  let s = String(r);
  if (s.replace(/[-.]/g, "").length > 14) s = r.toExponential(6);
  return s;
}

function typeDigit(d) {
  if (calc.broken || calc.afterEquals) calc = blank();
  if (calc.startNew) {
    calc.shown = d === "." ? "0." : d;
    calc.startNew = false;
  } else if (d === ".") {
    if (!calc.shown.includes(".")) calc.shown += ".";
  } else if (calc.shown.replace(/[-.]/g, "").length < LIMIT) {
    if (calc.shown === "0") calc.shown = d;
    else if (calc.shown === "-0") calc.shown = "-" + d;
    else calc.shown += d;
  }
}

function typeOperator(sym) {
  if (calc.broken) return;
  if (calc.afterEquals) {
    calc.tokens = [calc.shown];
    calc.total = Number(calc.shown);
    calc.afterEquals = false;
  } else if (calc.startNew && calc.pending) {
    calc.tokens[calc.tokens.length - 1] = sym;
    calc.pending = sym;
    return;
  } else {
    calc.tokens.push(calc.shown);
    const b = Number(calc.shown);
    calc.total = calc.pending ? OPS[calc.pending](calc.total, b) : b;
    calc.shown = show(calc.total);
    if (calc.shown === "Error") {
      Object.assign(calc, { shown: "Error", broken: true, pending: null, afterEquals: true });
      return;
    }
  }
  calc.tokens.push(sym);
  calc.pending = sym;
  calc.startNew = true;
}

function typeEquals() {
  if (calc.broken || !calc.pending) return;
  calc.tokens.push(calc.shown);
  const result = show(OPS[calc.pending](calc.total, Number(calc.shown)));
  calc.tokens.push("=");
  tape.push({ left: calc.tokens.join(" ") + " ", right: result });
  Object.assign(calc, { shown: result, total: null, pending: null, afterEquals: true, startNew: true, broken: result === "Error" });
}

function unary(fn) {
  if (calc.broken) return;
  if (calc.afterEquals) {
    calc.tokens = [];
    calc.afterEquals = false;
  }
  calc.shown = show(fn(Number(calc.shown)));
  calc.startNew = true;
}

function hit(key) {
  if (/^[0-9.]$/.test(key)) typeDigit(key);
  else if (key in OPS) typeOperator(key);
  else if (key === "=") typeEquals();
  else if (key === "clear") calc = blank();
  else if (key === "negate") {
    if (!calc.startNew && calc.shown !== "0" && calc.shown !== "0.") {
      calc.shown = calc.shown.startsWith("-") ? calc.shown.slice(1) : "-" + calc.shown;
    } else unary((n) => -n);
  } else if (key === "percent") unary((n) => n / 100);
  draw();
}

function draw() {
  els.chain.textContent = calc.tokens.join(" ");
  els.big.textContent = calc.shown;
  els.big.toggleAttribute("data-bad", calc.broken);
  els.big.toggleAttribute("data-long", calc.shown.length > 10);
  const items = tape.slice().reverse().map((entry, k) => {
    const li = document.createElement("li");
    if (k === 0) li.dataset.latest = "";
    const left = document.createElement("span");
    left.className = "log__left";
    left.textContent = entry.left;
    const right = document.createElement("strong");
    right.className = "log__right";
    right.textContent = entry.right;
    if (entry.right === "Error") right.dataset.bad = "";
    li.append(left, right);
    return li;
  });
  els.list.replaceChildren(...items);
  els.none.hidden = tape.length > 0;
}

els.pad.addEventListener("click", (e) => {
  const b = e.target.closest("button");
  if (b && els.pad.contains(b)) hit(b.value);
});

const KEYMAP = { "*": "×", x: "×", "/": "÷", "-": "−", "+": "+", Enter: "=", "=": "=", Escape: "clear", c: "clear", C: "clear", "%": "percent", ",": "." };
document.addEventListener("keydown", (e) => {
  const key = /^[0-9.]$/.test(e.key) ? e.key : KEYMAP[e.key];
  if (!key || e.ctrlKey || e.metaKey || e.altKey) return;
  e.preventDefault();
  hit(key);
});

draw();
