(function () {
  "use strict";

  var LINES = [
    [0, 1, 2], [3, 4, 5], [6, 7, 8], // rows
    [0, 3, 6], [1, 4, 7], [2, 5, 8], // columns
    [0, 4, 8], [2, 4, 6]             // diagonals
  ];

  var boardEl = document.getElementById("board");
  var statusEl = document.getElementById("status");
  var scoreEls = {
    X: document.getElementById("score-x"),
    O: document.getElementById("score-o"),
    draw: document.getElementById("score-d")
  };

  var cells = [];
  var board;       // 9 entries: "", "X" or "O"
  var turn;        // "X" or "O"
  var over;        // true once someone won or the board is full
  var scores = { X: 0, O: 0, draw: 0 };

  function buildBoard() {
    for (var i = 0; i < 9; i++) {
      var row = Math.floor(i / 3) + 1;
      var col = (i % 3) + 1;
      var cell = document.createElement("button");
      cell.type = "button";
      cell.className = "cell";
      cell.setAttribute("aria-label", "Row " + row + ", column " + col);
      cell.dataset.index = String(i);
      cell.addEventListener("click", onCellClick);
      boardEl.appendChild(cell);
      cells.push(cell);
    }
  }

  function winnerOf(b) {
    for (var i = 0; i < LINES.length; i++) {
      var a = LINES[i][0], c = LINES[i][1], d = LINES[i][2];
      if (b[a] && b[a] === b[c] && b[a] === b[d]) {
        return { mark: b[a], line: LINES[i] };
      }
    }
    return null;
  }

  function onCellClick(event) {
    var clicked = event.currentTarget;
    var index = Number(clicked.dataset.index);
    if (over || board[index]) {
      return; // finished game or occupied square: nothing happens
    }
    board[index] = turn;
    var win = winnerOf(board);
    if (win) {
      over = true;
      scores[win.mark] += 1;
      render(win);
      clicked.className = "cell is-filled mark-" + turn.toLowerCase(); // show the new mark
      return;
    }
    if (board.every(function (v) { return v !== ""; })) {
      over = true;
      scores.draw += 1;
      render(null);
      return;
    }
    turn = turn === "X" ? "O" : "X";
    render(null);
  }

  function setStatus(mark, words, isWin) {
    statusEl.textContent = "";
    statusEl.className = "status" + (isWin ? " is-win" : "");
    if (mark) {
      var who = document.createElement("span");
      who.className = "who-" + mark.toLowerCase();
      who.textContent = mark;
      statusEl.appendChild(who);
      statusEl.appendChild(document.createTextNode(" " + words));
    } else {
      statusEl.textContent = words;
    }
  }

  function render(win) {
    for (var i = 0; i < 9; i++) {
      var cell = cells[i];
      var mark = board[i];
      cell.textContent = mark;
      cell.className = "cell" + (mark ? " is-filled mark-" + mark.toLowerCase() : "");
      if (win && win.line.indexOf(i) !== -1) {
        cell.className += " is-win";
      }
    }
    boardEl.className = "board" + (over ? " is-over" : "");

    if (win) {
      setStatus(win.mark, "wins!", true);
    } else if (over) {
      setStatus(null, "It's a draw!", true);
    } else {
      setStatus(turn, "to move", false);
    }

    scoreEls.X.textContent = String(scores.X);
    scoreEls.O.textContent = String(scores.O);
    scoreEls.draw.textContent = String(scores.draw);
  }

  function newGame() {
    board = ["", "", "", "", "", "", "", "", ""];
    turn = "X";
    over = false;
    render(null);
  }

  buildBoard();
  document.getElementById("new-game").addEventListener("click", newGame);
  newGame();
})();
