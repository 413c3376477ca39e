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

import re
from dataclasses import dataclass
from typing import Callable


PERCEIVED_JS = r"""
(pointer) => {
  // Animations that end are brought to their end; those that never end (a
  // pulsing "typing…") are read as if still, like screenshots take them.
  const looping = new Set();
  for (const a of document.getAnimations()) {
    try {
      if (Number.isFinite(a.effect.getComputedTiming().endTime)) a.finish();
      else if (a.effect.target) looping.add(a.effect.target);
    } catch (e) {}
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
        if (!looping.has(e)) opacity *= parseFloat(s.opacity);
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
  // Text in nearly its backdrop's colour (contrast below FAINT, lighter than #ebebeb on
  // white) is not read: a dark-mode text left on a white card. The backdrop is the first
  // box painted under the text; over an image, a gradient or a translucent box it cannot
  // be told, and the text counts as seen.
  const rgba = (c) => {
    const m = c && c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1].split(/[ ,/]+/).filter(Boolean).map(parseFloat);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const luminance = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const media = (e) => /^(IMG|CANVAS|VIDEO|SVG|svg|IFRAME|PICTURE)$/.test(e.tagName) || st(e).backgroundImage !== 'none';
  const canvas = () => {
    for (const e of [document.documentElement, document.body]) { const c = rgba(st(e).backgroundColor); if (c && c[3] >= 0.5) return c; }
    return /dark/.test(st(document.documentElement).colorScheme) ? null : [255, 255, 255, 1];  // a dark scheme's canvas is dark
  };
  const backdrop = (el, point) => {
    let stack = [];
    if (point) {
      const under = document.elementsFromPoint(point[0], point[1]);
      const i = under.indexOf(el);
      if (i < 0) return null;
      stack = under.slice(i);
    } else {
      for (let e = el; e; e = e.parentElement) {
        stack.push(e);
        if (/absolute|fixed|sticky/.test(st(e).position)) return null;  // it may stand over anything
      }
    }
    for (const e of stack) {
      if (media(e)) return null;
      const c = rgba(st(e).backgroundColor);
      if (c && c[3] >= 0.85) return c;
      if (c && c[3] > 0.05) return null;
    }
    return canvas();
  };
  const FAINT = 1.2;
  const faint = (el, point) => {
    for (let e = el, i = 0; e && i < 4; e = e.parentElement, i++) {
      const s = st(e);
      if (s.textShadow !== 'none' || parseFloat(s.webkitTextStrokeWidth) > 0 || /text/.test(s.backgroundClip + s.webkitBackgroundClip)) return false;
    }
    const back = backdrop(el, point);
    const ink = rgba(st(el).color);
    if (!back || !ink) return false;
    const a = ink[3];
    const mixed = [0, 1, 2].map((k) => ink[k] * a + back[k] * (1 - a));
    const [l1, l2] = [luminance(mixed), luminance(back)];
    return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05) < FAINT;
  };
  const covered = (el, [l, t, r, b]) => {
    const x = (Math.max(l, 0) + Math.min(r, W)) / 2, y = (Math.max(t, 0) + Math.min(b, H)) / 2;
    // From the top down to the text: a box nobody sees (a toast faded to opacity 0) is
    // passed over, the first seen opaque box on top hides it.
    for (const hit of document.elementsFromPoint(x, y)) {
      if (hit === el || el.contains(hit) || hit.contains(el)) return false;
      if (hidden(hit)) continue;
      for (let e = hit; e && !e.contains(el); e = e.parentElement) if (opaque(e) && !hidden(e)) return true;
    }
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
  let lookBox = null;  // the painted box a line's look was read from
  const look = (el) => {
    const s = st(el);
    let decoration = '';
    for (let e = el, i = 0; e && i < 4; e = e.parentElement, i++) if (st(e).textDecorationLine !== 'none') decoration += st(e).textDecorationLine;
    let box = '';
    lookBox = null;
    for (let e = el, i = 0; e && i < 4 && e !== document.body; e = e.parentElement, i++) { const p = paint(e); if (p) { box = p; lookBox = e; break; } }
    let opacity = 1;
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) if (!looping.has(e)) opacity *= parseFloat(st(e).opacity);
    return [s.color, s.fontWeight, decoration, box, opacity.toFixed(2)].join(';');
  };
  const lines = [];  // [block, text, inView, first element]
  // A line: [block, text, on screen, first element, top on screen, [x, y] on the page of its first text]
  const add = (block, text, inView, el, top, at) => {
    const last = lines[lines.length - 1];
    if (last && last[0] === block) { last[1] += text; last[2] = last[2] || inView; if (last[4] === null) last[4] = top; }
    else lines.push([block, text, inView, el, top, at]);
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
    // Flex and grid items only (white space between them is not laid out);
    // an item without a box (its content positioned elsewhere) goes last.
    const keyed = out.filter((n) => n.nodeType === 1 || n.data.trim()).map((n, i) => ({n, i, r: rectOf(n)}));
    const placed = keyed.filter((k) => k.r.width >= 1 || k.r.height >= 1);
    placed.sort((a, b) => {
      const overlap = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (overlap > Math.min(a.r.height, b.r.height) / 2) return a.r.left - b.r.left || a.i - b.i;
      return a.r.top - b.r.top || a.i - b.i;
    });
    return placed.concat(keyed.filter((k) => !placed.includes(k))).map((k) => k.n);
  };
  const visitText = (node) => {
    const el = node.parentElement;
    if (!node.data.trim()) {
      // A line break inside preformatted text; a space between two inline words of one
      // line ("<b>Maya</b> <i>Chen</i>" reads "Maya Chen"). Between flex or grid items
      // white space is not laid out, and those items are lines of their own.
      const last = lines[lines.length - 1];
      if (last && node.data.includes('\n') && /^pre/.test(st(el).whiteSpace)) last[1] += '\n';
      else if (last && last[0] === blockOf(el) && !/\s$/.test(last[1]) && !hidden(el)) last[1] += ' ';
      return;
    }
    if (hidden(el)) return;
    range.selectNodeContents(node);
    let seen = false, inView = false, cut = false, top = null, at = null, firstPoint = null;
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
      if (onScreen && top === null) top = Math.round(view[1]);
      if (onScreen && !firstPoint) firstPoint = [(Math.max(view[0], 0) + Math.min(view[2], W)) / 2, (Math.max(view[1], 0) + Math.min(view[3], H)) / 2];
      if (at === null) at = [Math.round(part[0]), Math.round(part[1] + scrollY)];
    }
    if (!seen || faint(el, firstPoint)) return;
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
    add(blockOf(el), pre ? data : data.replace(/\s+/g, ' '), inView, el, top, at);
  };
  // Pictures a person sees (an <img>, a box painted with an image): where they stand, for
  // their looks (which thumbnail is marked); the page names them by its files (Python side).
  const images = [];  // [element, url, [x, y] on the page]
  const visitImage = (el, url) => {
    if (!url || !/^https?:/.test(url) || hidden(el)) return;
    const rect = el.getBoundingClientRect();
    if (rect.width < 8 || rect.height < 8) return;
    const part = visiblePart(rect, el, false);
    if (!part || part[2] - part[0] < 8 || part[3] - part[1] < 8) return;
    const view = visiblePart(rect, el, true);
    const onScreen = view && view[2] > 0 && view[0] < W && view[3] > 0 && view[1] < H;
    if (onScreen && covered(el, view)) return;
    images.push([el, url, [Math.round(part[0]), Math.round(part[1] + scrollY)]]);
  };
  const visit = (node) => {
    if (node.nodeType === 3) return visitText(node);
    if (node.nodeType !== 1) return;
    const tag = node.tagName;
    if (tag === 'IMG') { visitImage(node, node.currentSrc || node.src); return; }
    if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/.test(tag)) return;
    if (tag === 'BR') { lines.push([node, '', false, node, null, null]); return; }
    if (tag === 'SELECT' || (tag === 'INPUT' && /^(button|submit|reset)$/.test(node.type))) {
      if (hidden(node)) return;
      const text = tag === 'SELECT' ? (node.selectedOptions[0] ? node.selectedOptions[0].text : '') : node.value;
      const part = visiblePart(node.getBoundingClientRect(), node.parentElement, false);
      if (!text || !part) return;
      const view = visiblePart(node.getBoundingClientRect(), node.parentElement, true);
      const onScreen = view && view[2] > 0 && view[0] < W && view[3] > 0 && view[1] < H;
      if (onScreen && covered(node, view)) return;
      add(node, ' ' + text + ' ', !!onScreen, node, onScreen ? Math.round(view[1]) : null, [Math.round(part[0]), Math.round(part[1] + scrollY)]);
      return;
    }
    if (st(node).display === 'none') return;
    const picture = st(node).backgroundImage.match(/^url\("?([^")]+)"?\)$/);
    if (picture) visitImage(node, picture[1]);
    for (const c of children(node)) visit(c);
  };
  // Hit tests see every element as painted: a tooltip that lets the pointer through
  // (`pointer-events: none`) over a chart is on top, not covered by the chart under it,
  // and an opaque box that lets clicks through still hides what is under it. A
  // constructed sheet, so the page's own observers see no node come and go.
  const hitAll = new CSSStyleSheet();
  hitAll.replaceSync('*, svg * { pointer-events: auto !important; }');
  const sheets = document.adoptedStyleSheets;
  document.adoptedStyleSheets = [...sheets, hitAll];
  try { visit(document.body); } finally { document.adoptedStyleSheets = sheets; }
  const clean = (s) => s.replace(/[ \t]+/g, ' ').trim();
  const split = (ls) => ls.flatMap((l) => l[1].split('\n')).map(clean).filter(Boolean);
  const page = split(lines);
  const view = split(lines.filter((l) => l[2]));
  // Elements keep a number across readings, so a step can tell an element
  // that changed look from another that took its place.
  if (!window.__iwrNodeIds) Object.defineProperty(window, '__iwrNodeIds', {value: {map: new WeakMap(), next: 1}});
  const ids = window.__iwrNodeIds;
  const idOf = (e) => { if (!ids.map.has(e)) ids.map.set(e, ids.next++); return ids.map.get(e); };
  const looks = [];
  const hit = pointer ? document.elementFromPoint(pointer[0], pointer[1]) : null;
  for (const [block, text, inView, el, top, at] of lines) {
    const t = clean(text);
    if (!t || t.length > 40 || t.includes('\n') || !el || el.nodeType !== 1 || !at) continue;
    const b = block.getBoundingClientRect();
    const sig = look(el);
    // Under the pointer, a hover style is the pointer's doing: the line itself, or the
    // painted box its look comes from (a card that lifts on hover), holds the pointer.
    const pointed = !!pointer && ((pointer[0] >= b.left - 4 && pointer[0] <= b.right + 4 && pointer[1] >= b.top - 4 && pointer[1] <= b.bottom + 4)
      || (!!lookBox && !!hit && lookBox.contains(hit)));
    looks.push([t, sig, pointed, idOf(el), at[0], at[1]]);
  }
  // A picture's look: the boxes painted around it (a border, a ring, a shade), within
  // three levels, its filter and how opaque it is. A text field, or a box that holds one, is
  // the field's (a search icon painted in the search box): its focus ring is the caret's doing.
  const FIELD = 'input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]):not([type=range]), textarea, [contenteditable=""], [contenteditable=true]';
  for (const [el, url, at] of images) {
    const boxes = [], filters = [];
    lookBox = null;
    let opacity = 1, near = true;
    for (let e = el, i = 0; e && e !== document.body; e = e.parentElement, i++) {
      const s = st(e);
      if (!looping.has(e)) opacity *= parseFloat(s.opacity);
      if (i > 3 || (near && (e.matches(FIELD) || e.querySelector(FIELD)))) near = false;
      if (!near) continue;
      const p = paint(e);
      if (p) { boxes.push(p.replace(/url\([^)]*\)/g, '')); lookBox = lookBox || e; }
      if (s.filter !== 'none') filters.push(s.filter);
    }
    const b = el.getBoundingClientRect();
    const pointed = !!pointer && ((pointer[0] >= b.left - 4 && pointer[0] <= b.right + 4 && pointer[1] >= b.top - 4 && pointer[1] <= b.bottom + 4)
      || (!!lookBox && !!hit && lookBox.contains(hit)));
    looks.push(['image:' + url, ['image', filters.join(' '), boxes.join(' / '), opacity.toFixed(2)].join(';'), pointed, idOf(el), at[0], at[1]]);
  }
  const tops = lines.filter((l) => l[2] && l[4] !== null && clean(l[1]) && !clean(l[1]).includes('\n'))
    .slice(0, 300).map((l) => [clean(l[1]), l[4]]);
  // Every line and where its block stands on the page, for checks of order.
  const placed = lines.filter((l) => l[5] && clean(l[1])).slice(0, 3000)
    .map((l) => { const b = l[0].getBoundingClientRect();
      return [clean(l[1]).replace(/\s*\n\s*/g, ' '), l[5][0], l[5][1], Math.round(b.left), Math.round(b.right)]; });
  return {page: page.join('\n'), view: view.join('\n'), looks, tops, placed};
}
"""


IMAGE = "image "  # how a picture is named among the lines: "image " and a digest of its file
IMAGE_DIGEST = 12  # hex digits of the file's sha256


_IMAGE_NAME = re.compile(re.escape(IMAGE) + "[0-9a-f]{%d}$" % IMAGE_DIGEST)


def is_image(text: str) -> bool:
    """A picture's name, not a line that happens to start "image " ("Image of the day")."""
    return _IMAGE_NAME.match(text) is not None


# A line: its text, where its text starts on the page (x, y), and its block's left and right edges.
Placed = tuple[str, int, int, int, int]

# A short line (or a picture): its text, how it looks, whether the pointer rests on it, its
# element's number, and where its block stands on the page (x, y).
Look = tuple[str, str, bool, int, int, int]


@dataclass(frozen=True)
class Perceived:
    """The page's visible text: all of it (`page`), what is on screen now (`view`),
    and how each short line looks (`looks`)."""

    page: str = ""
    view: str = ""
    looks: tuple[Look, ...] = ()
    tops: tuple[tuple[str, int], ...] = ()  # lines on screen and how far down the screen each starts
    placed: tuple["Placed", ...] = ()  # every line, in reading order, and where it stands

    @classmethod
    def from_js(cls, raw: dict | None, name_image: Callable[[str], str | None] | None = None) -> "Perceived":
        """`name_image` turns a picture's address into its name (`IMAGE` + what it shows); a
        picture it cannot name, or every picture without it, is left out."""
        raw = raw or {}
        looks = []
        for t, sig, pointed, node, x, y in raw.get("looks") or ():
            text = str(t)
            if text.startswith("image:"):
                named = name_image(text[len("image:"):]) if name_image else None
                if not named:
                    continue
                text = named
            looks.append((text, str(sig), bool(pointed), int(node), int(x), int(y)))
        tops = tuple((str(t), int(y)) for t, y in raw.get("tops") or ())
        placed = tuple((str(t), int(x), int(y), int(left), int(right)) for t, x, y, left, right in raw.get("placed") or ())
        return cls(page=raw.get("page") or "", view=raw.get("view") or "", looks=tuple(looks), tops=tops, placed=placed)


# --------------------------------------------------------------------------- how things look
#
# A page's colours are its own, so looks are never compared across pages:
# only how a page's looks relate to each other (which of the three "X" look
# alike) and how they change over one step (the clicked day's number turns
# white on purple). The line under the pointer is left out: a hover style is
# the pointer's, not the page's state.


def _grouped(looks: tuple[Look, ...]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for text, sig, pointed, *_ in looks:
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
    # A picture shown twice is often shown as two things (the big photo and its thumbnail),
    # which look alike on one page and not on another: pictures have no patterns.
    return {text: pattern(sigs) for text, sigs in _grouped(looks).items() if len(sigs) > 1 and not is_image(text)}


SAME_PLACE = 6  # px: a line redrawn within this of where it stood is the same thing to a person


def _distinctive(text: str) -> bool:
    """Words a page shows for one thing (a name, "typing…", "Cancel"), not a word or number that
    many things show: six letters or more."""
    return is_image(text) or sum(ch.isalpha() for ch in text) >= 6


def _same_thing(a: Look, b: Look) -> bool:
    return a[3] == b[3] or (abs(a[4] - b[4]) <= SAME_PLACE and abs(a[5] - b[5]) <= SAME_PLACE)


def _kept(before: tuple[Look, ...], after: tuple[Look, ...]) -> dict[str, list[bool]]:
    """Per text, for each thing showing it both before and after the step (the same element, or
    the same words redrawn at the same place): whether its look changed. The pointer rests at
    the same spot before and after, so a hover style is in both and the pointed lines count."""
    by_node = {node: (text.lower(), sig) for text, sig, _, node, _, _ in before}
    by_place = [(text.lower(), x, y, sig) for text, sig, _, _, x, y in before]
    out: dict[str, list[bool]] = {}
    for text, sig, _, node, x, y in after:
        key = text.lower()
        if node in by_node and by_node[node][0] == key:
            out.setdefault(key, []).append(by_node[node][1] != sig)
            continue
        was = next((w for w in by_place if w[0] == key and abs(w[1] - x) <= SAME_PLACE and abs(w[2] - y) <= SAME_PLACE), None)
        if was is not None:
            out.setdefault(key, []).append(was[3] != sig)
    return out


def restyled(before: tuple[Look, ...], after: tuple[Look, ...]) -> set[str]:
    """Texts whose element stayed and changed look over the step (the clicked day turns purple);
    a text that moved to another element (a view replaced) is not a change of look."""
    return {text for text, changes in _kept(before, after).items() if any(changes)}


def _looks_as_before(text: str, before: tuple[Look, ...], after: tuple[Look, ...]) -> bool:
    kept = _kept(before, after).get(text)
    if kept:
        return not any(kept)
    # The page drew the text anew: compare how its occurrences look, as a whole.
    a, b = _grouped(before).get(text), _grouped(after).get(text)
    return bool(a) and bool(b) and len(a) == len(b) and sorted(a) == sorted(b)


def look_problems(
    reference_restyled: list[str], reference_patterns: dict[str, list[int]], before: tuple[Look, ...], after: tuple[Look, ...],
    reference_gone: list[str] = (),
) -> list[str]:
    """Where this page's lines do not go, change look, or group, the way the reference's did."""
    problems = []
    for text in reference_gone:
        # the thing that showed it still shows it: the same element, or the same words at the
        # same place; or words of their own (not a common "On" or "3") still shown anywhere,
        # although the list or panel that showed them was redrawn
        shown = [new for new in after if new[0].lower() == text]
        if not shown:
            continue
        had = [old for old in before if old[0].lower() == text]
        # A short text the page shows in several places ("$138.70" in a table and in a list
        # of orders of its own) has gone where one of them went; the rest are other things.
        if _distinctive(text) or (len(shown) >= len(had) and any(_same_thing(old, new) for old in had for new in shown)):
            problems.append(f"{text!r} goes away in the video at this step, here it stays")
    b = _grouped(after)
    for text in reference_restyled:
        if _looks_as_before(text, before, after):
            problems.append(f"{text!r} changes look in the video at this step, here it looks as before")
    for text, wanted in reference_patterns.items():
        sigs = b.get(text)
        if sigs and len(sigs) == sum(wanted) and pattern(sigs) != tuple(wanted):
            problems.append(
                f"the {len(sigs)} {text!r} look {_say(tuple(wanted))} in the video, here {_say(pattern(sigs))}"
            )
    return problems


LIST_GAP = 80  # px between two lines of one column that still read as one list
MIN_LIST = 3  # lines: two aligned lines may be neighbours by chance, three read as a list


def new_lists(before: tuple[Look, ...], after: tuple[Look, ...]) -> list[list[str]]:
    """Columns of short lines (one above the other, left edges aligned) that the step filled
    or reordered: the order a person reads them in, where it is the step's doing."""
    counts = _counts(after)
    columns: dict[int, list[tuple[int, str]]] = {}
    for text, _, _, _, x, y in after:
        if counts[text.lower()] == 1 and not is_image(text):
            key = next((k for k in columns if abs(k - x) <= 3), x)
            columns.setdefault(key, []).append((y, text.lower()))
    old_order = [look[0].lower() for look in sorted(before, key=lambda look: (look[5], look[4]))]
    out = []
    for items in columns.values():
        items.sort()
        run = [items[0]]
        for item in items[1:] + [(None, None)]:
            if item[0] is not None and item[0] - run[-1][0] <= LIST_GAP:
                run.append(item)
                continue
            texts = [t for _, t in run]
            was = [t for t in old_order if t in texts]
            if len(texts) >= MIN_LIST and was != texts:
                out.append(texts)
            run = [item]
    return out


def order_problems(reference_lists: list[list[str]], after: tuple[Look, ...]) -> list[str]:
    """Where this page reads a list's lines in another order than the video showed."""
    counts = _counts(after)
    where = {look[0].lower(): (look[5], look[4]) for look in after if counts[look[0].lower()] == 1}
    problems = []
    for wanted in reference_lists:
        shown = [t for t in wanted if t in where]
        if len(shown) >= MIN_LIST and sorted(shown, key=lambda t: where[t]) != shown:
            read = sorted(shown, key=lambda t: where[t])
            problems.append(f"the video lists {', '.join(map(repr, shown))} in that order; here {', '.join(map(repr, read))}")
    return problems


# --------------------------------------------------------------------------- what looks selected
#
# In a row or a column of short lines (tabs, a menu, a list of notes), the one
# that looks unlike the rest is what a person reads as selected. Where a step
# moves that mark on the reference, the page must mark the same lines.

ROW_GAP = 250  # px between the left edges of two neighbours in one row
MAX_MARKED = 2  # lines a row or column may mark; more unlike the rest and it is no list of one kind


def _runs(looks: tuple[Look, ...]) -> list[list[Look]]:
    """Rows (tops aligned) and columns (left edges aligned) of neighbouring short lines."""
    out = []
    for along, across, gap in ((4, 5, ROW_GAP), (5, 4, LIST_GAP)):
        lanes: dict[tuple[bool, int], list[Look]] = {}
        for look in looks:
            kind = is_image(look[0])
            key = next((k for k in lanes if k[0] == kind and abs(k[1] - look[across]) <= 3), (kind, look[across]))
            lanes.setdefault(key, []).append(look)
        for lane in lanes.values():
            lane.sort(key=lambda look: look[along])
            run = [lane[0]]
            for look in lane[1:] + [None]:
                if look is not None and look[along] - run[-1][along] <= gap:
                    run.append(look)
                    continue
                if len(run) >= 3 and len({r[0].lower() for r in run}) == len(run):
                    out.append(run)
                run = [look]
    return out


def odd_ones(items: list[Look]) -> frozenset[str] | None:
    """The lines that look unlike the rest (None when there is no rest: all differ, or too few)."""
    groups: dict[str, list[str]] = {}
    for look in items:
        groups.setdefault(look[1], []).append(look[0].lower())
    largest = max(len(g) for g in groups.values())
    if len(items) < 3 or largest < 2 or largest < len(items) - MAX_MARKED:
        return None  # lines of several kinds (a heading, labels, a link), not one list with a mark
    return frozenset(texts[0] for texts in groups.values() if len(texts) == 1)


def _unique(looks: tuple[Look, ...], texts: list[str]) -> list[Look] | None:
    found = [look for look in looks if look[0].lower() in texts]
    return found if len(found) == len(texts) and len({f[0].lower() for f in found}) == len(texts) else None


def highlights(before: tuple[Look, ...], after: tuple[Look, ...]) -> list[dict]:
    """The rows and columns whose odd one out the step changed, with their new odd ones."""
    out = []
    for run in _runs(after):
        texts = [r[0].lower() for r in run]
        odd = odd_ones(run)
        was = _unique(before, texts)
        if odd is None or (was is not None and odd_ones(was) == odd):
            continue
        out.append({"items": texts, "odd": sorted(odd)})
    return out


def highlight_problems(reference: list[dict], after: tuple[Look, ...]) -> list[str]:
    """Where this page marks other lines of a row or column than the video did."""
    problems = []
    for entry in reference:
        found = _unique(after, entry["items"])
        if found is None:
            continue
        odd = odd_ones(found)
        # The line under the pointer may wear a hover style on one page and not the other:
        # whether it is marked is for the look of the clicked control to say.
        pointed = {f[0].lower() for f in found if f[2]}
        if odd is not None and odd - pointed != frozenset(entry["odd"]) - pointed:
            wanted = ", ".join(map(repr, entry["odd"])) or "none of them"
            shown = ", ".join(map(repr, sorted(odd))) or "none of them"
            problems.append(f"among {', '.join(map(repr, entry['items']))} the video marks {wanted}, here {shown}")
    return problems


def _say(groups: tuple[int, ...]) -> str:
    return "all alike" if len(groups) == 1 else " + ".join(str(g) for g in groups) + " alike"


def lines(text: str) -> list[str]:
    """The text's non-empty lines, whitespace folded: one per block a person reads."""
    return [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]


def arrived(view_before: str, view_after: str) -> str:
    """The lines a step brought on screen (those on screen after it and not before)."""
    seen = {line.lower() for line in lines(view_before)}
    return "\n".join(line for line in lines(view_after) if line.lower() not in seen)


def gone(before: tuple[Look, ...], after: tuple[Look, ...]) -> list[str]:
    """Short texts shown before a step and nowhere after it (a toast, an error, a "typing…").
    Words that the same thing still shows with a mark or a count added ("Units sold" now
    "Units sold ▲", "Inbox" now "Inbox 3") have not gone: another page draws the mark apart."""
    now = {t.lower() for t, *_ in after}
    went = {t.lower() for t, *_ in before} - now
    marked = {
        old[0].lower() for old in before if old[0].lower() in went
        for new in after if _same_thing(old, new) and _marked(old[0].lower(), new[0].lower())
    }
    return sorted(went - marked)


def _marked(words: str, line: str) -> bool:
    """`line` is `words` with only marks, numbers or punctuation added ("Product▲", "Inbox (3)")."""
    at = line.find(words)
    while at >= 0:
        before, after = line[:at], line[at + len(words):]
        if not re.search(r"[^\W\d_]", before + after) and not (before[-1:].isalnum() or after[:1].isalnum()):
            return True
        at = line.find(words, at + 1)
    return False


def stays(before: tuple[Look, ...], after: tuple[Look, ...]) -> list[str]:
    """Texts of their own (and pictures) that the same thing shows before the step and after it
    (the same element, or the same words at the same place): not the same words shown anew
    by something else (a filter's "Breakfast included" gone, the hotel's amenity come)."""
    return sorted(text for text in _kept(before, after) if _distinctive(text))


def stay_problems(reference: list[str], before: tuple[Look, ...], after: tuple[Look, ...]) -> list[str]:
    """Where this page stops showing, over the step, a thing the video kept showing (a caption
    gone unreadable on a card left white in dark mode, a panel closed that stays open)."""
    had = {look[0].lower() for look in before}
    now = {look[0].lower() for look in after}
    return [
        f"{text!r} is still shown after this step in the video; here it is no longer shown"
        for text in reference if text in had and text not in now
    ]


def fewer(before: tuple[Look, ...], after: tuple[Look, ...]) -> dict[str, list[int]]:
    """Texts of their own that the step shows fewer times, but still (a filter that takes a
    conversation off the list while its header still names it): text -> [before, after]."""
    count_before, count_after = _counts(before), _counts(after)
    return {
        text: [n, count_after[text]] for text, n in sorted(count_before.items())
        if _distinctive(text) and 0 < count_after.get(text, 0) < n
    }


def fewer_problems(reference: dict[str, list[int]], before: tuple[Look, ...], after: tuple[Look, ...]) -> list[str]:
    """Where this page shows, after the step, a text no fewer times than before it, though the
    video showed it fewer times (how many is the page's own: it may name a thing more often)."""
    count_before, count_after = _counts(before), _counts(after)
    problems = []
    for text, (was, now) in reference.items():
        # Shown once only, it cannot show fewer times and still show: the one that went in
        # the video is not on this page (a footer's second "Greenbasket").
        if count_before.get(text, 0) >= 2 and count_after.get(text, 0) >= count_before[text]:
            problems.append(
                f"{text!r} is shown fewer times after this step in the video ({was} -> {now}), "
                f"here {count_before[text]} -> {count_after.get(text, 0)}"
            )
    return problems


def _counts(looks: tuple[Look, ...]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for look in looks:
        counts[look[0].lower()] = counts.get(look[0].lower(), 0) + 1
    return counts


LANDING_TOLERANCE = 160  # px: how far a jump may land from where the video's landed


def landmark(before: "Perceived", seen: "Perceived") -> tuple[str, int] | None:
    """What a jump landed on, and where: the top line on screen that the page shows only
    once and that moved (a pinned header stays where it was and says nothing)."""
    counts: dict[str, int] = {}
    for line in lines(seen.page):
        counts[line.lower()] = counts.get(line.lower(), 0) + 1
    pinned = {(t.lower(), y) for t, y in before.tops}
    candidates = [
        (y, t) for t, y in seen.tops
        if counts.get(" ".join(t.split()).lower()) == 1 and len(t) >= 3 and y >= 0 and (t.lower(), y) not in pinned
    ]
    if not candidates:
        return None
    y, text = min(candidates)
    return text, y


def landing_problem(reference: list, seen: "Perceived") -> str | None:
    """Whether this page's jump shows the video's landmark line about as far down the screen."""
    text, y = reference[0], int(reference[1])
    for t, top in seen.tops:
        if t.lower() == text.lower():
            if abs(top - y) <= LANDING_TOLERANCE:
                return None
            return f"the jump lands elsewhere than in the video: {text!r} is {top} px down the screen, in the video {y} px"
    return f"the jump lands elsewhere than in the video: {text!r}, at the top of the screen in the video, is not on screen"


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
