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
    var art = el("article", "card");
    var top = el("div", "card-top");
    top.appendChild(el("span", "tag tag-" + card.tag.toLowerCase(), card.tag));
    var star = el("button", "star" + (card.starred ? " is-on" : ""), card.starred ? "★" : "☆");
    star.type = "button";
    star.title = card.starred ? "Unstar" : "Star";
    star.setAttribute("aria-pressed", card.starred ? "true" : "false");
    star.addEventListener("click", function () {
      // update the star in place instead of re-rendering the whole board
      card.starred = !card.starred;
      star.textContent = card.starred ? "★" : "☆";
      star.title = card.starred ? "Unstar" : "Star";
      star.setAttribute("aria-pressed", card.starred ? "true" : "false");
      updateTotals();
    });
    top.appendChild(star);
    art.appendChild(top);

    art.appendChild(el("h3", "card-title", card.title));

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
      var left = el("button", "move", "←");
      left.type = "button";
      left.title = "Move to " + COLUMNS[card.col - 1].name;
      left.addEventListener("click", function () { move(card, -1); });
      moves.appendChild(left);
    }
    if (card.col < COLUMNS.length - 1) {
      var right = el("button", "move", "→");
      right.type = "button";
      right.title = "Move to " + COLUMNS[card.col + 1].name;
      right.addEventListener("click", function () { move(card, 1); });
      moves.appendChild(right);
    }
    foot.appendChild(moves);
    art.appendChild(foot);
    return art;
  }

  function addForm() {
    var form = el("form", "add-form");
    form.setAttribute("autocomplete", "off");
    var label = el("label", "add-label", "Card title");
    label.htmlFor = "new-card-title";
    var input = el("input");
    input.id = "new-card-title";
    input.type = "text";
    input.maxLength = 60;
    var row = el("div", "add-actions");
    var ok = el("button", "primary", "Add");
    ok.type = "submit";
    var cancel = el("button", "ghost", "Cancel");
    cancel.type = "button";
    cancel.addEventListener("click", function () { adding = false; render(); });
    row.appendChild(ok);
    row.appendChild(cancel);
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(row);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var title = input.value.trim();
      if (!title) { input.focus(); return; }
      cards.push({ title: title, tag: "New", who: "none", due: "No due date", col: 0, starred: false });
      adding = false;
      render();
    });
    return form;
  }

  function render() {
    var board = $("board");
    board.textContent = "";
    COLUMNS.forEach(function (column, i) {
      var mine = cards.filter(function (c) { return c.col === i; });
      var col = el("section", "column column-" + column.id);
      var head = el("header", "column-head");
      var h2 = el("h2");
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
          var add = el("button", "add-card");
          add.type = "button";
          add.innerHTML = '<svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M8 2v12M2 8h12" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>';
          add.appendChild(document.createTextNode("Add card"));
          add.addEventListener("click", function () { adding = true; render(); });
          col.appendChild(add);
        }
      }
      board.appendChild(col);
    });

    updateTotals();

    if (adding) {
      var field = $("new-card-title");
      if (field) field.focus();
    }
  }

  function updateTotals() {
    var starred = cards.filter(function (c) { return c.starred; }).length;
    $("card-total").textContent = cards.length + (cards.length === 1 ? " card" : " cards");
    $("star-total").textContent = starred + " starred";
  }

  render();
})();
