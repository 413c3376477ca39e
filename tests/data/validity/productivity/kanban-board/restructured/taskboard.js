// Taskboard: each lane keeps an ordered array of card ids; cards live in a map.
const LANES = ["To do", "In progress", "Done"];
const TEAM = {
  ana: ["Ana Costa", "assets/ana.svg"],
  priya: ["Priya Shah", "assets/priya.svg"],
  leo: ["Leo Brandt", "assets/leo.svg"],
  sam: ["Sam Okafor", "assets/sam.svg"],
  none: ["Unassigned", "assets/unassigned.svg"]
};

const cards = new Map();
const lanes = [[], [], []];
let nextId = 1;
function addCard(lane, title, tag, who, due, starred) {
  const id = "c" + nextId++;
  cards.set(id, { id, title, tag, who, due, starred: !!starred });
  lanes[lane].push(id);
  return id;
}
addCard(0, "Write release notes", "Docs", "priya", "Due 9 Jan");
addCard(0, "Design onboarding emails", "Design", "leo", "Due 14 Jan");
addCard(0, "Fix login redirect", "Bug", "sam", "Due 6 Jan");
addCard(1, "Migrate billing to v2", "Backend", "ana", "Due 12 Jan", true);
addCard(1, "Update API docs", "Docs", "priya", "Due 8 Jan");
addCard(2, "Set up staging server", "DevOps", "sam", "Done 2 Jan");

let composing = false;

const root = document.querySelector(".tb-lanes");

function make(tag, cls, text, attrs) {
  const n = document.createElement(tag);
  if (cls) n.className = cls;
  if (text != null) n.textContent = text;
  if (attrs) for (const k in attrs) n.setAttribute(k, attrs[k]);
  return n;
}

function tile(card, lane) {
  const art = make("article", "tile");
  // title first in the source; CSS order puts the tag row above it
  art.append(make("h3", "tile__name", card.title));

  const row = make("div", "tile__row");
  const [name, pic] = TEAM[card.who];
  row.append(make("img", "face", null, { src: pic, alt: name, width: 26, height: 26 }));
  row.append(make("span", "when", card.due));
  const shift = make("div", "shift");
  if (lane > 0) shift.append(make("button", "shift__b", "←", { type: "button", title: "Move to " + LANES[lane - 1], "data-act": "left", "data-id": card.id }));
  if (lane < LANES.length - 1) shift.append(make("button", "shift__b", "→", { type: "button", title: "Move to " + LANES[lane + 1], "data-act": "right", "data-id": card.id }));
  row.append(shift);
  art.append(row);

  const head = make("div", "tile__head");
  head.append(make("span", "label label--" + card.tag, card.tag));
  head.append(make("button", "fav", card.starred ? "★" : "☆", {
    type: "button", title: card.starred ? "Unstar" : "Star", "aria-pressed": String(card.starred), "data-act": "star", "data-id": card.id
  }));
  art.append(head);
  return art;
}

function composer() {
  const f = make("form", "composer", null, { autocomplete: "off" });
  const wrap = make("div", "composer__field");
  wrap.append(make("label", "composer__lbl", "Card title", { for: "composer-title" }));
  wrap.append(make("input", null, null, { id: "composer-title", type: "text", maxlength: "60" }));
  f.append(wrap);
  const btns = make("div", "composer__btns");
  btns.append(make("button", "btn-go", "Add", { type: "submit" }));
  btns.append(make("button", "btn-quiet", "Cancel", { type: "button", "data-act": "cancel" }));
  f.append(btns);
  f.addEventListener("submit", e => {
    e.preventDefault();
    const input = f.querySelector("input");
    const title = input.value.trim();
    if (!title) { input.focus(); return; }
    addCard(0, title, "New", "none", "No due date");
    composing = false;
    draw();
  });
  return f;
}

function draw() {
  const out = LANES.map((laneName, i) => {
    const lane = make("section", "lane", null, { "data-lane": i });
    const top = make("header", "lane__top");
    const h = make("h2", "lane__name", laneName + " ");
    h.append(make("span", "lane__n", "(" + lanes[i].length + ")"));
    top.append(h);
    lane.append(top);
    const stack = make("div", "lane__stack");
    if (lanes[i].length === 0) stack.append(make("p", "none-yet", "No cards here yet"));
    for (const id of lanes[i]) {
      const item = make("div", "lane__item");
      item.append(tile(cards.get(id), i));
      stack.append(item);
    }
    lane.append(stack);
    if (i === 0) {
      if (composing) lane.append(composer());
      else {
        const add = make("button", "newtile", null, { type: "button", "data-act": "compose" });
        add.innerHTML = '<svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M8 2v12M2 8h12" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>';
        add.append("Add card");
        lane.append(add);
      }
    }
    return lane;
  });
  root.replaceChildren(...out);
  const total = cards.size;
  const stars = [...cards.values()].filter(c => c.starred).length;
  document.querySelector('[data-sum="cards"]').textContent = total + (total === 1 ? " card" : " cards");
  document.querySelector('[data-sum="stars"]').textContent = stars + " starred";
  if (composing) document.getElementById("composer-title").focus();
}

function laneOf(id) { return lanes.findIndex(l => l.includes(id)); }

root.addEventListener("click", e => {
  const b = e.target.closest("button[data-act]");
  if (!b) return;
  const id = b.dataset.id;
  switch (b.dataset.act) {
    case "left":
    case "right": {
      const from = laneOf(id);
      const to = from + (b.dataset.act === "right" ? 1 : -1);
      lanes[from] = lanes[from].filter(x => x !== id);
      lanes[to].push(id);
      break;
    }
    case "star":
      cards.get(id).starred = !cards.get(id).starred;
      break;
    case "compose":
      composing = true;
      break;
    case "cancel":
      composing = false;
      break;
  }
  draw();
});

draw();
