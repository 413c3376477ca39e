// Brightside Lamps. The catalogue is a Map; filters live in one object and the
// wishlist is a Set of ids. Every change calls refresh().
const CATALOGUE = new Map([
  ["halo", { name: "Halo Desk Lamp", cat: "Desk", price: 89, inStock: true, pic: "halo-desk",
    about: "A dimmable LED ring on a jointed steel arm, with a warm 2700K glow for late reading.",
    specs: { Height: "48 cm", Bulb: "Built-in LED, 8 W", Finish: "Ink black steel" } }],
  ["arc", { name: "Arc Floor Lamp", cat: "Floor", price: 249, inStock: true, pic: "arc-floor",
    about: "A brass arc that reaches over the sofa and hangs a linen shade right where you read.",
    specs: { Height: "190 cm", Bulb: "E27, up to 60 W", Finish: "Brushed brass, linen" } }],
  ["pebble", { name: "Pebble Table Lamp", cat: "Table", price: 64, inStock: false, pic: "pebble-table",
    about: "A glazed stoneware base shaped like a river stone under a pleated cotton shade.",
    specs: { Height: "42 cm", Bulb: "E14, up to 40 W", Finish: "Sage glaze" } }],
  ["dome", { name: "Dome Pendant", cat: "Pendant", price: 129, inStock: true, pic: "dome-pendant",
    about: "Spun aluminium shade in terracotta that throws a wide pool of light over the dining table.",
    specs: { Diameter: "40 cm", Bulb: "E27, up to 60 W", Cable: "2 m, fabric" } }],
  ["reed", { name: "Reed Desk Lamp", cat: "Desk", price: 112, inStock: false, pic: "reed-desk",
    about: "A slim L-shaped stem with a tilting sage shade, small enough for the narrowest desk.",
    specs: { Height: "52 cm", Bulb: "GU10, 5 W", Finish: "Sage and navy" } }],
  ["lantern", { name: "Lantern Floor Lamp", cat: "Floor", price: 189, inStock: true, pic: "lantern-floor",
    about: "A tall paper-and-rattan lantern on a walnut tripod, soft as candlelight in a corner.",
    specs: { Height: "150 cm", Bulb: "E27, up to 40 W", Finish: "Walnut, washi paper" } }],
  ["orbit", { name: "Orbit Pendant", cat: "Pendant", price: 156, inStock: false, pic: "orbit-pendant",
    about: "Opal glass globe circled by a tilted brass ring, like a small planet over the stairs.",
    specs: { Diameter: "30 cm", Bulb: "E27, up to 40 W", Finish: "Opal glass, brass" } }],
  ["mushroom", { name: "Mushroom Table Lamp", cat: "Table", price: 72, inStock: true, pic: "mushroom-table",
    about: "A one-piece honey-coloured glass lamp with a domed cap and a cordless three-step dimmer.",
    specs: { Height: "34 cm", Bulb: "Built-in LED, 4 W", Battery: "12 hours" } }]
]);
const CATEGORIES = ["All", "Desk", "Table", "Floor", "Pendant"];
const ORDERINGS = {
  featured: null,
  "price-asc": (a, b) => a[1].price - b[1].price,
  "price-desc": (a, b) => b[1].price - a[1].price,
  name: (a, b) => a[1].name.localeCompare(b[1].name, "en", { sensitivity: "variant" })
};

const filters = { text: "", category: "All", onlyInStock: false, order: "featured" };
const saved = new Set();
let openId = null;

const bound = name => document.querySelector(`[data-bind="${name}"]`);
function make(tag, cls, text, attrs) {
  const n = document.createElement(tag);
  if (cls) n.className = cls;
  if (text != null) n.textContent = text;
  if (attrs) for (const k in attrs) n.setAttribute(k, attrs[k]);
  return n;
}

function matching() {
  const needle = filters.text.trim().toLowerCase();
  const rows = [...CATALOGUE].filter(([, p]) =>
    (needle === "" || p.name.toLowerCase().includes(needle)) &&
    (filters.category === "All" || p.cat === filters.category) &&
    (!filters.onlyInStock || p.inStock));
  const by = ORDERINGS[filters.order];
  return by ? rows.sort(by) : rows;
}

function card([id, p]) {
  const b = make("button", "bs-card", null, { type: "button", "data-open": id });
  b.append(make("img", null, null, { src: `media/${p.pic}.svg`, alt: "", width: 400, height: 400 }));
  const body = make("span", "bs-card__body");
  const foot = make("span", "bs-card__foot");
  foot.append(make("span", "bs-card__price", "$" + p.price),
    make("span", "bs-flag" + (p.inStock ? "" : " bs-flag--out"), p.inStock ? "In stock" : "Out of stock"));
  body.append(make("span", "bs-card__cat", p.cat), make("span", "bs-card__name", p.name), foot);
  b.append(body);
  return b;
}

function refresh() {
  const rows = matching();
  bound("total").textContent = `${rows.length} product${rows.length === 1 ? "" : "s"}`;
  bound("grid").classList.toggle("bs-off", rows.length === 0);
  bound("none").classList.toggle("bs-off", rows.length > 0);
  document.querySelectorAll(".bs-cat").forEach(c => c.setAttribute("aria-pressed", String(c.dataset.cat === filters.category)));
  const lines = [];
  for (let i = 0; i < rows.length; i += 4) {
    const line = make("div", "bs-row");
    line.append(...rows.slice(i, i + 4).map(card));
    lines.push(line);
  }
  bound("grid").replaceChildren(...lines);
}

function refreshSaved() {
  const n = saved.size;
  bound("saved-n").textContent = String(n);
  document.querySelector(".bs-saved").classList.toggle("bs-saved--some", n > 0);
  if (openId) {
    const on = saved.has(openId);
    const fav = document.querySelector('[data-act="fav"]');
    fav.replaceChildren(make("span", "bs-heart", on ? "\u2665" : "\u2661", { "aria-hidden": "true" }), on ? " In wishlist" : " Add to wishlist");
    fav.setAttribute("aria-pressed", String(on));
  }
}

function openCard(id) {
  const p = CATALOGUE.get(id);
  openId = id;
  const img = bound("m-img");
  img.src = `media/${p.pic}.svg`;
  img.alt = p.name;
  bound("m-cat").textContent = p.cat + " lamp";
  bound("m-name").textContent = p.name;
  bound("m-price").textContent = "$" + p.price;
  const stock = bound("m-stock");
  stock.textContent = p.inStock ? "In stock \u00b7 ships in 2 days" : "Out of stock \u00b7 back in April";
  stock.classList.toggle("bs-modal__stock--out", !p.inStock);
  bound("m-desc").textContent = p.about;
  bound("m-specs").replaceChildren(...Object.entries(p.specs).flatMap(([k, v]) => [make("dt", null, k), make("dd", null, v)]));
  refreshSaved();
  bound("overlay").classList.remove("bs-off");
}
function closeCard() {
  openId = null;
  bound("overlay").classList.add("bs-off");
}

// chips are built from data
document.querySelector(".bs-cats").append(...CATEGORIES.map(c =>
  make("button", "bs-cat", c, { type: "button", "data-cat": c, "aria-pressed": String(c === "All") })));

document.getElementById("bs-find").addEventListener("input", e => { filters.text = e.target.value; refresh(); });
document.getElementById("bs-avail").addEventListener("change", e => { filters.onlyInStock = e.target.checked; refresh(); });
document.getElementById("bs-order").addEventListener("change", e => { filters.order = e.target.value; refresh(); });

document.addEventListener("click", e => {
  const t = e.target;
  const cat = t.closest("[data-cat]");
  if (cat) { filters.category = cat.dataset.cat; refresh(); return; }
  const open = t.closest("[data-open]");
  if (open) { openCard(open.dataset.open); return; }
  const act = t.closest("[data-act]");
  if (act) {
    if (act.dataset.act === "reset") {
      Object.assign(filters, { text: "", category: "All", onlyInStock: false });
      document.getElementById("bs-find").value = "";
      document.getElementById("bs-avail").checked = false;
      refresh();
    } else if (act.dataset.act === "fav" && openId) {
      if (saved.has(openId)) saved.delete(openId); else saved.add(openId);
      refreshSaved();
    } else if (act.dataset.act === "close") {
      closeCard();
    }
    return;
  }
  if (t === bound("overlay")) closeCard();
});
document.addEventListener("keydown", e => { if (e.key === "Escape" && openId) closeCard(); });

bound("overlay").classList.add("bs-off");
refresh();
refreshSaved();
window.addEventListener("load", () => document.documentElement.classList.remove("booting"));
