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
      var liked = !like.classList.contains("is-on");
      count = liked ? count + 1 : count - 1;
      like.classList.toggle("is-on", liked);
      countEl.textContent = String(count);
    });

    // ---------------------------------------------------------- follow / following
    var follow = post.querySelector(".follow");
    follow.addEventListener("click", function () {
      var on = !follow.classList.contains("is-on");
      follow.classList.toggle("is-on", on);
      follow.textContent = on ? "Following" : "Follow";
    });

    // ---------------------------------------------------------- star rating
    var stars = Array.prototype.slice.call(post.querySelectorAll(".stars .star"));
    var ratingText = post.querySelector(".rating-text");
    ratingText.classList.add("is-empty");
    stars.forEach(function (star, i) {
      star.addEventListener("click", function () {
        var rating = i + 1;
        stars.forEach(function (s, j) {
          s.classList.toggle("is-on", j < rating);
        });
        ratingText.textContent = "Rated " + rating + " of 5";
        ratingText.classList.remove("is-empty");
      });
    });

    // ---------------------------------------------------------- comments accordion
    var toggle = post.querySelector(".comments-toggle");
    var list = document.getElementById(toggle.getAttribute("data-list"));
    var n = toggle.dataset.count;
    toggle.addEventListener("click", function () {
      var open = !toggle.classList.contains("is-open");
      toggle.classList.toggle("is-open", open);
      list.hidden = !open;
      toggle.textContent = (open ? "Hide comments (" : "Show comments (") + n + ")";
    });
  });

  // ------------------------------------------------------------ dark mode switch
  var themeSwitch = document.getElementById("theme-switch");
  var themeState = document.getElementById("theme-state");
  themeSwitch.addEventListener("click", function () {
    var dark = !themeSwitch.classList.contains("is-on");
    themeSwitch.classList.toggle("is-on", dark);
    document.body.classList.toggle("dark", dark);
    themeState.textContent = dark ? "On" : "Off";
  });
})();
