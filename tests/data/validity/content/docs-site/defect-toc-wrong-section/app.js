(function () {
  "use strict";

  // ------------------------------------------------------------ pages
  // The sidebar (and the pager at the foot of each page) switches which
  // article is shown, like a single-page app; the page starts at the top.

  var pages = Array.prototype.slice.call(document.querySelectorAll("article.page"));
  var navLinks = Array.prototype.slice.call(document.querySelectorAll(".nav-list a"));
  var toc = document.getElementById("toc");

  function showPage(name) {
    var page = null;
    pages.forEach(function (p) {
      var on = p.getAttribute("data-page") === name;
      p.hidden = !on;
      if (on) page = p;
    });
    if (!page) return;
    navLinks.forEach(function (a) {
      if (a.getAttribute("data-page") === name) a.setAttribute("aria-current", "page");
      else a.removeAttribute("aria-current");
    });
    buildToc(page);
    resetCopyButtons();
    window.scrollTo(0, 0);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-page]");
    if (!link) return;
    event.preventDefault();
    showPage(link.getAttribute("data-page"));
  });

  // ------------------------------------------------------------ on this page

  function buildToc(page) {
    toc.textContent = "";
    var headings = page.querySelectorAll("h1, h2");
    Array.prototype.forEach.call(page.querySelectorAll("h2[id]"), function (h, i) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "#" + h.id;
      a.textContent = h.textContent;
      a.addEventListener("click", function (event) {
        event.preventDefault();
        Array.prototype.forEach.call(toc.querySelectorAll("a"), function (x) { x.classList.toggle("is-current", x === a); });
        headings[i].scrollIntoView({ block: "start" });
      });
      li.appendChild(a);
      toc.appendChild(li);
    });
  }

  // ------------------------------------------------------------ copy buttons
  // No clipboard access: the button just confirms with "Copied!" for two seconds.

  var timers = new Map();

  function resetCopyButtons() {
    Array.prototype.forEach.call(document.querySelectorAll(".copy"), function (b) {
      b.textContent = "Copy";
      b.classList.remove("is-copied");
      clearTimeout(timers.get(b));
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll(".copy"), function (button) {
    button.addEventListener("click", function () {
      resetCopyButtons();
      button.textContent = "Copied!";
      button.classList.add("is-copied");
      timers.set(button, setTimeout(function () {
        button.textContent = "Copy";
        button.classList.remove("is-copied");
      }, 2000));
    });
  });

  showPage("getting-started");
})();
