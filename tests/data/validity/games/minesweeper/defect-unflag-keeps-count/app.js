// Puzzlewood Minesweeper - Daily board #214.
// The board is hand-placed (no randomness): "*" marks a mine.
(function () {
  "use strict";

  var DAILY = {
    id: 214,
    layout: [
      "......*..",
      "........*",
      ".*.......",
      ".........",
      "........*",
      ".........",
      "**.......",
      "..*......",
      "..*...**."
    ]
  };
  var SIZE = 9;
  var COLS = "ABCDEFGHI";
  var MINES = 10;
  var SAFE = SIZE * SIZE - MINES;

  var boardEl = document.getElementById("board");
  var minesEl = document.getElementById("mines-left");
  var timeEl = document.getElementById("time");
  var movesEl = document.getElementById("moves");
  var openedEl = document.getElementById("opened");
  var statusEl = document.getElementById("status");
  var faceImg = document.getElementById("face-img");
  var flagBtn = document.getElementById("flag-mode");
  var flagText = document.getElementById("flag-mode-text");
  var bestEl = document.getElementById("best");
  var logEl = document.getElementById("log");

  var best = [
    { secs: 64, when: "Dec 29" },
    { secs: 79, when: "Dec 14" },
    { secs: 112, when: "Nov 30" }
  ];

  var mine = [], count = [], cells = [];
  var state;

  function inside(r, c) { return r >= 0 && r < SIZE && c >= 0 && c < SIZE; }
  function around(r, c) {
    var out = [];
    for (var dr = -1; dr <= 1; dr++) {
      for (var dc = -1; dc <= 1; dc++) {
        if ((dr || dc) && inside(r + dr, c + dc)) out.push([r + dr, c + dc]);
      }
    }
    return out;
  }
  function name(r, c) { return COLS[c] + (r + 1); }

  for (var r = 0; r < SIZE; r++) {
    mine.push([]);
    for (var c = 0; c < SIZE; c++) mine[r].push(DAILY.layout[r][c] === "*");
  }
  for (r = 0; r < SIZE; r++) {
    count.push([]);
    for (c = 0; c < SIZE; c++) {
      count[r].push(around(r, c).filter(function (p) { return mine[p[0]][p[1]]; }).length);
    }
  }

  // ------------------------------------------------------------------ state
  function fresh() {
    var open = [], flag = [];
    for (var r = 0; r < SIZE; r++) {
      open.push([]); flag.push([]);
      for (var c = 0; c < SIZE; c++) { open[r].push(false); flag[r].push(false); }
    }
    return { open: open, flag: flag, status: "ready", moves: 0, opened: 0, log: [], startedAt: null, endSecs: null, hit: null, left: MINES };
  }

  function elapsed() {
    if (state.endSecs !== null) return state.endSecs;
    if (state.startedAt === null) return 0;
    return Math.floor((Date.now() - state.startedAt) / 1000);
  }

  function flagsPlaced() {
    var n = 0;
    for (var r = 0; r < SIZE; r++) for (var c = 0; c < SIZE; c++) if (state.flag[r][c]) n++;
    return n;
  }

  // Open one cell and, where it has no mine around it, the whole empty region and its border.
  function openFrom(r0, c0) {
    var opened = 0, stack = [[r0, c0]];
    while (stack.length) {
      var p = stack.pop(), r = p[0], c = p[1];
      if (state.open[r][c] || state.flag[r][c]) continue;
      state.open[r][c] = true;
      opened++;
      if (count[r][c] === 0) {
        around(r, c).forEach(function (q) {
          if (!state.open[q[0]][q[1]] && !mine[q[0]][q[1]]) stack.push(q);
        });
      }
    }
    state.opened += opened;
    return opened;
  }

  function startClock() {
    if (state.startedAt === null) state.startedAt = Date.now();
    if (state.status === "ready") state.status = "playing";
  }

  function addLog(text) {
    state.moves++;
    state.log.unshift(state.moves + ". " + text);
  }

  function cellsWord(n) { return n === 1 ? "1 cell" : n + " cells"; }

  function lose(r, c) {
    state.status = "lost";
    state.hit = [r, c];
    state.endSecs = elapsed();
    state.moves++;
    state.log.unshift(state.moves + ". Hit a mine on " + name(r, c));
  }

  function checkWin() {
    if (state.opened !== SAFE || state.status === "lost") return;
    state.status = "won";
    state.endSecs = elapsed();
    for (var r = 0; r < SIZE; r++) for (var c = 0; c < SIZE; c++) if (mine[r][c]) state.flag[r][c] = true;
    best.push({ secs: state.endSecs, when: "Today", fresh: true });
    best.sort(function (a, b) { return a.secs - b.secs; });
    best = best.slice(0, 4);
  }

  // ------------------------------------------------------------------ actions
  function clickCell(r, c) {
    if (state.status === "won" || state.status === "lost") return;
    if (state.open[r][c]) return;
    if (flagBtn.classList.contains("is-on")) {
      state.flag[r][c] = !state.flag[r][c];
      if (state.flag[r][c]) state.left--;
      addLog((state.flag[r][c] ? "Flagged " : "Unflagged ") + name(r, c));
    } else {
      if (state.flag[r][c]) return;
      startClock();
      if (mine[r][c]) {
        lose(r, c);
      } else {
        var n = openFrom(r, c);
        addLog("Opened " + name(r, c) + " · " + cellsWord(n));
        checkWin();
      }
    }
    render();
  }

  // Double-click on an open number whose mines are all flagged: open its other neighbours.
  function chord(r, c) {
    if (state.status !== "playing" || !state.open[r][c] || count[r][c] === 0) return;
    var near = around(r, c);
    var flags = near.filter(function (p) { return state.flag[p[0]][p[1]]; }).length;
    if (flags !== count[r][c]) return;
    var hidden = near.filter(function (p) { return !state.open[p[0]][p[1]] && !state.flag[p[0]][p[1]]; });
    if (!hidden.length) return;
    var boom = hidden.filter(function (p) { return mine[p[0]][p[1]]; })[0];
    if (boom) {
      lose(boom[0], boom[1]);
    } else {
      var n = 0;
      hidden.forEach(function (p) { n += openFrom(p[0], p[1]); });
      addLog("Chorded " + name(r, c) + " · " + cellsWord(n));
      checkWin();
    }
    render();
  }

  function restart() {
    state = fresh();
    render();
  }

  // ------------------------------------------------------------------ drawing
  function build() {
    for (var r = 0; r < SIZE; r++) {
      cells.push([]);
      for (var c = 0; c < SIZE; c++) {
        var el = document.createElement("button");
        el.type = "button";
        el.className = "cell";
        el.setAttribute("role", "gridcell");
        el.setAttribute("aria-label", "Row " + (r + 1) + ", column " + (c + 1));
        (function (r, c) {
          el.addEventListener("click", function () { clickCell(r, c); });
          el.addEventListener("dblclick", function () { chord(r, c); });
        })(r, c);
        boardEl.appendChild(el);
        cells[r].push(el);
      }
    }
  }

  function picture(src) { return '<img src="images/' + src + '" alt="">'; }

  function render() {
    var over = state.status === "won" || state.status === "lost";
    for (var r = 0; r < SIZE; r++) {
      for (var c = 0; c < SIZE; c++) {
        var el = cells[r][c], cls = "cell", html = "";
        var shownMine = state.status === "lost" && mine[r][c] && !state.flag[r][c];
        if (state.open[r][c]) {
          cls += " is-open";
          if (count[r][c]) { cls += " n" + count[r][c]; html = String(count[r][c]); }
        } else if (shownMine) {
          cls += " is-open";
          if (state.hit && state.hit[0] === r && state.hit[1] === c) cls += " is-hit";
          html = picture("mine.svg");
        } else if (state.flag[r][c]) {
          html = picture(state.status === "lost" && !mine[r][c] ? "flag-wrong.svg" : "flag.svg");
        }
        if (el.className !== cls) el.className = cls;
        if (el.innerHTML !== html) el.innerHTML = html;
      }
    }
    boardEl.classList.toggle("is-over", over);
    minesEl.textContent = String(state.status === "won" ? 0 : state.left);
    movesEl.textContent = String(state.moves);
    openedEl.textContent = "Opened " + state.opened + " of " + SAFE + " safe cells";
    statusEl.className = "status" + (state.status === "won" ? " is-won" : state.status === "lost" ? " is-lost" : "");
    statusEl.textContent = {
      ready: "Click any cell to start",
      playing: "Board in play",
      won: "You cleared board #" + DAILY.id + " in " + state.endSecs + " s",
      lost: "Game over"
    }[state.status];
    faceImg.src = "images/" + (state.status === "won" ? "face-cool.svg" : state.status === "lost" ? "face-dead.svg" : "face-smile.svg");
    tick();

    bestEl.innerHTML = best.map(function (b, i) {
      return '<li' + (b.fresh ? ' class="is-new"' : '') + '><span class="rank">' + (i + 1) + '</span><span class="secs">' + b.secs +
        ' s</span><span class="when">' + b.when + '</span>' + (b.fresh ? '<span class="new">New best</span>' : '') + '</li>';
    }).join("");
    logEl.innerHTML = state.log.length
      ? state.log.map(function (t) { return "<li>" + t + "</li>"; }).join("")
      : '<li class="empty">No moves yet.</li>';
  }

  function tick() {
    var t = String(elapsed());
    if (timeEl.textContent !== t) timeEl.textContent = t;
  }

  // ------------------------------------------------------------------ wiring
  flagBtn.addEventListener("click", function () {
    var on = !flagBtn.classList.contains("is-on");
    flagBtn.classList.toggle("is-on", on);
    flagBtn.setAttribute("aria-pressed", String(on));
    flagText.textContent = on ? "Flag mode: On" : "Flag mode: Off";
    boardEl.classList.toggle("is-flagging", on);
  });
  document.getElementById("restart").addEventListener("click", restart);
  document.getElementById("face").addEventListener("click", restart);
  document.getElementById("howto-toggle").addEventListener("click", function () {
    var body = document.getElementById("howto-body");
    body.hidden = !body.hidden;
    this.setAttribute("aria-expanded", String(!body.hidden));
    this.querySelector(".chev").textContent = body.hidden ? "▸" : "▾";
  });

  build();
  state = fresh();
  render();
  setInterval(tick, 200);
})();
