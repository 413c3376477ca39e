(function () {
  "use strict";

  // ------------------------------------------------------------ data
  // Each conversation: who, avatar, status, unread count, messages and the
  // canned replies its contact sends back (in order) when you write to them.

  var conversations = [
    {
      id: "maya", name: "Maya Chen", avatar: "images/maya.svg", status: "Online", online: true, unread: 2,
      messages: [
        { day: "Yesterday" },
        { from: "me", text: "Happy almost new year! Any plans for the weekend?", time: "18:20" },
        { from: "them", text: "Not yet. Dinner, maybe?", time: "18:32" },
        { day: "Today" },
        { from: "them", text: "I found a little Moroccan place by the river", time: "9:40" },
        { from: "them", text: "Are we still on for dinner Saturday?", time: "9:41" }
      ],
      replies: ["Perfect! I'll book a table for 7:30.", "Just bring yourself. Maybe dessert?", "Can't wait!"]
    },
    {
      id: "leo", name: "Leo Park", avatar: "images/leo.svg", status: "Last seen at 9:20", online: false, unread: 3,
      messages: [
        { day: "Today" },
        { from: "them", text: "Morning! The build was failing on main", time: "9:12" },
        { from: "them", text: "Found it, a missing environment variable", time: "9:14" },
        { from: "them", text: "Pushed the fix, can you review?", time: "9:15" }
      ],
      replies: ["Thanks, merging it now.", "Great, I'll ping you after lunch."]
    },
    {
      id: "bookclub", name: "Book club", avatar: "images/bookclub.svg", status: "5 members", online: false, unread: 1, group: true,
      messages: [
        { day: "Today" },
        { from: "them", sender: "Tomás", text: "Who is hosting in January?", time: "8:31" },
        { from: "me", text: "I can host! I'll make soup.", time: "8:40" },
        { from: "them", sender: "Priya", text: "Chapter 12 was wild", time: "8:50" }
      ],
      replies: ["Priya: Agreed, no spoilers though!"]
    },
    {
      id: "priya", name: "Priya Nair", avatar: "images/priya.svg", status: "Online", online: true, unread: 0,
      messages: [
        { day: "Yesterday" },
        { from: "me", text: "Made you a playlist for the long drive", time: "20:02" },
        { from: "them", text: "Thanks for the playlist!", time: "20:15" }
      ],
      replies: ["Still listening to it on repeat."],
      listTime: "Yesterday"
    },
    {
      id: "dad", name: "Dad", avatar: "images/dad.svg", status: "Last seen yesterday", online: false, unread: 0,
      messages: [
        { day: "Yesterday" },
        { from: "them", text: "Did the package arrive?", time: "16:48" },
        { from: "me", text: "It did, thank you!", time: "17:05" },
        { from: "them", text: "Call me when you're free", time: "17:06" }
      ],
      replies: ["Good to hear from you, kiddo."],
      listTime: "Yesterday"
    },
    {
      id: "tomas", name: "Tomás Rivera", avatar: "images/tomas.svg", status: "Last seen Monday", online: false, unread: 0,
      messages: [
        { day: "Monday" },
        { from: "me", text: "Leg day tomorrow?", time: "19:30" },
        { from: "them", text: "See you at the gym at 7", time: "19:44" }
      ],
      replies: ["Don't skip it this time!"],
      listTime: "Mon"
    }
  ];

  var REPLY_DELAY_MS = 1500;

  var activeId = null;
  var query = "";

  var listEl = document.getElementById("conversations");
  var noResults = document.getElementById("no-results");
  var unreadTotal = document.getElementById("unread-total");
  var emptyState = document.getElementById("empty-state");
  var thread = document.getElementById("thread");
  var threadAvatar = document.getElementById("thread-avatar");
  var threadName = document.getElementById("thread-name");
  var threadStatus = document.getElementById("thread-status");
  var messagesEl = document.getElementById("messages");
  var composer = document.getElementById("composer");
  var input = document.getElementById("message");
  var search = document.getElementById("search");

  function byId(id) {
    for (var i = 0; i < conversations.length; i++) if (conversations[i].id === id) return conversations[i];
    return null;
  }

  function clockTime() {
    var now = new Date();
    var m = now.getMinutes();
    return now.getHours() + ":" + (m < 10 ? "0" : "") + m;
  }

  function lastMessage(c) {
    for (var i = c.messages.length - 1; i >= 0; i--) if (c.messages[i].text) return c.messages[i];
    return null;
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text != null) node.textContent = text;
    return node;
  }

  // ------------------------------------------------------------ rendering

  function renderList() {
    listEl.textContent = "";
    var q = query.trim().toLowerCase();
    var shown = 0;
    conversations.forEach(function (c) {
      if (q && c.id !== activeId && c.name.toLowerCase().indexOf(q) < 0) return; // bug: the open chat is never filtered out
      shown++;
      var last = lastMessage(c);
      var li = el("li");
      var btn = el("button", "convo");
      btn.type = "button";
      if (c.id === activeId) btn.classList.add("is-active");
      if (c.unread) btn.classList.add("has-unread");
      var img = el("img", "avatar");
      img.src = c.avatar;
      img.alt = "";
      img.width = 48;
      img.height = 48;
      var main = el("span", "convo-main");
      main.appendChild(el("span", "convo-name", c.name));
      var preview;
      if (c.typing) {
        preview = el("span", "convo-preview is-typing", "typing…");
      } else {
        var text = last ? last.text : "";
        if (last && last.from === "me") text = "You: " + text;
        else if (last && last.sender) text = last.sender + ": " + text;
        preview = el("span", "convo-preview", text);
      }
      main.appendChild(preview);
      var side = el("span", "convo-side");
      side.appendChild(el("span", "convo-time", c.listTime || (last ? last.time : "")));
      if (c.unread) side.appendChild(el("span", "badge", String(c.unread)));
      btn.appendChild(img);
      btn.appendChild(main);
      btn.appendChild(side);
      btn.addEventListener("click", function () { openConversation(c.id); });
      li.appendChild(btn);
      listEl.appendChild(li);
    });
    noResults.hidden = shown > 0;

    var total = conversations.reduce(function (sum, c) { return sum + c.unread; }, 0);
    unreadTotal.textContent = total ? total + " unread" : "All caught up";
    unreadTotal.classList.toggle("is-clear", total === 0);
  }

  function renderThread() {
    var c = byId(activeId);
    emptyState.hidden = !!c;
    thread.hidden = !c;
    if (!c) return;
    threadAvatar.src = c.avatar;
    threadName.textContent = c.name;
    threadStatus.textContent = c.status;
    threadStatus.classList.toggle("is-online", !!c.online);

    messagesEl.textContent = "";
    c.messages.forEach(function (m) {
      if (m.day) {
        messagesEl.appendChild(el("div", "day", m.day));
        return;
      }
      var wrap = el("div", "msg " + (m.from === "me" ? "mine" : "theirs"));
      if (m.sender) wrap.appendChild(el("span", "sender", m.sender));
      wrap.appendChild(el("div", "bubble", m.text));
      wrap.appendChild(el("span", "meta", m.time));
      messagesEl.appendChild(wrap);
    });
    if (c.typing) {
      var typing = el("div", "typing");
      var dots = el("span", "typing-dots");
      dots.appendChild(el("i"));
      dots.appendChild(el("i"));
      dots.appendChild(el("i"));
      typing.appendChild(dots);
      typing.appendChild(el("span", null, (c.group ? "Someone" : c.name.split(" ")[0]) + " is typing…"));
      messagesEl.appendChild(typing);
    }
    messagesEl.scrollTop = messagesEl.scrollHeight;
  }

  function render() {
    renderList();
    renderThread();
  }

  // ------------------------------------------------------------ behaviour

  function openConversation(id) {
    var c = byId(id);
    if (!c) return;
    activeId = id;
    c.unread = 0;
    render();
  }

  function moveToTop(c) {
    conversations.splice(conversations.indexOf(c), 1);
    conversations.unshift(c);
  }

  function ensureToday(c) {
    var lastDay = null;
    c.messages.forEach(function (m) { if (m.day) lastDay = m.day; });
    if (lastDay !== "Today") c.messages.push({ day: "Today" });
  }

  function send() {
    var text = input.value.trim();
    if (!text) return; // an empty message is ignored
    var c = byId(activeId);
    if (!c) return;
    ensureToday(c);
    c.messages.push({ from: "me", text: text, time: clockTime() });
    c.listTime = null;
    input.value = "";
    moveToTop(c);
    scheduleReply(c);
    render();
    input.focus();
  }

  function scheduleReply(c) {
    c.pending = (c.pending || 0) + 1;
    c.typing = true;
    setTimeout(function () {
      var replies = c.replies;
      var text = replies[(c.replyIndex || 0) % replies.length];
      c.replyIndex = (c.replyIndex || 0) + 1;
      var msg = { from: "them", text: text, time: clockTime() };
      if (c.group) {
        var cut = text.indexOf(": ");
        msg.sender = text.slice(0, cut);
        msg.text = text.slice(cut + 2);
      }
      c.messages.push(msg);
      c.pending -= 1;
      c.typing = c.pending > 0;
      if (c.id !== activeId) c.unread += 1;
      moveToTop(c);
      render();
    }, REPLY_DELAY_MS);
  }

  composer.addEventListener("submit", function (event) {
    event.preventDefault();
    send();
  });

  search.addEventListener("input", function () {
    query = search.value;
    renderList();
  });

  render();
})();
