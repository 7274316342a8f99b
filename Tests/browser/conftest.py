"""Fixtures for the browser tests: a running demo server and headless Chromium.

Nothing is built here. The server is the already built `huiyin` binary (`HUIYIN_BIN`, or
`.build/debug/huiyin`), started with `serve --demo` on a free port with a temporary database; the
browser is Debian's `chromium` driven by `chromedriver`. `scripts/browser-tests.sh` installs and
builds what is missing and then runs pytest.
"""

import base64
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "screenshots"
PASSWORD = "huiyin2026"
DESKTOP = (1366, 900)
PHONE = (375, 812)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _binary() -> Path:
    path = Path(os.environ.get("HUIYIN_BIN", REPO / ".build" / "debug" / "huiyin"))
    if not path.is_file():
        pytest.exit(f"huiyin binary not found at {path}: build it first (scripts/browser-tests.sh does, "
                    "or `swift build --product huiyin`), or set HUIYIN_BIN.", returncode=2)
    return path


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """Base URL of `huiyin serve --demo` on a free port with a fresh database; stopped afterwards."""
    folder = tmp_path_factory.mktemp("huiyin")
    port = _free_port()
    log = open(folder / "serve.log", "wb")
    process = subprocess.Popen(
        [str(_binary()), "serve", "--demo", "--database", str(folder / "browser.sqlite"), "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, cwd=folder)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    try:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"huiyin serve exited with {process.returncode}:\n"
                                   + (folder / "serve.log").read_text(errors="replace")[-3000:])
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("huiyin serve did not answer /healthz within 120 s:\n"
                                   + (folder / "serve.log").read_text(errors="replace")[-3000:])
            time.sleep(0.25)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture(scope="session")
def driver():
    """One headless Chromium for the whole run, desktop-sized (1366×900), Chinese first."""
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=zh-CN",
                     f"--window-size={DESKTOP[0]},{DESKTOP[1]}", "--hide-scrollbars"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        options.binary_location = chromium
    chromedriver = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
    service = Service(executable_path=chromedriver) if chromedriver else Service()
    browser = webdriver.Chrome(options=options, service=service)
    browser.set_page_load_timeout(30)
    yield browser
    browser.quit()


@pytest.fixture(scope="session", autouse=True)
def screenshot_folder():
    """`screenshots/` at the repository root. Pictures are overwritten, never cleared: a run of a few
    tests (or of another test file) leaves the others' pictures in place."""
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS


@pytest.fixture(scope="session")
def flow():
    """What the lifecycle tests hand on to each other (the registered petition's id and number)."""
    return {}


@pytest.fixture
def staff(server, driver):
    """A browser session for staff pages, signed out and desktop-sized at the start of each test."""
    site = Staff(driver, server)
    site.desktop()
    driver.delete_all_cookies()
    return site


class Staff:
    """Small helpers over the WebDriver for Huiyin's staff pages."""

    def __init__(self, driver, base):
        self.driver = driver
        self.base = base

    # Navigation and waiting

    def open(self, path):
        self.driver.get(self.base + path)

    def path(self):
        url = self.driver.current_url
        return url[len(self.base):] if url.startswith(self.base) else url

    def wait(self, condition, timeout=30):
        return WebDriverWait(self.driver, timeout).until(condition)

    def find(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def finds(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def text(self, css):
        return self.find(css).text.strip()

    def submit(self, button):
        """Clicks a submit button (or link) and waits until the next page has replaced this one."""
        self.mark_page()
        button.click()
        self.wait_for_new_page()

    def mark_page(self):
        """Marks the current document, so that `wait_for_new_page` can tell when it has been replaced."""
        self.driver.execute_script("window.__huiyinOldPage = true")

    def wait_for_new_page(self):
        # Not `staleness_of`: while a page is being replaced chromedriver can answer with an unknown
        # error ("Node … does not belong to the document") instead of a stale element.
        def replaced(driver):
            try:
                return driver.execute_script("return !window.__huiyinOldPage && document.readyState === 'complete'")
            except WebDriverException:
                return False
        self.wait(replaced)

    # Forms

    def fill(self, css, value):
        element = self.find(css)
        element.clear()
        element.send_keys(value)
        return element

    def choose(self, css, text=None, value=None):
        """Selects an option by its value or by its visible text (ignoring the tree's indent)."""
        select = Select(self.find(css))
        if value is not None:
            select.select_by_value(value)
            return
        for option in select.options:
            if option.text.strip("\u3000 ") == text:
                option.click()
                return
        raise AssertionError(f"no option {text!r} in {css}")

    # Sessions

    def sign_in(self, username):
        self.driver.delete_all_cookies()
        self.open("/login")
        self.fill("#username", username)
        self.fill("#password", PASSWORD)
        self.submit(self.find("form[action='/login'] button[type=submit]"))
        assert not self.path().startswith("/login"), f"sign-in as {username} failed: {self.text('main')}"

    def cookie_header(self):
        return "; ".join(f"{c['name']}={c['value']}" for c in self.driver.get_cookies())

    def fetch(self, path):
        """GET with the browser's cookies, outside the browser: (status, headers, first bytes)."""
        request = urllib.request.Request(self.base + path, headers={"Cookie": self.cookie_header()})
        try:
            with urllib.request.urlopen(request, timeout=10) as r:
                return r.status, r.headers, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read()

    # Viewports and pictures

    def desktop(self):
        """A 1366×900 desktop viewport."""
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": DESKTOP[0], "height": DESKTOP[1], "deviceScaleFactor": 1, "mobile": False})

    def phone(self):
        """A 375×812 phone viewport (mobile emulation, so the viewport meta tag applies)."""
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": PHONE[0], "height": PHONE[1], "deviceScaleFactor": 2, "mobile": True})

    def overflow(self):
        """How many CSS pixels the page is wider than the viewport (0 when nothing scrolls sideways)."""
        return self.driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")

    def shot(self, name):
        """Writes the whole page (not just the viewport) to screenshots/<name>.png; returns the path."""
        metrics = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
        size = metrics.get("cssContentSize") or metrics["contentSize"]
        viewport = metrics.get("cssLayoutViewport") or metrics["layoutViewport"]
        clip = {"x": 0, "y": 0, "width": max(size["width"], viewport["clientWidth"]),
                "height": min(max(size["height"], viewport["clientHeight"]), 7000), "scale": 1}
        data = self.driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True, "clip": clip})
        path = SCREENSHOTS / f"{name}.png"
        path.write_bytes(base64.b64decode(data["data"]))
        return path
