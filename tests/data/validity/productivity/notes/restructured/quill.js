// Quillnote. Notes are kept in a Map keyed by id; pins are a Set of ids; the
// screen is described by a small "ui" record and redrawn from it.
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const store = new Map();
const pins = new Set();
let seq = 0;
function put(title, body, y, m, d) {
  const id = ++seq;
  store.set(id, { id, title, body, stamp: new Date(y, m, d).getTime() });
  return id;
}
put("Grocery list", "Oat milk, eggs, sourdough, lemons and coffee beans. Basil and parmesan for Sunday's pasta. Don't forget the bin bags!", 2025, 11, 31);
put("Book ideas", "A lighthouse keeper who collects letters from ships that never arrive. Chapter one opens in a storm, when the keeper finds a bottle with her own handwriting inside.", 2025, 11, 28);
put("Q1 planning", "Goals: ship the mobile beta by March, hire two designers, cut the support backlog in half. Ask Priya about the budget before Friday.", 2025, 11, 22);

const ui = { screen: "view", openId: 1, search: "", asking: false };

const $ = s => document.querySelector(s);
const make = (tag, cls, text) => {
  const n = document.createElement(tag);
  if (cls) n.className = cls;
  if (text != null) n.textContent = text;
  return n;
};
const show = (node, on) => node.classList.toggle("is-off", !on);

const dateText = t => { const d = new Date(t); return `${d.getDate()} ${MON[d.getMonth()]} ${d.getFullYear()}`; };
const clip = s => (s.length <= 40 ? s : s.slice(0, 40).replace(/[\s,.;:]+$/, "") + "…");
const countWords = s => { const w = s.trim() ? s.trim().split(/\s+/).length : 0; return `${w} word${w === 1 ? "" : "s"}`; };

function newestFirst() {
  return [...store.values()].sort((a, b) => (b.stamp - a.stamp) || (b.id - a.id));
}
function hit(n) {
  const q = ui.search.toLowerCase();
  return !q || (n.title + "\u0000" + n.body).toLowerCase().includes(q);
}

function entry(n) {
  const li = make("li", "bunch__li");
  const b = make("button", "entry" + (ui.screen === "view" && ui.openId === n.id ? " entry--open" : ""));
  b.type = "button";
  b.dataset.open = n.id;
  const line = make("span", "entry__line");
  line.append(make("span", "entry__t", n.title));
  if (pins.has(n.id)) {
    const img = make("img", "entry__pin");
    Object.assign(img, { src: "img/pin.svg", alt: "", width: 12, height: 12 });
    line.append(img);
  }
  b.append(line, make("span", "entry__d", dateText(n.stamp)), make("span", "entry__s", clip(n.body)));
  li.append(b);
  return li;
}

function bunch(title, list, withPin) {
  const sec = make("section", "bunch");
  const h = make("h2", "bunch__h");
  if (withPin) {
    const img = make("img");
    Object.assign(img, { src: "img/pin.svg", alt: "", width: 14, height: 14 });
    h.append(img, " Pinned");
  } else h.textContent = title;
  const ul = make("ul", "bunch__list");
  list.forEach(n => ul.append(entry(n)));
  sec.append(h, ul);
  return sec;
}

function drawShelf() {
  const shown = newestFirst().filter(hit);
  const pinned = shown.filter(n => pins.has(n.id));
  const rest = shown.filter(n => !pins.has(n.id));
  const parts = [];
  if (pinned.length) parts.push(bunch("Pinned", pinned, true));
  if (rest.length) parts.push(bunch("Notes", rest, false));
  if (!shown.length && ui.search) {
    const none = make("div", "nohit");
    const img = make("img");
    Object.assign(img, { src: "img/empty.svg", alt: "", width: 120, height: 90 });
    none.append(img, make("p", null, "No notes match your search."));
    parts.push(none);
  }
  $("#shelf").replaceChildren(...parts);
  const total = `${store.size} note${store.size === 1 ? "" : "s"}`;
  $("#tally").textContent = ui.search ? `${shown.length} of ${total}` : total;
}

function drawMain() {
  const note = store.get(ui.openId);
  show($("#view"), ui.screen === "view" && !!note);
  show($("#write"), ui.screen !== "view");
  show($("#blank"), ui.screen === "view" && !note);
  if (ui.screen === "view" && note) {
    $("#view-h").textContent = note.title;
    $("#view-meta").textContent = `Edited ${dateText(note.stamp)} · ${countWords(note.body)}`;
    const pin = $('[data-cmd="pin"]');
    pin.textContent = pins.has(note.id) ? "Unpin" : "Pin";
    pin.setAttribute("aria-pressed", String(pins.has(note.id)));
    $("#view-text").replaceChildren(...note.body.split(/\n+/).filter(p => p.trim()).map(p => make("p", "", p)));
    show($("#acts"), !ui.asking);
    show($("#ask"), ui.asking);
  }
}

function redraw() { drawShelf(); drawMain(); }

function startWriting(kind) {
  ui.screen = kind;
  ui.asking = false;
  const note = store.get(ui.openId);
  $("#write-h").textContent = kind === "new" ? "New note" : "Edit note";
  $("#w-title").value = kind === "edit" ? note.title : "";
  $("#w-body").value = kind === "edit" ? note.body : "";
  $("#w-err").textContent = "";
  $("#w-title").classList.remove("write__input--bad");
  redraw();
  $("#w-title").focus();
}

const commands = {
  new: () => startWriting("new"),
  edit: () => startWriting("edit"),
  "cancel-edit": () => { ui.screen = "view"; redraw(); },
  pin: () => {
    if (pins.has(ui.openId)) pins.delete(ui.openId); else pins.add(ui.openId);
    redraw();
  },
  "ask-delete": () => { ui.asking = true; redraw(); },
  keep: () => { ui.asking = false; redraw(); },
  delete: () => {
    store.delete(ui.openId);
    pins.delete(ui.openId);
    ui.asking = false;
    const order = newestFirst();
    const first = order.find(n => pins.has(n.id)) || order[0];
    ui.openId = first ? first.id : null;
    redraw();
  }
};

document.addEventListener("click", e => {
  const cmd = e.target.closest("[data-cmd]");
  if (cmd && commands[cmd.dataset.cmd]) { commands[cmd.dataset.cmd](); return; }
  const open = e.target.closest("[data-open]");
  if (open) {
    ui.openId = Number(open.dataset.open);
    ui.screen = "view";
    ui.asking = false;
    redraw();
  }
});

$("#write").addEventListener("submit", e => {
  e.preventDefault();
  const title = $("#w-title").value.trim();
  const body = $("#w-body").value.trim();
  if (!title) {
    $("#w-err").textContent = "Give your note a title.";
    $("#w-title").classList.add("write__input--bad");
    $("#w-title").focus();
    return;
  }
  const now = new Date();
  const stamp = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  if (ui.screen === "new") {
    ui.openId = put(title, body, 1970, 0, 1);
    store.get(ui.openId).stamp = stamp;
  } else {
    Object.assign(store.get(ui.openId), { title, body, stamp });
  }
  ui.screen = "view";
  redraw();
});

$("#finder-q").addEventListener("input", e => {
  ui.search = e.target.value.trim();
  drawShelf();
});

redraw();
