// Twenty48: the board is a 4x4 array of rows; the DOM is redrawn from it.
const N = 4;

const ui = {
  grid: document.querySelector("#t48-grid"),
  points: document.querySelector("#t48-points"),
  record: document.querySelector("#t48-record"),
  finish: document.querySelector("#t48-finish"),
  restart: document.querySelector("#t48-restart"),
  slots: [] // slots[row][col]
};

const game = {
  rows: [],        // rows[r][c], 0 = empty
  points: 0,
  record: 0,
  born: null,      // [r, c] of the newest tile
  joined: new Set() // "r,c" keys of tiles that merged in the last move
};

const KEYS = { ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down" };

function makeGrid() {
  for (let r = 0; r < N; r++) {
    const line = document.createElement("div");
    line.className = "grid48__row";
    const row = [];
    for (let c = 0; c < N; c++) {
      const slot = document.createElement("div");
      slot.className = "slot";
      line.appendChild(slot);
      row.push(slot);
    }
    ui.grid.appendChild(line);
    ui.slots.push(row);
  }
}

function emptyRows() {
  return Array.from({ length: N }, () => Array(N).fill(0));
}

// Spawn: the empty cells in reading order; one Math.random() picks the cell,
// a second one makes it a 4 when below 0.1 (else a 2).
function spawn() {
  const free = [];
  game.rows.forEach((row, r) => row.forEach((v, c) => { if (!v) free.push([r, c]); }));
  if (free.length === 0) return;
  const spot = free[Math.floor(Math.random() * free.length)];
  game.rows[spot[0]][spot[1]] = Math.random() < 0.1 ? 4 : 2;
  game.born = spot;
}

// Coordinates of line k, listed from the edge the tiles travel to.
function lineCoords(dir, k) {
  const out = [];
  for (let j = 0; j < N; j++) {
    if (dir === "left") out.push([k, j]);
    else if (dir === "right") out.push([k, N - 1 - j]);
    else if (dir === "up") out.push([j, k]);
    else out.push([N - 1 - j, k]);
  }
  return out;
}

function compress(values) {
  const packed = [];
  const joins = [];
  let gain = 0;
  let waiting = null; // a tile that may still take a partner
  for (const v of values) {
    if (!v) continue;
    if (waiting !== null && waiting === v) {
      packed[packed.length - 1] = v * 2;
      joins.push(packed.length - 1);
      gain += v * 2;
      waiting = null;
    } else {
      packed.push(v);
      waiting = v;
    }
  }
  while (packed.length < N) packed.push(0);
  return { packed, joins, gain };
}

function shift(dir) {
  const next = emptyRows();
  const joined = new Set();
  let gain = 0;
  for (let k = 0; k < N; k++) {
    const coords = lineCoords(dir, k);
    const res = compress(coords.map(([r, c]) => game.rows[r][c]));
    coords.forEach(([r, c], j) => { next[r][c] = res.packed[j]; });
    res.joins.forEach((j) => joined.add(coords[j].join(",")));
    gain += res.gain;
  }
  const moved = next.some((row, r) => row.some((v, c) => v !== game.rows[r][c]));
  if (!moved) return;
  game.rows = next;
  game.points += gain;
  game.record = Math.max(game.record, game.points);
  game.joined = joined;
  spawn();
  draw();
}

function stuck() {
  for (let r = 0; r < N; r++) {
    for (let c = 0; c < N; c++) {
      const v = game.rows[r][c];
      if (!v) return false;
      if (c + 1 < N && game.rows[r][c + 1] === v) return false;
      if (r + 1 < N && game.rows[r + 1][c] === v) return false;
    }
  }
  return true;
}

function draw() {
  ui.slots.forEach((row, r) => row.forEach((slot, c) => {
    slot.replaceChildren();
    const v = game.rows[r][c];
    if (!v) return;
    const tile = document.createElement("span");
    tile.className = "num";
    tile.dataset.v = v > 2048 ? "big" : String(v);
    if (v >= 1024) tile.dataset.tiny = "";
    if (game.born && game.born[0] === r && game.born[1] === c) tile.dataset.born = "";
    if (game.joined.has(r + "," + c)) tile.dataset.joined = "";
    tile.textContent = v;
    slot.appendChild(tile);
  }));
  ui.points.textContent = game.points;
  ui.record.textContent = game.record;
  ui.finish.hidden = !stuck();
}

function fresh() {
  game.rows = emptyRows();
  game.points = 0;
  game.joined = new Set();
  spawn();
  spawn();
  game.born = null;
  draw();
}

window.addEventListener("keydown", (e) => {
  const dir = KEYS[e.key];
  if (!dir) return;
  e.preventDefault();
  if (!ui.finish.hidden) return;
  shift(dir);
});

ui.restart.addEventListener("click", fresh);
makeGrid();
fresh();
