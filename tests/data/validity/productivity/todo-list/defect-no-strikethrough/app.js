(function () {
  "use strict";

  var DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"];

  var tasks = [];      // [{id, text, done}]
  var filter = "all";  // "all" | "active" | "completed"
  var nextId = 1;

  var $ = function (id) { return document.getElementById(id); };

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  function visibleTasks() {
    return tasks.filter(function (t) {
      if (filter === "active") return !t.done;
      if (filter === "completed") return t.done;
      return true;
    });
  }

  function render() {
    var list = $("tasks");
    list.textContent = "";
    var shown = visibleTasks();
    shown.forEach(function (t) {
      var li = document.createElement("li");
      li.className = "task" + (t.done ? " is-done" : "");

      var box = document.createElement("input");
      box.type = "checkbox";
      box.id = "task-" + t.id;
      box.checked = t.done;
      box.addEventListener("change", function () {
        t.done = box.checked;
        render();
      });

      var label = document.createElement("label");
      label.htmlFor = box.id;
      label.textContent = t.text;

      var del = document.createElement("button");
      del.type = "button";
      del.className = "delete-button";
      del.textContent = "Delete";
      del.addEventListener("click", function () {
        tasks = tasks.filter(function (x) { return x !== t; });
        render();
      });

      li.appendChild(box);
      li.appendChild(label);
      li.appendChild(del);
      list.appendChild(li);
    });

    var left = tasks.filter(function (t) { return !t.done; }).length;
    var done = tasks.length - left;
    $("left-count").textContent = plural(left, "item") + " left";
    $("progress").textContent = done + " of " + tasks.length + " done";
    $("clear-completed").disabled = done === 0;

    var empty = $("empty");
    if (shown.length === 0) {
      empty.hidden = false;
      if (tasks.length === 0) {
        $("empty-title").textContent = "Nothing to do yet";
        $("empty-text").textContent = "Add your first task above.";
      } else if (filter === "active") {
        $("empty-title").textContent = "All caught up";
        $("empty-text").textContent = "Every task on your list is done.";
      } else {
        $("empty-title").textContent = "No completed tasks";
        $("empty-text").textContent = "Tick a task to see it here.";
      }
    } else {
      empty.hidden = true;
    }

    Array.prototype.forEach.call(document.querySelectorAll(".filter"), function (b) {
      b.setAttribute("aria-selected", b.getAttribute("data-filter") === filter ? "true" : "false");
    });
  }

  $("add-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var input = $("new-task");
    var text = input.value.trim();
    if (!text) return;
    tasks.push({ id: nextId++, text: text, done: false });
    input.value = "";
    render();
  });

  Array.prototype.forEach.call(document.querySelectorAll(".filter"), function (b) {
    b.addEventListener("click", function () {
      filter = b.getAttribute("data-filter");
      render();
    });
  });

  $("clear-completed").addEventListener("click", function () {
    tasks = tasks.filter(function (t) { return !t.done; });
    render();
  });

  var now = new Date();
  $("today-date").textContent = DAYS[now.getDay()] + ", " + now.getDate() + " " + MONTHS[now.getMonth()];

  render();
})();
