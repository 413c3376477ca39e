"""A crude judge on 127.0.0.1 for measuring the judge layer's plumbing offline: cost in
calls, the cache, the paper's scoring on the whole suite. Not a judge of anything.

It passes an assertion step whose two screenshots differ, rates a checkpoint 10 when the
page's screenshot is byte-identical to the reference's (else 3), and finds nothing to
ground. Every request is appended to LOG (one JSON line: role, the sha256 of each image)
so two runs can be compared.

    python benchmarks/fake_judge.py [--port 8765] [--log judge-requests.jsonl]
    OPENAI_API_KEY=sk-fake pytest --iwr-model=reference,blank \
        --iwr-judge=openai/fake-judge --iwr-api-base=http://127.0.0.1:8765/v1 --iwr-report=out
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def _images(body: dict) -> list[bytes]:
    found = []
    for message in body.get("messages", []):
        content = message.get("content")
        for part in content if isinstance(content, list) else []:
            url = (part.get("image_url") or {}).get("url", "") if isinstance(part, dict) else ""
            if url.startswith("data:image/png;base64,"):
                found.append(base64.b64decode(url.split(",", 1)[1]))
    return found


def _text(body: dict) -> str:
    for message in body.get("messages", []):
        content = message.get("content")
        for part in content if isinstance(content, list) else [{"text": content}]:
            if isinstance(part, dict) and part.get("text"):
                return part["text"]
    return ""


def answer(body: dict) -> tuple[str, dict]:
    """(role, the answer object) for one chat request."""
    text, images = _text(body), _images(body)
    if text.startswith("You are rating"):
        same = len(images) == 2 and images[0] == images[1]
        return "visual", {"score": 10 if same else 3, "reason": "identical" if same else "differs"}
    if text.startswith("You are operating"):
        return "grounding", {"point": None, "reason": "this judge grounds nothing"}
    changed = len(images) == 2 and images[0] != images[1]
    return "assertion", {"verdict": "pass" if changed else "fail",
                         "reason": "the page changed" if changed else "the page did not change"}


def serve(port: int, log_path: str) -> ThreadingHTTPServer:
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):  # noqa: N802
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            role, found = answer(body)
            with lock, open(log_path, "a") as log:
                hashes = [hashlib.sha256(png).hexdigest()[:16] for png in _images(body)]
                log.write(json.dumps({"role": role, "images": hashes, "text": _text(body)[:200]}) + "\n")
            payload = json.dumps({
                "id": "chatcmpl-fake", "object": "chat.completion", "created": 1767261600, "model": "fake",
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": json.dumps(found)}}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args):
            pass

    return ThreadingHTTPServer(("127.0.0.1", port), Handler)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--log", default="judge-requests.jsonl")
    args = parser.parse_args()
    server = serve(args.port, args.log)
    print(f"fake judge on http://127.0.0.1:{args.port}/v1, requests logged to {args.log}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
