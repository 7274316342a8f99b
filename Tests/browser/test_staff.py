"""The staff application in real headless Chromium: one petition from registration to a printed
decision letter, the jurisdiction wall, sign-out, the keyboard, and screenshots for a person to look at.

The lifecycle tests (registration → forward → accept/extend/reply → print view → another township)
run in file order and hand the petition on through the `flow` fixture.
"""

import re
import time
from pathlib import Path

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys


SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FACTS = "经柳塘镇人民政府实地核查，柳塘村3组征地补偿款已于2026年6月拨付到村，尚有12户未领取。"
OPINION = "责成柳塘村村民委员会于30日内将补偿款足额发放到户，并张榜公示发放明细。"


def resident_id(first17: str) -> str:
    """A resident ID number with its correct check digit (GB 11643)."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(first17, weights))
    return first17 + "10X98765432"[total % 11]


def wrong_check_digit(number: str) -> str:
    return number[:17] + ("0" if number[17] != "0" else "1")


def petition_of(flow):
    if "id" not in flow:
        pytest.skip("needs the petition registered by test_register_collective_petition")
    return flow["id"]


def state_of(staff):
    return staff.text(".case-meta .badge.state")


def act(staff, action, fields):
    """Opens the action's form on the case page, fills it and submits it."""
    staff.find(f"#act-{action} summary").click()
    for name, value in fields:
        css = f"#{action}-{name}"
        if staff.find(css).tag_name == "select":
            staff.choose(css, **value)
        else:
            staff.fill(css, value)
    staff.submit(staff.find(f"#act-{action} button[type=submit]"))
    assert f"done={action}" in staff.path(), f"{action} was not done: {staff.text('main')[:600]}"
    assert staff.text(".notice.ok").startswith("已完成")


# 1. Registration with a validation error fixed on the way

def test_register_collective_petition(staff, flow):
    staff.sign_in("dengji")
    staff.open("/petitions/new")
    assert staff.text("main h1") == "登记信访件"

    first = resident_id("37092119780512301")
    second = resident_id("37092119820301402")
    staff.choose("#f-channel", value="visit")
    staff.choose("#f-purpose", value="demand")
    staff.fill("#f-peopleCount", "12")
    staff.fill("#f-petitioners-0-name", "李秀兰")
    staff.choose("#f-petitioners-0-role", value="representative")
    staff.fill("#f-petitioners-0-idNumber", wrong_check_digit(first))
    staff.fill("#f-petitioners-0-phone", "13905431234")
    # Add a second representative: the form comes back with everything typed so far.
    staff.submit(staff.find("button[name=add]"))
    assert staff.find("#f-petitioners-0-name").get_attribute("value") == "李秀兰"
    staff.fill("#f-petitioners-1-name", "赵德明")
    staff.choose("#f-petitioners-1-role", value="representative")
    staff.fill("#f-petitioners-1-idNumber", second)
    staff.fill("#f-title", "柳塘村3组十二户征地补偿款未发放到户")
    staff.choose("#f-categoryCode", value=staff.find("#f-categoryCode optgroup[label*='土地征收'] option").get_attribute("value"))
    staff.choose("#f-localityUnitId", text="柳塘村")
    staff.fill("#f-localityAddress", "柳塘镇柳塘村3组")
    staff.fill("#f-content", "我们是柳塘村3组的十二户村民。2026年春县里征用了我组土地修建道路，补偿款至今没有发到我们手上。")
    staff.fill("#f-demands", "请求将征地补偿款足额发放到户，并公开发放明细。")
    staff.submit(staff.find(".form-actions button[name=register]"))

    # The wrong check digit: a message beside the field, the input kept, nothing registered.
    assert "/receipt" not in staff.path()
    field = staff.find("#f-petitioners-0-idNumber")
    assert field.get_attribute("value") == wrong_check_digit(first)
    assert field.get_attribute("aria-invalid") == "true"
    assert "f-petitioners-0-idNumber-error" in field.get_attribute("aria-describedby")
    message = staff.text("#f-petitioners-0-idNumber-error")
    assert "校验位" in message and first[17] in message
    assert "校验位" in staff.text("#reg-errors")
    assert staff.find("#f-petitioners-1-name").get_attribute("value") == "赵德明"
    assert staff.find("#f-title").get_attribute("value") == "柳塘村3组十二户征地补偿款未发放到户"
    assert staff.find("#f-peopleCount").get_attribute("value") == "12"
    staff.shot("registration-id-check-digit-error")

    staff.fill("#f-petitioners-0-idNumber", first)
    staff.submit(staff.find(".form-actions button[name=register]"))
    match = re.fullmatch(r"/petitions/(\d+)/receipt\?registered=1", staff.path())
    assert match, f"not registered: {staff.text('main')[:600]}"
    assert "登记成功" in staff.text(".notice.ok")
    assert "集体访" in staff.text(".notice.warn")
    number = staff.text("#receipt-number")
    assert re.fullmatch(r"XF-\d{4}-\d{6}", number)
    assert re.fullmatch(r"[A-Za-z0-9]{6,}", staff.text("#receipt-code"))
    assert "李秀兰" in staff.text("main") and "赵德明" in staff.text("main")
    staff.shot("registration-receipt")
    flow.update(id=int(match.group(1)), number=number)


# 2. Triage forwards it to 柳塘镇

def test_triage_forwards_to_township(staff, flow):
    pid = petition_of(flow)
    staff.sign_in("fenban")
    staff.open(f"/petitions/{pid}")
    assert staff.text(".case-meta .case-no") == flow["number"]
    assert state_of(staff) == "待分办"
    assert "集体访" in staff.text("main")
    act(staff, "forward", [("unitId", {"text": "柳塘镇"}), ("note", "请柳塘镇依法受理办理。")])
    assert state_of(staff) == "待受理"
    assert "柳塘镇" in staff.text("section.step")
    assert "转送至" in staff.text("#history") and "柳塘镇" in staff.text("#history li.ev-forward")


# 3. The township accepts, its head extends, the handler replies with a decision letter

def test_township_accepts_extends_and_replies(staff, flow):
    pid = petition_of(flow)
    staff.sign_in("xz04.cb")
    staff.open(f"/petitions/{pid}")
    assert state_of(staff) == "待受理"
    act(staff, "accept", [("note", "已受理，由镇农经站核查。")])
    assert state_of(staff) == "办理中"
    assert not staff.finds("#act-extend"), "a handler must not be offered the extension (unit head only)"

    staff.sign_in("xz04.fz")
    staff.open(f"/petitions/{pid}")
    act(staff, "extend", [("days", "15"), ("reason", "涉及十二户，需逐户核对补偿款发放台账。")])
    assert state_of(staff) == "办理中"
    extension = staff.text("#history li.ev-extend")
    assert "15 日" in extension and "逐户核对" in extension
    assert not staff.finds("#act-extend"), "the extension is offered only once"

    staff.sign_in("xz04.cb")
    staff.open(f"/petitions/{pid}")
    act(staff, "reply", [("outcome", {"value": "support"}), ("factsFound", FACTS),
                         ("basis", "《中华人民共和国土地管理法》第四十八条"), ("opinion", OPINION)])
    assert state_of(staff) == "已答复"
    assert FACTS in staff.text("#history li.ev-reply")
    staff.shot("case-page-replied")


# 4. The decision letter's print view and its Word download

def test_decision_letter_print_view_and_docx(staff, flow):
    pid = petition_of(flow)
    staff.sign_in("xz04.cb")
    staff.open(f"/petitions/{pid}")
    links = [a for a in staff.finds("#history li.ev-reply .doc-links a") if "处理意见书" in a.text]
    assert links, staff.find("#history").get_attribute("outerHTML")[-3000:]
    staff.submit(links[0])
    assert re.fullmatch(rf"/petitions/{pid}/documents/\d+", staff.path())
    letter = staff.find("article.document")
    assert letter.find_element("css selector", "h1").text.strip() in ("处理意见书", "信访事项处理意见书")
    body = letter.text
    assert FACTS in body and OPINION in body
    assert "不服" in body and "复查" in body, "the letter must tell the petitioner how to appeal"
    assert "柳塘镇" in body
    staff.shot("decision-letter-print-view")

    docx = staff.find(".doc-toolbar a[download]").get_attribute("href")
    status, headers, content = staff.fetch(docx[len(staff.base):])
    assert status == 200
    assert headers["Content-Type"].startswith(DOCX)
    assert content[:2] == b"PK", "a .docx is a zip file"


# 5. Another township gets the not-found page

def test_other_township_gets_not_found(staff, flow):
    pid = petition_of(flow)
    staff.sign_in("xz05.cb")
    staff.open(f"/petitions/{pid}")
    assert staff.text("main h1") == "页面不存在"
    assert flow["number"] not in staff.driver.page_source
    assert staff.fetch(f"/petitions/{pid}")[0] == 404
    staff.shot("not-found-other-township")


# 6. Sign-out

def test_sign_out(staff):
    staff.sign_in("fenban")
    assert staff.path() == "/"
    staff.submit(staff.find("form[action='/logout'] button[type=submit]"))
    assert staff.path().startswith("/login")
    assert staff.text("main h1") == "登录"
    staff.open("/")
    assert staff.path() == "/login?next=%2F"
    assert staff.finds("#username")
    staff.open("/petitions")
    assert staff.path().startswith("/login")


# 7. Keyboard only

def test_keyboard_sign_in_and_skip_link(staff):
    keys = ActionChains(staff.driver)
    staff.open("/login")
    first = staff.driver.execute_script("""
        const all = document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]');
        const tabbable = [...all].filter(e => e.tabIndex >= 0 && !e.disabled && e.type !== 'hidden');
        return tabbable.length ? tabbable[0].outerHTML : null;""")
    assert first is not None and 'class="skip"' in first and 'href="#main"' in first
    # The username field has focus on arrival; Tab and Enter do the rest.
    assert staff.driver.switch_to.active_element.get_attribute("id") == "username"
    keys.send_keys("fenban").send_keys(Keys.TAB).perform()
    assert staff.driver.switch_to.active_element.get_attribute("id") == "password"
    staff.mark_page()
    ActionChains(staff.driver).send_keys("huiyin2026").send_keys(Keys.ENTER).perform()
    staff.wait_for_new_page()
    assert staff.path() == "/"
    assert staff.finds("form[action='/logout']"), "signed in"

    # On a page without autofocus, the first Tab lands on the visible skip link; Enter moves to main.
    staff.open("/petitions")
    ActionChains(staff.driver).send_keys(Keys.TAB).perform()
    skip = staff.driver.switch_to.active_element
    assert skip.get_attribute("class") == "skip" and skip.text.strip() == "跳到主要内容"
    assert skip.rect["x"] >= 0 and skip.is_displayed(), "the focused skip link is on screen"
    assert staff.driver.execute_script(
        "const s = getComputedStyle(arguments[0]); return s.boxShadow !== 'none' || s.outlineStyle !== 'none';", skip), \
        "focus is visible"
    ActionChains(staff.driver).send_keys(Keys.ENTER).perform()
    assert staff.driver.switch_to.active_element.get_attribute("id") == "main"


# 8. Screenshots of the main pages

def test_screenshots_of_main_pages(staff, flow):
    started = time.time() - 1
    staff.open("/login")
    staff.shot("sign-in")

    staff.sign_in("fenban")
    assert staff.finds("main h1")
    staff.shot("workbench-desktop")
    staff.phone()
    staff.open("/")
    assert staff.overflow() <= 1, "the workbench scrolls sideways on a phone"
    staff.shot("workbench-phone")
    staff.desktop()

    staff.open("/petitions")
    assert staff.finds("table.cases tbody tr")
    staff.shot("case-list")

    if "id" in flow:
        staff.open(f"/petitions/{flow['id']}")
        staff.shot("case-page")
        staff.phone()
        staff.open(f"/petitions/{flow['id']}")
        assert staff.overflow() <= 1, "the case page scrolls sideways on a phone"
        staff.shot("case-page-phone")
        staff.desktop()

    staff.sign_in("dengji")
    staff.open("/petitions/new")
    staff.submit(staff.find(".form-actions button[name=register]"))
    assert staff.finds("#reg-errors li") and staff.finds("[aria-invalid=true]")
    staff.shot("registration-form-errors")
    staff.phone()
    staff.open("/petitions/new")
    assert staff.overflow() <= 1, "the registration form scrolls sideways on a phone"
    staff.shot("registration-form-phone")
    staff.desktop()

    staff.sign_in("admin")
    staff.open("/admin")
    assert staff.finds("main h1")
    staff.shot("admin-index")

    for name in ("sign-in", "workbench-desktop", "workbench-phone", "case-list", "registration-form-errors",
                 "registration-form-phone", "admin-index"):
        picture = SCREENSHOTS / f"{name}.png"
        assert picture.stat().st_mtime >= started, f"{name}.png was not written by this run"
        assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and picture.stat().st_size > 5000, f"{name}.png looks empty"
