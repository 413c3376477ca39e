"""What a person sees of a page: its visible text, read in the browser by rendering, not markup.

`document.body.innerText` counts text nobody can see: a turned card's face
(`backface-visibility`), `opacity: 0`, text clipped away by an `overflow:
hidden` box, text under an opaque element on top, and text of a button that
is still fading out. The reader here walks the page's text nodes and keeps a
node only if it is rendered, has a size, is not (nearly) transparent, faces
the viewer, is not clipped away and is not covered, after every running CSS
transition and animation with an end has been brought to its end (as a
person waiting a moment would see it, and as screenshots are taken).

Two readings come back, one line per block of text:
- `page`: everything a person could see on the page by scrolling it (text in
  an inner scroller counts: it can be scrolled into view);
- `view`: only what is on screen now (the viewport, and inside every scroller
  the part scrolled into view).

Form fields: a select shows its chosen option, a button-like input its value;
text typed into a field is read by `value` checks, not here. Generated
content (`::before`/`::after`) is not read, as by innerText.
Limits: covering is tested only for text inside the viewport (hit testing
needs a point on screen); text in the page's own colour on its background
counts as visible.
"""

from __future__ import annotations

from dataclasses import dataclass

PERCEIVED_JS = r"""
(pointer) => {
  for (const a of document.getAnimations()) {
    try { if (Number.isFinite(a.effect.getComputedTiming().endTime)) a.finish(); } catch (e) {}
  }
  if (!document.body) return {page: '', view: ''};
  const W = innerWidth, H = innerHeight;
  const styles = new Map();
  const st = (el) => { let s = styles.get(el); if (!s) { s = getComputedStyle(el); styles.set(el, s); } return s; };
  const matrix = (el) => { const t = st(el).transform; return t && t !== 'none' ? new DOMMatrix(t) : new DOMMatrix(); };
  const facesAway = (el) => {
    let m = matrix(el);
    for (let p = el.parentElement; p && st(p).transformStyle === 'preserve-3d'; p = p.parentElement) m = matrix(p).multiply(m);
    return m.m33 < 0;
  };
  const hiddenMemo = new Map();
  const hidden = (el) => {
    if (hiddenMemo.has(el)) return hiddenMemo.get(el);
    let out = !el.checkVisibility({checkVisibilityCSS: true});
    if (!out) {
      let opacity = 1;
      for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
        const s = st(e);
        opacity *= parseFloat(s.opacity);
        if (s.backfaceVisibility === 'hidden' && facesAway(e)) { out = true; break; }
      }
      if (opacity < 0.1) out = true;
    }
    hiddenMemo.set(el, out);
    return out;
  };
  const clips = (s, scrollersToo) => {
    const o = s.overflowX + ' ' + s.overflowY;
    return /hidden|clip/.test(o) || (scrollersToo && /auto|scroll/.test(o));
  };
  // The part of a rect that its ancestors' overflow lets show (null if none).
  const visiblePart = (rect, el, scrollersToo) => {
    let [l, t, r, b] = [rect.left, rect.top, rect.right, rect.bottom];
    for (let e = el; e && e !== document.documentElement && e !== document.body; e = e.parentElement) {
      const s = st(e);
      if (s.position === 'fixed') break;
      if (!clips(s, scrollersToo)) continue;
      const box = e.getBoundingClientRect();
      l = Math.max(l, box.left); t = Math.max(t, box.top); r = Math.min(r, box.right); b = Math.min(b, box.bottom);
      if (r - l < 2 || b - t < 2) return null;
    }
    return [l, t, r, b];
  };
  const opaque = (e) => {
    if (/^(IMG|CANVAS|VIDEO|SVG|svg|IFRAME)$/.test(e.tagName)) return true;
    const s = st(e);
    if (s.backgroundImage && s.backgroundImage !== 'none') return true;
    const m = s.backgroundColor.match(/rgba?\(([^)]+)\)/);
    if (!m) return false;
    const parts = m[1].split(/[ ,/]+/).filter(Boolean);
    return (parts.length < 4 ? 1 : parseFloat(parts[3])) >= 0.85;
  };
  const covered = (el, [l, t, r, b]) => {
    const x = (Math.max(l, 0) + Math.min(r, W)) / 2, y = (Math.max(t, 0) + Math.min(b, H)) / 2;
    const hit = document.elementFromPoint(x, y);
    if (!hit || hit === el || el.contains(hit) || hit.contains(el)) return false;
    for (let e = hit; e && !e.contains(el); e = e.parentElement) if (opaque(e)) return true;
    return false;
  };
  const blockOf = (el) => {
    let e = el;
    while (e.parentElement && /^(inline|contents)/.test(st(e).display) && e !== document.body) e = e.parentElement;
    return e;
  };
  // How a line of text looks: its colour, weight and decoration, and the box
  // around it (background, border, shadow, outline) within a few levels.
  const paint = (e) => {
    const s = st(e);
    const bg = /rgba\(.*, 0\)$|transparent/.test(s.backgroundColor) ? '' : s.backgroundColor;
    const border = parseFloat(s.borderTopWidth) + parseFloat(s.borderBottomWidth) + parseFloat(s.borderLeftWidth) > 0 && s.borderTopStyle !== 'none' ? s.borderColor + s.borderLeftWidth : '';
    const shadow = s.boxShadow !== 'none' ? s.boxShadow : '';
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? s.outlineColor : '';
    return bg || border || shadow || outline || (s.backgroundImage !== 'none' ? s.backgroundImage.slice(0, 60) : '') ? [bg, border, shadow, outline].join('|') : null;
  };
  const look = (el) => {
    const s = st(el);
    let decoration = '';
    for (let e = el, i = 0; e && i < 4; e = e.parentElement, i++) if (st(e).textDecorationLine !== 'none') decoration += st(e).textDecorationLine;
    let box = '';
    for (let e = el, i = 0; e && i < 4 && e !== document.body; e = e.parentElement, i++) { const p = paint(e); if (p) { box = p; break; } }
    let opacity = 1;
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) opacity *= parseFloat(st(e).opacity);
    return [s.color, s.fontWeight, decoration, box, opacity.toFixed(2)].join(';');
  };
  const lines = [];  // [block, text, inView, first element]
  const add = (block, text, inView, el) => {
    const last = lines[lines.length - 1];
    if (last && last[0] === block) { last[1] += text; last[2] = last[2] || inView; }
    else lines.push([block, text, inView, el]);
  };
  const range = document.createRange();
  const rectOf = (n) => { if (n.nodeType === 1) return n.getBoundingClientRect(); range.selectNodeContents(n); return range.getBoundingClientRect(); };
  // A flex or grid container may show its children in another order than the
  // source (order, row-reverse, grid areas): read them as they stand, by rows.
  const children = (el) => {
    const out = [];
    for (const c of el.childNodes) {
      if (c.nodeType === 1 && st(c).display === 'contents') out.push(...children(c));
      else out.push(c);
    }
    if (!/flex|grid/.test(st(el).display) || out.length < 2) return out;
    const keyed = out.map((n, i) => { const r = rectOf(n); return {n, i, r, empty: r.width < 1 && r.height < 1}; });
    keyed.sort((a, b) => {
      if (a.empty || b.empty) return a.i - b.i;
      const overlap = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (overlap > Math.min(a.r.height, b.r.height) / 2) return a.r.left - b.r.left || a.i - b.i;
      return a.r.top - b.r.top || a.i - b.i;
    });
    return keyed.map((k) => k.n);
  };
  const visitText = (node) => {
    const el = node.parentElement;
    if (!node.data.trim()) {  // only a line break inside preformatted text is worth keeping
      const last = lines[lines.length - 1];
      if (last && node.data.includes('\n') && /^pre/.test(st(el).whiteSpace)) last[1] += '\n';
      return;
    }
    if (hidden(el)) return;
    range.selectNodeContents(node);
    let seen = false, inView = false, cut = false;
    for (const rect of range.getClientRects()) {
      if (rect.width < 1 || rect.height < 1) continue;
      const part = visiblePart(rect, el, false);
      if (!part) { cut = true; continue; }
      if (part[0] > rect.left + 1 || part[2] < rect.right - 1 || part[1] > rect.top + 1 || part[3] < rect.bottom - 1) cut = true;
      const view = visiblePart(rect, el, true);
      const onScreen = view && view[2] > 0 && view[0] < W && view[3] > 0 && view[1] < H;
      if (onScreen && covered(el, view)) continue;
      seen = true;
      inView = inView || !!onScreen;
    }
    if (!seen) return;
    let data = node.data;
    if (cut) {  // clipped (an ellipsis, a clamped paragraph): keep the characters that show
      data = '';
      for (let i = 0; i < node.data.length; i++) {
        range.setStart(node, i); range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        const c = [r.left + r.width / 2, r.top + r.height / 2];
        const part = r.width > 0 ? visiblePart({left: c[0] - 2, top: c[1] - 2, right: c[0] + 2, bottom: c[1] + 2}, el, false) : null;
        if (part || /\s/.test(node.data[i])) data += node.data[i];
      }
    }
    const pre = /^pre/.test(st(el).whiteSpace);
    add(blockOf(el), pre ? data : data.replace(/\s+/g, ' '), inView, el);
  };
  const visit = (node) => {
    if (node.nodeType === 3) return visitText(node);
    if (node.nodeType !== 1) return;
    const tag = node.tagName;
    if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/.test(tag)) return;
    if (tag === 'BR') { lines.push([node, '', false, node]); return; }
    if (tag === 'SELECT' || (tag === 'INPUT' && /^(button|submit|reset)$/.test(node.type))) {
      if (hidden(node)) return;
      const text = tag === 'SELECT' ? (node.selectedOptions[0] ? node.selectedOptions[0].text : '') : node.value;
      const part = visiblePart(node.getBoundingClientRect(), node.parentElement, false);
      if (!text || !part) return;
      const view = visiblePart(node.getBoundingClientRect(), node.parentElement, true);
      const onScreen = view && view[2] > 0 && view[0] < W && view[3] > 0 && view[1] < H;
      if (onScreen && covered(node, view)) return;
      add(node, ' ' + text + ' ', !!onScreen, node);
      return;
    }
    if (st(node).display === 'none') return;
    for (const c of children(node)) visit(c);
  };
  visit(document.body);
  const clean = (s) => s.replace(/[ \t]+/g, ' ').trim();
  const split = (ls) => ls.flatMap((l) => l[1].split('\n')).map(clean).filter(Boolean);
  const page = split(lines);
  const view = split(lines.filter((l) => l[2]));
  const looks = [];
  for (const [block, text, inView, el] of lines) {
    const t = clean(text);
    if (!t || t.length > 40 || t.includes('\n') || !el || el.nodeType !== 1) continue;
    const b = block.getBoundingClientRect();
    const pointed = !!pointer && pointer[0] >= b.left - 4 && pointer[0] <= b.right + 4 && pointer[1] >= b.top - 4 && pointer[1] <= b.bottom + 4;
    looks.push([t, look(el), pointed]);
  }
  return {page: page.join('\n'), view: view.join('\n'), looks};
}
"""


Look = tuple[str, str, bool]  # a short line's text, how it looks, whether the pointer rests on it


@dataclass(frozen=True)
class Perceived:
    """The page's visible text: all of it (`page`), what is on screen now (`view`),
    and how each short line looks (`looks`)."""

    page: str = ""
    view: str = ""
    looks: tuple[Look, ...] = ()

    @classmethod
    def from_js(cls, raw: dict | None) -> "Perceived":
        raw = raw or {}
        looks = tuple((str(t), str(sig), bool(pointed)) for t, sig, pointed in raw.get("looks") or ())
        return cls(page=raw.get("page") or "", view=raw.get("view") or "", looks=looks)


# --------------------------------------------------------------------------- how things look
#
# A page's colours are its own, so looks are never compared across pages:
# only how a page's looks relate to each other (which of the three "X" look
# alike) and how they change over one step (the clicked day's number turns
# white on purple). The line under the pointer is left out: a hover style is
# the pointer's, not the page's state.


def _grouped(looks: tuple[Look, ...]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for text, sig, pointed in looks:
        if not pointed:
            out.setdefault(text.lower(), []).append(sig)
    return out


def pattern(signatures: list[str]) -> tuple[int, ...]:
    """How many occurrences look each way, largest first: (3,) all alike, (2, 1) one differs."""
    counts: dict[str, int] = {}
    for sig in signatures:
        counts[sig] = counts.get(sig, 0) + 1
    return tuple(sorted(counts.values(), reverse=True))


def patterns(looks: tuple[Look, ...]) -> dict[str, tuple[int, ...]]:
    """The look pattern of every short text shown more than once."""
    return {text: pattern(sigs) for text, sigs in _grouped(looks).items() if len(sigs) > 1}


def restyled(before: tuple[Look, ...], after: tuple[Look, ...]) -> set[str]:
    """Texts shown as often after a step as before it whose looks changed."""
    a, b = _grouped(before), _grouped(after)
    return {t for t in a.keys() & b.keys() if len(a[t]) == len(b[t]) and sorted(a[t]) != sorted(b[t])}


def look_problems(
    reference_restyled: list[str], reference_patterns: dict[str, list[int]], before: tuple[Look, ...], after: tuple[Look, ...]
) -> list[str]:
    """Where this page's looks do not change, or do not group, the way the reference's did."""
    problems = []
    a, b = _grouped(before), _grouped(after)
    for text in reference_restyled:
        if text in a and text in b and len(a[text]) == len(b[text]) and sorted(a[text]) == sorted(b[text]):
            problems.append(f"{text!r} changes look in the video at this step, here it looks as before")
    for text, wanted in reference_patterns.items():
        sigs = b.get(text)
        if sigs and len(sigs) == sum(wanted) and pattern(sigs) != tuple(wanted):
            problems.append(
                f"the {len(sigs)} {text!r} look {_say(tuple(wanted))} in the video, here {_say(pattern(sigs))}"
            )
    return problems


def _say(groups: tuple[int, ...]) -> str:
    return "all alike" if len(groups) == 1 else " + ".join(str(g) for g in groups) + " alike"


def lines(text: str) -> list[str]:
    """The text's non-empty lines, whitespace folded: one per block a person reads."""
    return [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]


def view_agreement(reference_view: str, page_view: str) -> float:
    """How much of what the reference showed on screen this page shows on screen (0..1).

    Counted over the reference's lines of text, each line compared whole
    (case folded): a page scrolled to another part of itself shares few.
    """
    wanted = [line.lower() for line in lines(reference_view)]
    if not wanted:
        return 1.0
    shown = " \n ".join(line.lower() for line in lines(page_view))
    return sum(1 for line in wanted if line in shown) / len(wanted)
