(function () {
  "use strict";

  // ------------------------------------------------------------ tabs
  // Every [role=tablist] switches which of its panels is shown; nothing else changes.

  function setupTablist(list) {
    var tabs = Array.prototype.slice.call(list.querySelectorAll('[role="tab"]'));

    function select(tab, focus) {
      tabs.forEach(function (t) {
        var on = t === tab;
        t.setAttribute("aria-selected", on ? "true" : "false");
        t.tabIndex = on ? 0 : -1;
        var panel = document.getElementById(t.getAttribute("aria-controls"));
        if (panel) panel.hidden = !on;
      });
      if (focus) tab.focus();
    }

    tabs.forEach(function (tab, i) {
      tab.addEventListener("click", function () { select(tab, false); });
      tab.addEventListener("keydown", function (event) {
        var next = null;
        if (event.key === "ArrowRight") next = tabs[(i + 1) % tabs.length];
        else if (event.key === "ArrowLeft") next = tabs[(i - 1 + tabs.length) % tabs.length];
        else if (event.key === "Home") next = tabs[0];
        else if (event.key === "End") next = tabs[tabs.length - 1];
        if (next) {
          event.preventDefault();
          select(next, true);
        }
      });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('[role="tablist"]'), setupTablist);

  // ------------------------------------------------------------ section nav highlight

  var navLinks = Array.prototype.slice.call(document.querySelectorAll(".mainnav a"));
  navLinks.forEach(function (link) {
    link.addEventListener("click", function () {
      navLinks.forEach(function (l) { l.classList.toggle("is-current", l === link); });
    });
  });

  // ------------------------------------------------------------ back to top

  var toTop = document.getElementById("to-top");
  var SHOW_AFTER = 500; // pixels scrolled before the button appears

  function updateToTop() {
    if (window.scrollY >= SHOW_AFTER) toTop.hidden = false; // bug: never hidden again
  }

  window.addEventListener("scroll", updateToTop, { passive: true });
  toTop.addEventListener("click", function () {
    window.scrollTo(0, 0);
    navLinks.forEach(function (l, i) { l.classList.toggle("is-current", i === 0); });
    updateToTop();
  });
  updateToTop();
})();
