"""What a model is shown: frames of the video (IWR-Bench's sampling) and the pointer overlay."""


import pytest
from helpers import SUITE
from PIL import Image

from pytest_iwr.media import anonymise, frame_times, video_frames, video_seconds
from pytest_iwr.recording import Recording
from pytest_iwr.video import overlay

TASK = SUITE / "games" / "tic-tac-toe"


def test_one_frame_a_second_while_the_video_is_short():
    assert frame_times(5.0) == [0.0, 1.0, 2.0, 3.0, 4.0]
    assert frame_times(4.5) == [0.0, 1.0, 2.0, 3.0, 4.0]
    assert len(frame_times(64.0)) == 64


def test_at_most_64_frames_spread_evenly_over_a_longer_video():
    times = frame_times(200.0)
    assert len(times) == 64
    assert times[0] == 0.0 and times[-1] > 190.0
    gaps = {round(b - a, 3) for a, b in zip(times, times[1:])}
    assert gaps == {3.125}


def test_frames_from_a_task_video_match_its_length_and_can_be_resized():
    path = TASK / "video.mp4"
    seconds = video_seconds(path)
    recorded = Recording.load(TASK / "recording.json").video["seconds"]
    assert seconds == pytest.approx(recorded, abs=0.2)
    frames = video_frames(path)
    assert len(frames) == int(seconds - 1e-9) + 1
    assert frames[0].size == (1280, 800)
    small = video_frames(path, max_frames=8, longest_side=640)
    assert len(small) == 8 and small[0].size == (640, 400)
    assert frames[0].tobytes() != frames[-1].tobytes()  # the video shows the interaction


def test_assets_are_named_by_their_sorted_sources_whatever_the_load_order():
    a = anonymise(["img/b.PNG", "img/a.svg", "img/b.PNG", "fonts/x.woff2"])
    assert [(x.name, x.source) for x in a] == [
        ("asset_001.woff2", "fonts/x.woff2"), ("asset_002.svg", "img/a.svg"), ("asset_003.png", "img/b.PNG"),
    ]
    assert anonymise(list(reversed(["img/b.PNG", "img/a.svg", "fonts/x.woff2"]))) == a


def test_the_pointer_is_drawn_on_a_copy_never_on_the_page_picture():
    page = Image.new("RGB", (200, 100), "white")
    frame = overlay(page, (50, 50), ripple=0.3, badge="⏎ Enter")
    assert page.getcolors() == [(200 * 100, (255, 255, 255))]
    assert frame.getpixel((51, 55)) != (255, 255, 255)
