(function () {
  "use strict";

  // Sidebar entries and the pager at the foot of each page are plain spans:
  // clicking one swaps the article shown and starts it at the top.

  var pages = Array.prototype.slice.call(document.querySelectorAll("article.page"));
  var navItems = Array.prototype.slice.call(document.querySelectorAll(".nav-list .navlink"));
  var toc = document.getElementById("toc");

  function showPage(name) {
    var page = null;
    pages.forEach(function (p) {
      var on = p.getAttribute("data-page") === name;
      p.hidden = !on;
      if (on) page = p;
    });
    if (!page) return;
    navItems.forEach(function (n) {
      n.classList.toggle("is-active", n.getAttribute("data-page") === name);
    });
    buildToc(page);
    resetCopyButtons();
    window.scrollTo(0, 0);
  }

  document.addEventListener("click", function (event) {
    var item = event.target.closest(".navlink[data-page], .pager-link[data-page]");
    if (!item) return;
    showPage(item.getAttribute("data-page"));
  });

  // ------------------------------------------------------------ on this page

  function buildToc(page) {
    toc.textContent = "";
    Array.prototype.forEach.call(page.querySelectorAll("h2[id]"), function (h) {
      var li = document.createElement("li");
      var item = document.createElement("span");
      item.className = "toc-link";
      item.textContent = h.textContent;
      item.addEventListener("click", function () {
        Array.prototype.forEach.call(toc.querySelectorAll(".toc-link"), function (x) { x.classList.toggle("is-current", x === item); });
        h.scrollIntoView({ block: "start" });
      });
      li.appendChild(item);
      toc.appendChild(li);
    });
  }

  // ------------------------------------------------------------ copy buttons

  var timers = new Map();

  function resetCopyButtons() {
    Array.prototype.forEach.call(document.querySelectorAll(".copy"), function (b) {
      b.textContent = "Copy";
      b.classList.remove("is-copied");
      clearTimeout(timers.get(b));
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll(".copy"), function (el) {
    el.addEventListener("click", function () {
      resetCopyButtons();
      el.textContent = "Copied!";
      el.classList.add("is-copied");
      timers.set(el, setTimeout(function () {
        el.textContent = "Copy";
        el.classList.remove("is-copied");
      }, 2000));
    });
  });

  showPage("getting-started");
})();
