// Critter Match: the deck is an array of card records; each record's `state`
// is "down", "up" or "found", and the DOM is painted from those records.
const ANIMALS = ["Fox", "Owl", "Frog", "Whale", "Bee", "Panda"];
const TURN_BACK_AFTER = 800;
const COLS = 4;

const view = {
  deck: document.getElementById("cm-deck"),
  moves: document.getElementById("cm-moves"),
  pairs: document.getElementById("cm-pairs"),
  meter: document.getElementById("cm-meter"),
  note: document.getElementById("cm-note"),
  again: document.getElementById("cm-again"),
  tiles: []
};

const play = {
  deck: [],          // [{animal, state}]
  open: [],          // indices turned up in the current move (0, 1 or 2)
  misses: [],        // the two cards of a mismatch until they turn back
  busy: false,
  moves: 0,
  found: 0,
  lastWasPair: false,
  pending: 0
};

// Two of each animal in ANIMALS order, then Fisher-Yates from the end:
// for i = 11..1, j = floor(random * (i + 1)), swap i and j.
function deal() {
  const cards = ANIMALS.flatMap((a) => [a, a]);
  for (let i = cards.length - 1; i >= 1; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [cards[i], cards[j]] = [cards[j], cards[i]];
  }
  return cards.map((animal) => ({ animal, state: "down" }));
}

function el(tag, cls, attrs) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  return node;
}

function layTable() {
  let row = null;
  for (let n = 0; n < 12; n++) {
    if (n % COLS === 0) {
      row = el("div", "deck__row");
      view.deck.appendChild(row);
    }
    const btn = el("button", "tile", { type: "button" });
    const front = el("span", "tile__front");
    front.append(el("img", "tile__pic", { alt: "", width: "84", height: "84" }), el("span", "tile__label"));
    const tag = el("span", "tile__tag");
    tag.textContent = "Card " + (n + 1);
    btn.append(tag, el("img", "tile__cover", { src: "images/back.svg", alt: "", width: "140", height: "160" }), front);
    btn.addEventListener("click", () => turn(n));
    row.appendChild(btn);
    view.tiles.push(btn);
  }
}

function paintFaces() {
  play.deck.forEach((card, n) => {
    view.tiles[n].querySelector(".tile__pic").src = "images/" + card.animal.toLowerCase() + ".svg";
    view.tiles[n].querySelector(".tile__label").textContent = card.animal;
  });
}

function turn(n) {
  const card = play.deck[n];
  if (play.busy || card.state !== "down") return;
  card.state = "up";
  play.lastWasPair = false;
  play.open.push(n);
  if (play.open.length < 2) { paint(); return; }
  play.moves++;
  const [a, b] = play.open;
  play.open = [];
  if (play.deck[a].animal === play.deck[b].animal) {
    play.deck[a].state = play.deck[b].state = "found";
    play.found++;
    play.lastWasPair = true;
    paint();
    return;
  }
  play.misses = [a, b];
  play.busy = true;
  paint();
  play.pending = window.setTimeout(() => {
    play.misses.forEach((k) => { play.deck[k].state = "down"; });
    play.misses = [];
    play.busy = false;
    play.pending = 0;
    paint();
  }, TURN_BACK_AFTER);
}

function paint() {
  play.deck.forEach((card, n) => {
    const t = view.tiles[n];
    t.dataset.state = card.state;
    t.toggleAttribute("data-shown", card.state !== "down");
    t.toggleAttribute("data-miss", play.misses.includes(n));
  });
  view.moves.textContent = `Moves: ${play.moves}`;
  view.pairs.textContent = `Pairs found: ${play.found} of 6`;
  view.meter.style.setProperty("--done", (play.found / 6) * 100 + "%");
  let text = "Turn over two cards. If they show the same critter, they stay up.";
  let tone = "";
  if (play.found === 6) { text = `You found all 6 pairs in ${play.moves} moves!`; tone = "win"; }
  else if (play.misses.length) { text = "Not a match - they will turn back."; tone = "miss"; }
  else if (play.lastWasPair) { text = "It's a match! Those two stay face up."; tone = "hit"; }
  view.note.textContent = text;
  if (tone) view.note.dataset.tone = tone; else delete view.note.dataset.tone;
}

function newRound() {
  if (play.pending) window.clearTimeout(play.pending);
  Object.assign(play, { deck: deal(), open: [], misses: [], busy: false, moves: 0, found: 0, lastWasPair: false, pending: 0 });
  paintFaces();
  paint();
}

view.again.addEventListener("click", newRound);
layTable();
newRound();
