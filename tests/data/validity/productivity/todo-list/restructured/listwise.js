// Listwise. The list is an ordered array of ids plus a Set of finished ids;
// texts live in a Map. Every change goes through update() and a full paint().
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December"];

const model = { order: [], text: new Map(), finished: new Set(), view: "all", serial: 0 };

const out = name => document.querySelector(`[data-out="${name}"]`);
const plural = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;

function update(fn) { fn(model); paint(); }

function visible() {
  if (model.view === "active") return model.order.filter(id => !model.finished.has(id));
  if (model.view === "completed") return model.order.filter(id => model.finished.has(id));
  return model.order.slice();
}

function row(id) {
  const done = model.finished.has(id);
  const li = document.createElement("li");
  li.className = "lw-row" + (done ? " lw-row--done" : "");
  const pick = document.createElement("span");
  pick.className = "lw-row__pick";
  const box = document.createElement("input");
  box.type = "checkbox";
  box.id = "lw-t" + id;
  box.checked = done;
  box.dataset.id = id;
  const lab = document.createElement("label");
  lab.htmlFor = box.id;
  lab.textContent = model.text.get(id);
  pick.append(box, lab);
  const del = document.createElement("button");
  del.type = "button";
  del.className = "lw-del";
  del.dataset.del = id;
  del.textContent = "Delete";
  li.append(pick, del);
  return li;
}

function paint() {
  const ids = visible();
  out("list").replaceChildren(...ids.map(row));
  const total = model.order.length;
  const finished = model.order.filter(id => model.finished.has(id)).length;
  out("left").textContent = plural(total - finished, "item") + " left";
  out("badge").textContent = `${finished} of ${total} done`;
  document.querySelector('[data-act="sweep"]').disabled = finished === 0;

  const nothing = out("nothing");
  nothing.classList.toggle("u-hide", ids.length > 0);
  if (!ids.length) {
    const [h, p] = total === 0
      ? ["Nothing to do yet", "Add your first task above."]
      : model.view === "active"
        ? ["All caught up", "Every task on your list is done."]
        : ["No completed tasks", "Tick a task to see it here."];
    out("nothing-h").textContent = h;
    out("nothing-p").textContent = p;
  }
  document.querySelectorAll(".lw-view").forEach(b => b.setAttribute("aria-selected", String(b.dataset.view === model.view)));
}

document.querySelector(".lw-new").addEventListener("submit", e => {
  e.preventDefault();
  const field = e.currentTarget.elements.text;
  const text = field.value.trim();
  if (!text) return;
  update(m => {
    const id = ++m.serial;
    m.order.push(id);
    m.text.set(id, text);
  });
  field.value = "";
});

out("list").addEventListener("change", e => {
  const id = Number(e.target.dataset.id);
  if (!id) return;
  update(m => { if (e.target.checked) m.finished.add(id); else m.finished.delete(id); });
});

out("list").addEventListener("click", e => {
  const b = e.target.closest("[data-del]");
  if (!b) return;
  const id = Number(b.dataset.del);
  update(m => {
    m.order = m.order.filter(x => x !== id);
    m.finished.delete(id);
    m.text.delete(id);
  });
});

document.querySelector(".lw-views").addEventListener("click", e => {
  const b = e.target.closest("[data-view]");
  if (b) update(m => { m.view = b.dataset.view; });
});

document.querySelector('[data-act="sweep"]').addEventListener("click", () => {
  update(m => {
    m.order = m.order.filter(id => !m.finished.has(id));
    m.finished.clear();
  });
});

const now = new Date();
out("day").textContent = `${WEEKDAYS[now.getDay()]}, ${now.getDate()} ${MONTHS[now.getMonth()]}`;
paint();
