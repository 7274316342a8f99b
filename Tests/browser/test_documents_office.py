"""Every kind of notice and letter, downloaded as .docx and opened by a real office suite.

The six documents of the lifecycle (受理告知书, 不予受理告知书, 延期办理告知书, 处理意见书, 复查意见书,
复核意见书) are found on the case pages of the demo county, downloaded with the signed-in browser's
cookies, and converted to PDF by LibreOffice (`soffice --headless`, Debian's libreoffice-writer-nogui).
The PDF must be A4 and carry the document's title and the petition number; its first page is saved to
screenshots/docx-<kind>.png. Word and WPS are not available on Linux; LibreOffice reading the file is the
check that it is a well-formed Office Open XML document and not just a zip.

Skipped when LibreOffice or poppler-utils (pdfinfo, pdftotext, pdftoppm) are missing; `.ci/run`
installs both.
"""

import re
import shutil
import subprocess

import pytest

from conftest import SCREENSHOTS

TITLES = {
    "acceptance": "受理告知书",
    "decline": "不予受理告知书",
    "extension": "延期办理告知书",
    "decision": "信访事项处理意见书",
    "review": "信访事项复查意见书",
    "recheck": "信访事项复核意见书",
}
DOC_LINK = re.compile(r'<p class="doc-links"><a href="(/petitions/\d+/documents/\d+)">([^<]+)</a>')
NUMBER = re.compile(r"XF-\d{4}-\d{6}")

TOOLS = ("soffice", "pdfinfo", "pdftotext", "pdftoppm")
missing = [tool for tool in TOOLS if shutil.which(tool) is None]
pytestmark = pytest.mark.skipif(
    bool(missing),
    reason=f"{', '.join(missing)} missing: apt-get install -y libreoffice-writer-nogui poppler-utils")


def find_documents(staff, wanted, limit=120):
    """{kind: (document path, petition number)} for the first petition of the demo county issuing each kind."""
    found = {}
    for pid in range(1, limit + 1):
        status, _, body = staff.fetch(f"/petitions/{pid}")
        if status != 200:
            continue
        page = body.decode("utf-8", errors="replace")
        number = NUMBER.search(page)
        for path, text in DOC_LINK.findall(page):
            for kind in wanted:
                if kind not in found and text.strip() == TITLES[kind]:
                    found[kind] = (path, number.group(0) if number else "")
        if len(found) == len(wanted):
            break
    return found


def test_every_document_opens_in_libreoffice(staff, tmp_path):
    staff.sign_in("fenban")
    documents = find_documents(staff, list(TITLES))
    assert set(documents) == set(TITLES), f"the demo county lacks documents of kinds {set(TITLES) - set(documents)}"

    for kind, (path, number) in documents.items():
        status, headers, content = staff.fetch(path + ".docx")
        assert status == 200, f"{kind}: {path}.docx answered {status}"
        assert content[:2] == b"PK"
        docx = tmp_path / f"{kind}.docx"
        docx.write_bytes(content)

        subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(tmp_path),
                        str(docx)], check=True, capture_output=True, timeout=180,
                       env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin:/usr/local/bin"})
        pdf = tmp_path / f"{kind}.pdf"
        assert pdf.is_file(), f"LibreOffice could not read {kind}.docx"

        info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
        assert "(A4)" in info, f"{kind}: not A4:\n{info}"
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                              text=True).stdout
        squeezed = re.sub(r"\s+", "", text)
        assert TITLES[kind] in squeezed, f"{kind}: title missing in\n{text[:600]}"
        assert number and number in squeezed, f"{kind}: petition number {number} missing in\n{text[:600]}"
        assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日", squeezed), f"{kind}: no Chinese date in\n{text[:600]}"

        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(SCREENSHOTS / f"docx-{kind}")], check=True)
