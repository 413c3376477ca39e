(function () {
  "use strict";

  var COLS = 7, ROWS = 6, CELL = 60, PAD = 14, R_DISC = 23;
  var NAMES = { R: "Red", Y: "Yellow" };
  var PLAYERS = { R: "Maya", Y: "Theo" };
  var SVG_NS = "http://www.w3.org/2000/svg";
  var DIRECTIONS = [
    [1, 0, "horizontally"],
    [0, 1, "vertically"],
    [1, 1, "diagonally"],
    [1, -1, "diagonally"]
  ];

  // The evening so far: two rounds played, the third under way (saved on this device).
  var state = {
    round: 3,
    starter: "R",
    turn: "R",
    board: [],          // per column, the discs from the bottom up
    moves: [],          // {p, col}
    winner: null,
    line: null,         // the winning cells
    draw: false,
    note: null,         // {kind, text}
    fresh: null,        // the disc that just fell {col, row}
    scores: { R: 1, Y: 1 },
    draws: 0,
    rounds: [
      { n: 1, opened: "R", winner: "Y", moves: 22 },
      { n: 2, opened: "Y", winner: "R", moves: 18 },
      { n: 3, opened: "R", winner: null, moves: null }
    ]
  };
  var SAVED = [4, 5, 4, 6, 5, 6];  // round 3's first six moves, columns 1-7

  var $ = function (id) { return document.getElementById(id); };
  var other = function (p) { return p === "R" ? "Y" : "R"; };
  var cx = function (col) { return PAD + col * CELL + CELL / 2; };
  var cy = function (row) { return PAD + (ROWS - 1 - row) * CELL + CELL / 2; };

  function clearBoard() {
    state.board = [];
    for (var c = 0; c < COLS; c++) state.board.push([]);
  }

  function at(col, row) {
    if (col < 0 || col >= COLS || row < 0 || row >= ROWS) return null;
    return state.board[col][row] || null;
  }

  function findLine(col, row, p) {
    for (var i = 0; i < DIRECTIONS.length; i++) {
      var dx = DIRECTIONS[i][0], dy = DIRECTIONS[i][1];
      var cells = [[col, row]];
      for (var k = 1; at(col + dx * k, row + dy * k) === p; k++) cells.push([col + dx * k, row + dy * k]);
      for (var k2 = 1; at(col - dx * k2, row - dy * k2) === p; k2++) cells.unshift([col - dx * k2, row - dy * k2]);
      if (cells.length >= 4) return { cells: cells, how: DIRECTIONS[i][2] };
    }
    return null;
  }

  function liveRound() { return state.rounds[state.rounds.length - 1]; }

  function place(col) {
    var p = state.turn;
    state.board[col].push(p);
    state.moves.push({ p: p, col: col });
    var row = state.board[col].length - 1;
    state.fresh = { col: col, row: row };
    var found = findLine(col, row, p);
    if (found) {
      state.winner = p;
      state.line = found.cells;
      state.scores[p] += 1;
      liveRound().winner = p;
      liveRound().moves = state.moves.length;
      state.note = { kind: "win", text: PLAYERS[p] + " connects four " + found.how + " – round " + state.round + " goes to " + NAMES[p] + "." };
    } else if (state.moves.length === COLS * ROWS) {
      state.draw = true;
      state.draws += 1;
      liveRound().winner = "draw";
      liveRound().moves = state.moves.length;
      state.note = { kind: "info", text: "The board is full – round " + state.round + " is a draw." };
    } else {
      state.turn = other(p);
      state.note = null;
    }
  }

  function drop(col) {
    if (state.winner || state.draw) return;  // the round is over: the board stays as it is
    if (state.board[col].length >= ROWS) {
      state.note = { kind: "warn", text: "Column " + (col + 1) + " is full – choose another column." };
      state.fresh = null;
      render();
      return;
    }
    place(col);
    render();
  }

  function undo() {
    if (state.winner || state.draw || !state.moves.length) return;
    var last = state.moves.pop();
    state.board[last.col].pop();
    state.turn = last.p;
    state.fresh = null;
    state.note = { kind: "info", text: "Move " + (state.moves.length + 1) + " taken back." };
    render();
  }

  function newRound() {
    state.round += 1;
    state.starter = other(state.starter);
    state.turn = state.starter;
    clearBoard();
    state.moves = [];
    state.winner = null;
    state.line = null;
    state.draw = false;
    state.note = null;
    state.fresh = null;
    state.rounds.push({ n: state.round, opened: state.starter, winner: null, moves: null });
    render();
  }

  // ------------------------------------------------------------ drawing

  function svg(tag, attrs) {
    var el = document.createElementNS(SVG_NS, tag);
    for (var k in attrs) el.setAttribute(k, attrs[k]);
    return el;
  }

  function buildBoard() {
    var holes = $("holes"), hits = $("hits");
    for (var c = 0; c < COLS; c++) {
      for (var r = 0; r < ROWS; r++) holes.appendChild(svg("circle", { "class": "hole", cx: cx(c), cy: cy(r), r: R_DISC }));
      var hit = svg("rect", { "class": "hit", x: PAD + c * CELL, y: PAD, width: CELL, height: ROWS * CELL });
      hit.addEventListener("click", drop.bind(null, c));
      hits.appendChild(hit);
    }
    var drops = $("drops");
    for (var c2 = 0; c2 < COLS; c2++) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "drop";
      b.setAttribute("aria-label", "Drop a disc in column " + (c2 + 1));
      b.innerHTML = '<span class="num">' + (c2 + 1) + '</span><span class="arrow"></span>';
      b.addEventListener("click", drop.bind(null, c2));
      drops.appendChild(b);
    }
  }

  function renderBoard() {
    var discs = $("discs"), rings = $("rings");
    discs.textContent = "";
    rings.textContent = "";
    for (var c = 0; c < COLS; c++) {
      for (var r = 0; r < state.board[c].length; r++) {
        var p = state.board[c][r];
        var d = svg("circle", { "class": "disc", cx: cx(c), cy: cy(r), r: R_DISC, fill: p === "R" ? "url(#g-red)" : "url(#g-yellow)" });
        if (state.fresh && state.fresh.col === c && state.fresh.row === r) {
          d.classList.add("fall");
          d.style.setProperty("--from", -(cy(r) - cy(ROWS - 1) + CELL) + "px");
        }
        discs.appendChild(d);
      }
    }
    (state.line || []).forEach(function (cell) {
      rings.appendChild(svg("circle", { "class": "ring", cx: cx(cell[0]), cy: cy(cell[1]), r: R_DISC + 2 }));
      rings.appendChild(svg("circle", { "class": "ring-edge", cx: cx(cell[0]), cy: cy(cell[1]), r: R_DISC + 4.5 }));
    });
    $("board").classList.toggle("is-over", !!(state.winner || state.draw));
    var over = state.winner || state.draw;
    Array.prototype.forEach.call($("drops").children, function (b, c) {
      b.className = "drop " + (over ? "is-off" : state.board[c].length >= ROWS ? "is-full" : "is-" + state.turn);
    });
  }

  function renderStatus() {
    var main = $("status-main"), disc = $("turn-disc");
    if (state.winner) {
      main.textContent = NAMES[state.winner] + " wins!";
      disc.className = "turn-disc is-" + state.winner;
    } else if (state.draw) {
      main.textContent = "It's a draw";
      disc.className = "turn-disc";
    } else {
      main.textContent = NAMES[state.turn] + " to move";
      disc.className = "turn-disc is-" + state.turn;
    }
    $("round-label").textContent = "Round " + state.round;
    $("move-count").textContent = "Moves played: " + state.moves.length;
    var note = $("note");
    note.textContent = state.note ? state.note.text : "";
    note.className = "note" + (state.note ? " is-" + state.note.kind : "");
    ["R", "Y"].forEach(function (p) {
      $("player-" + p).className = "player" + (!state.winner && !state.draw && state.turn === p ? " is-turn-" + p : "");
      $("score-" + p).textContent = String(state.scores[p]);
    });
    $("draws").textContent = String(state.draws);
  }

  function renderRounds() {
    var rows = $("round-rows");
    rows.textContent = "";
    state.rounds.forEach(function (round) {
      var tr = document.createElement("tr");
      var live = !round.winner;
      if (live) tr.className = "is-live";
      var winner = live ? '<span class="live">in play</span>'
        : round.winner === "draw" ? "Draw"
        : '<span class="who who-' + round.winner + '">' + NAMES[round.winner] + "</span>";
      tr.innerHTML = "<td>Round " + round.n + "</td>"
        + '<td><span class="who who-' + round.opened + '">' + NAMES[round.opened] + "</span></td>"
        + "<td>" + winner + "</td>"
        + "<td>" + (live ? "–" : round.moves) + "</td>";
      rows.appendChild(tr);
    });
  }

  function renderMoves() {
    var list = $("move-list");
    list.textContent = "";
    if (!state.moves.length) {
      var empty = document.createElement("li");
      empty.className = "empty";
      empty.textContent = "No moves yet.";
      list.appendChild(empty);
      return;
    }
    state.moves.forEach(function (m, i) {
      var li = document.createElement("li");
      if (i === state.moves.length - 1) li.className = "is-last";
      li.innerHTML = '<span class="dot is-' + m.p + '"></span>';
      li.appendChild(document.createTextNode((i + 1) + ". " + NAMES[m.p] + " – column " + (m.col + 1)));
      list.appendChild(li);
    });
  }

  function render() {
    renderBoard();
    renderStatus();
    renderRounds();
    renderMoves();
  }

  // ------------------------------------------------------------ start

  clearBoard();
  SAVED.forEach(function (col) { place(col - 1); });
  state.fresh = null;
  buildBoard();
  render();

  $("new-round").addEventListener("click", newRound);
  document.addEventListener("keydown", function (e) {
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && (e.key === "z" || e.key === "Z")) {
      e.preventDefault();
      undo();
    }
  });
  document.documentElement.classList.remove("is-loading");
})();
