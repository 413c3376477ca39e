(function () {
  "use strict";

  // ------------------------------------------------------------ tabs: only switch which list is shown

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

  // ------------------------------------------------------------ table of contents: mark the section in view

  var links = Array.prototype.slice.call(document.querySelectorAll(".toc-list a"));
  var sections = links.map(function (a) { return document.querySelector(a.getAttribute("href")); });

  function markCurrent() {
    var current = -1;
    sections.forEach(function (s, i) {
      if (s.getBoundingClientRect().top <= window.innerHeight * 0.45) current = i;
    });
    var atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    if (atBottom) current = sections.length - 1;
    links.forEach(function (a, i) {
      var on = i === current;
      a.classList.toggle("is-current", on);
    });
  }

  // ------------------------------------------------------------ back to top

  var toTop = document.getElementById("to-top");
  var SHOW_AFTER = 600;

  function onScroll() {
    toTop.hidden = window.scrollY < SHOW_AFTER;
    markCurrent();
  }

  window.addEventListener("scroll", onScroll, { passive: true });
  toTop.addEventListener("click", function () {
    window.scrollTo(0, 0);
    onScroll();
  });
  onScroll();

  window.addEventListener("load", function () { document.documentElement.classList.remove("is-loading"); });
})();
