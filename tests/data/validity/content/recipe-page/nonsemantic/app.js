(function () {
  "use strict";

  // ------------------------------------------------------------ recipe tabs
  // Ingredients / Method / Nutrition are plain divs; the selected one carries
  // .is-selected and only its panel is shown.

  var tabs = Array.prototype.slice.call(document.querySelectorAll(".tabs .tab"));

  function select(tab) {
    tabs.forEach(function (t) {
      var on = t === tab;
      t.classList.toggle("is-selected", on);
      document.getElementById(t.getAttribute("data-panel")).hidden = !on;
    });
  }

  tabs.forEach(function (tab) {
    tab.addEventListener("click", function () { select(tab); });
  });

  // ------------------------------------------------------------ in-page jumps

  Array.prototype.forEach.call(document.querySelectorAll("[data-jump]"), function (el) {
    el.addEventListener("click", function () {
      var target = document.getElementById(el.getAttribute("data-jump"));
      if (target) target.scrollIntoView({ block: "start" });
    });
  });

  // ------------------------------------------------------------ print

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
