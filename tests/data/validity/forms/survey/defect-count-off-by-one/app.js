(function () {
  "use strict";

  var QUESTIONS = 4;
  var MAX_CHARS = 160;
  var FREQ = ["Every day", "A few times a week", "About once a week", "Less than once a week"];
  var ORDERS = [
    { name: "Espresso drinks", icon: "images/opt-espresso.svg" },
    { name: "Filter coffee", icon: "images/opt-filter.svg" },
    { name: "Tea", icon: "images/opt-tea.svg" },
    { name: "Pastries", icon: "images/opt-pastry.svg" },
    { name: "Sandwiches", icon: "images/opt-sandwich.svg" }
  ];
  var RATINGS = ["Poor", "Fair", "Good", "Great", "Superb"];

  var answers = { freq: null, order: [], rating: 0, comment: "" };
  var screen = 1; // 1..4, "review", "thanks"

  var $ = function (id) { return document.getElementById(id); };

  function el(tag, className, text) {
    var n = document.createElement(tag);
    if (className) n.className = className;
    if (text !== undefined) n.textContent = text;
    return n;
  }

  // ---------------------------------------------------------------- building the questions

  FREQ.forEach(function (label, i) {
    var row = el("label", "choice");
    var input = el("input");
    input.type = "radio";
    input.name = "freq";
    input.value = label;
    input.addEventListener("change", function () {
      answers.freq = label;
      render();
    });
    row.appendChild(input);
    row.appendChild(el("span", "choice-text", label));
    $("choices-freq").appendChild(row);
  });

  ORDERS.forEach(function (o) {
    var row = el("label", "choice choice-icon");
    var input = el("input");
    input.type = "checkbox";
    input.value = o.name;
    input.addEventListener("change", function () {
      if (input.checked) {
        if (answers.order.indexOf(o.name) < 0) answers.order.push(o.name);
      } else {
        answers.order = answers.order.filter(function (n) { return n !== o.name; });
      }
      render();
    });
    var img = el("img");
    img.src = o.icon;
    img.alt = "";
    img.width = 36;
    img.height = 36;
    row.appendChild(input);
    row.appendChild(img);
    row.appendChild(el("span", "choice-text", o.name));
    $("choices-order").appendChild(row);
  });

  RATINGS.forEach(function (word, i) {
    var b = el("button", "star");
    b.type = "button";
    b.setAttribute("data-value", String(i + 1));
    b.appendChild(el("span", "star-glyph", "★"));
    b.appendChild(el("span", "star-word", word));
    b.addEventListener("click", function () {
      answers.rating = i + 1;
      render();
    });
    $("stars").appendChild(b);
  });

  $("comment").addEventListener("input", function () {
    answers.comment = this.value.slice(0, MAX_CHARS);
    render();
  });

  // ---------------------------------------------------------------- answers in order

  function orderedPicks() {
    return ORDERS.map(function (o) { return o.name; }).filter(function (n) { return answers.order.indexOf(n) >= 0; });
  }

  function answered(q) {
    if (q === 1) return !!answers.freq;
    if (q === 2) return answers.order.length > 0;
    if (q === 3) return answers.rating > 0;
    return true;
  }

  function renderSummary() {
    var dl = $("summary");
    dl.textContent = "";
    var rows = [
      ["How often you visit", answers.freq],
      ["What you order", orderedPicks().join(", ")],
      ["Your rating", answers.rating + " of 5 stars · " + RATINGS[answers.rating - 1]],
      ["Your comment", answers.comment.trim() ? "“" + answers.comment.trim() + "”" : "No comment"]
    ];
    rows.forEach(function (r) {
      var wrap = el("div", "summary-row");
      wrap.appendChild(el("dt", "", r[0]));
      wrap.appendChild(el("dd", "", r[1]));
      dl.appendChild(wrap);
    });
  }

  // ---------------------------------------------------------------- render

  function render() {
    var ids = ["1", "2", "3", "4", "review", "thanks"];
    ids.forEach(function (id) { $("screen-" + id).hidden = String(screen) !== id; });

    var isQ = typeof screen === "number";
    $("progress").hidden = screen === "thanks";
    $("nav").hidden = screen === "thanks";
    if (isQ) {
      $("progress-label").textContent = "Question " + screen + " of " + QUESTIONS;
      $("progress-hint").textContent = screen === 4 ? "Last question" : "Your answers are anonymous";
      $("bar-fill").style.width = (screen / QUESTIONS * 100) + "%";
    } else if (screen === "review") {
      $("progress-label").textContent = "All questions answered";
      $("progress-hint").textContent = "Ready to send";
      $("bar-fill").style.width = "100%";
    }

    $("back").hidden = screen === 1;
    var next = $("next");
    next.textContent = screen === 4 ? "Review answers" : (screen === "review" ? "Submit" : "Next");
    next.disabled = isQ && !answered(screen);

    var n = answers.order.length ? answers.order.length + 1 : 0; // bug: counts one too many once anything is picked
    $("picked").textContent = n ? n + " selected" : "Nothing selected yet";

    var stars = $("stars").children;
    for (var i = 0; i < stars.length; i++) {
      var on = i < answers.rating;
      stars[i].classList.toggle("is-on", on);
      stars[i].setAttribute("aria-pressed", i + 1 === answers.rating ? "true" : "false");
    }
    $("rating-text").textContent = answers.rating
      ? "Rated " + answers.rating + " of 5 · " + RATINGS[answers.rating - 1]
      : "Not rated yet";

    var left = MAX_CHARS - answers.comment.length;
    $("counter").textContent = left + (left === 1 ? " character left" : " characters left");
    $("counter").classList.toggle("is-low", left <= 20);

    if (screen === "review") renderSummary();
  }

  $("next").addEventListener("click", function () {
    if (typeof screen === "number") {
      if (!answered(screen)) return;
      screen = screen === QUESTIONS ? "review" : screen + 1;
    } else if (screen === "review") {
      screen = "thanks";
    }
    render();
  });

  $("back").addEventListener("click", function () {
    if (screen === "review") screen = QUESTIONS;
    else if (typeof screen === "number" && screen > 1) screen -= 1;
    render();
  });

  render();
})();

// Reveal the page once every image (including the ones built above) is decoded.
(function () {
  "use strict";
  var imgs = Array.prototype.slice.call(document.images);
  Promise.all(imgs.map(function (img) {
    return img.decode().catch(function () { return null; });
  })).then(function () {
    document.documentElement.classList.add("is-ready");
  });
})();
