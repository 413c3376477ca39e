(function () {
  "use strict";

  var NIGHTS = 3;

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

  var state = {
    cancel: false, breakfast: false, stars: 0, sort: "recommended",
    hotel: null, photo: 0, room: 0
  };

  var $ = function (id) { return document.getElementById(id); };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function money(n) { return "$" + n; }
  function starText(n) { return "\u2605\u2605\u2605\u2605\u2605".slice(0, n); }
  function ratingWord(r) { return r >= 9 ? "Superb" : r >= 8.5 ? "Excellent" : "Very good"; }

  function show(view) {
    $("view-list").hidden = view !== "list";
    $("view-detail").hidden = view !== "detail";
    $("view-summary").hidden = view !== "summary";
    window.scrollTo(0, 0);
  }

  // ------------------------------------------------------------------ list

  function matching(applySort) {
    var list = HOTELS.filter(function (h) {
      return (!state.cancel || h.cancel) && (!state.breakfast || h.breakfast) && h.stars >= state.stars;
    });
    if (!applySort) return list;
    if (state.sort === "price") {
      list = list.slice().sort(function (a, b) { return a.price - b.price; });
    } else if (state.sort === "rating") {
      list = list.slice().sort(function (a, b) { return b.rating - a.rating; });
    }
    return list;
  }

  function renderList(applySort) {
    var list = matching(applySort);
    $("count").textContent = list.length + (list.length === 1 ? " stay" : " stays") + " \u00b7 12\u201315 Mar";
    $("empty").hidden = list.length > 0;
    var grid = $("cards");
    grid.textContent = "";
    list.forEach(function (h) {
      var card = el("article", "card");
      var photo = el("div", "card-photo");
      var img = el("img");
      img.src = h.photo;
      img.alt = h.name;
      img.width = 480;
      img.height = 320;
      img.addEventListener("click", function () { openHotel(h); });
      photo.appendChild(img);
      photo.appendChild(el("span", "card-area", h.area));
      card.appendChild(photo);

      var body = el("div", "card-body");
      body.appendChild(el("span", "stars", starText(h.stars)));
      var name = el("button", "card-name", h.name);
      name.type = "button";
      name.addEventListener("click", function () { openHotel(h); });
      body.appendChild(name);
      var score = el("p", "card-score");
      score.appendChild(el("span", "score", h.rating.toFixed(1)));
      score.appendChild(document.createTextNode(" " + ratingWord(h.rating) + " \u00b7 " + h.reviews.toLocaleString("en-US") + " reviews"));
      body.appendChild(score);
      var tags = el("div", "tags");
      if (h.cancel) tags.appendChild(el("span", "tag tag-green", "Free cancellation"));
      if (h.breakfast) tags.appendChild(el("span", "tag", "Breakfast included"));
      body.appendChild(tags);
      var price = el("div", "card-price");
      var per = el("span", "per-night");
      per.appendChild(el("strong", "", money(h.price)));
      per.appendChild(document.createTextNode(" / night"));
      price.appendChild(per);
      price.appendChild(el("span", "per-stay", money(h.price * NIGHTS) + " for " + NIGHTS + " nights"));
      body.appendChild(price);
      card.appendChild(body);
      grid.appendChild(card);
    });
  }

  // ------------------------------------------------------------------ detail

  function photosOf(h) {
    return [{ src: h.photo, caption: h.front }].concat(GALLERY_EXTRA);
  }

  function renderGallery() {
    var photos = photosOf(state.hotel);
    var p = photos[state.photo];
    $("g-photo").src = p.src;
    $("g-photo").alt = p.caption;
    $("g-status").textContent = "Photo " + (state.photo + 1) + " of " + photos.length;
    $("g-caption").textContent = p.caption;
    $("g-prev").disabled = state.photo === 0;
    $("g-next").disabled = state.photo === photos.length - 1;
    var thumbs = $("g-thumbs");
    thumbs.textContent = "";
    photos.forEach(function (ph, i) {
      var t = el("img", i === state.photo ? "is-current" : "");
      t.src = ph.src;
      t.alt = "";
      t.width = 120;
      t.height = 80;
      thumbs.appendChild(t);
    });
  }

  function renderRooms() {
    var h = state.hotel;
    var box = $("rooms");
    box.textContent = "";
    h.rooms.forEach(function (r, i) {
      var label = el("label", "room" + (i === state.room ? " is-chosen" : ""));
      var input = el("input");
      input.type = "radio";
      input.name = "room";
      input.checked = i === state.room;
      input.addEventListener("change", function () {
        state.room = i;
        renderRooms();
      });
      label.appendChild(input);
      var words = el("span", "room-words");
      words.appendChild(el("strong", "room-name", r[0]));
      words.appendChild(el("span", "room-info", r[2]));
      label.appendChild(words);
      label.appendChild(el("span", "room-price", money(r[1]) + " / night"));
      box.appendChild(label);
    });
    renderPrice($("price-lines"));
  }

  function renderPrice(dl) {
    var r = state.hotel.rooms[state.room];
    dl.textContent = "";
    dl.appendChild(el("dt", "", money(r[1]) + " \u00d7 " + NIGHTS + " nights"));
    dl.appendChild(el("dd", "", money(r[1] * NIGHTS)));
    dl.appendChild(el("dt", "", "Cleaning fee"));
    dl.appendChild(el("dd", "free", "Free"));
    dl.appendChild(el("dt", "grand", "Total"));
    dl.appendChild(el("dd", "grand", money(r[1] * NIGHTS)));
  }

  function openHotel(h) {
    state.hotel = h;
    state.photo = 0;
    state.room = 0;
    $("d-stars").textContent = starText(h.stars);
    $("d-name").textContent = h.name;
    $("d-where").textContent = h.area + ", Barcelona";
    var score = $("d-score");
    score.textContent = "";
    score.appendChild(el("span", "score big", h.rating.toFixed(1)));
    var sw = el("span", "score-words");
    sw.appendChild(el("strong", "", ratingWord(h.rating)));
    sw.appendChild(el("span", "", h.reviews.toLocaleString("en-US") + " reviews"));
    score.appendChild(sw);
    $("d-about").textContent = h.about;
    var am = $("d-amenities");
    am.textContent = "";
    var list = h.amenities.slice();
    if (h.cancel) list.unshift("Free cancellation");
    if (h.breakfast) list.unshift("Breakfast included");
    list.forEach(function (a) { am.appendChild(el("li", "", a)); });
    renderGallery();
    renderRooms();
    show("detail");
  }

  // ------------------------------------------------------------------ summary

  function reserve() {
    var h = state.hotel;
    var r = h.rooms[state.room];
    $("s-photo").src = h.photo;
    $("s-photo").alt = h.name;
    $("s-hotel").textContent = h.name;
    $("s-where").textContent = starText(h.stars) + " \u00b7 " + h.area + ", Barcelona";
    var facts = $("s-facts");
    facts.textContent = "";
    [
      ["Room", r[0]],
      ["Check-in", "Thu 12 Mar 2026"],
      ["Check-out", "Sun 15 Mar 2026"],
      ["Guests", "2 adults"]
    ].forEach(function (pair) {
      facts.appendChild(el("dt", "", pair[0]));
      facts.appendChild(el("dd", "", pair[1]));
    });
    renderPrice($("s-total"));
    $("s-cancel").textContent = h.cancel
      ? "Free cancellation until Tue 10 Mar."
      : "This rate is non-refundable.";
    show("summary");
  }

  // ------------------------------------------------------------------ wiring

  $("f-cancel").addEventListener("change", function () { state.cancel = this.checked; renderList(); });
  $("f-breakfast").addEventListener("change", function () { state.breakfast = this.checked; renderList(); });
  $("f-stars").addEventListener("change", function () { state.stars = parseInt(this.value, 10) || 0; renderList(); });
  Array.prototype.forEach.call(document.querySelectorAll(".sort-button"), function (b, _, all) {
    b.addEventListener("click", function () {
      state.sort = b.getAttribute("data-sort");
      Array.prototype.forEach.call(document.querySelectorAll(".sort-button"), function (o) {
        o.setAttribute("aria-pressed", o === b ? "true" : "false");
      });
      renderList(true);
    });
  });
  $("g-prev").addEventListener("click", function () {
    if (state.photo > 0) { state.photo -= 1; renderGallery(); }
  });
  $("g-next").addEventListener("click", function () {
    if (state.photo < photosOf(state.hotel).length - 1) { state.photo += 1; renderGallery(); }
  });
  $("back").addEventListener("click", function () { show("list"); });
  $("reserve").addEventListener("click", reserve);
  $("s-back").addEventListener("click", function () { show("detail"); });

  renderList();

  window.addEventListener("load", function () { document.documentElement.classList.remove("is-loading"); });
})();
