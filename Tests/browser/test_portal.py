"""The petitioner's portal (网上信访) in real headless Chromium: submit on a phone with an error fixed on
the way, keep the number and query code, track it, see a staff action appear, rate after the reply,
and a wrong code refused. Screenshots (desktop and a 375-px phone) go to screenshots/portal-*.png.

The tests run in file order and hand the petition on through the `portal` fixture.
"""

import pytest
from selenium.webdriver.common.by import By

from test_staff import resident_id, wrong_check_digit

TITLE = "新塘村通组公路损毁一年无人维修"
CONTENT = "新塘村3组通组公路去年汛期被冲毁约300米，至今无人维修，村民出行和农产品外运十分困难。"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture(scope="module")
def portal():
    """What the portal tests hand on to each other: number and query code."""
    return {}


def needs(portal):
    if "code" not in portal:
        pytest.skip("needs the petition submitted by test_submit_on_a_phone")
    return portal["number"], portal["code"]


def track(staff, number, code):
    staff.open("/public/track")
    staff.fill("#f-number", number)
    staff.fill("#f-code", code)
    staff.submit(staff.find("form[action='/public/track'] button[type=submit]"))


def staff_act(staff, action, fields):
    staff.find(f"#act-{action} summary").click()
    for name, value in fields:
        css = f"#{action}-{name}"
        if staff.find(css).tag_name == "select":
            staff.choose(css, **value)
        else:
            staff.fill(css, value)
    staff.submit(staff.find(f"#act-{action} button[type=submit]"))
    assert f"done={action}" in staff.path(), f"{action} was not done: {staff.text('main')[:600]}"


def open_case(staff, number):
    staff.open("/petitions?channel=online&sort=newest")
    staff.submit(staff.driver.find_element(By.XPATH, f"//a[normalize-space()='{number}']"))


def test_guide_on_a_phone(staff):
    staff.phone()
    staff.open("/public")
    assert staff.text("h1") == "网上信访平台"
    assert "劳动人事争议仲裁" in staff.text("main")
    assert "《信访工作条例》第三十四条" in staff.text("main")
    assert not staff.finds("a[href='/petitions']"), "no staff navigation on the public portal"
    assert staff.overflow() == 0, "the guide scrolls sideways on a phone"
    staff.shot("portal-guide-phone")
    staff.desktop()
    staff.shot("portal-guide-desktop")


def test_submit_on_a_phone(staff, portal, tmp_path):
    staff.phone()
    staff.open("/public/submit")
    good = resident_id("11010519491231002")
    staff.fill("#f-petitioners-0-name", "张三")
    staff.fill("#f-petitioners-0-idNumber", wrong_check_digit(good))
    staff.fill("#f-petitioners-0-phone", "13800138000")
    staff.choose("#f-localityUnitId", text="新塘村")
    staff.fill("#f-localityAddress", "3组通组公路")
    staff.fill("#f-title", TITLE)
    staff.fill("#f-content", CONTENT)
    assert f"{len(CONTENT)} / 2000" in staff.text("#content-count"), "the live counter counts what is typed"
    staff.fill("#f-demands", "请求尽快修复道路")
    assert staff.overflow() == 0, "the form scrolls sideways on a phone"
    staff.shot("portal-submit-phone")
    staff.submit(staff.find("form[action='/public/submit'] button[type=submit]"))

    # The mistake is shown beside the field; everything typed is kept.
    assert "校验位" in staff.text("#f-petitioners-0-idNumber-error")
    assert staff.find("#f-petitioners-0-idNumber").get_attribute("aria-invalid") == "true"
    assert staff.find("#f-title").get_attribute("value") == TITLE
    assert staff.find("#f-content").get_attribute("value") == CONTENT
    staff.shot("portal-submit-error-phone")

    staff.fill("#f-petitioners-0-idNumber", good)
    photo = tmp_path / "现场照片.jpg"  # a PDF under a photo's name: stored as what it is
    photo.write_bytes(PDF)
    staff.find("#f-attachments").send_keys(str(photo))
    staff.submit(staff.find("form[action='/public/submit'] button[type=submit]"))

    assert staff.path() == "/public/receipt", staff.text("main")[:600]
    number, code = staff.text("#receipt-number"), staff.text("#receipt-code")
    assert number.startswith("XF-") and len(code) == 8
    assert "只显示这一次" in staff.text(".notice.ok")
    assert staff.overflow() == 0
    staff.shot("portal-receipt-phone")
    portal.update(number=number, code=code)

    staff.open("/public/receipt")
    assert staff.path() == "/public/track", "the receipt with the code is shown only once"


def test_wrong_code_refused(staff, portal):
    number, code = needs(portal)
    staff.driver.delete_all_cookies()
    track(staff, number, "ABCDEFGH" if code != "ABCDEFGH" else "HGFEDCBA")
    assert "不正确" in staff.text(".notice.error")
    assert staff.find("#f-number").get_attribute("value") == number
    assert TITLE not in staff.text("main")
    staff.shot("portal-wrong-code")


def test_track_and_see_a_staff_action(staff, portal):
    number, code = needs(portal)
    track(staff, number, code)
    assert staff.text("#track-state") == "待分办"
    assert "青溪县信访局" in staff.text("main")

    staff.sign_in("fenban")
    open_case(staff, number)
    assert "现场照片.jpg" in staff.text("section[aria-labelledby=h-files]")
    status, headers, body = staff.fetch(staff.find("section[aria-labelledby=h-files] a").get_attribute("href")[len(staff.base):])
    assert status == 200 and headers["Content-Type"] == "application/pdf" and body.startswith(b"%PDF")
    assert headers["Content-Disposition"].startswith("attachment")
    staff_act(staff, "forward", [("unitId", {"text": "柳塘镇"}), ("note", "内部附言：请镇里抓紧")])

    staff.driver.delete_all_cookies()
    staff.phone()
    track(staff, number, code)
    assert staff.text("#track-state") == "待受理"
    assert "已转送柳塘镇办理" in staff.text("#track-steps")
    assert "内部附言" not in staff.text("main")
    assert "李分办" not in staff.text("main"), "staff names never appear"
    assert staff.overflow() == 0
    staff.shot("portal-track-phone")


def test_rate_after_reply(staff, portal):
    number, code = needs(portal)
    staff.sign_in("xz04.cb")
    open_case(staff, number)
    staff_act(staff, "accept", [("note", "")])
    staff_act(staff, "reply", [("outcome", {"value": "partlySupport"}), ("factsFound", "经现场勘查，路基约300米被冲毁。"),
                               ("basis", "《农村公路条例》第十二条"), ("opinion", "由镇政府于年内安排资金修复。")])

    staff.driver.delete_all_cookies()
    staff.desktop()
    track(staff, number, code)
    assert staff.text("#track-state") == "已答复"
    assert "由镇政府于年内安排资金修复。" in staff.text("#t-letter + dl + h3 ~ p") or "由镇政府于年内安排资金修复。" in staff.text("main")
    staff.shot("portal-track-replied")
    staff.find("input[name=acceptance][value=satisfied]").click()
    staff.find("input[name=handling][value=dissatisfied]").click()
    staff.fill("#f-comment", "希望汛期前修好")
    staff.submit(staff.find("form[action='/public/track/rate'] button[type=submit]"))
    assert "感谢您的评价" in staff.text(".notice.ok")
    assert "不满意" in staff.text("section[aria-labelledby=t-rate]")
    assert not staff.finds("form[action='/public/track/rate']"), "rating is once only"
    assert staff.finds("form[action='/public/track/review']"), "review may be asked for within the window"
    staff.shot("portal-rated")
    staff.phone()
    staff.shot("portal-rated-phone")
    staff.desktop()
