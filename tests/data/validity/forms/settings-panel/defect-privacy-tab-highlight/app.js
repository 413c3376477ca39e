(function () {
  "use strict";

  var SWITCHES = [
    { key: "dark", panel: "appearance", title: "Dark mode", desc: "Use a dark colour scheme across Orbit." },
    { key: "email", panel: "notifications", title: "Email notifications", desc: "Mentions, assignments and replies, sent to your inbox." },
    { key: "digest", panel: "notifications", title: "Weekly digest", desc: "A Monday summary of your team's progress." },
    { key: "desktop", panel: "notifications", title: "Desktop alerts", desc: "Pop-up alerts while Orbit is open in your browser." },
    { key: "public", panel: "privacy", title: "Public profile", desc: "Anyone in your workspace can see your profile and role." },
    { key: "online", panel: "privacy", title: "Show online status", desc: "Teammates see a green dot while you are active." },
    { key: "analytics", panel: "privacy", title: "Share usage analytics", desc: "Help us improve Orbit with anonymous usage data." }
  ];

  var DATE_SAMPLES = {
    "en-US": "January 1, 2026",
    "en-GB": "1 January 2026",
    "de": "1. Januar 2026",
    "fr": "1 janvier 2026",
    "es": "1 de enero de 2026"
  };

  var TOAST_MS = 3000;

  var saved = {
    name: "Maya Chen", language: "en-US",
    dark: false, email: true, digest: false, desktop: true,
    "public": true, online: true, analytics: false
  };
  var current = copy(saved);
  var toastTimer = null;

  var $ = function (id) { return document.getElementById(id); };

  function copy(o) {
    var out = {};
    for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) out[k] = o[k];
    return out;
  }

  function el(tag, className, text) {
    var n = document.createElement(tag);
    if (className) n.className = className;
    if (text !== undefined) n.textContent = text;
    return n;
  }

  // ---------------------------------------------------------------- tabs

  var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));

  function selectTab(tab, focus) {
    var idx = Math.min(tabs.indexOf(tab), 1); // bug: highlight index clamped to the first two tabs
    tabs.forEach(function (t, n) {
      var on = t === tab;
      t.setAttribute("aria-selected", on ? "true" : "false");
      t.classList.toggle("is-lit", n === idx);
      t.tabIndex = on ? 0 : -1;
      $(t.getAttribute("aria-controls")).hidden = !on;
    });
    if (focus) tab.focus();
  }

  tabs.forEach(function (tab, i) {
    tab.addEventListener("click", function () { selectTab(tab, false); });
    tab.addEventListener("keydown", function (ev) {
      var next = null;
      if (ev.key === "ArrowDown") next = tabs[(i + 1) % tabs.length];
      if (ev.key === "ArrowUp") next = tabs[(i + tabs.length - 1) % tabs.length];
      if (next) { ev.preventDefault(); selectTab(next, true); }
    });
  });

  // ---------------------------------------------------------------- switches

  function renderSwitches() {
    SWITCHES.forEach(function (s) {
      var row = el("div", "row");
      var text = el("div", "row-text");
      var title = el("span", "row-title", s.title);
      title.id = "label-" + s.key;
      text.appendChild(title);
      text.appendChild(el("span", "row-desc", s.desc));
      row.appendChild(text);

      var state = el("span", "row-state");
      state.id = "state-" + s.key;
      state.setAttribute("aria-hidden", "true");
      row.appendChild(state);

      var sw = el("button", "switch");
      sw.type = "button";
      sw.id = "switch-" + s.key;
      sw.setAttribute("role", "switch");
      sw.setAttribute("aria-labelledby", "label-" + s.key);
      sw.appendChild(el("span", "knob"));
      sw.addEventListener("click", function () {
        current[s.key] = !current[s.key];
        render();
      });
      title.addEventListener("click", function () { sw.click(); });
      row.appendChild(sw);
      $("rows-" + s.panel).appendChild(row);
    });
  }

  // ---------------------------------------------------------------- state

  function dirty() {
    for (var k in saved) {
      if (Object.prototype.hasOwnProperty.call(saved, k) && saved[k] !== current[k]) return true;
    }
    return false;
  }

  function render() {
    SWITCHES.forEach(function (s) {
      var on = !!current[s.key];
      var sw = $("switch-" + s.key);
      sw.setAttribute("aria-checked", on ? "true" : "false");
      sw.classList.toggle("is-on", on);
      var st = $("state-" + s.key);
      st.textContent = on ? "On" : "Off";
      st.classList.toggle("is-on", on);
    });
    document.body.classList.toggle("theme-dark", !!current.dark);
    $("date-preview").textContent = "Dates will look like: " + DATE_SAMPLES[current.language];
    var isDirty = dirty();
    $("save").disabled = !isDirty;
    $("discard").disabled = !isDirty;
    $("status").textContent = isDirty ? "You have unsaved changes" : "All changes saved";
    $("status").classList.toggle("is-dirty", isDirty);
  }

  $("display-name").addEventListener("input", function () {
    current.name = this.value;
    render();
  });

  $("language").addEventListener("change", function () {
    current.language = this.value;
    render();
  });
  $("language").addEventListener("input", function () {
    current.language = this.value;
    render();
  });

  function showToast() {
    $("toast").hidden = false;
    if (toastTimer) clearTimeout(toastTimer);
    toastTimer = setTimeout(function () {
      $("toast").hidden = true;
      toastTimer = null;
    }, TOAST_MS);
  }

  $("save").addEventListener("click", function () {
    if (!dirty()) return;
    saved = copy(current);
    var name = current.name.trim() || "Maya Chen";
    $("me-name").textContent = name;
    $("who-name").textContent = name;
    render();
    showToast();
  });

  $("discard").addEventListener("click", function () {
    current = copy(saved);
    $("display-name").value = current.name;
    $("language").value = current.language;
    render();
  });

  renderSwitches();
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
