// Dayplan calendar. Dates are held as day numbers (days since 1970-01-01, UTC
// arithmetic) and turned into y/m/d only for display.
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December"];
const WEEKDAY_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const WEEKDAY_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MS_DAY = 86400000;

const data = window.DAYPLAN_DATA;
const who = new Map(data.people.map(p => [p.id, p]));

const dayNo = (y, m, d) => Math.round(Date.UTC(y, m, d) / MS_DAY);
const parts = n => { const t = new Date(n * MS_DAY); return { y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate() }; };
const weekday = n => ((n % 7) + 7 + 3) % 7;          // 0 = Monday (1970-01-01 was a Thursday)
const mondayBefore = n => n - weekday(n);
const isoOf = n => { const p = parts(n); return `${p.y}-${String(p.m + 1).padStart(2, "0")}-${String(p.d).padStart(2, "0")}`; };

const byDay = new Map();
for (const ev of data.events) {
  if (!byDay.has(ev.on)) byDay.set(ev.on, []);
  byDay.get(ev.on).push(ev);
}
const eventsFor = n => byDay.get(isoOf(n)) || [];

const clock = new Date();
const TODAY = dayNo(clock.getFullYear(), clock.getMonth(), clock.getDate());

const state = {
  mode: "month",
  shownYear: parts(TODAY).y,
  shownMonth: parts(TODAY).m,
  picked: TODAY
};

const q = sel => document.querySelector(sel);
function h(tag, cls, text) {
  const n = document.createElement(tag);
  if (cls) n.className = cls;
  if (text != null) n.textContent = text;
  return n;
}
function face(src, size, alt) {
  const img = h("img");
  img.src = src; img.alt = alt || ""; img.width = size; img.height = size;
  return img;
}

function monthModel() {
  const first = dayNo(state.shownYear, state.shownMonth, 1);
  const last = dayNo(state.shownYear, state.shownMonth + 1, 0);
  const from = mondayBefore(first), to = mondayBefore(last) + 6;
  const weeks = [];
  for (let n = from; n <= to; n += 7) {
    weeks.push(Array.from({ length: 7 }, (_, i) => n + i));
  }
  return weeks;
}

function drawMonth() {
  const grid = q("#mgrid");
  grid.replaceChildren();
  for (const week of monthModel()) {
    const row = h("div", "mrow");
    for (const n of week) {
      const p = parts(n);
      if (p.m !== state.shownMonth) {
        const pad = h("div", "day day--other");
        pad.append(h("span", "day__n", String(p.d)));
        row.append(pad);
        continue;
      }
      const evs = eventsFor(n);
      const cls = ["day"];
      if (n === TODAY) cls.push("day--now");
      if (n === state.picked) cls.push("day--picked");
      if (evs.some(e => e.cal === "holiday")) cls.push("day--hol");
      if (weekday(n) >= 5) cls.push("day--wkend");
      const b = h("button", cls.join(" "));
      b.type = "button";
      b.dataset.day = n;
      b.append(h("span", "day__n", String(p.d)));
      if (evs.length) {
        const foot = h("span", "day__foot");
        const pips = h("span", "day__pips");
        evs.forEach(e => pips.append(h("span", "pip pip--" + e.cal)));
        const faces = h("span", "day__who");
        [...new Set(evs.filter(e => e.cal !== "holiday").map(e => e.who))]
          .forEach(id => faces.append(face(who.get(id).pic, 20)));
        foot.append(pips, faces);
        b.append(foot);
      }
      row.append(b);
    }
    grid.append(row);
  }
  q("#board-title").textContent = `${MONTH_NAMES[state.shownMonth]} ${state.shownYear}`;
}

function drawWeek() {
  const row = q("#wrow");
  row.replaceChildren();
  const start = mondayBefore(state.picked);
  for (let i = 0; i < 7; i++) {
    const n = start + i;
    const col = h("div", "wcol" + (n === state.picked ? " wcol--picked" : ""));
    const top = h("div", "wcol__top" + (n === TODAY ? " wcol__top--now" : ""));
    top.append(h("span", "wcol__dn", WEEKDAY_SHORT[weekday(n)]), h("span", "wcol__num", String(parts(n).d)));
    col.append(top);
    for (const e of eventsFor(n)) {
      const chip = h("div", "chip chip--" + e.cal);
      chip.append(h("span", "chip__t", e.from || "All day"), h("span", "chip__h", e.title));
      if (e.cal !== "holiday") chip.append(face(who.get(e.who).pic, 22));
      col.append(chip);
    }
    row.append(col);
  }
  const a = parts(start), b = parts(start + 6);
  let title;
  if (a.m === b.m) title = `${a.d} – ${b.d} ${MONTH_NAMES[b.m]} ${b.y}`;
  else if (a.y === b.y) title = `${a.d} ${MONTH_NAMES[a.m]} – ${b.d} ${MONTH_NAMES[b.m]} ${b.y}`;
  else title = `${a.d} ${MONTH_NAMES[a.m]} ${a.y} – ${b.d} ${MONTH_NAMES[b.m]} ${b.y}`;
  q("#board-title").textContent = title;
}

function drawAgenda() {
  const p = parts(state.picked);
  q("#agenda-h").textContent = `Events on ${WEEKDAY_LONG[weekday(state.picked)]}, ${p.d} ${MONTH_NAMES[p.m]}`;
  const evs = eventsFor(state.picked);
  q("#agenda-n").textContent = evs.length === 0 ? "Free day" : `${evs.length} ${evs.length === 1 ? "event" : "events"}`;
  const list = q("#agenda-list");
  list.replaceChildren(...evs.map(e => {
    const li = h("li", "item item--" + e.cal);
    const main = h("div", "item__main");
    main.append(
      h("span", "item__when", e.from ? `${e.from} – ${e.to}` : "All day"),
      h("span", "item__what", e.title),
      h("span", "item__where", e.at)
    );
    li.append(main);
    if (e.cal !== "holiday") {
      const person = who.get(e.who);
      const own = h("div", "item__owner");
      own.append(face(person.pic, 30, person.name), h("span", null, person.name));
      li.append(own);
    }
    return li;
  }));
  q("#agenda-empty").classList.toggle("is-gone", evs.length > 0);
}

function paint() {
  const month = state.mode === "month";
  q("#pane-month").classList.toggle("is-gone", !month);
  q("#pane-week").classList.toggle("is-gone", month);
  document.querySelectorAll(".modes__b").forEach(b => b.setAttribute("aria-selected", String(b.dataset.mode === state.mode)));
  month ? drawMonth() : drawWeek();
  drawAgenda();
}

function showMonthOf(n) {
  const p = parts(n);
  state.shownYear = p.y; state.shownMonth = p.m;
}

q("#mgrid").addEventListener("click", ev => {
  const b = ev.target.closest("button.day");
  if (!b) return;
  state.picked = Number(b.dataset.day);
  paint();
});

q(".steppers").addEventListener("click", ev => {
  const b = ev.target.closest("button[data-go]");
  if (!b) return;
  const go = Number(b.dataset.go);
  if (go === 0) {
    showMonthOf(TODAY);
    state.picked = TODAY;
  } else if (state.mode === "month") {
    const m = state.shownMonth + go;
    state.shownYear += Math.floor(m / 12);
    state.shownMonth = ((m % 12) + 12) % 12;
  } else {
    state.picked += 7 * go;
    showMonthOf(state.picked);
  }
  paint();
});

q(".modes").addEventListener("click", ev => {
  const b = ev.target.closest("button[data-mode]");
  if (!b) return;
  state.mode = b.dataset.mode;
  if (state.mode === "month") showMonthOf(state.picked);
  paint();
});

paint();
