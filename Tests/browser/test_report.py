"""The leader's side in real headless Chromium: the situation report printed to PDF (A4, several pages,
every page turned into a PNG for a person to look at) and the dashboard on a desktop and a phone.

Needs poppler-utils (`pdfinfo`, `pdftoppm`; .ci/run installs it). The pictures go to screenshots/:
report-print-page-N.png (the report page as a leader prints it with Ctrl+P), report-document-page-N.png
(the downloadable print-ready document), dashboard-desktop.png, dashboard-phone.png.
"""

import base64
import datetime
import re
import shutil
import subprocess
from pathlib import Path

import pytest

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
# A4 in points (210 × 297 mm); Chromium writes 595.92 × 841.92.
A4 = (595.3, 841.9)


def period():
    """This year: the demo county's petitions all fall in the months before today."""
    return str(datetime.date.today().year)


def print_pdf(staff, name):
    """Prints the current page as Chromium does (the page's own @page size and margins), writes
    screenshots/<name>.pdf and returns its path."""
    result = staff.driver.execute_cdp_cmd("Page.printToPDF", {
        "printBackground": True, "preferCSSPageSize": True, "displayHeaderFooter": False})
    path = SCREENSHOTS / f"{name}.pdf"
    path.write_bytes(base64.b64decode(result["data"]))
    return path


def pdf_pages(path):
    """(page count, (width, height) in points of the first page), from poppler's pdfinfo."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    return pages, (float(size.group(1)), float(size.group(2)))


def to_pngs(path, name):
    """Every page of the PDF as screenshots/<name>-page-N.png (96 dpi); returns the files."""
    for old in SCREENSHOTS.glob(f"{name}-page-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "96", "-png", str(path), str(SCREENSHOTS / f"{name}-page")], check=True)
    return sorted(SCREENSHOTS.glob(f"{name}-page-*.png"))


def check_pdf(path, name):
    pages, (width, height) = pdf_pages(path)
    assert pages > 1, f"{path.name}: the report should run to several pages, got {pages}"
    assert abs(width - A4[0]) < 2 and abs(height - A4[1]) < 2, f"{path.name}: not A4 portrait but {width} × {height} pt"
    pngs = to_pngs(path, name)
    assert len(pngs) == pages
    return pages


@pytest.fixture
def poppler():
    if not (shutil.which("pdfinfo") and shutil.which("pdftoppm")):
        pytest.fail("poppler-utils (pdfinfo, pdftoppm) is missing: apt-get install poppler-utils")


def test_report_prints_to_a4_pdf(staff, poppler):
    staff.sign_in("xianzhang")
    staff.open(f"/supervision/report?period={period()}")
    assert staff.text("main h1") == "形势分析报告"
    assert "一、总体情况" in staff.text("article.report")
    assert "八、对策建议" in staff.text("article.report")
    assert staff.finds("article.report svg"), "the report has its charts"
    pages = check_pdf(print_pdf(staff, "report-print"), "report-print")
    # Printing leaves out the application around the report: navigation, the period form, the
    # downloads and the recommendations editor.
    text = subprocess.run(["pdftotext", "-layout", str(SCREENSHOTS / "report-print.pdf"), "-"],
                          capture_output=True, text=True).stdout if shutil.which("pdftotext") else ""
    if text:
        assert "信访形势分析报告" in text and "五、考核指标完成情况" in text
        for chrome in ("退出", "编辑对策建议", "下载 Word", "保存对策建议"):
            assert chrome not in text, f"the printed report shows {chrome!r}"
    assert pages < 30


def test_report_document_prints_to_a4_pdf(staff, poppler):
    staff.sign_in("xianzhang")
    status, headers, body = staff.fetch(f"/supervision/report.html?period={period()}")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    # The download stands alone (no external resources): shown from its own bytes it prints the same.
    staff.open("/")
    staff.driver.get("data:text/html;charset=utf-8;base64," + base64.b64encode(body).decode())
    assert "信访形势分析报告" in staff.text("h1")
    check_pdf(print_pdf(staff, "report-document"), "report-document")


def test_dashboard_on_desktop_and_phone(staff):
    staff.sign_in("xianzhang")
    staff.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False})
    staff.open(f"/supervision/dashboard?period={period()}")
    assert staff.text("main h1") == "领导驾驶舱"
    assert len(staff.finds("main svg")) >= 4, "the dashboard's charts"
    assert staff.overflow() <= 1, "the dashboard scrolls sideways at 1280 px"
    staff.shot("dashboard-desktop")
    staff.phone()
    staff.open(f"/supervision/dashboard?period={period()}")
    assert staff.overflow() <= 1, "the dashboard scrolls sideways on a phone"
    staff.shot("dashboard-phone")
