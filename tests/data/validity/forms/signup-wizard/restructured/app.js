// Northwind sign-up: one model object, updated by events; the page is redrawn from it.
(function () {
  "use strict";

  var TIERS = [
    ["free", "Free", 0, "For hobby sites and trials", "1 app · 1 GB storage", "images/plan-free.svg", false],
    ["pro", "Pro", 12, "For freelancers and small shops", "10 apps · 50 GB storage", "images/plan-pro.svg", true],
    ["team", "Team", 29, "For growing companies", "Unlimited apps · 500 GB", "images/plan-team.svg", false]
  ];
  var WORDS = [null, "Weak", "Fair", "Strong", "Very strong"];
  var GAUGE = [null, ["#e5484d", 1], ["#f5a524", 2], ["#18a88f", 3], ["#0f8a76", 4]];
  var HINT = "Use 8 or more characters with upper and lower case letters and a number.";

  var model = { page: 1, mail: "", pass: "", again: "", who: "", tier: 0, checked1: false, checked2: false, done: false };

  var one = function (s) { return document.querySelector(s); };
  var all = function (s) { return Array.prototype.slice.call(document.querySelectorAll(s)); };
  var make = function (tag, cls, txt) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (txt != null) n.textContent = txt;
    return n;
  };

  function score(pw) {
    if (pw.length === 0) return 0;
    var checks = [pw.length >= 8, /[a-z]/.test(pw) && /[A-Z]/.test(pw), /\d/.test(pw), /[^A-Za-z0-9]/.test(pw) || pw.length >= 12];
    var n = checks.filter(Boolean).length;
    if (pw.length < 8 && n > 1) n = 1;
    return n < 1 ? 1 : n;
  }

  function problems() {
    var mail = model.mail.trim();
    return {
      mail: mail === "" ? "Enter your email address." : (/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(mail) ? "" : "Enter a valid email address, like name@company.com."),
      pass: model.pass === "" ? "Choose a password." : (model.pass.length < 8 ? "Password must be at least 8 characters." : ""),
      again: model.again === "" ? "Re-enter your password." : (model.again !== model.pass ? "Passwords do not match." : ""),
      who: model.who.trim() === "" ? "Enter your full name." : ""
    };
  }

  function flag(inputSel, msgSel, text) {
    var msg = one(msgSel);
    msg.textContent = text;
    msg.hidden = !text;
    one(inputSel).setAttribute("aria-invalid", text ? "true" : "false");
  }

  // plan cards
  TIERS.forEach(function (t, n) {
    var card = make("label", "nw-tier");
    var head = make("span", "nw-tier__head");
    var radio = make("input");
    radio.type = "radio";
    radio.name = "tier";
    radio.value = t[0];
    radio.checked = n === model.tier;
    radio.addEventListener("change", function () { if (radio.checked) { model.tier = n; draw(); } });
    var pic = make("img");
    pic.src = t[5]; pic.alt = ""; pic.width = 40; pic.height = 40;
    head.appendChild(radio);
    head.appendChild(pic);
    card.appendChild(head);
    if (t[6]) card.appendChild(make("span", "nw-tier__badge", "Most popular"));
    card.appendChild(make("span", "nw-tier__name", t[1]));
    var cost = make("span", "nw-tier__cost");
    cost.appendChild(make("b", null, "$" + t[2]));
    cost.appendChild(document.createTextNode("/month"));
    card.appendChild(cost);
    card.appendChild(make("span", "nw-tier__for", t[3]));
    card.appendChild(make("span", "nw-tier__gets", t[4]));
    one("[data-tiers]").appendChild(card);
  });

  function drawSummary() {
    var box = one("[data-summary]");
    while (box.firstChild) box.removeChild(box.firstChild);
    var t = TIERS[model.tier];
    var blocks = [
      ["Account", 1, [["Email", model.mail.trim()], ["Password", "•".repeat(model.pass.length)]]],
      ["Profile", 2, [["Full name", model.who.trim()]]],
      ["Plan", 2, [["Plan", t[1] + " · $" + t[2] + "/month"]]]
    ];
    blocks.forEach(function (b) {
      var g = make("section", "nw-sumgroup");
      var top = make("div", "nw-sumgroup__top");
      top.appendChild(make("h3", null, b[0]));
      var edit = make("button", "nw-textbtn", "Edit");
      edit.type = "button";
      edit.addEventListener("click", function () { model.page = b[1]; draw(); });
      top.appendChild(edit);
      g.appendChild(top);
      var dl = make("dl");
      b[2].forEach(function (row) {
        var pair = make("div");
        pair.appendChild(make("dt", null, row[0]));
        pair.appendChild(make("dd", null, row[1]));
        dl.appendChild(pair);
      });
      g.appendChild(dl);
      box.appendChild(g);
    });
    box.appendChild(make("p", "nw-bill", t[2] === 0
      ? "The Free plan costs nothing. You can upgrade at any time."
      : "Your 14-day trial starts today. After it, " + t[1] + " is $" + t[2] + ".00 per month."));
  }

  function draw() {
    var p = problems();
    all("[data-page]").forEach(function (pg) { pg.hidden = Number(pg.getAttribute("data-page")) !== model.page; });
    one("[data-progress-label]").textContent = "Step " + model.page + " of 3";
    all("[data-pstep]").forEach(function (li) {
      var k = Number(li.getAttribute("data-pstep"));
      if (k < model.page) li.setAttribute("data-state", "past");
      else if (k === model.page) li.setAttribute("data-state", "now");
      else li.removeAttribute("data-state");
    });

    // strength
    var level = score(model.pass);
    var hint = one("#acct-pass-hint");
    var bars = all(".nw-gauge span");
    bars.forEach(function (bar, i) {
      bar.style.background = level && i < GAUGE[level][1] ? GAUGE[level][0] : "";
    });
    if (level) { hint.textContent = "Password strength: " + WORDS[level]; hint.setAttribute("data-tone", String(level)); }
    else { hint.textContent = HINT; hint.removeAttribute("data-tone"); }

    var same = one("[data-same]");
    var match = model.again !== "" && model.again === model.pass;
    same.textContent = match ? "✓ Passwords match" : "";
    same.hidden = !match;

    if (model.checked1) {
      flag("#acct-mail", "#acct-mail-msg", p.mail);
      flag("#acct-pass", "#acct-pass-msg", p.pass);
      flag("#acct-again", "#acct-again-msg", p.again);
    }
    if (model.checked2) flag("#who-name", "#who-name-msg", p.who);
    if (model.page === 3) drawSummary();

    one("[data-flow]").hidden = model.done;
    one("[data-done]").hidden = !model.done;
  }

  [["#acct-mail", "mail"], ["#acct-pass", "pass"], ["#acct-again", "again"], ["#who-name", "who"]].forEach(function (pair) {
    one(pair[0]).addEventListener("input", function (ev) { model[pair[1]] = ev.target.value; draw(); });
  });

  one('[data-page="1"]').addEventListener("submit", function (ev) {
    ev.preventDefault();
    model.checked1 = true;
    var p = problems();
    if (!p.mail && !p.pass && !p.again) model.page = 2;
    draw();
  });
  one('[data-page="2"]').addEventListener("submit", function (ev) {
    ev.preventDefault();
    model.checked2 = true;
    if (!problems().who) model.page = 3;
    draw();
  });
  all("[data-go]").forEach(function (b) {
    b.addEventListener("click", function () { model.page = Number(b.getAttribute("data-go")); draw(); });
  });
  one("[data-finish]").addEventListener("click", function () {
    var t = TIERS[model.tier];
    model.done = true;
    one("[data-done-title]").textContent = "Welcome, " + model.who.trim().split(/\s+/)[0] + "!";
    one("[data-done-text]").textContent = "Your " + t[1] + " account is ready. We sent a confirmation link to " + model.mail.trim() + ".";
    draw();
  });

  draw();

  Promise.all(all("img").map(function (img) { return img.decode().catch(function () { return null; }); }))
    .then(function () { document.documentElement.classList.add("nw-shown"); });
})();
