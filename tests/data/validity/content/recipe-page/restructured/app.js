(function () {
  "use strict";

  var HEADER_GAP = 90; // the sticky top bar plus a little air
  var UP_AFTER = 600;

  // ------------------------------------------------------------ state
  var ui = {
    tab: 0,          // index into TABS
    printed: false,
    showUp: false
  };
  var TABS = [
    { tab: "t-ing", pane: "p-ing" },
    { tab: "t-steps", pane: "p-steps" },
    { tab: "t-nutri", pane: "p-nutri" }
  ].map(function (t) {
    return { tab: document.getElementById(t.tab), pane: document.getElementById(t.pane) };
  });
  var printMsg = document.getElementById("print-message");
  var upBtn = document.getElementById("back-up");

  function render() {
    TABS.forEach(function (t, i) {
      var on = i === ui.tab;
      t.tab.setAttribute("aria-selected", String(on));
      t.tab.tabIndex = on ? 0 : -1;
      t.pane.classList.toggle("off", !on);
    });
    printMsg.classList.toggle("off", !ui.printed);
    upBtn.classList.toggle("off", !ui.showUp);
  }

  // panels and the note start hidden by attribute; from now on classes decide
  TABS.forEach(function (t) { t.pane.removeAttribute("hidden"); });
  printMsg.removeAttribute("hidden");
  upBtn.removeAttribute("hidden");

  // ------------------------------------------------------------ tabs
  TABS.forEach(function (t, i) {
    t.tab.addEventListener("click", function () { ui.tab = i; render(); });
    t.tab.addEventListener("keydown", function (event) {
      var step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      event.preventDefault();
      ui.tab = (ui.tab + step + TABS.length) % TABS.length;
      render();
      TABS[ui.tab].tab.focus();
    });
  });

  // ------------------------------------------------------------ jumps
  function jumpTo(el) {
    var y = el.getBoundingClientRect().top + window.scrollY - HEADER_GAP;
    window.scrollTo(0, Math.max(0, Math.round(y)));
  }
  document.addEventListener("click", function (event) {
    var a = event.target.closest('a[href^="#"]');
    if (!a) return;
    var el = document.getElementById(a.hash.slice(1));
    if (!el) return;
    event.preventDefault();
    jumpTo(el);
  });

  // ------------------------------------------------------------ print
  document.getElementById("print-action").addEventListener("click", function () {
    ui.printed = true;
    render();
  });

  // ------------------------------------------------------------ back to top
  function onScroll() {
    var want = window.scrollY >= UP_AFTER;
    if (want !== ui.showUp) { ui.showUp = want; render(); }
  }
  window.addEventListener("scroll", onScroll, { passive: true });
  upBtn.addEventListener("click", function () {
    window.scrollTo(0, 0);
    onScroll();
  });

  ui.showUp = window.scrollY >= UP_AFTER;
  render();
})();
