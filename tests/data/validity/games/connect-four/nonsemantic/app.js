// A look-alike: rows stored top-down, every line of four scanned after each move,
// divs for every control, the board redrawn whole as one SVG string.
const W = 7, H = 6, SIZE = 60, EDGE = 14;
const COLOUR = { R: "Red", Y: "Yellow" };
const WHO = { R: "Maya", Y: "Theo" };

const game = {
  roundNo: 3,
  opener: "R",
  toMove: "R",
  grid: [],
  history: [],
  won: null,
  winCells: [],
  tied: false,
  message: null,
  wins: { R: 1, Y: 1 },
  ties: 0,
  table: [
    { no: 1, first: "R", won: "Y", len: 22 },
    { no: 2, first: "Y", won: "R", len: 18 },
    { no: 3, first: "R", won: null, len: null },
  ],
};

const q = (sel) => document.querySelector(sel);
const flip = (p) => (p === "R" ? "Y" : "R");

function emptyGrid() {
  game.grid = Array.from({ length: H }, () => Array(W).fill(null));
}

function topFree(col) {
  for (let row = H - 1; row >= 0; row--) if (!game.grid[row][col]) return row;
  return -1;
}

function scan(p) {
  const ways = [[0, 1, "horizontally"], [1, 0, "vertically"], [1, 1, "diagonally"], [-1, 1, "diagonally"]];
  for (let r = 0; r < H; r++) {
    for (let c = 0; c < W; c++) {
      for (const [dr, dc, word] of ways) {
        const cells = [0, 1, 2, 3].map((k) => [r + dr * k, c + dc * k]);
        if (cells.every(([rr, cc]) => rr >= 0 && rr < H && cc >= 0 && cc < W && game.grid[rr][cc] === p)) {
          return { cells, word };
        }
      }
    }
  }
  return null;
}

function play(col) {
  const row = topFree(col);
  const p = game.toMove;
  game.grid[row][col] = p;
  game.history.push([p, col, row]);
  const line = scan(p);
  const live = game.table[game.table.length - 1];
  if (line) {
    game.won = p;
    game.winCells = line.cells;
    game.wins[p]++;
    live.won = p;
    live.len = game.history.length;
    game.message = ["win", `${WHO[p]} connects four ${line.word} – round ${game.roundNo} goes to ${COLOUR[p]}.`];
  } else if (game.history.length === W * H) {
    game.tied = true;
    game.ties++;
    live.won = "tie";
    live.len = game.history.length;
    game.message = ["info", `The board is full – round ${game.roundNo} is a draw.`];
  } else {
    game.toMove = flip(p);
    game.message = null;
  }
}

function choose(col) {
  if (game.won || game.tied) return;
  if (topFree(col) < 0) {
    game.message = ["warn", `Column ${col + 1} is full – choose another column.`];
  } else {
    play(col);
  }
  paint();
}

function takeBack() {
  if (game.won || game.tied || game.history.length === 0) return;
  const [p, col, row] = game.history.pop();
  game.grid[row][col] = null;
  game.toMove = p;
  game.message = ["info", `Move ${game.history.length + 1} taken back.`];
  paint();
}

function again() {
  game.roundNo++;
  game.opener = flip(game.opener);
  game.toMove = game.opener;
  emptyGrid();
  game.history = [];
  game.won = null;
  game.winCells = [];
  game.tied = false;
  game.message = null;
  game.table.push({ no: game.roundNo, first: game.opener, won: null, len: null });
  paint();
}

function boardSvg() {
  const over = game.won || game.tied;
  let s = '<svg width="448" height="388" viewBox="0 0 448 388" xmlns="http://www.w3.org/2000/svg">'
    + '<defs><radialGradient id="rr" cx="38%" cy="34%" r="70%"><stop offset="0" stop-color="#ff7386"/><stop offset="0.55" stop-color="#e0314b"/><stop offset="1" stop-color="#b01a32"/></radialGradient>'
    + '<radialGradient id="yy" cx="38%" cy="34%" r="70%"><stop offset="0" stop-color="#ffe27a"/><stop offset="0.55" stop-color="#f6b821"/><stop offset="1" stop-color="#d18f00"/></radialGradient></defs>'
    + '<rect width="448" height="388" rx="18" fill="#1d4fbf"/><rect x="6" y="6" width="436" height="376" rx="14" fill="#2563d9"/>';
  for (let c = 0; c < W; c++) {
    s += `<g class="colg${over ? " locked" : ""}" data-col="${c}"><rect x="${EDGE + c * SIZE}" y="${EDGE}" width="${SIZE}" height="${H * SIZE}" fill="transparent"/>`;
    for (let r = 0; r < H; r++) {
      const x = EDGE + c * SIZE + SIZE / 2, y = EDGE + r * SIZE + SIZE / 2;
      const v = game.grid[r][c];
      s += v ? `<circle cx="${x}" cy="${y}" r="23" fill="url(#${v === "R" ? "rr" : "yy"})"/>` : `<circle class="pit" cx="${x}" cy="${y}" r="23"/>`;
    }
    s += "</g>";
  }
  for (const [r, c] of game.winCells) {
    const x = EDGE + c * SIZE + SIZE / 2, y = EDGE + r * SIZE + SIZE / 2;
    s += `<circle class="ringw" cx="${x}" cy="${y}" r="25"/><circle class="ringd" cx="${x}" cy="${y}" r="27.5"/>`;
  }
  return s + "</svg>";
}

function paint() {
  const over = game.won || game.tied;
  q('[data-part="board"]').innerHTML = boardSvg();
  q('[data-part="tabs"]').innerHTML = Array.from({ length: W }, (_, c) => {
    const look = over || topFree(c) < 0 ? "t-grey" : "t-" + game.toMove;
    return `<div class="tab ${look}" data-col="${c}"><div class="tab-face">${c + 1}</div><div class="tab-tip"></div></div>`;
  }).join("");

  q('[data-part="title"]').textContent = game.won ? `${COLOUR[game.won]} wins!` : game.tied ? "It's a draw" : `${COLOUR[game.toMove]} to move`;
  q('[data-part="dot"]').className = "bigdot" + (game.won ? " c-" + game.won : game.tied ? "" : " c-" + game.toMove);
  q('[data-part="round"]').textContent = `Round ${game.roundNo}`;
  q('[data-part="count"]').textContent = `Moves played: ${game.history.length}`;
  const msg = q('[data-part="msg"]');
  msg.className = game.message ? "msg msg-" + game.message[0] : "";
  msg.textContent = game.message ? game.message[1] : "";

  document.querySelectorAll(".pl").forEach((el) => {
    const p = el.dataset.who;
    el.className = "pl" + (!over && game.toMove === p ? " now-" + p : "");
  });
  document.querySelectorAll("[data-wins]").forEach((el) => { el.textContent = game.wins[el.dataset.wins]; });
  q('[data-part="draws"]').textContent = game.ties;

  let rows = '<div class="gh">Round</div><div class="gh">Opened</div><div class="gh">Winner</div><div class="gh num">Moves</div>';
  for (const t of game.table) {
    const live = !t.won;
    const cls = live ? " live-cell" : "";
    const winner = live ? '<span class="playing">in play</span>' : t.won === "tie" ? "Draw" : `<span class="pp pp-${t.won}">${COLOUR[t.won]}</span>`;
    rows += `<div class="${cls}">Round ${t.no}</div><div class="${cls}"><span class="pp pp-${t.first}">${COLOUR[t.first]}</span></div>`
      + `<div class="${cls}">${winner}</div><div class="num${cls}">${live ? "–" : t.len}</div>`;
  }
  q('[data-part="rounds"]').innerHTML = rows;

  q('[data-part="log"]').innerHTML = game.history.length
    ? game.history.map(([p, col], i) =>
        `<div class="log-row${i === game.history.length - 1 ? " newest" : ""}"><div class="ld ld-${p}"></div><div>${i + 1}. ${COLOUR[p]} – column ${col + 1}</div></div>`).join("")
    : '<div class="log-none">No moves yet.</div>';
}

document.addEventListener("click", (e) => {
  const col = e.target.closest("[data-col]");
  if (col) return choose(Number(col.dataset.col));
  if (e.target.closest('[data-act="again"]')) again();
});
window.addEventListener("keydown", (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z" && !e.shiftKey) {
    e.preventDefault();
    takeBack();
  }
});

emptyGrid();
[4, 5, 4, 6, 5, 6].forEach((c) => play(c - 1));
paint();
