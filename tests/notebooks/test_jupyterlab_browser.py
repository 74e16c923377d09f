"""The interactive layer in a real JupyterLab, driven in Debian's Chromium through Selenium.

Starts JupyterLab headless on a copy of notebook 04 (so the repository's notebook is never
saved with outputs), opens it in headless Chromium with chromedriver (both Debian packages: no
browser is downloaded), runs every cell, then picks another speaker in the speaker menu and
searches another word in the concordance box, and checks that each output changes. Skipped only
when Chromium or chromedriver is not installed (.ci/run installs both when it can).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from analysis import config

pytestmark = [pytest.mark.browser, pytest.mark.notebook, pytest.mark.slow]

NOTEBOOK = config.NOTEBOOKS_DIR / "04_keywords.ipynb"
CHROMEDRIVER_NAMES = ("chromedriver",)
SETTINGS = {
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},  # every cell in the page, not only those in view
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
}
"""User settings of the test's JupyterLab (its own settings folder: the user's are never read)."""
WAIT = 240  # seconds for the notebook to run on the sample article (spaCy model load included)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def browser_paths() -> tuple[str, str]:
    from analysis.report.browser import find_chromium

    chromium = find_chromium()
    driver = os.environ.get("ANALYSIS_CHROMEDRIVER") or next(filter(None, map(shutil.which, CHROMEDRIVER_NAMES)), None)
    if not chromium or not driver:
        pytest.skip("Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)")
    return chromium, driver


@pytest.fixture(scope="module")
def lab(tmp_path_factory) -> tuple[str, Path]:
    """A headless JupyterLab serving a copy of notebook 04; yields its URL (with token) and folder."""
    root = tmp_path_factory.mktemp("lab")
    shutil.copy(NOTEBOOK, root / NOTEBOOK.name)
    for plugin, settings in SETTINGS.items():
        path = root / ".settings" / f"{plugin}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(settings), encoding="utf-8")
    port, token = _free_port(), secrets.token_hex(16)
    env = {**os.environ, "ANALYSIS_REPORTS_DIR": str(root / "reports"), "JUPYTER_CONFIG_DIR": str(root / ".jupyter"),
           "JUPYTER_RUNTIME_DIR": str(root / ".runtime"),
           "JUPYTERLAB_SETTINGS_DIR": str(root / ".settings"), "JUPYTERLAB_WORKSPACES_DIR": str(root / ".workspaces"), "ANALYSIS_STATIC_WIDGETS": "0"}
    env.pop("ANALYSIS_REPORT", None)
    command = [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}", "--ServerApp.ip=127.0.0.1",
               f"--ServerApp.root_dir={root}", f"--IdentityProvider.token={token}",
               "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate", "--LabApp.news_url=None",
               "--ServerApp.allow_root=True", "--LabApp.extension_manager=readonly"]
    log = open(root / "lab.log", "w")  # noqa: SIM115 - closed after the server stops
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail(f"JupyterLab stopped: {(root / 'lab.log').read_text()[-2000:]}")
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not answer within 90 s")
        yield f"{base}/lab/tree/{NOTEBOOK.name}?token={token}", root
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@pytest.fixture(scope="module")
def driver(browser_paths):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium, chromedriver = browser_paths
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000",
                 "--disable-background-networking", "--disable-component-update", "--no-first-run"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    yield browser
    browser.quit()


def _wait(driver, condition, timeout: float = WAIT, message: str = ""):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.5).until(condition, message)


def _text(element) -> str:
    return " ".join(element.text.split())


def test_speaker_menu_and_concordance_box_redraw_their_outputs(lab, driver):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    url, root = lab
    driver.get(url)
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".jp-Notebook .jp-Cell"), 120, "the notebook did not open")
    _wait(driver, lambda d: "idle" in (d.find_element(By.CSS_SELECTOR, ".jp-Notebook").get_attribute("data-jp-kernel-status")
                                       or "idle"), 120)
    run_menu = next(e for e in driver.find_elements(By.CSS_SELECTOR, ".lm-MenuBar-itemLabel") if e.text == "Run")
    run_menu.click()
    run_all = "//li[contains(@class, 'lm-Menu-item')][.//div[normalize-space()='Run All Cells']]"
    _wait(driver, lambda d: d.find_elements(By.XPATH, run_all), 20, "no « Run All Cells » in the Run menu")[0].click()

    menu = _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".widget-dropdown select"), WAIT,
                 "no speaker menu was drawn")[0]
    box = _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".widget-text input"), WAIT,
                "no concordance box was drawn")[0]
    errors = driver.find_elements(By.CSS_SELECTOR, '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
    assert not [e for e in errors if "Traceback" in e.text], [e.text for e in errors]

    def output_of(widget):
        return widget.find_element(By.XPATH, "ancestor::div[contains(@class, 'widget-vbox')][1]").find_element(
            By.CSS_SELECTOR, ".widget-output")

    speaker_output = output_of(menu)
    before = _wait(driver, lambda d: _text(speaker_output), 60, "the speaker view stayed empty")
    options = [o.text for o in Select(menu).options]
    assert len(options) >= 2, options
    Select(menu).select_by_index(1)
    after = _wait(driver, lambda d: (t := _text(speaker_output)) and t != before and t, 60,
                  "choosing another speaker did not change the view")
    assert after != before

    kwic_output = output_of(box)
    first = _wait(driver, lambda d: _text(kwic_output), 60, "the concordance stayed empty")
    box.clear()
    box.send_keys("Loukachenko", Keys.ENTER)
    second = _wait(driver, lambda d: (t := _text(kwic_output)) and t != first and t, 60,
                   "searching another word did not change the concordance")
    assert "Loukachenko" in second
    assert not (config.NOTEBOOKS_DIR / ".ipynb_checkpoints").exists()  # the repository's notebook was not touched
