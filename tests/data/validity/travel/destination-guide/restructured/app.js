(function () {
  "use strict";

  var UP_AFTER = 600;
  var doc = document.documentElement;

  // ------------------------------------------------------------ highlights switcher
  var switcher = {
    current: 0,
    items: [["tb-sights", "pn-sights"], ["tb-food", "pn-food"], ["tb-hoods", "pn-hoods"]].map(function (pair) {
      return { tab: document.getElementById(pair[0]), pane: document.getElementById(pair[1]) };
    })
  };

  function drawSwitcher() {
    switcher.items.forEach(function (it, i) {
      var on = i === switcher.current;
      it.tab.setAttribute("aria-selected", on ? "true" : "false");
      it.tab.tabIndex = on ? 0 : -1;
      it.pane.classList.toggle("off", !on);
      it.pane.hidden = false;
    });
  }

  switcher.items.forEach(function (it, i) {
    it.tab.addEventListener("click", function () { switcher.current = i; drawSwitcher(); });
    it.tab.addEventListener("keydown", function (e) {
      var d = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
      if (!d) return;
      e.preventDefault();
      switcher.current = (switcher.current + d + switcher.items.length) % switcher.items.length;
      drawSwitcher();
      switcher.items[switcher.current].tab.focus();
    });
  });

  // ------------------------------------------------------------ contents: which part is in view
  var nav = Array.from(document.querySelectorAll(".contents-list li > a")).map(function (a) {
    return { link: a, part: document.getElementById(a.hash.slice(1)) };
  });
  var inView = null;

  function findInView() {
    if (window.innerHeight + window.scrollY >= doc.scrollHeight - 2) return nav.length - 1;
    var line = window.innerHeight * 0.45;
    for (var i = nav.length - 1; i >= 0; i--) {
      if (nav[i].part.getBoundingClientRect().top <= line) return i;
    }
    return -1;
  }

  // ------------------------------------------------------------ back to top
  var up = document.getElementById("go-up");
  up.hidden = false;

  function refresh() {
    up.classList.toggle("off", window.scrollY < UP_AFTER);
    var now = findInView();
    if (now !== inView) {
      inView = now;
      nav.forEach(function (n, i) {
        n.link.classList.toggle("now", i === now);
        if (i === now) n.link.setAttribute("aria-current", "location");
        else n.link.removeAttribute("aria-current");
      });
    }
  }

  window.addEventListener("scroll", refresh, { passive: true });
  up.addEventListener("click", function () {
    window.scrollTo(0, 0);
    refresh();
  });

  drawSwitcher();
  refresh();
  window.addEventListener("load", function () { doc.classList.remove("booting"); });
})();
