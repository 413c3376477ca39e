// Brew & Co. survey: the current pane is an index into PANES; answers are plain values.
(function () {
  "use strict";

  var PANES = ["q1", "q2", "q3", "q4", "recap", "end"];
  var VISITS = ["Every day", "A few times a week", "About once a week", "Less than once a week"];
  var ITEMS = [
    ["Espresso drinks", "opt-espresso"], ["Filter coffee", "opt-filter"], ["Tea", "opt-tea"],
    ["Pastries", "opt-pastry"], ["Sandwiches", "opt-sandwich"]
  ];
  var WORDS = ["Poor", "Fair", "Good", "Great", "Superb"];
  var LIMIT = 160;

  var at = 0;
  var visit = -1;
  var picked = ITEMS.map(function () { return false; });
  var stars = 0;
  var note = "";

  var part = function (name) { return document.querySelector('[data-part="' + name + '"]'); };
  var node = function (tag, cls, txt) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (txt != null) n.textContent = txt;
    return n;
  };

  function option(kind, text, icon, onChange) {
    var lab = node("label", "bc-opt");
    var ctl = node("span", "bc-opt__ctl");
    var inp = node("input");
    inp.type = kind;
    if (kind === "radio") inp.name = "visit";
    inp.value = text;
    inp.addEventListener("change", function () { onChange(inp.checked); });
    ctl.appendChild(inp);
    lab.appendChild(ctl);
    if (icon) {
      var img = node("img");
      img.src = "images/" + icon + ".svg"; img.alt = ""; img.width = 36; img.height = 36;
      lab.appendChild(img);
    }
    lab.appendChild(node("span", "bc-opt__text", text));
    return lab;
  }

  var visitBox = document.querySelector('[data-opts="visit"]');
  VISITS.forEach(function (v, n) {
    visitBox.appendChild(option("radio", v, null, function (on) { if (on) visit = n; show(); }));
  });
  var orderBox = document.querySelector('[data-opts="order"]');
  ITEMS.forEach(function (it, n) {
    orderBox.appendChild(option("checkbox", it[0], it[1], function (on) { picked[n] = on; show(); }));
  });
  var rate = document.querySelector(".bc-rate");
  WORDS.forEach(function (w, n) {
    var b = node("button", "bc-star");
    b.type = "button";
    b.appendChild(node("span", "bc-star__g", "★"));
    b.appendChild(node("span", "bc-star__w", w));
    b.addEventListener("click", function () { stars = n + 1; show(); });
    rate.appendChild(b);
  });
  document.getElementById("bc-note").addEventListener("input", function (ev) {
    note = ev.target.value.slice(0, LIMIT);
    show();
  });

  function done(k) {
    return [visit >= 0, picked.indexOf(true) >= 0, stars > 0, true][k];
  }

  function recap() {
    var dl = part("recap");
    while (dl.firstChild) dl.removeChild(dl.firstChild);
    var chosen = ITEMS.filter(function (it, n) { return picked[n]; }).map(function (it) { return it[0]; });
    [
      ["How often you visit", VISITS[visit]],
      ["What you order", chosen.join(", ")],
      ["Your rating", stars + " of 5 stars · " + WORDS[stars - 1]],
      ["Your comment", note.trim() ? "“" + note.trim() + "”" : "No comment"]
    ].forEach(function (r) {
      var row = node("div", "bc-recap__row");
      row.appendChild(node("dt", null, r[0]));
      row.appendChild(node("dd", null, r[1]));
      dl.appendChild(row);
    });
  }

  function show() {
    var name = PANES[at];
    Array.prototype.forEach.call(document.querySelectorAll("[data-pane]"), function (p) {
      p.hidden = Number(p.getAttribute("data-pane")) !== at;
    });
    part("meter").hidden = name === "end";
    part("moves").hidden = name === "end";
    if (at < 4) {
      part("where").textContent = "Question " + (at + 1) + " of 4";
      part("note").textContent = at === 3 ? "Last question" : "Your answers are anonymous";
      part("done").style.setProperty("--share", ((at + 1) * 25) + "%");
    } else if (name === "recap") {
      part("where").textContent = "All questions answered";
      part("note").textContent = "Ready to send";
      part("done").style.setProperty("--share", "100%");
    }
    part("backward").hidden = at === 0;
    var fwd = part("forward");
    fwd.textContent = at === 3 ? "Review answers" : (name === "recap" ? "Submit" : "Next");
    fwd.disabled = at < 4 && !done(at);

    var count = picked.filter(Boolean).length;
    part("count").textContent = count ? count + " selected" : "Nothing selected yet";

    rate.setAttribute("data-rate", String(stars));
    Array.prototype.forEach.call(rate.children, function (b, n) { b.setAttribute("aria-pressed", String(n + 1 === stars)); });
    part("says").textContent = stars ? "Rated " + stars + " of 5 · " + WORDS[stars - 1] : "Not rated yet";

    var left = LIMIT - note.length;
    var counter = document.getElementById("bc-note-left");
    counter.textContent = left + (left === 1 ? " character left" : " characters left");
    counter.classList.toggle("bc-few", left <= 20);

    if (name === "recap") recap();
  }

  part("forward").addEventListener("click", function () {
    if (at < 4 && !done(at)) return;
    if (at < 5) at += 1;
    show();
  });
  part("backward").addEventListener("click", function () {
    if (at > 0 && at < 5) at -= 1;
    show();
  });

  show();

  Promise.all(Array.prototype.map.call(document.images, function (img) { return img.decode().catch(function () { return null; }); }))
    .then(function () { document.documentElement.setAttribute("data-ready", ""); });
})();
