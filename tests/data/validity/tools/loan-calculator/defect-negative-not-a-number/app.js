(function () {
  "use strict";

  var DEFAULTS = { amount: "300000", rate: "6.5", term: "30" };
  var CIRCUMFERENCE = 2 * Math.PI * 54;

  var form = document.getElementById("loan-form");
  var inputs = {
    amount: document.getElementById("amount"),
    rate: document.getElementById("rate"),
    term: document.getElementById("term")
  };
  var money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
  function usd(cents) { return money.format(cents / 100); }

  function parse(text) {
    var clean = String(text).replace(/[$,%\s]/g, "");
    if (clean === "") return { empty: true, value: NaN };
    return { empty: false, value: /^\d*\.?\d+$/.test(clean) ? Number(clean) : NaN };
  }

  // Returns {amount, rate, term} or null after showing a message under each bad field.
  function validate() {
    var errors = {};
    var a = parse(inputs.amount.value);
    var r = parse(inputs.rate.value);
    var t = parse(inputs.term.value);

    if (a.empty) errors.amount = "Enter a loan amount.";
    else if (!(a.value > 0)) errors.amount = "Loan amount must be a number greater than $0.";
    else if (a.value > 10000000) errors.amount = "Loan amount can be at most $10,000,000.";

    if (r.empty) errors.rate = "Enter an interest rate.";
    else if (isNaN(r.value)) errors.rate = "Interest rate must be a number.";
    else if (r.value < 0) errors.rate = "Interest rate cannot be negative.";
    else if (r.value > 30) errors.rate = "Interest rate can be at most 30%.";

    if (t.empty) errors.term = "Enter a term in years.";
    else if (!(Number.isInteger(t.value) && t.value >= 1 && t.value <= 40)) errors.term = "Term must be a whole number of years from 1 to 40.";

    Object.keys(inputs).forEach(function (key) {
      var msg = errors[key] || "";
      document.getElementById("error-" + key).textContent = msg;
      document.getElementById("field-" + key).className = "field" + (msg ? " has-error" : "");
      inputs[key].setAttribute("aria-invalid", msg ? "true" : "false");
    });
    if (Object.keys(errors).length) return null;
    return { amount: a.value, rate: r.value, term: t.value };
  }

  // Standard amortization: payment = P*i / (1 - (1 + i)^-n), i = rate/12/100,
  // n = years*12, rounded to the cent. Each month's interest is the balance
  // times i rounded to the cent; the rest of the payment repays principal.
  function schedule(loan) {
    var principal = Math.round(loan.amount * 100);
    var i = loan.rate / 1200;
    var n = loan.term * 12;
    var exact = i === 0 ? principal / n : principal * i / (1 - Math.pow(1 + i, -n));
    var payment = Math.round(exact);
    var rows = [];
    var balance = principal;
    for (var m = 1; m <= Math.min(12, n); m++) {
      var interest = Math.round(balance * i);
      var toPrincipal = Math.min(payment - interest, balance);
      balance -= toPrincipal;
      rows.push({ month: m, payment: toPrincipal + interest, principal: toPrincipal, interest: interest, balance: balance });
    }
    var totalPaid = payment * n;
    return { principal: principal, payment: payment, n: n, totalPaid: totalPaid, totalInterest: totalPaid - principal, rows: rows };
  }

  function showResults(res) {
    document.getElementById("note").hidden = !!res;
    var ids = ["payment", "interest", "total", "count", "legend-principal", "legend-interest"];
    if (!res) {
      ids.forEach(function (id) { document.getElementById(id).textContent = "—"; });
      document.getElementById("rows").innerHTML = '<tr class="empty-row"><td colspan="5">No schedule to show yet.</td></tr>';
      setArcs(0, 0);
      return;
    }
    document.getElementById("payment").textContent = usd(res.payment);
    document.getElementById("interest").textContent = usd(res.totalInterest);
    document.getElementById("total").textContent = usd(res.totalPaid);
    document.getElementById("count").textContent = String(res.n);
    document.getElementById("legend-principal").textContent = usd(res.principal);
    document.getElementById("legend-interest").textContent = usd(res.totalInterest);
    var share = res.totalPaid > 0 ? res.principal / res.totalPaid : 1;
    setArcs(share, 1 - share);

    var body = document.getElementById("rows");
    body.textContent = "";
    res.rows.forEach(function (row) {
      var tr = document.createElement("tr");
      [String(row.month), usd(row.payment), usd(row.principal), usd(row.interest), usd(row.balance)].forEach(function (text) {
        var td = document.createElement("td");
        td.textContent = text;
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  function setArcs(principalShare, interestShare) {
    var p = document.getElementById("arc-principal");
    var q = document.getElementById("arc-interest");
    var pl = principalShare * CIRCUMFERENCE;
    var ql = interestShare * CIRCUMFERENCE;
    p.setAttribute("stroke-dasharray", pl.toFixed(2) + " " + CIRCUMFERENCE.toFixed(2));
    q.setAttribute("stroke-dasharray", ql.toFixed(2) + " " + CIRCUMFERENCE.toFixed(2));
    q.setAttribute("stroke-dashoffset", (-pl).toFixed(2));
    p.style.display = principalShare > 0 ? "" : "none";
    q.style.display = interestShare > 0 ? "" : "none";
  }

  function calculate() {
    var loan = validate();
    showResults(loan ? schedule(loan) : null);
  }

  function reset() {
    Object.keys(DEFAULTS).forEach(function (key) { inputs[key].value = DEFAULTS[key]; });
    calculate();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    calculate();
  });
  document.getElementById("reset").addEventListener("click", reset);
  reset();
})();
