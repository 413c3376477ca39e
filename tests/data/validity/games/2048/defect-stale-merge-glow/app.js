(function () {
  "use strict";

  var SIZE = 4;
  var boardEl = document.getElementById("board");
  var scoreEl = document.getElementById("score");
  var bestEl = document.getElementById("best");
  var overlayEl = document.getElementById("overlay");

  var grid;          // 16 numbers, row-major, 0 = empty
  var score = 0;
  var best = 0;
  var fresh = -1;    // index of the tile that appeared last
  var merged = [];   // indices that received a merge in the last move
  var cells = [];

  // Each line lists the 16 indices in the order tiles travel towards:
  // the first index of a line is the edge the tiles slide to.
  var LINES = {
    ArrowLeft: [], ArrowRight: [], ArrowUp: [], ArrowDown: []
  };
  for (var a = 0; a < SIZE; a++) {
    var left = [], right = [], up = [], down = [];
    for (var b = 0; b < SIZE; b++) {
      left.push(a * SIZE + b);
      right.push(a * SIZE + (SIZE - 1 - b));
      up.push(b * SIZE + a);
      down.push((SIZE - 1 - b) * SIZE + a);
    }
    LINES.ArrowLeft.push(left);
    LINES.ArrowRight.push(right);
    LINES.ArrowUp.push(up);
    LINES.ArrowDown.push(down);
  }

  function buildBoard() {
    for (var i = 0; i < SIZE * SIZE; i++) {
      var cell = document.createElement("div");
      cell.className = "cell";
      boardEl.appendChild(cell);
      cells.push(cell);
    }
  }

  // A new tile: the first Math.random() picks one of the empty cells (listed
  // in row-major order), the second makes it a 4 if below 0.1, else a 2.
  function addTile() {
    var empty = [];
    for (var i = 0; i < grid.length; i++) {
      if (grid[i] === 0) empty.push(i);
    }
    if (!empty.length) return;
    var at = empty[Math.floor(Math.random() * empty.length)];
    grid[at] = Math.random() < 0.1 ? 4 : 2;
    fresh = at;
  }

  // Slides one line towards its start; each tile merges at most once.
  function slideLine(values) {
    var tiles = values.filter(function (v) { return v !== 0; });
    var out = [];
    var gained = 0;
    var mergedAt = [];
    for (var i = 0; i < tiles.length; i++) {
      if (i + 1 < tiles.length && tiles[i] === tiles[i + 1]) {
        var sum = tiles[i] * 2;
        mergedAt.push(out.length);
        out.push(sum);
        gained += sum;
        i++; // the partner is used up
      } else {
        out.push(tiles[i]);
      }
    }
    while (out.length < SIZE) out.push(0);
    return { values: out, gained: gained, mergedAt: mergedAt };
  }

  function move(direction) {
    var changed = false;
    var gained = 0;
    var mergedNow = [];
    LINES[direction].forEach(function (line) {
      var result = slideLine(line.map(function (i) { return grid[i]; }));
      line.forEach(function (index, k) {
        if (grid[index] !== result.values[k]) changed = true;
        grid[index] = result.values[k];
      });
      result.mergedAt.forEach(function (k) { mergedNow.push(line[k]); });
      gained += result.gained;
    });
    if (!changed) return; // nothing moved: no new tile, nothing to redraw
    score += gained;
    if (score > best) best = score;
    if (mergedNow.length) merged = mergedNow;
    addTile();
    render();
  }

  function canMove() {
    for (var i = 0; i < grid.length; i++) {
      if (grid[i] === 0) return true;
      var col = i % SIZE;
      if (col < SIZE - 1 && grid[i] === grid[i + 1]) return true;
      if (i + SIZE < grid.length && grid[i] === grid[i + SIZE]) return true;
    }
    return false;
  }

  function render() {
    for (var i = 0; i < cells.length; i++) {
      var cell = cells[i];
      var v = grid[i];
      cell.textContent = "";
      if (v) {
        var tile = document.createElement("span");
        tile.className = "tile tile-" + (v > 2048 ? "super" : v);
        if (v >= 1024) tile.className += " is-small";
        if (i === fresh) tile.className += " is-new";
        if (merged.indexOf(i) !== -1) tile.className += " is-merged";
        tile.textContent = String(v);
        cell.appendChild(tile);
      }
    }
    scoreEl.textContent = String(score);
    bestEl.textContent = String(best);
    overlayEl.hidden = canMove();
  }

  function newGame() {
    grid = [];
    for (var i = 0; i < SIZE * SIZE; i++) grid.push(0);
    score = 0;
    merged = [];
    addTile();
    addTile();
    fresh = -1;
    render();
  }

  document.addEventListener("keydown", function (event) {
    if (!LINES[event.key]) return;
    event.preventDefault();
    if (!overlayEl.hidden) return;
    move(event.key);
  });

  buildBoard();
  document.getElementById("new-game").addEventListener("click", newGame);
  newGame();
})();
