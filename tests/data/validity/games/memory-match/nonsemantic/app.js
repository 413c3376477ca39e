(function () {
  "use strict";

  var CRITTERS = ["Fox", "Owl", "Frog", "Whale", "Bee", "Panda"];
  var FLIP_BACK_MS = 800;

  var gridEl = document.getElementById("grid");
  var movesEl = document.getElementById("moves");
  var pairsEl = document.getElementById("pairs");
  var progressEl = document.getElementById("progress");
  var messageEl = document.getElementById("message");

  var cards = [];      // {name, up, matched}
  var buttons = [];
  var first = null;    // index of the card turned first in this move
  var wrong = [];      // the two cards of a mismatch, until they turn back
  var locked = false;
  var moves = 0;
  var pairs = 0;
  var timer = null;
  var matchedLast = false; // the last move found a pair

  // The deck lists each critter twice in CRITTERS order (Fox, Fox, Owl, Owl, ...)
  // and is shuffled with Fisher-Yates: for i from 11 down to 1,
  // j = Math.floor(Math.random() * (i + 1)), swap cards i and j.
  function shuffledDeck() {
    var deck = [];
    CRITTERS.forEach(function (name) { deck.push(name, name); });
    for (var i = deck.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var t = deck[i];
      deck[i] = deck[j];
      deck[j] = t;
    }
    return deck;
  }

  function buildGrid() {
    for (var i = 0; i < 12; i++) {
      var button = document.createElement("div");
      button.className = "card";
      button.dataset.index = String(i);
      button.innerHTML =
        '<span class="card-num">Card ' + (i + 1) + '</span>' +
        '<img class="card-back" src="images/back.svg" alt="" width="140" height="160">' +
        '<span class="card-face"><img class="card-art" alt="" width="84" height="84">' +
        '<span class="card-name"></span></span>';
      button.addEventListener("click", onCardClick);
      gridEl.appendChild(button);
      buttons.push(button);
    }
  }

  // Puts each card's picture and name on its face (hidden while face down).
  function dealFaces() {
    cards.forEach(function (card, i) {
      buttons[i].querySelector(".card-art").src = "images/" + card.name.toLowerCase() + ".svg";
      buttons[i].querySelector(".card-name").textContent = card.name;
    });
  }

  function onCardClick(event) {
    var i = Number(event.currentTarget.dataset.index);
    var card = cards[i];
    if (locked || card.up || card.matched) return;
    card.up = true;
    matchedLast = false;
    if (first === null) {
      first = i;
      render();
      return;
    }
    moves += 1;
    var other = cards[first];
    if (other.name === card.name) {
      other.matched = card.matched = true;
      pairs += 1;
      matchedLast = true;
      first = null;
      render();
      return;
    }
    wrong = [first, i];
    locked = true;
    first = null;
    render();
    timer = setTimeout(function () {
      wrong.forEach(function (k) { cards[k].up = false; });
      wrong = [];
      locked = false;
      timer = null;
      render();
    }, FLIP_BACK_MS);
  }

  function render() {
    cards.forEach(function (card, i) {
      var showing = card.up || card.matched;
      buttons[i].className = "card" + (showing ? " is-up" : "") + (card.matched ? " is-matched" : "") +
        (wrong.indexOf(i) !== -1 ? " is-wrong" : "");
    });
    movesEl.textContent = "Moves: " + moves;
    pairsEl.textContent = "Pairs found: " + pairs + " of 6";
    progressEl.style.width = (pairs / 6 * 100) + "%";
    if (pairs === 6) {
      messageEl.textContent = "You found all 6 pairs in " + moves + " moves!";
      messageEl.className = "message is-win";
    } else if (wrong.length) {
      messageEl.textContent = "Not a match - they will turn back.";
      messageEl.className = "message is-miss";
    } else if (matchedLast) {
      messageEl.textContent = "It's a match! Those two stay face up.";
      messageEl.className = "message is-hit";
    } else {
      messageEl.textContent = "Turn over two cards. If they show the same critter, they stay up.";
      messageEl.className = "message";
    }
  }

  function restart() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    cards = shuffledDeck().map(function (name) { return { name: name, up: false, matched: false }; });
    first = null;
    wrong = [];
    locked = false;
    matchedLast = false;
    moves = 0;
    pairs = 0;
    dealFaces();
    render();
  }

  buildGrid();
  document.getElementById("restart").addEventListener("click", restart);
  restart();
})();
