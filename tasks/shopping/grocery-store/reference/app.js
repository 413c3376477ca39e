(function () {
  "use strict";

  // ------------------------------------------------------------------ catalogue
  // price in cents; size in g (or ml for "l", or a count for "each")
  var PRODUCTS = [
    // fruit
    {id: "braeburn-apples", name: "Braeburn apples", cat: "fruit", pack: "6 pack · 900 g", size: 900, per: "kg", price: 275, offer: true, pop: 2},
    {id: "pink-lady-apples", name: "Pink Lady apples", cat: "fruit", pack: "4 pack · 600 g", size: 600, per: "kg", price: 330, pop: 6},
    {id: "granny-smith-apples", name: "Granny Smith apples", cat: "fruit", pack: "6 pack · 960 g", size: 960, per: "kg", price: 240, pop: 14},
    {id: "organic-gala-apples", name: "Organic Gala apples", cat: "fruit", pack: "5 pack · 700 g", size: 700, per: "kg", price: 315, organic: true, pop: 15},
    {id: "conference-pears", name: "Conference pears", cat: "fruit", pack: "4 pack · 640 g", size: 640, per: "kg", price: 224, offer: true, pop: 11},
    {id: "comice-pears", name: "Comice pears", cat: "fruit", pack: "3 pack · 540 g", size: 540, per: "kg", price: 297, pop: 20},
    {id: "lemons", name: "Lemons", cat: "fruit", pack: "4 pack · 400 g", size: 400, per: "kg", price: 120, pop: 7},
    {id: "limes", name: "Limes", cat: "fruit", pack: "5 pack · 350 g", size: 350, per: "kg", price: 105, pop: 13},
    {id: "navel-oranges", name: "Navel oranges", cat: "fruit", pack: "4 pack · 800 g", size: 800, per: "kg", price: 200, pop: 12},
    {id: "easy-peeler-clementines", name: "Easy peeler clementines", cat: "fruit", pack: "Net · 600 g", size: 600, per: "kg", price: 180, offer: true, pop: 3},
    // vegetables
    {id: "vine-tomatoes", name: "Vine tomatoes", cat: "veg", pack: "500 g", size: 500, per: "kg", price: 190, offer: true, pop: 1},
    {id: "cherry-tomatoes", name: "Cherry tomatoes", cat: "veg", pack: "Punnet · 250 g", size: 250, per: "kg", price: 125, pop: 8},
    {id: "organic-plum-tomatoes", name: "Organic plum tomatoes", cat: "veg", pack: "400 g", size: 400, per: "kg", price: 220, organic: true, pop: 18},
    {id: "red-pepper", name: "Red pepper", cat: "veg", pack: "Each · 160 g", size: 160, per: "kg", price: 85, pop: 5},
    {id: "yellow-pepper", name: "Yellow pepper", cat: "veg", pack: "Each · 160 g", size: 160, per: "kg", price: 80, pop: 16},
    {id: "green-pepper", name: "Green pepper", cat: "veg", pack: "Each · 160 g", size: 160, per: "kg", price: 70, pop: 17},
    {id: "mixed-peppers", name: "Mixed peppers", cat: "veg", pack: "3 pack · 480 g", size: 480, per: "kg", price: 195, offer: true, pop: 9},
    {id: "cucumber", name: "Cucumber", cat: "veg", pack: "Each · 350 g", size: 350, per: "kg", price: 75, pop: 4},
    {id: "organic-courgettes", name: "Organic courgettes", cat: "veg", pack: "500 g", size: 500, per: "kg", price: 135, organic: true, pop: 19},
    {id: "seasonal-veg-box", name: "Seasonal veg box", cat: "veg", pack: "Family box · 9 kg", size: 9000, per: "kg", price: 2700, pop: 10},
    // bakery
    {id: "seeded-sourdough", name: "Seeded sourdough", cat: "bakery", pack: "800 g", size: 800, per: "kg", price: 450, pop: 1},
    {id: "white-bloomer", name: "White bloomer", cat: "bakery", pack: "800 g", size: 800, per: "kg", price: 230, pop: 2},
    {id: "baguette", name: "Baguette", cat: "bakery", pack: "250 g", size: 250, per: "kg", price: 140, pop: 4},
    {id: "all-butter-croissants", name: "All-butter croissants", cat: "bakery", pack: "4 pack · 240 g", size: 240, per: "kg", price: 280, pop: 3},
    {id: "wholemeal-rolls", name: "Wholemeal rolls", cat: "bakery", pack: "6 pack · 390 g", size: 390, per: "kg", price: 195, pop: 5},
    {id: "cinnamon-buns", name: "Cinnamon buns", cat: "bakery", pack: "4 pack · 340 g", size: 340, per: "kg", price: 360, offer: true, pop: 6},
    // dairy & eggs
    {id: "whole-milk", name: "Whole milk", cat: "dairy", pack: "2 l", size: 2000, per: "l", price: 210, pop: 1},
    {id: "free-range-eggs", name: "Free-range eggs", cat: "dairy", pack: "12 pack", size: 12, per: "each", price: 420, pop: 2},
    {id: "salted-butter", name: "Salted butter", cat: "dairy", pack: "250 g", size: 250, per: "kg", price: 340, pop: 3},
    {id: "greek-yoghurt", name: "Greek yoghurt", cat: "dairy", pack: "500 g", size: 500, per: "kg", price: 290, organic: true, pop: 4},
    {id: "mature-cheddar", name: "Mature cheddar", cat: "dairy", pack: "400 g", size: 400, per: "kg", price: 560, offer: true, pop: 5},
    {id: "double-cream", name: "Double cream", cat: "dairy", pack: "300 ml", size: 300, per: "l", price: 190, pop: 6},
    // pantry
    {id: "extra-virgin-olive-oil", name: "Extra virgin olive oil", cat: "pantry", pack: "1 l", size: 1000, per: "l", price: 1150, pop: 2},
    {id: "manuka-honey", name: "Manuka honey", cat: "pantry", pack: "250 g", size: 250, per: "kg", price: 1400, pop: 6},
    {id: "ground-coffee", name: "Ground coffee", cat: "pantry", pack: "227 g", size: 227, per: "kg", price: 480, offer: true, pop: 3},
    {id: "basmati-rice", name: "Basmati rice", cat: "pantry", pack: "1 kg", size: 1000, per: "kg", price: 320, pop: 4},
    {id: "fusilli", name: "Fusilli", cat: "pantry", pack: "500 g", size: 500, per: "kg", price: 110, offer: true, pop: 1},
    {id: "chopped-tomatoes", name: "Chopped tomatoes", cat: "pantry", pack: "Tin · 400 g", size: 400, per: "kg", price: 65, pop: 5}
  ];
  var BY_ID = {};
  PRODUCTS.forEach(function (p) { BY_ID[p.id] = p; });

  var CATEGORIES = {
    fruitveg: {title: "Fruit & veg", cats: ["fruit", "veg"]},
    fruit: {title: "Fruit", cats: ["fruit"], parent: "Fruit & veg"},
    veg: {title: "Vegetables", cats: ["veg"], parent: "Fruit & veg"},
    bakery: {title: "Bakery", cats: ["bakery"]},
    dairy: {title: "Dairy & eggs", cats: ["dairy"]},
    pantry: {title: "Pantry", cats: ["pantry"]}
  };
  var EXTRAS = ["seeded-sourdough", "free-range-eggs", "whole-milk", "salted-butter", "extra-virgin-olive-oil",
                "chopped-tomatoes", "all-butter-croissants", "white-bloomer"];

  var FREE_DELIVERY = 4000;  // cents, on the basket after multi-buy savings
  var DELIVERY_FEE = 499;
  var PROMO = {code: "SPRING10", min: 5000, off: 1000};

  var DAYS = ["Wed 13 May", "Thu 14 May", "Fri 15 May", "Sat 16 May", "Sun 17 May"];
  var TIMES = ["07:00–08:00", "09:00–10:00", "10:00–11:00", "12:00–13:00", "14:00–15:00", "16:00–17:00", "18:00–19:00", "20:00–21:00"];
  var SLOTS = [
    "full open few open full open open few",
    "open full open open few open full open",
    "few open open full open open open full",
    "full full few open open few open open",
    "open open full open open open few full"
  ].map(function (row) { return row.split(" "); });
  var SLOT_TEXT = {open: "Available", few: "2 left", full: "Full"};

  // ------------------------------------------------------------------ state
  var state = {
    cat: "fruitveg",
    search: "",
    organic: false,
    offer: false,
    sort: "popular",
    cart: [],            // [{id, qty}] in the order added
    view: "shop",
    drawer: false,
    day: 0,
    slot: null,          // {day, time}
    promo: null,         // the code applied, or null
    promoMsg: null,      // {kind: "error" | "ok", text}
    orderError: null
  };

  // ------------------------------------------------------------------ helpers
  function $(id) { return document.getElementById(id); }
  function money(cents) { return "$" + (cents / 100).toFixed(2); }
  function minus(cents) { return "−" + money(cents); }
  function esc(s) { return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"); }

  function unitPrice(p) {
    if (p.per === "each") return money(Math.round(p.price / p.size)) + " each";
    return money(Math.round(p.price * 1000 / p.size)) + "/" + p.per;
  }

  function qtyOf(id) {
    for (var i = 0; i < state.cart.length; i++) if (state.cart[i].id === id) return state.cart[i].qty;
    return 0;
  }

  function setQty(id, qty) {
    var i;
    for (i = 0; i < state.cart.length; i++) if (state.cart[i].id === id) break;
    if (qty <= 0) {
      if (i < state.cart.length) state.cart.splice(i, 1);
    } else if (i < state.cart.length) {
      state.cart[i].qty = qty;
    } else {
      state.cart.push({id: id, qty: qty});
    }
  }

  // 3 for 2: every third unit of the same product is free
  function freeUnits(p, qty) { return p.offer ? Math.floor(qty / 3) : 0; }

  function totals() {
    var count = 0, subtotal = 0, savings = 0;
    state.cart.forEach(function (line) {
      var p = BY_ID[line.id];
      count += line.qty;
      subtotal += p.price * line.qty;
      savings += p.price * freeUnits(p, line.qty);
    });
    var basket = subtotal - savings;
    var delivery = basket >= FREE_DELIVERY ? 0 : DELIVERY_FEE;
    var promo = state.promo && basket >= PROMO.min ? PROMO.off : 0;
    return {count: count, subtotal: subtotal, savings: savings, basket: basket, delivery: delivery, promo: promo,
            total: count ? basket - promo + delivery : 0};
  }

  function itemsText(n) { return n + (n === 1 ? " item" : " items"); }

  // ------------------------------------------------------------------ product list
  function scope() {
    if (state.search) {
      var q = state.search.toLowerCase();
      return PRODUCTS.filter(function (p) { return p.name.toLowerCase().indexOf(q) >= 0; });
    }
    var cats = CATEGORIES[state.cat].cats;
    return PRODUCTS.filter(function (p) { return cats.indexOf(p.cat) >= 0; });
  }

  function sorted(list) {
    var out = list.slice();
    var byName = function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : 0; };
    if (state.sort === "low") out.sort(function (a, b) { return a.price - b.price || byName(a, b); });
    else if (state.sort === "high") out.sort(function (a, b) { return b.price - a.price || byName(a, b); });
    else if (state.sort === "name") out.sort(byName);
    else out.sort(function (a, b) { return a.pop - b.pop || byName(a, b); });
    return out;
  }

  function cardHtml(p) {
    var qty = qtyOf(p.id);
    var badges = "";
    if (p.offer) badges += '<span class="badge badge-offer">3 for 2</span>';
    if (p.organic) badges += '<span class="badge badge-organic">Organic</span>';
    var action = qty
      ? '<div class="stepper"><button type="button" class="step" data-act="dec" data-id="' + p.id + '" aria-label="Remove one ' + esc(p.name) + '">−</button>' +
        '<span class="qty">' + qty + '</span>' +
        '<button type="button" class="step" data-act="inc" data-id="' + p.id + '" aria-label="Add one more ' + esc(p.name) + '">+</button></div>'
      : '<button type="button" class="btn-add" data-act="add" data-id="' + p.id + '" aria-label="Add ' + esc(p.name) + ' to basket">Add</button>';
    return '<article class="card' + (qty ? " in-basket" : "") + '">' +
      '<div class="card-img"><img src="images/' + p.id + '.svg" alt="' + esc(p.name) + '" width="240" height="180">' +
      (badges ? '<div class="badges">' + badges + "</div>" : "") + "</div>" +
      '<div class="card-body">' +
      '<div class="card-name">' + esc(p.name) + "</div>" +
      '<div class="card-pack">' + esc(p.pack) + "</div>" +
      '<div class="card-price"><span class="price">' + money(p.price) + '</span><span class="per">' + unitPrice(p) + "</span></div>" +
      action + "</div></article>";
  }

  function renderShop() {
    var all = scope();
    var shown = all.filter(function (p) {
      return (!state.organic || p.organic) && (!state.offer || p.offer);
    });
    var list = sorted(shown);
    $("grid").innerHTML = list.map(cardHtml).join("");
    $("empty").hidden = list.length > 0;
    var noun = function (n) { return n === 1 ? " product" : " products"; };
    $("showing").textContent = state.organic || state.offer
      ? "Showing " + shown.length + " of " + all.length + noun(all.length)
      : "Showing " + all.length + noun(all.length);
    var title = state.search ? "Results for “" + state.search + "”" : CATEGORIES[state.cat].title;
    $("cat-title").textContent = title;
    $("crumb-here").textContent = state.search ? "Search" : CATEGORIES[state.cat].title;
    document.title = (state.search ? "Search" : CATEGORIES[state.cat].title) + " · Greenbasket groceries";
    Array.prototype.forEach.call(document.querySelectorAll(".cat"), function (a) {
      var on = !state.search && a.getAttribute("data-cat") === state.cat;
      a.classList.toggle("is-current", on);
      if (on) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
    });
    $("f-organic").checked = state.organic;
    $("f-offer").checked = state.offer;
    $("sort-by").value = state.sort;
    var cats = state.search ? [] : CATEGORIES[state.cat].cats;
    var extras = EXTRAS.map(function (id) { return BY_ID[id]; })
      .filter(function (p) { return cats.indexOf(p.cat) < 0; }).slice(0, 5);
    $("extras-grid").innerHTML = extras.map(cardHtml).join("");
  }

  // ------------------------------------------------------------------ basket
  function sumHtml(t, withPromo) {
    var rows = '<div class="sum-row"><span>Subtotal</span><span>' + money(t.subtotal) + "</span></div>";
    if (t.savings) rows += '<div class="sum-row saving"><span>Multi-buy savings</span><span>' + minus(t.savings) + "</span></div>";
    if (withPromo && t.promo) rows += '<div class="sum-row saving"><span>Promo ' + PROMO.code + "</span><span>" + minus(t.promo) + "</span></div>";
    rows += '<div class="sum-row"><span>Delivery</span><span>' + (t.delivery ? money(t.delivery) : '<span class="free">Free</span>') + "</span></div>";
    rows += '<div class="sum-row total"><span>Total</span><span>' + money(t.total) + "</span></div>";
    return rows;
  }

  function stepperHtml(line, p) {
    return '<div class="stepper small"><button type="button" class="step" data-act="dec" data-id="' + p.id + '" aria-label="Remove one ' + esc(p.name) + '">−</button>' +
      '<span class="qty">' + line.qty + "</span>" +
      '<button type="button" class="step" data-act="inc" data-id="' + p.id + '" aria-label="Add one more ' + esc(p.name) + '">+</button></div>';
  }

  function renderBasket() {
    var t = totals();
    $("basket-count").textContent = itemsText(t.count);
    $("basket-total").textContent = money(t.basket);

    var left = FREE_DELIVERY - t.basket;
    $("progress-text").textContent = left > 0 ? "Add " + money(left) + " more for free delivery" : "You’ve got free delivery";
    $("progress").classList.toggle("reached", left <= 0);
    $("bar-fill").style.width = Math.min(100, Math.max(0, t.basket / FREE_DELIVERY * 100)).toFixed(1) + "%";

    if (!state.cart.length) {
      $("lines").innerHTML = '<div class="lines-empty"><img src="images/basket.svg" alt="" width="24" height="24"><div>Your basket is empty</div><div class="muted">Add something fresh from the shelves.</div></div>';
    } else {
      $("lines").innerHTML = state.cart.map(function (line) {
        var p = BY_ID[line.id];
        return '<div class="line">' +
          '<img src="images/' + p.id + '.svg" alt="" width="64" height="48">' +
          '<div class="line-main"><div class="line-name">' + esc(p.name) + "</div>" +
          '<div class="line-meta">' + money(p.price) + " each" + (p.offer ? '<span class="line-offer">3 for 2</span>' : "") + "</div></div>" +
          stepperHtml(line, p) +
          '<div class="line-total">' + money(p.price * line.qty) + "</div></div>";
      }).join("");
    }
    $("drawer-sum").innerHTML = state.cart.length ? sumHtml(t, true) : "";
    $("to-checkout").disabled = !state.cart.length;

    // checkout summary
    $("co-items").innerHTML = state.cart.map(function (line) {
      var p = BY_ID[line.id];
      return '<div class="co-item"><img src="images/' + p.id + '.svg" alt="" width="56" height="42">' +
        '<div class="co-item-main"><div class="line-name">' + esc(p.name) + '</div><div class="line-meta">' + money(p.price) + " each</div></div>" +
        stepperHtml(line, p) + '<div class="line-total">' + money(p.price * line.qty) + "</div></div>";
    }).join("") || '<div class="muted">Your basket is empty.</div>';
    $("co-sum").innerHTML = sumHtml(t, true);
    $("place-order").disabled = !state.cart.length;
  }

  // ------------------------------------------------------------------ checkout
  function renderCheckout() {
    $("days").innerHTML = DAYS.map(function (d, i) {
      return '<button type="button" class="day' + (i === state.day ? " is-current" : "") + '" data-act="day" data-day="' + i + '">' +
        '<span class="day-name">' + d.split(" ")[0] + '</span><span class="day-date">' + d.slice(4) + "</span></button>";
    }).join("");
    $("slots").innerHTML = TIMES.map(function (time, j) {
      var status = SLOTS[state.day][j];
      var chosen = state.slot && state.slot.day === state.day && state.slot.time === j;
      return '<button type="button" class="slot s-' + status + (chosen ? " is-chosen" : "") + '" data-act="slot" data-slot="' + j + '"' +
        (status === "full" ? " disabled" : "") + '>' +
        '<span class="slot-time">' + time + '</span><span class="slot-status">' + SLOT_TEXT[status] + "</span>" +
        (chosen ? '<img class="slot-tick" src="images/tick.svg" alt="" width="14" height="14">' : "") + "</button>";
    }).join("");
    $("co-slot").textContent = state.slot ? DAYS[state.slot.day] + ", " + TIMES[state.slot.time] : "Not chosen yet";
    $("co-slot").classList.toggle("is-set", !!state.slot);
    var msg = $("promo-msg");
    msg.hidden = !state.promoMsg;
    if (state.promoMsg) {
      msg.textContent = state.promoMsg.text;
      msg.className = "promo-msg " + state.promoMsg.kind;
    }
    $("co-error").hidden = !state.orderError;
    $("co-error").textContent = state.orderError || "";
  }

  function applyPromo() {
    var code = $("promo").value.trim().toUpperCase();
    var t = totals();
    if (!code) {
      state.promoMsg = {kind: "error", text: "Enter a promo code"};
      state.promo = null;
    } else if (code !== PROMO.code) {
      state.promoMsg = {kind: "error", text: "Code " + code + " isn’t valid"};
      state.promo = null;
    } else if (t.basket < PROMO.min) {
      state.promoMsg = {kind: "error", text: "Code " + code + " needs a basket of $" + PROMO.min / 100 + " or more"};
      state.promo = null;
    } else {
      state.promo = code;
      state.promoMsg = {kind: "ok", text: code + " applied: " + money(PROMO.off) + " off your order"};
    }
  }

  // a promo applied earlier stays only while the basket is big enough
  function recheckPromo() {
    if (state.promo && totals().basket < PROMO.min) {
      state.promo = null;
      state.promoMsg = {kind: "error", text: "Code " + PROMO.code + " needs a basket of $" + PROMO.min / 100 + " or more"};
    }
  }

  function placeOrder() {
    if (!state.slot) {
      state.orderError = "Choose a delivery slot first";
      return;
    }
    var t = totals();
    var items = state.cart.map(function (line) { return BY_ID[line.id].name + " × " + line.qty; }).join(", ");
    $("done-lead").textContent = "Thanks, Alex. Your order GB-73018 is booked and we’ve emailed the details.";
    $("done-facts").innerHTML =
      "<div><dt>Delivery</dt><dd>" + DAYS[state.slot.day] + ", " + TIMES[state.slot.time] + "</dd></div>" +
      "<div><dt>Address</dt><dd>Flat 3, 28 Bellenden Road, SE15 4QL</dd></div>" +
      "<div><dt>Items</dt><dd>" + esc(items) + "</dd></div>" +
      "<div><dt>Total paid</dt><dd>" + money(t.total) + "</dd></div>";
    state.cart = [];
    state.promo = null;
    state.promoMsg = null;
    state.slot = null;
    state.orderError = null;
    $("promo").value = "";
    state.view = "done";
  }

  // ------------------------------------------------------------------ render
  function render() {
    $("shop").hidden = state.view !== "shop";
    $("checkout").hidden = state.view !== "checkout";
    $("done").hidden = state.view !== "done";
    $("menu").hidden = state.view !== "shop";
    $("foot").hidden = state.view !== "shop";
    document.body.classList.toggle("drawer-open", state.drawer);
    renderShop();
    renderBasket();
    renderCheckout();
  }

  function show(view) {
    state.view = view;
    state.drawer = false;
    window.scrollTo(0, 0);
  }

  document.addEventListener("click", function (e) {
    var el = e.target.closest("[data-act]");
    if (el && !el.disabled) {
      var act = el.getAttribute("data-act"), id = el.getAttribute("data-id");
      if (act === "add") setQty(id, 1);
      else if (act === "inc") setQty(id, qtyOf(id) + 1);
      else if (act === "dec") setQty(id, qtyOf(id) - 1);
      else if (act === "day") state.day = +el.getAttribute("data-day");
      else if (act === "slot") { state.slot = {day: state.day, time: +el.getAttribute("data-slot")}; state.orderError = null; }
      if (act === "add" || act === "inc" || act === "dec") {
        recheckPromo();
        if (!state.cart.length && state.view === "checkout") state.promoMsg = null;
      }
      render();
      return;
    }
    var cat = e.target.closest(".cat");
    if (cat) {
      e.preventDefault();
      state.cat = cat.getAttribute("data-cat");
      state.search = "";
      $("search").value = "";
      show("shop");
      render();
      return;
    }
    var link = e.target.closest("a[href='#']");
    if (link) e.preventDefault();
  });

  $("f-organic").addEventListener("change", function () { state.organic = this.checked; render(); });
  $("f-offer").addEventListener("change", function () { state.offer = this.checked; render(); });
  $("sort-by").addEventListener("change", function () { state.sort = this.value; render(); });
  $("search").addEventListener("input", function () {
    state.search = this.value.trim();
    if (state.view !== "shop") show("shop");
    render();
  });
  $("clear-filters").addEventListener("click", function () { state.organic = false; state.offer = false; render(); });
  $("brand").addEventListener("click", function (e) {
    e.preventDefault();
    state.cat = "fruitveg"; state.search = ""; $("search").value = "";
    show("shop"); render();
  });

  $("basket-btn").addEventListener("click", function () { state.drawer = true; render(); });
  $("drawer-close").addEventListener("click", function () { state.drawer = false; render(); });
  $("backdrop").addEventListener("click", function () { state.drawer = false; render(); });
  $("continue").addEventListener("click", function () { state.drawer = false; if (state.view === "done") show("shop"); render(); });
  $("to-checkout").addEventListener("click", function () {
    if (!state.cart.length) return;
    show("checkout");
    render();
  });
  $("back-to-shop").addEventListener("click", function () { show("shop"); render(); });
  $("apply").addEventListener("click", function () { applyPromo(); render(); });
  $("promo").addEventListener("keydown", function (e) { if (e.key === "Enter") { applyPromo(); render(); } });
  $("place-order").addEventListener("click", function () { placeOrder(); if (state.view === "done") window.scrollTo(0, 0); render(); });
  $("done-continue").addEventListener("click", function () { show("shop"); render(); });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && state.drawer) { state.drawer = false; render(); }
  });

  render();
  document.documentElement.classList.remove("is-loading");
})();
