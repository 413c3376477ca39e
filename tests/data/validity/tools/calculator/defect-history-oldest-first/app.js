(function () {
  "use strict";

  var MAX_DIGITS = 12;
  var exprEl = document.getElementById("expr");
  var valueEl = document.getElementById("value");
  var tapeEl = document.getElementById("tape");
  var emptyEl = document.getElementById("empty");

  var entry = "0";     // what the big display shows
  var acc = null;      // running result of the chain so far
  var op = null;       // operator waiting for its right operand
  var chain = [];      // tokens of the expression line, e.g. ["7", "+", "0.1", "×"]
  var fresh = true;    // the next digit starts a new number
  var done = false;    // "=" was just pressed
  var error = false;
  var history = [];    // newest first: "7 + 0.1 × 3 = 21.3"

  // Rounded to 12 significant digits so 0.1 + 0.2 shows 0.3.
  function format(n) {
    if (!isFinite(n)) return "Error";
    var r = parseFloat(n.toPrecision(12));
    if (Object.is(r, -0)) r = 0;
    var s = String(r);
    if (s.replace(/[-.]/g, "").length > 14) s = r.toExponential(6);
    return s;
  }

  function apply(a, operator, b) {
    switch (operator) {
      case "+": return a + b;
      case "−": return a - b;
      case "×": return a * b;
      case "÷": return b === 0 ? NaN : a / b;
    }
    return b;
  }

  function resetAll() {
    entry = "0";
    acc = null;
    op = null;
    chain = [];
    fresh = true;
    done = false;
    error = false;
  }

  function digit(d) {
    if (error || done) resetAll();
    if (fresh) {
      entry = d === "." ? "0." : d;
      fresh = false;
      return;
    }
    if (d === ".") {
      if (entry.indexOf(".") === -1) entry += ".";
      return;
    }
    if (entry.replace(/[-.]/g, "").length >= MAX_DIGITS) return;
    entry = entry === "0" ? d : entry === "-0" ? "-" + d : entry + d;
  }

  function operator(next) {
    if (error) return;
    if (done) {
      chain = [entry];
      acc = parseFloat(entry);
      done = false;
    } else if (fresh && op) {
      chain[chain.length - 1] = next; // changed her mind: swap the operator
      op = next;
      return;
    } else {
      chain.push(entry);
      var b = parseFloat(entry);
      acc = op ? apply(acc, op, b) : b;
      entry = format(acc);
      if (entry === "Error") {
        fail();
        return;
      }
    }
    chain.push(next);
    op = next;
    fresh = true;
  }

  function equals() {
    if (error || !op) return;
    chain.push(entry);
    var result = format(apply(acc, op, parseFloat(entry)));
    chain.push("=");
    history.push(chain.join(" ") + " " + result);
    entry = result;
    acc = null;
    op = null;
    done = true;
    fresh = true;
    error = result === "Error";
  }

  function fail() {
    entry = "Error";
    error = true;
    op = null;
    done = true;
  }

  function transform(fn) {
    if (error) return;
    if (done) {
      chain = [];
      done = false;
    }
    entry = format(fn(parseFloat(entry)));
    fresh = true;
  }

  function press(key) {
    if (/^[0-9.]$/.test(key)) digit(key);
    else if (key === "+" || key === "−" || key === "×" || key === "÷") operator(key);
    else if (key === "=") equals();
    else if (key === "clear") resetAll();
    else if (key === "negate") {
      if (!fresh && entry !== "0" && entry !== "0.") {
        entry = entry.charAt(0) === "-" ? entry.slice(1) : "-" + entry;
      } else {
        transform(function (n) { return -n; });
      }
    } else if (key === "percent") transform(function (n) { return n / 100; });
    render();
  }

  function render() {
    exprEl.textContent = chain.join(" ");
    valueEl.textContent = entry;
    valueEl.className = "value" + (error ? " is-error" : "") + (entry.length > 10 ? " is-long" : "");
    tapeEl.textContent = "";
    history.forEach(function (line) {
      var li = document.createElement("li");
      var eq = line.lastIndexOf(" = ");
      var left = document.createElement("span");
      left.className = "tape-expr";
      left.textContent = line.slice(0, eq + 3);
      var right = document.createElement("strong");
      right.textContent = line.slice(eq + 3);
      right.className = "tape-result" + (right.textContent === "Error" ? " is-error" : "");
      li.appendChild(left);
      li.appendChild(right);
      tapeEl.appendChild(li);
    });
    emptyEl.hidden = history.length > 0;
  }

  document.getElementById("keys").addEventListener("click", function (event) {
    var button = event.target.closest("button[data-key]");
    if (button) press(button.dataset.key);
  });

  var KEYBOARD = { "*": "×", "x": "×", "/": "÷", "-": "−", "+": "+", "Enter": "=", "=": "=",
    "Escape": "clear", "c": "clear", "C": "clear", "%": "percent", ",": "." };
  document.addEventListener("keydown", function (event) {
    var key = /^[0-9.]$/.test(event.key) ? event.key : KEYBOARD[event.key];
    if (!key || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    press(key);
  });

  render();
})();
