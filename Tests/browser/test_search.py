"""Staff search and text hints in real headless Chromium: the header's search box leads to 全文检索 with
the terms marked in titles and snippets; the registration form's 智能提示 refresh while typing
(risk words, suggested categories with "采用"); screenshots for a person to look at.
"""

from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select


def test_search_from_header_marks_matches(staff):
    staff.sign_in("fenban")
    box = staff.find("#top-q")
    box.send_keys("工资")
    staff.mark_page()
    box.send_keys(Keys.ENTER)
    staff.wait_for_new_page()
    assert staff.path().startswith("/search?q=")
    results = staff.finds("ol.search-results li.search-result")
    assert results, f"no results for 工资: {staff.text('main')[:400]}"
    marks = staff.finds("ol.search-results mark")
    assert marks and all(m.text == "工资" for m in marks), [m.text for m in marks][:5]
    assert "共" in staff.text(".results-head small")
    staff.shot("search-results")

    # Exclusion and the empty-result hints.
    staff.fill("#s-q", "工资 -工资")
    staff.submit(staff.find(".search-row button[type=submit]"))
    assert not staff.finds("ol.search-results li")
    assert "没有找到" in staff.text(".empty")

    staff.phone()
    staff.open("/search?q=%E5%B7%A5%E8%B5%84")
    assert staff.overflow() <= 1, "the search page scrolls sideways on a phone"
    staff.shot("search-results-phone")
    staff.desktop()

    # The first result opens its case page.
    staff.open("/search?q=%E5%B7%A5%E8%B5%84")
    first = staff.find("ol.search-results li.search-result h3 a")
    href = first.get_attribute("href")
    staff.submit(first)
    assert staff.driver.current_url == href
    assert staff.finds("section.similar-card")


def test_registration_hints_while_typing(staff):
    staff.sign_in("dengji")
    staff.open("/petitions/new")
    staff.fill("#f-title", "工地老板拖欠农民工工资半年")
    staff.fill("#f-content", "我在工地干了一年活，老板一直拖欠工资不给，家里揭不开锅，真的不想活了。")
    staff.find("#f-demands").click()  # leaving the facts asks for the hints
    staff.wait(lambda d: staff.finds("#text-hints-results mark"))
    words = [m.text for m in staff.finds("#text-hints-results .risk-words mark")]
    assert "不想活" in words, words
    use = staff.finds("#text-hints-results button[name=useCategory]")
    assert use, staff.text("#text-hints-results")
    code = use[0].get_attribute("value")
    use[0].click()
    assert Select(staff.find("#f-categoryCode")).first_selected_option.get_attribute("value") == code
    assert staff.path() == "/petitions/new", "采用 sets the category without leaving the page"
    staff.find("#reg-hints").location_once_scrolled_into_view
    staff.shot("registration-hints")
