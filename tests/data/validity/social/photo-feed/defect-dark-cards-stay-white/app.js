(function () {
  "use strict";

  function each(selector, root, fn) {
    Array.prototype.forEach.call((root || document).querySelectorAll(selector), fn);
  }

  each(".post", document, function (post) {
    // ---------------------------------------------------------- like: +1 / -1
    var like = post.querySelector(".like");
    var countEl = post.querySelector(".like-count");
    var count = Number(countEl.dataset.count);
    like.addEventListener("click", function () {
      var liked = like.getAttribute("aria-pressed") !== "true";
      count = liked ? count + 1 : count - 1;
      like.setAttribute("aria-pressed", liked ? "true" : "false");
      countEl.textContent = String(count);
    });

    // ---------------------------------------------------------- follow / following
    var follow = post.querySelector(".follow");
    follow.addEventListener("click", function () {
      var on = follow.getAttribute("aria-pressed") !== "true";
      follow.setAttribute("aria-pressed", on ? "true" : "false");
      follow.textContent = on ? "Following" : "Follow";
    });

    // ---------------------------------------------------------- star rating
    var stars = Array.prototype.slice.call(post.querySelectorAll(".stars button"));
    var ratingText = post.querySelector(".rating-text");
    ratingText.classList.add("is-empty");
    stars.forEach(function (star, i) {
      star.addEventListener("click", function () {
        var rating = i + 1;
        stars.forEach(function (s, j) {
          s.classList.toggle("is-on", j < rating);
          s.setAttribute("aria-pressed", j < rating ? "true" : "false");
        });
        ratingText.textContent = "Rated " + rating + " of 5";
        ratingText.classList.remove("is-empty");
      });
    });

    // ---------------------------------------------------------- comments accordion
    var toggle = post.querySelector(".comments-toggle");
    var list = document.getElementById(toggle.getAttribute("aria-controls"));
    var n = toggle.dataset.count;
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      list.hidden = !open;
      toggle.textContent = (open ? "Hide comments (" : "Show comments (") + n + ")";
    });
  });

  // ------------------------------------------------------------ dark mode switch
  var themeSwitch = document.getElementById("theme-switch");
  var themeState = document.getElementById("theme-state");
  themeSwitch.addEventListener("click", function () {
    var dark = themeSwitch.getAttribute("aria-checked") !== "true";
    themeSwitch.setAttribute("aria-checked", dark ? "true" : "false");
    document.body.classList.toggle("dark", dark);
    themeState.textContent = dark ? "On" : "Off";
  });
})();
