"""report.html: one self-contained page to see where a model broke.

Images sit beside it in the report folder under relative links, so the page
opens from disk with no server and no network. Everything a page under test
wrote (failure texts quote it) is escaped.
"""

from __future__ import annotations

import html
import os
import shutil
from pathlib import Path

from PIL import Image, ImageChops

from ..models.store import slug
from . import stats

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
header{background:#0d1b2a;color:#fff;padding:18px 32px}header h1{margin:0;font-size:22px}
header p{margin:4px 0 0;color:#b8c4d0}main{padding:20px 32px;max-width:1500px}
section{background:#fff;border:1px solid #d8dee4;border-radius:8px;padding:16px 20px;margin:0 0 18px}
h2{font-size:17px;margin:0 0 12px}h3{font-size:15px;margin:14px 0 8px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eaeef2;vertical-align:top}
th{background:#f6f8fa;font-weight:600}th.sortable{cursor:pointer}th.sortable:after{content:" \\2195";color:#8c959f}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}.ci{color:#656d76;font-size:12px}
.pass{color:#1a7f37;font-weight:600}.fail{color:#cf222e;font-weight:600}.blocked{color:#9a6700}.notrun{color:#8c959f}
details{border-top:1px solid #eaeef2;padding:6px 0}summary{cursor:pointer;font-weight:600}
.shots{display:grid;grid-template-columns:repeat(3,1fr);gap:10px;margin:6px 0 14px}
.shots figure{margin:0}.shots img{width:100%;border:1px solid #d0d7de;border-radius:4px;background:#fff}
.shots figcaption{font-size:12px;color:#656d76}.metrics{font-size:12px;color:#656d76}
.env td{border:0;padding:2px 12px 2px 0}.failure{font-family:ui-monospace,monospace;font-size:12px;color:#57606a}
"""

_SORT_JS = """
document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('th.sortable').forEach(function (th, col) {
    th.addEventListener('click', function () {
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      var asc = th.dataset.order !== 'asc'; th.dataset.order = asc ? 'asc' : 'desc';
      rows.sort(function (a, b) {
        var x = a.cells[col].dataset.v || a.cells[col].textContent, y = b.cells[col].dataset.v || b.cells[col].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _verdict(step: dict) -> tuple[str, str]:
    if step["passed"]:
        return "pass", "passed"
    failure = step.get("failure") or ""
    if not step["executed"] and failure.startswith("blocked by"):
        return "blocked", failure
    return "fail", "failed"


def _diff(reference: Path, generated: Path, out: Path) -> bool:
    """A picture of where two screenshots differ (amplified), or False if it cannot be made."""
    try:
        a = Image.open(reference).convert("RGB")
        b = Image.open(generated).convert("RGB")
    except OSError:
        return False
    if a.size != b.size:
        b = b.resize(a.size)
    diff = ImageChops.difference(a, b).convert("L").point(lambda v: 255 if v > 24 else v * 6)
    picture = Image.composite(Image.new("RGB", a.size, (220, 30, 60)), a.point(lambda v: 150 + v // 3), diff)
    out.parent.mkdir(parents=True, exist_ok=True)
    picture.save(out, optimize=True)
    return True


class _Assets:
    """Copies or makes the images the page links to; returns their relative paths."""

    def __init__(self, report_dir: Path, tasks_dir: Path):
        self.dir = report_dir
        self.tasks_dir = tasks_dir

    def reference(self, task_id: str, index: int) -> str | None:
        source = self.tasks_dir / task_id / "checkpoints" / f"step_{index:02d}.png"
        if not source.exists():
            return None
        rel = Path("reference") / task_id / source.name
        target = self.dir / rel
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        return rel.as_posix()

    def generated(self, model: str, task_id: str, name: str) -> str | None:
        rel = Path("shots") / slug(model) / task_id / name
        return rel.as_posix() if (self.dir / rel).exists() else None

    def diff(self, model: str, task_id: str, index: int, ref: str, gen: str) -> str | None:
        rel = Path("diff") / slug(model) / task_id / f"step_{index:02d}.png"
        return rel.as_posix() if _diff(self.dir / ref, self.dir / gen, self.dir / rel) else None


def _leaderboard(data: dict) -> str:
    rows = []
    for row in data["leaderboard"]:
        ran = [t for t in data["tasks"] if t["model"] == row["model"]]
        ci = stats.model_intervals([t for t in ran if t.get("scored", True)])
        gen = [t["generation"] for t in ran]
        tokens = sum((g.get("input_tokens") or 0) + (g.get("output_tokens") or 0) for g in gen)
        cost = row.get("cost_usd")
        tasks = f'{row["tasks"]}' if not row.get("incomplete") else (
            f'<span title="{len(row["not_scored"])} not scored: a set-up failure, not the model\'s">'
            f'{row["tasks"]} of {row["tasks_run"]} (incomplete)</span>'
        )
        cells = [f'<td>{_e(row["model"])}</td>', f'<td class="num">{tasks}</td>', f'<td class="num">{row["steps"]}</td>']
        for key in ("ifs", "vfs", "final"):
            interval = ci[key]
            band = f'<br><span class="ci">[{interval[0]:.1f}, {interval[1]:.1f}]</span>' if interval else ""
            cells.append(f'<td class="num" data-v="{row[key] if row[key] is not None else -1}">{_num(row[key])}{band}</td>')
        cells += [f'<td class="num">{tokens}</td>', f'<td class="num">{"unknown" if cost is None else f"{cost:.4f}"}</td>']
        rows.append("<tr>" + "".join(cells) + "</tr>")
    heads = ["model", "tasks", "steps", "IFS", "VFS", "Final", "tokens", "cost $"]
    th = "".join(f'<th class="sortable{"" if i == 0 else " num"}">{h}</th>' for i, h in enumerate(heads))
    return (
        '<section id="leaderboard"><h2>Leaderboard</h2>'
        f'<table class="sortable"><thead><tr>{th}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
        '<p class="ci">Brackets: 95% bootstrap interval over tasks (2,000 resamples, seed 0).</p>'
        f"{_chart(data['leaderboard'])}</section>"
    )


def _chart(rows: list[dict]) -> str:
    """IFS and VFS per model as an inline SVG bar chart."""
    bar, gap, label = 14, 14, 160
    height = len(rows) * (2 * bar + gap) + 10
    parts = [f'<svg role="img" aria-label="IFS and VFS per model" width="700" height="{height}">']
    for i, row in enumerate(rows):
        y = 5 + i * (2 * bar + gap)
        parts.append(f'<text x="0" y="{y + bar + 4}" font-size="12">{_e(row["model"][:24])}</text>')
        for j, (key, colour) in enumerate((("ifs", "#0969da"), ("vfs", "#8250df"))):
            value = row[key] or 0.0
            parts.append(f'<rect x="{label}" y="{y + j * bar}" width="{value * 4:.1f}" height="{bar - 2}" fill="{colour}"/>')
            parts.append(f'<text x="{label + value * 4 + 4:.1f}" y="{y + j * bar + bar - 4}" font-size="11">{key.upper()} {_num(row[key])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _breakdowns(data: dict) -> str:
    out = ['<section id="breakdowns"><h2>By category and level</h2>']
    for key, title in (("by_category", "Category"), ("by_level", "Level")):
        rows = [
            f'<tr><td>{_e(r["model"])}</td><td>{_e(name)}</td><td class="num">{_num(f["ifs"])}</td>'
            f'<td class="num">{_num(f["vfs"])}</td><td class="num">{_num(f["final"])}</td></tr>'
            for r in data["leaderboard"] for name, f in r[key].items()
        ]
        out.append(
            f'<h3>{title}</h3><table><thead><tr><th>model</th><th>{title.lower()}</th><th class="num">IFS</th>'
            f'<th class="num">VFS</th><th class="num">Final</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
        )
    out.append("</section>")
    return "".join(out)


def _task(entry: dict, assets: _Assets) -> str:
    model, task_id = entry["model"], entry["id"]
    gen = entry["generation"]
    links = []
    source = assets.generated(model, task_id, "index.html")
    if source:
        links.append(f'<a href="{_e(source)}">generated page source</a>')
    trace = entry.get("trace")
    if trace and Path(trace).exists():
        links.append(f'<a href="{_e(Path(os.path.relpath(trace, assets.dir)).as_posix())}">Playwright trace</a>')
    head = (
        f'<details><summary>{_e(task_id)} · {_e(model)} — IFS {_num(entry["ifs"])} · VFS {_num(entry["vfs"])} · '
        f'Final {_num(entry["final"])}{"" if entry.get("complete", True) else " (partial)"}</summary>'
    )
    parts = [head, f'<p>level {_e(entry["level"])} · generation {_e(gen.get("status"))}'
             f'{": " + _e(gen.get("error")) if gen.get("error") else ""} · {" · ".join(links)}</p>']
    rows, pictures = [], []
    for step in entry["steps"]:
        css, verdict = _verdict(step)
        rows.append(
            f'<tr><td class="num">{step["index"]}</td><td>{_e(step["action"])}</td><td>{_e(step["description"])}</td>'
            f'<td>{_e(step["strategy"])}</td><td class="{css}">{_e(verdict)}</td>'
            f'<td class="failure">{"" if css == "blocked" else _e(step.get("failure"))}</td>'
            f'<td class="num">{_num(step["vfs"])}</td></tr>'
        )
        ref = assets.reference(task_id, step["index"])
        gen_png = assets.generated(model, task_id, f"step_{step['index']:02d}.png")
        if ref and gen_png:
            diff = assets.diff(model, task_id, step["index"], ref, gen_png)
            metrics = ", ".join(f"{k} {_num(v)}" for k, v in (step.get("metrics") or {}).items())
            pictures.append(
                f'<h3>Step {step["index"]}: {_e(step["description"])}</h3><div class="shots">'
                f'<figure><img class="ref" src="{_e(ref)}" alt="reference, step {step["index"]}"><figcaption>reference</figcaption></figure>'
                f'<figure><img class="gen" src="{_e(gen_png)}" alt="generated, step {step["index"]}"><figcaption>generated</figcaption></figure>'
                + (f'<figure><img class="diff" src="{_e(diff)}" alt="difference, step {step["index"]}"><figcaption>difference (red)</figcaption></figure>' if diff else "")
                + f'</div><p class="metrics">vfs {_num(step["vfs"])} · {_e(metrics)}</p>'
            )
    parts.append(
        '<table><thead><tr><th class="num">#</th><th>action</th><th>description</th><th>strategy</th>'
        f'<th>verdict</th><th>failure</th><th class="num">vfs</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )
    parts += pictures
    parts.append("</details>")
    return "".join(parts)


def _judge(data: dict, assets: _Assets) -> str:
    """The judge beside the checks: per model both IFS and how often they agree, then every
    step where they disagree, with what the judge saw and both reasons."""
    if not data.get("judge"):
        return ""
    rows = []
    for row in data["leaderboard"]:
        j = row.get("judge") or {}
        a = j.get("agreement") or {}
        rate = "–" if a.get("rate") is None else f"{100 * a['rate']:.1f}%"
        kappa = "n/a" if a.get("kappa") is None else f"{a['kappa']:.2f}"
        rows.append(
            f'<tr><td>{_e(row["model"])}</td><td class="num">{_num(row["ifs"])}</td><td class="num">{_num(j.get("ifs"))}</td>'
            f'<td class="num">{_num(j.get("mllm"))}</td><td class="num">{a.get("agree", 0)} of {a.get("steps", 0)}</td><td class="num">{rate}</td><td class="num">{kappa}</td>'
            f'<td class="num">{j.get("errors", 0)}</td><td class="num">{j.get("calls", 0)}</td></tr>'
        )
    disagreements = []
    for entry in data["tasks"]:
        for step in entry["steps"]:
            verdict = (step.get("judge") or {}).get("verdict")
            if not step["executed"] or verdict not in ("pass", "fail") or (verdict == "pass") == bool(step["passed"]):
                continue
            model, task_id, index = entry["model"], entry["id"], step["index"]
            shots = "".join(
                f'<figure><img src="{_e(src)}" alt="{when} step {index}"><figcaption>{when} the action</figcaption></figure>'
                for when, src in (("before", assets.generated(model, task_id, f"judge_{index:02d}_before.png")),
                                  ("after", assets.generated(model, task_id, f"judge_{index:02d}_after.png")))
                if src
            )
            checks = "pass" if step["passed"] else f'fail: {step.get("failure") or ""}'
            disagreements.append(
                f'<h3>{_e(task_id)} · {_e(model)} · step {index}: {_e(step["description"])}</h3>'
                f'<p>assertion: {_e(step["judge"].get("assertion"))}</p>'
                f'<p><b>checks</b>: {_e(checks)}<br><b>judge</b>: {_e(verdict)}: {_e(step["judge"].get("reason"))}</p>'
                f'<div class="shots">{shots}</div>'
            )
    listed = "".join(disagreements) or "<p>None: on every step both judged, the judge and the checks agree.</p>"
    return (
        _paper_table(data) +
        f'<section id="judge"><h2>Judge: {_e(data["judge"])}</h2>'
        '<table><thead><tr><th>model</th><th class="num">IFS (checks)</th><th class="num">IFS (judge)</th><th class="num">visual rating</th>'
        '<th class="num">agree</th><th class="num">rate</th><th class="num">kappa</th><th class="num">judge errors</th>'
        f'<th class="num">calls</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
        f'<h3>Disagreements ({len(disagreements)})</h3>{listed}</section>'
    )


def _paper_table(data: dict) -> str:
    """Both scorings per model: ours (checks, offline VFS) and the paper's (judge IFS, VFS
    half OCR half the judge's rating), and what of the paper's recipe was not available."""
    rows = "".join(
        f'<tr><td>{_e(r["model"])}</td><td class="num">{_num(r["ifs"])}</td><td class="num">{_num(r["vfs"])}</td>'
        f'<td class="num">{_num(r["final"])}</td><td class="num">{_num(p.get("ifs"))}</td><td class="num">{_num(p.get("vfs"))}</td>'
        f'<td class="num">{_num(p.get("final"))}</td><td class="num">{_num(p.get("low_level"))}</td><td class="num">{_num(p.get("mllm"))}</td></tr>'
        for r in data["leaderboard"] for p in [r.get("paper") or {}]
    )
    missing = "".join(f"<li>{_e(v)}</li>" for v in ((data.get("paper_scoring") or {}).get("not_available") or {}).values())
    return (
        '<section id="paper"><h2>Both scorings</h2>'
        '<table><thead><tr><th>model</th><th class="num">IFS</th><th class="num">VFS</th><th class="num">Final</th>'
        '<th class="num">paper IFS</th><th class="num">paper VFS</th><th class="num">paper Final</th>'
        '<th class="num">OCR text</th><th class="num">rating</th></tr></thead>'
        f'<tbody>{rows}</tbody></table><p>Not available here:</p><ul>{missing}</ul></section>'
    )


def render(data: dict, report_dir: Path, tasks_dir: Path) -> str:
    assets = _Assets(report_dir, tasks_dir)
    env = data["environment"]
    env_rows = "".join(f"<tr><td>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in env.items())
    env_rows += f'<tr><td>models</td><td>{_e(", ".join(data["models"]))}</td></tr>'
    env_rows += f'<tr><td>judge</td><td>{_e(data["judge"] or "none (deterministic checks)")}</td></tr>'
    env_rows += f'<tr><td>prompt version</td><td>{_e(data.get("prompt_version") or "n/a (no LLM model)")}</td></tr>'
    env_rows += f'<tr><td>run</td><td>{_e(data["started"])} → {_e(data["finished"])}</td></tr>'
    tasks = "".join(_task(entry, assets) for entry in data["tasks"])
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        "<title>IWR-Bench report</title>"
        f"<style>{_CSS}</style></head><body>"
        f'<header><h1>IWR-Bench report</h1><p>{_e(", ".join(data["models"]))} · {len({t["id"] for t in data["tasks"]})} tasks · {_e(data["finished"])}</p></header>'
        f"<main>{_leaderboard(data)}{_judge(data, assets)}{_breakdowns(data)}"
        f'<section id="tasks"><h2>Tasks</h2>{tasks}</section>'
        f'<section id="environment"><h2>Environment</h2><table class="env">{env_rows}</table></section>'
        f"</main><script>{_SORT_JS}</script></body></html>\n"
    )


def write_report(report_dir: Path, data: dict, tasks_dir: Path) -> Path:
    path = report_dir / "report.html"
    text = render(data, report_dir, tasks_dir)
    tmp = path.with_suffix(".html.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path
