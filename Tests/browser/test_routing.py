"""Routing suggestions that read the text (issue 12, point 5), in real headless Chromium: the registrar
types a text naming a village and sees its township suggested with the reason; the triage officer opens
the registered petition and finds the township first in the forward form, chosen, with the reason.
Screenshots at desktop and phone width, in Chinese and in English.
"""

import re

from selenium.webdriver.support.ui import Select

TITLE = "新塘村路灯坏了大半年没人修"
CONTENT = "新塘村进村主干道两边的路灯坏了大半年，晚上一片漆黑，老人孩子出门很不安全，向村委会反映过几次都说没钱修。"
DEMANDS = "请求尽快修复路灯。"


def suggested_units(staff):
    """The units listed under 建议承办单位 in the registration hints, first first."""
    return [li.text for li in staff.finds("#text-hints-results .unit-hints li")]


def test_registrar_sees_township_of_the_village_named(staff, flow):
    staff.sign_in("dengji")
    staff.open("/petitions/new")
    staff.fill("#f-title", TITLE)
    staff.fill("#f-content", CONTENT)
    staff.fill("#f-demands", DEMANDS)
    # No locality chosen: the township comes from the village the text names.
    staff.submit(staff.find("button[name=hints]"))
    units = suggested_units(staff)
    assert units, staff.text("#text-hints-results")
    assert units[0].startswith("柳塘镇"), units
    assert "正文提到新塘村" in units[0], units
    staff.find("#reg-hints").location_once_scrolled_into_view
    staff.shot("routing-registration-hints")
    staff.phone()
    assert staff.overflow() <= 1
    staff.find("#reg-hints").location_once_scrolled_into_view
    staff.shot("routing-registration-hints-phone")
    staff.desktop()

    # Register it (category 基础设施, locality 新塘村) for the triage officer.
    staff.choose("#f-channel", value="visit")
    staff.choose("#f-purpose", value="demand")
    staff.fill("#f-petitioners-0-name", "周福生")
    staff.fill("#f-petitioners-0-phone", "13905437788")
    staff.choose("#f-categoryCode", value="010211")
    staff.choose("#f-localityUnitId", text="新塘村")
    staff.submit(staff.find(".form-actions button[name=register]"))
    match = re.fullmatch(r"/petitions/(\d+)/receipt\?registered=1", staff.path())
    assert match, f"not registered: {staff.text('main')[:600]}"
    flow.update(routing_id=int(match.group(1)))


def test_triage_sees_suggestion_in_forward_form(staff, flow):
    pid = flow.get("routing_id")
    assert pid, "needs the petition registered by test_registrar_sees_township_of_the_village_named"
    staff.sign_in("fenban")
    staff.open(f"/petitions/{pid}")
    staff.find("#act-forward summary").click()
    listed = [li.text for li in staff.finds("#forward-unitId-suggested li")]
    assert listed and listed[0].startswith("柳塘镇"), listed
    assert "正文提到新塘村" in listed[0] and "问题属地在其辖区" in listed[0], listed
    chosen = Select(staff.find("#forward-unitId")).first_selected_option
    assert chosen.text.strip() == "柳塘镇"
    assert chosen.find_element("xpath", "..").get_attribute("label") == "建议"
    staff.find("#act-forward").location_once_scrolled_into_view
    staff.shot("routing-forward-panel")
    staff.phone()
    assert staff.overflow() <= 1
    staff.find("#act-forward").location_once_scrolled_into_view
    staff.shot("routing-forward-panel-phone")

    staff.desktop()
    staff.open(f"/petitions/{pid}?lang=en")
    staff.find("#act-forward summary").click()
    listed = [li.text for li in staff.finds("#forward-unitId-suggested li")]
    assert "the text names 新塘村" in listed[0], listed
    assert "Suggested" in staff.text("#forward-unitId-suggested")
    staff.find("#act-forward").location_once_scrolled_into_view
    staff.shot("routing-forward-panel-en")
    staff.phone()
    staff.find("#act-forward").location_once_scrolled_into_view
    staff.shot("routing-forward-panel-en-phone")
    staff.desktop()


def test_registration_hints_in_english(staff):
    staff.sign_in("dengji")
    staff.open("/petitions/new?lang=en")
    staff.fill("#f-title", TITLE)
    staff.fill("#f-content", CONTENT)
    staff.submit(staff.find("button[name=hints]"))
    units = suggested_units(staff)
    assert units and units[0].startswith("柳塘镇") and "the text names 新塘村" in units[0], units
    staff.find("#reg-hints").location_once_scrolled_into_view
    staff.shot("routing-registration-hints-en")
    staff.phone()
    staff.find("#reg-hints").location_once_scrolled_into_view
    staff.shot("routing-registration-hints-en-phone")
    staff.desktop()
