"""The flipbook adversary: the recorded frames as a slideshow that advances on any input.

It is what a model that only copies pixels would produce: it can look right at
every checkpoint and do nothing. A sound judge gives it a low IFS.
"""

from __future__ import annotations

from pathlib import Path

from ..media import video_frames
from ..task import Task
from . import Generation

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>flipbook</title>
<style>html,body{margin:0;height:100%%;background:#000}img{display:block;width:100vw;height:100vh;object-fit:contain}</style>
</head><body><img id="frame" src="frame_001.jpg" alt="">
<script>
var count = %(count)d, shown = 1;
function next() {
  if (shown < count) { shown += 1; document.getElementById('frame').src = 'frame_' + String(shown).padStart(3, '0') + '.jpg'; }
}
document.addEventListener('click', next);
document.addEventListener('keydown', next);
document.addEventListener('wheel', next);
document.addEventListener('dragend', next);
</script></body></html>
"""


class FlipbookModel:
    name = "flipbook"

    def __init__(self, workdir: Path):
        self.root = Path(workdir) / "flipbook"

    def generate(self, task: Task) -> Generation:
        video = task.path / "video.mp4"
        if not video.exists():
            return Generation("error", error=f"{task.path}: not built (no video.mp4)")
        folder = self.root / task.category / task.id
        if not (folder / "index.html").exists():
            folder.mkdir(parents=True, exist_ok=True)
            frames = video_frames(video)
            for number, frame in enumerate(frames, start=1):
                frame.save(folder / f"frame_{number:03d}.jpg", quality=85)
            (folder / "index.html").write_text(PAGE % {"count": len(frames)}, encoding="utf-8")
        return Generation("ok", root=folder)
