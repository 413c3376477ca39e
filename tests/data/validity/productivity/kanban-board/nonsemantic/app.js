(function () {
  "use strict";

  var COLUMNS = [
    { id: "todo", name: "To do" },
    { id: "doing", name: "In progress" },
    { id: "done", name: "Done" }
  ];

  var PEOPLE = {
    ana: { name: "Ana Costa", image: "images/ana.svg" },
    priya: { name: "Priya Shah", image: "images/priya.svg" },
    leo: { name: "Leo Brandt", image: "images/leo.svg" },
    sam: { name: "Sam Okafor", image: "images/sam.svg" },
    none: { name: "Unassigned", image: "images/unassigned.svg" }
  };

  var cards = [
    { title: "Write release notes", tag: "Docs", who: "priya", due: "Due 9 Jan", col: 0, starred: false },
    { title: "Design onboarding emails", tag: "Design", who: "leo", due: "Due 14 Jan", col: 0, starred: false },
    { title: "Fix login redirect", tag: "Bug", who: "sam", due: "Due 6 Jan", col: 0, starred: false },
    { title: "Migrate billing to v2", tag: "Backend", who: "ana", due: "Due 12 Jan", col: 1, starred: true },
    { title: "Update API docs", tag: "Docs", who: "priya", due: "Due 8 Jan", col: 1, starred: false },
    { title: "Set up staging server", tag: "DevOps", who: "sam", due: "Done 2 Jan", col: 2, starred: false }
  ];

  var adding = false;

  var $ = function (id) { return document.getElementById(id); };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Moving a card puts it at the bottom of its new column.
  function move(card, delta) {
    cards.splice(cards.indexOf(card), 1);
    card.col += delta;
    cards.push(card);
    render();
  }

  function cardNode(card) {
    var art = el("div", "card");
    var top = el("div", "card-top");
    top.appendChild(el("span", "tag tag-" + card.tag.toLowerCase(), card.tag));
    var star = el("span", "star" + (card.starred ? " is-on" : ""), card.starred ? "★" : "☆");
    star.addEventListener("click", function () {
      card.starred = !card.starred;
      render();
    });
    top.appendChild(star);
    art.appendChild(top);

    art.appendChild(el("div", "card-title", card.title));

    var foot = el("div", "card-foot");
    var person = PEOPLE[card.who];
    var img = el("img", "avatar");
    img.src = person.image;
    img.alt = person.name;
    img.width = 26;
    img.height = 26;
    foot.appendChild(img);
    foot.appendChild(el("span", "due", card.due));

    var moves = el("div", "moves");
    if (card.col > 0) {
      var left = el("div", "move", "←");
      left.addEventListener("click", function () { move(card, -1); });
      moves.appendChild(left);
    }
    if (card.col < COLUMNS.length - 1) {
      var right = el("div", "move", "→");
      right.addEventListener("click", function () { move(card, 1); });
      moves.appendChild(right);
    }
    foot.appendChild(moves);
    art.appendChild(foot);
    return art;
  }

  function addForm() {
    var form = el("div", "add-form");
    var label = el("div", "add-label", "Card title");
    var input = el("input");
    input.setAttribute("autocomplete", "off");
    input.id = "new-card-title";
    input.type = "text";
    input.maxLength = 60;
    var row = el("div", "add-actions");
    var ok = el("div", "primary", "Add");
    var cancel = el("div", "ghost", "Cancel");
    cancel.addEventListener("click", function () { adding = false; render(); });
    row.appendChild(ok);
    row.appendChild(cancel);
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(row);
    function submit() {
      var title = input.value.trim();
      if (!title) { input.focus(); return; }
      cards.push({ title: title, tag: "New", who: "none", due: "No due date", col: 0, starred: false });
      adding = false;
      render();
    }
    ok.addEventListener("click", submit);
    input.addEventListener("keydown", function (e) { if (e.key === "Enter") submit(); });
    return form;
  }

  function render() {
    var board = $("board");
    board.textContent = "";
    COLUMNS.forEach(function (column, i) {
      var mine = cards.filter(function (c) { return c.col === i; });
      var col = el("div", "column column-" + column.id);
      var head = el("div", "column-head");
      var h2 = el("div", "column-name");
      h2.appendChild(document.createTextNode(column.name + " "));
      h2.appendChild(el("span", "count", "(" + mine.length + ")"));
      head.appendChild(h2);
      col.appendChild(head);

      var list = el("div", "cards");
      mine.forEach(function (card) { list.appendChild(cardNode(card)); });
      if (!mine.length) list.appendChild(el("p", "empty", "No cards here yet"));
      col.appendChild(list);

      if (i === 0) {
        if (adding) {
          var form = addForm();
          col.appendChild(form);
        } else {
          var add = el("div", "add-card");
          add.innerHTML = '<svg viewBox="0 0 16 16" width="14" height="14"><path d="M8 2v12M2 8h12" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>';
          add.appendChild(document.createTextNode("Add card"));
          add.addEventListener("click", function () { adding = true; render(); });
          col.appendChild(add);
        }
      }
      board.appendChild(col);
    });

    var starred = cards.filter(function (c) { return c.starred; }).length;
    $("card-total").textContent = cards.length + (cards.length === 1 ? " card" : " cards");
    $("star-total").textContent = starred + " starred";

    if (adding) {
      var field = $("new-card-title");
      if (field) field.focus();
    }
  }

  render();
})();
