"""Structure that screen-reader and keyboard users rely on, checked in the rendered pages: every control
has a label, every aria-describedby points at something, one h1 and no skipped heading levels, no
duplicate ids, no empty links or buttons, a page language.
"""

PROBLEMS = r"""
const out = [];
const ids = {};
document.querySelectorAll('[id]').forEach(e => { ids[e.id] = (ids[e.id] || 0) + 1; });
Object.entries(ids).filter(([, n]) => n > 1).forEach(([id, n]) => out.push(`duplicate id #${id} (${n}×)`));
document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(e => {
  const named = (e.labels && e.labels.length) || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby');
  if (!named) out.push(`no label: ${e.tagName.toLowerCase()} name=${e.name}`);
  (e.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean).forEach(id => {
    if (!document.getElementById(id)) out.push(`aria-describedby of ${e.name} points at missing #${id}`);
  });
});
let last = 0;
document.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach(h => {
  const level = +h.tagName[1];
  if (last && level > last + 1) out.push(`heading h${last} → h${level} ("${h.textContent.trim().slice(0, 30)}")`);
  last = level;
});
const h1s = document.querySelectorAll('h1').length;
if (h1s !== 1) out.push(`${h1s} h1 elements`);
document.querySelectorAll('img:not([alt])').forEach(e => out.push(`img without alt: ${e.src}`));
document.querySelectorAll('a[href], button').forEach(e => {
  if (!e.textContent.trim() && !e.getAttribute('aria-label')) out.push(`empty ${e.tagName.toLowerCase()}: ${e.outerHTML.slice(0, 80)}`);
});
if (!document.documentElement.lang) out.push('no lang on <html>');
return out;
"""


def problems(staff, path=None):
    if path:
        staff.open(path)
    return staff.driver.execute_script(PROBLEMS)


def test_main_pages_have_labels_headings_and_unique_ids(staff):
    found = {"/login": problems(staff, "/login")}
    staff.sign_in("fenban")
    for path in ("/", "/petitions", "/account/password"):
        found[path] = problems(staff, path)
    staff.open("/petitions")
    case = staff.find("table.cases a.case-no").get_attribute("href")[len(staff.base):]
    found[case] = problems(staff, case)

    staff.sign_in("dengji")
    found["/petitions/new"] = problems(staff, "/petitions/new")
    staff.submit(staff.find(".form-actions button[name=register]"))
    assert staff.finds("[aria-invalid=true]"), "the empty registration form shows its errors"
    found["/petitions/new (errors)"] = problems(staff)

    staff.sign_in("admin")
    for path in ("/admin", "/admin/users", "/admin/units", "/admin/calendar", "/admin/rules", "/admin/templates"):
        found[path] = problems(staff, path)

    failing = {page: issues for page, issues in found.items() if issues}
    assert not failing, failing
