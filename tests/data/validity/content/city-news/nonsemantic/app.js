(function () {
  "use strict";

  // ------------------------------------------------------------ tabs
  // Every group of tabs switches which of its panels is shown; nothing else changes.

  function setupTabs(list) {
    var tabs = Array.prototype.slice.call(list.querySelectorAll(".tab"));
    tabs.forEach(function (tab) {
      tab.addEventListener("click", function () {
        tabs.forEach(function (t) {
          var on = t === tab;
          t.classList.toggle("is-selected", on);
          var panel = document.getElementById(t.getAttribute("data-panel"));
          if (panel) panel.hidden = !on;
        });
      });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-tabs]"), setupTabs);

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
    toTop.hidden = window.scrollY < SHOW_AFTER;
  }

  window.addEventListener("scroll", updateToTop, { passive: true });
  toTop.addEventListener("click", function () {
    window.scrollTo(0, 0);
    navLinks.forEach(function (l, i) { l.classList.toggle("is-current", i === 0); });
    updateToTop();
  });
  updateToTop();
})();
