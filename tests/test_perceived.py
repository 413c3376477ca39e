"""The perceived text: what a person can see, read by rendering, whatever the markup."""

from __future__ import annotations

import pytest

from pytest_iwr.actions import find_target
from pytest_iwr.perceived import (
    PERCEIVED_JS, Perceived, arrived, gone, highlight_problems, highlights, look_problems, new_lists, order_problems, pattern, patterns, restyled,
    view_agreement,
)
from pytest_iwr.task import Target


@pytest.fixture
def tab(chromium):
    context = chromium.new_context(viewport={"width": 800, "height": 600})
    page = context.new_page()
    yield page
    context.close()


def perceive(tab, html: str, pointer=None) -> Perceived:
    tab.set_content(f"<!doctype html><html><body style='margin:0;font:16px sans-serif'>{html}</body></html>")
    return Perceived.from_js(tab.evaluate(PERCEIVED_JS, pointer))


def test_text_nobody_can_see_is_not_read(tab):
    seen = perceive(tab, """
      <p>Shown</p>
      <p style="opacity:0">Transparent</p>
      <p style="opacity:0.02">Nearly transparent</p>
      <p style="visibility:hidden">Invisible</p>
      <p style="display:none">Undisplayed</p>
      <div style="height:0;overflow:hidden"><p>Clipped away</p></div>
      <span style="position:absolute;width:1px;height:1px;overflow:hidden">Screen reader only</span>
      <div style="position:relative;height:40px"><p style="margin:0">Covered</p>
        <div style="position:absolute;inset:0;background:#fff"></div></div>
      <div style="position:relative;height:40px"><p style="margin:0">Under glass</p>
        <div style="position:absolute;inset:0;background:rgba(255,255,255,0.2)"></div></div>
    """)
    assert seen.page.splitlines() == ["Shown", "Under glass"]


def test_the_face_of_a_turned_card_is_not_read_but_its_back_is(tab):
    seen = perceive(tab, """
      <div style="transform-style:preserve-3d;transform:rotateY(180deg);width:100px;height:60px;position:relative">
        <div style="backface-visibility:hidden;position:absolute;inset:0">Bee</div>
        <div style="backface-visibility:hidden;position:absolute;inset:0;transform:rotateY(180deg)">Card 4</div>
      </div>
    """)
    assert seen.page.splitlines() == ["Card 4"]


def test_a_transition_still_running_is_read_as_it_ends(tab):
    tab.set_content("""<!doctype html><body><button id=b style="transition:opacity 30s">Undo</button>
      <p>Saved</p></body>""")
    tab.evaluate("() => { document.body.offsetWidth; document.getElementById('b').style.opacity = '0'; }")
    seen = Perceived.from_js(tab.evaluate(PERCEIVED_JS, None))
    assert seen.page.splitlines() == ["Saved"]


def test_lines_are_read_in_the_order_they_stand_not_the_source_order(tab):
    seen = perceive(tab, """
      <div style="display:flex;flex-direction:row-reverse;justify-content:flex-end;gap:20px"><span>On</span><span>Dark mode</span></div>
      <div style="display:grid;grid-template-columns:1fr 1fr"><div style="display:contents"><b style="order:2">B</b><b style="order:1">A</b></div></div>
    """)
    assert seen.page.splitlines() == ["Dark mode", "On", "A", "B"]


def test_a_clipped_line_reads_only_the_characters_that_show(tab):
    seen = perceive(tab, """<div style="width:120px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">
      Oat milk, eggs, sourdough and the bin bags</div>""")
    line = seen.page.strip()
    assert line.startswith("Oat milk") and "bin bags" not in line


def test_the_view_holds_what_is_on_screen_and_the_page_everything(tab):
    seen = perceive(tab, """<p>Top</p><div style="height:1500px"></div><p>Footer</p>
      <div style="height:40px;overflow:auto"><p style="margin:0">Inner one</p><div style="height:200px"></div><p>Inner two</p></div>""")
    assert "Footer" in seen.page and "Inner two" in seen.page
    assert "Top" in seen.view and "Footer" not in seen.view


def test_a_select_shows_its_choice_and_a_button_input_its_value(tab):
    seen = perceive(tab, """<select><option>English (US)</option><option selected>English (UK)</option></select>
      <input type=submit value="Send"> <input value="typed text">""")
    assert "English (UK)" in seen.page and "English (US)" not in seen.page
    assert "Send" in seen.page and "typed text" not in seen.page


def test_looks_group_repeated_texts_and_leave_out_the_hovered_one(tab):
    seen = perceive(tab, """<div style="display:flex"><span style="color:gold">★</span><span style="color:gold">★</span><span style="color:gray">★</span></div>
      <div style="display:flex;gap:8px"><b style="background:#eee;padding:20px">X</b><b style="background:#eee;padding:20px">X</b></div>""",
                    pointer=[10, 10])
    assert patterns(seen.looks)["★"] == (1, 1)  # the hovered star is left out
    assert patterns(seen.looks)["x"] == (2,)


def test_look_rules_as_pure_functions():
    lit, plain = "gold", "gray"
    before = (("★", plain, False, 1, 0, 0), ("★", plain, False, 2, 20, 0), ("Save", "blue", False, 3, 0, 50),
              ("Saved!", "green", False, 4, 0, 90))
    after = (("★", lit, False, 1, 0, 0), ("★", plain, False, 2, 20, 0), ("Save", "blue", False, 3, 0, 50))
    assert pattern([lit, plain, lit]) == (2, 1)
    assert restyled(before, after) == {"★"}
    assert gone(before, after) == ["saved!"]
    sorted_by = (("Units sold", plain, False, 5, 0, 0), ("Inbox", plain, False, 6, 0, 40), ("Sort", plain, False, 7, 0, 80),
                 ("Product", plain, False, 12, 0, 120), ("10", plain, False, 13, 0, 160))
    marked = (("Units sold ▲", plain, False, 5, 0, 0), ("Inbox (3)", plain, False, 6, 0, 40), ("Sort by name", plain, False, 7, 0, 80),
              ("Product▲", plain, False, 12, 0, 120), ("100", plain, False, 13, 0, 160))
    assert gone(sorted_by, marked) == ["10", "sort"]  # a mark or a count added is no going; more words are
    elsewhere = (("Units sold ▲", plain, False, 9, 300, 0), ("Inbox (3)", plain, False, 10, 300, 40), ("Sort by name", plain, False, 11, 300, 80))
    assert gone(sorted_by[:3], elsewhere) == ["inbox", "sort", "units sold"]  # ... by the same thing, not another
    # A short text shown twice, once in a list of the page's own: gone where one of them went.
    twice = (("$138.70", plain, False, 20, 0, 200), ("$138.70", plain, False, 21, 0, 600))
    assert look_problems([], {}, twice, twice[1:], ["$138.70"]) == []
    assert look_problems([], {}, twice, twice, ["$138.70"]) == ["'$138.70' goes away in the video at this step, here it stays"]
    assert look_problems(["★"], {}, before, before) == ["'★' changes look in the video at this step, here it looks as before"]
    assert look_problems(["★"], {"★": [2]}, before, after) == ["the 2 '★' look all alike in the video, here 1 + 1 alike"]
    assert look_problems(["★"], {"★": [1, 1]}, before, after) == []
    assert look_problems([], {}, before, before, ["saved!"]) == ["'saved!' goes away in the video at this step, here it stays"]
    # The same words redrawn at the same place are the same thing; elsewhere (a view replaced) they are not.
    redrawn = (("★", lit, False, 7, 0, 0), ("★", plain, False, 8, 20, 0), ("Save", "blue", False, 9, 0, 50))
    assert restyled(before, redrawn) == {"★"}
    moved = (("★", lit, False, 7, 0, 400), ("★", plain, False, 8, 20, 400), ("Save", "blue", False, 9, 0, 50))
    assert restyled(before, moved) == set()
    assert look_problems(["★"], {}, before, redrawn) == []
    assert look_problems(["★"], {}, before, (("★", plain, False, 7, 0, 0), ("★", plain, False, 8, 20, 0))) != []
    assert view_agreement("Intro\nMethod\nStep 1", "Method\nStep 1\nStep 2") == pytest.approx(2 / 3)
    assert arrived("Menu\nIntro", "Menu\nMethod") == "Method"


def test_a_list_the_step_filled_must_read_in_the_same_order():
    def col(*texts, x=0, top=0, gap=30):
        return tuple((t, "s", False, i, x, top + i * gap) for i, t in enumerate(texts))
    before = col("7 + 1 = 8", "2 + 2 = 4")
    after = col("3 × 7 = 21", "7 + 1 = 8", "2 + 2 = 4") + (("History", "s", False, 99, 400, 0),)
    assert new_lists(before, after) == [["3 × 7 = 21", "7 + 1 = 8", "2 + 2 = 4"]]
    assert new_lists(after, after) == []  # nothing the step did
    assert new_lists(col("a"), col("b", "a")) == []  # two aligned lines are no list
    wanted = [["3 × 7 = 21", "7 + 1 = 8", "2 + 2 = 4"]]
    assert order_problems(wanted, after) == []
    assert order_problems(wanted, col("7 + 1 = 8", "2 + 2 = 4", "3 × 7 = 21", x=50)) == [
        "the video lists '3 × 7 = 21', '7 + 1 = 8', '2 + 2 = 4' in that order; here '7 + 1 = 8', '2 + 2 = 4', '3 × 7 = 21'"
    ]


def test_the_line_marked_as_selected_must_be_the_one_the_video_marks():
    def tabs(selected):
        return tuple((t, "blue" if t == selected else "plain", False, i, 100 * i, 50) for i, t in enumerate(["Profile", "Notifications", "Privacy"]))
    moved = highlights(tabs("Profile"), tabs("Privacy"))
    assert moved == [{"items": ["profile", "notifications", "privacy"], "odd": ["privacy"]}]
    assert highlights(tabs("Privacy"), tabs("Privacy")) == []
    assert highlight_problems(moved, tabs("Privacy")) == []
    assert highlight_problems(moved, tabs("Notifications")) == [
        "among 'profile', 'notifications', 'privacy' the video marks 'privacy', here 'notifications'"
    ]
    assert highlight_problems(moved, tabs("none")) != []  # no mark at all
    hovered = tuple((t, "hover" if t == "Notifications" else sig, t == "Notifications", *rest)
                    for t, sig, _, *rest in tabs("Privacy"))
    assert highlight_problems(moved, hovered) == []  # a hover style under the pointer is not a mark
    mixed = tuple((t, t, False, i, 0, 40 * i) for i, t in enumerate(["Checkout", "Shipping details", "Full name", "Email"]))
    assert highlights((), mixed) == []  # lines of several kinds: no mark to speak of


def test_a_target_is_found_by_its_name_whatever_the_element(tab):
    tab.set_content("""<!doctype html><body>
      <div class=tabs><div onclick="this.dataset.on=1">Profile</div><div>Notifications</div></div>
      <div style="display:flex;gap:200px;align-items:center"><span>Email notifications</span>
        <div id=sw style="width:40px;height:20px;cursor:pointer;background:#ccc"></div></div>
      <div><div>Language</div><select id=lang><option>English</option></select></div>
      <div style="display:flex;gap:12px"><div><div>To</div><input id=to></div><div><div>To unit</div><select id=unit><option>km</option></select></div></div>
      </body>""")
    found = find_target(tab, Target(role="tab", name="Notifications"))
    assert found.strategy == "name:exact" and found.locator.inner_text() == "Notifications"
    switch = find_target(tab, Target(role="switch", name="Email notifications"))
    assert switch.strategy == "control-beside:exact" and switch.locator.get_attribute("id") == "sw"
    assert find_target(tab, Target(label="Language")).locator.get_attribute("id") == "lang"
    assert find_target(tab, Target(label="To unit")).locator.get_attribute("id") == "unit"
    assert find_target(tab, Target(label="To")).locator.get_attribute("id") == "to"
    # The field on the label's own row, not the one just below it.
    tab.set_content("""<!doctype html><body><div style="display:flex;gap:12px">
      <span style="width:58px;padding:12px 0">Subject</span><input id=subject></div>
      <textarea id=message style="margin-top:8px;display:block"></textarea></body>""")
    assert find_target(tab, Target(label="Subject")).locator.get_attribute("id") == "subject"


def test_of_several_matches_the_one_nearest_the_reference_position_is_taken(tab):
    tab.set_content("""<!doctype html><body style="margin:0">
      <h2 style="margin:0;height:50px">Profile</h2><div style="margin-top:300px"><span id=tab>Profile</span></div></body>""")
    found = find_target(tab, Target(role="tab", name="Profile"), box=(0, 340, 60, 20))
    assert found.locator.get_attribute("id") == "tab"


def _look(text: str, node: int, x: int = 0, y: int = 0):
    return (text, "sig", False, node, x, y)


def test_a_filter_that_leaves_a_conversation_on_the_list_shows_its_name_no_fewer_times():
    from pytest_iwr.perceived import fewer, fewer_problems

    header = _look("Maya Chen", 1, 400, 20)
    before = (header, _look("Maya Chen", 2, 10, 100), _look("Leo Park", 3, 10, 160), _look("On", 4), _look("On", 5))
    after_right = (header, _look("Leo Park", 3, 10, 100), _look("On", 4))
    assert fewer(before, after_right) == {"maya chen": [2, 1]}  # "On" is no text of its own
    assert fewer_problems({"maya chen": [2, 1]}, before, after_right) == []
    after_wrong = (header, _look("Maya Chen", 6, 10, 100), _look("Leo Park", 3, 10, 160))
    (problem,) = fewer_problems({"maya chen": [2, 1]}, before, after_wrong)
    assert "'maya chen' is shown fewer times after this step in the video (2 -> 1), here 2 -> 2" == problem
    # A page that names the conversation once more (an avatar label) but also takes it off the list passes.
    before_more = before + (_look("Maya Chen", 7, 400, 60),)
    assert fewer_problems({"maya chen": [2, 1]}, before_more, after_right + (_look("Maya Chen", 7, 400, 60),)) == []
    # A page that shows the name once only (no second copy to take away) cannot show it fewer times.
    assert fewer_problems({"maya chen": [2, 1]}, (header,), (header,)) == []


def test_words_of_their_own_that_the_video_takes_away_must_go_though_the_page_redrew_them():
    from pytest_iwr.perceived import look_problems

    before = (_look("Maya is typing…", 1, 10, 300), _look("Yes!", 2, 10, 200))
    redrawn = (_look("Maya is typing…", 9, 10, 340), _look("Yes!", 2, 10, 200), _look("Perfect!", 3, 10, 300))
    assert look_problems([], {}, before, redrawn, ["maya is typing…"]) == [
        "'maya is typing…' goes away in the video at this step, here it stays"
    ]
    assert look_problems([], {}, before, redrawn[1:], ["maya is typing…"]) == []
    # A common word (an "On" that another switch shows) must stay on the same thing to count.
    assert look_problems([], {}, (_look("On", 1, 10, 10),), (_look("On", 2, 300, 300),), ["on"]) == []


def test_text_in_nearly_its_backdrops_colour_is_not_read(tab):
    tall = "<div style='height:900px'></div>"  # the second card stands below the screen
    card = "<div style='background:#fff;padding:8px;width:300px'><p style='color:{ink};margin:0'>{text}</p></div>"
    seen = perceive(tab, f"""
      <div style="background:#121020;padding:20px">
        {card.format(ink='#f1eefc', text='Left white in dark mode')}
        {card.format(ink='#1d1a2e', text='Dark on white')}
        {card.format(ink='#a29dbd', text='Muted but readable')}
        <p style="display:inline-block;background:#e9e6e0;color:#fff;font-weight:700;padding:2px 6px">0</p>
        <p style="color:#f1eefc">Light on the dark page</p>
        <p style="color:transparent;background:linear-gradient(#f00,#00f);-webkit-background-clip:text;background-clip:text">Gradient words</p>
        <p style="color:#fff;text-shadow:0 0 2px #000">Shadowed white</p>
        <div style="position:relative;width:200px;height:60px">
          <img src="http://127.0.0.1:9/photo.png" width="200" height="60" style="display:block">
          <span style="position:absolute;left:4px;top:4px;color:#fff">Caption on the photo</span>
        </div>
      </div>
      {tall}
      {card.format(ink='#fefefe', text='Below the screen, white on white')}
      <div style="background:#fff;position:relative;height:30px"><div style="position:absolute"><span style="color:#fff">Placed, cannot tell</span></div></div>
    """)
    assert seen.page.splitlines() == [
        "Dark on white", "Muted but readable", "0", "Light on the dark page", "Gradient words", "Shadowed white",
        "Caption on the photo", "Placed, cannot tell",
    ]


def _pic(stem: str) -> str:
    """A picture's name as PageSession gives it: "image " and 12 hex digits (here of its stem)."""
    import hashlib

    return "image " + hashlib.sha256(stem.encode()).hexdigest()[:12]


def _thumbs(tab, marked: int, names=lambda url: _pic(url.rsplit("/", 1)[-1].split(".")[0])) -> Perceived:
    thumbs = "".join(
        f"<img src='http://127.0.0.1:9/{n}.png' width=60 height=40 "
        f"style='margin:4px;{'outline:3px solid teal' if i == marked else 'opacity:.6'}'>"
        for i, n in enumerate(["court", "bed", "roof", "pool"])
    )
    tab.set_content(f"<!doctype html><body style='margin:0'><div>{thumbs}</div>"
                    "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' width=20 height=20></body>")
    return Perceived.from_js(tab.evaluate(PERCEIVED_JS, None), names)


def test_pictures_are_looked_at_like_lines_and_named_by_what_they_show(tab):
    first, second = _thumbs(tab, 0), _thumbs(tab, 1)
    court, bed, roof, pool = (_pic(n) for n in ("court", "bed", "roof", "pool"))
    assert [look[0] for look in first.looks] == [court, bed, roof, pool]  # no data: URL
    assert highlights(first.looks, second.looks) == [
        {"items": [court, bed, roof, pool], "odd": [bed]}
    ]
    stuck = _thumbs(tab, 0)
    assert highlight_problems(highlights(first.looks, second.looks), stuck.looks) == [
        f"among {court!r}, {bed!r}, {roof!r}, {pool!r} the video marks {bed!r}, here {court!r}"
    ]
    assert Perceived.from_js(tab.evaluate(PERCEIVED_JS, None)).looks == ()  # nothing to name them by: left out
    assert patterns(first.looks + first.looks) == {}  # one picture shown twice may be shown two ways
    from pytest_iwr.perceived import is_image

    assert is_image(court) and not is_image("image of the day") and not is_image("image cafe")


def test_what_stays_on_the_same_thing_in_the_video_must_stay_shown():
    from pytest_iwr.perceived import stay_problems, stays

    before = (_look("Lena Ortiz", 1, 10, 100), _look("Breakfast included", 2, 10, 300), _look("Like", 3, 10, 140))
    after = (_look("Lena Ortiz", 1, 10, 100), _look("Breakfast included", 9, 500, 40), _look("Like", 3, 10, 140))
    # the same element keeps the name; the filter's words come back on the hotel page, not the
    # same thing; "Like" is no text of its own
    assert stays(before, after) == ["lena ortiz"]
    assert stay_problems(["lena ortiz"], before, after) == []
    assert stay_problems(["lena ortiz"], before, after[1:]) == [
        "'lena ortiz' is still shown after this step in the video; here it is no longer shown"
    ]
    assert stay_problems(["lena ortiz"], before[1:], after[1:]) == []  # never shown here: nothing to keep


def test_light_text_on_a_dark_schemes_own_canvas_is_read(tab):
    tab.set_content("<!doctype html><html style='color-scheme:dark'><body><p style='color:#fff'>Night</p></body></html>")
    assert Perceived.from_js(tab.evaluate(PERCEIVED_JS, None)).page == "Night"


def test_a_tooltip_that_lets_the_pointer_through_is_read_over_a_chart(tab):
    seen = perceive(tab, """
      <div style="position:relative;width:300px;height:200px">
        <svg width="300" height="200"><rect x="0" y="0" width="300" height="200" fill="#4f46e5"/></svg>
        <div style="position:absolute;left:20px;top:20px;pointer-events:none;background:#111;color:#fff;padding:4px">Mar 2026 · APAC · $48,200</div>
      </div>
      <div style="position:relative;height:40px"><p style="margin:0">Under a click-through cover</p>
        <div style="position:absolute;inset:0;background:#fff;pointer-events:none"></div></div>
      <div style="position:relative;height:40px"><p style="margin:0">Save draft</p>
        <div style="position:absolute;inset:0;background:#333;opacity:0;pointer-events:none">Message sent</div></div>
    """)
    assert seen.page.splitlines() == ["Mar 2026 · APAC · $48,200", "Save draft"]  # a faded-out toast hides nothing


def test_white_space_between_inline_words_reads_as_a_space_but_not_between_flex_items(tab):
    seen = perceive(tab, """
      <div><b>Maya</b> <i>Chen</i></div>
      <div style="display:flex;gap:8px"><span>Units sold</span> <span>▲</span></div>
      <div><span>Total</span><span>$12</span></div>
    """)
    assert seen.page.splitlines() == ["Maya Chen", "Units sold", "▲", "Total$12"]


def test_typing_at_a_cell_that_is_no_field_goes_to_the_page_keys_as_a_person_types(tab):
    from pytest_iwr.actions import perform
    from pytest_iwr.task import Step

    tab.set_content("""<!doctype html><body><div id=cell tabindex=0 style="width:80px;height:24px;border:1px solid">1180</div>
      <script>const c = document.getElementById('cell'); let typing = false;
      c.addEventListener('click', () => { c.focus(); typing = false; });
      c.addEventListener('keydown', (e) => { if (e.key.length === 1) { if (!typing) c.textContent = ''; typing = true; c.textContent += e.key; } });
      </script></body>""")
    step = Step(index=1, action="type", description="the cell", expect=(), target=Target(text="1180"), text="1450")
    perform(tab, step, None, 2000)
    assert tab.inner_text("#cell") == "1450"
