// Chatter: conversations live in a table keyed by id; the list order is its own array of ids.
(function () {
  "use strict";

  var people = {
    maya: { name: "Maya Chen", face: "maya", presence: "Online", on: true, unread: 2,
      log: [["day", "Yesterday"], ["out", "Happy almost new year! Any plans for the weekend?", "18:20"], ["in", "Not yet. Dinner, maybe?", "18:32"],
            ["day", "Today"], ["in", "I found a little Moroccan place by the river", "9:40"], ["in", "Are we still on for dinner Saturday?", "9:41"]],
      answers: ["Perfect! I'll book a table for 7:30.", "Just bring yourself. Maybe dessert?", "Can't wait!"] },
    leo: { name: "Leo Park", face: "leo", presence: "Last seen at 9:20", unread: 3,
      log: [["day", "Today"], ["in", "Morning! The build was failing on main", "9:12"], ["in", "Found it, a missing environment variable", "9:14"], ["in", "Pushed the fix, can you review?", "9:15"]],
      answers: ["Thanks, merging it now.", "Great, I'll ping you after lunch."] },
    bookclub: { name: "Book club", face: "bookclub", presence: "5 members", unread: 1, many: true,
      log: [["day", "Today"], ["in", "Who is hosting in January?", "8:31", "Tomás"], ["out", "I can host! I'll make soup.", "8:40"], ["in", "Chapter 12 was wild", "8:50", "Priya"]],
      answers: ["Priya: Agreed, no spoilers though!"] },
    priya: { name: "Priya Nair", face: "priya", presence: "Online", on: true, unread: 0, stamp: "Yesterday",
      log: [["day", "Yesterday"], ["out", "Made you a playlist for the long drive", "20:02"], ["in", "Thanks for the playlist!", "20:15"]],
      answers: ["Still listening to it on repeat."] },
    dad: { name: "Dad", face: "dad", presence: "Last seen yesterday", unread: 0, stamp: "Yesterday",
      log: [["day", "Yesterday"], ["in", "Did the package arrive?", "16:48"], ["out", "It did, thank you!", "17:05"], ["in", "Call me when you're free", "17:06"]],
      answers: ["Good to hear from you, kiddo."] },
    tomas: { name: "Tomás Rivera", face: "tomas", presence: "Last seen Monday", unread: 0, stamp: "Mon",
      log: [["day", "Monday"], ["out", "Leg day tomorrow?", "19:30"], ["in", "See you at the gym at 7", "19:44"]],
      answers: ["Don't skip it this time!"] }
  };
  var order = ["maya", "leo", "bookclub", "priya", "dad", "tomas"];
  var open = null;
  var filter = "";
  var WAIT = 1500;

  var q = function (s) { return document.querySelector(s); };
  var list = q("[data-list]"), log = q("[data-log]"), box = q("#ch-text"), find = q("#ch-find");

  function mk(tag, cls, txt) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (txt != null) n.textContent = txt;
    return n;
  }
  function now() {
    var d = new Date();
    return d.getHours() + ":" + String(d.getMinutes()).padStart(2, "0");
  }
  function lastLine(p) {
    var lines = p.log.filter(function (l) { return l[0] !== "day"; });
    return lines.length ? lines[lines.length - 1] : null;
  }

  function paintList() {
    while (list.firstChild) list.removeChild(list.firstChild);
    var needle = filter.trim().toLowerCase();
    var visible = order.filter(function (id) { return !needle || people[id].name.toLowerCase().indexOf(needle) >= 0; });
    visible.forEach(function (id) {
      var p = people[id], last = lastLine(p);
      var li = mk("li");
      var b = mk("button", "ch-row");
      b.type = "button";
      if (id === open) b.setAttribute("aria-current", "true");
      if (p.unread) b.setAttribute("data-unread", "");
      var img = mk("img", "ch-face");
      img.src = "images/" + p.face + ".svg"; img.alt = ""; img.width = 48; img.height = 48;
      var mid = mk("span", "ch-row__mid");
      mid.appendChild(mk("span", "ch-row__name", p.name));
      if (p.writing) mid.appendChild(mk("span", "ch-row__last ch-live", "typing…"));
      else {
        var t = last ? last[1] : "";
        if (last && last[0] === "out") t = "You: " + t;
        else if (last && last[3]) t = last[3] + ": " + t;
        mid.appendChild(mk("span", "ch-row__last", t));
      }
      var end = mk("span", "ch-row__end");
      end.appendChild(mk("span", "ch-row__when", p.stamp || (last ? last[2] : "")));
      if (p.unread) end.appendChild(mk("span", "ch-dot", String(p.unread)));
      b.appendChild(img); b.appendChild(mid); b.appendChild(end);
      b.addEventListener("click", function () { choose(id); });
      li.appendChild(b);
      list.appendChild(li);
    });
    q("[data-none]").hidden = visible.length > 0;
    var sum = order.reduce(function (s, id) { return s + people[id].unread; }, 0);
    var pill = q("[data-count]");
    pill.textContent = sum ? sum + " unread" : "All caught up";
    if (sum) pill.removeAttribute("data-zero"); else pill.setAttribute("data-zero", "");
  }

  function paintChat() {
    var p = open ? people[open] : null;
    q("[data-blank]").hidden = !!p;
    q("[data-chat]").hidden = !p;
    if (!p) return;
    q("[data-chat-face]").src = "images/" + p.face + ".svg";
    q("[data-chat-name]").textContent = p.name;
    var pres = q("[data-chat-presence]");
    pres.textContent = p.presence;
    pres.classList.toggle("ch-on", !!p.on);
    while (log.firstChild) log.removeChild(log.firstChild);
    p.log.forEach(function (l) {
      var g = mk("div", "ch-group");
      if (l[0] === "day") g.appendChild(mk("div", "ch-day", l[1]));
      else {
        var m = mk("div", "ch-m " + (l[0] === "out" ? "ch-m--out" : "ch-m--in"));
        if (l[3]) m.appendChild(mk("span", "ch-m__from", l[3]));
        m.appendChild(mk("div", "ch-m__text", l[1]));
        m.appendChild(mk("span", "ch-m__at", l[2]));
        g.appendChild(m);
      }
      log.appendChild(g);
    });
    if (p.writing) {
      var w = mk("div", "ch-writing");
      var dots = mk("span", "ch-writing__dots");
      for (var i = 0; i < 3; i++) dots.appendChild(mk("i"));
      w.appendChild(dots);
      w.appendChild(mk("span", null, (p.many ? "Someone" : p.name.split(" ")[0]) + " is typing…"));
      log.appendChild(w);
    }
    log.scrollTop = log.scrollHeight;
  }

  function paint() { paintList(); paintChat(); }

  function choose(id) {
    open = id;
    people[id].unread = 0;
    paint();
  }

  function bump(id) { order = [id].concat(order.filter(function (x) { return x !== id; })); }

  function replyLater(id) {
    var p = people[id];
    p.waiting = (p.waiting || 0) + 1;
    p.writing = true;
    setTimeout(function () {
      var n = p.said || 0;
      var text = p.answers[n % p.answers.length];
      p.said = n + 1;
      var line = ["in", text, now()];
      if (p.many) { var at = text.indexOf(": "); line = ["in", text.slice(at + 2), now(), text.slice(0, at)]; }
      p.log.push(line);
      p.waiting -= 1;
      p.writing = p.waiting > 0;
      if (id !== open) p.unread += 1;
      bump(id);
      paint();
    }, WAIT);
  }

  q("[data-write]").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var text = box.value.trim();
    if (!text || !open) return;
    var p = people[open];
    var days = p.log.filter(function (l) { return l[0] === "day"; });
    if (!days.length || days[days.length - 1][1] !== "Today") p.log.push(["day", "Today"]);
    p.log.push(["out", text, now()]);
    p.stamp = null;
    box.value = "";
    bump(open);
    replyLater(open);
    paint();
    box.focus();
  });

  find.addEventListener("input", function () { filter = find.value; paintList(); });

  paint();
})();
