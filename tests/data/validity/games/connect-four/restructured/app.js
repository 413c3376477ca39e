// Four in a Row, restructured: the board is one flat array of 42 cells (row 0 at
// the bottom), the round's history is just the list of columns played (the
// colours alternate from whoever opened), the page is drawn from template
// strings and every click goes through one delegated listener.
(() => {
  "use strict";

  const W = 7, H = 6, STEP = 60, EDGE = 14, RAD = 23;
  const COLOUR = { R: "Red", Y: "Yellow" };
  const WHO = { R: "Maya", Y: "Theo" };
  const AVATAR = { R: "avatar-maya", Y: "avatar-theo" };
  const LINES = [[1, 0, "horizontally"], [0, 1, "vertically"], [1, 1, "diagonally"], [1, -1, "diagonally"]];
  const flip = (p) => (p === "R" ? "Y" : "R");

  const game = {
    round: 3,
    opener: "R",
    cells: new Array(W * H).fill(""),
    played: [],             // columns, 0-based, in order
    result: null,           // null | {winner: "R"|"Y"|null (draw), cells: [...], how}
    note: null,             // [kind, text]
    landed: -1,             // index of the disc that has just fallen, -1 if none
    wins: { R: 1, Y: 1 },
    draws: 0,
    history: [["R", "Y", 22], ["Y", "R", 18]]   // finished rounds: [opened, winner ("D" draw), moves]
  };

  const ui = {};
  document.querySelectorAll("[data-ui]").forEach((n) => { ui[n.dataset.ui] = n; });

  const idx = (c, r) => r * W + c;
  const cell = (c, r) => (c < 0 || c >= W || r < 0 || r >= H ? null : game.cells[idx(c, r)] || null);
  const height = (c) => { let r = 0; while (r < H && game.cells[idx(c, r)]) r++; return r; };
  const mover = () => (game.played.length % 2 === 0 ? game.opener : flip(game.opener));
  const x = (c) => EDGE + c * STEP + STEP / 2;
  const y = (r) => EDGE + (H - 1 - r) * STEP + STEP / 2;

  function runThrough(c, r, p) {
    for (const [dx, dy, how] of LINES) {
      const back = [], fwd = [];
      for (let k = 1; cell(c - dx * k, r - dy * k) === p; k++) back.unshift([c - dx * k, r - dy * k]);
      for (let k = 1; cell(c + dx * k, r + dy * k) === p; k++) fwd.push([c + dx * k, r + dy * k]);
      const run = [...back, [c, r], ...fwd];
      if (run.length >= 4) return { run, how };
    }
    return null;
  }

  function play(c) {
    const p = mover(), r = height(c);
    game.cells[idx(c, r)] = p;
    game.played.push(c);
    game.landed = idx(c, r);
    const line = runThrough(c, r, p);
    if (line) {
      game.result = { winner: p, cells: line.run };
      game.wins[p] += 1;
      game.note = ["win", `${WHO[p]} connects four ${line.how} – round ${game.round} goes to ${COLOUR[p]}.`];
    } else if (game.played.length === W * H) {
      game.result = { winner: null, cells: [] };
      game.draws += 1;
      game.note = ["info", `The board is full – round ${game.round} is a draw.`];
    } else {
      game.note = null;
    }
  }

  const actions = {
    drop(c) {
      if (game.result) return;
      if (height(c) >= H) {
        game.note = ["warn", `Column ${c + 1} is full – choose another column.`];
        game.landed = -1;
      } else {
        play(c);
      }
      paint();
    },
    takeBack() {
      if (game.result || !game.played.length) return;
      const c = game.played.pop();
      game.cells[idx(c, height(c) - 1)] = "";
      game.landed = -1;
      game.note = ["info", `Move ${game.played.length + 1} taken back.`];
      paint();
    },
    again() {
      const r = game.result;
      if (r) game.history.push([game.opener, r.winner || "D", game.played.length]);
      else game.history.push([game.opener, null, null]);   // an unfinished round is left as it stood
      game.round += 1;
      game.opener = flip(game.opener);
      game.cells.fill("");
      game.played = [];
      game.result = null;
      game.note = null;
      game.landed = -1;
      paint();
    }
  };

  /* ------------------------------------------------------------ drawing */

  const DEFS = `<defs>
    <radialGradient id="shade-r" cx="38%" cy="34%" r="70%"><stop offset="0" stop-color="#ff7386"/><stop offset="0.55" stop-color="#e0314b"/><stop offset="1" stop-color="#b01a32"/></radialGradient>
    <radialGradient id="shade-y" cx="38%" cy="34%" r="70%"><stop offset="0" stop-color="#ffe27a"/><stop offset="0.55" stop-color="#f6b821"/><stop offset="1" stop-color="#d18f00"/></radialGradient>
  </defs>
  <rect x="0" y="0" width="448" height="388" rx="18" fill="#1d4fbf"/>
  <rect x="6" y="6" width="436" height="376" rx="14" fill="#2563d9"/>`;

  function boardSvg() {
    let pits = "", discs = "", rings = "", lanes = "";
    for (let c = 0; c < W; c++) {
      for (let r = 0; r < H; r++) {
        pits += `<circle class="pit" cx="${x(c)}" cy="${y(r)}" r="${RAD}"/>`;
        const p = game.cells[idx(c, r)];
        if (!p) continue;
        const fresh = game.landed === idx(c, r);
        discs += `<circle class="disc${fresh ? " drop-in" : ""}" cx="${x(c)}" cy="${y(r)}" r="${RAD}" fill="url(#shade-${p.toLowerCase()})"` +
          (fresh ? ` style="--from: ${-(y(r) - y(H - 1) + STEP)}px"` : "") + "/>";
      }
      lanes += `<rect class="lane" data-col="${c}" x="${EDGE + c * STEP}" y="${EDGE}" width="${STEP}" height="${H * STEP}"/>`;
    }
    ((game.result && game.result.cells) || []).forEach(([c, r]) => {
      rings += `<circle class="win-o" cx="${x(c)}" cy="${y(r)}" r="${RAD + 2}"/><circle class="win-e" cx="${x(c)}" cy="${y(r)}" r="${RAD + 4.5}"/>`;
    });
    return `${DEFS}<g>${pits}</g><g>${discs}</g><g>${rings}</g><g>${lanes}</g>`;
  }

  function paintTabs() {
    const over = !!game.result;
    ui.tabs.innerHTML = Array.from({ length: W }, (_, c) => {
      const look = over || height(c) >= H ? "grey" : mover();
      return `<button type="button" class="tab" data-col="${c}" data-look="${look}" aria-label="Drop a disc in column ${c + 1}"><span class="tab__n">${c + 1}</span><span class="tab__v"></span></button>`;
    }).join("");
  }

  function paintHead() {
    const r = game.result;
    if (r && r.winner) { ui.status.textContent = `${COLOUR[r.winner]} wins!`; ui.disc.dataset.p = r.winner; }
    else if (r) { ui.status.textContent = "It's a draw"; delete ui.disc.dataset.p; }
    else { ui.status.textContent = `${COLOUR[mover()]} to move`; ui.disc.dataset.p = mover(); }
    ui.round.textContent = `Round ${game.round}`;
    ui.count.textContent = `Moves played: ${game.played.length}`;
    if (game.note) { ui.msg.hidden = false; ui.msg.dataset.kind = game.note[0]; ui.msg.textContent = game.note[1]; }
    else { ui.msg.hidden = true; ui.msg.textContent = ""; delete ui.msg.dataset.kind; }
    ui.draws.textContent = String(game.draws);
  }

  function paintPlayers() {
    const up = game.result ? null : mover();
    ui.players.innerHTML = "<h2>Players</h2>" + ["R", "Y"].map((p) => `
      <div class="who-card"${up === p ? ` data-up="${p}"` : ""}>
        <img src="images/${AVATAR[p]}.svg" alt="${WHO[p]}" width="48" height="48">
        <div class="who-card__mid">
          <div class="who-card__name">${WHO[p]}</div>
          <div class="who-card__side"><span class="swatch" data-p="${p}"></span>${COLOUR[p]} discs</div>
        </div>
        <div class="who-card__wins"><b>${game.wins[p]}</b><small>wins</small></div>
      </div>`).join("");
  }

  function paintTally() {
    const side = (p) => `<span class="side-name" data-p="${p}">${COLOUR[p]}</span>`;
    const rows = game.history.map(([opened, winner, moves], i) => ({ n: i + 1, opened, winner, moves }));
    const r = game.result;
    rows.push({ n: game.round, opened: game.opener, winner: r ? r.winner || "D" : null, moves: r ? game.played.length : null });
    ui.tally.innerHTML = rows.map((row) => {
      const live = !row.winner;
      const won = live ? '<span class="in-play">in play</span>' : row.winner === "D" ? "Draw" : side(row.winner);
      return `<tr${live ? " data-live" : ""}><td>Round ${row.n}</td><td>${side(row.opened)}</td><td>${won}</td><td>${live ? "–" : row.moves}</td></tr>`;
    }).join("");
  }

  function paintLog() {
    const n = game.played.length;
    ui.log.innerHTML = n
      ? game.played.map((c, i) => {
          const p = i % 2 === 0 ? game.opener : flip(game.opener);
          return `<li data-p="${p}"${i === n - 1 ? " data-newest" : ""}>${i + 1}. ${COLOUR[p]} – column ${c + 1}</li>`;
        }).join("")
      : '<li class="log__none">No moves yet.</li>';
  }

  function paint() {
    ui.grid.innerHTML = boardSvg();
    if (game.result) ui.grid.setAttribute("data-done", ""); else ui.grid.removeAttribute("data-done");
    paintTabs(); paintHead(); paintPlayers(); paintTally(); paintLog();
  }

  /* ------------------------------------------------------------ static content */

  ui.tips.innerHTML = [
    ["tip-centre", "Take the middle.", "The centre column is part of more lines of four than any other."],
    ["tip-three", "Count the threes.", "Three of a colour with a free space beside them has to be answered at once."],
    ["tip-slope", "Watch the slopes.", "The lines that climb across the board are the ones people miss."],
    ["tip-above", "Mind the space above.", "Before you drop, look at what you open up for your opponent."]
  ].map(([img, lead, rest]) => `<div class="hint"><img src="images/${img}.svg" alt="" width="36" height="36"><p><strong>${lead}</strong> ${rest}</p></div>`).join("");

  ui.others.innerHTML = [
    ["game-checkers", "Checkers", 20], ["game-reversi", "Reversi", 15], ["game-dots", "Dots and Boxes", 10],
    ["game-mancala", "Mancala", 15], ["game-ships", "Sea Battle", 25]
  ].map(([img, name, min]) => `<a href="#" class="tile"><img src="images/${img}.svg" alt="" width="160" height="100"><b>${name}</b><small>2 players · ${min} min</small></a>`).join("");

  /* ------------------------------------------------------------ input */

  document.addEventListener("click", (e) => {
    const col = e.target.closest("[data-col]");
    if (col) { actions.drop(Number(col.dataset.col)); return; }
    if (e.target.closest("[data-ui=again]")) actions.again();
  });
  document.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === "z") {
      e.preventDefault();
      actions.takeBack();
    }
  });

  // The evening so far: round 3, six moves in (saved on this device).
  [4, 5, 4, 6, 5, 6].forEach((c) => play(c - 1));
  game.landed = -1;
  paint();
  document.documentElement.setAttribute("data-ready", "");
})();
