(function () {
  "use strict";

  var NIGHTS = 3;
  var STAR = "\u2605", DOT = "\u00b7", TIMES = "\u00d7";

  var HOTELS = [
    {
      id: "grand", name: "Grand Plaza Hotel", area: "Eixample", stars: 5, price: 289, rating: 9.2, reviews: 1284,
      cancel: true, breakfast: true, photo: "images/grand-plaza.svg", front: "Facade on Passeig de Gràcia",
      about: "A 1920s landmark with a rooftop pool, a marble lobby and rooms looking over the city's grandest boulevard.",
      amenities: ["Rooftop pool", "Spa", "Airport shuttle", "Concierge"],
      rooms: [["Classic Double", 289, "Sleeps 2 · city view"], ["Deluxe King", 342, "Sleeps 2 · balcony"], ["Plaza Suite", 415, "Sleeps 3 · lounge"]]
    },
    {
      id: "harbor", name: "Harbor Inn", area: "Barceloneta", stars: 3, price: 132, rating: 8.4, reviews: 642,
      cancel: true, breakfast: false, photo: "images/harbor-inn.svg", front: "On the old fishing quay",
      about: "A friendly family-run inn two minutes from the beach, with bikes to borrow and seafood bars on every corner.",
      amenities: ["Beach nearby", "Bike rental", "24-hour desk"],
      rooms: [["Cosy Double", 132, "Sleeps 2 · courtyard"], ["Sea View Double", 168, "Sleeps 2 · harbour view"]]
    },
    {
      id: "verde", name: "Casa Verde Suites", area: "Gràcia", stars: 4, price: 178, rating: 9.0, reviews: 915,
      cancel: true, breakfast: true, photo: "images/casa-verde.svg", front: "Courtyard entrance",
      about: "Bright suites around a leafy courtyard in Gràcia's village streets, with a roof terrace and a long breakfast.",
      amenities: ["Roof terrace", "Garden courtyard", "Kitchenettes", "Free Wi-Fi"],
      rooms: [["Classic Double", 178, "Sleeps 2 · courtyard view"], ["Garden Suite", 236, "Sleeps 2 · private patio"], ["Family Loft", 264, "Sleeps 4 · two floors"]]
    },
    {
      id: "gothic", name: "The Gothic Loft", area: "Gothic Quarter", stars: 4, price: 215, rating: 8.8, reviews: 503,
      cancel: false, breakfast: true, photo: "images/gothic-loft.svg", front: "Carrer del Bisbe at dusk",
      about: "Stone walls, high beams and quiet lofts tucked behind the cathedral, steps from the medieval lanes.",
      amenities: ["Historic building", "Wine bar", "Free Wi-Fi"],
      rooms: [["Loft Double", 215, "Sleeps 2 · beamed ceiling"], ["Cathedral Loft", 268, "Sleeps 2 · mezzanine"]]
    },
    {
      id: "marina", name: "Sol Marina Resort", area: "Port Olímpic", stars: 5, price: 254, rating: 8.9, reviews: 1107,
      cancel: true, breakfast: false, photo: "images/sol-marina.svg", front: "Pool deck at sunset",
      about: "A seafront resort with an infinity pool, cabanas on the sand and cocktails as the sun goes down over the marina.",
      amenities: ["Infinity pool", "Beachfront", "Gym", "Kids' club"],
      rooms: [["Marina Double", 254, "Sleeps 2 · sea view"], ["Beach Suite", 331, "Sleeps 3 · terrace"]]
    },
    {
      id: "montjuic", name: "Montjuïc Garden Hotel", area: "Poble-sec", stars: 3, price: 119, rating: 8.1, reviews: 388,
      cancel: false, breakfast: true, photo: "images/montjuic-garden.svg", front: "Villa and gardens",
      about: "A quiet villa on the slopes of Montjuïc with cypress gardens and the cable car just up the hill.",
      amenities: ["Garden", "Parking", "Free Wi-Fi"],
      rooms: [["Garden Double", 119, "Sleeps 2 · garden view"], ["Terrace Room", 149, "Sleeps 2 · terrace"]]
    }
  ];

  var GALLERY_EXTRA = [
    { src: "images/room.svg", caption: "Bedroom" },
    { src: "images/terrace.svg", caption: "Roof terrace" },
    { src: "images/breakfast.svg", caption: "Breakfast" }
  ];

  // sort orders, by key
  var ORDERS = {
    recommended: null,
    price: function (a, b) { return a.price - b.price; },
    rating: function (a, b) { return b.rating - a.rating; }
  };

  // filters and the open hotel, kept apart
  var filters = { cancel: false, breakfast: false, minStars: 0, order: "recommended" };
  var open = { hotel: -1, photo: 0, room: 0 };

  var q = function (id) { return document.getElementById(id); };
  var esc = function (s) { return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;"); };
  var usd = function (n) { return "$" + n; };
  var stars = function (n) { return new Array(n + 1).join(STAR); };
  var word = function (r) { return r >= 9 ? "Superb" : r >= 8.5 ? "Excellent" : "Very good"; };

  function goTo(pane) {
    ["list", "hotel", "review"].forEach(function (p) { q("pane-" + p).hidden = p !== pane; });
    window.scrollTo(0, 0);
  }

  // ------------------------------------------------------------------ listing
  function visible() {
    var idx = [];
    HOTELS.forEach(function (h, i) {
      if (filters.cancel && !h.cancel) return;
      if (filters.breakfast && !h.breakfast) return;
      if (h.stars < filters.minStars) return;
      idx.push(i);
    });
    var cmp = ORDERS[filters.order];
    if (cmp) idx.sort(function (a, b) { return cmp(HOTELS[a], HOTELS[b]); });
    return idx;
  }

  function hitHtml(i) {
    var h = HOTELS[i];
    var perks = (h.cancel ? '<span class="perk perk-ok">Free cancellation</span>' : "") + (h.breakfast ? '<span class="perk">Breakfast included</span>' : "");
    return '<div class="hit-slot"><article class="hit">' +
      '<div class="hit-pic"><img src="' + h.photo + '" alt="' + esc(h.name) + '" width="480" height="320" data-open="' + i + '"><span class="hit-hood">' + esc(h.area) + "</span></div>" +
      '<div class="hit-info"><span class="stars-row">' + stars(h.stars) + "</span>" +
      '<button type="button" class="hit-title" data-open="' + i + '">' + esc(h.name) + "</button>" +
      '<p class="hit-score"><span class="mark">' + h.rating.toFixed(1) + "</span> " + word(h.rating) + " " + DOT + " " + h.reviews.toLocaleString("en-US") + " reviews</p>" +
      '<div class="perks">' + perks + "</div>" +
      '<div class="hit-cost"><span class="nightly"><strong>' + usd(h.price) + "</strong> / night</span>" +
      '<span class="stay-total">' + usd(h.price * NIGHTS) + " for " + NIGHTS + " nights</span></div></div></article></div>";
  }

  function drawList() {
    var idx = visible();
    q("n-stays").textContent = idx.length + (idx.length === 1 ? " stay" : " stays") + " " + DOT + " 12\u201315 Mar";
    q("no-hits").hidden = idx.length > 0;
    q("hit-list").innerHTML = idx.map(hitHtml).join("");
    document.querySelectorAll(".order-btn").forEach(function (b) {
      b.setAttribute("aria-pressed", b.dataset.sort === filters.order ? "true" : "false");
    });
  }

  q("hit-list").addEventListener("click", function (e) {
    var t = e.target.closest("[data-open]");
    if (t) openHotel(Number(t.getAttribute("data-open")));
  });
  q("opt-cancel").addEventListener("change", function (e) { filters.cancel = e.target.checked; drawList(); });
  q("opt-breakfast").addEventListener("change", function (e) { filters.breakfast = e.target.checked; drawList(); });
  q("opt-stars").addEventListener("change", function (e) { filters.minStars = parseInt(e.target.value, 10) || 0; drawList(); });
  document.querySelector(".order-by").addEventListener("click", function (e) {
    var b = e.target.closest(".order-btn");
    if (!b) return;
    filters.order = b.dataset.sort;
    drawList();
  });

  // ------------------------------------------------------------------ hotel page
  function photos() {
    var h = HOTELS[open.hotel];
    return [{ src: h.photo, caption: h.front }].concat(GALLERY_EXTRA);
  }

  function drawGallery() {
    var list = photos(), p = list[open.photo];
    var img = q("ph-img");
    img.src = p.src;
    img.alt = p.caption;
    q("ph-pos").textContent = "Photo " + (open.photo + 1) + " of " + list.length;
    q("ph-cap").textContent = p.caption;
    q("ph-prev").disabled = open.photo === 0;
    q("ph-next").disabled = open.photo === list.length - 1;
    q("ph-strip").innerHTML = list.map(function (ph, i) {
      return '<img' + (i === open.photo ? ' class="sel"' : "") + ' src="' + ph.src + '" alt="" width="120" height="80">';
    }).join("");
  }

  function costsHtml(rate) {
    return "<dt>" + usd(rate) + " " + TIMES + " " + NIGHTS + " nights</dt><dd>" + usd(rate * NIGHTS) + "</dd>" +
      '<dt>Cleaning fee</dt><dd class="gratis">Free</dd>' +
      '<dt class="sum">Total</dt><dd class="sum">' + usd(rate * NIGHTS) + "</dd>";
  }

  function drawRooms() {
    var h = HOTELS[open.hotel];
    q("room-box").innerHTML = h.rooms.map(function (r, i) {
      return '<label class="room-opt' + (i === open.room ? " picked" : "") + '"><input type="radio" name="room" value="' + i + '"' + (i === open.room ? " checked" : "") + ">" +
        '<span class="room-txt"><strong class="room-title">' + esc(r[0]) + '</strong><span class="room-sub">' + esc(r[2]) + "</span></span>" +
        '<span class="room-cost">' + usd(r[1]) + " / night</span></label>";
    }).join("");
    q("h-costs").innerHTML = costsHtml(h.rooms[open.room][1]);
  }

  q("room-box").addEventListener("change", function (e) {
    if (e.target.name !== "room") return;
    open.room = Number(e.target.value);
    q("room-box").querySelectorAll(".room-opt").forEach(function (l, i) { l.classList.toggle("picked", i === open.room); });
    q("h-costs").innerHTML = costsHtml(HOTELS[open.hotel].rooms[open.room][1]);
  });

  function openHotel(i) {
    var h = HOTELS[i];
    open = { hotel: i, photo: 0, room: 0 };
    q("h-stars").textContent = stars(h.stars);
    q("h-name").textContent = h.name;
    q("h-area").textContent = h.area + ", Barcelona";
    q("h-mark").innerHTML = '<span class="mark mark-lg">' + h.rating.toFixed(1) + '</span><span class="mark-words"><strong>' + word(h.rating) + "</strong><span>" + h.reviews.toLocaleString("en-US") + " reviews</span></span>";
    q("h-about").textContent = h.about;
    var feats = (h.breakfast ? ["Breakfast included"] : []).concat(h.cancel ? ["Free cancellation"] : [], h.amenities);
    q("h-feat").innerHTML = feats.map(function (a) { return "<li>" + esc(a) + "</li>"; }).join("");
    drawGallery();
    drawRooms();
    goTo("hotel");
  }

  q("ph-prev").addEventListener("click", function () { if (open.photo > 0) { open.photo--; drawGallery(); } });
  q("ph-next").addEventListener("click", function () { if (open.photo < photos().length - 1) { open.photo++; drawGallery(); } });
  q("go-back").addEventListener("click", function () { goTo("list"); });

  // ------------------------------------------------------------------ review
  q("book-now").addEventListener("click", function () {
    var h = HOTELS[open.hotel], r = h.rooms[open.room];
    q("r-img").src = h.photo;
    q("r-img").alt = h.name;
    q("r-hotel").textContent = h.name;
    q("r-area").textContent = stars(h.stars) + " " + DOT + " " + h.area + ", Barcelona";
    q("r-facts").innerHTML = [["Room", r[0]], ["Check-in", "Thu 12 Mar 2026"], ["Check-out", "Sun 15 Mar 2026"], ["Guests", "2 adults"]]
      .map(function (p) { return "<dt>" + p[0] + "</dt><dd>" + esc(p[1]) + "</dd>"; }).join("");
    q("r-sum").innerHTML = costsHtml(r[1]);
    q("r-policy").textContent = h.cancel ? "Free cancellation until Tue 10 Mar." : "This rate is non-refundable.";
    goTo("review");
  });
  q("r-back").addEventListener("click", function () { goTo("hotel"); });

  drawList();
  window.addEventListener("load", function () { document.documentElement.classList.remove("loading"); });
})();
