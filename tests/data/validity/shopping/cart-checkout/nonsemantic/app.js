(function () {
  "use strict";

  var TAX_RATE = 0.08;
  var SHIPPING_CENTS = 695;
  var FREE_SHIPPING_FROM_CENTS = 10000;

  var PRODUCTS = [
    { id: "backpack", name: "Summit Backpack", desc: "38 L, waxed canvas, lifetime repairs", cents: 8900, image: "images/backpack.svg" },
    { id: "lantern", name: "Campfire Lantern", desc: "Rechargeable, warm 300 lumen glow", cents: 3450, image: "images/lantern.svg" },
    { id: "mug", name: "Trail Mug", desc: "Enamel steel, 350 ml, nests in a pot", cents: 1800, image: "images/mug.svg" },
    { id: "beanie", name: "Wool Beanie", desc: "Merino rib knit, one size", cents: 2400, image: "images/beanie.svg" },
    { id: "poles", name: "Trekking Poles", desc: "Carbon, cork grips, pair of two", cents: 5900, image: "images/poles.svg" },
    { id: "compass", name: "Pocket Compass", desc: "Brass case, liquid-damped needle", cents: 1575, image: "images/compass.svg" }
  ];

  var byId = {};
  PRODUCTS.forEach(function (p) { byId[p.id] = p; });

  var cart = [];       // [{id, qty}] in the order items were first added
  var view = "shop";   // "shop" | "checkout" | "done"

  var $ = function (id) { return document.getElementById(id); };

  function money(cents) {
    return "$" + (cents / 100).toFixed(2);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // ------------------------------------------------------------------ money maths

  function totalsOf(lines) {
    var count = 0;
    var subtotal = 0;
    lines.forEach(function (line) {
      count += line.qty;
      subtotal += byId[line.id].cents * line.qty;
    });
    var tax = Math.round(subtotal * TAX_RATE);
    var shipping = subtotal === 0 || subtotal >= FREE_SHIPPING_FROM_CENTS ? 0 : SHIPPING_CENTS;
    return { count: count, subtotal: subtotal, tax: tax, shipping: shipping, total: subtotal + tax + shipping };
  }

  function renderTotals(dl, t) {
    dl.textContent = "";
    var rows = [
      ["Subtotal", money(t.subtotal)],
      ["Tax (8%)", money(t.tax)],
      ["Shipping", t.subtotal > 0 && t.shipping === 0 ? "Free" : money(t.shipping)],
      ["Total", money(t.total)]
    ];
    rows.forEach(function (row, i) {
      var last = i === rows.length - 1;
      var dt = el("div", "t-label" + (last ? " grand" : ""), row[0]);
      var dd = el("div", "t-value" + (last ? " grand" : (row[1] === "Free" ? " free" : "")), row[1]);
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
  }

  function itemsLabel(n) {
    return n + (n === 1 ? " item" : " items");
  }

  // ------------------------------------------------------------------ products

  function renderProducts() {
    var grid = $("products");
    PRODUCTS.forEach(function (p) {
      var card = el("div", "product");
      var img = el("img");
      img.src = p.image;
      img.alt = p.name;
      img.width = 200;
      img.height = 160;
      card.appendChild(img);

      var body = el("div", "product-body");
      body.appendChild(el("div", "product-name", p.name));
      body.appendChild(el("p", "product-desc", p.desc));
      var foot = el("div", "product-foot");
      foot.appendChild(el("span", "price", money(p.cents)));
      var add = el("div", "add-button", "Add to cart");
      add.addEventListener("click", function () { addToCart(p.id); });
      foot.appendChild(add);
      body.appendChild(foot);
      card.appendChild(body);
      grid.appendChild(card);
    });
  }

  // ------------------------------------------------------------------ cart

  function lineOf(id) {
    for (var i = 0; i < cart.length; i++) {
      if (cart[i].id === id) return cart[i];
    }
    return null;
  }

  function addToCart(id) {
    var line = lineOf(id);
    if (line) {
      line.qty += 1;
    } else {
      cart.push({ id: id, qty: 1 });
    }
    render();
  }

  function changeQty(id, delta) {
    var line = lineOf(id);
    if (!line) return;
    line.qty += delta;
    if (line.qty <= 0) {
      cart = cart.filter(function (l) { return l.id !== id; });
    }
    if (cart.length === 0 && view === "checkout") {
      view = "shop";
    }
    render();
  }

  function renderCart() {
    var t = totalsOf(cart);
    $("cart-badge").textContent = String(t.count);
    $("cart-badge").className = "badge" + (t.count === 0 ? " is-zero" : "");
    $("cart-count").textContent = itemsLabel(t.count);
    $("cart-empty").hidden = cart.length > 0;

    var list = $("cart-lines");
    list.textContent = "";
    cart.forEach(function (line) {
      var p = byId[line.id];
      var li = el("div", "cart-line");
      var img = el("img");
      img.src = p.image;
      img.alt = "";
      li.appendChild(img);
      li.appendChild(el("span", "line-name", p.name));
      li.appendChild(el("span", "line-total", money(p.cents * line.qty)));
      li.appendChild(el("span", "line-unit", money(p.cents) + " each"));

      var qty = el("span", "qty");
      var minus = el("div", "qty-button", "\u2212");
      minus.addEventListener("click", function () { changeQty(line.id, -1); });
      var plus = el("div", "qty-button", "+");
      plus.addEventListener("click", function () { changeQty(line.id, 1); });
      qty.appendChild(minus);
      qty.appendChild(el("span", "qty-value", String(line.qty)));
      qty.appendChild(plus);
      li.appendChild(qty);
      list.appendChild(li);
    });

    renderTotals($("totals"), t);
    $("totals").hidden = cart.length === 0;

    var hint = "";
    if (t.subtotal > 0 && t.subtotal < FREE_SHIPPING_FROM_CENTS) {
      hint = "Add " + money(FREE_SHIPPING_FROM_CENTS - t.subtotal) + " more for free shipping.";
    } else if (t.subtotal >= FREE_SHIPPING_FROM_CENTS) {
      hint = "Nice \u2014 this order ships free.";
    }
    $("ship-hint").textContent = hint;

    var checkout = $("checkout");
    checkout.classList.toggle("is-disabled", cart.length === 0);
    checkout.hidden = view !== "shop";
  }

  // ------------------------------------------------------------------ views

  function render() {
    $("view-shop").hidden = view !== "shop";
    $("view-checkout").hidden = view !== "checkout";
    $("view-done").hidden = view !== "done";
    $("cart").hidden = view === "done";
    document.querySelector(".layout").style.gridTemplateColumns = view === "done" ? "1fr" : "";
    renderCart();
  }

  function goTo(next) {
    view = next;
    render();
    window.scrollTo(0, 0);
  }

  // ------------------------------------------------------------------ checkout form

  var FIELDS = [
    { input: "f-name", error: "e-name", check: function (v) { return v ? "" : "Please enter your full name."; } },
    {
      input: "f-email",
      error: "e-email",
      check: function (v) {
        if (!v) return "Please enter your email address.";
        return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? "" : "Please enter a valid email address.";
      }
    },
    { input: "f-address", error: "e-address", check: function (v) { return v ? "" : "Please enter your shipping address."; } }
  ];

  function showError(field, message) {
    var input = $(field.input);
    $(field.error).textContent = message;
    input.className = message ? "is-invalid" : "";
  }

  function validate() {
    var firstBad = null;
    FIELDS.forEach(function (field) {
      var message = field.check($(field.input).value.trim());
      showError(field, message);
      if (message && !firstBad) firstBad = field;
    });
    return firstBad;
  }

  function placeOrder() {
    var bad = validate();
    if (bad) {
      $(bad.input).focus();
      return;
    }
    var t = totalsOf(cart);
    var orderNumber = "FF-" + (10000 + Math.floor(Math.random() * 90000));
    var name = $("f-name").value.trim();

    $("order-number").textContent = orderNumber;
    $("done-thanks").textContent = "Thank you, " + name + "! We are packing your gear and will email " +
      $("f-email").value.trim() + " when it ships.";

    var receipt = $("receipt");
    receipt.textContent = "";
    var dl = el("div", "totals receipt-items");
    cart.forEach(function (line) {
      var p = byId[line.id];
      dl.appendChild(el("div", "t-label", p.name + " \u00d7 " + line.qty));
      dl.appendChild(el("div", "t-value", money(p.cents * line.qty)));
    });
    var sums = el("div", "totals");
    renderTotals(sums, t);
    receipt.appendChild(dl);
    receipt.appendChild(sums);
    $("ships-to").textContent = itemsLabel(t.count) + " shipping to " + $("f-address").value.trim();

    cart = [];
    FIELDS.forEach(function (field) { $(field.input).value = ""; });
    FIELDS.forEach(function (field) { showError(field, ""); });
    goTo("done");
  }

  // ------------------------------------------------------------------ wiring

  renderProducts();
  $("checkout").addEventListener("click", function () {
    if (cart.length) goTo("checkout");
  });
  $("back-to-shop").addEventListener("click", function () { goTo("shop"); });
  $("continue-shopping").addEventListener("click", function () { goTo("shop"); });
  $("cart-button").addEventListener("click", function () {
    if (view !== "shop") goTo("shop");
    $("cart").scrollIntoView({ block: "nearest" });
  });
  $("place-order").addEventListener("click", placeOrder);
  FIELDS.forEach(function (field) {
    $(field.input).addEventListener("input", function () {
      if ($(field.error).textContent) showError(field, "");
    });
    $(field.input).addEventListener("keydown", function (e) {
      if (e.key === "Enter") { e.preventDefault(); placeOrder(); }
    });
  });
  render();
})();
