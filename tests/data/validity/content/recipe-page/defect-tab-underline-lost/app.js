(function () {
  "use strict";

  // ------------------------------------------------------------ recipe tabs
  // Ingredients / Method / Nutrition only switch which panel is shown.

  var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));

  function select(tab, focus) {
    tabs.forEach(function (t) {
      var on = t === tab;
      if (!on) t.setAttribute("aria-selected", "false");
      t.tabIndex = on ? 0 : -1;
      document.getElementById(t.getAttribute("aria-controls")).hidden = !on;
    });
    if (focus) tab.focus();
  }

  tabs.forEach(function (tab, i) {
    tab.addEventListener("click", function () { select(tab, false); });
    tab.addEventListener("keydown", function (event) {
      var next = null;
      if (event.key === "ArrowRight") next = tabs[(i + 1) % tabs.length];
      else if (event.key === "ArrowLeft") next = tabs[(i - 1 + tabs.length) % tabs.length];
      if (next) {
        event.preventDefault();
        select(next, true);
      }
    });
  });

  // ------------------------------------------------------------ in-page jumps
  // "Jump to recipe" and "4 comments" scroll to their section (the header is sticky,
  // so each section keeps a scroll margin).

  Array.prototype.forEach.call(document.querySelectorAll('a[href^="#"]'), function (link) {
    link.addEventListener("click", function (event) {
      var target = document.getElementById(link.getAttribute("href").slice(1));
      if (!target) return;
      event.preventDefault();
      target.scrollIntoView({ block: "start" });
    });
  });

  // ------------------------------------------------------------ print
  // No print dialog: the button only explains what would be printed.

  var printNote = document.getElementById("print-note");
  document.getElementById("print").addEventListener("click", function () {
    printNote.hidden = false;
  });

  // ------------------------------------------------------------ back to top

  var toTop = document.getElementById("to-top");
  var SHOW_AFTER = 600;

  function updateToTop() {
    toTop.hidden = window.scrollY < SHOW_AFTER;
  }
  window.addEventListener("scroll", updateToTop, { passive: true });
  toTop.addEventListener("click", function () {
    window.scrollTo(0, 0);
    updateToTop();
  });
  updateToTop();
})();
