/* Lumen+ — home, browse, My List, search, title details and the player, in one document. */
(function () {
  'use strict';

  // ------------------------------------------------------------------ catalogue
  var T = {};
  function add(id, name, type, year, rating, length, score, genres, synopsis, cast) {
    T[id] = { id: id, name: name, type: type, year: year, rating: rating, length: length, score: score,
      genres: genres, synopsis: synopsis, cast: cast, poster: 'images/posters/' + id + '.svg' };
  }
  add('lantern-keepers', 'The Lantern Keepers', 'Series', 2024, 'TV-14', 3, '4.6', ['Drama', 'Mystery'],
    'When their estranged father drowns off Carrick Head, three sisters inherit the lighthouse he kept for forty years, along with a logbook that stops on the night a trawler vanished in 1989. The locals want the light sold; the sea wants something else.',
    'Ines Calloway, Harriet Moss, Dev Anand Rao');
  add('saltmarsh', 'Saltmarsh', 'Series', 2025, 'TV-MA', 2, '4.8', ['Crime', 'Drama'],
    'Detective Nell Arden returns to the fenland village she left at seventeen when the ferryman who taught her to read the tides is found in the reed beds. Every family on the marsh has a boat, a grudge and a reason to keep the sluice gates shut.',
    'Rosalind Vey, Tomas Okoro, Bryn Hallett');
  add('northbound', 'Northbound', 'Film', 2023, 'PG-13', '1h 52m', '4.3', ['Adventure', 'Drama'],
    'A retired engineer and a runaway teenager share the last sleeper compartment on the Arctic line. When an avalanche strands the train at Kelso Pass, the two strangers have three days and one radio to get everyone home.',
    'Walter Brisk, Amara Lindqvist');
  add('glasshouse', 'Glasshouse', 'Series', 2026, 'TV-14', 1, '4.5', ['Sci-fi', 'Thriller'],
    'Seven botanists sealed inside the last working biodome on a dying coast are told the outside air is clean again. Nobody wants to be the first to open the door, and the plants in Bay Four have started to move at night.',
    'Keiko Marr, Jonah Pell, Sadie Ferreira');
  add('tidewater', 'Tidewater', 'Series', 2022, 'TV-14', 4, '4.7', ['Drama', 'Family'],
    'Four generations of the Calder family run the only boatyard in Tidewater Bay, and every summer the tourists leave and the secrets stay. In the final season a storm takes the harbour wall and gives back something buried for fifty years.',
    'Grace Odell, Martin Sayle, Ruby Chen');
  add('tidewater-homecoming', 'Tidewater: Homecoming', 'Film', 2025, 'TV-14', '1h 41m', '4.2', ['Drama', 'Family'],
    'Ten years after the boatyard closed, the Calders come back to Tidewater Bay for one wedding and one funeral in a single weekend. A feature-length farewell to the series.',
    'Grace Odell, Martin Sayle, Ruby Chen');
  add('midnight-ferry', 'Midnight Ferry', 'Series', 2026, 'TV-MA', 1, '4.4', ['Thriller'],
    'The 23:50 crossing from Hollis to the mainland takes ninety minutes. Tonight one of the forty passengers will not arrive, and the captain has until dawn to find out who. The season finale airs live.',
    'Oskar Veil, Lena Hart, Farah Quince');
  add('harbor-lights', 'Harbor Lights', 'Series', 2023, 'TV-PG', 2, '4.1', ['Comedy'],
    'A burned-out chef buys a failing fish bar on the harbour with her divorce settlement and her mother as head waiter. Warm, chaotic and very loud on Friday nights.',
    'Penny Aldous, Marguerite Lau');
  add('paper-moons', 'Paper Moons', 'Film', 2021, 'PG', '1h 38m', '4.0', ['Romance', 'Comedy'],
    'A paper-lantern maker and a night-shift astronomer keep missing each other by one tram stop, for a whole year.',
    'Theo Marsh, Ada Kimura');
  add('orchard-road', 'Orchard Road', 'Series', 2024, 'TV-PG', 2, '4.3', ['Family', 'Drama'],
    'Three households, one shared apple orchard and a boundary dispute that has outlived two mayors. Season two begins with the first frost and a surprise buyer.',
    'Hugh Penrose, Selma Achebe, Iris Doyle');
  add('quiet-hours', 'Quiet Hours', 'Series', 2023, 'TV-14', 2, '4.5', ['Drama'],
    'A late-night radio host takes calls from the insomniacs of a small city, until one caller starts describing things that have not happened yet.',
    'Nadia Sorrel, Callum Frey');
  add('nightjar', 'Nightjar', 'Film', 2024, 'R', '2h 06m', '4.4', ['Thriller', 'Mystery'],
    'An ornithologist recording nightjars on a heath picks up a conversation she was never meant to hear.',
    'Maren Holt, Idris Vane');
  add('stormglass', 'Stormglass', 'Film', 2024, 'PG-13', '1h 58m', '4.5', ['Adventure'],
    'A Victorian weather-glass maker sails with the navy to prove his instrument can predict the storm of the century. The storm agrees to be predicted.',
    'Edmund Graves, Lucia Benn');
  add('copper-canyon', 'Copper Canyon', 'Film', 2022, 'PG-13', '2h 01m', '4.0', ['Western'],
    'The last stagecoach through the copper country carries a payroll, a preacher and a woman nobody will name.',
    'Cole Barrow, Esme Tait');
  add('the-long-field', 'The Long Field', 'Series', 2025, 'TV-14', 1, '4.2', ['Drama'],
    'A farming family has one harvest to save the land their grandmother ploughed by hand. A limited series in six parts.',
    'Agnes Birch, Owen Lyle');
  add('silver-thread', 'Silver Thread', 'Film', 2023, 'PG-13', '1h 47m', '3.9', ['Drama'],
    'A tailor in a shrinking mill town takes one last commission: a wedding suit for the man who closed the mill.',
    'Victor Anand, Clara Weiss');
  add('low-tide-radio', 'Low Tide Radio', 'Series', 2021, 'TV-14', 3, '4.3', ['Comedy'],
    'The worst-rated community radio station on the coast is one bad phone-in away from closing for good.',
    'Fergus Day, Pip Olawale');
  add('wildflower-season', 'Wildflower Season', 'Series', 2026, 'TV-G', 1, '4.6', ['Documentary', 'Nature'],
    'One meadow, filmed for a whole year from the first crocus to the last seed head.',
    'Narrated by Helen Amory');
  add('foxglove', 'Foxglove', 'Film', 2025, 'R', '1h 49m', '4.1', ['Horror'],
    'The new owners of a cottage garden learn why the previous three never lasted a summer.',
    'Juno Pike, Samuel Orr');
  add('riptide', 'Riptide', 'Film', 2022, 'PG-13', '1h 44m', '3.8', ['Action'],
    'A lifeguard on her last shift has to pull a crew of bank robbers out of the sea, alive.',
    'Dana Cruz, Mateo Rhee');
  add('the-cartographer', 'The Cartographer', 'Film', 2024, 'PG-13', '2h 12m', '4.6', ['Adventure', 'History'],
    'In 1821 a mapmaker is sent to chart a coastline that changes every time she draws it.',
    'Imogen Hale, Rafael Sousa');
  add('ember-and-ash', 'Ember & Ash', 'Series', 2025, 'TV-MA', 2, '4.4', ['Fantasy'],
    'Two rival fire-keepers must share one hearth when the last flame in the valley starts to die.',
    'Kit Sorensen, Yara Malouf');

  // Hand-written episodes; other series take theirs from the pool below.
  var EPISODES = {
    saltmarsh: [
      [['The Drowned Bell', '52:04', 'Nell is called back to Fenwick when a body is found tangled in the reed beds.'],
       ["Ferryman's Knot", '49:31', 'The knot on the mooring line was tied by someone who knew the ferryman well.'],
       ['Samphire', '47:45', 'A samphire picker saw a second boat on the night of the high tide.'],
       ['Slack Water', '51:10', 'Nell and Tomas drag the old channel and find the ferry bell.'],
       ['The Reed Beds', '48:22', 'A fire in the reed beds destroys the one photograph that mattered.'],
       ['Lantern Night', '50:37', 'The whole village is out on the water for the lantern festival.'],
       ['High Water Mark', '53:02', 'The marks on the sluice gate do not match the tide tables.'],
       ['The Sluice', '58:40', 'Nell opens the sluice, and the marsh gives up its secret.']],
      [['After the Flood', '50:18', 'A year later the marsh has flooded the lower village and Nell has not been back.'],
       ['Silt', '46:09', 'The drained fields reveal a car that has been under the water since 1998.'],
       ['Brackish', '47:12', 'Tomas follows the salt line inland and finds a well that should be fresh.'],
       ['Low Water', '44:51', 'Bryn offers Nell the ferry licence, on one condition.'],
       ['The Causeway', '49:27', 'The causeway floods with three witnesses trapped on the far side.'],
       ['Spring Tide', '61:30', 'The highest tide in forty years, and everyone is on the marsh.']]
    ],
    tidewater: [
      [['The Yard', '48:10', 'Old Tom Calder announces he is selling the boatyard, on his eightieth birthday.'],
       ['Keel', '45:32', 'Maggie finds her grandfather\'s first hull under a tarpaulin.'],
       ['Regatta', '51:05', 'The bay regatta goes wrong in every way a regatta can.'],
       ['Slipway', '47:48', 'A developer arrives with a cheque and a very nice car.'],
       ['Fog Bank', '49:20', 'Two Calders are lost in the fog with one working radio.'],
       ['Harbour Wall', '56:14', 'The family votes, and the vote is not the end of it.']],
      [['Lay-up', '46:40', 'Winter in the yard and nobody is speaking to Maggie.'],
       ['Varnish', '44:18', 'Ruby comes home from the city with a plan and a fiancé.'],
       ['Dry Dock', '48:56', 'The Harbour Queen comes in for repairs she cannot afford.'],
       ['Spring Launch', '52:31', 'The first new boat in ten years goes into the water.']]
    ],
    'lantern-keepers': [
      [['The Logbook', '55:00', 'The sisters arrive at Carrick Head for the funeral and stay for the logbook.'],
       ['Fog Signal', '49:42', 'The fog signal sounds on a clear night.'],
       ['The Keeper\'s Cottage', '51:16', 'Someone has been living in the cottage since the funeral.'],
       ['Trawler', '53:09', 'The name of the missing trawler is painted under the lamp room.']]
    ],
    glasshouse: [
      [['Seal', '52:20', 'Day one thousand and four inside the dome.'],
       ['Bay Four', '47:03', 'The night camera in Bay Four records eleven minutes of nothing, and then one second of something.'],
       ['Air Test', '49:58', 'The outside air sample comes back clean. Nobody believes it.'],
       ['The Door', '57:31', 'Keiko opens the door.']]
    ],
    'midnight-ferry': [
      [['Departure 23:50', '46:12', 'Forty passengers board the last crossing from Hollis.'],
       ['Cabin Nine', '44:47', 'Cabin nine is locked from the inside and nobody has a key.'],
       ['Man Overboard', '48:05', 'The captain turns the ferry around, against orders.'],
       ['Manifest', '45:39', 'There are forty-one names on the passenger manifest.'],
       ['Halfway', '47:58', 'The ferry loses power at the halfway buoy.'],
       ['Arrival (Live)', '60:00', 'The season finale, live from the mainland pier.']]
    ]
  };
  var POOL = ['Arrival', 'Undertow', 'The Long Night', 'Fault Lines', 'Homeward', 'First Light', 'Open Water', 'Crosswind',
    'The Return', 'Old Friends', 'Breaking Point', 'Last Orders', 'Clear Skies', 'The Reckoning', 'Borrowed Time', 'Full Circle'];
  function seasonsOf(t) {
    if (t.type !== 'Series') return [];
    if (EPISODES[t.id] && EPISODES[t.id].length === t.length) return EPISODES[t.id];
    var out = EPISODES[t.id] ? EPISODES[t.id].slice() : [];
    for (var s = out.length; s < t.length; s++) {
      var eps = [];
      for (var e = 0; e < 6; e++) {
        var name = POOL[(s * 5 + e * 3 + t.name.length) % POOL.length];
        var mins = 42 + ((s * 7 + e * 5 + t.name.length) % 14);
        eps.push([name, mins + ':' + String((e * 17 + s * 11) % 60).padStart(2, '0'), 'Episode ' + (e + 1) + ' of season ' + (s + 1) + '.']);
      }
      out.push(eps);
    }
    return out;
  }

  var FEATURED = [
    { id: 'lantern-keepers', eyebrow: 'LUMEN+ ORIGINAL · SERIES', featureLine: 'Three sisters inherit a lighthouse, and the secret buried under it.' },
    { id: 'saltmarsh', eyebrow: 'LUMEN+ ORIGINAL · NEW SEASON', featureLine: 'A flood, a missing ferryman and a village that keeps its tides to itself.' },
    { id: 'northbound', eyebrow: 'LUMEN+ FILM', featureLine: 'Two strangers, one sleeper train and two thousand miles of frozen track.' },
    { id: 'glasshouse', eyebrow: 'LUMEN+ ORIGINAL · SERIES', featureLine: 'Inside the last greenhouse on the coast, something is growing.' }
  ];

  var ROWS = [
    { key: 'continue', title: 'Continue watching' },
    { key: 'trending', title: 'Trending now', ids: ['stormglass', 'saltmarsh', 'tidewater', 'the-cartographer', 'nightjar', 'ember-and-ash'] },
    { key: 'new', title: 'New this week', ids: ['glasshouse', 'wildflower-season', 'tidewater-homecoming', 'the-long-field', 'foxglove', 'midnight-ferry', 'ember-and-ash'] },
    { key: 'because', title: 'Because you watched The Lantern Keepers', ids: ['quiet-hours', 'low-tide-radio', 'silver-thread', 'orchard-road', 'the-cartographer', 'riptide', 'northbound'] }
  ];

  var LIVE_ID = 'midnight-ferry';
  var HERO_MS = 6000;
  var DEBOUNCE_MS = 400;
  var HOVER_MS = 250;
  var INTRO_S = 90;

  // ------------------------------------------------------------------ state
  var state = {
    view: 'home',
    back: 'home',
    detail: null,
    season: 0,
    added: { 'nightjar': 1, 'quiet-hours': 2, 'midnight-ferry': 3 },
    addSeq: 3,
    watching: [
      { id: 'midnight-ferry', s: 0, e: 4, left: 12 * 60, progress: 0.74 },
      { id: 'harbor-lights', s: 1, e: 4, left: 31 * 60, progress: 0.36 },
      { id: 'paper-moons', left: 64 * 60, progress: 0.35 },
      { id: 'orchard-road', s: 0, e: 1, left: 38 * 60, progress: 0.22 },
      { id: 'copper-canyon', left: 52 * 60, progress: 0.57 },
      { id: 'quiet-hours', s: 1, e: 0, left: 40 * 60, progress: 0.14 }
    ],
    hero: 0,
    shownAt: Date.now(),
    hovering: false,
    liveAt: Date.now() + 24000,
    get liveLeft() { return Math.max(0, Math.ceil((this.liveAt - Date.now()) / 1000)); },
    pointer: null,
    search: { open: false, query: '', status: 'idle', timer: null, results: [] },
    player: null,
    previewFor: null,
    previewTimer: null
  };

  var $ = function (id) { return document.getElementById(id); };
  function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
  function inList(id) { return !!state.added[id]; }
  function listIds() { return Object.keys(state.added).sort(function (a, b) { return state.added[b] - state.added[a]; }); }
  function lengthText(t) { return t.type === 'Series' ? t.length + (t.length === 1 ? ' Season' : ' Seasons') : t.length; }
  function metaLine(t) { return t.year + ' · ' + t.rating + ' · ' + lengthText(t); }
  function two(n) { return String(n).padStart(2, '0'); }
  function clock(sec) {
    sec = Math.max(0, Math.floor(sec));
    var h = Math.floor(sec / 3600), m = Math.floor(sec % 3600 / 60), s = sec % 60;
    return h ? h + ':' + two(m) + ':' + two(s) : m + ':' + two(s);
  }
  function toSec(mmss) { var p = mmss.split(':'); return +p[0] * 60 + +p[1]; }
  function filmSec(t) { var m = /(\d+)h (\d+)m/.exec(t.length); return (+m[1] * 60 + +m[2]) * 60; }
  function leftText(sec) {
    var m = Math.round(sec / 60);
    return m >= 60 ? Math.floor(m / 60) + 'h ' + two(m % 60) + 'm left' : m + ' min left';
  }
  function liveText() { return state.liveLeft > 0 ? 'Live in 00:' + two(state.liveLeft) : 'Live now'; }
  function liveBadge(id) {
    if (id !== LIVE_ID) return '';
    return '<span class="live' + (state.liveLeft > 0 ? '' : ' on') + '" data-live><i></i><b>' + liveText() + '</b></span>';
  }

  // ------------------------------------------------------------------ hero carousel
  function renderHero() {
    $('slides').innerHTML = FEATURED.map(function (f, i) {
      var t = T[f.id];
      return '<article class="slide' + (i === state.hero ? ' active' : '') + '" data-slide="' + i + '">' +
        '<img class="feature-art" src="images/hero/hero-' + f.id + '.svg" alt="">' +
        '<div class="copy">' +
        '<div class="eyebrow">' + f.eyebrow + '</div>' +
        '<h2 class="feature-title">' + esc(t.name) + '</h2>' +
        '<div class="feature-meta"><span class="score">★ ' + t.score + '</span> ' + metaLine(t) + ' · ' + t.genres.join(', ') + '</div>' +
        '<p class="featureLine">' + esc(f.featureLine) + '</p>' +
        '<div class="feature-actions">' +
        '<button type="button" class="btn primary" data-play="' + t.id + '">▶ Play</button>' +
        '<button type="button" class="btn ghost" data-detail="' + t.id + '">More info</button>' +
        '<button type="button" class="btn ghost" data-toggle="' + t.id + '" data-off="+ Add to My List">' + (inList(t.id) ? '✓ In My List' : '+ Add to My List') + '</button>' +
        '</div></div></article>';
    }).join('');
    $('dots').innerHTML = FEATURED.map(function (f, i) {
      var t = T[f.id];
      return '<button type="button" class="pip' + (i === state.hero ? ' on' : '') + '" data-dot="' + i + '" aria-label="Show ' + esc(t.name) + '">' +
        '<span class="tip">' + esc(t.name) + ' · ' + t.type + '</span></button>';
    }).join('');
  }
  function showSlide(i) {
    state.hero = (i + FEATURED.length) % FEATURED.length;
    state.shownAt = Date.now();
    var slides = $('slides').children, dots = $('dots').children;
    for (var k = 0; k < slides.length; k++) {
      slides[k].classList.toggle('active', k === state.hero);
      dots[k].classList.toggle('on', k === state.hero);
    }
  }
  document.addEventListener('mouseover', function (e) { state.hovering = $('hero').contains(e.target); });
  var lastTick = Date.now();
  setInterval(function () {
    var now = Date.now(), dt = now - lastTick;
    lastTick = now;
    if (state.view !== 'home' || state.player || state.hovering) { state.shownAt += dt; return; }
    if (now - state.shownAt >= HERO_MS) showSlide(state.hero + 1);
  }, 50);

  // ------------------------------------------------------------------ rows
  function card(id, opts) {
    var t = T[id];
    opts = opts || {};
    var html = '<div class="card' + (opts.rank ? ' with-rank' : '') + '" data-card="' + id + '">';
    if (opts.rank) html += '<span class="rank">' + opts.rank + '</span>';
    html += '<div class="art-box"><img class="poster" src="' + t.poster + '" alt="' + esc(t.name) + '">' + liveBadge(id) + '</div>';
    if (opts.watch) {
      var w = opts.watch;
      html += '<div class="progress"><i style="width:' + Math.max(3, Math.round(w.progress * 100)) + '%"></i></div>' +
        '<div class="caption"><strong>' + esc(t.name) + '</strong><span>' + (w.s !== undefined ? 'S' + (w.s + 1) + ':E' + (w.e + 1) + ' · ' : '') + leftText(w.left) + '</span></div>';
    }
    if (opts.caption) html += '<div class="caption"><strong>' + esc(t.name) + '</strong><span>' + opts.caption + '</span></div>';
    return html + '</div>';
  }
  function renderRows() {
    $('rows').innerHTML = ROWS.map(function (r) {
      var items;
      if (r.key === 'continue') items = state.watching.slice(0, 7).map(function (w) { return card(w.id, { watch: w }); });
      else if (r.key === 'trending') items = r.ids.map(function (id, i) { return card(id, { rank: i + 1 }); });
      else items = r.ids.map(function (id) { return card(id); });
      var extra = r.key === 'continue' ? '<span class="shelf-note">for Mara</span>' : r.key === 'trending' ? '<span class="shelf-note">in your country today</span>' : '<span class="shelf-note more">See all ›</span>';
      return '<section class="row row-' + r.key + '"><div class="shelf-head"><h3>' + r.title + '</h3>' + extra + '</div><div class="shelf-items">' + items.join('') + '</div></section>';
    }).join('');
  }

  // ------------------------------------------------------------------ live countdown
  function renderLive() {
    var els = document.querySelectorAll('[data-live]');
    for (var i = 0; i < els.length; i++) {
      els[i].classList.toggle('on', state.liveLeft <= 0);
      els[i].querySelector('b').textContent = liveText();
    }
    var pv = document.querySelectorAll('[data-live-text]');
    for (var k = 0; k < pv.length; k++) pv[k].textContent = 'Season finale · ' + liveText();
  }
  function startCountdown() {
    var last = state.liveLeft;
    setInterval(function () {
      var now = state.liveLeft;
      if (now !== last) { last = now; renderLive(); }
    }, 250);
  }

  // ------------------------------------------------------------------ browse views
  function grid(ids) {
    return '<div class="grid">' + ids.map(function (id) {
      var t = T[id];
      return card(id, { caption: t.type + ' · ' + t.year });
    }).join('') + '</div>';
  }
  function renderBrowse(kind) {
    var ids = Object.keys(T).filter(function (id) { return T[id].type === kind; });
    var genres = {};
    ids.forEach(function (id) { T[id].genres.forEach(function (g) { genres[g] = 1; }); });
    $('view-' + (kind === 'Series' ? 'series' : 'films')).innerHTML =
      '<div class="page-title"><h1>' + (kind === 'Series' ? 'Series' : 'Films') + '</h1><span class="sub">' + ids.length + ' titles</span></div>' +
      '<div class="tags">' + ['All'].concat(Object.keys(genres).sort()).map(function (g, i) { return '<span class="chip' + (i ? '' : ' on') + '">' + g + '</span>'; }).join('') + '</div>' +
      grid(ids);
  }
  function renderMyList() {
    var n = listIds().length;
    $('listCount').textContent = n;
    $('view-mylist').innerHTML =
      '<div class="page-title"><h1>My List</h1><span class="sub">' + n + (n === 1 ? ' title' : ' titles') + '</span></div>' +
      (n ? grid(listIds()) : '<p class="empty">Titles you add with + My List show up here.</p>') +
      '<section class="row suggestions"><div class="shelf-head"><h3>You might also like</h3><span class="shelf-note">based on your list</span></div><div class="shelf-items">' +
      Object.keys(T).filter(function (id) { return !inList(id); }).slice(0, 7).map(function (id) { return card(id); }).join('') + '</div></section>';
  }

  // ------------------------------------------------------------------ details
  function watchOf(id) {
    for (var i = 0; i < state.watching.length; i++) if (state.watching[i].id === id) return state.watching[i];
    return null;
  }
  function renderDetail() {
    var t = T[state.detail];
    if (!t) return;
    var seasons = seasonsOf(t), w = watchOf(t.id), feat = FEATURED.filter(function (f) { return f.id === t.id; })[0];
    var play = w && w.s !== undefined ? '▶ Resume S' + (w.s + 1) + ':E' + (w.e + 1) : w ? '▶ Resume' : t.type === 'Series' ? '▶ Play S1:E1' : '▶ Play';
    var html = '<div class="title-head"' + (feat ? ' style="background-image:url(images/hero/hero-' + t.id + '.svg)"' : '') + '>' +
      '<div class="title-shade"></div>' +
      '<button type="button" class="back-link" data-back>‹ Back</button>' +
      '<div class="title-body"><img class="title-poster" src="' + t.poster + '" alt="' + esc(t.name) + '">' +
      '<div class="title-info"><div class="eyebrow">' + (t.type === 'Series' ? 'LUMEN+ SERIES' : 'LUMEN+ FILM') + '</div>' +
      '<h1>' + esc(t.name) + '</h1>' +
      '<div class="title-meta"><span class="score">★ ' + t.score + '</span> ' + metaLine(t) + '</div>' +
      '<div class="title-tags">' + t.genres.map(function (g) { return '<span class="chip">' + g + '</span>'; }).join('') + liveBadge(t.id) + '</div>' +
      '<p class="title-synopsis">' + esc(t.synopsis) + '</p>' +
      '<p class="title-cast"><span>Starring</span> ' + esc(t.cast) + '</p>' +
      '<div class="dbtns"><button type="button" class="btn primary" data-play="' + t.id + '">' + play + '</button>' +
      '<button type="button" class="btn ghost" data-toggle="' + t.id + '">' + (inList(t.id) ? '✓ In My List' : '+ My List') + '</button>' +
      '<button type="button" class="btn ghost">Trailer</button></div></div></div></div>';
    if (seasons.length) {
      var eps = seasons[state.season] || seasons[0];
      html += '<section class="episodes"><div class="episodes-head"><h2>Episodes</h2>' +
        '<label for="seasonSelect">Season</label><select id="seasonSelect">' +
        seasons.map(function (s, i) { return '<option value="' + i + '"' + (i === state.season ? ' selected' : '') + '>Season ' + (i + 1) + ' (' + s.length + ' episodes)</option>'; }).join('') +
        '</select></div><ol class="episode-list">' +
        eps.map(function (ep, i) {
          var here = w && w.s === state.season && w.e === i;
          return '<li class="ep" data-ep="' + i + '"><span class="ep-num">' + (i + 1) + '</span>' +
            '<div class="ep-still"><img src="' + (feat ? 'images/hero/hero-' + t.id + '.svg' : t.poster) + '" alt="" style="object-position:' + (feat ? (40 + i * 11) % 100 + '% 50%' : '50% ' + (20 + i * 13) % 90 + '%') + '"><span class="pl">▶</span>' +
            (here ? '<div class="progress"><i style="width:' + Math.max(3, Math.round(w.progress * 100)) + '%"></i></div>' : '') + '</div>' +
            '<div class="ep-text"><div class="ep-title"><strong>' + esc(ep[0]) + '</strong><span>' + Math.round(toSec(ep[1]) / 60) + 'm</span></div>' +
            '<p>' + esc(ep[2]) + '</p>' + (here ? '<span class="ep-left">' + leftText(w.left) + '</span>' : '') + '</div></li>';
        }).join('') + '</ol></section>';
    }
    var like = Object.keys(T).filter(function (id) { return id !== t.id && T[id].genres.some(function (g) { return t.genres.indexOf(g) >= 0; }); }).slice(0, 7);
    html += '<section class="row"><div class="shelf-head"><h3>More like this</h3></div><div class="shelf-items">' + like.map(function (id) { return card(id); }).join('') + '</div></section>';
    $('view-detail').innerHTML = html;
  }

  // ------------------------------------------------------------------ views
  function show(view, opts) {
    hidePreview();
    closeSearch();
    if (view !== 'detail') state.back = view;
    state.view = view;
    ['home', 'series', 'films', 'mylist', 'detail'].forEach(function (v) { $('view-' + v).hidden = v !== view; });
    var links = document.querySelectorAll('.menu-item');
    for (var i = 0; i < links.length; i++) links[i].classList.toggle('current', links[i].getAttribute('data-nav') === view);
    if (view === 'series') renderBrowse('Series');
    if (view === 'films') renderBrowse('Film');
    if (view === 'mylist') renderMyList();
    if (view === 'detail') renderDetail();
    if (view === 'home') renderRows();
    if (!(opts && opts.keepScroll)) window.scrollTo(0, 0);
  }
  function openDetail(id) {
    state.detail = id;
    var w = watchOf(id);
    state.season = w && w.s !== undefined ? w.s : 0;
    show('detail');
  }

  // ------------------------------------------------------------------ My List
  function toggleList(id) {
    if (state.added[id]) delete state.added[id]; else state.added[id] = ++state.addSeq;
    $('listCount').textContent = listIds().length;
    var els = document.querySelectorAll('[data-toggle="' + id + '"]');
    for (var k = 0; k < els.length; k++) els[k].textContent = inList(id) ? '✓ In My List' : (els[k].getAttribute('data-off') || '+ My List');
    if (state.view === 'mylist') renderMyList();
  }

  // ------------------------------------------------------------------ preview card
  function showPreview(cardEl) {
    var id = cardEl.getAttribute('data-card'), t = T[id], pv = $('preview');
    var r = cardEl.querySelector('.poster').getBoundingClientRect();
    var live = id === LIVE_ID ? '<div class="peek-live" data-live-text>Season finale · ' + liveText() + '</div>' : '';
    pv.innerHTML = '<div class="peek-top"><img src="' + t.poster + '" alt=""><div class="peek-info">' +
      '<strong class="peek-title">' + esc(t.name) + '</strong>' +
      '<div class="peek-meta">' + metaLine(t) + '</div>' +
      '<div class="peek-score"><span class="score">★ ' + t.score + '</span> ' + t.genres.join(' · ') + '</div>' + live +
      '<p>' + esc(t.synopsis.split('. ')[0].replace(/\.$/, '')) + '.</p></div></div>' +
      '<div class="peek-actions"><button type="button" class="btn primary sm" data-play="' + id + '">▶ Play</button>' +
      '<button type="button" class="btn ghost sm" data-toggle="' + id + '">' + (inList(id) ? '✓ In My List' : '+ My List') + '</button>' +
      '<button type="button" class="btn ghost sm" data-detail="' + id + '">Details</button></div>';
    pv.hidden = false;
    var w = 290, left = r.left + r.width / 2 - w / 2;
    left = Math.max(24, Math.min(window.innerWidth - w - 24, left));
    var top = r.top - 14, h = pv.offsetHeight;
    if (top + h > window.innerHeight - 8) top = window.innerHeight - 8 - h;
    pv.style.left = Math.round(left) + 'px';
    pv.style.top = Math.round(Math.max(72, top)) + 'px';
    state.previewFor = cardEl;
  }
  function hidePreview() {
    clearTimeout(state.previewTimer);
    state.previewTimer = null;
    state.previewPending = null;
    $('preview').hidden = true;
    state.previewFor = null;
  }
  document.addEventListener('mousemove', function (e) {
    state.pointer = [e.clientX, e.clientY];
    var pv = $('preview');
    if (!pv.hidden && pv.contains(e.target)) return;
    var c = e.target.closest ? e.target.closest('[data-card]') : null;
    if (c && c === state.previewFor) return;
    if (c && c === state.previewPending) return;
    hidePreview();
    if (c) {
      state.previewPending = c;
      state.previewTimer = setTimeout(function () { if (document.body.contains(c)) showPreview(c); }, HOVER_MS);
    }
  }, true);
  window.addEventListener('scroll', function () { if (state.previewFor || state.previewPending) hidePreview(); });

  // ------------------------------------------------------------------ search
  function popular() {
    return '<div class="finder-head">Popular searches</div>' + ['saltmarsh', 'northbound', 'lantern-keepers', 'stormglass', 'ember-and-ash'].map(function (id) {
      return '<div class="finder-pop" data-detail="' + id + '"><span class="finder-arrow">↗</span>' + esc(T[id].name) + '</div>';
    }).join('');
  }
  function renderSearch() {
    var s = state.search, panel = $('searchPanel');
    panel.hidden = !s.open;
    if (!s.open) return;
    if (!s.query) { panel.innerHTML = popular(); return; }
    if (s.status === 'finder-wait') { panel.innerHTML = '<div class="finder-wait"><span class="spinner"></span>Searching…</div>'; return; }
    if (!s.results.length) { panel.innerHTML = '<div class="finder-head">No titles match "' + esc(s.query) + '"</div><p class="finder-none">Try a title, an actor or a genre such as Drama.</p>'; return; }
    panel.innerHTML = '<div class="finder-head">' + s.results.length + (s.results.length === 1 ? ' result' : ' results') + ' for "' + esc(s.query) + '"</div>' +
      s.results.map(function (id) {
        var t = T[id];
        return '<div class="finder-hit" data-detail="' + id + '"><img src="' + t.poster + '" alt="">' +
          '<div><strong>' + esc(t.name) + '</strong><span>' + t.type + ' · ' + t.year + ' · ' + lengthText(t) + '</span><em>' + t.genres.join(', ') + '</em></div></div>';
      }).join('');
  }
  function runSearch() {
    var q = state.search.query.toLowerCase();
    state.search.results = Object.keys(T).filter(function (id) {
      var t = T[id];
      return t.name.toLowerCase().indexOf(q) >= 0 || t.genres.some(function (g) { return g.toLowerCase().indexOf(q) === 0; }) ||
        t.cast.toLowerCase().split(/, | /).some(function (w) { return w.indexOf(q) === 0; });
    });
    state.search.status = 'done';
    renderSearch();
  }
  function openSearch() {
    state.search.open = true;
    $('searchWrap').classList.add('open');
    renderSearch();
    $('searchInput').focus();
  }
  function closeSearch() {
    var s = state.search;
    clearTimeout(s.timer);
    s.open = false; s.query = ''; s.status = 'idle'; s.results = [];
    $('searchInput').value = '';
    $('searchWrap').classList.remove('open');
    renderSearch();
  }
  $('searchInput').addEventListener('input', function () {
    var s = state.search;
    s.query = this.value.trim();
    clearTimeout(s.timer);
    if (!s.query) { s.status = 'idle'; renderSearch(); return; }
    s.status = 'finder-wait';
    renderSearch();
    s.timer = setTimeout(runSearch, DEBOUNCE_MS);
  });
  $('searchInput').addEventListener('focus', function () { if (!state.search.open) openSearch(); });

  // ------------------------------------------------------------------ player
  function startPlayer(id, season, ep) {
    var t = T[id], w = watchOf(id), seasons = seasonsOf(t);
    hidePreview();
    closeSearch();
    var p = { id: id, elapsed: 0, playing: true, from: 0, since: Date.now() };
    if (t.type === 'Series') {
      if (season === undefined) {
        if (w && w.s !== undefined) { season = w.s; ep = w.e; } else { season = 0; ep = 0; }
      }
      p.s = season; p.e = ep;
      var e = seasons[season][ep];
      p.total = toSec(e[1]);
      p.label = 'S' + (season + 1) + ':E' + (ep + 1) + ' · ' + e[0];
      if (w && w.s === season && w.e === ep) p.from = p.elapsed = Math.max(0, p.total - w.left);
    } else {
      p.total = filmSec(t);
      p.label = t.year + ' · ' + t.rating + ' · ' + t.length;
      if (w) p.from = p.elapsed = Math.max(0, p.total - w.left);
    }
    state.player = p;
    var feat = FEATURED.some(function (f) { return f.id === id; });
    $('playerFrame').style.backgroundImage = 'url(' + (feat ? 'images/hero/hero-' + id + '.svg' : t.poster) + ')';
    $('playerFrame').className = 'frame' + (feat ? '' : ' poster');
    $('playerShow').textContent = t.name;
    $('playerEp').textContent = p.label;
    var next = t.type === 'Series' && seasons[p.s][p.e + 1];
    $('nextEp').parentNode.hidden = !next;
    if (next) $('nextCard').innerHTML = '<span>Up next</span><strong>E' + (p.e + 2) + ' · ' + esc(next[0]) + '</strong><em>' + Math.round(toSec(next[1]) / 60) + 'm</em><p>' + esc(next[2]) + '</p>';
    $('player').hidden = false;
    document.body.classList.add('playing');
    renderPlayer();
  }
  function renderPlayer() {
    var p = state.player;
    if (!p) return;
    var f = Math.min(1, p.elapsed / p.total);
    $('played').style.width = (f * 100).toFixed(2) + '%';
    $('knob').style.left = (f * 100).toFixed(2) + '%';
    $('watch-time').textContent = clock(p.elapsed) + ' / ' + clock(p.total);
    $('playPause').textContent = p.playing ? '❚❚ Pause' : '▶ Play';
    $('skipIntro').hidden = !(p.elapsed < INTRO_S && p.s !== undefined);
    $('player').classList.toggle('paused', !p.playing);
  }
  setInterval(function () {
    var p = state.player;
    if (!p || !p.playing) return;
    p.elapsed = Math.min(p.total, p.from + (Date.now() - p.since) / 1000);
    if (p.elapsed >= p.total) p.playing = false;
    renderPlayer();
  }, 100);
  function seek(sec) {
    state.player.elapsed = state.player.from = sec;
    state.player.since = Date.now();
    renderPlayer();
  }
  function closePlayer() {
    var p = state.player;
    if (!p) return;
    state.player = null;
    $('player').hidden = true;
    document.body.classList.remove('playing');
    var old = watchOf(p.id);
    if (old) state.watching.splice(state.watching.indexOf(old), 1);
    var entry = { id: p.id, left: p.total - p.elapsed, progress: p.elapsed / p.total };
    if (p.s !== undefined) { entry.s = p.s; entry.e = p.e; }
    state.watching.unshift(entry);
    if (state.view === 'detail') { state.season = p.s !== undefined ? p.s : state.season; renderDetail(); }
    if (state.view === 'home') renderRows();
  }

  // ------------------------------------------------------------------ events
  document.addEventListener('click', function (e) {
    var el = e.target;
    var nav = el.closest('[data-nav]');
    if (nav) { e.preventDefault(); show(nav.getAttribute('data-nav')); return; }
    if (el.closest('#searchBtn')) { state.search.open ? closeSearch() : openSearch(); return; }
    if (!el.closest('#searchWrap') && state.search.open) closeSearch();
    var b;
    if ((b = el.closest('[data-toggle]'))) { toggleList(b.getAttribute('data-toggle')); return; }
    if ((b = el.closest('[data-play]'))) { startPlayer(b.getAttribute('data-play')); return; }
    if ((b = el.closest('[data-detail]'))) { openDetail(b.getAttribute('data-detail')); return; }
    if ((b = el.closest('[data-dot]'))) { showSlide(+b.getAttribute('data-dot')); return; }
    if (el.closest('#nextSlide')) { showSlide(state.hero + 1); return; }
    if (el.closest('#prevSlide')) { showSlide(state.hero - 1); return; }
    if (el.closest('[data-back]')) { show(state.back); return; }
    if ((b = el.closest('[data-ep]')) && state.view === 'detail') { startPlayer(state.detail, state.season, +b.getAttribute('data-ep')); return; }
    if ((b = el.closest('[data-card]')) && !el.closest('#preview')) { openDetail(b.getAttribute('data-card')); return; }
    if (el.closest('#playerClose')) { closePlayer(); return; }
    if (el.closest('#skipIntro') && state.player) { seek(Math.max(state.player.elapsed, INTRO_S)); return; }
    if (el.closest('#playPause') && state.player) { var pp = state.player; pp.playing = !pp.playing; pp.from = pp.elapsed; pp.since = Date.now(); renderPlayer(); return; }
    if (el.closest('#back10') && state.player) { seek(Math.max(0, state.player.elapsed - 10)); return; }
    if (el.closest('#fwd10') && state.player) { seek(Math.min(state.player.total, state.player.elapsed + 10)); return; }
    if (el.closest('#nextEp') && state.player && state.player.s !== undefined) {
      var p = state.player;
      closePlayer();
      startPlayer(p.id, p.s, p.e + 1);
    }
  });
  document.addEventListener('change', function (e) {
    if (e.target.id === 'seasonSelect') { state.season = +e.target.value; renderDetail(); }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    if (state.player) closePlayer();
    else if (state.search.open) closeSearch();
    else hidePreview();
  });

  // ------------------------------------------------------------------ start
  renderHero();
  renderRows();
  renderMyList();
  startCountdown();
})();
