"""Risk first (issue 12, point 4), in real headless Chromium: the supervisor's queue and the leader dashboard
list the demo county's petitions with signals of danger to life before the collective ones, before the
rest; each tier has its own badge (colour and words) and a one-line reason. Screenshots at desktop and
phone width, in Chinese and in English.
"""

TIERS = ["tier-danger", "tier-collective", "tier-high", "tier-low"]
LABELS = {
    "zh": {"tier-danger": "危及生命", "tier-collective": "集体访"},
    "en": {"tier-danger": "Danger to life", "tier-collective": "Collective"},
}


def risk_rows(staff, section):
    """(badge class, badge text, reason) of each row of the risk list in `section`, in page order."""
    rows = []
    for tr in staff.finds(f"{section} tbody tr"):
        badge = tr.find_element("css selector", ".badge")
        tier = next(c for c in badge.get_attribute("class").split() if c.startswith("tier-"))
        rows.append((tier, badge.text.strip(), tr.find_element("css selector", "td.risk-reason").text.strip()))
    return rows


def check_order(rows, lang):
    tiers = [r[0] for r in rows]
    assert "tier-danger" in tiers and "tier-collective" in tiers, tiers
    # Danger before collective before the rest: the tiers never go back up.
    ranks = [TIERS.index(t) if t in ("tier-danger", "tier-collective") else 2 for t in tiers]
    assert ranks == sorted(ranks), tiers
    for tier, text, reason in rows:
        assert reason, (tier, text)
        if tier in LABELS[lang]:
            assert text == LABELS[lang][tier], (tier, text)
    # The colours differ, not only the words.
    return tiers


def badge_colour(staff, tier, section):
    return staff.find(f"{section} .badge.{tier}").value_of_css_property("background-color")


def test_supervisor_queue_puts_danger_first(staff):
    staff.sign_in("duban")
    for lang, query in (("zh", ""), ("en", "?lang=en")):
        staff.open("/supervision" + query)
        rows = risk_rows(staff, "#risks")
        check_order(rows, lang)
        assert badge_colour(staff, "tier-danger", "#risks") != badge_colour(staff, "tier-collective", "#risks")
        danger = next(r for r in rows if r[0] == "tier-danger")
        assert ("文中有“" if lang == "zh" else "The text has “") in danger[2], danger
        staff.find("#risks").location_once_scrolled_into_view
        staff.shot(f"risk-queue-{lang}")
        staff.phone()
        assert staff.overflow() <= 1
        staff.find("#risks").location_once_scrolled_into_view
        staff.shot(f"risk-queue-{lang}-phone")
        staff.desktop()
    staff.open("/supervision?lang=zh")


def test_dashboard_puts_danger_first(staff):
    staff.sign_in("duban")
    for lang, query in (("zh", ""), ("en", "?lang=en")):
        staff.open("/supervision/dashboard" + query)
        check_order(risk_rows(staff, "section[aria-labelledby=dash-risks-h]"), lang)
        staff.find("section[aria-labelledby=dash-risks-h]").location_once_scrolled_into_view
        staff.shot(f"risk-dashboard-{lang}")
        staff.phone()
        assert staff.overflow() <= 1
        staff.shot(f"risk-dashboard-{lang}-phone")
        staff.desktop()
    staff.open("/supervision/dashboard?lang=zh")
