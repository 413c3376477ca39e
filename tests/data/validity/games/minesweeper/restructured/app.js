// Puzzlewood Minesweeper, daily board #214 (hand-placed, no randomness).
// The board is one flat list of squares; what each square shows is a code in a
// Uint8Array (HIDDEN, OPEN, FLAG). Clicks reach the board through one delegated
// listener; squares are drawn by data attributes, styled in CSS.
(() => {
  "use strict";

  const N = 9;
  const LETTERS = "ABCDEFGHI";
  const MINE_AT = ["G1", "I2", "B3", "I5", "A7", "B7", "C8", "C9", "G9", "H9"];
  const BOARD_NO = 214;
  const SAFE_TOTAL = N * N - MINE_AT.length;
  const HIDDEN = 0, OPEN = 1, FLAG = 2;

  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, text) => {
    const node = document.createElement(tag);
    if (attrs) for (const k of Object.keys(attrs)) node.setAttribute(k, attrs[k]);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const coord = (i) => LETTERS[i % N] + (Math.floor(i / N) + 1);
  const indexOf = (name) => (Number(name.slice(1)) - 1) * N + LETTERS.indexOf(name[0]);

  // neighbours in reading order: the row above, the same row, the row below
  const NEAR = [];
  for (let i = 0; i < N * N; i++) {
    const r = Math.floor(i / N), c = i % N, out = [];
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        const rr = r + dr, cc = c + dc;
        if ((dr || dc) && rr >= 0 && rr < N && cc >= 0 && cc < N) out.push(rr * N + cc);
      }
    }
    NEAR.push(out);
  }
  const MINED = new Set(MINE_AT.map(indexOf));
  const AROUND = NEAR.map((list) => list.filter((j) => MINED.has(j)).length);

  let records = [
    { secs: 64, day: "Dec 29" },
    { secs: 79, day: "Dec 14" },
    { secs: 112, day: "Nov 30" }
  ];
  let flagging = false;
  let game;

  function newGame() {
    return { shows: new Uint8Array(N * N), phase: "ready", moves: 0, opened: 0, journal: [], t0: null, final: null, blast: -1 };
  }

  const seconds = () => (game.final !== null ? game.final : game.t0 === null ? 0 : Math.floor((Date.now() - game.t0) / 1000));
  const flagCount = () => game.shows.reduce((n, s) => n + (s === FLAG ? 1 : 0), 0);
  const cellsText = (n) => (n === 1 ? "1 cell" : n + " cells");

  function note(text) {
    game.moves += 1;
    game.journal.push(game.moves + ". " + text);
  }

  // breadth-first: the square, and past every square with no mine around it, its neighbours
  function reveal(start) {
    const queue = [start];
    let count = 0;
    while (queue.length) {
      const i = queue.shift();
      if (game.shows[i] !== HIDDEN) continue;
      game.shows[i] = OPEN;
      count += 1;
      if (AROUND[i] === 0) for (const j of NEAR[i]) if (game.shows[j] === HIDDEN && !MINED.has(j)) queue.push(j);
    }
    game.opened += count;
    return count;
  }

  function explode(i) {
    game.phase = "lost";
    game.blast = i;
    game.final = seconds();
    note("Hit a mine on " + coord(i));
  }

  function maybeWon() {
    if (game.phase === "lost" || game.opened !== SAFE_TOTAL) return;
    game.phase = "won";
    game.final = seconds();
    MINED.forEach((i) => { game.shows[i] = FLAG; });
    records = records.concat([{ secs: game.final, day: "Today", fresh: true }])
      .sort((a, b) => a.secs - b.secs).slice(0, 4);
  }

  const over = () => game.phase === "won" || game.phase === "lost";

  function press(i) {
    if (over() || game.shows[i] === OPEN) return;
    if (flagging) {
      game.shows[i] = game.shows[i] === FLAG ? HIDDEN : FLAG;
      note((game.shows[i] === FLAG ? "Flagged " : "Unflagged ") + coord(i));
    } else {
      if (game.shows[i] === FLAG) return;
      if (game.t0 === null) game.t0 = Date.now();
      if (game.phase === "ready") game.phase = "playing";
      if (MINED.has(i)) explode(i);
      else {
        note("Opened " + coord(i) + " · " + cellsText(reveal(i)));
        maybeWon();
      }
    }
    draw();
  }

  function chord(i) {
    if (game.phase !== "playing" || game.shows[i] !== OPEN || AROUND[i] === 0) return;
    const near = NEAR[i];
    if (near.filter((j) => game.shows[j] === FLAG).length !== AROUND[i]) return;
    const todo = near.filter((j) => game.shows[j] === HIDDEN);
    if (!todo.length) return;
    const mined = todo.find((j) => MINED.has(j));
    if (mined !== undefined) explode(mined);
    else {
      let count = 0;
      for (const j of todo) count += reveal(j);
      note("Chorded " + coord(i) + " · " + cellsText(count));
      maybeWon();
    }
    draw();
  }

  // ------------------------------------------------------------------ drawing
  const board = $("pwBoard");
  const squares = [];
  const drawn = [];

  function buildBoard() {
    for (let r = 0; r < N; r++) {
      const line = el("div", { class: "pw-line", role: "row" });
      for (let c = 0; c < N; c++) {
        const sq = el("button", { type: "button", class: "pw-sq", role: "gridcell", "aria-label": "Row " + (r + 1) + ", column " + (c + 1), "data-i": String(r * N + c) });
        line.appendChild(sq);
        squares.push(sq);
        drawn.push("");
      }
      board.appendChild(line);
    }
    for (let k = 0; k < N; k++) {
      $("pwColNames").appendChild(el("span", null, LETTERS[k]));
      $("pwRowNums").appendChild(el("span", null, String(k + 1)));
    }
  }

  function look(i) {
    const s = game.shows[i];
    if (s === OPEN) return AROUND[i] ? "n" + AROUND[i] : "open";
    if (game.phase === "lost" && MINED.has(i) && s !== FLAG) return i === game.blast ? "blast" : "mine";
    if (s === FLAG) return game.phase === "lost" && !MINED.has(i) ? "wrongflag" : "flag";
    return "hidden";
  }

  function paintSquare(sq, key) {
    sq.removeAttribute("data-n");
    sq.removeAttribute("data-hit");
    sq.removeAttribute("data-face");
    const picture = { mine: "mine.svg", blast: "mine.svg", flag: "flag.svg", wrongflag: "flag-wrong.svg" }[key];
    if (key[0] === "n") {
      sq.dataset.face = "open";
      sq.dataset.n = key.slice(1);
      sq.textContent = key.slice(1);
    } else if (key === "open") {
      sq.dataset.face = "open";
      sq.textContent = "";
    } else {
      if (key === "mine" || key === "blast") sq.dataset.face = "open";
      if (key === "blast") sq.dataset.hit = "";
      sq.replaceChildren(...(picture ? [el("img", { src: "images/" + picture, alt: "" })] : []));
    }
  }

  function draw() {
    for (let i = 0; i < squares.length; i++) {
      const key = look(i);
      if (drawn[i] !== key) { paintSquare(squares[i], key); drawn[i] = key; }
    }
    board.toggleAttribute("data-over", over());
    board.toggleAttribute("data-flagging", flagging);
    $("pwLeft").textContent = String(MINE_AT.length - flagCount());
    $("pwMoves").textContent = String(game.moves);
    $("pwOpened").textContent = `Opened ${game.opened} of ${SAFE_TOTAL} safe cells`;
    const head = $("pwHeadline");
    if (game.phase === "won" || game.phase === "lost") head.dataset.tone = game.phase; else delete head.dataset.tone;
    head.textContent = game.phase === "ready" ? "Click any cell to start"
      : game.phase === "playing" ? "Board in play"
      : game.phase === "won" ? `You cleared board #${BOARD_NO} in ${game.final} s`
      : "Game over";
    const face = game.phase === "won" ? "face-cool.svg" : game.phase === "lost" ? "face-dead.svg" : "face-smile.svg";
    if (!$("pwFace").src.endsWith(face)) $("pwFace").src = "images/" + face;
    const btn = $("pwFlagBtn");
    btn.setAttribute("aria-pressed", String(flagging));
    $("pwFlagWord").textContent = flagging ? "Flag mode: On" : "Flag mode: Off";
    clock();

    $("pwRecords").replaceChildren(...records.map((rec, k) => {
      const li = el("li", { class: "pw-record" });
      if (rec.fresh) li.setAttribute("data-fresh", "");
      li.append(el("span", { class: "pw-record__rank" }, String(k + 1)), el("span", { class: "pw-record__secs" }, rec.secs + " s"), el("span", { class: "pw-record__when" }, rec.day));
      if (rec.fresh) li.append(el("span", { class: "pw-record__badge" }, "New best"));
      return li;
    }));
    const lines = game.journal.slice().reverse();
    $("pwJournal").replaceChildren(...(lines.length
      ? lines.map((t) => el("li", { class: "pw-entry" }, t))
      : [el("li", { class: "pw-entry pw-entry--none" }, "No moves yet.")]));
  }

  function clock() {
    const t = String(seconds());
    const out = $("pwClock");
    if (out.textContent !== t) out.textContent = t;
  }

  // ------------------------------------------------------------------ wiring
  board.addEventListener("click", (e) => {
    const sq = e.target.closest("[data-i]");
    if (sq) press(Number(sq.dataset.i));
  });
  board.addEventListener("dblclick", (e) => {
    const sq = e.target.closest("[data-i]");
    if (sq) chord(Number(sq.dataset.i));
  });

  const ACTIONS = {
    restart: () => { game = newGame(); draw(); },
    flag: () => { flagging = !flagging; draw(); },
    howto: (btn) => {
      const open = btn.getAttribute("aria-expanded") !== "true";
      btn.setAttribute("aria-expanded", String(open));
      btn.querySelector(".pw-rules__chev").textContent = open ? "▾" : "▸";
    }
  };
  document.addEventListener("click", (e) => {
    const btn = e.target.closest("[data-do]");
    if (btn && ACTIONS[btn.dataset.do]) ACTIONS[btn.dataset.do](btn);
  });

  // the site navigation
  [["nav-today", "Today"], ["nav-mines", "Minesweeper", true], ["nav-sudoku", "Sudoku"], ["nav-nonogram", "Nonograms"],
   ["nav-kakuro", "Kakuro"], ["nav-trophy", "Leaderboards"]].forEach(([icon, label, here]) => {
    const a = el("a", { href: "#", class: "pw-top__link" });
    if (here) a.setAttribute("aria-current", "page");
    a.append(el("img", { src: "images/" + icon + ".svg", alt: "", width: "20", height: "20" }), label);
    $("pwNav").appendChild(a);
  });

  buildBoard();
  game = newGame();
  draw();
  setInterval(clock, 200);
})();
