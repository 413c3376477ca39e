/* Postbox - webmail for Alex Rivera (Larkhill Studio).
   One list of messages; every folder, the search and the counts are views of it. */
(function () {
  "use strict";

  var ME = { name: "Alex Rivera", email: "alex@larkhill.studio", avatar: "alex-rivera" };

  function person(name, email, avatar) { return { name: name, email: email, avatar: avatar }; }
  var P = {
    maya: person("Maya Okafor", "maya.okafor@larkhill.studio", "maya-okafor"),
    tomas: person("Tomás Herrera", "tomas@herreraprint.co.uk", "tomas-herrera"),
    leo: person("Leo Brandt", "leo.brandt@fastmail.com", "leo-brandt"),
    priya: person("Priya Natarajan", "priya@wharfstreetstudios.com", "priya-natarajan"),
    hannah: person("Hannah Schulz", "hannah.schulz@larkhill.studio", "hannah-schulz"),
    ines: person("Ines Duarte", "ines.duarte@larkhill.studio", "ines-duarte"),
    daniel: person("Daniel Kim", "daniel.kim@larkhill.studio", "daniel-kim"),
    oliver: person("Oliver Grant", "oliver.grant@larkhill.studio", "oliver-grant"),
    sofia: person("Sofia Rossi", "sofia.rossi@gmail.com", "sofia-rossi"),
    noah: person("Noah Williams", "noah@harbouryoga.com", "noah-williams"),
    amara: person("Amara Nwosu", "amara@designforall.org", "amara-nwosu"),
    kenji: person("Kenji Watanabe", "kenji@kestreltype.com", "kenji-watanabe"),
    grace: person("Grace Liu", "grace@harbouryoga.com", "grace-liu"),
    chloe: person("Chloe Martin", "chloe.martin@outlook.com", "chloe-martin"),
    cloud: person("Cloudnest Billing", "billing@cloudnest.io", "cloudnest"),
    marcus: person("Marcus Bell", "marcus.bell@larkhill.studio", "marcus-bell"),
    elena: person("Elena Petrova", "elena@petrovakitchen.com", "elena-petrova"),
    samuel: person("Samuel Osei", "samuel.osei@gmail.com", "samuel-osei"),
    zara: person("Zara Ahmed", "zara.ahmed@gmail.com", "zara-ahmed"),
    lucas: person("Lucas Moreau", "lucas@veloworks.co.uk", "lucas-moreau"),
    paperly: person("Paperly", "news@paperly.shop", "paperly"),
    ben: person("Ben Foster", "ben@scaledesign.events", "ben-foster")
  };

  // ts: minutes, for the order (newest first); the labels are what the list and the pane print.
  function at(day, hhmm) {  // day 1 = Jan 1 2026, day 31 = Dec 31 2025 ...
    var p = hhmm.split(":");
    var d = day === 1 ? 1000 : day;  // Jan 1 comes after every December day
    return d * 1440 + Number(p[0]) * 60 + Number(p[1]);
  }
  var WEEKDAY = { 1: "Thu", 31: "Wed", 30: "Tue", 29: "Mon", 28: "Sun", 27: "Sat", 26: "Fri", 23: "Tue", 22: "Mon", 20: "Sat", 19: "Fri", 18: "Thu", 16: "Tue", 15: "Mon" };
  function clock(hhmm) {
    var p = hhmm.split(":"), h = Number(p[0]), m = p[1];
    return (h % 12 === 0 ? 12 : h % 12) + ":" + m + (h < 12 ? " AM" : " PM");
  }
  function when(day, hhmm) {
    var month = day === 1 ? "Jan" : "Dec";
    return {
      ts: at(day, hhmm),
      time: day === 1 ? clock(hhmm) : month + " " + day,
      date: WEEKDAY[day] + ", " + month + " " + day + ", " + clock(hhmm)
    };
  }

  var seq = 0;
  function msg(folder, from, subject, whenAt, body, extra) {
    var m = {
      id: "m" + (++seq), folder: folder, from: from, to: [ME], subject: subject, body: body,
      ts: whenAt.ts, time: whenAt.time, date: whenAt.date,
      unread: false, starred: false, labels: [], attachments: [], replies: [], snooze: null
    };
    for (var k in extra) m[k] = extra[k];
    return m;
  }
  function sent(to, subject, whenAt, body) {
    return msg("sent", ME, subject, whenAt, body, { to: [to] });
  }

  var MESSAGES = [
    msg("inbox", P.maya, "Q1 roadmap review", when(1, "09:41"), [
      "Hi Alex, ahead of Monday's review I've put the draft roadmap in the shared folder and attached the PDF here.",
      "The big items are the Fernhill rebrand, the new booking site for Harbour Yoga and moving our file storage over to Cloudnest by March.",
      "Could you bring the hiring numbers for the two junior designer roles? I'd like to agree on start dates before we commit to the rebrand timeline.",
      "Thanks, and happy new year! Maya"
    ], { unread: true, labels: ["Work"], attachments: [{ name: "Q1-roadmap-draft.pdf", size: "2.4 MB", icon: "pdf" }] }),
    msg("inbox", P.tomas, "Invoice INV-0093 overdue", when(1, "08:57"), [
      "Hello Alex, a friendly reminder that payment for the December print run of the Fernhill brochures is now overdue.",
      "The amount is £1,240.00 and it was due on 28 December. If it has already gone out, please ignore this message.",
      "You can pay by bank transfer to Herrera Print Co., sort code 20-45-77, account 60419283, quoting INV-0093.",
      "Best regards, Tomás Herrera, Herrera Print Co."
    ], { unread: true, labels: ["Finance"] }),
    msg("inbox", P.leo, "Dinner on Saturday?", when(1, "07:30"), [
      "Hey Alex! We're finally back from Vienna and the flat is almost unpacked.",
      "Fancy coming over for dinner on Saturday around 7? Mia is making her famous mushroom risotto and we'd love to show you the photos.",
      "Bring Sam too, of course. Let me know either way!",
      "Leo"
    ], { unread: true, labels: ["Family"] }),
    msg("inbox", P.priya, "Studio rent – January", when(31, "16:18"), [
      "Hi Alex, happy new year! The invoice for January's studio rent is attached – it's the same as last month, £850.",
      "Payment is due by 5 January. The heating engineer is coming on Tuesday morning, so the back room may be a bit cold until lunch.",
      "Warm wishes, Priya – Wharf Street Studios"
    ], { labels: ["Finance"], attachments: [{ name: "Rent-January-2026.pdf", size: "84 KB", icon: "pdf" }] }),
    msg("inbox", P.hannah, "Offsite venue options", when(31, "11:05"), [
      "Hi Alex, I've narrowed the team offsite down to three venues near Bath, all free in the week of 16 February.",
      "Combe Lodge has the best workshop room, Millbrook Farm is the cheapest and Hartley House includes all meals.",
      "Can you have a look before Friday so I can hold the dates? Hannah"
    ], { starred: true, labels: ["Work", "Travel"], attachments: [{ name: "venues-shortlist.xlsx", size: "36 KB", icon: "sheet-file" }] }),
    msg("inbox", P.ines, "Brand refresh – first sketches", when(31, "09:12"), [
      "Morning Alex, here are the first logo sketches for Fernhill. I went in two directions: a hand-drawn leaf mark and a bold wordmark.",
      "I'd love your thoughts before I take either one further.",
      "Ines"
    ], { unread: true, labels: ["Work"], attachments: [{ name: "fernhill-sketches.png", size: "3.1 MB", icon: "image-file" }] }),
    msg("inbox", P.daniel, "Design review notes", when(30, "17:47"), [
      "Notes from today's review of the Harbour Yoga booking flow are below.",
      "1. The class filter needs a clear reset. 2. Move the price above the Book button. 3. Test the calendar on small phones.",
      "I'll update the prototype on Monday. Daniel"
    ], { labels: ["Work"] }),
    msg("inbox", P.oliver, "Quarterly newsletter draft", when(30, "14:20"), [
      "Hi Alex, the draft of the winter newsletter is ready for a read-through. It's about 900 words with six project photos.",
      "Could you check the bit about the Fernhill launch? I wasn't sure how much we're allowed to say yet.",
      "Cheers, Oliver"
    ], { unread: true, labels: ["Work"] }),
    msg("inbox", P.sofia, "Photos from the lake trip", when(29, "19:03"), [
      "Ciao Alex! I finally sorted the photos from Lake Garda – 42 of them, including the one of you falling off the paddleboard.",
      "The album link is in the shared family folder. Happy new year from all of us!",
      "Sofia x"
    ], { labels: ["Family"] }),
    msg("inbox", P.noah, "Contract renewal for 2026", when(28, "10:40"), [
      "Hi Alex, our maintenance contract with Larkhill runs out at the end of January.",
      "We'd like to renew for another twelve months on the same terms, adding two extra days of design support each quarter.",
      "Can we set up a short call next week? Noah Williams, Harbour Yoga"
    ], { labels: ["Work"] }),
    msg("inbox", P.amara, "Workshop slides are up", when(27, "15:15"), [
      "Hi everyone, the slides from the accessibility workshop are now on the conference site.",
      "Thanks again for joining the panel, Alex – the questions about colour contrast were the highlight of the day.",
      "Amara"
    ], { labels: ["Work"] }),
    msg("inbox", P.grace, "Yoga class moves to Tuesdays", when(26, "09:00"), [
      "Hi all, from January the Thursday evening class moves to Tuesdays at 6:30 pm, same room.",
      "Mats are provided, but bring a bottle of water. See you there!",
      "Grace"
    ]),
    msg("inbox", P.kenji, "Typeface licence question", when(23, "11:20"), [
      "Hello Alex, thanks for your interest in Kestrel Sans.",
      "The studio licence covers up to ten designers and includes web fonts for three domains. Apps need an extra licence.",
      "Best, Kenji – Kestrel Type Foundry"
    ], { labels: ["Work"] }),
    msg("inbox", P.chloe, "Coffee next week?", when(22, "13:45"), [
      "Hi Alex, it's been ages! I'm back in town from the 5th – coffee one morning next week?",
      "The new place on Quay Street does great cinnamon buns.",
      "Chloe"
    ]),

    msg("archive", P.cloud, "Your December invoice from Cloudnest", when(29, "08:00"), [
      "Hi Alex, your invoice for December is ready. Team plan, 5 seats: $60.00, paid with the card ending 4417.",
      "You can download a PDF copy from the Billing page of your Cloudnest account.",
      "Thanks for using Cloudnest."
    ], { labels: ["Finance"] }),
    msg("archive", P.marcus, "Train tickets for the 9th", when(20, "18:30"), [
      "Hi Alex, I've booked our tickets to Bath for the client visit on 9 January: the 8:05 from Paddington, back on the 18:42.",
      "Seats 32 and 33 in coach C. The tickets are in the attached PDF.",
      "Marcus"
    ], { starred: true, labels: ["Travel"], attachments: [{ name: "tickets-9-jan.pdf", size: "212 KB", icon: "pdf" }] }),
    msg("archive", P.elena, "Thanks for the intro!", when(18, "12:10"), [
      "Alex, thank you for introducing me to Hannah – we had a lovely call and I'm going to help with the offsite catering.",
      "Let me know if I can ever return the favour.",
      "Elena"
    ]),
    msg("archive", P.samuel, "Portfolio feedback", when(15, "09:35"), [
      "Hi Alex, thank you for taking the time to look at my portfolio last week.",
      "I've reworked the case studies as you suggested, leading with the problem and ending with results. The new version is linked below.",
      "Best wishes, Samuel"
    ]),

    msg("snoozed", P.zara, "Book club: January pick", when(30, "20:15"), [
      "Hi book clubbers! January's pick is The Lighthouse Keeper's Daughter. We meet on the 28th at mine.",
      "Bring a snack to share.",
      "Zara"
    ], { snooze: "Until Jan 5" }),
    msg("snoozed", P.lucas, "Bike service reminder", when(27, "08:20"), [
      "Hi Alex, your bike is due for its annual service. Book a slot online or drop in any weekday before 10am.",
      "Lucas – Velo Works"
    ], { snooze: "Until Jan 9" }),

    sent(P.hannah, "Re: Offsite venue options", when(31, "12:30"), [
      "Thanks Hannah! Combe Lodge gets my vote – the workshop room looks perfect. I'll confirm numbers on Friday."
    ]),
    sent(P.daniel, "Re: Design review notes", when(30, "18:02"), [
      "Great notes, thanks Daniel. Agree on all three – let's review the new prototype together on Tuesday."
    ]),
    sent(P.chloe, "Re: Coffee next week?", when(22, "15:10"), [
      "Yes please! Wednesday the 7th at 9? I'll never say no to a cinnamon bun."
    ]),
    sent(P.samuel, "Re: Portfolio feedback", when(16, "10:25"), [
      "Hi Samuel, happy to help. Send me the new version whenever it's ready."
    ]),

    msg("drafts", ME, "Speaker bio for the panel", when(29, "21:50"), [
      "Alex Rivera is a founding partner of Larkhill Studio, a small design practice in Bristol working with"
    ], { to: [P.amara] }),

    msg("trash", P.paperly, "Flash sale: 40% off notebooks", when(26, "07:00"), [
      "Our biggest sale of the year: 40% off every notebook, planner and pen until midnight on Sunday."
    ]),
    msg("trash", P.ben, "Webinar recording", when(19, "16:40"), [
      "Hi Alex, thanks for registering for Design systems that scale. The recording and slides are now available."
    ])
  ];

  var FOLDERS = { inbox: "Inbox", starred: "Starred", snoozed: "Snoozed", sent: "Sent", drafts: "Drafts", archive: "Archive", trash: "Trash" };
  var NOTES = {
    trash: "Messages in Trash are deleted forever after 30 days.",
    snoozed: "Snoozed messages come back to the Inbox on the date shown.",
    drafts: "Drafts are saved to your account and can be finished on any device."
  };

  var state = {
    view: "inbox",
    query: "",          // the search in force (applied after the debounce)
    searching: false,   // typed, not yet applied
    openId: null,
    compose: null,      // {mode: "new"|"reply"|"draft", replyTo, draftId, to, subject, body, error}
    toast: null
  };

  var $ = function (id) { return document.getElementById(id); };
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; }); }
  function byId(id) { for (var i = 0; i < MESSAGES.length; i++) if (MESSAGES[i].id === id) return MESSAGES[i]; return null; }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function avatarSrc(name) { return "images/avatars/" + name + ".svg"; }
  function mark(text) {
    var safe = esc(text);
    if (!state.query) return safe;
    var q = state.query.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return safe.replace(new RegExp("(" + esc(q) + ")", "ig"), "<mark>$1</mark>");
  }
  function nowTs() {
    var max = 0;
    MESSAGES.forEach(function (m) { if (m.ts > max) max = m.ts; });
    return max + 1;  // whatever is sent or saved now is the newest
  }

  // ---- what a view holds ----
  function matches(m, q) {
    var hay = [m.from.name, m.from.email, m.subject, m.body.join(" ")]
      .concat(m.to.map(function (p) { return p.name + " " + p.email; })).join(" \n ").toLowerCase();
    return hay.indexOf(q) !== -1;
  }
  function listed() {
    var out;
    if (state.query) {
      out = MESSAGES.filter(function (m) { return m.folder !== "trash" && matches(m, state.query); });
    } else if (state.view === "starred") {
      out = MESSAGES.filter(function (m) { return m.starred && m.folder !== "trash"; });
    } else if (state.view.indexOf("label:") === 0) {
      var label = state.view.slice(6);
      out = MESSAGES.filter(function (m) { return m.folder !== "trash" && m.labels.indexOf(label) !== -1; });
    } else {
      out = MESSAGES.filter(function (m) { return m.folder === state.view; });
    }
    return out.sort(function (a, b) { return b.ts - a.ts; });
  }
  function unreadInbox() { return MESSAGES.filter(function (m) { return m.folder === "inbox" && m.unread; }).length; }
  function draftCount() { return MESSAGES.filter(function (m) { return m.folder === "drafts"; }).length; }
  function viewName() { return FOLDERS[state.view] || state.view.replace("label:", ""); }

  // ---- sidebar ----
  function renderSidebar() {
    var unread = unreadInbox(), drafts = draftCount();
    $("count-inbox").textContent = unread ? String(unread) : "";
    $("count-drafts").textContent = drafts ? String(drafts) : "";
    document.querySelectorAll(".folder").forEach(function (a) {
      a.classList.toggle("is-current", a.getAttribute("data-view") === state.view);
      if (a.getAttribute("data-view") === state.view) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
    });
    document.querySelector('.folder[data-view="inbox"]').classList.toggle("has-unread", unread > 0);
    document.title = viewName() + (state.view === "inbox" && unread ? " (" + unread + ")" : "") + " · Alex Rivera · Postbox";
  }

  // ---- message list (rows are kept per message, so a row that stays is the same row) ----
  var rows = {};
  function rowFrom(m) {
    if (m.folder === "drafts") {
      var who = m.to.length ? "To: " + m.to.map(function (p) { return p.name; }).join(", ") : "(no recipient)";
      return '<span class="draft-tag">Draft</span> ' + mark(who);
    }
    if (m.folder === "sent") return mark("To: " + m.to.map(function (p) { return p.name; }).join(", "));
    return mark(m.from.name);
  }
  function rowAvatar(m) {
    if (m.folder === "sent" || m.folder === "drafts") return m.to.length ? m.to[0].avatar : "draft";
    return m.from.avatar;
  }
  function rowHtml(m) {
    var chips = "";
    if (state.query) chips = '<span class="chip chip-folder">' + FOLDERS[m.folder] + "</span>";  // search: where it is
    else m.labels.forEach(function (l) { chips += '<span class="chip chip-' + l + '">' + l + "</span>"; });
    var time = m.folder === "snoozed" && m.snooze ? '<span class="row-time snooze">' + m.snooze + "</span>" : '<span class="row-time">' + esc(m.time) + "</span>";
    var snippet = m.body.length && m.body[0] ? m.body[0] : "(no message)";
    return '<img class="row-avatar" src="' + avatarSrc(rowAvatar(m)) + '" alt="">' +
      '<div class="row-main">' +
        '<div class="row-top"><span class="row-from">' + rowFrom(m) + "</span>" + time + "</div>" +
        '<div class="row-mid"><span class="row-subject">' + mark(m.subject || "(no subject)") + '</span><span class="row-chips">' + chips + "</span>" +
          '<button type="button" class="row-star" aria-label="' + (m.starred ? "Starred" : "Not starred") + '"><img alt="" width="20" height="20" src="images/' + (m.starred ? "star-filled" : "star-row") + '.svg"></button></div>' +
        '<div class="row-snippet">' + mark(snippet) + "</div>" +
      "</div>";
  }
  function renderList() {
    var list = $("messages"), items = listed();
    var title = state.query ? "Search results" : viewName();
    $("list-title").textContent = title;
    $("list-spinner").hidden = !state.searching;
    if (state.searching) {
      $("list-count").textContent = "Searching…";
    } else if (state.query) {
      $("list-count").textContent = (items.length ? plural(items.length, "result") : "No results") + " for '" + state.query + "'";
    } else {
      $("list-count").textContent = plural(items.length, "message");
    }
    $("clear-search").hidden = !state.query || state.searching;
    list.classList.toggle("is-searching", state.searching);
    var note = !state.query && NOTES[state.view];
    $("list-note").hidden = !note;
    $("list-note").textContent = note || "";

    var keep = {};
    items.forEach(function (m) {
      var row = rows[m.id];
      if (!row) {
        row = document.createElement("li");
        row.className = "row";
        row.tabIndex = 0;
        row.setAttribute("data-id", m.id);
        rows[m.id] = row;
      }
      var html = rowHtml(m);
      if (row._html !== html) { row.innerHTML = html; row._html = html; }
      row.classList.toggle("unread", m.unread && m.folder !== "sent" && m.folder !== "drafts");
      row.classList.toggle("selected", state.openId === m.id || (state.compose && state.compose.draftId === m.id));
      list.appendChild(row);  // in order
      keep[m.id] = true;
    });
    Object.keys(rows).forEach(function (id) {
      if (!keep[id] && rows[id].parentNode) rows[id].parentNode.removeChild(rows[id]);
    });
    var empty = $("list-empty");
    empty.hidden = items.length > 0 || state.searching;
    empty.textContent = state.query ? "No messages match your search." : "No messages in " + viewName() + ".";
  }

  // ---- reading pane ----
  function tool(action, icon, label, cls) {
    return '<button type="button" class="tool' + (cls ? " " + cls : "") + '" data-action="' + action + '"><img src="images/' + icon + '.svg" alt="" width="18" height="18">' + label + "</button>";
  }
  function paneEmpty() {
    return '<div class="pane-empty"><img src="images/empty-pane.svg" alt="" width="180" height="140">' +
      "<h2>No conversation selected</h2><p>Pick a message from the list to read it here.</p></div>";
  }
  function paneMessage(m) {
    var tools = "";
    if (m.folder !== "sent") tools += tool("reply", "reply", "Reply", "primary");
    if (m.folder === "archive") tools += tool("unarchive", "inbox", "Move to Inbox");
    else if (m.folder === "trash") tools += tool("unarchive", "inbox", "Move to Inbox");
    else if (m.folder !== "sent") tools += tool("archive", "archive", "Archive");
    tools += m.folder === "trash" ? tool("forever", "trash", "Delete forever") : tool("delete", "trash", "Delete");
    if (m.folder !== "sent") tools += tool("unread", "mail-unread", "Mark unread");
    tools += m.starred ? tool("star", "star-filled", "Unstar", "is-on") : tool("star", "star", "Star");
    tools += '<span class="tool-gap"></span><button type="button" class="icon-btn small" title="Print"><img src="images/print.svg" alt="" width="18" height="18"></button>';

    var chips = '<span class="chip chip-folder">' + FOLDERS[m.folder] + "</span>";
    m.labels.forEach(function (l) { chips += '<span class="chip chip-' + l + '">' + l + "</span>"; });
    var toLine = m.folder === "sent" ? "to " + m.to.map(function (p) { return p.name; }).join(", ") : "to me";
    var html = '<div class="msg-toolbar">' + tools + "</div>" +
      '<article class="msg"><div class="msg-head"><h2>' + esc(m.subject) + "</h2>" + chips + "</div>" +
      '<div class="msg-from"><img src="' + avatarSrc(m.from.avatar) + '" alt="">' +
      '<div class="msg-who"><div class="msg-name">' + esc(m.from.name) + ' <span class="msg-email">&lt;' + esc(m.from.email) + "&gt;</span></div>" +
      '<div class="msg-to">' + esc(toLine) + "</div></div>" +
      '<div class="msg-date">' + esc(m.date) + "</div></div>" +
      '<div class="msg-body">' + m.body.map(function (p) { return "<p>" + esc(p) + "</p>"; }).join("") + "</div>";
    if (m.attachments.length) {
      html += '<div class="attachments">' + m.attachments.map(function (a) {
        return '<div class="attachment"><img src="images/' + a.icon + '.svg" alt="" width="32" height="32"><div><div class="att-name">' + esc(a.name) + '</div><div class="att-size">' + esc(a.size) + "</div></div></div>";
      }).join("") + "</div>";
    }
    m.replies.forEach(function (r) {
      html += '<div class="thread-reply"><div class="msg-from"><img src="' + avatarSrc(ME.avatar) + '" alt="">' +
        '<div class="msg-who"><div class="msg-name">' + esc(ME.name) + ' <span class="msg-email">&lt;' + esc(ME.email) + "&gt;</span></div>" +
        '<div class="msg-to">to ' + esc(m.from.name) + "</div></div>" +
        '<div class="msg-date">' + esc(r.time) + "</div></div>" +
        '<div class="msg-body">' + r.body.map(function (p) { return "<p>" + esc(p) + "</p>"; }).join("") + "</div></div>";
    });
    return html + "</article>";
  }
  function paneCompose(c) {
    var heading = c.mode === "reply" ? "Reply to " + c.replyName : (c.mode === "draft" ? "Draft" : "New message");
    var quoted = "";
    if (c.mode === "reply") {
      var o = byId(c.replyTo);
      quoted = '<div class="quoted"><div class="quoted-head">On ' + esc(o.date) + ", " + esc(o.from.name) + " wrote:</div>" +
        o.body.map(function (p) { return "<p>" + esc(p) + "</p>"; }).join("") + "</div>";
    }
    return '<form class="compose" id="compose-form" autocomplete="off">' +
      '<div class="compose-head"><h2>' + esc(heading) + "</h2></div>" +
      '<div class="compose-row"><label for="c-to">To</label><input id="c-to" type="text" value="' + esc(c.to) + '"></div>' +
      '<div class="compose-row"><label for="c-subject">Subject</label><input id="c-subject" type="text" value="' + esc(c.subject) + '"></div>' +
      '<div class="compose-body"><textarea id="c-body" placeholder="Write your message…" aria-label="Message">' + esc(c.body) + "</textarea>" + quoted + "</div>" +
      (c.error ? '<div class="compose-error">' + esc(c.error) + "</div>" : "") +
      '<div class="compose-foot"><button type="submit" class="send-btn"><img src="images/send-white.svg" alt="" width="18" height="18">Send</button>' +
      '<button type="button" class="plain-btn" data-action="save-draft">Save draft</button>' +
      '<button type="button" class="plain-btn" data-action="discard">Discard</button>' +
      '<span class="foot-gap"></span><span class="attach-note"><img src="images/paperclip.svg" alt="" width="16" height="16">Attach</span></div></form>';
  }
  var paneKey = null;
  function renderPane() {
    var pane = $("pane"), m = state.openId && byId(state.openId), html, key;
    if (state.compose) { key = "compose:" + JSON.stringify([state.compose.mode, state.compose.replyTo, state.compose.draftId, state.compose.error]); }
    else if (m) { key = "msg:" + m.id; }
    else { key = "empty"; }
    if (state.compose) {
      if (key === paneKey) return;  // the fields keep what is typed
      html = paneCompose(state.compose);
    } else if (m) {
      html = paneMessage(m);
    } else {
      html = paneEmpty();
    }
    if (key !== paneKey) pane.scrollTop = 0;
    paneKey = key;
    pane.innerHTML = html;
  }

  function render() { renderSidebar(); renderList(); renderPane(); }

  // ---- toast ----
  var toastTimer = null;
  function toast(text, undo) {
    state.toast = { text: text, undo: undo || null };
    $("toast-text").textContent = text;
    $("toast-undo").hidden = !undo;
    $("toast").classList.toggle("no-undo", !undo);
    $("toast").hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { $("toast").hidden = true; state.toast = null; }, 4000);
  }
  $("toast-undo").addEventListener("click", function () {
    if (state.toast && state.toast.undo) state.toast.undo();
    $("toast").hidden = true;
    clearTimeout(toastTimer);
    render();
  });

  // ---- actions ----
  function open(id) {
    var m = byId(id);
    if (!m) return;
    if (m.folder === "drafts") { editDraft(m); return; }
    state.compose = null;
    state.openId = id;
    m.unread = false;
    render();
  }
  function setView(view) {
    state.view = view;
    state.openId = null;
    state.compose = null;
    clearSearch(false);
    $("messages").scrollTop = 0;
    render();
  }
  function moveTo(m, folder, text) {
    var before = m.folder;
    m.folder = folder;
    state.openId = null;
    toast(text, function () { m.folder = before; });
    render();
  }
  function readCompose() {
    var c = state.compose;
    if (!c || !$("c-to")) return c;
    c.to = $("c-to").value; c.subject = $("c-subject").value; c.body = $("c-body").value;
    return c;
  }
  function recipients(text) {
    return text.split(",").map(function (s) { return s.trim(); }).filter(Boolean).map(function (s) {
      var found = null;
      Object.keys(P).forEach(function (k) {
        var p = P[k];
        if (s.toLowerCase().indexOf(p.email) !== -1 || s.toLowerCase() === p.name.toLowerCase()) found = p;
      });
      if (found) return found;
      var email = (s.match(/<([^>]+)>/) || [null, s])[1];
      return { name: s.replace(/\s*<[^>]+>\s*/, "") || email, email: email, avatar: "draft" };
    });
  }
  function startCompose(c) {
    state.compose = c;
    render();
  }
  function editDraft(m) {
    state.openId = null;
    startCompose({ mode: "draft", draftId: m.id, to: m.to.map(function (p) { return p.name + " <" + p.email + ">"; }).join(", "),
      subject: m.subject, body: m.body.join("\n\n"), error: null });
  }
  function closeCompose(backTo) {
    state.compose = null;
    state.openId = backTo || null;
    render();
  }
  function send() {
    var c = readCompose();
    var to = recipients(c.to);
    if (!to.length) { c.error = "Add at least one recipient before sending."; paneKey = null; render(); return; }
    var body = c.body.trim() ? c.body.trim().split(/\n\s*\n/) : [];
    var ts = nowTs();
    MESSAGES.push({ id: "m" + (++seq), folder: "sent", from: ME, to: to, subject: c.subject.trim() || "(no subject)", body: body,
      ts: ts, time: "Just now", date: "Today, just now", unread: false, starred: false, labels: [], attachments: [], replies: [], snooze: null });
    if (c.mode === "draft") MESSAGES.splice(MESSAGES.indexOf(byId(c.draftId)), 1);
    var back = null;
    if (c.mode === "reply") { byId(c.replyTo).replies.push({ body: body, time: "Just now" }); back = c.replyTo; }
    toast("Message sent");
    closeCompose(back);
  }
  function saveDraft() {
    var c = readCompose();
    var to = recipients(c.to);
    var body = c.body.trim() ? c.body.trim().split(/\n\s*\n/) : [];
    var d = c.mode === "draft" ? byId(c.draftId) : null;
    if (!d) {
      d = { id: "m" + (++seq), folder: "drafts", from: ME, unread: false, starred: false, labels: [], attachments: [], replies: [], snooze: null };
      MESSAGES.push(d);
    }
    d.to = to; d.subject = c.subject.trim(); d.body = body;
    d.ts = nowTs(); d.time = "Just now"; d.date = "Today, just now";
    toast("Draft saved");
    closeCompose(c.mode === "reply" ? c.replyTo : null);
  }
  function discard() {
    var c = state.compose;
    if (c && c.mode === "draft") MESSAGES.splice(MESSAGES.indexOf(byId(c.draftId)), 1);
    toast("Draft discarded");
    closeCompose(c && c.mode === "reply" ? c.replyTo : null);
  }

  // ---- search: applied 400 ms after the typing stops ----
  var searchTimer = null;
  function clearSearch(doRender) {
    clearTimeout(searchTimer);
    $("search").value = "";
    $("search-clear").hidden = true;
    state.query = ""; state.searching = false;
    if (doRender) render();
  }
  $("search").addEventListener("input", function () {
    var q = this.value.trim().toLowerCase();
    clearTimeout(searchTimer);
    $("search-clear").hidden = !this.value;
    if (!q) {
      state.query = ""; state.searching = false;
      $("messages").scrollTop = 0;
      render();
      return;
    }
    state.searching = true;
    renderList();
    searchTimer = setTimeout(function () {
      state.query = q; state.searching = false;
      state.openId = null;
      $("messages").scrollTop = 0;
      render();
    }, 400);
  });
  $("search").addEventListener("keydown", function (e) {
    if (e.key === "Escape") clearSearch(true);
  });
  $("search-clear").addEventListener("click", function () { clearSearch(true); $("search").focus(); });
  $("clear-search").addEventListener("click", function (e) { e.preventDefault(); clearSearch(true); });

  // ---- wiring ----
  $("compose").addEventListener("click", function () {
    state.openId = null;
    startCompose({ mode: "new", to: "", subject: "", body: "", error: null });
  });
  document.querySelectorAll(".folder").forEach(function (a) {
    a.addEventListener("click", function (e) { e.preventDefault(); setView(a.getAttribute("data-view")); });
  });
  $("messages").addEventListener("click", function (e) {
    var row = e.target.closest(".row");
    if (!row) return;
    var m = byId(row.getAttribute("data-id"));
    if (e.target.closest(".row-star")) { m.starred = !m.starred; render(); return; }
    open(m.id);
  });
  $("messages").addEventListener("keydown", function (e) {
    var row = e.target.closest(".row");
    if (row && e.key === "Enter") open(row.getAttribute("data-id"));
  });
  $("pane").addEventListener("click", function (e) {
    var b = e.target.closest("[data-action]");
    if (!b) return;
    var action = b.getAttribute("data-action"), m = state.openId && byId(state.openId);
    if (action === "save-draft") { saveDraft(); return; }
    if (action === "discard") { discard(); return; }
    if (!m) return;
    if (action === "star") { m.starred = !m.starred; render(); }
    else if (action === "archive") moveTo(m, "archive", "Conversation archived");
    else if (action === "unarchive") moveTo(m, "inbox", "Conversation moved to Inbox");
    else if (action === "delete") moveTo(m, "trash", "Conversation moved to Trash");
    else if (action === "forever") { MESSAGES.splice(MESSAGES.indexOf(m), 1); state.openId = null; toast("Conversation deleted forever"); render(); }
    else if (action === "unread") { m.unread = true; state.openId = null; toast("Marked as unread"); render(); }
    else if (action === "reply") {
      state.openId = m.id;
      startCompose({ mode: "reply", replyTo: m.id, replyName: m.from.name, to: m.from.name + " <" + m.from.email + ">",
        subject: /^re:/i.test(m.subject) ? m.subject : "Re: " + m.subject, body: "", error: null });
    }
  });
  $("pane").addEventListener("submit", function (e) { e.preventDefault(); send(); });

  render();
})();
