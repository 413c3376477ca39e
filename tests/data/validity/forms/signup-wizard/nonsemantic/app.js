(function () {
  "use strict";

  var PLANS = [
    { id: "free", name: "Free", price: "$0", per: "/month", blurb: "For hobby sites and trials", feats: "1 app · 1 GB storage", icon: "images/plan-free.svg" },
    { id: "pro", name: "Pro", price: "$12", per: "/month", blurb: "For freelancers and small shops", feats: "10 apps · 50 GB storage", icon: "images/plan-pro.svg" },
    { id: "team", name: "Team", price: "$29", per: "/month", blurb: "For growing companies", feats: "Unlimited apps · 500 GB", icon: "images/plan-team.svg" }
  ];

  var $ = function (id) { return document.getElementById(id); };
  var state = { step: 1, plan: "free", tried1: false, tried2: false };

  function el(tag, className, text) {
    var n = document.createElement(tag);
    if (className) n.className = className;
    if (text !== undefined) n.textContent = text;
    return n;
  }

  // ---------------------------------------------------------------- step 1 rules

  var EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

  function emailError() {
    var v = $("email").value.trim();
    if (!v) return "Enter your email address.";
    if (!EMAIL_RE.test(v)) return "Enter a valid email address, like name@company.com.";
    return "";
  }

  function strength(pw) {
    if (!pw) return 0;
    var score = 0;
    if (pw.length >= 8) score++;
    if (/[a-z]/.test(pw) && /[A-Z]/.test(pw)) score++;
    if (/\d/.test(pw)) score++;
    if (/[^A-Za-z0-9]/.test(pw) || pw.length >= 12) score++;
    if (pw.length < 8) score = Math.min(score, 1);
    return Math.max(score, 1);
  }

  var LEVELS = ["", "Weak", "Fair", "Strong", "Very strong"];

  function passwordError() {
    var v = $("password").value;
    if (!v) return "Choose a password.";
    if (v.length < 8) return "Password must be at least 8 characters.";
    return "";
  }

  function confirmError() {
    var v = $("confirm").value;
    if (!v) return "Re-enter your password.";
    if (v !== $("password").value) return "Passwords do not match.";
    return "";
  }

  function showError(inputId, errorId, message) {
    $(errorId).textContent = message;
    $(inputId).classList.toggle("is-invalid", !!message);
  }

  function renderStrength() {
    var pw = $("password").value;
    var level = strength(pw);
    $("meter").setAttribute("data-level", String(level));
    var text = $("password-strength");
    if (!level) {
      text.textContent = "Use 8 or more characters with upper and lower case letters and a number.";
      text.className = "strength";
    } else {
      text.textContent = "Password strength: " + LEVELS[level];
      text.className = "strength level-" + level;
    }
  }

  function renderMatch() {
    var c = $("confirm").value;
    var ok = c && c === $("password").value;
    $("confirm-match").textContent = ok ? "✓ Passwords match" : "";
  }

  function validate1(show) {
    var e = emailError(), p = passwordError(), c = confirmError();
    if (show) {
      showError("email", "email-error", e);
      showError("password", "password-error", p);
      showError("confirm", "confirm-error", c);
    }
    return !e && !p && !c;
  }

  // ---------------------------------------------------------------- step 2

  function renderPlans() {
    var grid = $("plan-grid");
    PLANS.forEach(function (p) {
      var card = el("div", "plan");
      card.setAttribute("data-plan", p.id);
      var input = el("span", "radio");
      card.addEventListener("click", function () {
        state.plan = p.id;
        markPlans();
      });
      var top = el("span", "plan-top");
      var icon = el("img");
      icon.src = p.icon;
      icon.alt = "";
      icon.width = 40;
      icon.height = 40;
      top.appendChild(icon);
      top.appendChild(input);
      card.appendChild(top);
      card.appendChild(el("span", "plan-name", p.name));
      var price = el("span", "plan-price");
      price.appendChild(el("b", "", p.price));
      price.appendChild(document.createTextNode(p.per));
      card.appendChild(price);
      card.appendChild(el("span", "plan-blurb", p.blurb));
      card.appendChild(el("span", "plan-feats", p.feats));
      if (p.id === "pro") card.appendChild(el("span", "plan-flag", "Most popular"));
      grid.appendChild(card);
    });
    markPlans();
  }

  function markPlans() {
    var cards = document.querySelectorAll(".plan");
    for (var i = 0; i < cards.length; i++) {
      var on = cards[i].getAttribute("data-plan") === state.plan;
      cards[i].classList.toggle("is-selected", on);
      cards[i].querySelector(".radio").classList.toggle("is-checked", on);
    }
  }

  function nameError() {
    var v = $("fullname").value.trim();
    if (!v) return "Enter your full name.";
    return "";
  }

  // ---------------------------------------------------------------- step 3

  function planById(id) {
    for (var i = 0; i < PLANS.length; i++) if (PLANS[i].id === id) return PLANS[i];
    return PLANS[0];
  }

  function renderReview() {
    var box = $("review");
    box.textContent = "";
    var plan = planById(state.plan);
    var groups = [
      { title: "Account", step: 1, rows: [["Email", $("email").value.trim()], ["Password", new Array($("password").value.length + 1).join("•")]] },
      { title: "Profile", step: 2, rows: [["Full name", $("fullname").value.trim()]] },
      { title: "Plan", step: 2, rows: [["Plan", plan.name + " · " + plan.price + plan.per]] }
    ];
    groups.forEach(function (g) {
      var sec = el("div", "review-group");
      var head = el("div", "review-head");
      head.appendChild(el("h3", "", g.title));
      var edit = el("span", "link", "Edit");
      edit.addEventListener("click", function () { go(g.step); });
      head.appendChild(edit);
      sec.appendChild(head);
      var dl = el("dl");
      g.rows.forEach(function (r) {
        dl.appendChild(el("dt", "", r[0]));
        dl.appendChild(el("dd", "", r[1]));
      });
      sec.appendChild(dl);
      box.appendChild(sec);
    });
    var bill = el("p", "billing");
    bill.textContent = plan.id === "free"
      ? "The Free plan costs nothing. You can upgrade at any time."
      : "Your 14-day trial starts today. After it, " + plan.name + " is " + plan.price + ".00 per month.";
    box.appendChild(bill);
  }

  // ---------------------------------------------------------------- navigation

  function go(step) {
    state.step = step;
    for (var i = 1; i <= 3; i++) {
      $("panel-" + i).hidden = i !== step;
    }
    $("step-count").textContent = "Step " + step + " of 3";
    var items = $("stepper").children;
    for (var j = 0; j < items.length; j++) {
      items[j].className = j + 1 < step ? "is-done" : (j + 1 === step ? "is-current" : "");
    }
    if (step === 3) renderReview();
  }

  $("next-1").addEventListener("click", function () {
    state.tried1 = true;
    if (validate1(true)) go(2);
  });

  ["email", "password", "confirm"].forEach(function (id) {
    $(id).addEventListener("input", function () {
      if (id === "password") renderStrength();
      renderMatch();
      if (state.tried1) validate1(true);
    });
  });

  $("fullname").addEventListener("input", function () {
    if (state.tried2) showError("fullname", "name-error", nameError());
  });

  $("next-2").addEventListener("click", function () {
    state.tried2 = true;
    var err = nameError();
    showError("fullname", "name-error", err);
    if (!err) go(3);
  });

  $("back-2").addEventListener("click", function () { go(1); });
  $("back-3").addEventListener("click", function () { go(2); });

  $("create").addEventListener("click", function () {
    var name = $("fullname").value.trim();
    var first = name.split(/\s+/)[0];
    var plan = planById(state.plan);
    $("wizard").hidden = true;
    $("welcome").hidden = false;
    $("welcome-title").textContent = "Welcome, " + first + "!";
    $("welcome-text").textContent = "Your " + plan.name + " account is ready. We sent a confirmation link to " + $("email").value.trim() + ".";
  });

  renderPlans();
  renderStrength();
  go(1);
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
