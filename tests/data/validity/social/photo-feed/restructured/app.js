// Pixelgram: per-card state in an array, drawn onto the cards by one function.
(function () {
  "use strict";

  var cards = Array.prototype.map.call(document.querySelectorAll("[data-card]"), function (el) {
    return {
      el: el,
      base: Number(el.querySelector("[data-likes]").textContent),
      liked: false,
      following: false,
      stars: 0,
      open: false,
      talk: el.querySelectorAll(".pg-talk li").length
    };
  });
  var night = false;

  function draw(c) {
    var el = c.el;
    var like = el.querySelector(".pg-likebtn");
    like.setAttribute("aria-pressed", String(c.liked));
    el.querySelector("[data-likes]").textContent = String(c.base + (c.liked ? 1 : 0));
    var follow = el.querySelector(".pg-followbtn");
    follow.setAttribute("aria-pressed", String(c.following));
    follow.textContent = c.following ? "Following" : "Follow";
    Array.prototype.forEach.call(el.querySelectorAll(".pg-star"), function (s, i) {
      s.setAttribute("aria-pressed", String(i < c.stars));
    });
    var says = el.querySelector(".pg-rate__says");
    says.textContent = c.stars ? "Rated " + c.stars + " of 5" : "Not rated yet";
    says.classList.toggle("pg-none", !c.stars);
    var more = el.querySelector(".pg-more");
    more.setAttribute("aria-expanded", String(c.open));
    more.textContent = (c.open ? "Hide" : "Show") + " comments (" + c.talk + ")";
    el.querySelector(".pg-talk").hidden = !c.open;
  }

  cards.forEach(function (c) {
    c.el.querySelector(".pg-likebtn").addEventListener("click", function () { c.liked = !c.liked; draw(c); });
    c.el.querySelector(".pg-followbtn").addEventListener("click", function () { c.following = !c.following; draw(c); });
    Array.prototype.forEach.call(c.el.querySelectorAll(".pg-star"), function (s, i) {
      s.addEventListener("click", function () { c.stars = i + 1; draw(c); });
    });
    c.el.querySelector(".pg-more").addEventListener("click", function () { c.open = !c.open; draw(c); });
  });

  var toggle = document.querySelector(".pg-toggle");
  toggle.addEventListener("click", function () {
    night = !night;
    toggle.setAttribute("aria-checked", String(night));
    document.documentElement.classList.toggle("pg-night", night);
    document.querySelector("[data-mode-word]").textContent = night ? "On" : "Off";
  });
})();
