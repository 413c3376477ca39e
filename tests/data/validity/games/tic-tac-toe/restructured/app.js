// Gridlock: the board is a 3x3 array of rows, "" | "X" | "O".
const SIDE = 3;

const $ = (id) => document.getElementById(id);
const dom = {
  grid: $("gl-grid"),
  now: $("gl-now"),
  tally: { X: $("gl-wins-x"), O: $("gl-wins-o"), draw: $("gl-draws") },
  squares: [] // squares[r][c]
};

const match = {
  rows: [],
  next: "X",
  finished: false,
  winLine: null, // [[r, c], ...] of the winning line
  tally: { X: 0, O: 0, draw: 0 }
};

// every row, column and both diagonals as [r, c] triples
const TRIPLES = (() => {
  const t = [];
  for (let k = 0; k < SIDE; k++) {
    t.push([[k, 0], [k, 1], [k, 2]]);
  }
  for (let k = 0; k < SIDE; k++) {
    t.push([[0, k], [1, k], [2, k]]);
  }
  t.push([[0, 0], [1, 1], [2, 2]], [[0, 2], [1, 1], [2, 0]]);
  return t;
})();

function lay() {
  for (let r = 0; r < SIDE; r++) {
    const line = document.createElement("div");
    line.className = "gl-line";
    dom.squares.push([]);
    for (let c = 0; c < SIDE; c++) {
      const sq = document.createElement("button");
      sq.type = "button";
      sq.className = "gl-sq";
      sq.setAttribute("aria-label", `Row ${r + 1}, column ${c + 1}`);
      sq.addEventListener("click", () => place(r, c));
      line.appendChild(sq);
      dom.squares[r].push(sq);
    }
    dom.grid.appendChild(line);
  }
}

function findWin() {
  const at = ([r, c]) => match.rows[r][c];
  return TRIPLES.find((t) => at(t[0]) && at(t[0]) === at(t[1]) && at(t[0]) === at(t[2])) || null;
}

function place(r, c) {
  if (match.finished || match.rows[r][c]) return;
  const me = match.next;
  match.rows[r][c] = me;
  const line = findWin();
  if (line) {
    match.finished = true;
    match.winLine = line;
    match.tally[me]++;
  } else if (match.rows.every((row) => row.every(Boolean))) {
    match.finished = true;
    match.tally.draw++;
  } else {
    match.next = me === "X" ? "O" : "X";
  }
  show();
}

function say(player, words, final) {
  dom.now.replaceChildren();
  dom.now.toggleAttribute("data-final", final);
  if (!player) { dom.now.textContent = words; return; }
  const who = document.createElement("span");
  who.className = "gl-who";
  who.dataset.p = player;
  who.textContent = player;
  dom.now.append(who, " " + words);
}

function show() {
  const onLine = (r, c) => !!match.winLine && match.winLine.some(([a, b]) => a === r && b === c);
  dom.squares.forEach((row, r) => row.forEach((sq, c) => {
    const m = match.rows[r][c];
    sq.textContent = m;
    if (m) sq.dataset.mark = m; else delete sq.dataset.mark;
    sq.toggleAttribute("data-line", onLine(r, c));
  }));
  dom.grid.toggleAttribute("data-done", match.finished);
  if (match.winLine) {
    const [r, c] = match.winLine[0];
    say(match.rows[r][c], "wins!", true);
  } else if (match.finished) {
    say(null, "It's a draw!", true);
  } else {
    say(match.next, "to move", false);
  }
  for (const k of ["X", "O", "draw"]) dom.tally[k].textContent = match.tally[k];
}

function reset() {
  match.rows = Array.from({ length: SIDE }, () => Array(SIDE).fill(""));
  match.next = "X";
  match.finished = false;
  match.winLine = null;
  show();
}

$("gl-reset").addEventListener("click", reset);
lay();
reset();
