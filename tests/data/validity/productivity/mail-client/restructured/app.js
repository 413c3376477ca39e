// Postbox, restructured. Mail records are immutable-ish content; where each one
// lives and its flags are kept apart (a Map of boxes, Sets of unread/starred ids),
// every part of the page is re-rendered from template strings and all input
// goes through delegated listeners on the document.
(() => {
  "use strict";

  const PEOPLE = Object.fromEntries([
    ["me", "Alex Rivera", "alex@larkhill.studio"],
    ["maya", "Maya Okafor", "maya.okafor@larkhill.studio"],
    ["tomas", "Tomás Herrera", "tomas@herreraprint.co.uk"],
    ["leo", "Leo Brandt", "leo.brandt@fastmail.com"],
    ["priya", "Priya Natarajan", "priya@wharfstreetstudios.com"],
    ["hannah", "Hannah Schulz", "hannah.schulz@larkhill.studio"],
    ["ines", "Ines Duarte", "ines.duarte@larkhill.studio"],
    ["daniel", "Daniel Kim", "daniel.kim@larkhill.studio"],
    ["oliver", "Oliver Grant", "oliver.grant@larkhill.studio"],
    ["sofia", "Sofia Rossi", "sofia.rossi@gmail.com"],
    ["noah", "Noah Williams", "noah@harbouryoga.com"],
    ["amara", "Amara Nwosu", "amara@designforall.org"],
    ["kenji", "Kenji Watanabe", "kenji@kestreltype.com"],
    ["grace", "Grace Liu", "grace@harbouryoga.com"],
    ["chloe", "Chloe Martin", "chloe.martin@outlook.com"],
    ["cloud", "Cloudnest Billing", "billing@cloudnest.io", "cloudnest"],
    ["marcus", "Marcus Bell", "marcus.bell@larkhill.studio"],
    ["elena", "Elena Petrova", "elena@petrovakitchen.com"],
    ["samuel", "Samuel Osei", "samuel.osei@gmail.com"],
    ["zara", "Zara Ahmed", "zara.ahmed@gmail.com"],
    ["lucas", "Lucas Moreau", "lucas@veloworks.co.uk"],
    ["paperly", "Paperly", "news@paperly.shop", "paperly"],
    ["ben", "Ben Foster", "ben@scaledesign.events"]
  ].map(([key, name, email, pic]) => [key, { name, email, pic: pic || name.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\s+/g, "-") }]));
  const ME = PEOPLE.me;

  const BOXES = [["inbox", "Inbox", "inbox"], ["starred", "Starred", "star"], ["snoozed", "Snoozed", "clock"], ["sent", "Sent", "send"],
    ["drafts", "Drafts", "file"], ["archive", "Archive", "archive"], ["trash", "Trash", "trash"]];
  const TAGS = ["Work", "Family", "Travel", "Finance"];
  const BOX_NAME = Object.fromEntries(BOXES.map(([k, t]) => [k, t]));
  const HINTS = {
    trash: "Messages in Trash are deleted forever after 30 days.",
    snoozed: "Snoozed messages come back to the Inbox on the date shown.",
    drafts: "Drafts are saved to your account and can be finished on any device."
  };

  // "d hh:mm": d = day of month; 1 means 1 Jan 2026, anything else is December 2025.
  const DAY_NAMES = { 1: "Thu", 31: "Wed", 30: "Tue", 29: "Mon", 28: "Sun", 27: "Sat", 26: "Fri", 23: "Tue", 22: "Mon", 20: "Sat", 19: "Fri", 18: "Thu", 16: "Tue", 15: "Mon" };
  function stamp(spec) {
    const [d, hm] = spec.split(" "), day = Number(d), [h, mi] = hm.split(":").map(Number);
    const twelve = `${h % 12 || 12}:${String(mi).padStart(2, "0")} ${h < 12 ? "AM" : "PM"}`;
    const mon = day === 1 ? "Jan" : "Dec";
    return {
      order: (day === 1 ? 1000 : day) * 1440 + h * 60 + mi,
      short: day === 1 ? twelve : `${mon} ${day}`,
      long: `${DAY_NAMES[day]}, ${mon} ${day}, ${twelve}`
    };
  }

  const store = new Map();   // id -> content
  const boxOf = new Map();   // id -> folder key
  const unread = new Set();
  const starred = new Set();
  const answers = new Map(); // id -> [{text, when}]
  let nextId = 100;

  function put(box, spec) {
    const id = "p" + nextId++;
    const t = spec.at ? stamp(spec.at) : null;
    store.set(id, {
      from: spec.from || ME, to: spec.to || [ME], subject: spec.subject, paras: spec.paras,
      order: t ? t.order : spec.order, short: t ? t.short : spec.short, long: t ? t.long : spec.long,
      tags: spec.tags || [], files: spec.files || [], snooze: spec.snooze || null
    });
    boxOf.set(id, box);
    if (spec.unread) unread.add(id);
    if (spec.star) starred.add(id);
    return id;
  }
  const P = PEOPLE;

  [
    ["inbox", { from: P.maya, subject: "Q1 roadmap review", at: "1 09:41", unread: true, tags: ["Work"], files: [["Q1-roadmap-draft.pdf", "2.4 MB", "pdf"]], paras: [
      "Hi Alex, ahead of Monday's review I've put the draft roadmap in the shared folder and attached the PDF here.",
      "The big items are the Fernhill rebrand, the new booking site for Harbour Yoga and moving our file storage over to Cloudnest by March.",
      "Could you bring the hiring numbers for the two junior designer roles? I'd like to agree on start dates before we commit to the rebrand timeline.",
      "Thanks, and happy new year! Maya"] }],
    ["inbox", { from: P.tomas, subject: "Invoice INV-0093 overdue", at: "1 08:57", unread: true, tags: ["Finance"], paras: [
      "Hello Alex, a friendly reminder that payment for the December print run of the Fernhill brochures is now overdue.",
      "The amount is £1,240.00 and it was due on 28 December. If it has already gone out, please ignore this message.",
      "You can pay by bank transfer to Herrera Print Co., sort code 20-45-77, account 60419283, quoting INV-0093.",
      "Best regards, Tomás Herrera, Herrera Print Co."] }],
    ["inbox", { from: P.leo, subject: "Dinner on Saturday?", at: "1 07:30", unread: true, tags: ["Family"], paras: [
      "Hey Alex! We're finally back from Vienna and the flat is almost unpacked.",
      "Fancy coming over for dinner on Saturday around 7? Mia is making her famous mushroom risotto and we'd love to show you the photos.",
      "Bring Sam too, of course. Let me know either way!",
      "Leo"] }],
    ["inbox", { from: P.priya, subject: "Studio rent – January", at: "31 16:18", tags: ["Finance"], files: [["Rent-January-2026.pdf", "84 KB", "pdf"]], paras: [
      "Hi Alex, happy new year! The invoice for January's studio rent is attached – it's the same as last month, £850.",
      "Payment is due by 5 January. The heating engineer is coming on Tuesday morning, so the back room may be a bit cold until lunch.",
      "Warm wishes, Priya – Wharf Street Studios"] }],
    ["inbox", { from: P.hannah, subject: "Offsite venue options", at: "31 11:05", star: true, tags: ["Work", "Travel"], files: [["venues-shortlist.xlsx", "36 KB", "sheet-file"]], paras: [
      "Hi Alex, I've narrowed the team offsite down to three venues near Bath, all free in the week of 16 February.",
      "Combe Lodge has the best workshop room, Millbrook Farm is the cheapest and Hartley House includes all meals.",
      "Can you have a look before Friday so I can hold the dates? Hannah"] }],
    ["inbox", { from: P.ines, subject: "Brand refresh – first sketches", at: "31 09:12", unread: true, tags: ["Work"], files: [["fernhill-sketches.png", "3.1 MB", "image-file"]], paras: [
      "Morning Alex, here are the first logo sketches for Fernhill. I went in two directions: a hand-drawn leaf mark and a bold wordmark.",
      "I'd love your thoughts before I take either one further.",
      "Ines"] }],
    ["inbox", { from: P.daniel, subject: "Design review notes", at: "30 17:47", tags: ["Work"], paras: [
      "Notes from today's review of the Harbour Yoga booking flow are below.",
      "1. The class filter needs a clear reset. 2. Move the price above the Book button. 3. Test the calendar on small phones.",
      "I'll update the prototype on Monday. Daniel"] }],
    ["inbox", { from: P.oliver, subject: "Quarterly newsletter draft", at: "30 14:20", unread: true, tags: ["Work"], paras: [
      "Hi Alex, the draft of the winter newsletter is ready for a read-through. It's about 900 words with six project photos.",
      "Could you check the bit about the Fernhill launch? I wasn't sure how much we're allowed to say yet.",
      "Cheers, Oliver"] }],
    ["inbox", { from: P.sofia, subject: "Photos from the lake trip", at: "29 19:03", tags: ["Family"], paras: [
      "Ciao Alex! I finally sorted the photos from Lake Garda – 42 of them, including the one of you falling off the paddleboard.",
      "The album link is in the shared family folder. Happy new year from all of us!",
      "Sofia x"] }],
    ["inbox", { from: P.noah, subject: "Contract renewal for 2026", at: "28 10:40", tags: ["Work"], paras: [
      "Hi Alex, our maintenance contract with Larkhill runs out at the end of January.",
      "We'd like to renew for another twelve months on the same terms, adding two extra days of design support each quarter.",
      "Can we set up a short call next week? Noah Williams, Harbour Yoga"] }],
    ["inbox", { from: P.amara, subject: "Workshop slides are up", at: "27 15:15", tags: ["Work"], paras: [
      "Hi everyone, the slides from the accessibility workshop are now on the conference site.",
      "Thanks again for joining the panel, Alex – the questions about colour contrast were the highlight of the day.",
      "Amara"] }],
    ["inbox", { from: P.grace, subject: "Yoga class moves to Tuesdays", at: "26 09:00", paras: [
      "Hi all, from January the Thursday evening class moves to Tuesdays at 6:30 pm, same room.",
      "Mats are provided, but bring a bottle of water. See you there!",
      "Grace"] }],
    ["inbox", { from: P.kenji, subject: "Typeface licence question", at: "23 11:20", tags: ["Work"], paras: [
      "Hello Alex, thanks for your interest in Kestrel Sans.",
      "The studio licence covers up to ten designers and includes web fonts for three domains. Apps need an extra licence.",
      "Best, Kenji – Kestrel Type Foundry"] }],
    ["inbox", { from: P.chloe, subject: "Coffee next week?", at: "22 13:45", paras: [
      "Hi Alex, it's been ages! I'm back in town from the 5th – coffee one morning next week?",
      "The new place on Quay Street does great cinnamon buns.",
      "Chloe"] }],
    ["archive", { from: P.cloud, subject: "Your December invoice from Cloudnest", at: "29 08:00", tags: ["Finance"], paras: [
      "Hi Alex, your invoice for December is ready. Team plan, 5 seats: $60.00, paid with the card ending 4417.",
      "You can download a PDF copy from the Billing page of your Cloudnest account.",
      "Thanks for using Cloudnest."] }],
    ["archive", { from: P.marcus, subject: "Train tickets for the 9th", at: "20 18:30", star: true, tags: ["Travel"], files: [["tickets-9-jan.pdf", "212 KB", "pdf"]], paras: [
      "Hi Alex, I've booked our tickets to Bath for the client visit on 9 January: the 8:05 from Paddington, back on the 18:42.",
      "Seats 32 and 33 in coach C. The tickets are in the attached PDF.",
      "Marcus"] }],
    ["archive", { from: P.elena, subject: "Thanks for the intro!", at: "18 12:10", paras: [
      "Alex, thank you for introducing me to Hannah – we had a lovely call and I'm going to help with the offsite catering.",
      "Let me know if I can ever return the favour.",
      "Elena"] }],
    ["archive", { from: P.samuel, subject: "Portfolio feedback", at: "15 09:35", paras: [
      "Hi Alex, thank you for taking the time to look at my portfolio last week.",
      "I've reworked the case studies as you suggested, leading with the problem and ending with results. The new version is linked below.",
      "Best wishes, Samuel"] }],
    ["snoozed", { from: P.zara, subject: "Book club: January pick", at: "30 20:15", snooze: "Until Jan 5", paras: [
      "Hi book clubbers! January's pick is The Lighthouse Keeper's Daughter. We meet on the 28th at mine.",
      "Bring a snack to share.",
      "Zara"] }],
    ["snoozed", { from: P.lucas, subject: "Bike service reminder", at: "27 08:20", snooze: "Until Jan 9", paras: [
      "Hi Alex, your bike is due for its annual service. Book a slot online or drop in any weekday before 10am.",
      "Lucas – Velo Works"] }],
    ["sent", { to: [P.hannah], subject: "Re: Offsite venue options", at: "31 12:30", paras: [
      "Thanks Hannah! Combe Lodge gets my vote – the workshop room looks perfect. I'll confirm numbers on Friday."] }],
    ["sent", { to: [P.daniel], subject: "Re: Design review notes", at: "30 18:02", paras: [
      "Great notes, thanks Daniel. Agree on all three – let's review the new prototype together on Tuesday."] }],
    ["sent", { to: [P.chloe], subject: "Re: Coffee next week?", at: "22 15:10", paras: [
      "Yes please! Wednesday the 7th at 9? I'll never say no to a cinnamon bun."] }],
    ["sent", { to: [P.samuel], subject: "Re: Portfolio feedback", at: "16 10:25", paras: [
      "Hi Samuel, happy to help. Send me the new version whenever it's ready."] }],
    ["drafts", { to: [P.amara], subject: "Speaker bio for the panel", at: "29 21:50", paras: [
      "Alex Rivera is a founding partner of Larkhill Studio, a small design practice in Bristol working with"] }],
    ["trash", { from: P.paperly, subject: "Flash sale: 40% off notebooks", at: "26 07:00", paras: [
      "Our biggest sale of the year: 40% off every notebook, planner and pen until midnight on Sunday."] }],
    ["trash", { from: P.ben, subject: "Webinar recording", at: "19 16:40", paras: [
      "Hi Alex, thanks for registering for Design systems that scale. The recording and slides are now available."] }]
  ].forEach(([box, spec]) => {
    if (spec.files) spec.files = spec.files.map(([name, size, icon]) => ({ name, size, icon }));
    put(box, spec);
  });

  // UI state: where we are, what is open and what the search does.
  const ui = { where: "inbox", typed: "", applied: "", pending: false, reading: null, editor: null, pop: null };

  const slot = {};
  document.querySelectorAll("[data-slot]").forEach((n) => { slot[n.dataset.slot] = n; });
  const qInput = document.querySelector("[data-q-form] input");
  const qClear = document.querySelector("[data-do=clear-q]");

  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  const pic = (p) => `images/avatars/${p}.svg`;
  const count = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
  const whereName = () => BOX_NAME[ui.where] || ui.where.replace("tag:", "");
  function hl(text) {
    const safe = esc(text);
    if (!ui.applied) return safe;
    const pattern = esc(ui.applied.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    return safe.replace(new RegExp(`(${pattern})`, "ig"), "<mark>$1</mark>");
  }
  const newest = () => Math.max(0, ...[...store.values()].map((m) => m.order)) + 1;

  function hits(m, q) {
    return [m.from.name, m.from.email, m.subject, m.paras.join(" "), ...m.to.map((p) => `${p.name} ${p.email}`)]
      .join(" \n ").toLowerCase().includes(q);
  }

  function visibleIds() {
    const all = [...store.keys()];
    let ids;
    if (ui.applied) ids = all.filter((id) => boxOf.get(id) !== "trash" && hits(store.get(id), ui.applied));
    else if (ui.where === "starred") ids = all.filter((id) => starred.has(id) && boxOf.get(id) !== "trash");
    else if (ui.where.startsWith("tag:")) ids = all.filter((id) => boxOf.get(id) !== "trash" && store.get(id).tags.includes(ui.where.slice(4)));
    else ids = all.filter((id) => boxOf.get(id) === ui.where);
    return ids.sort((a, b) => store.get(b).order - store.get(a).order);
  }
  const unreadInInbox = () => [...unread].filter((id) => boxOf.get(id) === "inbox").length;
  const draftsCount = () => [...boxOf.values()].filter((b) => b === "drafts").length;

  /* ------------------------------------------------------------ folders */

  function drawNav() {
    const u = unreadInInbox(), d = draftsCount();
    const link = (key, text, icon, n, hot) =>
      `<a href="#${key.replace("tag:", "").toLowerCase()}" class="box" data-go="${key}"${ui.where === key ? ' aria-current="page"' : ""}${hot ? " data-unread" : ""}>` +
      `<img src="images/${icon}.svg" alt="" width="20" height="20"><span class="box__t">${text}</span>${n === undefined ? "" : `<span class="box__n">${n || ""}</span>`}</a>`;
    slot.boxes.innerHTML = BOXES.map(([k, t, icon]) =>
      link(k, t, icon, k === "inbox" ? u : k === "drafts" ? d : undefined, k === "inbox" && u > 0)).join("");
    slot.tags.innerHTML = TAGS.map((t) => link("tag:" + t, t, "tag-" + t.toLowerCase())).join("");
    document.title = `${whereName()}${ui.where === "inbox" && u ? ` (${u})` : ""} · Alex Rivera · Postbox`;
  }

  /* ------------------------------------------------------------ list */

  function mailRow(id) {
    const m = store.get(id), box = boxOf.get(id);
    const names = m.to.map((p) => p.name).join(", ");
    let who;
    if (box === "drafts") who = `<span class="mail__draft">Draft</span> ${hl(m.to.length ? "To: " + names : "(no recipient)")}`;
    else if (box === "sent") who = hl("To: " + names);
    else who = hl(m.from.name);
    const face = box === "sent" || box === "drafts" ? (m.to.length ? m.to[0].pic : "draft") : m.from.pic;
    const chips = ui.applied
      ? `<span class="pill" data-k="box">${BOX_NAME[box]}</span>`
      : m.tags.map((t) => `<span class="pill" data-k="${t}">${t}</span>`).join("");
    const when = box === "snoozed" && m.snooze
      ? `<span class="mail__when mail__when--snz">${m.snooze}</span>`
      : `<span class="mail__when">${esc(m.short)}</span>`;
    const isNew = unread.has(id) && box !== "sent" && box !== "drafts";
    const isOn = ui.reading === id || (ui.editor && ui.editor.draft === id);
    const star = starred.has(id);
    return `<div class="mail" tabindex="0" data-mail="${id}"${isNew ? " data-new" : ""}${isOn ? " data-on" : ""}>` +
      `<img class="mail__pic" src="${pic(face)}" alt="">` +
      `<div class="mail__body">` +
        `<div class="mail__l1"><span class="mail__who">${who}</span>${when}</div>` +
        `<div class="mail__l2"><span class="mail__subj">${hl(m.subject || "(no subject)")}</span><span class="mail__chips">${chips}</span>` +
          `<button type="button" class="mail__star" data-do="star-row" aria-label="${star ? "Starred" : "Not starred"}"><img alt="" width="20" height="20" src="images/${star ? "star-filled" : "star-row"}.svg"></button></div>` +
        `<div class="mail__peek">${hl(m.paras.length && m.paras[0] ? m.paras[0] : "(no message)")}</div>` +
      `</div></div>`;
  }

  function drawList() {
    const ids = visibleIds();
    slot.title.textContent = ui.applied ? "Search results" : whereName();
    let sub;
    if (ui.pending) sub = "Searching…";
    else if (ui.applied) sub = `${ids.length ? count(ids.length, "result") : "No results"} for '${ui.applied}'`;
    else sub = count(ids.length, "message");
    slot.sub.innerHTML = (ui.pending ? '<img src="images/spinner.svg" alt="" width="16" height="16">' : "") +
      `<span>${esc(sub)}</span>` + (ui.applied && !ui.pending ? '<a href="#" class="mid__reset" data-do="clear-q">Clear search</a>' : "");
    const hint = !ui.applied && HINTS[ui.where];
    slot.note.hidden = !hint;
    slot.note.textContent = hint || "";
    slot.mails.innerHTML = ids.map(mailRow).join("");
    if (ui.pending) slot.mails.setAttribute("data-busy", ""); else slot.mails.removeAttribute("data-busy");
    slot.none.hidden = ids.length > 0 || ui.pending;
    slot.none.textContent = ui.applied ? "No messages match your search." : `No messages in ${whereName()}.`;
  }

  /* ------------------------------------------------------------ reader */

  const btn = (op, icon, text, mod = "", lit = false) =>
    `<button type="button" class="act${mod}"${lit ? " data-lit" : ""} data-do="${op}"><img src="images/${icon}.svg" alt="" width="18" height="18">${text}</button>`;
  const paras = (list) => list.map((p) => `<p>${esc(p)}</p>`).join("");
  const senderBlock = (person, toLine, date) =>
    `<div class="sender"><img src="${pic(person.pic)}" alt="">` +
    `<div class="sender__id"><div class="sender__name">${esc(person.name)} <span class="sender__addr">&lt;${esc(person.email)}&gt;</span></div>` +
    `<div class="sender__to">${esc(toLine)}</div></div><div class="sender__date">${esc(date)}</div></div>`;

  function readerIdle() {
    return `<div class="reader__idle"><img src="images/empty-pane.svg" alt="" width="180" height="140">` +
      `<h2>No conversation selected</h2><p>Pick a message from the list to read it here.</p></div>`;
  }

  function readerLetter(id) {
    const m = store.get(id), box = boxOf.get(id), star = starred.has(id);
    const tools = [
      box !== "sent" ? btn("reply", "reply", "Reply", " act--main") : "",
      box === "archive" || box === "trash" ? btn("to-inbox", "inbox", "Move to Inbox") : box !== "sent" ? btn("archive", "archive", "Archive") : "",
      box === "trash" ? btn("purge", "trash", "Delete forever") : btn("bin", "trash", "Delete"),
      box !== "sent" ? btn("unread", "mail-unread", "Mark unread") : "",
      star ? btn("star", "star-filled", "Unstar", "", true) : btn("star", "star", "Star"),
      '<span class="acts__gap"></span><button type="button" class="roundbtn roundbtn--s" title="Print"><img src="images/print.svg" alt="" width="18" height="18"></button>'
    ].join("");
    const chips = [`<span class="pill" data-k="box">${BOX_NAME[box]}</span>`, ...m.tags.map((t) => `<span class="pill" data-k="${t}">${t}</span>`)].join("");
    const toLine = box === "sent" ? "to " + m.to.map((p) => p.name).join(", ") : "to me";
    const files = m.files.length
      ? `<div class="files">${m.files.map((f) => `<div class="file"><img src="images/${f.icon}.svg" alt="" width="32" height="32"><div><div class="file__n">${esc(f.name)}</div><div class="file__s">${esc(f.size)}</div></div></div>`).join("")}</div>`
      : "";
    const thread = (answers.get(id) || []).map((r) =>
      `<div class="answer">${senderBlock(ME, "to " + m.from.name, r.when)}<div class="letter__txt">${paras(r.text)}</div></div>`).join("");
    return `<div class="acts">${tools}</div>` +
      `<article class="letter"><div class="letter__hd"><h2>${esc(m.subject)}</h2>${chips}</div>` +
      senderBlock(m.from, toLine, m.long) +
      `<div class="letter__txt">${paras(m.paras)}</div>${files}${thread}</article>`;
  }

  function readerEditor(e) {
    const title = e.kind === "reply" ? "Reply to " + e.replyName : e.kind === "draft" ? "Draft" : "New message";
    let quote = "";
    if (e.kind === "reply") {
      const o = store.get(e.replyTo);
      quote = `<div class="quote"><div class="quote__hd">On ${esc(o.long)}, ${esc(o.from.name)} wrote:</div>${paras(o.paras)}</div>`;
    }
    return `<form class="editor" data-editor autocomplete="off">` +
      `<div class="editor__hd"><h2>${esc(title)}</h2></div>` +
      `<div class="editor__line"><label for="ed-to">To</label><input id="ed-to" name="to" type="text" value="${esc(e.to)}"></div>` +
      `<div class="editor__line"><label for="ed-subj">Subject</label><input id="ed-subj" name="subject" type="text" value="${esc(e.subject)}"></div>` +
      `<div class="editor__main"><textarea name="body" placeholder="Write your message…" aria-label="Message">${esc(e.body)}</textarea>${quote}</div>` +
      (e.error ? `<div class="editor__err">${esc(e.error)}</div>` : "") +
      `<div class="editor__ft"><button type="submit" class="btn-send"><img src="images/send-white.svg" alt="" width="18" height="18">Send</button>` +
      `<button type="button" class="btn-soft" data-do="keep-draft">Save draft</button>` +
      `<button type="button" class="btn-soft" data-do="drop-draft">Discard</button>` +
      `<span class="editor__gap"></span><span class="editor__att"><img src="images/paperclip.svg" alt="" width="16" height="16">Attach</span></div></form>`;
  }

  let shownKey = null;
  function drawReader() {
    const e = ui.editor, open = ui.reading && store.has(ui.reading) ? ui.reading : null;
    const key = e ? "e" + JSON.stringify([e.kind, e.replyTo, e.draft, e.error]) : open ? "r" + open : "idle";
    if (e && key === shownKey) return;          // keep the form (and what is typed) as it stands
    if (key !== shownKey) slot.reader.scrollTop = 0;
    shownKey = key;
    slot.reader.innerHTML = e ? readerEditor(e) : open ? readerLetter(open) : readerIdle();
  }

  function draw() { drawNav(); drawList(); drawReader(); }

  /* ------------------------------------------------------------ toast */

  let popTimer = 0;
  function pop(text, undo) {
    ui.pop = { text, undo: undo || null };
    slot.toast.innerHTML = `<span>${esc(text)}</span>` + (undo ? '<button type="button" data-do="undo">Undo</button>' : "");
    if (undo) slot.toast.removeAttribute("data-plain"); else slot.toast.setAttribute("data-plain", "");
    slot.toast.hidden = false;
    clearTimeout(popTimer);
    popTimer = setTimeout(() => { slot.toast.hidden = true; ui.pop = null; }, 4000);
  }

  /* ------------------------------------------------------------ actions */

  function relocate(id, box, text) {
    const was = boxOf.get(id);
    boxOf.set(id, box);
    ui.reading = null;
    pop(text, () => boxOf.set(id, was));
    draw();
  }

  function openMail(id) {
    if (!store.has(id)) return;
    if (boxOf.get(id) === "drafts") {
      const m = store.get(id);
      ui.reading = null;
      ui.editor = { kind: "draft", draft: id, to: m.to.map((p) => `${p.name} <${p.email}>`).join(", "), subject: m.subject, body: m.paras.join("\n\n"), error: null };
      draw();
      return;
    }
    ui.editor = null;
    ui.reading = id;
    unread.delete(id);
    draw();
  }

  function goTo(where) {
    ui.where = where;
    ui.reading = null;
    ui.editor = null;
    resetQuery(false);
    slot.mails.scrollTop = 0;
    draw();
  }

  function addressees(text) {
    return text.split(",").map((s) => s.trim()).filter(Boolean).map((s) => {
      const low = s.toLowerCase();
      let found = null;
      Object.values(PEOPLE).forEach((p) => { if (low.includes(p.email) || low === p.name.toLowerCase()) found = p; });
      if (found) return found;
      const email = (s.match(/<([^>]+)>/) || [null, s])[1];
      return { name: s.replace(/\s*<[^>]+>\s*/, "") || email, email, pic: "draft" };
    });
  }
  const splitBody = (t) => (t.trim() ? t.trim().split(/\n\s*\n/) : []);

  function closeEditor(backTo) {
    ui.editor = null;
    ui.reading = backTo || null;
    draw();
  }

  function sendNow() {
    const e = ui.editor, to = addressees(e.to);
    if (!to.length) { e.error = "Add at least one recipient before sending."; shownKey = null; draw(); return; }
    const text = splitBody(e.body);
    put("sent", { to, subject: e.subject.trim() || "(no subject)", paras: text, order: newest(), short: "Just now", long: "Today, just now" });
    if (e.kind === "draft") forget(e.draft);
    let back = null;
    if (e.kind === "reply") {
      answers.set(e.replyTo, [...(answers.get(e.replyTo) || []), { text, when: "Just now" }]);
      back = e.replyTo;
    }
    pop("Message sent");
    closeEditor(back);
  }

  function keepDraft() {
    const e = ui.editor;
    const fields = { to: addressees(e.to), subject: e.subject.trim(), paras: splitBody(e.body), order: newest(), short: "Just now", long: "Today, just now" };
    if (e.kind === "draft" && store.has(e.draft)) Object.assign(store.get(e.draft), fields);
    else put("drafts", fields);
    pop("Draft saved");
    closeEditor(e.kind === "reply" ? e.replyTo : null);
  }

  function dropDraft() {
    const e = ui.editor;
    if (e && e.kind === "draft") forget(e.draft);
    pop("Draft discarded");
    closeEditor(e && e.kind === "reply" ? e.replyTo : null);
  }

  function forget(id) { store.delete(id); boxOf.delete(id); unread.delete(id); starred.delete(id); answers.delete(id); }

  /* ------------------------------------------------------------ search (400 ms after the last key) */

  let qTimer = 0;
  function resetQuery(redraw) {
    clearTimeout(qTimer);
    qInput.value = "";
    qClear.hidden = true;
    Object.assign(ui, { typed: "", applied: "", pending: false });
    if (redraw) draw();
  }

  function onQuery() {
    const q = qInput.value.trim().toLowerCase();
    clearTimeout(qTimer);
    qClear.hidden = !qInput.value;
    ui.typed = q;
    if (!q) {
      ui.applied = ""; ui.pending = false;
      slot.mails.scrollTop = 0;
      draw();
      return;
    }
    ui.pending = true;
    drawList();
    qTimer = setTimeout(() => {
      ui.applied = ui.typed; ui.pending = false;
      ui.reading = null;
      slot.mails.scrollTop = 0;
      draw();
    }, 400);
  }

  /* ------------------------------------------------------------ delegated input */

  const OPS = {
    compose() { ui.reading = null; ui.editor = { kind: "new", to: "", subject: "", body: "", error: null }; draw(); },
    "clear-q"(ev, el) { if (el.tagName === "A") ev.preventDefault(); resetQuery(true); if (el.tagName === "BUTTON") qInput.focus(); },
    undo() { if (ui.pop && ui.pop.undo) ui.pop.undo(); slot.toast.hidden = true; clearTimeout(popTimer); draw(); },
    "keep-draft": keepDraft,
    "drop-draft": dropDraft,
    "star-row"(ev, el) { const id = el.closest("[data-mail]").dataset.mail; starred.has(id) ? starred.delete(id) : starred.add(id); draw(); },
    star() { const id = ui.reading; starred.has(id) ? starred.delete(id) : starred.add(id); draw(); },
    archive() { relocate(ui.reading, "archive", "Conversation archived"); },
    "to-inbox"() { relocate(ui.reading, "inbox", "Conversation moved to Inbox"); },
    bin() { relocate(ui.reading, "trash", "Conversation moved to Trash"); },
    purge() { forget(ui.reading); ui.reading = null; pop("Conversation deleted forever"); draw(); },
    unread() { unread.add(ui.reading); ui.reading = null; pop("Marked as unread"); draw(); },
    reply() {
      const id = ui.reading, m = store.get(id);
      ui.editor = { kind: "reply", replyTo: id, replyName: m.from.name, to: `${m.from.name} <${m.from.email}>`,
        subject: /^re:/i.test(m.subject) ? m.subject : "Re: " + m.subject, body: "", error: null };
      draw();
    }
  };
  const NEEDS_OPEN = new Set(["star", "archive", "to-inbox", "bin", "purge", "unread", "reply"]);

  document.addEventListener("click", (ev) => {
    const op = ev.target.closest("[data-do]");
    if (op && OPS[op.dataset.do]) {
      const name = op.dataset.do;
      if (NEEDS_OPEN.has(name) && !(ui.reading && store.has(ui.reading))) return;
      OPS[name](ev, op);
      return;
    }
    const go = ev.target.closest("[data-go]");
    if (go) { ev.preventDefault(); goTo(go.dataset.go); return; }
    const row = ev.target.closest("[data-mail]");
    if (row) openMail(row.dataset.mail);
  });
  document.addEventListener("keydown", (ev) => {
    if (ev.target === qInput && ev.key === "Escape") { resetQuery(true); return; }
    const row = ev.target.closest && ev.target.closest("[data-mail]");
    if (row && ev.key === "Enter") openMail(row.dataset.mail);
  });
  document.addEventListener("input", (ev) => {
    if (ev.target === qInput) { onQuery(); return; }
    const form = ev.target.closest("[data-editor]");
    if (form && ui.editor && ev.target.name) ui.editor[ev.target.name] = ev.target.value;
  });
  document.addEventListener("submit", (ev) => {
    ev.preventDefault();
    if (ev.target.matches("[data-editor]") && ui.editor) sendNow();
  });

  draw();
})();
