// Orbit settings, kept as parallel arrays: one slot per setting, a saved copy
// kept as a string and compared as one.
(function () {
  "use strict";

  var KEYS = ["name", "language", "dark", "email", "digest", "desktop", "public", "online", "analytics"];
  var TOGGLES = [
    [2, "appearance", "Dark mode", "Use a dark colour scheme across Orbit."],
    [3, "notifications", "Email notifications", "Mentions, assignments and replies, sent to your inbox."],
    [4, "notifications", "Weekly digest", "A Monday summary of your team's progress."],
    [5, "notifications", "Desktop alerts", "Pop-up alerts while Orbit is open in your browser."],
    [6, "privacy", "Public profile", "Anyone in your workspace can see your profile and role."],
    [7, "privacy", "Show online status", "Teammates see a green dot while you are active."],
    [8, "privacy", "Share usage analytics", "Help us improve Orbit with anonymous usage data."]
  ];
  var LANGS = ["en-US", "en-GB", "de", "fr", "es"];
  var SAMPLES = ["January 1, 2026", "1 January 2026", "1. Januar 2026", "1 janvier 2026", "1 de enero de 2026"];

  var values = ["Maya Chen", 0, false, true, false, true, true, true, false];
  var savedAs = JSON.stringify(values);
  var activeSect = 0;
  var noticeUntil = null;

  var q = function (sel, root) { return (root || document).querySelector(sel); };
  var qa = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };

  var sectButtons = qa(".o-sect");
  var sectViews = sectButtons.map(function (b) { return document.getElementById(b.getAttribute("aria-controls")); });
  var switches = [];
  var words = [];

  // build the switch rows
  TOGGLES.forEach(function (t, n) {
    var li = document.createElement("li");
    li.className = "o-toggle";

    var sw = document.createElement("button");
    sw.type = "button";
    sw.className = "o-sw o-toggle__sw";
    sw.setAttribute("role", "switch");
    sw.setAttribute("aria-labelledby", "tg-name-" + n);
    sw.addEventListener("click", function () {
      values[t[0]] = !values[t[0]];
      paint();
    });

    var copy = document.createElement("div");
    copy.className = "o-toggle__copy";
    var name = document.createElement("span");
    name.className = "o-toggle__name";
    name.id = "tg-name-" + n;
    name.textContent = t[2];
    name.addEventListener("click", function () { sw.click(); });
    var about = document.createElement("span");
    about.className = "o-toggle__about";
    about.textContent = t[3];
    copy.appendChild(name);
    copy.appendChild(about);

    var word = document.createElement("span");
    word.className = "o-toggle__word";
    word.setAttribute("aria-hidden", "true");

    li.appendChild(sw);
    li.appendChild(word);
    li.appendChild(copy);
    q('[data-group="' + t[1] + '"]').appendChild(li);
    switches.push(sw);
    words.push(word);
  });

  function isDirty() { return JSON.stringify(values) !== savedAs; }

  function paint() {
    sectButtons.forEach(function (b, n) {
      var on = n === activeSect;
      b.setAttribute("aria-selected", String(on));
      b.classList.toggle("o-sect--on", on);
      b.tabIndex = on ? 0 : -1;
      sectViews[n].hidden = !on;
    });
    TOGGLES.forEach(function (t, n) {
      var on = values[t[0]] === true;
      switches[n].setAttribute("aria-checked", String(on));
      words[n].textContent = on ? "On" : "Off";
      words[n].classList.toggle("o-lit", on);
    });
    if (values[2]) document.documentElement.setAttribute("data-scheme", "night");
    else document.documentElement.removeAttribute("data-scheme");
    q("#f-lang-sample").textContent = "Dates will look like: " + SAMPLES[values[1]];
    var dirty = isDirty();
    qa("[data-act]").forEach(function (b) { b.disabled = !dirty; });
    var line = q("#o-state-line");
    line.textContent = dirty ? "You have unsaved changes" : "All changes saved";
    line.className = dirty ? "o-warn" : "";
  }

  sectButtons.forEach(function (b, n) {
    b.addEventListener("click", function () { activeSect = n; paint(); });
    b.addEventListener("keydown", function (ev) {
      var step = ev.key === "ArrowDown" ? 1 : ev.key === "ArrowUp" ? -1 : 0;
      if (!step) return;
      ev.preventDefault();
      activeSect = (n + step + sectButtons.length) % sectButtons.length;
      paint();
      sectButtons[activeSect].focus();
    });
  });

  q("#f-name").addEventListener("input", function () { values[0] = this.value; paint(); });
  function langChanged() { values[1] = Math.max(0, LANGS.indexOf(this.value)); paint(); }
  q("#f-lang").addEventListener("change", langChanged);
  q("#f-lang").addEventListener("input", langChanged);

  function flashNotice() {
    var note = q("#o-saved-note");
    note.hidden = false;
    if (noticeUntil !== null) clearTimeout(noticeUntil);
    noticeUntil = setTimeout(function () { note.hidden = true; noticeUntil = null; }, 3000);
  }

  q('[data-act="commit"]').addEventListener("click", function () {
    if (!isDirty()) return;
    savedAs = JSON.stringify(values);
    var shown = String(values[0]).trim() || "Maya Chen";
    qa("[data-user-name]").forEach(function (n) { n.textContent = shown; });
    paint();
    flashNotice();
  });

  q('[data-act="revert"]').addEventListener("click", function () {
    values = JSON.parse(savedAs);
    q("#f-name").value = values[0];
    q("#f-lang").value = LANGS[values[1]];
    paint();
  });

  paint();

  Promise.all(qa("img").map(function (img) {
    return img.decode().catch(function () { return null; });
  })).then(function () { document.documentElement.setAttribute("data-loaded", ""); });
})();
