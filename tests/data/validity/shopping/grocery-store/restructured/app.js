// Greenbasket shop front. The catalogue is a pipe table parsed at start; the basket is a
// Map (insertion order = the order lines were first added); the DOM is built with
// createElement; static controls are wired by one delegated listener on data-cmd.
(() => {
  "use strict";

  // id | name | aisle | pack | grams (ml, or a count for "each") | per | cents | tags | rank
  const TABLE = `
braeburn-apples|Braeburn apples|fruit|6 pack · 900 g|900|kg|275|offer|2
pink-lady-apples|Pink Lady apples|fruit|4 pack · 600 g|600|kg|330||6
granny-smith-apples|Granny Smith apples|fruit|6 pack · 960 g|960|kg|240||14
organic-gala-apples|Organic Gala apples|fruit|5 pack · 700 g|700|kg|315|organic|15
conference-pears|Conference pears|fruit|4 pack · 640 g|640|kg|224|offer|11
comice-pears|Comice pears|fruit|3 pack · 540 g|540|kg|297||20
lemons|Lemons|fruit|4 pack · 400 g|400|kg|120||7
limes|Limes|fruit|5 pack · 350 g|350|kg|105||13
navel-oranges|Navel oranges|fruit|4 pack · 800 g|800|kg|200||12
easy-peeler-clementines|Easy peeler clementines|fruit|Net · 600 g|600|kg|180|offer|3
vine-tomatoes|Vine tomatoes|veg|500 g|500|kg|190|offer|1
cherry-tomatoes|Cherry tomatoes|veg|Punnet · 250 g|250|kg|125||8
organic-plum-tomatoes|Organic plum tomatoes|veg|400 g|400|kg|220|organic|18
red-pepper|Red pepper|veg|Each · 160 g|160|kg|85||5
yellow-pepper|Yellow pepper|veg|Each · 160 g|160|kg|80||16
green-pepper|Green pepper|veg|Each · 160 g|160|kg|70||17
mixed-peppers|Mixed peppers|veg|3 pack · 480 g|480|kg|195|offer|9
cucumber|Cucumber|veg|Each · 350 g|350|kg|75||4
organic-courgettes|Organic courgettes|veg|500 g|500|kg|135|organic|19
seasonal-veg-box|Seasonal veg box|veg|Family box · 9 kg|9000|kg|2700||10
seeded-sourdough|Seeded sourdough|bakery|800 g|800|kg|450||1
white-bloomer|White bloomer|bakery|800 g|800|kg|230||2
baguette|Baguette|bakery|250 g|250|kg|140||4
all-butter-croissants|All-butter croissants|bakery|4 pack · 240 g|240|kg|280||3
wholemeal-rolls|Wholemeal rolls|bakery|6 pack · 390 g|390|kg|195||5
cinnamon-buns|Cinnamon buns|bakery|4 pack · 340 g|340|kg|360|offer|6
whole-milk|Whole milk|dairy|2 l|2000|l|210||1
free-range-eggs|Free-range eggs|dairy|12 pack|12|each|420||2
salted-butter|Salted butter|dairy|250 g|250|kg|340||3
greek-yoghurt|Greek yoghurt|dairy|500 g|500|kg|290|organic|4
mature-cheddar|Mature cheddar|dairy|400 g|400|kg|560|offer|5
double-cream|Double cream|dairy|300 ml|300|l|190||6
extra-virgin-olive-oil|Extra virgin olive oil|pantry|1 l|1000|l|1150||2
manuka-honey|Manuka honey|pantry|250 g|250|kg|1400||6
ground-coffee|Ground coffee|pantry|227 g|227|kg|480|offer|3
basmati-rice|Basmati rice|pantry|1 kg|1000|kg|320||4
fusilli|Fusilli|pantry|500 g|500|kg|110|offer|1
chopped-tomatoes|Chopped tomatoes|pantry|Tin · 400 g|400|kg|65||5`;

  const CATALOGUE = TABLE.trim().split("\n").map((row) => {
    const [id, name, aisle, pack, size, per, cents, tags, rank] = row.split("|");
    return { id, name, aisle, pack, size: +size, per, cents: +cents, offer: tags === "offer", organic: tags === "organic", rank: +rank };
  });
  const PRODUCT = new Map(CATALOGUE.map((p) => [p.id, p]));

  // key, title, aisles, icon size, indented under "Fruit & veg"
  const AISLES = [
    ["fruitveg", "Fruit & veg", ["fruit", "veg"], 20, false],
    ["fruit", "Fruit", ["fruit"], 18, true],
    ["veg", "Vegetables", ["veg"], 18, true],
    ["bakery", "Bakery", ["bakery"], 20, false],
    ["dairy", "Dairy & eggs", ["dairy"], 20, false],
    ["pantry", "Pantry", ["pantry"], 20, false]
  ].map(([key, title, aisles, icon, sub]) => ({ key, title, aisles, icon, sub }));
  const AISLE = new Map(AISLES.map((a) => [a.key, a]));
  const SUGGEST = ["seeded-sourdough", "free-range-eggs", "whole-milk", "salted-butter", "extra-virgin-olive-oil",
                   "chopped-tomatoes", "all-butter-croissants", "white-bloomer"];

  const RULES = { freeFrom: 4000, fee: 499, code: "SPRING10", codeMin: 5000, codeOff: 1000 };

  const CALENDAR = [
    ["Wed", "13 May", "full open few open full open open few"],
    ["Thu", "14 May", "open full open open few open full open"],
    ["Fri", "15 May", "few open open full open open open full"],
    ["Sat", "16 May", "full full few open open few open open"],
    ["Sun", "17 May", "open open full open open open few full"]
  ].map(([wd, date, row]) => ({ wd, date, label: wd + " " + date, states: row.split(" ") }));
  const HOURS = ["07:00–08:00", "09:00–10:00", "10:00–11:00", "12:00–13:00", "14:00–15:00", "16:00–17:00", "18:00–19:00", "20:00–21:00"];
  const STATE_WORD = { open: "Available", few: "2 left", full: "Full" };

  // ------------------------------------------------------------------ state
  const basket = new Map(); // product id -> units
  const shop = { aisle: "fruitveg", query: "", organic: false, offer: false, sort: "rank" };
  const flow = { view: "shop", panel: false };
  const booking = { tab: 0, pick: null /* [dayIndex, hourIndex] */, code: null, note: null /* [kind, text] */, problem: "" };

  // ------------------------------------------------------------------ helpers
  const byId = (id) => document.getElementById(id);
  const cash = (c) => "$" + (c / 100).toFixed(2);
  const less = (c) => "−" + cash(c);
  const escape = (s) => String(s).replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[ch]));

  function h(tag, props, ...kids) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") el.className = v;
      else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : String(v));
    }
    for (const kid of kids.flat()) if (kid !== null && kid !== undefined && kid !== false) el.append(kid);
    return el;
  }

  const perUnit = (p) => p.per === "each"
    ? cash(Math.round(p.cents / p.size)) + " each"
    : cash(Math.round(p.cents * 1000 / p.size)) + "/" + p.per;

  const free = (p, n) => (p.offer ? Math.floor(n / 3) : 0);

  function sums() {
    let units = 0, gross = 0, saved = 0;
    basket.forEach((n, id) => {
      const p = PRODUCT.get(id);
      units += n;
      gross += p.cents * n;
      saved += p.cents * free(p, n);
    });
    const net = gross - saved;
    const delivery = net >= RULES.freeFrom ? 0 : RULES.fee;
    const promo = booking.code && net >= RULES.codeMin ? RULES.codeOff : 0;
    return { units, gross, saved, net, delivery, promo, pay: units ? net - promo + delivery : 0 };
  }

  const unitsWord = (n) => n + (n === 1 ? " item" : " items");

  // ------------------------------------------------------------------ actions
  function bump(id, delta) {
    const n = (basket.get(id) || 0) + delta;
    if (n > 0) basket.set(id, n); else basket.delete(id);
    if (booking.code && sums().net < RULES.codeMin) {
      booking.code = null;
      booking.note = ["error", "Code " + RULES.code + " needs a basket of $" + RULES.codeMin / 100 + " or more"];
    }
    if (!basket.size && flow.view === "checkout") booking.note = null;
    paint();
  }

  function go(view) {
    flow.view = view;
    flow.panel = false;
    window.scrollTo(0, 0);
  }

  function tryCode() {
    const typed = byId("gbCode").value.trim().toUpperCase();
    booking.code = null;
    if (!typed) booking.note = ["error", "Enter a promo code"];
    else if (typed !== RULES.code) booking.note = ["error", "Code " + typed + " isn’t valid"];
    else if (sums().net < RULES.codeMin) booking.note = ["error", "Code " + typed + " needs a basket of $" + RULES.codeMin / 100 + " or more"];
    else {
      booking.code = typed;
      booking.note = ["ok", typed + " applied: " + cash(RULES.codeOff) + " off your order"];
    }
  }

  function placeOrder() {
    if (!booking.pick) {
      booking.problem = "Choose a delivery slot first";
      return false;
    }
    const t = sums();
    const [d, hr] = booking.pick;
    const items = [...basket].map(([id, n]) => PRODUCT.get(id).name + " × " + n).join(", ");
    byId("gbDoneLead").textContent = "Thanks, Alex. Your order GB-73018 is booked and we’ve emailed the details.";
    byId("gbDoneFacts").innerHTML = [
      ["Delivery", CALENDAR[d].label + ", " + HOURS[hr]],
      ["Address", "Flat 3, 28 Bellenden Road, SE15 4QL"],
      ["Items", items],
      ["Total paid", cash(t.pay)]
    ].map(([k, v]) => `<div class="gb-done__fact"><span class="gb-done__k">${k}</span><strong class="gb-done__v">${escape(v)}</strong></div>`).join("");
    basket.clear();
    Object.assign(booking, { code: null, note: null, pick: null, problem: "" });
    byId("gbCode").value = "";
    flow.view = "done";
    return true;
  }

  // ------------------------------------------------------------------ shop drawing
  function counter(p, n, small) {
    return h("div", { class: "gb-qty" + (small ? " gb-qty--sm" : "") },
      h("span", { class: "gb-qty__n" }, String(n)),
      h("button", { type: "button", class: "gb-qty__btn gb-qty__btn--more", "aria-label": "Add one more " + p.name, onclick: () => bump(p.id, 1) }, "+"),
      h("button", { type: "button", class: "gb-qty__btn gb-qty__btn--less", "aria-label": "Remove one " + p.name, onclick: () => bump(p.id, -1) }, "−"));
  }

  function tile(p) {
    const n = basket.get(p.id) || 0;
    const flags = [
      p.offer && h("span", { class: "gb-flag gb-flag--deal" }, "3 for 2"),
      p.organic && h("span", { class: "gb-flag gb-flag--eco" }, "Organic")
    ].filter(Boolean);
    const control = n
      ? counter(p, n, false)
      : h("button", { type: "button", class: "gb-add", "aria-label": "Add " + p.name + " to basket", onclick: () => bump(p.id, 1) }, "Add");
    return h("div", { class: "gb-tile" + (n ? " gb-tile--chosen" : "") },
      h("div", { class: "gb-tile__info" },
        h("div", { class: "gb-tile__title" }, p.name),
        h("div", { class: "gb-tile__size" }, p.pack),
        h("div", { class: "gb-tile__cost" },
          h("span", { class: "gb-tile__unit" }, perUnit(p)),
          h("span", { class: "gb-tile__amount" }, cash(p.cents))),
        control),
      h("div", { class: "gb-tile__media" },
        flags.length ? h("div", { class: "gb-tile__flags" }, flags) : null,
        h("img", { src: "images/" + p.id + ".svg", alt: p.name, width: 240, height: 180 })));
  }

  const ORDERS = {
    abc: (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    rank: (a, b) => a.rank - b.rank || ORDERS.abc(a, b),
    cheap: (a, b) => a.cents - b.cents || ORDERS.abc(a, b),
    dear: (a, b) => b.cents - a.cents || ORDERS.abc(a, b)
  };

  function paintShop() {
    const aisle = AISLE.get(shop.aisle);
    const q = shop.query.toLowerCase();
    const pool = CATALOGUE.filter((p) => (q ? p.name.toLowerCase().includes(q) : aisle.aisles.includes(p.aisle)));
    const kept = pool.filter((p) => (!shop.organic || p.organic) && (!shop.offer || p.offer));
    const ordered = kept.slice().sort(ORDERS[shop.sort]);
    byId("gbTiles").replaceChildren(...ordered.map(tile));
    byId("gbNone").classList.toggle("gb-none--on", !ordered.length);
    const word = (n) => (n === 1 ? " product" : " products");
    byId("gbShowing").textContent = (shop.organic || shop.offer)
      ? `Showing ${kept.length} of ${pool.length}${word(pool.length)}`
      : `Showing ${pool.length}${word(pool.length)}`;
    const place = shop.query ? "Search" : aisle.title;
    byId("gbHeading").textContent = shop.query ? "Results for “" + shop.query + "”" : aisle.title;
    byId("gbTrailHere").textContent = place;
    document.title = place + " · Greenbasket groceries";
    for (const link of byId("gbBrowse").children) {
      if (!shop.query && link.dataset.aisle === shop.aisle) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    }
    byId("gbOptEco").checked = shop.organic;
    byId("gbOptDeal").checked = shop.offer;
    byId("gbSortSel").value = shop.sort;
    const here = shop.query ? [] : aisle.aisles;
    byId("gbMoreTiles").replaceChildren(...SUGGEST.map((id) => PRODUCT.get(id)).filter((p) => !here.includes(p.aisle)).slice(0, 5).map(tile));
  }

  // ------------------------------------------------------------------ basket drawing
  function sumRows(t) {
    const rows = [["Subtotal", cash(t.gross)]];
    if (t.saved) rows.push(["Multi-buy savings", less(t.saved), "save"]);
    if (t.promo) rows.push(["Promo " + RULES.code, less(t.promo), "save"]);
    rows.push(["Delivery", t.delivery ? cash(t.delivery) : '<span class="gb-sum__free">Free</span>']);
    rows.push(["Total", cash(t.pay), "total"]);
    return rows.map(([k, v, kind]) => `<div class="gb-sum__row${kind ? " gb-sum__row--" + kind : ""}"><span>${k}</span><span>${v}</span></div>`).join("");
  }

  function basketRow(cls, mainCls, imgSize, p, n, withDeal) {
    return h("div", { class: cls },
      h("img", { src: "images/" + p.id + ".svg", alt: "", width: imgSize[0], height: imgSize[1] }),
      h("div", { class: mainCls },
        h("div", { class: "gb-row__name" }, p.name),
        h("div", { class: "gb-row__meta" }, cash(p.cents) + " each", withDeal && p.offer ? h("span", { class: "gb-row__deal" }, "3 for 2") : null)),
      counter(p, n, true),
      h("div", { class: "gb-row__total" }, cash(p.cents * n)));
  }

  function paintBasket() {
    const t = sums();
    byId("gbHeadSum").innerHTML = `<span>${unitsWord(t.units)}</span><span class="gb-cartbtn__dot">·</span><span>${cash(t.net)}</span>`;

    const short = RULES.freeFrom - t.net;
    byId("gbFreeText").textContent = short > 0 ? "Add " + cash(short) + " more for free delivery" : "You’ve got free delivery";
    byId("gbFree").toggleAttribute("data-done", short <= 0);
    byId("gbFreeFill").style.width = Math.min(100, Math.max(0, t.net / RULES.freeFrom * 100)).toFixed(1) + "%";

    const lines = [...basket].map(([id, n]) => basketRow("gb-row", "gb-row__main", [64, 48], PRODUCT.get(id), n, true));
    if (!lines.length) {
      lines.push(h("div", { class: "gb-panel__empty" },
        h("img", { src: "images/basket.svg", alt: "", width: 24, height: 24 }),
        h("div", null, "Your basket is empty"),
        h("div", { class: "gb-muted" }, "Add something fresh from the shelves.")));
    }
    byId("gbLines").replaceChildren(...lines);
    byId("gbPanelSum").innerHTML = basket.size ? sumRows(t) : "";
    byId("gbGoCheckout").disabled = !basket.size;

    const bill = [...basket].map(([id, n]) => basketRow("gb-bill__item", "gb-row__main", [56, 42], PRODUCT.get(id), n, false));
    byId("gbBillItems").replaceChildren(...(bill.length ? bill : [h("div", { class: "gb-muted" }, "Your basket is empty.")]));
    byId("gbBillSum").innerHTML = sumRows(t);
    byId("gbPlace").disabled = !basket.size;
  }

  // ------------------------------------------------------------------ checkout drawing
  function paintCheckout() {
    byId("gbDays").replaceChildren(...CALENDAR.map((day, i) =>
      h("button", { type: "button", class: "gb-day", "aria-pressed": String(i === booking.tab), onclick: () => { booking.tab = i; paint(); } },
        h("span", { class: "gb-day__wd" }, day.wd),
        h("span", { class: "gb-day__date" }, day.date))));
    const states = CALENDAR[booking.tab].states;
    byId("gbSlots").replaceChildren(...HOURS.map((hour, j) => {
      const picked = !!booking.pick && booking.pick[0] === booking.tab && booking.pick[1] === j;
      return h("button", {
        type: "button", class: "gb-slot", "data-state": states[j], "data-picked": picked, disabled: states[j] === "full",
        onclick: () => { booking.pick = [booking.tab, j]; booking.problem = ""; paint(); }
      },
        h("span", { class: "gb-slot__time" }, hour),
        h("span", { class: "gb-slot__status" }, STATE_WORD[states[j]]),
        picked ? h("img", { class: "gb-slot__tick", src: "images/tick.svg", alt: "", width: 14, height: 14 }) : null);
    }));
    const slot = byId("gbBillSlot");
    slot.textContent = booking.pick ? CALENDAR[booking.pick[0]].label + ", " + HOURS[booking.pick[1]] : "Not chosen yet";
    slot.toggleAttribute("data-set", !!booking.pick);
    const note = byId("gbCodeMsg");
    if (booking.note) { note.dataset.kind = booking.note[0]; note.textContent = booking.note[1]; }
    else { delete note.dataset.kind; note.textContent = ""; }
    byId("gbBillErr").textContent = booking.problem;
  }

  // ------------------------------------------------------------------ the whole page
  function paint() {
    document.body.dataset.view = flow.view;
    if (flow.panel) document.body.dataset.basket = "open"; else delete document.body.dataset.basket;
    paintShop();
    paintBasket();
    paintCheckout();
  }

  // the browse rail, built once
  byId("gbBrowse").append(...AISLES.map((a) =>
    h("a", { href: "#", class: "gb-browse__link" + (a.sub ? " gb-browse__link--sub" : ""), "data-aisle": a.key },
      h("img", { src: "images/cat-" + a.key + ".svg", alt: "", width: a.icon, height: a.icon }),
      h("span", { class: "gb-browse__name" }, a.title),
      h("span", { class: "gb-browse__n" }, String(CATALOGUE.filter((p) => a.aisles.includes(p.aisle)).length)))));

  const COMMANDS = {
    "home": () => { shop.aisle = "fruitveg"; shop.query = ""; byId("gbQuery").value = ""; go("shop"); },
    "basket-open": () => { flow.panel = true; },
    "basket-close": () => { flow.panel = false; },
    "basket-continue": () => { flow.panel = false; if (flow.view === "done") go("shop"); },
    "checkout": () => { if (basket.size) go("checkout"); },
    "to-shop": () => go("shop"),
    "apply": () => tryCode(),
    "place": () => { if (placeOrder()) window.scrollTo(0, 0); },
    "clear-filters": () => { shop.organic = false; shop.offer = false; }
  };

  document.addEventListener("click", (e) => {
    const link = e.target.closest("a[href='#']");
    if (link) e.preventDefault();
    const aisleLink = e.target.closest("[data-aisle]");
    if (aisleLink) {
      shop.aisle = aisleLink.dataset.aisle;
      shop.query = "";
      byId("gbQuery").value = "";
      go("shop");
      paint();
      return;
    }
    const cmd = e.target.closest("[data-cmd]");
    if (cmd && !cmd.disabled && COMMANDS[cmd.dataset.cmd]) {
      COMMANDS[cmd.dataset.cmd]();
      paint();
    }
  });

  document.addEventListener("change", (e) => {
    const field = e.target.dataset && e.target.dataset.field;
    if (!field) return;
    if (field === "sort") shop.sort = e.target.value;
    else shop[field] = e.target.checked;
    paint();
  });

  byId("gbQuery").addEventListener("input", (e) => {
    shop.query = e.target.value.trim();
    if (flow.view !== "shop") go("shop");
    paint();
  });

  document.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && e.target.id === "gbCode") { tryCode(); paint(); }
    else if (e.key === "Escape" && flow.panel) { flow.panel = false; paint(); }
  });

  paint();
  document.documentElement.classList.remove("booting");
})();
