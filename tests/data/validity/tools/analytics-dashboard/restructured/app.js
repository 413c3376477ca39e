// Metricly sales overview, restructured: the data is kept per month (one record
// holding every region's figures), the page is drawn from template strings and
// all input is handled by a few delegated listeners.
(() => {
  "use strict";

  const REGION_META = [
    ["EMEA", "#4f46e5", "emea"],
    ["Americas", "#0ea5e9", "americas"],
    ["APAC", "#f59e0b", "apac"]
  ];

  // [label, EMEA rev/ord/ref, Americas rev/ord/ref, APAC rev/ord/ref]
  const TABLE = `
May 2024|60400 661 14|74100 853 28|35300 451 9
Jun 2024|63000 694 16|77500 888 29|38200 498 9
Jul 2024|59100 639 12|80400 962 29|36700 485 10
Aug 2024|61300 679 13|78100 932 23|35200 444 7
Sep 2024|68800 764 18|85900 966 25|41800 524 9
Oct 2024|74100 826 20|86200 1011 25|41700 517 10
Nov 2024|86300 931 18|106200 1213 35|50400 635 12
Dec 2024|89100 964 20|108500 1311 35|55900 711 13
Jan 2025|61900 687 14|83700 941 27|39400 501 8
Feb 2025|64000 708 15|75500 898 25|37100 478 9
Mar 2025|70100 740 15|84100 1009 29|42100 519 8
Apr 2025|64400 678 16|90900 1080 35|38100 469 9
May 2025|72000 785 16|93100 1088 29|43800 544 11
Jun 2025|68700 763 17|88400 1014 32|40800 533 10
Jul 2025|65100 700 16|91800 1093 31|42000 552 11
Aug 2025|66700 710 16|85500 1010 27|40700 531 9
Sep 2025|79000 865 21|92100 1109 37|43000 566 9
Oct 2025|78600 851 19|98900 1150 34|44300 581 11
Nov 2025|88200 992 20|119400 1379 40|57400 716 13
Dec 2025|99500 1099 24|128700 1549 47|61500 808 16
Jan 2026|73200 806 17|93900 1073 29|42200 554 10
Feb 2026|69400 732 17|88400 1003 31|39700 496 9
Mar 2026|78500 837 17|93500 1102 29|48200 629 10
Apr 2026|72500 819 16|100100 1173 33|47700 612 12`;

  const MONTHS = TABLE.trim().split("\n").map((line) => {
    const [label, ...cols] = line.split("|");
    const by = {};
    cols.forEach((c, i) => {
      const [rev, ord, ref] = c.trim().split(" ").map(Number);
      by[REGION_META[i][0]] = { rev, ord, ref };
    });
    return { label, by };
  });

  // Windows counted back from the newest month: [length, offset of comparison window from start]
  const PERIODS = new Map([
    ["Last 6 months", { span: [18, 24], prev: [12, 18], vs: "vs previous 6 months" }],
    ["Last 12 months", { span: [12, 24], prev: [0, 12], vs: "vs previous 12 months" }],
    ["This year", { span: [20, 24], prev: [8, 12], vs: "vs Jan – Apr 2025" }]
  ]);

  const GOODS = [
    ["Aria Over-Ear Headphones", "SN-AR-100", "aria", "Headphones", 1540, 431200, 262.40, "In stock"],
    ["Pulse Wireless Earbuds", "SN-PL-210", "pulse", "Earbuds", 3260, 374900, 138.70, "In stock"],
    ["Halo ANC Headphones", "SN-HA-300", "halo", "Headphones", 1015, 355250, 284.90, "Low stock"],
    ["Drift Bluetooth Speaker", "SN-DR-410", "drift", "Speakers", 2180, 196200, 112.60, "In stock"],
    ["Nova Sport Earbuds", "SN-NV-220", "nova", "Earbuds", 2640, 184800, 96.30, "Backorder"],
    ["Echo Bookshelf Speakers", "SN-EC-450", "echo", "Speakers", 560, 179200, 221.50, "In stock"],
    ["Crest Studio Headphones", "SN-CR-120", "crest", "Headphones", 790, 157210, 187.20, "Low stock"],
    ["Mini Pod Earbuds", "SN-MP-230", "minipod", "Earbuds", 3020, 147980, 74.80, "In stock"]
  ].map(([name, sku, pic, category, units, revenue, avg, stock]) => ({ name, sku, pic, category, units, revenue, avg, stock }));

  const TAG = { "In stock": "tag--ok", "Low stock": "tag--low", "Backorder": "tag--wait" };

  const MENU = [
    ["Analytics"], ["Overview", "overview", true], ["Sales", "sales"], ["Customers", "customers"], ["Products", "products"], ["Regions", "regions"],
    ["Workspace"], ["Reports", "reports", false, 3], ["Campaigns", "marketing"], ["Integrations", "integrations"], ["Settings", "settings"]
  ];
  const MARKETS = [["us", "United States", "$812,600"], ["gb", "United Kingdom", "$318,900"], ["de", "Germany", "$287,400"],
    ["jp", "Japan", "$214,300"], ["ca", "Canada", "$176,800"], ["au", "Australia", "$142,500"]];
  const CHANNELS = [["Online store", 61, "#4f46e5"], ["Marketplaces", 27, "#0ea5e9"], ["Retail partners", 12, "#f59e0b"]];
  const LATEST = [
    ["#SA-48912", "Lena Fischer", "Europe", "30 Apr 2026", 2, "$414.20", "Paid"],
    ["#SA-48911", "Marcus Webb", "North America", "30 Apr 2026", 1, "$89.00", "Paid"],
    ["#SA-48910", "Aiko Tanaka", "Asia Pacific", "30 Apr 2026", 3, "$256.40", "Shipped"],
    ["#SA-48909", "Rafael Souza", "South America", "29 Apr 2026", 1, "$349.00", "Refunded"],
    ["#SA-48908", "Chloé Martin", "Europe", "29 Apr 2026", 2, "$178.60", "Shipped"],
    ["#SA-48907", "Jack Thompson", "Oceania", "29 Apr 2026", 4, "$231.90", "Paid"]
  ];

  // The whole view state as one flat record.
  const view = { period: "Last 6 months", shown: ["EMEA", "Americas", "APAC"], sortCol: "revenue", sortUp: false, floor: 0 };

  const out = {};
  document.querySelectorAll("[data-out]").forEach((n) => { out[n.dataset.out] = n; });

  const fmt = {
    usd: (v) => "$" + Math.round(v).toLocaleString("en-US"),
    cents: (v) => "$" + v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    n: (v) => v.toLocaleString("en-US"),
    k: (v) => "$" + (v / 1000).toFixed(1) + "k",
    tick: (v) => (v ? "$" + v / 1000 + "k" : "$0")
  };

  const liveRegions = () => REGION_META.filter(([name]) => view.shown.includes(name));
  const slice = ([a, b]) => MONTHS.slice(a, b);

  function add(months, names, key) {
    return months.reduce((acc, m) => acc + names.reduce((s, nm) => s + m.by[nm][key], 0), 0);
  }

  function summary(months, names) {
    const rev = add(months, names, "rev"), ord = add(months, names, "ord"), ref = add(months, names, "ref");
    return { rev, ord, aov: ord ? rev / ord : 0, rr: ord ? (ref / ord) * 100 : 0 };
  }

  function scale(max, steps) {
    const step = steps.find((s) => max / s <= 6) || steps[steps.length - 1];
    return { step, top: Math.ceil(max / step) * step || step };
  }

  function change(now, before, fallIsGood) {
    const pct = before ? (now / before - 1) * 100 : 0;
    const rising = pct >= 0;
    return { label: `${rising ? "▲" : "▼"} ${Math.abs(pct).toFixed(1)}%`, tone: rising !== !!fallIsGood ? "up" : "down" };
  }

  /* ------------------------------------------------------------------ static parts */

  out.menu.innerHTML = MENU.map(([text, icon, here, badge]) => icon === undefined
    ? `<div class="menu__group">${text}</div>`
    : `<a href="#" class="menu__link"${here ? ' aria-current="page"' : ""}><img src="images/${icon}.svg" alt="" width="20" height="20">${text}${badge ? `<span class="menu__badge">${badge}</span>` : ""}</a>`).join("");
  out.markets.innerHTML = MARKETS.map(([flag, name, val]) =>
    `<div class="mkt"><img src="images/${flag}.svg" alt="" width="27" height="18"><span class="mkt__name">${name}</span><span class="mkt__val">${val}</span></div>`).join("");
  out.channels.innerHTML = CHANNELS.map(([name, pct, colour]) =>
    `<div class="chan"><div class="chan__line"><span>${name}</span><span>${pct}%</span></div><div class="meter"><i style="width:${pct}%;background:${colour}"></i></div></div>`).join("");
  out.latest.innerHTML = LATEST.map(([id, who, where, when, items, total, st]) =>
    `<tr><td>${id}</td><td>${who}</td><td>${where}</td><td>${when}</td><td class="r">${items}</td><td class="r">${total}</td><td><span class="state state--${st.toLowerCase()}">${st}</span></td></tr>`).join("");
  out.chips.innerHTML = REGION_META.map(([name, colour]) =>
    `<button type="button" class="chip" data-region="${name}" aria-pressed="true"><span class="chip__dot" style="background:${colour}"></span>${name}</button>`).join("");

  /* ------------------------------------------------------------------ dynamic parts */

  function paintFigures() {
    const p = PERIODS.get(view.period), names = view.shown;
    const now = summary(slice(p.span), names), before = summary(slice(p.prev), names), any = names.length > 0;
    const cards = [
      ["Revenue", fmt.usd(now.rev), change(now.rev, before.rev)],
      ["Orders", fmt.n(now.ord), change(now.ord, before.ord)],
      ["Average order value", fmt.cents(Math.round(now.aov * 100) / 100), change(now.aov, before.aov)],
      ["Refund rate", now.rr.toFixed(2) + "%", change(now.rr, before.rr, true)]
    ];
    out.figs.innerHTML = cards.map(([name, val, d]) => `
      <article class="fig"><div>
        <div class="fig__name">${name}</div>
        <div class="fig__num">${any ? val : "—"}</div>
        <div class="fig__row"><span class="fig__chg" data-tone="${d.tone}">${any ? d.label : ""}</span><span class="fig__vs">${p.vs}</span></div>
      </div></article>`).join("");
  }

  function paintBars() {
    const p = PERIODS.get(view.period), regs = liveRegions(), months = slice(p.span);
    const W = 952, H = 236, L = 56, R = 8, T = 22, B = 30, pw = W - L - R, ph = H - T - B;
    const totalsPer = months.map((m) => regs.reduce((s, [nm]) => s + m.by[nm].rev, 0));
    const ax = scale(Math.max(0, ...totalsPer), [5000, 10000, 20000, 25000, 50000, 100000]);
    let svg = '<g class="gl">';
    for (let v = 0; v <= ax.top; v += ax.step) {
      const y = T + ph - (v / ax.top) * ph;
      svg += `<line x1="${L}" x2="${W - R}" y1="${y}" y2="${y}"></line><text x="${L - 8}" y="${y + 4}" text-anchor="end" class="lbl">${fmt.tick(v)}</text>`;
    }
    svg += "</g>";
    const pitch = pw / months.length, bw = Math.min(44, pitch * 0.56);
    months.forEach((m, k) => {
      const cx = L + pitch * (k + 0.5);
      let base = T + ph;
      regs.forEach(([nm, colour]) => {
        const value = m.by[nm].rev, h = (value / ax.top) * ph;
        svg += `<rect class="seg" x="${(cx - bw / 2).toFixed(1)}" y="${(base - h).toFixed(1)}" width="${bw.toFixed(1)}" height="${h.toFixed(1)}" fill="${colour}" title="${m.label} ${nm} revenue" data-tip="${m.label} · ${nm} · ${fmt.usd(value)}"></rect>`;
        base -= h;
      });
      if (regs.length) svg += `<text x="${cx}" y="${base - 6}" text-anchor="middle" class="sum">${fmt.k(totalsPer[k])}</text>`;
      svg += `<text x="${cx}" y="${H - 10}" text-anchor="middle" class="lbl">${m.label}</text>`;
    });
    out.bars.innerHTML = svg;
    out.grand.textContent = fmt.usd(totalsPer.reduce((a, b) => a + b, 0));
    dropBubble();
  }

  function paintTrend() {
    const p = PERIODS.get(view.period), months = slice(p.span), names = view.shown;
    const W = 612, H = 214, L = 48, R = 18, T = 26, B = 40, pw = W - L - R, ph = H - T - B;
    const vals = months.map((m) => names.reduce((s, nm) => s + m.by[nm].ord, 0));
    let top = 0, topAt = -1;
    vals.forEach((v, i) => { if (v > top) { top = v; topAt = i; } });
    const ax = scale(top, [250, 500, 1000, 2000]);
    const pitch = pw / vals.length;
    const pts = vals.map((v, k) => [L + pitch * (k + 0.5), T + ph - (v / ax.top) * ph]);
    const parts = ['<g class="gl">'];
    for (let v = 0; v <= ax.top; v += ax.step) {
      const y = T + ph - (v / ax.top) * ph;
      parts.push(`<line x1="${L}" x2="${W - R}" y1="${y}" y2="${y}"></line><text x="${L - 8}" y="${y + 4}" text-anchor="end" class="lbl">${fmt.n(v)}</text>`);
    }
    parts.push("</g>");
    const any = names.length > 0, xy = (q) => q[0].toFixed(1) + "," + q[1].toFixed(1);
    if (any) {
      const d = `M${pts[0][0]},${T + ph} ${pts.map((q) => "L" + xy(q)).join(" ")} L${pts[pts.length - 1][0]},${T + ph}Z`;
      parts.push(`<path class="tr-fill" d="${d}"></path><polyline class="tr-line" points="${pts.map(xy).join(" ")}"></polyline>`);
    }
    months.forEach((m, k) => {
      const q = pts[k], peak = k === topAt;
      if (any) {
        parts.push(`<circle cx="${q[0].toFixed(1)}" cy="${q[1].toFixed(1)}" r="${peak ? 4.5 : 3.2}" class="tr-pt${peak ? " tr-pt--top" : ""}"></circle>`);
        parts.push(`<text x="${q[0]}" y="${q[1] - 9}" text-anchor="middle" class="tr-val">${fmt.n(vals[k])}</text>`);
      }
      const [mon, yr] = m.label.split(" ");
      parts.push(`<text x="${q[0]}" y="${H - 22}" text-anchor="middle" class="lbl">${mon}</text>`);
      if (k === 0 || mon === "Jan") parts.push(`<text x="${q[0]}" y="${H - 8}" text-anchor="middle" class="lbl-yr">${yr}</text>`);
    });
    out.trend.innerHTML = parts.join("");
    out.peak.textContent = any ? `Peak ${months[topAt].label} · ${fmt.n(top)} orders` : "No regions shown";
  }

  function paintAreas() {
    const p = PERIODS.get(view.period), months = slice(p.span);
    const shownRev = add(months, view.shown, "rev");
    out.areas.innerHTML = REGION_META.map(([nm, colour, flag]) => {
      const off = !view.shown.includes(nm), rev = add(months, [nm], "rev");
      const pct = off || !shownRev ? 0 : (rev / shownRev) * 100;
      return `<div class="area"${off ? " data-off" : ""}>
        <img src="images/${flag}.svg" alt="" width="30" height="20">
        <div class="area__body">
          <div class="area__line"><span>${nm}</span><span>${fmt.usd(rev)}</span></div>
          <div class="meter"><i style="width:${pct.toFixed(1)}%;background:${colour}"></i></div>
          <div class="area__line area__line--sm"><span>${fmt.n(add(months, [nm], "ord"))} orders</span><span class="area__pct">${off ? "Hidden" : pct.toFixed(1) + "%"}</span></div>
        </div>
      </div>`;
    }).join("");
    out.shownTotal.textContent = fmt.usd(shownRev);
  }

  function paintChips() {
    out.chips.querySelectorAll("[data-region]").forEach((b) => {
      b.setAttribute("aria-pressed", String(view.shown.includes(b.dataset.region)));
    });
  }

  function paintPeriod() {
    const [a, b] = PERIODS.get(view.period).span;
    out.period.textContent = `${MONTHS[a].label} – ${MONTHS[b - 1].label}`;
  }

  function paintDashboard() {
    paintPeriod(); paintChips(); paintFigures(); paintBars(); paintTrend(); paintAreas();
  }

  const COMPARE = {
    name: (a, b) => a.name.localeCompare(b.name),
    category: (a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name),
    units: (a, b) => a.units - b.units,
    revenue: (a, b) => a.revenue - b.revenue,
    avg: (a, b) => a.avg - b.avg
  };

  function paintGoods() {
    const cmp = COMPARE[view.sortCol], sign = view.sortUp ? 1 : -1;
    const list = GOODS.filter((g) => g.avg >= view.floor).sort((a, b) => sign * cmp(a, b));
    out.goods.innerHTML = list.length
      ? list.map((g) => `<tr>
          <td><div class="item"><img src="images/${g.pic}.svg" alt="${g.name}" width="40" height="40"><div><div class="item__name">${g.name}</div><div class="item__sku">${g.sku}</div></div></div></td>
          <td>${g.category}</td><td class="r">${fmt.n(g.units)}</td><td class="r">${fmt.usd(g.revenue)}</td><td class="r">${fmt.cents(g.avg)}</td>
          <td><span class="tag ${TAG[g.stock]}">${g.stock}</span></td></tr>`).join("")
      : `<tr><td colspan="6" class="goods__none">No products with an average order of ${fmt.usd(view.floor)} or more</td></tr>`;
    out.shown.textContent = `Showing ${list.length} of ${GOODS.length} products`;
    document.querySelectorAll("th[data-col]").forEach((th) => {
      const on = th.dataset.col === view.sortCol;
      th.setAttribute("aria-sort", on ? (view.sortUp ? "ascending" : "descending") : "none");
      th.querySelector(".goods__dir").textContent = on ? (view.sortUp ? "▲" : "▼") : "";
    });
  }

  /* ------------------------------------------------------------------ the slider */

  const MAX = 300, STEP = 10, TRACK_PX = 240;

  function setFloor(raw) {
    const v = Math.min(MAX, Math.max(0, Math.round(raw / STEP) * STEP));
    const px = (v / MAX) * TRACK_PX;
    out.knob.style.transform = `translateX(${px}px)`;
    out.done.style.width = px + "px";
    out.knob.setAttribute("aria-valuenow", String(v));
    out.floor.textContent = fmt.usd(v);
    if (v !== view.floor) { view.floor = v; paintGoods(); }
  }

  const floorAt = (clientX) => {
    const box = out.rail.getBoundingClientRect();
    setFloor(((clientX - box.left) / box.width) * MAX);
  };

  let dragging = false;
  document.addEventListener("pointerdown", (e) => {
    if (e.target === out.knob) {
      e.preventDefault();
      dragging = true;
      out.knob.setAttribute("data-held", "");
    } else if (e.target === out.rail || e.target === out.done) {
      floorAt(e.clientX);
    }
  });
  document.addEventListener("pointermove", (e) => { if (dragging) floorAt(e.clientX); });
  const release = () => { if (dragging) { dragging = false; out.knob.removeAttribute("data-held"); } };
  document.addEventListener("pointerup", release);
  document.addEventListener("pointercancel", release);
  out.knob.addEventListener("keydown", (e) => {
    const d = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[e.key];
    if (d) { setFloor(view.floor + d * STEP); e.preventDefault(); }
  });

  /* ------------------------------------------------------------------ tooltip */

  let hot = null;

  function dropBubble() {
    out.bubble.hidden = true;
    if (hot) hot.removeAttribute("data-hot");
    hot = null;
  }

  function raiseBubble(seg) {
    const b = seg.getBBox();
    out.bubble.textContent = seg.dataset.tip;
    out.bubble.hidden = false;
    const w = out.bubble.offsetWidth, h = out.bubble.offsetHeight;
    const left = Math.max(4, Math.min(b.x + b.width / 2 - w / 2, out.stage.clientWidth - w - 4));
    out.bubble.style.left = left + "px";
    out.bubble.style.top = Math.max(0, b.y - h - 8) + "px";
    seg.setAttribute("data-hot", "");
    hot = seg;
  }

  out.bars.addEventListener("mouseover", (e) => {
    const seg = e.target.closest(".seg");
    if (seg && seg !== hot) { dropBubble(); raiseBubble(seg); }
  });
  out.bars.addEventListener("mouseout", (e) => {
    const seg = e.target.closest(".seg");
    if (seg && seg === hot && e.relatedTarget !== seg) dropBubble();
  });

  /* ------------------------------------------------------------------ delegated input */

  document.addEventListener("change", (e) => {
    if (e.target.dataset.act === "period") { view.period = e.target.value; paintDashboard(); }
  });
  document.addEventListener("click", (e) => {
    const chip = e.target.closest("[data-region]");
    if (chip) {
      const nm = chip.dataset.region;
      view.shown = view.shown.includes(nm)
        ? view.shown.filter((x) => x !== nm)
        : REGION_META.map((r) => r[0]).filter((x) => x === nm || view.shown.includes(x));
      paintDashboard();
      return;
    }
    const th = e.target.closest("[data-act=sort] th[data-col]");
    if (th) {
      if (th.dataset.col === view.sortCol) view.sortUp = !view.sortUp;
      else { view.sortCol = th.dataset.col; view.sortUp = true; }
      paintGoods();
    }
  });

  setFloor(0);
  paintDashboard();
  paintGoods();
  window.addEventListener("load", () => document.documentElement.removeAttribute("data-boot"));
})();
