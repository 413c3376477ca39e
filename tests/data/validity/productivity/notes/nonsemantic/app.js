(function () {
  "use strict";

  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var SNIPPET = 40;

  var notes = [
    { id: 1, title: "Grocery list", date: new Date(2025, 11, 31), pinned: false,
      body: "Oat milk, eggs, sourdough, lemons and coffee beans. Basil and parmesan for Sunday's pasta. Don't forget the bin bags!" },
    { id: 2, title: "Book ideas", date: new Date(2025, 11, 28), pinned: false,
      body: "A lighthouse keeper who collects letters from ships that never arrive. Chapter one opens in a storm, when the keeper finds a bottle with her own handwriting inside." },
    { id: 3, title: "Q1 planning", date: new Date(2025, 11, 22), pinned: false,
      body: "Goals: ship the mobile beta by March, hire two designers, cut the support backlog in half. Ask Priya about the budget before Friday." }
  ];
  var nextId = 4;

  var mode = "read";     // "read" | "new" | "edit"
  var current = notes[0];
  var query = "";
  var confirming = false;

  var $ = function (id) { return document.getElementById(id); };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function fmt(d) {
    return d.getDate() + " " + MONTHS[d.getMonth()] + " " + d.getFullYear();
  }

  function snippet(text) {
    return text.length > SNIPPET ? text.slice(0, SNIPPET).replace(/[\s,.;:]+$/, "") + "…" : text;
  }

  function words(text) {
    var n = text.trim() ? text.trim().split(/\s+/).length : 0;
    return n + (n === 1 ? " word" : " words");
  }

  function sorted() {
    return notes.slice().sort(function (a, b) { return b.date - a.date || b.id - a.id; });
  }

  function matches(n) {
    if (!query) return true;
    var q = query.toLowerCase();
    return n.title.toLowerCase().indexOf(q) >= 0 || n.body.toLowerCase().indexOf(q) >= 0;
  }

  function item(n) {
    var li = el("div");
    var b = el("div", "note-item" + (current === n && mode === "read" ? " is-current" : ""));
    var top = el("span", "item-top");
    top.appendChild(el("span", "item-title", n.title));
    if (n.pinned) {
      var pin = el("img", "item-pin");
      pin.src = "images/pin.svg";
      pin.alt = "";
      pin.width = 12;
      pin.height = 12;
      top.appendChild(pin);
    }
    b.appendChild(top);
    b.appendChild(el("span", "item-date", fmt(n.date)));
    b.appendChild(el("span", "item-snippet", snippet(n.body)));
    b.addEventListener("click", function () {
      current = n;
      mode = "read";
      confirming = false;
      render();
    });
    li.appendChild(b);
    return li;
  }

  function renderList() {
    var all = sorted();
    var shown = all.filter(matches);
    var pinned = shown.filter(function (n) { return n.pinned; });
    var others = shown.filter(function (n) { return !n.pinned; });

    $("pinned-list").textContent = "";
    pinned.forEach(function (n) { $("pinned-list").appendChild(item(n)); });
    $("other-list").textContent = "";
    others.forEach(function (n) { $("other-list").appendChild(item(n)); });

    $("pinned-group").hidden = pinned.length === 0;
    $("other-group").hidden = others.length === 0;
    $("no-match").hidden = shown.length > 0 || !query;

    var total = notes.length + (notes.length === 1 ? " note" : " notes");
    $("note-count").textContent = query ? shown.length + " of " + total : total;
  }

  function renderMain() {
    $("reader").hidden = !(mode === "read" && current);
    $("editor").hidden = mode === "read";
    $("nothing").hidden = !(mode === "read" && !current);

    if (mode === "read" && current) {
      $("reader-title").textContent = current.title;
      $("reader-meta").textContent = "Edited " + fmt(current.date) + " · " + words(current.body);
      $("pin-button").textContent = current.pinned ? "Unpin" : "Pin";
      $("pin-button").classList.toggle("is-pressed", current.pinned);
      var body = $("reader-body");
      body.textContent = "";
      current.body.split(/\n+/).forEach(function (para) {
        if (para.trim()) body.appendChild(el("p", "", para));
      });
      $("toolbar").hidden = confirming;
      $("confirm").hidden = !confirming;
    }
  }

  function render() {
    renderList();
    renderMain();
  }

  function openEditor(which) {
    mode = which;
    confirming = false;
    $("editor-heading").textContent = which === "new" ? "New note" : "Edit note";
    $("note-title").value = which === "edit" ? current.title : "";
    $("note-body").value = which === "edit" ? current.body : "";
    $("title-error").textContent = "";
    $("note-title").classList.remove("is-invalid");
    render();
    $("note-title").focus();
  }

  $("new-note").addEventListener("click", function () { openEditor("new"); });
  $("edit-button").addEventListener("click", function () { openEditor("edit"); });

  $("editor-cancel").addEventListener("click", function () {
    mode = "read";
    render();
  });

  function save() {
    var title = $("note-title").value.trim();
    var body = $("note-body").value.trim();
    if (!title) {
      $("title-error").textContent = "Give your note a title.";
      $("note-title").classList.add("is-invalid");
      $("note-title").focus();
      return;
    }
    var today = new Date();
    today = new Date(today.getFullYear(), today.getMonth(), today.getDate());
    if (mode === "new") {
      current = { id: nextId++, title: title, body: body, date: today, pinned: false };
      notes.push(current);
    } else {
      current.title = title;
      current.body = body;
      current.date = today;
    }
    mode = "read";
    render();
  }
  $("save-button").addEventListener("click", save);
  $("note-title").addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); save(); } });

  $("search").addEventListener("input", function () {
    query = $("search").value.trim();
    renderList();
  });

  $("pin-button").addEventListener("click", function () {
    current.pinned = !current.pinned;
    render();
  });

  $("delete-button").addEventListener("click", function () {
    confirming = true;
    render();
  });
  $("confirm-cancel").addEventListener("click", function () {
    confirming = false;
    render();
  });
  $("confirm-delete").addEventListener("click", function () {
    notes = notes.filter(function (n) { return n !== current; });
    confirming = false;
    var rest = sorted();
    var pinnedFirst = rest.filter(function (n) { return n.pinned; }).concat(rest.filter(function (n) { return !n.pinned; }));
    current = pinnedFirst[0] || null;
    render();
  });

  render();
})();
