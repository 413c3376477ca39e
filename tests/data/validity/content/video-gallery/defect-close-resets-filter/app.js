(function () {
  "use strict";

  // ------------------------------------------------------------ data

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

  var CATEGORY_NAMES = { nature: "Nature", city: "City", music: "Music" };

  // ------------------------------------------------------------ helpers

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text != null) node.textContent = text;
    return node;
  }

  function shortViews(n) {
    if (n >= 1e6) return (Math.floor(n / 1e5) / 10).toString().replace(/\.0$/, "") + "M views";
    if (n >= 1e3) return Math.floor(n / 1e3) + "K views";
    return n + " views";
  }

  function initials(name) {
    return name.split(" ").map(function (w) { return w.charAt(0); }).join("").slice(0, 2).toUpperCase();
  }

  function seconds(duration) {
    return duration.split(":").reduce(function (total, part) { return total * 60 + Number(part); }, 0);
  }

  function clock(total) {
    var h = Math.floor(total / 3600), m = Math.floor((total % 3600) / 60), s = total % 60;
    var mm = h ? (m < 10 ? "0" : "") + m : String(m);
    return (h ? h + ":" : "") + mm + ":" + (s < 10 ? "0" : "") + s;
  }

  function card(video, withDesc) {
    var btn = el("button", "card");
    btn.type = "button";
    var thumb = el("span", "thumb");
    var img = el("img");
    img.src = "images/" + video.img + ".svg";
    img.alt = "";
    img.width = 640;
    img.height = 360;
    thumb.appendChild(img);
    if (video.cat) thumb.appendChild(el("span", "tag " + video.cat, CATEGORY_NAMES[video.cat]));
    thumb.appendChild(el("span", "duration", video.duration));
    var body = el("span", "card-body");
    var dot = el("span", "channel-dot", initials(video.channel));
    dot.style.background = CHANNELS[video.channel];
    var text = el("span", "card-text");
    text.appendChild(el("span", "card-title", video.title));
    text.appendChild(el("span", "card-meta", video.channel));
    text.appendChild(el("span", "card-meta", shortViews(video.views) + " · " + video.ago));
    if (withDesc) text.appendChild(el("span", "card-desc", video.blurb));
    body.appendChild(dot);
    body.appendChild(text);
    btn.appendChild(thumb);
    btn.appendChild(body);
    btn.addEventListener("click", function () { openPlayer(video); });
    return btn;
  }

  // ------------------------------------------------------------ grid + category tabs

  var grid = document.getElementById("grid");
  var count = document.getElementById("count");
  var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));
  var category = "all";

  function renderGrid() {
    grid.textContent = "";
    var shown = videos.filter(function (v) { return category === "all" || v.cat === category; });
    shown.forEach(function (v) { grid.appendChild(card(v, false)); });
    count.textContent = shown.length + " videos";
  }

  tabs.forEach(function (tab) {
    tab.addEventListener("click", function () {
      category = tab.getAttribute("data-cat");
      tabs.forEach(function (t) {
        var on = t === tab;
        t.setAttribute("aria-selected", on ? "true" : "false");
        t.tabIndex = on ? 0 : -1;
      });
      renderGrid();
    });
  });

  var moreList = document.getElementById("more");
  more.forEach(function (v) { moreList.appendChild(card(v, true)); });

  // ------------------------------------------------------------ player
  // No real video: a poster, a Play/Pause toggle and a clock that ticks while "playing".

  var overlay = document.getElementById("overlay");
  var poster = document.getElementById("player-poster");
  var stateBadge = document.getElementById("player-state");
  var playBtn = document.getElementById("play");
  var playLabel = document.getElementById("play-label");
  var progress = document.getElementById("progress");
  var time = document.getElementById("time");
  var current = null;
  var elapsed = 0;
  var ticker = null;

  function updateTime() {
    var total = seconds(current.duration);
    time.textContent = clock(elapsed) + " / " + current.duration;
    progress.style.width = (100 * elapsed / total).toFixed(2) + "%";
  }

  function setPlaying(on) {
    clearInterval(ticker);
    ticker = null;
    playBtn.classList.toggle("is-playing", on);
    playLabel.textContent = on ? "Pause" : "Play";
    stateBadge.textContent = on ? "Playing" : "Paused";
    if (on) {
      ticker = setInterval(function () {
        elapsed = Math.min(elapsed + 1, seconds(current.duration));
        updateTime();
      }, 1000);
    }
  }

  function openPlayer(video) {
    current = video;
    elapsed = 0;
    poster.src = "images/" + video.img + ".svg";
    poster.alt = video.title;
    document.getElementById("player-title").textContent = video.title;
    document.getElementById("player-channel").textContent = video.channel;
    document.getElementById("player-views").textContent = video.views.toLocaleString("en-US") + " views";
    document.getElementById("player-date").textContent = video.date;
    document.getElementById("player-desc").textContent = video.desc;
    setPlaying(false);
    updateTime();
    overlay.hidden = false;
  }

  function closePlayer() {
    setPlaying(false);
    overlay.hidden = true;
    current = null;
    category = "all";
    renderGrid();
  }

  playBtn.addEventListener("click", function () { setPlaying(!ticker); });
  document.getElementById("close").addEventListener("click", closePlayer);
  overlay.addEventListener("click", function (event) { if (event.target === overlay) closePlayer(); });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape" && current) closePlayer(); });
  document.getElementById("watch-featured").addEventListener("click", function () { openPlayer(featured); });

  renderGrid();
})();
