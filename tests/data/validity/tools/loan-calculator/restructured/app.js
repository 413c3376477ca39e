// Homestead Bank mortgage calculator. The form is built from FIELDS; the last
// good loan is kept in `state`, and the results are drawn from it.
const FIELDS = [
  { key: "amount", id: "hb-amount", label: "Loan amount", start: "300000", unit: "$", before: true, mode: "decimal" },
  { key: "rate", id: "hb-rate", label: "Interest rate (%)", start: "6.5", unit: "%", mode: "decimal" },
  { key: "term", id: "hb-term", label: "Term (years)", start: "30", unit: "years", mode: "numeric" }
];
const RING = 2 * Math.PI * 54;
const fmt = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
const dollars = (cents) => fmt.format(cents / 100);

const form = document.getElementById("hb-form");
const fieldsHost = form.querySelector(".hb-form__fields");
const tpl = document.getElementById("hb-field");
const parts = {}; // key -> {wrap, input, msg}

const state = { result: null };

function buildFields() {
  for (const f of FIELDS) {
    const node = tpl.content.firstElementChild.cloneNode(true);
    const label = node.querySelector("label");
    const input = node.querySelector("input");
    const box = node.querySelector(".hb-f__box");
    label.textContent = f.label;
    label.htmlFor = f.id;
    input.id = f.id;
    input.name = f.key;
    input.inputMode = f.mode;
    const unit = document.createElement("span");
    unit.className = "hb-f__unit";
    unit.textContent = f.unit;
    if (f.before) { box.prepend(unit); box.dataset.before = ""; } else box.append(unit);
    fieldsHost.append(node);
    parts[f.key] = { wrap: node, input, msg: node.querySelector(".hb-f__msg") };
  }
}

function read(raw) {
  const s = String(raw).replace(/[$,%\s]/g, "");
  if (!s) return { blank: true, n: NaN };
  return { blank: false, n: /^-?\d*\.?\d+$/.test(s) ? Number(s) : NaN };
}

const RULES = {
  amount: (v) => v.blank ? "Enter a loan amount."
    : !(v.n > 0) ? "Loan amount must be a number greater than $0."
    : v.n > 10000000 ? "Loan amount can be at most $10,000,000." : "",
  rate: (v) => v.blank ? "Enter an interest rate."
    : Number.isNaN(v.n) ? "Interest rate must be a number."
    : v.n < 0 ? "Interest rate cannot be negative."
    : v.n > 30 ? "Interest rate can be at most 30%." : "",
  term: (v) => v.blank ? "Enter a term in years."
    : !(Number.isInteger(v.n) && v.n >= 1 && v.n <= 40) ? "Term must be a whole number of years from 1 to 40." : ""
};

function check() {
  const loan = {};
  let ok = true;
  for (const f of FIELDS) {
    const v = read(parts[f.key].input.value);
    const problem = RULES[f.key](v);
    parts[f.key].msg.textContent = problem;
    parts[f.key].wrap.toggleAttribute("data-bad", !!problem);
    parts[f.key].input.setAttribute("aria-invalid", String(!!problem));
    if (problem) ok = false;
    loan[f.key] = v.n;
  }
  return ok ? loan : null;
}

// payment = P*i / (1 - (1+i)^-n), i = rate/12/100, n = years*12, in cents.
function amortize({ amount, rate, term }) {
  const P = Math.round(amount * 100);
  const i = rate / 1200;
  const n = term * 12;
  const payment = Math.round(i === 0 ? P / n : (P * i) / (1 - Math.pow(1 + i, -n)));
  const months = [];
  let left = P;
  for (let m = 1; m <= Math.min(12, n); m++) {
    const interest = Math.round(left * i);
    const principal = Math.min(payment - interest, left);
    left -= principal;
    months.push([m, principal + interest, principal, interest, left]);
  }
  const paid = payment * n;
  return { P, payment, n, paid, interest: paid - P, months };
}

function pie(pShare, iShare) {
  const [p, q] = document.querySelectorAll("#o-pie g circle");
  const a = pShare * RING;
  const b = iShare * RING;
  p.setAttribute("stroke-dasharray", `${a.toFixed(2)} ${RING.toFixed(2)}`);
  q.setAttribute("stroke-dasharray", `${b.toFixed(2)} ${RING.toFixed(2)}`);
  q.setAttribute("stroke-dashoffset", (-a).toFixed(2));
  p.style.display = pShare > 0 ? "" : "none";
  q.style.display = iShare > 0 ? "" : "none";
}

function draw() {
  const r = state.result;
  const put = (id, text) => { document.getElementById(id).textContent = text; };
  document.getElementById("o-warn").hidden = !!r;
  const rows = document.getElementById("o-rows");
  if (!r) {
    ["o-monthly", "o-int", "o-all", "o-n", "o-key-p", "o-key-i"].forEach((id) => put(id, "—"));
    const tr = document.createElement("tr");
    const td = document.createElement("td");
    td.colSpan = 5;
    td.className = "hb-plan__none";
    td.textContent = "No schedule to show yet.";
    tr.append(td);
    rows.replaceChildren(tr);
    pie(0, 0);
    return;
  }
  put("o-monthly", dollars(r.payment));
  put("o-int", dollars(r.interest));
  put("o-all", dollars(r.paid));
  put("o-n", String(r.n));
  put("o-key-p", dollars(r.P));
  put("o-key-i", dollars(r.interest));
  const share = r.paid > 0 ? r.P / r.paid : 1;
  pie(share, 1 - share);
  rows.replaceChildren(...r.months.map(([m, pay, pr, int, bal]) => {
    const tr = document.createElement("tr");
    [String(m), dollars(pay), dollars(pr), dollars(int), dollars(bal)].forEach((t) => {
      const td = document.createElement("td");
      td.textContent = t;
      tr.append(td);
    });
    return tr;
  }));
}

function run() {
  const loan = check();
  state.result = loan ? amortize(loan) : null;
  draw();
}

function restore() {
  for (const f of FIELDS) parts[f.key].input.value = f.start;
  run();
}

form.addEventListener("submit", (e) => { e.preventDefault(); run(); });
form.addEventListener("reset", (e) => { e.preventDefault(); restore(); });

buildFields();
restore();
