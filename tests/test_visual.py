"""The visual metrics on a real checkpoint: itself high, blank low, falling with damage."""

import io
import json

import pytest
from helpers import SUITE
from PIL import Image, ImageDraw

from pytest_iwr import visual

TASK = SUITE / "shopping" / "cart-checkout"


@pytest.fixture(scope="module")
def reference():
    png = (TASK / "checkpoints" / "step_00.png").read_bytes()
    text = json.loads((TASK / "recording.json").read_text())["steps"][0]["text"]
    return Image.open(io.BytesIO(png)).convert("RGB"), text


def damaged(image: Image.Image, text: str, fraction: float) -> tuple[Image.Image, str]:
    """The page with its lower `fraction` painted over, and that share of its words gone."""
    out = image.copy()
    top = int(out.height * (1 - fraction))
    ImageDraw.Draw(out).rectangle([0, top, out.width, out.height], fill="white")
    words = text.split()
    return out, " ".join(words[: int(len(words) * (1 - fraction))])


def test_a_screenshot_against_itself_scores_at_least_0_99(reference):
    image, text = reference
    score, metrics = visual.vfs(visual.Shot.from_image(image), visual.Shot.from_image(image), text, text)
    assert score >= 0.99
    assert set(metrics) == {"text", "structure", "colour"}


def test_a_blank_page_scores_at_most_0_2(reference):
    image, text = reference
    blank = Image.new("RGB", image.size, "white")
    score, metrics = visual.vfs(visual.Shot.from_image(image), visual.Shot.from_image(blank), text, "")
    assert score <= 0.2, metrics


def test_the_score_falls_as_the_page_is_progressively_damaged(reference):
    image, text = reference
    ref = visual.Shot.from_image(image)
    scores = []
    for fraction in (0.0, 0.2, 0.4, 0.6, 0.8, 1.0):
        page, page_text = damaged(image, text, fraction)
        scores.append(visual.vfs(ref, visual.Shot.from_image(page), text, page_text)[0])
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == len(scores), scores
    assert scores[0] >= 0.99 and scores[-1] <= 0.2


def test_each_metric_alone_prefers_the_closer_page(reference):
    image, text = reference
    ref = visual.Shot.from_image(image)
    near, _ = damaged(image, text, 0.2)
    far, _ = damaged(image, text, 0.7)
    assert visual.structure_similarity(ref, visual.Shot.from_image(near)) > visual.structure_similarity(ref, visual.Shot.from_image(far))
    assert visual.colour_similarity(ref, visual.Shot.from_image(near)) >= visual.colour_similarity(ref, visual.Shot.from_image(far))
    assert visual.text_similarity("a b c d", "a b c") > visual.text_similarity("a b c d", "a")


def test_text_similarity_ignores_order_and_case_but_not_words():
    assert visual.text_similarity("Total $5 Tax", "tax total 5") == 1.0
    assert visual.text_similarity("", "") == 1.0
    assert visual.text_similarity("hello", "") == 0.0


def test_a_region_is_compared_alone(reference):
    image, _ = reference
    changed = image.copy()
    ImageDraw.Draw(changed).rectangle([0, 600, image.width, image.height], fill="black")
    ref, cand = visual.Shot.from_image(image), visual.Shot.from_image(changed)
    assert visual.region_similarity(ref, cand, (0, 0, image.width, 400)) >= 0.99
    assert visual.region_similarity(ref, cand, (0, 600, image.width, 200)) < 0.5


def test_pixels_changed_ignores_nothing_but_tiny_differences():
    a = Image.new("RGB", (100, 100), "white")
    b = a.copy()
    b.putpixel((5, 5), (0, 0, 0))
    c = a.copy()
    ImageDraw.Draw(c).rectangle([10, 10, 30, 30], fill="black")

    def png(img):
        buf = io.BytesIO()
        img.save(buf, "PNG")
        return buf.getvalue()

    assert not visual.pixels_changed(png(a), png(a))
    assert not visual.pixels_changed(png(a), png(b))
    assert visual.pixels_changed(png(a), png(c))


def _glyph(text: str, colour: str, backdrop: str = "white", size: int = 19) -> bytes:
    """A control's spot as region_png gives it: a glyph or a word on its backdrop."""
    from PIL import ImageFont

    image = Image.new("RGB", (40, 30), backdrop)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        pytest.skip("DejaVu Sans is not installed")
    ImageDraw.Draw(image).text((5, 3), text, fill=colour, font=font)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize("before, after, change", [
    (("☆", "#aab1cb"), ("★", "#f5a623"), "recoloured"),  # a star lit: grey outline to orange fill
    (("★", "#f5a623"), ("☆", "#aab1cb"), "recoloured"),
    (("Aa", "#999999"), ("Aa", "#111111"), "recoloured"),  # grey text turned black
    (("Aa", "#333333"), ("Aa", "#2563eb"), "recoloured"),  # dark text turned blue
    (("☆", "#aab1cb"), ("★", "#aab1cb"), "same"),  # filled but still grey: the defect's star
    (("☆", "#f5a623"), ("★", "#f5a623"), "same"),
    (("Aa", "#1d4ed8"), ("Aa", "#1e40af"), "same"),  # two blues no one tells apart
    (("Aa", "#333333"), ("", "#333333"), None),  # the mark went: something else, not a colour
])
def test_a_spots_ink_changes_colour_or_not_whatever_its_shape(before, after, change):
    assert visual.ink_change(_glyph(*before), _glyph(*after)) == change


def test_a_spot_on_another_backdrop_is_no_comparison():
    assert visual.ink_change(_glyph("Aa", "#333"), _glyph("Aa", "#333", backdrop="#dfe6f5")) is None
    assert visual.ink_change(b"", _glyph("Aa", "#333")) is None  # off screen
