"""What a model is shown: frames of the task's video, and contact sheets of its assets.

Frames follow IWR-Bench: one a second, at most 64, spread evenly over the
whole video when it is longer. Contact sheets show every anonymised asset with
its file name and pixel size, so a model can use them by name.
"""

from __future__ import annotations

import html
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from .server import FolderServer

MAX_FRAMES = 64
SHEET_COLUMNS = 4
SHEET_TILES = 16  # at most, per sheet
ASSET_TYPES = ("image", "media", "font")


def frame_times(duration: float, fps: float = 1.0, max_frames: int = MAX_FRAMES) -> list[float]:
    """When to take frames: every 1/fps seconds, or `max_frames` evenly spread over a longer video."""
    if duration <= 0:
        return [0.0]
    count = int(duration * fps - 1e-9) + 1
    if count <= max_frames:
        return [round(i / fps, 3) for i in range(count)]
    return [round(i * duration / max_frames, 3) for i in range(max_frames)]


def video_frames(
    path: Path, fps: float = 1.0, max_frames: int = MAX_FRAMES, longest_side: int | None = None
) -> list[Image.Image]:
    """The frames a model receives from a video (see `frame_times`), optionally resized."""
    import imageio_ffmpeg

    reader = imageio_ffmpeg.read_frames(str(path))
    meta = next(reader)
    width, height = meta["size"]
    native = meta["fps"]
    total, _ = imageio_ffmpeg.count_frames_and_secs(str(path))
    wanted = [min(total - 1, round(t * native)) for t in frame_times(total / native, fps, max_frames)]
    frames: list[Image.Image] = []
    targets = iter(wanted)
    want = next(targets, None)
    for index, data in enumerate(reader):
        while want is not None and want == index:
            frames.append(_resized(Image.frombytes("RGB", (width, height), data), longest_side))
            want = next(targets, None)
        if want is None:
            break
    reader.close()
    return frames


def video_seconds(path: Path) -> float:
    import imageio_ffmpeg

    frames, seconds = imageio_ffmpeg.count_frames_and_secs(str(path))
    return round(seconds, 2)


def _resized(image: Image.Image, longest_side: int | None) -> Image.Image:
    if longest_side and max(image.size) > longest_side:
        scale = longest_side / max(image.size)
        image = image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS)
    return image


# --------------------------------------------------------------------------- assets


@dataclass(frozen=True)
class Asset:
    name: str  # asset_001.png
    source: str  # the reference's own path, never shown to a model

    @property
    def suffix(self) -> str:
        return Path(self.source).suffix.lower()


def anonymise(sources: list[str]) -> list[Asset]:
    """asset_001.<ext>, … in the order of the sources' paths: stable whatever the load order."""
    unique = sorted(set(sources))
    return [Asset(f"asset_{i:03d}{Path(s).suffix.lower()}", s) for i, s in enumerate(unique, start=1)]


_SHEET_CSS = """
body{margin:0;background:#fff;font:15px/1.3 "DejaVu Sans",sans-serif;color:#111}
.grid{display:grid;grid-template-columns:repeat(%(cols)d,300px);gap:16px;padding:16px}
.tile{border:1px solid #bbb;border-radius:6px;overflow:hidden}
.pic{height:200px;display:flex;align-items:center;justify-content:center;
 background:repeating-conic-gradient(#eee 0 25%%,#fff 0 50%%) 0 0/20px 20px}
.pic img{max-width:280px;max-height:190px}
.font{font-size:44px}
.label{padding:6px 8px;border-top:1px solid #bbb;background:#f4f4f4}
.label b{font-size:16px}
"""


def write_sheets(assets_dir: Path, names: list[str], out_dir: Path, browser) -> list[str]:
    """Contact sheets of the assets, each tile labelled with its file name and pixel size."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="iwr-sheet-") as tmp:
        root = Path(tmp)
        for name in names:
            shutil.copyfile(assets_dir / name, root / name)
        server = FolderServer(root)
        page = browser.new_page(viewport={"width": SHEET_COLUMNS * 316 + 16, "height": 400}, device_scale_factor=1)
        try:
            for number, start in enumerate(range(0, len(names), SHEET_TILES), start=1):
                chunk = names[start : start + SHEET_TILES]
                (root / "sheet.html").write_text(_sheet_html(chunk), encoding="utf-8")
                page.goto(server.origin + "/sheet.html", wait_until="load")
                page.evaluate("document.fonts.ready")
                page.evaluate(
                    """() => document.querySelectorAll('img').forEach(i => {
                        i.closest('.tile').querySelector('.size').textContent = i.naturalWidth + '×' + i.naturalHeight + ' px';
                    })"""
                )
                path = out_dir / f"sheet_{number:02d}.png"
                page.screenshot(path=str(path), full_page=True)
                written.append(path.name)
        finally:
            page.close()
            server.close()
    return written


def _sheet_html(names: list[str]) -> str:
    faces, tiles = [], []
    for i, name in enumerate(names):
        label = f'<div class="label"><b>{html.escape(name)}</b><br><span class="size"></span></div>'
        if Path(name).suffix.lower() in (".woff", ".woff2", ".ttf", ".otf"):
            faces.append(f'@font-face{{font-family:"f{i}";src:url("{html.escape(name)}")}}')
            pic = f'<div class="pic font" style="font-family:f{i}">Aa Bb 123</div>'
            label = label.replace('<span class="size"></span>', '<span class="size">font</span>')
        elif Path(name).suffix.lower() in (".mp4", ".webm", ".ogg", ".mp3", ".wav"):
            pic = '<div class="pic">▶ media</div>'
            label = label.replace('<span class="size"></span>', '<span class="size">media</span>')
        else:
            pic = f'<div class="pic"><img src="{html.escape(name)}" alt=""></div>'
        tiles.append(f'<div class="tile">{pic}{label}</div>')
    css = _SHEET_CSS % {"cols": SHEET_COLUMNS} + "".join(faces)
    return f'<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head><body><div class="grid">{"".join(tiles)}</div></body></html>'
