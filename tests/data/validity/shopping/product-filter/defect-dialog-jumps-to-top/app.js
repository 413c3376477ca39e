(function () {
  "use strict";

  var PRODUCTS = [
    { id: "halo", name: "Halo Desk Lamp", cat: "Desk", price: 89, stock: true, img: "images/halo-desk.svg",
      desc: "A dimmable LED ring on a jointed steel arm, with a warm 2700K glow for late reading.",
      specs: [["Height", "48 cm"], ["Bulb", "Built-in LED, 8 W"], ["Finish", "Ink black steel"]] },
    { id: "arc", name: "Arc Floor Lamp", cat: "Floor", price: 249, stock: true, img: "images/arc-floor.svg",
      desc: "A brass arc that reaches over the sofa and hangs a linen shade right where you read.",
      specs: [["Height", "190 cm"], ["Bulb", "E27, up to 60 W"], ["Finish", "Brushed brass, linen"]] },
    { id: "pebble", name: "Pebble Table Lamp", cat: "Table", price: 64, stock: false, img: "images/pebble-table.svg",
      desc: "A glazed stoneware base shaped like a river stone under a pleated cotton shade.",
      specs: [["Height", "42 cm"], ["Bulb", "E14, up to 40 W"], ["Finish", "Sage glaze"]] },
    { id: "dome", name: "Dome Pendant", cat: "Pendant", price: 129, stock: true, img: "images/dome-pendant.svg",
      desc: "Spun aluminium shade in terracotta that throws a wide pool of light over the dining table.",
      specs: [["Diameter", "40 cm"], ["Bulb", "E27, up to 60 W"], ["Cable", "2 m, fabric"]] },
    { id: "reed", name: "Reed Desk Lamp", cat: "Desk", price: 112, stock: false, img: "images/reed-desk.svg",
      desc: "A slim L-shaped stem with a tilting sage shade, small enough for the narrowest desk.",
      specs: [["Height", "52 cm"], ["Bulb", "GU10, 5 W"], ["Finish", "Sage and navy"]] },
    { id: "lantern", name: "Lantern Floor Lamp", cat: "Floor", price: 189, stock: true, img: "images/lantern-floor.svg",
      desc: "A tall paper-and-rattan lantern on a walnut tripod, soft as candlelight in a corner.",
      specs: [["Height", "150 cm"], ["Bulb", "E27, up to 40 W"], ["Finish", "Walnut, washi paper"]] },
    { id: "orbit", name: "Orbit Pendant", cat: "Pendant", price: 156, stock: false, img: "images/orbit-pendant.svg",
      desc: "Opal glass globe circled by a tilted brass ring, like a small planet over the stairs.",
      specs: [["Diameter", "30 cm"], ["Bulb", "E27, up to 40 W"], ["Finish", "Opal glass, brass"]] },
    { id: "mushroom", name: "Mushroom Table Lamp", cat: "Table", price: 72, stock: true, img: "images/mushroom-table.svg",
      desc: "A one-piece honey-coloured glass lamp with a domed cap and a cordless three-step dimmer.",
      specs: [["Height", "34 cm"], ["Bulb", "Built-in LED, 4 W"], ["Battery", "12 hours"]] }
  ];

  var state = { q: "", cat: "All", stock: false, sort: "featured", open: null };
  var wishlist = {};

  var $ = function (id) { return document.getElementById(id); };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function money(n) { return "$" + n; }

  function visible() {
    var q = state.q.trim().toLowerCase();
    var list = PRODUCTS.filter(function (p) {
      return (!q || p.name.toLowerCase().indexOf(q) >= 0) &&
        (state.cat === "All" || p.cat === state.cat) &&
        (!state.stock || p.stock);
    });
    var by = {
      "price-asc": function (a, b) { return a.price - b.price; },
      "price-desc": function (a, b) { return b.price - a.price; },
      "name": function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : 0; }
    }[state.sort];
    return by ? list.slice().sort(by) : list;
  }

  function render() {
    var list = visible();
    $("count").textContent = list.length + (list.length === 1 ? " product" : " products");
    $("empty").hidden = list.length > 0;
    $("grid").hidden = list.length === 0;
    Array.prototype.forEach.call(document.querySelectorAll(".chip"), function (c) {
      c.setAttribute("aria-pressed", c.getAttribute("data-cat") === state.cat ? "true" : "false");
    });

    var grid = $("grid");
    grid.textContent = "";
    list.forEach(function (p) {
      var card = el("button", "card");
      card.type = "button";
      card.addEventListener("click", function () { openProduct(p); });
      var img = el("img");
      img.src = p.img;
      img.alt = "";
      img.width = 400;
      img.height = 400;
      card.appendChild(img);
      var body = el("span", "card-body");
      body.appendChild(el("span", "card-cat", p.cat));
      body.appendChild(el("span", "card-name", p.name));
      var foot = el("span", "card-foot");
      foot.appendChild(el("span", "card-price", money(p.price)));
      foot.appendChild(el("span", "card-stock" + (p.stock ? "" : " is-out"), p.stock ? "In stock" : "Out of stock"));
      body.appendChild(foot);
      card.appendChild(body);
      grid.appendChild(card);
    });
  }

  function renderWishlist() {
    var n = Object.keys(wishlist).filter(function (k) { return wishlist[k]; }).length;
    $("wish-count").textContent = String(n);
    $("wishlist").classList.toggle("has-items", n > 0);
    if (state.open) {
      var on = !!wishlist[state.open.id];
      var b = $("wish");
      b.textContent = "";
      b.appendChild(el("span", "heart", on ? "\u2665" : "\u2661")).setAttribute("aria-hidden", "true");
      b.appendChild(document.createTextNode(on ? " In wishlist" : " Add to wishlist"));
      b.setAttribute("aria-pressed", on ? "true" : "false");
      b.classList.toggle("is-on", on);
    }
  }

  // ------------------------------------------------------------------ detail dialog

  function openProduct(p) {
    state.open = p;
    $("d-img").src = p.img;
    $("d-img").alt = p.name;
    $("d-cat").textContent = p.cat + " lamp";
    $("d-name").textContent = p.name;
    $("d-price").textContent = money(p.price);
    $("d-stock").textContent = p.stock ? "In stock \u00b7 ships in 2 days" : "Out of stock \u00b7 back in April";
    $("d-stock").className = "d-stock" + (p.stock ? "" : " is-out");
    $("d-desc").textContent = p.desc;
    var dl = $("d-specs");
    dl.textContent = "";
    p.specs.forEach(function (s) {
      dl.appendChild(el("dt", "", s[0]));
      dl.appendChild(el("dd", "", s[1]));
    });
    renderWishlist();
    $("scrim").hidden = false;
    window.scrollTo(0, 0);   // bring the dialog into view
  }

  function closeProduct() {
    state.open = null;
    $("scrim").hidden = true;
  }

  // ------------------------------------------------------------------ wiring

  $("q").addEventListener("input", function () { state.q = this.value; render(); });
  $("instock").addEventListener("change", function () { state.stock = this.checked; render(); });
  $("sort").addEventListener("change", function () { state.sort = this.value; render(); });
  Array.prototype.forEach.call(document.querySelectorAll(".chip"), function (c) {
    c.addEventListener("click", function () { state.cat = c.getAttribute("data-cat"); render(); });
  });
  $("clear").addEventListener("click", function () {
    state.q = "";
    state.cat = "All";
    state.stock = false;
    $("q").value = "";
    $("instock").checked = false;
    render();
  });
  $("wish").addEventListener("click", function () {
    if (!state.open) return;
    wishlist[state.open.id] = !wishlist[state.open.id];
    renderWishlist();
  });
  $("close").addEventListener("click", closeProduct);
  $("scrim").addEventListener("click", function (event) {
    if (event.target === $("scrim")) closeProduct();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && state.open) closeProduct();
  });

  render();
  renderWishlist();
  window.addEventListener("load", function () { document.documentElement.classList.remove("is-loading"); });
})();
