// Fern & Flint. The cart is a Map product-id -> quantity (insertion order is
// the order lines were first added); the screen shown is a string.
const CATALOGUE = [
  ["backpack", "Summit Backpack", "38 L, waxed canvas, lifetime repairs", 89.00],
  ["lantern", "Campfire Lantern", "Rechargeable, warm 300 lumen glow", 34.50],
  ["mug", "Trail Mug", "Enamel steel, 350 ml, nests in a pot", 18.00],
  ["beanie", "Wool Beanie", "Merino rib knit, one size", 24.00],
  ["poles", "Trekking Poles", "Carbon, cork grips, pair of two", 59.00],
  ["compass", "Pocket Compass", "Brass case, liquid-damped needle", 15.75]
].map(([id, name, blurb, price]) => ({ id, name, blurb, cents: Math.round(price * 100), pic: `pics/${id}.svg` }));
const PRODUCT = Object.fromEntries(CATALOGUE.map(p => [p.id, p]));
const RULES = { tax: 0.08, ship: 695, freeFrom: 10000 };

const basket = new Map();
let screen = "shop";

const byId = id => document.getElementById(id);
const fmt = c => `$${(c / 100).toFixed(2)}`;
const items = n => `${n} item${n === 1 ? "" : "s"}`;
function node(tag, cls, text, attrs = {}) {
  const n = document.createElement(tag);
  if (cls) n.className = cls;
  if (text != null) n.textContent = text;
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  return n;
}

function sums() {
  let count = 0, sub = 0;
  for (const [id, q] of basket) { count += q; sub += PRODUCT[id].cents * q; }
  const tax = Math.round(sub * RULES.tax);
  const ship = sub === 0 || sub >= RULES.freeFrom ? 0 : RULES.ship;
  return { count, sub, tax, ship, total: sub + tax + ship };
}

function fillSums(dl, s) {
  const rows = [
    ["Subtotal", fmt(s.sub), ""],
    ["Tax (8%)", fmt(s.tax), ""],
    ["Shipping", s.sub > 0 && s.ship === 0 ? "Free" : fmt(s.ship), ""],
    ["Total", fmt(s.total), "sums--grand"]
  ];
  dl.replaceChildren(...rows.flatMap(([k, v, cls]) => [
    node("dt", cls, k),
    node("dd", cls || (v === "Free" ? "sums--free" : ""), v)
  ]));
}

function buildShelf() {
  const shelf = byId("shelf");
  for (let i = 0; i < CATALOGUE.length; i += 3) {
    const row = node("div", "shelf__row");
    for (const p of CATALOGUE.slice(i, i + 3)) {
      const art = node("article", "item");
      art.append(node("img", "item__pic", null, { src: p.pic, alt: p.name, width: 200, height: 160 }));
      const info = node("div", "item__info");
      const buy = node("div", "item__buy");
      buy.append(node("span", "item__price", fmt(p.cents)),
        node("button", "buy", "Add to cart", { type: "button", "aria-label": `Add ${p.name} to cart`, "data-add": p.id }));
      info.append(node("h3", "item__name", p.name), node("p", "item__blurb", p.blurb), buy);
      art.append(info);
      row.append(art);
    }
    shelf.append(row);
  }
}

function drawBasket() {
  const s = sums();
  const pill = byId("bag-n");
  pill.textContent = String(s.count);
  pill.classList.toggle("ff-pill--zero", s.count === 0);
  byId("basket-n").textContent = items(s.count);
  byId("basket-none").hidden = basket.size > 0;

  byId("basket-lines").replaceChildren(...[...basket].map(([id, q]) => {
    const p = PRODUCT[id];
    const li = node("li", "ln");
    const stepper = node("span", "stepper");
    stepper.append(
      node("button", "stepper__b", "\u2212", { type: "button", "aria-label": `Decrease ${p.name} quantity`, "data-step": "-1", "data-id": id }),
      node("span", "stepper__v", String(q)),
      node("button", "stepper__b", "+", { type: "button", "aria-label": `Increase ${p.name} quantity`, "data-step": "1", "data-id": id })
    );
    // source order differs from the visual one: grid areas place them
    li.append(stepper, node("span", "ln__unit", `${fmt(p.cents)} each`), node("span", "ln__sum", fmt(p.cents * q)),
      node("span", "ln__name", p.name), node("img", "ln__pic", null, { src: p.pic, alt: "" }));
    return li;
  }));

  const dl = byId("basket-sums");
  fillSums(dl, s);
  dl.hidden = basket.size === 0;
  byId("basket-hint").textContent = s.sub > 0 && s.sub < RULES.freeFrom
    ? `Add ${fmt(RULES.freeFrom - s.sub)} more for free shipping.`
    : s.sub >= RULES.freeFrom ? "Nice \u2014 this order ships free." : "";
  const go = byId("go-checkout");
  go.disabled = basket.size === 0;
  go.classList.toggle("is-gone", screen !== "shop");
}

function draw() {
  document.querySelectorAll(".screen").forEach(el => el.classList.toggle("is-on", el.dataset.screen === screen));
  byId("basket").classList.toggle("is-gone", screen === "done");
  drawBasket();
}

function show(next) {
  screen = next;
  draw();
  window.scrollTo(0, 0);
}

const CHECKS = [
  ["ship-name", v => (v ? "" : "Please enter your full name.")],
  ["ship-email", v => (!v ? "Please enter your email address." : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? "" : "Please enter a valid email address.")],
  ["ship-addr", v => (v ? "" : "Please enter your shipping address.")]
];
function mark(id, msg) {
  byId(id + "-msg").textContent = msg;
  byId(id).setAttribute("aria-invalid", msg ? "true" : "false");
}

document.addEventListener("click", e => {
  const add = e.target.closest("[data-add]");
  if (add) {
    const id = add.dataset.add;
    basket.set(id, (basket.get(id) || 0) + 1);
    draw();
    return;
  }
  const step = e.target.closest("[data-step]");
  if (step) {
    const id = step.dataset.id;
    const q = (basket.get(id) || 0) + Number(step.dataset.step);
    if (q <= 0) basket.delete(id); else basket.set(id, q);
    if (basket.size === 0 && screen === "checkout") screen = "shop";
    draw();
    return;
  }
  const go = e.target.closest("[data-go]");
  if (!go) return;
  if (go.dataset.go === "cart") {
    if (screen !== "shop") show("shop");
    byId("basket").scrollIntoView({ block: "nearest" });
  } else if (go.dataset.go === "checkout") {
    if (basket.size) show("checkout");
  } else {
    show(go.dataset.go);
  }
});

byId("ship-form").addEventListener("submit", e => {
  e.preventDefault();
  const values = {};
  let firstBad = null;
  for (const [id, check] of CHECKS) {
    values[id] = byId(id).value.trim();
    const msg = check(values[id]);
    mark(id, msg);
    if (msg && !firstBad) firstBad = id;
  }
  if (firstBad) { byId(firstBad).focus(); return; }

  const s = sums();
  byId("ordno").textContent = "FF-" + (10000 + Math.floor(Math.random() * 90000));
  byId("thanks").textContent = `Thank you, ${values["ship-name"]}! We are packing your gear and will email ${values["ship-email"]} when it ships.`;
  const list = node("dl", "sums sums--items");
  for (const [id, q] of basket) list.append(node("dt", "", `${PRODUCT[id].name} \u00d7 ${q}`), node("dd", "", fmt(PRODUCT[id].cents * q)));
  const totals = node("dl", "sums");
  fillSums(totals, s);
  byId("slip").replaceChildren(list, totals);
  byId("shipto").textContent = `${items(s.count)} shipping to ${values["ship-addr"]}`;
  basket.clear();
  e.target.reset();
  CHECKS.forEach(([id]) => mark(id, ""));
  show("done");
});

CHECKS.forEach(([id]) => byId(id).addEventListener("input", () => { if (byId(id + "-msg").textContent) mark(id, ""); }));

buildShelf();
draw();
