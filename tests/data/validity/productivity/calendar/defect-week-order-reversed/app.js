(function () {
  "use strict";

  var DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  var SHORT_DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"];

  var PEOPLE = {
    ella: { name: "Ella Novak", image: "images/ella.svg" },
    maya: { name: "Maya Chen", image: "images/maya.svg" },
    sam: { name: "Sam Ortiz", image: "images/sam.svg" },
    jonas: { name: "Jonas Weber", image: "images/jonas.svg" }
  };

  // date -> events, each [start, end, title, kind, owner, place]
  var EVENTS = {
    "2025-12-08": [["15:00", "16:00", "Team retro", "work", "jonas", "Room 4B"]],
    "2025-12-12": [["12:00", "13:00", "Secret Santa draw", "work", "maya", "Kitchen"]],
    "2025-12-19": [["18:00", "22:00", "Office holiday party", "personal", "maya", "Rooftop bar"]],
    "2025-12-24": [["11:00", "11:30", "Call grandma", "personal", "ella", "Phone"],
                   ["19:00", "22:00", "Christmas Eve dinner", "personal", "ella", "Mum's house"]],
    "2025-12-25": [["", "", "Christmas Day", "holiday", "ella", "Public holiday"]],
    "2025-12-26": [["", "", "Boxing Day", "holiday", "ella", "Public holiday"]],
    "2025-12-31": [["21:00", "01:00", "New Year's Eve party", "personal", "sam", "Sam's flat"]],
    "2026-01-01": [["", "", "New Year's Day", "holiday", "ella", "Public holiday"],
                   ["16:00", "17:00", "Walk by the river", "personal", "sam", "Riverside park"]],
    "2026-01-05": [["09:30", "10:30", "Team kickoff", "work", "jonas", "Main hall"]],
    "2026-01-07": [["08:15", "09:00", "Dentist appointment", "personal", "ella", "Smile Clinic"]],
    "2026-01-09": [["14:00", "15:30", "Sprint planning", "work", "maya", "Room 2A"]],
    "2026-01-13": [["11:00", "12:00", "Design review", "work", "maya", "Room 4B"]],
    "2026-01-14": [["18:30", "19:30", "Yoga class", "personal", "ella", "Studio Lotus"]],
    "2026-01-16": [["10:00", "11:00", "Product demo", "work", "maya", "Main hall"],
                   ["12:30", "13:30", "Lunch with Sam", "personal", "sam", "Café Rosa"],
                   ["18:45", "20:30", "Flight to Berlin", "travel", "ella", "Gate B12"]],
    "2026-01-17": [["10:00", "13:00", "Berlin city walk", "travel", "ella", "Alexanderplatz"]],
    "2026-01-19": [["09:00", "17:00", "Berlin offsite", "work", "jonas", "Factory Berlin"]],
    "2026-01-20": [["09:00", "15:00", "Berlin offsite", "work", "jonas", "Factory Berlin"],
                   ["19:10", "21:00", "Flight home", "travel", "ella", "Terminal 1"]],
    "2026-01-22": [["16:00", "16:30", "1:1 with Maya", "work", "maya", "Video call"]],
    "2026-01-23": [["13:00", "15:00", "Quarterly planning", "work", "jonas", "Room 2A"],
                   ["19:30", "22:00", "Dinner at Lina's", "personal", "sam", "Lina's place"]],
    "2026-01-29": [["10:00", "12:00", "Board meeting prep", "work", "maya", "Room 4B"]],
    "2026-01-30": [["20:00", "22:00", "City orchestra concert", "personal", "sam", "Concert hall"]],
    "2026-02-02": [["10:00", "11:00", "Budget review", "work", "jonas", "Room 2A"]],
    "2026-02-06": [["18:00", "19:00", "Climbing session", "personal", "sam", "Boulder gym"]],
    "2026-02-11": [["15:00", "16:00", "Design review", "work", "maya", "Room 4B"]],
    "2026-02-14": [["19:30", "22:00", "Valentine's dinner", "personal", "ella", "Le Petit Jardin"]],
    "2026-02-20": [["07:40", "10:15", "Train to the Alps", "travel", "ella", "Central station"]],
    "2026-02-21": [["09:00", "16:00", "Ski day", "travel", "sam", "Snow valley"]],
    "2026-02-26": [["14:00", "15:00", "Sprint demo", "work", "maya", "Main hall"]]
  };

  var $ = function (id) { return document.getElementById(id); };

  var now = new Date();
  var today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  var view = "month";                    // "month" | "week"
  var cursor = new Date(today);          // a day inside the shown month or week
  var selected = new Date(today);

  function key(d) {
    var m = d.getMonth() + 1, day = d.getDate();
    return d.getFullYear() + "-" + (m < 10 ? "0" : "") + m + "-" + (day < 10 ? "0" : "") + day;
  }
  function sameDay(a, b) { return key(a) === key(b); }
  function addDays(d, n) { return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n); }
  function mondayOf(d) { return addDays(d, -((d.getDay() + 6) % 7)); }
  function eventsOn(d) { return EVENTS[key(d)] || []; }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function timeText(ev) {
    return ev[0] ? ev[0] + " – " + ev[1] : "All day";
  }

  function select(d) {
    selected = d;
    render();
  }

  // ---------------------------------------------------------------- month
  function renderMonth() {
    var grid = $("month-grid");
    grid.textContent = "";
    var first = new Date(cursor.getFullYear(), cursor.getMonth(), 1);
    var start = mondayOf(first);
    var last = new Date(cursor.getFullYear(), cursor.getMonth() + 1, 0);
    var end = addDays(mondayOf(last), 6);
    for (var d = start; d <= end; d = addDays(d, 1)) {
      var inMonth = d.getMonth() === cursor.getMonth();
      if (!inMonth) {
        var pad = el("div", "cell cell-outside");
        pad.appendChild(el("span", "num", String(d.getDate())));
        grid.appendChild(pad);
        continue;
      }
      var evs = eventsOn(d);
      var cell = el("button", "cell");
      cell.type = "button";
      if (sameDay(d, today)) cell.classList.add("is-today");
      if (sameDay(d, selected)) cell.classList.add("is-selected");
      if (evs.some(function (e) { return e[3] === "holiday"; })) cell.classList.add("is-holiday");
      if (d.getDay() === 0 || d.getDay() === 6) cell.classList.add("is-weekend");
      cell.appendChild(el("span", "num", String(d.getDate())));
      if (evs.length) {
        var marks = el("span", "marks");
        var dots = el("span", "dots");
        evs.forEach(function (e) { dots.appendChild(el("span", "dot dot-" + e[3])); });
        marks.appendChild(dots);
        var faces = el("span", "faces");
        var seen = {};
        evs.forEach(function (e) {
          if (e[3] === "holiday" || seen[e[4]]) return;
          seen[e[4]] = true;
          var img = el("img");
          img.src = PEOPLE[e[4]].image;
          img.alt = "";
          img.width = 20;
          img.height = 20;
          faces.appendChild(img);
        });
        marks.appendChild(faces);
        cell.appendChild(marks);
      }
      (function (day) {
        cell.addEventListener("click", function () { select(day); });
      })(d);
      grid.appendChild(cell);
    }
    $("period-title").textContent = MONTHS[cursor.getMonth()] + " " + cursor.getFullYear();
  }

  // ---------------------------------------------------------------- week
  function renderWeek() {
    var grid = $("week-grid");
    grid.textContent = "";
    var start = mondayOf(cursor);
    var end = addDays(start, 6);
    for (var i = 0; i < 7; i++) {
      var d = addDays(start, i);
      var col = el("div", "day-col");
      if (sameDay(d, selected)) col.classList.add("is-selected");
      var head = el("div", "day-head" + (sameDay(d, today) ? " is-today" : ""));
      head.appendChild(el("span", "day-name", SHORT_DAYS[d.getDay()]));
      head.appendChild(el("span", "day-num", String(d.getDate())));
      col.appendChild(head);
      eventsOn(d).forEach(function (e) {
        var block = el("div", "block block-" + e[3]);
        block.appendChild(el("span", "block-time", e[0] || "All day"));
        block.appendChild(el("span", "block-title", e[2]));
        if (e[3] !== "holiday") {
          var img = el("img");
          img.src = PEOPLE[e[4]].image;
          img.alt = "";
          img.width = 22;
          img.height = 22;
          block.appendChild(img);
        }
        col.insertBefore(block, head.nextSibling);
      });
      grid.appendChild(col);
    }
    var title;
    if (start.getMonth() === end.getMonth()) {
      title = start.getDate() + " – " + end.getDate() + " " + MONTHS[end.getMonth()] + " " + end.getFullYear();
    } else if (start.getFullYear() === end.getFullYear()) {
      title = start.getDate() + " " + MONTHS[start.getMonth()] + " – " + end.getDate() + " " + MONTHS[end.getMonth()] + " " + end.getFullYear();
    } else {
      title = start.getDate() + " " + MONTHS[start.getMonth()] + " " + start.getFullYear() + " – " +
        end.getDate() + " " + MONTHS[end.getMonth()] + " " + end.getFullYear();
    }
    $("period-title").textContent = title;
  }

  // ---------------------------------------------------------------- side panel
  function renderPanel() {
    $("day-title").textContent = "Events on " + DAYS[selected.getDay()] + ", " + selected.getDate() + " " + MONTHS[selected.getMonth()];
    var evs = eventsOn(selected);
    $("day-count").textContent = evs.length ? evs.length + (evs.length === 1 ? " event" : " events") : "Free day";
    var list = $("events");
    list.textContent = "";
    evs.forEach(function (e) {
      var li = el("li", "event event-" + e[3]);
      var body = el("div", "event-body");
      body.appendChild(el("span", "event-time", timeText(e)));
      body.appendChild(el("span", "event-title", e[2]));
      body.appendChild(el("span", "event-place", e[5]));
      li.appendChild(body);
      if (e[3] !== "holiday") {
        var owner = el("div", "event-owner");
        var img = el("img");
        img.src = PEOPLE[e[4]].image;
        img.alt = PEOPLE[e[4]].name;
        img.width = 30;
        img.height = 30;
        owner.appendChild(img);
        owner.appendChild(el("span", "", PEOPLE[e[4]].name));
        li.appendChild(owner);
      }
      list.appendChild(li);
    });
    $("no-events").hidden = evs.length > 0;
  }

  function render() {
    var month = view === "month";
    $("month-grid").hidden = !month;
    $("weekdays").hidden = !month;
    $("week-grid").hidden = month;
    $("tab-month").setAttribute("aria-selected", month ? "true" : "false");
    $("tab-week").setAttribute("aria-selected", month ? "false" : "true");
    if (month) renderMonth(); else renderWeek();
    renderPanel();
  }

  $("prev").addEventListener("click", function () {
    if (view === "month") {
      cursor = new Date(cursor.getFullYear(), cursor.getMonth() - 1, 1);
    } else {
      cursor = addDays(cursor, -7);
      selected = addDays(selected, -7);
    }
    render();
  });
  $("next").addEventListener("click", function () {
    if (view === "month") {
      cursor = new Date(cursor.getFullYear(), cursor.getMonth() + 1, 1);
    } else {
      cursor = addDays(cursor, 7);
      selected = addDays(selected, 7);
    }
    render();
  });
  $("today").addEventListener("click", function () {
    cursor = new Date(today);
    selected = new Date(today);
    render();
  });
  $("tab-month").addEventListener("click", function () {
    view = "month";
    cursor = new Date(selected.getFullYear(), selected.getMonth(), 1);
    render();
  });
  $("tab-week").addEventListener("click", function () {
    view = "week";
    cursor = new Date(selected);
    render();
  });

  render();
})();
