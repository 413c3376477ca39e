(function () {
  "use strict";

  // ------------------------------------------------------------ tabs: only switch which list is shown

  var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));

  function select(tab, focus) {
    tabs.forEach(function (t) {
      var on = t === tab;
      t.setAttribute("aria-selected", on ? "true" : "false");
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

  // ------------------------------------------------------------ table of contents: mark the section in view

  var links = Array.prototype.slice.call(document.querySelectorAll(".toc-list a"));
  var sections = links.map(function (a) { return document.querySelector(a.getAttribute("href")); });

  function markCurrent() {
    var current = -1;
    sections.forEach(function (s, i) {
      if (s.getBoundingClientRect().top < 0) current = i;
    });
    var atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    if (atBottom) current = sections.length - 1;
    links.forEach(function (a, i) {
      var on = i === current;
      a.classList.toggle("is-current", on);
      if (on) a.setAttribute("aria-current", "location");
      else a.removeAttribute("aria-current");
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
