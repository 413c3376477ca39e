(function () {
  "use strict";

  // ------------------------------------------------------------ catalogue
  var CHANNELS = {
    "Wild Frames": "#7bd389",
    "Trail Notes": "#a3e635",
    "Slow Earth": "#fcd34d",
    "Neon Walks": "#7cc4ff",
    "Slow Travel Co.": "#fdba74",
    "Urban Roots": "#86efac",
    "Live Rooms": "#ffb3d1",
    "Echo Sessions": "#c4b5fd",
    "Reelhouse Originals": "#ff8a95"
  };

  var videos = [
    { img: "fox", cat: "nature", title: "Foxes of the Snowy Ridge", duration: "12:04", channel: "Wild Frames", views: 1204388, ago: "3 days ago", date: "Dec 29, 2025",
      desc: "A family of red foxes hunts beneath fresh snow in the Scottish Highlands, filmed over one quiet winter." },
    { img: "tokyo", cat: "city", title: "Tokyo After Midnight", duration: "14:26", channel: "Neon Walks", views: 3870221, ago: "5 days ago", date: "Dec 27, 2025",
      desc: "A quiet walk through the side streets of Shinjuku, from the last train to the first light." },
    { img: "jazz", cat: "music", title: "Late Night Jazz at the Blue Door", duration: "24:31", channel: "Live Rooms", views: 1532006, ago: "6 days ago", date: "Dec 26, 2025",
      desc: "The Ada Moreno Quartet plays a full late set in a forty-seat basement club in Chicago." },
    { img: "waterfall", cat: "nature", title: "Waterfall Hike in the Cloud Forest", duration: "18:37", channel: "Trail Notes", views: 482117, ago: "1 week ago", date: "Dec 24, 2025",
      desc: "Six hours on a misty trail in Monteverde, Costa Rica, ending at a hidden forty-metre waterfall." },
    { img: "tram", cat: "city", title: "A Morning on the Lisbon Tram", duration: "11:48", channel: "Slow Travel Co.", views: 215004, ago: "2 weeks ago", date: "Dec 17, 2025",
      desc: "Ride the yellow Tram 28 up the steep hills of Alfama, past tiled houses and tiny cafés." },
    { img: "synth", cat: "music", title: "Synth Sessions: Neon Drive", duration: "16:02", channel: "Echo Sessions", views: 730455, ago: "3 days ago", date: "Dec 29, 2025",
      desc: "A one-take analog synth jam recorded live to tape, with visuals to match." },
    { img: "lavender", cat: "nature", title: "Sunrise Over Lavender Fields", duration: "6:52", channel: "Slow Earth", views: 96540, ago: "2 weeks ago", date: "Dec 18, 2025",
      desc: "A drone drifts over Provence as the first light reaches rows of lavender in full bloom." },
    { img: "rooftop", cat: "city", title: "Rooftop Gardens of New York", duration: "8:03", channel: "Urban Roots", views: 67812, ago: "4 days ago", date: "Dec 28, 2025",
      desc: "Meet the neighbours growing tomatoes, bees and wildflowers twenty floors above Manhattan." },
    { img: "drums", cat: "music", title: "Street Drummers of Havana", duration: "7:19", channel: "Live Rooms", views: 402388, ago: "2 months ago", date: "Oct 30, 2025",
      desc: "A rumba circle forms in an Old Havana square: three drums, a dozen dancers and a crowd that won't leave." },
    { img: "desert", cat: "nature", title: "Desert Night Sky Timelapse", duration: "9:15", channel: "Slow Earth", views: 2310902, ago: "1 month ago", date: "Dec 1, 2025",
      desc: "The Milky Way wheels over the Atacama Desert in a four-hour timelapse compressed into nine minutes." },
    { img: "amsterdam", cat: "city", title: "Rainy Evening in Amsterdam", duration: "21:10", channel: "Neon Walks", views: 1045670, ago: "3 weeks ago", date: "Dec 10, 2025",
      desc: "Canal lights, bicycles and rain: a relaxing walk through the Jordaan at dusk, recorded in binaural sound." },
    { img: "cello", cat: "music", title: "Cello Under the Bridge", duration: "5:44", channel: "Echo Sessions", views: 88190, ago: "1 week ago", date: "Dec 23, 2025",
      desc: "A solo cellist uses the natural echo under a stone bridge to play Bach's first suite." }
  ];

  var more = [
    { img: "lens", blurb: "How our crew films wildlife in the dark.", title: "Behind the Lens: Filming at Night", duration: "13:22", channel: "Reelhouse Originals", views: 158300, ago: "2 days ago", date: "Dec 30, 2025",
      desc: "Our camera team shares how they light, focus and stay warm while filming wildlife after dark." },
    { img: "waves", blurb: "An hour of calm for work or sleep.", title: "Ocean Waves for Deep Focus", duration: "1:00:00", channel: "Slow Earth", views: 5902114, ago: "8 months ago", date: "May 2, 2025",
      desc: "One uninterrupted hour of Atlantic waves rolling onto a Cornish beach. No music, no talking." },
    { img: "market", blurb: "A day in the souks of the red city.", title: "Market Day in Marrakech", duration: "19:40", channel: "Slow Travel Co.", views: 640227, ago: "1 month ago", date: "Nov 28, 2025",
      desc: "Spice sellers, tanners and tea stalls: a walk through the souks from early morning until the lanterns come on." },
    { img: "acoustic", blurb: "Three songs, one microphone, one sunset.", title: "Acoustic Sunset Session", duration: "10:11", channel: "Echo Sessions", views: 301876, ago: "2 weeks ago", date: "Dec 16, 2025",
      desc: "Three songs played on a clifftop as the sun goes down, recorded with a single microphone." }
  ];

  var featured = { img: "kelp-thumb", title: "Into the Kelp Forest", duration: "48:10", channel: "Reelhouse Originals", views: 2418930, ago: "1 week ago", date: "Dec 22, 2025",
    desc: "A full-length documentary following a season of life in California's giant kelp forests, from sea otters to sunflower stars." };

  var KINDS = [
    { key: "all", label: "All", tab: "f-all" },
    { key: "nature", label: "Nature", tab: "f-nature" },
    { key: "city", label: "City", tab: "f-city" },
    { key: "music", label: "Music", tab: "f-music" }
  ];
  var LABEL = {};
  KINDS.forEach(function (k) { LABEL[k.key] = k.label; });

  // every playable item gets a key: g0..g11 (grid), m0..m3 (more), f (featured)
  var byKey = { f: featured };
  videos.forEach(function (v, i) { byKey["g" + i] = v; });
  more.forEach(function (v, i) { byKey["m" + i] = v; });

  // ------------------------------------------------------------ view state
  var view = { kind: 0, open: null, playing: false, elapsed: 0 };
  var tick = 0;

  // ------------------------------------------------------------ formatting
  function esc(s) { return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;"); }
  function compact(n) {
    if (n >= 1000000) return String(Math.floor(n / 100000) / 10).replace(/\.0$/, "") + "M views";
    if (n >= 1000) return Math.floor(n / 1000) + "K views";
    return n + " views";
  }
  function monogram(name) {
    return name.split(" ").map(function (w) { return w[0]; }).join("").slice(0, 2).toUpperCase();
  }
  function toSeconds(d) {
    var parts = d.split(":").map(Number), s = 0;
    for (var i = 0; i < parts.length; i++) s = s * 60 + parts[i];
    return s;
  }
  function fmt(t) {
    var h = Math.floor(t / 3600), m = Math.floor(t / 60) % 60, s = t % 60;
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return h ? h + ":" + pad(m) + ":" + pad(s) : m + ":" + pad(s);
  }

  function tile(key, blurb) {
    var v = byKey[key];
    return '<button type="button" class="vid" data-key="' + key + '">' +
      '<span class="vid-pic"><img src="images/' + v.img + '.svg" alt="" width="640" height="360">' +
      (v.cat ? '<span class="vid-kind k-' + v.cat + '">' + LABEL[v.cat] + "</span>" : "") +
      '<span class="vid-len">' + v.duration + "</span></span>" +
      '<span class="vid-info"><span class="vid-avatar" style="background: ' + CHANNELS[v.channel] + '">' + monogram(v.channel) + "</span>" +
      '<span class="vid-lines"><span class="vid-name">' + esc(v.title) + '</span><span class="vid-line">' + esc(v.channel) + "</span>" +
      '<span class="vid-line">' + compact(v.views) + " · " + v.ago + "</span>" +
      (blurb ? '<span class="vid-blurb">' + esc(v.blurb) + "</span>" : "") + "</span></span></button>";
  }

  // ------------------------------------------------------------ DOM
  var $ = function (id) { return document.getElementById(id); };
  var gridEl = $("tile-grid"), tallyEl = $("tally-text"), moreEl = $("extra-items");
  var rootEl = $("viewer-root"), toggleEl = $("v-toggle");

  function renderGrid() {
    var want = KINDS[view.kind].key;
    var keys = [];
    videos.forEach(function (v, i) { if (want === "all" || v.cat === want) keys.push("g" + i); });
    gridEl.innerHTML = keys.map(function (k) { return tile(k, false); }).join("");
    tallyEl.textContent = keys.length + " videos";
    KINDS.forEach(function (k, i) {
      var t = $(k.tab);
      t.setAttribute("aria-selected", i === view.kind ? "true" : "false");
      t.tabIndex = i === view.kind ? 0 : -1;
    });
  }

  function renderClock() {
    var v = byKey[view.open];
    $("v-clock").textContent = fmt(view.elapsed) + " / " + v.duration;
    $("v-bar").style.width = (100 * view.elapsed / toSeconds(v.duration)).toFixed(2) + "%";
  }

  function renderPlayer() {
    if (view.open === null) { rootEl.classList.add("gone"); return; }
    var v = byKey[view.open];
    toggleEl.classList.toggle("running", view.playing);
    $("v-toggle-text").textContent = view.playing ? "Pause" : "Play";
    $("v-state").textContent = view.playing ? "Playing" : "Paused";
    renderClock();
    rootEl.classList.remove("gone");
  }

  function play(on) {
    clearInterval(tick);
    tick = 0;
    view.playing = on;
    if (on) {
      tick = setInterval(function () {
        view.elapsed = Math.min(view.elapsed + 1, toSeconds(byKey[view.open].duration));
        renderClock();
      }, 1000);
    }
    renderPlayer();
  }

  function open(key) {
    var v = byKey[key];
    view.open = key;
    view.elapsed = 0;
    var poster = $("v-poster");
    poster.src = "images/" + v.img + ".svg";
    poster.alt = v.title;
    $("v-title").textContent = v.title;
    $("v-channel").textContent = v.channel;
    $("v-views").textContent = v.views.toLocaleString("en-US") + " views";
    $("v-date").textContent = v.date;
    $("v-desc").textContent = v.desc;
    play(false);
  }

  function close() {
    clearInterval(tick);
    tick = 0;
    view.playing = false;
    view.open = null;
    renderPlayer();
  }

  // ------------------------------------------------------------ events
  KINDS.forEach(function (k, i) {
    $(k.tab).addEventListener("click", function () { view.kind = i; renderGrid(); });
  });
  document.addEventListener("click", function (event) {
    var card = event.target.closest(".vid[data-key]");
    if (card) open(card.getAttribute("data-key"));
  });
  $("spotlight-play").addEventListener("click", function () { open("f"); });
  toggleEl.addEventListener("click", function () { play(!view.playing); });
  $("v-close").addEventListener("click", close);
  rootEl.addEventListener("click", function (event) { if (event.target === rootEl) close(); });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape" && view.open !== null) close(); });

  rootEl.removeAttribute("hidden");
  moreEl.innerHTML = more.map(function (v, i) { return tile("m" + i, true); }).join("");
  renderGrid();
  renderPlayer();
})();
