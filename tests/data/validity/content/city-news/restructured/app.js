// Harbor Gazette: each tab group keeps the index of its chosen tab; scroll decides the "up" button.
(function () {
  "use strict";

  var groups = Array.prototype.map.call(document.querySelectorAll('[role="tablist"]'), function (list) {
    return { tabs: Array.prototype.slice.call(list.querySelectorAll('[role="tab"]')), chosen: 0 };
  });

  function drawGroup(g, focus) {
    g.tabs.forEach(function (t, n) {
      var on = n === g.chosen;
      t.setAttribute("aria-selected", String(on));
      t.tabIndex = on ? 0 : -1;
      var pane = document.getElementById(t.getAttribute("aria-controls"));
      if (pane) pane.hidden = !on;
    });
    if (focus) g.tabs[g.chosen].focus();
  }

  var KEYS = { ArrowRight: 1, ArrowLeft: -1 };
  groups.forEach(function (g) {
    g.tabs.forEach(function (t, n) {
      t.addEventListener("click", function () { g.chosen = n; drawGroup(g, false); });
      t.addEventListener("keydown", function (ev) {
        var last = g.tabs.length - 1, to = null;
        if (ev.key in KEYS) to = (n + KEYS[ev.key] + g.tabs.length) % g.tabs.length;
        else if (ev.key === "Home") to = 0;
        else if (ev.key === "End") to = last;
        if (to === null) return;
        ev.preventDefault();
        g.chosen = to;
        drawGroup(g, true);
      });
    });
  });

  var links = Array.prototype.slice.call(document.querySelectorAll(".gz-sections__link"));
  var here = 0;
  function drawLinks() { links.forEach(function (l, n) { l.classList.toggle("gz-here", n === here); }); }
  links.forEach(function (l, n) { l.addEventListener("click", function () { here = n; drawLinks(); }); });

  var up = document.getElementById("up-btn");
  var LIMIT = 500;
  function drawUp() { up.hidden = !(window.scrollY >= LIMIT); }
  window.addEventListener("scroll", drawUp, { passive: true });
  up.addEventListener("click", function () {
    window.scrollTo(0, 0);
    here = 0;
    drawLinks();
    drawUp();
  });
  drawUp();
})();
