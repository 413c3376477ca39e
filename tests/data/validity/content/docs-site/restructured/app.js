(function () {
  "use strict";

  // The docs behave like a single-page app. State lives here; render() makes
  // the DOM match it.
  var ORDER = ["getting-started", "installation", "configuration", "commands", "faq"];
  var state = { doc: "getting-started", outline: -1, copied: -1 };

  var docs = {};
  document.querySelectorAll("article[data-doc]").forEach(function (el) { docs[el.dataset.doc] = el; });
  var menuLinks = Array.from(document.querySelectorAll(".side-menu a[href^='#']"));
  var outlineEl = document.getElementById("outline-items");
  var copyButtons = Array.from(document.querySelectorAll(".copy-btn"));
  var copyTimer = 0;
  var sections = [];

  function hashTarget(a) { return (a.getAttribute("href") || "").slice(1); }

  function renderDoc() {
    ORDER.forEach(function (key) { docs[key].hidden = key !== state.doc; });
    menuLinks.forEach(function (a) {
      if (hashTarget(a) === state.doc) a.setAttribute("aria-current", "page");
      else a.removeAttribute("aria-current");
    });
    sections = Array.from(docs[state.doc].querySelectorAll("h2[id]"));
    outlineEl.innerHTML = sections.map(function (h, i) {
      return '<li><a href="#' + h.id + '" data-i="' + i + '">' + h.textContent.replace(/&/g, "&amp;").replace(/</g, "&lt;") + "</a></li>";
    }).join("");
  }

  function renderOutline() {
    outlineEl.querySelectorAll("a").forEach(function (a, i) { a.classList.toggle("on", i === state.outline); });
  }

  function renderCopy() {
    copyButtons.forEach(function (b, i) {
      var on = i === state.copied;
      b.textContent = on ? "Copied!" : "Copy";
      b.classList.toggle("done", on);
    });
  }

  function go(key) {
    if (ORDER.indexOf(key) < 0) return;
    state.doc = key;
    state.outline = -1;
    state.copied = -1;
    clearTimeout(copyTimer);
    renderDoc();
    renderCopy();
    window.scrollTo(0, 0);
  }

  document.addEventListener("click", function (event) {
    var a = event.target.closest("a[href^='#']");
    if (!a) return;
    event.preventDefault();
    if (outlineEl.contains(a)) {
      state.outline = Number(a.dataset.i);
      renderOutline();
      sections[state.outline].scrollIntoView({ block: "start" });
      return;
    }
    go(hashTarget(a));
  });

  copyButtons.forEach(function (b, i) {
    b.addEventListener("click", function () {
      clearTimeout(copyTimer);
      state.copied = i;
      renderCopy();
      copyTimer = setTimeout(function () { state.copied = -1; renderCopy(); }, 2000);
    });
  });

  go("getting-started");
})();
