/* Gridline (look-alike build: divs throughout) - a small spreadsheet: two sheets, formulas with cell references
   (also across sheets), SUM / AVERAGE / MIN / MAX, number formats, sorting,
   undo and redo. Every shown value is computed from the cells' raw contents. */
(function () {
  "use strict";

  var COLS = 8, ROWS = 15;
  var LETTERS = "ABCDEFGH";
  var WIDTHS = [196, 92, 92, 92, 104, 96, 92, 124];
  var SHEETS = ["Budget", "Summary"];

  // ------------------------------------------------------------------ data
  function c(raw, extra) {
    var cell = { raw: String(raw) };
    if (extra) for (var k in extra) cell[k] = extra[k];
    return cell;
  }
  var H = { bold: true, style: "head" };
  var T = { bold: true };
  var budget = {
    A1: c("Category", H), B1: c("Jul", H), C1: c("Aug", H), D1: c("Sep", H),
    E1: c("Q3 total", H), F1: c("Budget", H), G1: c("Variance", H), H1: c("Owner", H),
    A7: c("Total", T), A9: c("Headcount"), A10: c("Cost per head"), A11: c("Average line"),
    A13: c("Source: Ledger export, Oct 1 2025. Amounts in USD.", { style: "note" }),
    A14: c("Variance is Budget minus Q3 total; below zero means over budget.", { style: "note" })
  };
  var lines = [
    ["Rent & utilities", 2400, 2400, 2460, 7300, "Dana Whitfield"],
    ["Salaries", 18500, 18750, 19200, 57000, "Priya Raman"],
    ["Software", 1180, 1240, 1310, 3600, "Marcus Lee"],
    ["Marketing", 3200, 4100, 2750, 10500, "Elena Vidal"],
    ["Travel", 860, 1420, 640, 3000, "Marcus Lee"]
  ];
  lines.forEach(function (line, i) {
    var r = i + 2;
    budget["A" + r] = c(line[0]);
    budget["B" + r] = c(line[1]);
    budget["C" + r] = c(line[2]);
    budget["D" + r] = c(line[3]);
    budget["E" + r] = c("=SUM(B" + r + ":D" + r + ")");
    budget["F" + r] = c(line[4]);
    budget["G" + r] = c("=F" + r + "-E" + r);
    budget["H" + r] = c(line[5]);
  });
  "BCDEF".split("").forEach(function (L) { budget[L + "7"] = c("=SUM(" + L + "2:" + L + "6)", T); });
  budget.G7 = c("=F7-E7", T);
  budget.B9 = c(14); budget.C9 = c(14); budget.D9 = c(16);
  "BCD".split("").forEach(function (L) {
    budget[L + "10"] = c("=" + L + "7/" + L + "9");
    budget[L + "11"] = c("=AVERAGE(" + L + "2:" + L + "6)");
  });
  budget.E11 = c("=AVERAGE(E2:E6)");

  var $f = { fmt: "currency" };
  var summary = {
    A1: c("Q3 2025 summary", { style: "title" }),
    A2: c("Every figure here links to the Budget sheet.", { style: "note" }),
    A3: c("Total spend"), B3: c("=Budget!E7", $f),
    A4: c("Approved budget"), B4: c("=Budget!F7", $f),
    A5: c("Remaining"), B5: c("=B4-B3", $f),
    A6: c("Budget used"), B6: c("=B3/B4", { fmt: "percent" }),
    A8: c("Month", H), B8: c("Spend", H), C8: c("Headcount", H),
    A9: c("July"), B9: c("=Budget!B7", $f), C9: c("=Budget!B9"),
    A10: c("August"), B10: c("=Budget!C7", $f), C10: c("=Budget!C9"),
    A11: c("September"), B11: c("=Budget!D7", $f), C11: c("=Budget!D9"),
    A12: c("Monthly average", T), B12: c("=AVERAGE(B9:B11)", { fmt: "currency", bold: true }), C12: c("=AVERAGE(C9:C11)", T),
    A14: c("Cost per head"), B14: c("=Budget!E10", $f),
    A15: c("Prior-year Q3"), B15: c("=Archive!E7", $f), C15: c("Archive sheet was deleted", { style: "note" })
  };

  var state = {
    cells: { Budget: budget, Summary: summary },
    sheet: "Budget",
    sel: { Budget: { r: 1, c: 0, col: false }, Summary: { r: 1, c: 0, col: false } },
    edit: null          // {sheet, r, c, text, mode: "bar" | "cell"}
  };
  var undoStack = [], redoStack = [];

  // ------------------------------------------------------------------ addresses
  function addr(r, col) { return LETTERS[col] + r; }
  function parseAddr(a) {
    var m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(a);
    if (!m) return null;
    var letters = m[1].toUpperCase();
    var col = letters.length === 1 ? LETTERS.indexOf(letters) : -1;
    var r = parseInt(m[2], 10);
    return { r: r, c: col, ok: col >= 0 && r >= 1 && r <= ROWS };
  }
  function cellOf(sheet, r, col) { return state.cells[sheet][addr(r, col)]; }

  // ------------------------------------------------------------------ formulas
  function Err(code) { this.code = code; }
  var NUM = /^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/;

  function tokenize(src) {
    var re = /\s*(?:(\d+(?:\.\d+)?|\.\d+)|((?:[A-Za-z][A-Za-z0-9_]*!)?\$?[A-Za-z]+\$?\d+(?::\$?[A-Za-z]+\$?\d+)?)|([A-Za-z][A-Za-z0-9.]*)(?=\s*\()|([-+*\/(),]))/y;
    var out = [], m, pos = 0;
    src = src.replace(/\s+$/, "");
    while (pos < src.length) {
      re.lastIndex = pos;
      m = re.exec(src);
      if (!m || re.lastIndex === pos) throw new Err("#ERROR!");
      pos = re.lastIndex;
      if (m[1] !== undefined) out.push({ t: "num", v: parseFloat(m[1]) });
      else if (m[2] !== undefined) out.push({ t: "ref", v: m[2] });
      else if (m[3] !== undefined) out.push({ t: "fn", v: m[3].toUpperCase() });
      else out.push({ t: "op", v: m[4] });
    }
    return out;
  }

  // Evaluates one sheet's cells; `memo` keeps values for one recomputation.
  function Evaluator() { this.memo = {}; this.busy = {}; }
  Evaluator.prototype.value = function (sheet, r, col) {
    var key = sheet + "!" + r + ":" + col;
    if (key in this.memo) return this.memo[key];
    if (this.busy[key]) throw new Err("#REF!");        // a circular reference
    var cell = cellOf(sheet, r, col);
    var v = null;
    if (cell && cell.raw !== "") {
      if (cell.raw.charAt(0) === "=") {
        this.busy[key] = true;
        try { v = this.formula(sheet, cell.raw.slice(1)); }
        catch (e) { if (e instanceof Err) v = e; else throw e; }
        delete this.busy[key];
      } else if (NUM.test(cell.raw)) v = parseFloat(cell.raw);
      else v = cell.raw;
    }
    this.memo[key] = v;
    return v;
  };
  Evaluator.prototype.formula = function (sheet, src) {
    var toks = tokenize(src), i = 0, self = this;
    function peek() { return toks[i]; }
    function isOp(v) { return toks[i] && toks[i].t === "op" && toks[i].v === v; }
    function ref(text) {
      var bang = text.indexOf("!"), sh = sheet;
      if (bang >= 0) { sh = text.slice(0, bang); text = text.slice(bang + 1); }
      var known = SHEETS.filter(function (s) { return s.toLowerCase() === sh.toLowerCase(); })[0];
      if (!known) throw new Err("#REF!");
      var parts = text.split(":").map(parseAddr);
      parts.forEach(function (p) { if (!p || !p.ok) throw new Err("#REF!"); });
      return { sheet: known, a: parts[0], b: parts[1] || null };
    }
    function scalar(v) {
      if (v instanceof Err) throw v;
      if (v === null) return 0;
      if (typeof v === "string") throw new Err("#VALUE!");
      return v;
    }
    function rangeValues(rf) {
      var a = rf.a, b = rf.b || rf.a, out = [];
      for (var r = Math.min(a.r, b.r); r <= Math.max(a.r, b.r); r++)
        for (var cc = Math.min(a.c, b.c); cc <= Math.max(a.c, b.c); cc++)
          out.push(self.value(rf.sheet, r, cc));
      return out;
    }
    function args() {
      var list = [];
      if (isOp(")")) { i++; return list; }
      for (;;) {
        var t = peek();
        var next = toks[i + 1];
        if (t && t.t === "ref" && (!next || (next.t === "op" && (next.v === "," || next.v === ")")))) {
          i++;
          var rf = ref(t.v);
          list.push.apply(list, rangeValues(rf));
        } else {
          list.push(expr());
        }
        if (isOp(",")) { i++; continue; }
        if (isOp(")")) { i++; return list; }
        throw new Err("#ERROR!");
      }
    }
    function call(name) {
      i++;                                   // the "("
      var vals = args(), nums = [];
      vals.forEach(function (v) { if (v instanceof Err) throw v; if (typeof v === "number") nums.push(v); });
      if (name === "SUM") return nums.reduce(function (s, n) { return s + n; }, 0);
      if (name === "AVERAGE") {
        if (!nums.length) throw new Err("#DIV/0!");
        return nums.reduce(function (s, n) { return s + n; }, 0) / nums.length;
      }
      if (name === "MIN") return nums.length ? Math.min.apply(null, nums) : 0;
      if (name === "MAX") return nums.length ? Math.max.apply(null, nums) : 0;
      throw new Err("#NAME?");
    }
    function primary() {
      var t = peek();
      if (!t) throw new Err("#ERROR!");
      if (t.t === "num") { i++; return t.v; }
      if (t.t === "ref") {
        i++;
        var rf = ref(t.v);
        if (rf.b) throw new Err("#VALUE!");
        return scalar(self.value(rf.sheet, rf.a.r, rf.a.c));
      }
      if (t.t === "fn") { i++; if (!isOp("(")) throw new Err("#ERROR!"); return call(t.v); }
      if (isOp("(")) { i++; var v = expr(); if (!isOp(")")) throw new Err("#ERROR!"); i++; return v; }
      throw new Err("#ERROR!");
    }
    function unary() {
      if (isOp("-")) { i++; return -unary(); }
      if (isOp("+")) { i++; return unary(); }
      return primary();
    }
    function term() {
      var v = unary();
      while (isOp("*") || isOp("/")) {
        var op = toks[i++].v, w = unary();
        if (op === "*") v = v * w;
        else { if (w === 0) throw new Err("#DIV/0!"); v = v / w; }
      }
      return v;
    }
    function expr() {
      var v = term();
      while (isOp("+") || isOp("-")) {
        var op = toks[i++].v, w = term();
        v = op === "+" ? v + w : v - w;
      }
      return v;
    }
    var result = expr();
    if (i < toks.length) throw new Err("#ERROR!");
    return result;
  };

  // ------------------------------------------------------------------ display
  function round2(n) { return Math.round(n * 100) / 100; }
  function general(n) {
    var v = round2(n);
    if (Object.is(v, -0)) v = 0;
    return String(v);
  }
  function currency(n) {
    var v = round2(n);
    var s = Math.abs(v).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return (v < 0 ? "-$" : "$") + s;
  }
  function percent(n) { return (n * 100).toFixed(2) + "%"; }
  function shown(v, cell) {
    if (v === null || v === undefined) return { text: "", kind: "" };
    if (v instanceof Err) return { text: v.code, kind: "err" };
    if (typeof v === "number") {
      var fmt = cell && cell.fmt;
      return { text: fmt === "currency" ? currency(v) : fmt === "percent" ? percent(v) : general(v), kind: "num" };
    }
    return { text: v, kind: "text" };
  }

  // ------------------------------------------------------------------ grid DOM
  var grid = document.querySelector(".cells");
  var nameBox = document.querySelector(".where-text");
  var fx = document.querySelector(".raw");
  var tds = [], colHeads = [], rowHeads = [];

  (function build() {
    grid.style.gridTemplateColumns = "46px " + WIDTHS.map(function (w) { return w + "px"; }).join(" ");
    var corner = document.createElement("div");
    corner.className = "hd";
    grid.appendChild(corner);
    for (var cc = 0; cc < COLS; cc++) {
      var h = document.createElement("div");
      h.className = "hd";
      h.textContent = LETTERS[cc];
      h.dataset.col = cc;
      colHeads.push(h);
      grid.appendChild(h);
    }
    for (var r = 1; r <= ROWS; r++) {
      var rh = document.createElement("div");
      rh.className = "hd rn";
      rh.textContent = r;
      rowHeads.push(rh);
      grid.appendChild(rh);
      tds[r] = [];
      for (var k = 0; k < COLS; k++) {
        var d = document.createElement("div");
        d.dataset.row = r;
        d.dataset.cl = k;
        d.appendChild(document.createElement("b"));
        tds[r][k] = d;
        grid.appendChild(d);
      }
    }
  })();

  var cellEditor = null;   // the in-place <input> while a cell is edited in place

  function render() {
    var sheet = state.sheet, ev = new Evaluator(), sel = state.sel[sheet];
    for (var r = 1; r <= ROWS; r++) {
      for (var k = 0; k < COLS; k++) {
        var td = tds[r][k], cell = cellOf(sheet, r, k), span = td.firstChild;
        var editing = state.edit && state.edit.sheet === sheet && state.edit.r === r && state.edit.c === k;
        var out;
        if (editing) out = { text: state.edit.text, kind: "text" };
        else out = shown(ev.value(sheet, r, k), cell);
        var cls = ["k"];
        if (out.kind === "num" || out.kind === "err") cls.push("right");
        if (out.kind === "err") cls.push("flagged");
        if (cell && cell.bold) cls.push("strong");
        if (cell && cell.style) cls.push({ head: "shade", note: "grey", title: "big" }[cell.style]);
        if (out.kind === "text" && out.text && !(editing && state.edit.mode === "cell")) {
          var right = cellOf(sheet, r, k + 1);
          if (k + 1 < COLS && (!right || right.raw === "")) cls.push("wide-text");
        }
        if (sel.col && sel.c === k) cls.push("colpick");
        if (sel.r === r && sel.c === k) cls.push("here");
        if (editing && state.edit.mode === "cell") cls.push("typing");
        td.className = cls.join(" ");
        if (editing && state.edit.mode === "cell") {
          if (!cellEditor || cellEditor.parentNode !== td) mountEditor(td);
          span.textContent = "";
        } else {
          span.textContent = out.text;
        }
      }
    }
    if (cellEditor && !(state.edit && state.edit.mode === "cell")) unmountEditor();
    colHeads.forEach(function (th, k) {
      th.className = "hd" + (sel.c === k ? (sel.col ? " full" : " lit") : "");
    });
    rowHeads.forEach(function (th, i) {
      th.className = "hd rn" + ((!sel.col && sel.r === i + 1) || sel.col ? " lit" : "");
    });
    nameBox.textContent = sel.col ? addr(1, sel.c) + ":" + addr(ROWS, sel.c) : addr(sel.r, sel.c);
    if (document.activeElement !== fx) {
      var active = state.edit && state.edit.sheet === sheet ? state.edit.text : rawOf(sheet, sel.r, sel.c);
      fx.value = active;
    }
    document.querySelectorAll(".stab").forEach(function (tab) {
      tab.classList.toggle("on", tab.dataset.name === sheet);
    });
  }
  function rawOf(sheet, r, k) { var cell = cellOf(sheet, r, k); return cell ? cell.raw : ""; }

  function mountEditor(td) {
    unmountEditor();
    cellEditor = document.createElement("input");
    cellEditor.className = "inplace";
    cellEditor.type = "text";
    cellEditor.spellcheck = false;
    cellEditor.value = state.edit.text;
    td.appendChild(cellEditor);
    cellEditor.addEventListener("input", function () {
      if (!state.edit) return;
      state.edit.text = cellEditor.value;
      fx.value = cellEditor.value;
    });
    cellEditor.addEventListener("keydown", editKeys);
    cellEditor.addEventListener("blur", function (e) {
      if (!state.edit || state.edit.mode !== "cell") return;
      if (e.relatedTarget === fx) { state.edit.mode = "bar"; render(); return; }
      commit(0, 0);
    });
    cellEditor.focus();
    var n = cellEditor.value.length;
    cellEditor.setSelectionRange(n, n);
  }
  function unmountEditor() {
    if (!cellEditor) return;
    var e = cellEditor;
    cellEditor = null;
    if (e.parentNode) e.parentNode.removeChild(e);
  }

  // ------------------------------------------------------------------ history
  function snapshot() { return JSON.stringify(state.cells); }
  function record(sheet, r, k) {
    undoStack.push({ cells: snapshot(), sheet: sheet, r: r, c: k });
    redoStack.length = 0;
  }
  function travel(from, to) {
    if (!from.length) return;
    var entry = from.pop();
    to.push({ cells: snapshot(), sheet: entry.sheet, r: entry.r, c: entry.c });
    state.cells = JSON.parse(entry.cells);
    state.edit = null;
    state.sheet = entry.sheet;
    if (entry.r) state.sel[entry.sheet] = { r: entry.r, c: entry.c, col: false };
    render();
  }
  function undo() { travel(undoStack, redoStack); }
  function redo() { travel(redoStack, undoStack); }

  // ------------------------------------------------------------------ editing
  function startEdit(text, mode) {
    var sel = state.sel[state.sheet];
    sel.col = false;
    state.edit = { sheet: state.sheet, r: sel.r, c: sel.c, text: text, mode: mode };
    render();
  }
  function setRaw(sheet, r, k, raw) {
    var key = addr(r, k), cells = state.cells[sheet];
    var cell = cells[key];
    if ((cell ? cell.raw : "") === raw) return false;
    record(sheet, r, k);
    if (!cells[key]) cells[key] = { raw: raw };
    else cells[key].raw = raw;
    return true;
  }
  function commit(dr, dc) {
    var e = state.edit;
    if (!e) return;
    state.edit = null;
    var raw = e.text.replace(/^\s+|\s+$/g, "");
    if (raw.charAt(0) === "=") raw = "=" + raw.slice(1).replace(/\b([a-z]+\d+)\b/g, function (m) { return m.toUpperCase(); })
      .replace(/\b(sum|average|min|max)\(/gi, function (m) { return m.toUpperCase(); });
    setRaw(e.sheet, e.r, e.c, raw);
    move(dr, dc);
    if (document.activeElement === fx || document.activeElement === cellEditor) grid.focus();
    render();
  }
  function cancel() {
    state.edit = null;
    grid.focus();
    render();
  }
  function editKeys(e) {
    if (e.key === "Enter") { e.preventDefault(); commit(1, 0); }
    else if (e.key === "Tab") { e.preventDefault(); commit(0, e.shiftKey ? -1 : 1); }
    else if (e.key === "Escape") { e.preventDefault(); cancel(); }
  }

  function move(dr, dc) {
    var sel = state.sel[state.sheet];
    if (sel.col && (dr || dc)) sel.col = false;
    sel.r = Math.max(1, Math.min(ROWS, sel.r + dr));
    sel.c = Math.max(0, Math.min(COLS - 1, sel.c + dc));
  }
  function select(r, k) {
    state.sel[state.sheet] = { r: r, c: k, col: false };
    render();
  }

  // ------------------------------------------------------------------ actions
  function selectedCells() {
    var sel = state.sel[state.sheet], out = [];
    if (sel.col) for (var r = 1; r <= ROWS; r++) out.push([r, sel.c]);
    else out.push([sel.r, sel.c]);
    return out;
  }
  function setFormat(fmt) {
    if (state.edit) commit(0, 0);
    var sel = state.sel[state.sheet], cells = state.cells[state.sheet];
    record(state.sheet, sel.col ? 0 : sel.r, sel.c);
    selectedCells().forEach(function (rc) {
      var key = addr(rc[0], rc[1]);
      if (!cells[key]) cells[key] = { raw: "" };
      if (fmt) cells[key].fmt = fmt; else delete cells[key].fmt;
    });
    render();
  }
  function toggleBold() {
    if (state.edit) commit(0, 0);
    var sel = state.sel[state.sheet], cells = state.cells[state.sheet];
    var list = selectedCells();
    var allBold = list.every(function (rc) { var x = cells[addr(rc[0], rc[1])]; return x && x.bold; });
    record(state.sheet, sel.col ? 0 : sel.r, sel.c);
    list.forEach(function (rc) {
      var key = addr(rc[0], rc[1]);
      if (!cells[key]) cells[key] = { raw: "" };
      cells[key].bold = !allBold;
    });
    render();
  }

  // Sort A-Z: the block of rows under the header row (down to the first empty
  // row or the "Total" row) by the selected column; formulas that point at
  // their own row move with it.
  function sortAZ() {
    if (state.edit) commit(0, 0);
    var sheet = state.sheet, cells = state.cells[sheet], k = state.sel[sheet].c;
    var last = 1;
    for (var r = 2; r <= ROWS; r++) {
      var a = cells["A" + r];
      var empty = true;
      for (var cc = 0; cc < COLS; cc++) { var x = cells[addr(r, cc)]; if (x && x.raw !== "") empty = false; }
      if (empty || (a && /^total\b/i.test(a.raw))) break;
      last = r;
    }
    if (last < 3) return;
    var ev = new Evaluator(), rows = [];
    for (var r2 = 2; r2 <= last; r2++) rows.push({ from: r2, key: ev.value(sheet, r2, k) });
    function rank(v) { return typeof v === "number" ? 0 : typeof v === "string" ? 1 : v === null ? 3 : 2; }
    var sorted = rows.slice().sort(function (p, q) {
      var a = p.key, b = q.key, ra = rank(a), rb = rank(b);
      if (ra !== rb) return ra - rb;
      if (ra === 0 && a !== b) return a - b;
      if (ra === 1) { var cmp = a.localeCompare(b, "en", { sensitivity: "base" }); if (cmp) return cmp; }
      return p.from - q.from;
    });
    if (sorted.every(function (row, i) { return row.from === i + 2; })) return;
    record(sheet, 0, k);
    var moved = {};
    sorted.forEach(function (row, i) {
      var to = i + 2;
      for (var cc = 0; cc < COLS; cc++) {
        var src = cells[addr(row.from, cc)];
        if (!src) continue;
        var copy = JSON.parse(JSON.stringify(src));
        if (copy.raw.charAt(0) === "=") copy.raw = shiftOwnRow(copy.raw, row.from, to);
        moved[addr(to, cc)] = copy;
      }
    });
    for (var r3 = 2; r3 <= last; r3++) for (var c3 = 0; c3 < COLS; c3++) delete cells[addr(r3, c3)];
    for (var key in moved) cells[key] = moved[key];
    render();
  }
  function shiftOwnRow(raw, from, to) {
    return raw.replace(/(^|[^A-Za-z0-9_!$])(\$?[A-Z])(\$?)(\d+)\b/g, function (m, pre, col, dollar, row) {
      return parseInt(row, 10) === from && !dollar ? pre + col + to : m;
    });
  }

  function showSheet(name) {
    if (state.edit) commit(0, 0);
    if (state.sheet === name) return;
    state.sheet = name;
    render();
  }

  // ------------------------------------------------------------------ events
  grid.addEventListener("mousedown", function (e) {
    var td = e.target.closest(".k");
    var th = e.target.closest(".hd");
    if (e.target === cellEditor) return;
    e.preventDefault();
    if (state.edit) commit(0, 0);
    if (td) select(+td.dataset.row, +td.dataset.cl);
    else if (th && th.dataset.col !== undefined) {
      state.sel[state.sheet] = { r: 1, c: +th.dataset.col, col: true };
      render();
    }
    grid.focus();
  });
  grid.addEventListener("dblclick", function (e) {
    var td = e.target.closest(".k");
    if (!td || e.target === cellEditor) return;
    select(+td.dataset.row, +td.dataset.cl);
    startEdit(rawOf(state.sheet, +td.dataset.row, +td.dataset.cl), "cell");
  });

  fx.addEventListener("focus", function () {
    if (!state.edit) {
      var sel = state.sel[state.sheet];
      if (sel.col) { sel.col = false; }
      state.edit = { sheet: state.sheet, r: sel.r, c: sel.c, text: fx.value, mode: "bar" };
    } else if (state.edit.mode === "cell") {
      state.edit.mode = "bar";
    }
    render();
  });
  fx.addEventListener("input", function () {
    if (!state.edit) return;
    state.edit.text = fx.value;
    render();
  });
  fx.addEventListener("keydown", editKeys);
  fx.addEventListener("blur", function (e) {
    if (state.edit && state.edit.mode === "bar" && e.relatedTarget !== cellEditor) commit(0, 0);
  });

  document.addEventListener("keydown", function (e) {
    if (e.target === fx || e.target === cellEditor) {
      if ((e.ctrlKey || e.metaKey) && !state.edit) handleShortcut(e);
      return;
    }
    if (handleShortcut(e)) return;
    var sel = state.sel[state.sheet];
    switch (e.key) {
      case "Tab": e.preventDefault(); move(0, e.shiftKey ? -1 : 1); render(); return;
      case "ArrowDown": e.preventDefault(); move(1, 0); render(); return;
      case "ArrowUp": e.preventDefault(); move(-1, 0); render(); return;
      case "ArrowLeft": e.preventDefault(); move(0, -1); render(); return;
      case "ArrowRight": e.preventDefault(); move(0, 1); render(); return;
      case "Enter": case "F2":
        e.preventDefault(); startEdit(rawOf(state.sheet, sel.r, sel.c), "cell"); return;
      case "Delete": case "Backspace":
        e.preventDefault();
        var changed = false;
        selectedCells().forEach(function (rc) { if (rawOf(state.sheet, rc[0], rc[1]) !== "") changed = true; });
        if (changed) {
          record(state.sheet, sel.col ? 0 : sel.r, sel.c);
          selectedCells().forEach(function (rc) { var x = state.cells[state.sheet][addr(rc[0], rc[1])]; if (x) x.raw = ""; });
        }
        render();
        return;
    }
    if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();           // typing on a selected cell replaces its content
      startEdit(e.key, "cell");
    }
  });
  function handleShortcut(e) {
    if (!(e.ctrlKey || e.metaKey)) return false;
    var k = e.key.toLowerCase();
    if (k === "z" && !e.shiftKey) { e.preventDefault(); undo(); return true; }
    if (k === "y" || (k === "z" && e.shiftKey)) { e.preventDefault(); redo(); return true; }
    if (k === "b") { e.preventDefault(); toggleBold(); return true; }
    return false;
  }

  var actions = {
    undo: undo, redo: redo, bold: toggleBold, sort: sortAZ,
    currency: function () { setFormat("currency"); },
    percent: function () { setFormat("percent"); },
    plain: function () { setFormat(null); }
  };
  document.querySelector(".bar").addEventListener("mousedown", function (e) {
    var b = e.target.closest("[data-do]");
    e.preventDefault();
    if (!b) return;
  });
  document.querySelector(".bar").addEventListener("click", function (e) {
    var b = e.target.closest("[data-do]");
    if (!b) return;
    actions[b.dataset.do]();
    if (document.activeElement !== fx) grid.focus();
  });
  document.querySelector(".sheetlist").addEventListener("mousedown", function (e) { e.preventDefault(); });
  document.querySelector(".sheetlist").addEventListener("click", function (e) {
    var tab = e.target.closest(".stab");
    if (!tab) return;
    showSheet(tab.dataset.name);
    grid.focus();
  });

  render();
  grid.focus();
})();
