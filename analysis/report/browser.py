"""Open a report in headless Chromium and check what a reader would see.

Drives Debian's ``chromium`` through the Chrome DevTools Protocol over a websocket
(websocket-client), so no browser is downloaded and nothing leaves the machine: the browser
starts with a fresh profile and background networking, sync and component updates off.

For each page: images that failed to load or render with zero size, JavaScript errors and
console errors (including resources that failed to load), and elements of a CSS selector
(quote highlighting) with their size and background colour. ``check_report`` runs that over
``index.html`` and every notebook page and saves a screenshot of the index.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.errors import AnalysisError

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome-stable", "google-chrome")
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
    "--no-default-browser-check", "--hide-scrollbars", "--mute-audio", "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
)
QUOTE_SELECTOR = ".qa-quote, .quote, mark.quote, [data-quote-type]"
"""Elements that highlight quotations in the 02 notebook's HTML (analysis.plots.article_view)."""

_IMAGES_JS = """
(() => [...document.images].map(img => {
  const r = img.getBoundingClientRect();
  return {src: (img.getAttribute('src') || '').slice(0, 80), complete: img.complete,
          natural_width: img.naturalWidth, natural_height: img.naturalHeight,
          width: r.width, height: r.height, classes: img.className, alt: img.alt};
}))()
"""
_ELEMENTS_JS = """
((selector) => [...document.querySelectorAll(selector)].map(el => {
  const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
  return {tag: el.tagName.toLowerCase(), classes: el.className, text: (el.textContent || '').slice(0, 60),
          width: r.width, height: r.height, background: s.backgroundColor, color: s.color,
          border: s.borderBottomStyle + ' ' + s.borderBottomColor, visible: s.visibility !== 'hidden' && s.display !== 'none'};
}))
"""


class BrowserError(AnalysisError):
    """Chromium is missing, did not start, or did not answer."""


def find_chromium() -> str | None:
    """Path of a Chromium executable ($ANALYSIS_CHROMIUM, else chromium on PATH), or None."""
    explicit = os.environ.get("ANALYSIS_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).exists() else shutil.which(explicit)
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass
class PageCheck:
    """What headless Chromium saw on one page."""

    url: str
    title: str = ""
    images: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    highlighted: list[dict[str, Any]] = field(default_factory=list)
    probe: Any = None
    """Value of the ``probe`` expression evaluated in the page, if one was given."""

    @property
    def broken_images(self) -> list[dict[str, Any]]:
        """Images that did not load or decode (no natural size)."""
        return [i for i in self.images if not i["complete"] or i["natural_width"] == 0]

    @property
    def empty_images(self) -> list[dict[str, Any]]:
        """Images laid out with zero width or height."""
        return [i for i in self.images if i["width"] <= 0 or i["height"] <= 0]

    @property
    def ok(self) -> bool:
        return not (self.broken_images or self.empty_images or self.errors)


class Browser:
    """A headless Chromium with a fresh profile, driven through the DevTools Protocol."""

    def __init__(self, executable: str | None = None, *, width: int = 1280, height: int = 900,
                 timeout: float = 30.0) -> None:
        self.executable = executable or find_chromium()
        if not self.executable:
            raise BrowserError("Chromium not found: install Debian's `chromium` package (apt-get install chromium) "
                               "or set ANALYSIS_CHROMIUM to the browser's path")
        self.width, self.height, self.timeout = width, height, timeout
        self._profile = Path(tempfile.mkdtemp(prefix="analysis-chromium-"))
        self._process: subprocess.Popen[bytes] | None = None
        self._ws: Any = None
        self._next_id = 0
        self._events: list[dict[str, Any]] = []

    # ── lifecycle ────────────────────────────────────────────────────────────────────────────
    def __enter__(self) -> Browser:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        try:
            import websocket
        except ImportError:
            raise BrowserError("the browser check needs websocket-client (pinned in requirements.txt)") from None

        log = open(self._profile / "chromium.log", "wb")  # noqa: SIM115 - closed with the process
        self._process = subprocess.Popen(
            [self.executable, *CHROMIUM_FLAGS, f"--user-data-dir={self._profile}",
             f"--window-size={self.width},{self.height}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True,
        )
        log.close()
        port_file = self._profile / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while not port_file.is_file() or len(port_file.read_text().splitlines()) < 2:
            if self._process.poll() is not None or time.monotonic() > deadline:
                tail = (self._profile / "chromium.log").read_text(errors="replace")[-800:]
                self.close()
                raise BrowserError(f"Chromium did not start ({self.executable}): {tail}")
            time.sleep(0.05)
        port, path = port_file.read_text().splitlines()[:2]
        self._ws = websocket.create_connection(f"ws://127.0.0.1:{port}{path}", timeout=self.timeout,
                                               suppress_origin=True)

    def close(self) -> None:
        if self._ws is not None:
            with contextlib.suppress(Exception):  # the browser may already be gone
                self.send("Browser.close")
            self._ws.close()
            self._ws = None
        if self._process is not None:
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(self._process.pid, signal.SIGKILL)
                self._process.wait(timeout=5)
            self._process = None
        shutil.rmtree(self._profile, ignore_errors=True)

    # ── protocol ─────────────────────────────────────────────────────────────────────────────
    def send(self, method: str, params: dict[str, Any] | None = None, *, session: str | None = None) -> dict[str, Any]:
        """Call a DevTools method and return its result (events received meanwhile are kept)."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._ws.send(json.dumps(message))
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            reply = json.loads(self._ws.recv())
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            if "method" in reply:
                self._events.append(reply)
        raise BrowserError(f"{method}: no answer from Chromium within {self.timeout:.0f} s")

    def wait_for(self, event: str, *, session: str | None = None, timeout: float | None = None) -> dict[str, Any]:
        """Wait for the next ``event`` (e.g. ``Page.loadEventFired``) and return it."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            for i, msg in enumerate(self._events):
                if msg["method"] == event and (session is None or msg.get("sessionId") == session):
                    return self._events.pop(i)
            if time.monotonic() > deadline:
                raise BrowserError(f"timed out waiting for {event}")
            self._ws.settimeout(max(0.05, deadline - time.monotonic()))
            try:
                msg = json.loads(self._ws.recv())
            except Exception:  # noqa: BLE001 - a recv timeout: loop and check the deadline
                continue
            finally:
                self._ws.settimeout(self.timeout)
            if "method" in msg:
                self._events.append(msg)

    def _drain(self, seconds: float) -> None:
        """Collect events for ``seconds`` (late console messages, late image errors)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self._ws.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                msg = json.loads(self._ws.recv())
            except Exception:  # noqa: BLE001
                break
            if "method" in msg:
                self._events.append(msg)
        self._ws.settimeout(self.timeout)

    # ── pages ────────────────────────────────────────────────────────────────────────────────
    def check_page(self, url: str, *, highlight: str | None = None, screenshot: str | Path | None = None,
                   settle: float = 0.5, probe: str | None = None) -> PageCheck:
        """Load ``url`` in a new tab; report images, console errors, ``highlight`` elements and the
        value of the JavaScript expression ``probe`` (e.g. whether an injected script ran)."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        try:
            for domain in ("Page", "Runtime", "Log"):
                self.send(f"{domain}.enable", session=session)
            self.send("Emulation.setDeviceMetricsOverride",
                      {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False},
                      session=session)
            self._events.clear()
            self.send("Page.navigate", {"url": url}, session=session)
            self.wait_for("Page.loadEventFired", session=session)
            self._drain(settle)
            check = PageCheck(url=url)
            check.errors = self._errors(session)
            check.title = self.evaluate("document.title", session=session) or ""
            check.images = self.evaluate(_IMAGES_JS, session=session) or []
            if highlight:
                check.highlighted = self.evaluate(f"{_ELEMENTS_JS}({json.dumps(highlight)})", session=session) or []
            if probe:
                check.probe = self.evaluate(probe, session=session)
            if screenshot:
                self.screenshot(screenshot, session=session)
            return check
        finally:
            self.send("Target.closeTarget", {"targetId": target})

    def evaluate(self, expression: str, *, session: str) -> Any:
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True}, session=session)
        if "exceptionDetails" in result:
            raise BrowserError(f"page script failed: {result['exceptionDetails'].get('text')}")
        return result.get("result", {}).get("value")

    def screenshot(self, path: str | Path, *, session: str, max_height: int = 12000) -> Path:
        """Save a full-page PNG screenshot (cut at ``max_height`` CSS pixels)."""
        size = self.send("Page.getLayoutMetrics", session=session).get("cssContentSize", {})
        height = int(min(max(size.get("height", self.height), 1), max_height))
        data = self.send("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": self.width, "height": height, "scale": 1},
        }, session=session)["data"]
        path = Path(path)
        path.write_bytes(base64.b64decode(data))
        return path

    def _errors(self, session: str) -> list[str]:
        errors = []
        for msg in self._events:
            if msg.get("sessionId") != session:
                continue
            params = msg.get("params", {})
            if msg["method"] == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                errors.append("exception: " + str(details.get("exception", {}).get("description") or details.get("text")))
            elif msg["method"] == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                errors.append("console: " + " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
            elif msg["method"] == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                entry = params["entry"]
                errors.append(f"{entry.get('source', 'log')}: {entry.get('text', '')} {entry.get('url', '')}".strip())
        return errors


def report_pages(report_dir: str | Path) -> list[Path]:
    """index.html first, then every notebook page, then the stand-alone pages under html/."""
    report_dir = Path(report_dir)
    return [report_dir / "index.html", *sorted(p for p in report_dir.glob("*.html") if p.name != "index.html"),
            *sorted((report_dir / "html").glob("*.html"))]


def check_report(report_dir: str | Path, *, screenshot: str | Path | None = "screenshot-index.png",
                 pages: Iterable[Path] | None = None, highlight: str = QUOTE_SELECTOR,
                 executable: str | None = None, probe: str | None = None) -> dict[str, PageCheck]:
    """Open every page of a report in headless Chromium; return {page path: PageCheck}.

    Keys are paths relative to the report folder (``index.html``, ``02_quotations.html``,
    ``html/02-quotes-….html``).

    The screenshot of index.html is saved in the report folder (a relative ``screenshot``
    is taken relative to it; None: no screenshot). ``probe``, a JavaScript expression, is
    evaluated in every page (``PageCheck.probe``).
    """
    report_dir = Path(report_dir).resolve()
    shot = None if screenshot is None else (report_dir / screenshot if not Path(screenshot).is_absolute() else Path(screenshot))
    results: dict[str, PageCheck] = {}
    with Browser(executable) as browser:
        for page in pages or report_pages(report_dir):
            key = page.resolve().relative_to(report_dir).as_posix() if page.resolve().is_relative_to(report_dir) else str(page)
            results[key] = browser.check_page(page.resolve().as_uri(), highlight=highlight, probe=probe,
                                              screenshot=shot if key == "index.html" else None)
    return results


FIGURE_PAGE = """<!doctype html><meta charset="utf-8"><title>{title}</title>
<body style="margin:8px;background:#fff"><img src="{src}" width="{width}" height="{height}" alt="{title}"></body>"""


def figure_screenshots(report_dir: str | Path, target: str | Path, *, executable: str | None = None) -> list[Path]:
    """One Chromium screenshot per figure of a report, at the size the report page shows it, in
    ``target`` (``NN-what.png``): what a reader sees, to review every chart one by one."""
    from analysis import config
    from analysis.markup import escape
    from analysis.report.page import png_size

    report_dir, target = Path(report_dir).resolve(), Path(target).resolve()
    target.mkdir(parents=True, exist_ok=True)
    shots = []
    with Browser(executable, height=400) as browser, tempfile.TemporaryDirectory() as tmp:
        for png in sorted((report_dir / "figures").glob("*.png")):
            width, height = png_size(png, config.FIGURE_DPI)
            page = Path(tmp) / f"{png.stem}.html"
            page.write_text(FIGURE_PAGE.format(title=escape(png.stem), src=escape(png.as_uri()), width=width,
                                               height=height), encoding="utf-8")
            browser.check_page(page.as_uri(), screenshot=target / png.name)
            shots.append(target / png.name)
    return shots
