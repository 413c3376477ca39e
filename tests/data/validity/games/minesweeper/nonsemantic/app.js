// Look-alike of the Puzzlewood Minesweeper: divs everywhere, no ARIA, the board in row
// wrappers, digits in spans, flags painted as backgrounds, a chord read from the click count.
(function () {
  "use strict";

  var W = 9, H = 9, TOTAL = 10;
  var LETTERS = "ABCDEFGHI";
  var MAP = "......*..|........*|.*.......|.........|........*|.........|**.......|..*......|..*...**.".split("|");
  var mines = [], near = [];
  for (var i = 0; i < W * H; i++) mines.push(MAP[Math.floor(i / W)].charAt(i % W) === "*");
  function neighbours(i) {
    var r = Math.floor(i / W), c = i % W, out = [];
    [-1, 0, 1].forEach(function (dr) {
      [-1, 0, 1].forEach(function (dc) {
        var rr = r + dr, cc = c + dc;
        if ((dr || dc) && rr >= 0 && rr < H && cc >= 0 && cc < W) out.push(rr * W + cc);
      });
    });
    return out;
  }
  for (i = 0; i < W * H; i++) near.push(neighbours(i).filter(function (j) { return mines[j]; }).length);
  var SAFE = W * H - TOTAL;

  function $(name) { return document.querySelector('[data-w="' + name + '"]'); }
  var board = $("board"), left = $("left"), clock = $("clock"), movesOut = $("moves"), openedOut = $("opened");
  var statusOut = $("status"), face = $("face-img"), flagBtn = $("flag"), flagLabel = $("flag-text");
  var bestOut = $("best"), logOut = $("log");

  var records = [[64, "Dec 29", false], [79, "Dec 14", false], [112, "Nov 30", false]];
  var flagging = false;
  var g; // the game

  function newGame() {
    g = { cell: [], phase: 0, moves: 0, shown: 0, lines: [], t0: -1, stopped: -1, boom: -1 };
    for (var i = 0; i < W * H; i++) g.cell.push(0); // 0 hidden, 1 open, 2 flagged
  }
  function label(i) { return LETTERS.charAt(i % W) + (Math.floor(i / W) + 1); }
  function seconds() {
    if (g.stopped >= 0) return g.stopped;
    return g.t0 < 0 ? 0 : Math.floor((Date.now() - g.t0) / 1000);
  }
  function note(text) { g.moves += 1; g.lines.splice(0, 0, g.moves + ". " + text); }
  function plural(n) { return n + (n === 1 ? " cell" : " cells"); }

  function spread(start) {
    var todo = [start], n = 0;
    while (todo.length) {
      var i = todo.shift();
      if (g.cell[i] !== 0) continue;
      g.cell[i] = 1; n += 1;
      if (near[i] === 0) neighbours(i).forEach(function (j) { if (g.cell[j] === 0 && !mines[j]) todo.push(j); });
    }
    g.shown += n;
    return n;
  }
  function finish(won, hit) {
    g.stopped = seconds();
    if (won) {
      g.phase = 2;
      for (var i = 0; i < W * H; i++) if (mines[i]) g.cell[i] = 2;
      records.push([g.stopped, "Today", true]);
      records.sort(function (a, b) { return a[0] - b[0]; });
      records.length = Math.min(records.length, 4);
    } else {
      g.phase = 3; g.boom = hit;
      note("Hit a mine on " + label(hit));
    }
  }

  function press(i) {
    if (g.phase > 1 || g.cell[i] === 1) return;
    if (flagging) {
      g.cell[i] = g.cell[i] === 2 ? 0 : 2;
      note((g.cell[i] === 2 ? "Flagged " : "Unflagged ") + label(i));
    } else if (g.cell[i] === 0) {
      if (g.t0 < 0) g.t0 = Date.now();
      g.phase = 1;
      if (mines[i]) finish(false, i);
      else {
        note("Opened " + label(i) + " · " + plural(spread(i)));
        if (g.shown === SAFE) finish(true);
      }
    }
    paint();
  }
  function chord(i) {
    if (g.phase !== 1 || g.cell[i] !== 1 || !near[i]) return;
    var ring = neighbours(i);
    if (ring.filter(function (j) { return g.cell[j] === 2; }).length !== near[i]) return;
    var closed = ring.filter(function (j) { return g.cell[j] === 0; });
    if (!closed.length) return;
    var bad = closed.filter(function (j) { return mines[j]; });
    if (bad.length) finish(false, bad[0]);
    else {
      var n = closed.reduce(function (sum, j) { return sum + spread(j); }, 0);
      note("Chorded " + label(i) + " · " + plural(n));
      if (g.shown === SAFE) finish(true);
    }
    paint();
  }

  var squares = [];
  for (var r = 0; r < H; r++) {
    var row = document.createElement("div");
    row.className = "mf-row";
    for (var c = 0; c < W; c++) {
      var sq = document.createElement("div");
      sq.className = "sq";
      sq.dataset.at = String(r * W + c);
      row.appendChild(sq);
      squares.push(sq);
    }
    board.appendChild(row);
  }
  board.addEventListener("click", function (e) {
    var sq = e.target.closest(".sq");
    if (!sq) return;
    var i = Number(sq.dataset.at);
    if (e.detail === 2) chord(i); else if (e.detail < 2) press(i);
  });

  function paint() {
    var over = g.phase > 1, flags = 0;
    squares.forEach(function (sq, i) {
      var cls = "sq", inner = "";
      if (g.cell[i] === 2) flags += 1;
      if (g.cell[i] === 1) {
        cls += " open";
        if (near[i]) { cls += " c" + near[i]; inner = "<span>" + near[i] + "</span>"; }
      } else if (g.phase === 3 && mines[i] && g.cell[i] !== 2) {
        cls += " open" + (i === g.boom ? " hit" : "");
        inner = '<i class="mine"></i>';
      } else if (g.cell[i] === 2) {
        inner = '<i class="' + (g.phase === 3 && !mines[i] ? "wrong" : "flag") + '"></i>';
      }
      if (sq.className !== cls) sq.className = cls;
      if (sq.innerHTML !== inner) sq.innerHTML = inner;
    });
    board.classList.toggle("done", over);
    left.textContent = TOTAL - flags;
    movesOut.textContent = g.moves;
    openedOut.textContent = "Opened " + g.shown + " of " + SAFE + " safe cells";
    statusOut.className = "status" + (g.phase === 2 ? " is-won" : g.phase === 3 ? " is-lost" : "");
    statusOut.textContent = ["Click any cell to start", "Board in play", "You cleared board #214 in " + g.stopped + " s", "Game over"][g.phase];
    face.src = "images/" + ["face-smile", "face-smile", "face-cool", "face-dead"][g.phase] + ".svg";
    bestOut.innerHTML = records.map(function (b, k) {
      return '<div class="row' + (b[2] ? ' is-new' : '') + '"><span class="rank">' + (k + 1) + '</span><span class="secs">' + b[0] +
        ' s</span><span class="when">' + b[1] + "</span>" + (b[2] ? '<span class="new">New best</span>' : "") + "</div>";
    }).join("");
    logOut.innerHTML = g.lines.length
      ? g.lines.map(function (t) { return '<div class="entry">' + t + "</div>"; }).join("")
      : '<div class="entry empty">No moves yet.</div>';
    showTime();
  }
  function showTime() {
    var s = String(seconds());
    if (clock.textContent !== s) clock.textContent = s;
  }

  flagBtn.addEventListener("click", function () {
    flagging = !flagging;
    flagBtn.classList.toggle("is-on", flagging);
    flagLabel.textContent = "Flag mode: " + (flagging ? "On" : "Off");
    board.classList.toggle("flagging", flagging);
  });
  function again() { newGame(); paint(); }
  $("again").addEventListener("click", again);
  $("face").addEventListener("click", again);
  $("howto").addEventListener("click", function () {
    var text = $("howto-text"), open = text.style.display === "none";
    text.style.display = open ? "" : "none";
    this.querySelector(".chev").textContent = open ? "▾" : "▸";
  });

  newGame();
  paint();
  setInterval(showTime, 100);
})();
