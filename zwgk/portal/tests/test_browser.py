"""Browser tests: Playwright's sync API driving Debian's /usr/bin/chromium against live_server.

Screenshots go to test-artifacts/ (git-ignored). Skipped only when /usr/bin/chromium is missing.
"""
import os
from pathlib import Path

import pytest

from zwgk.portal.tests import png

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"
CHECKER = (Path(__file__).parent / "a11y.js").read_text(encoding="utf-8")
# axe-core from the npm registry, installed by scripts/install-test-tools.sh (make test runs it).
AXE = Path(__file__).resolve().parents[3] / ".tools" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
AXE_RUN = """() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                   resultTypes: ['violations']})
    .then(r => r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
      .map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`))"""
A = "/yinchuan-rsj"
# The calendar with a computed deadline whose long explanation lines once overflowed 360 px.
CALENDAR = "/calendar/?agency=yinchuan-rsj&date=2026-12-20&n=20"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is missing (install the Debian chromium package)"),
]


@pytest.fixture
def page(site, live_server):
    # Playwright's sync API runs an event loop in this thread; the ORM calls made by fixtures are finished.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    from zwgk.search.index import rebuild

    rebuild()
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True,
                                      base_url=live_server.url, locale="zh-CN")
        add_axe(context)
        pg = context.new_page()
        pg.set_default_timeout(15000)
        # Every request must stay on the live server: no CDN, no web fonts from outside.
        foreign = []
        pg.on("request", lambda r: foreign.append(r.url) if not r.url.startswith(live_server.url)
              and not r.url.startswith("data:") else None)
        pg.foreign = foreign
        refused = pg.refused = watch_csp(pg)
        yield pg
        context.close()
        browser.close()
    assert foreign == [], f"requests left the site: {foreign}"
    assert refused == [], f"the Content-Security-Policy blocked something: {refused[:5]}"


def watch_csp(pg):
    """Console messages of the Content-Security-Policy blocking a script, style or image: older
    Chromium writes "Refused to …", newer "… violates the following Content Security Policy …"."""
    refused = []
    pg.on("console", lambda m: refused.append(f"{pg.url}: {m.text}")
          if "Refused to" in m.text or "Content Security Policy" in m.text else None)
    return refused


def add_axe(context):
    """Inject axe-core into every page of `context` (an init script, so the pages' CSP does not apply)."""
    if not AXE.exists():
        message = f"{AXE} is missing: run scripts/install-test-tools.sh"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    context.add_init_script(path=str(AXE))


def shot(pg, name):
    pg.screenshot(path=str(ARTIFACTS / f"portal-{name}.png"), full_page=True)


def check_a11y(pg, where):
    """Our own checks plus axe-core's WCAG 2.1 AA rules: no serious or critical violation."""
    result = pg.evaluate(CHECKER)
    assert result["problems"] == [], f"{where}: {result['problems']}"
    assert result["checked"] > 5, where
    violations = pg.evaluate(AXE_RUN)
    assert violations == [], f"{where}: axe-core found {violations}"


def test_walk_from_home_through_the_catalog_to_a_record_and_its_attachment(page, site):
    page.goto("/")
    check_a11y(page, "home")
    shot(page, "home")
    page.get_by_role("link", name="银川市人力资源和社会保障局").first.click()
    page.wait_for_url(f"**{A}/")
    check_a11y(page, "agency")
    page.locator("nav[aria-label='信息公开目录'] >> a", has_text="部门文件").click()
    page.wait_for_url(f"**{A}/xxgk/2-1/")
    assert page.locator("h1").inner_text() == "部门文件"
    check_a11y(page, "item")
    shot(page, "item")
    first = site["records"][0]
    page.get_by_role("link", name=first.title).click()
    page.wait_for_url(f"**/record/{first.index_number}/")
    assert page.locator("h1").inner_text() == first.title
    check_a11y(page, "record")
    shot(page, "record")
    with page.expect_download() as info:
        page.get_by_role("link", name="附件1：评审申报表.txt").click()
    download = info.value
    assert download.suggested_filename == "附件1：评审申报表.txt"
    assert Path(download.path()).read_text(encoding="utf-8") == "职称评审申报表\n姓名：\n"


def test_close_on_a_record_opened_in_a_new_tab_goes_to_its_item_page(page, site):
    record = site["records"][0]
    page.goto(f"{A}/record/{record.index_number}/")
    # A tab the visitor opened from a link elsewhere: no history to go back to, and script cannot
    # close it. (Playwright's new page counts its about:blank as a history entry, so say so here.)
    page.evaluate("() => Object.defineProperty(History.prototype, 'length', {get: () => 1})")
    page.get_by_role("button", name="关闭").click()
    page.wait_for_url(f"**{A}/xxgk/2-1/")
    assert page.locator("h1").inner_text() == "部门文件"


def test_search_for_a_two_character_word_and_open_a_hit(page, site):
    page.goto(f"{A}/")
    page.get_by_label("在银川市人社局范围内搜索").fill("职称")
    page.get_by_role("button", name="搜索").click()
    page.wait_for_url("**/search/?**")
    assert "q=%E8%81%8C%E7%A7%B0" in page.url and "agency=yinchuan-rsj" in page.url
    shot(page, "search")
    check_a11y(page, "search")
    hit = page.locator("main a[href*='/record/']").first
    title = hit.inner_text()
    assert "职称" in title
    hit.click()
    page.wait_for_url("**/record/**")
    assert "职称" in page.locator("h1").inner_text()


def test_elder_mode_switches_on_every_page_without_javascript(site, live_server):
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(java_script_enabled=False, base_url=live_server.url,
                                      viewport={"width": 1280, "height": 900})
        pg = context.new_page()
        refused = watch_csp(pg)
        url = f"{A}/record/{site['records'][0].index_number}/"
        pg.goto(url)
        normal = pg.locator("body").evaluate("b => parseFloat(getComputedStyle(b).fontSize)")
        pg.get_by_role("link", name="适老化模式（大字）").click()
        pg.wait_for_url(f"**{url}")
        assert pg.locator("html").get_attribute("class") == "elder"
        large = pg.locator("body").evaluate("b => parseFloat(getComputedStyle(b).fontSize)")
        assert large >= normal * 1.3
        pg.screenshot(path=str(ARTIFACTS / "portal-elder.png"), full_page=True)
        pg.goto(f"{A}/guide/")  # the choice follows the visitor to other pages
        assert pg.locator("html").get_attribute("class") == "elder"
        pg.get_by_role("link", name="退出适老化模式").click()
        pg.wait_for_url(f"**{A}/guide/")
        assert pg.locator("html").get_attribute("class") is None
        context.close()
        browser.close()
    assert refused == [], refused


def test_chinese_text_renders_with_a_cjk_font(page, site):
    page.goto(f"{A}/record/{site['records'][0].index_number}/")
    heading = page.locator("h1")
    data = heading.screenshot(path=str(ARTIFACTS / "portal-cjk-heading.png"))
    assert png.dark_fraction(data) > 0.03  # glyphs were drawn, not a blank box
    # Tofu boxes look alike for any text; real glyphs for different words do not.
    page.evaluate("""() => { for (const [id, t] of [['cjk-a', '政务公开'], ['cjk-b', '职称评审']]) {
        const s = document.createElement('span'); s.id = id; s.textContent = t;
        s.style.cssText = 'font-size:40px;display:inline-block;padding:4px;background:#fff;color:#000';
        document.querySelector('main').prepend(s); } }""")
    a, b = page.locator("#cjk-a").screenshot(), page.locator("#cjk-b").screenshot()
    _, _, pa = png.decode(a)
    _, _, pb = png.decode(b)
    differing = sum(1 for x, y in zip(pa, pb) if abs(sum(x) - sum(y)) > 150)
    assert differing > 0.05 * min(len(pa), len(pb))
    # The font Chromium actually used for the heading (from the DevTools protocol) is a CJK face.
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": "h1"})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    assert any("CJK" in f["familyName"] or "Hei" in f["familyName"] or "Han" in f["familyName"] for f in fonts), fonts


def test_pages_pass_the_in_browser_accessibility_checks_and_fit_360px(page, site):
    urls = ["/", f"{A}/", f"{A}/xxgk/", f"{A}/xxgk/2/", f"{A}/record/{site['withdrawn'].index_number}/",
            f"{A}/guide/", f"{A}/apply/", f"{A}/reports/", "/no-such-page/", CALENDAR]
    for url in urls:
        page.goto(url)
        check_a11y(page, url)
    page.set_viewport_size({"width": 360, "height": 740})
    for url in urls[:6] + [f"{A}/record/{site['records'][0].index_number}/", CALENDAR]:
        page.goto(url)
        overflow = page.evaluate("() => document.documentElement.scrollWidth")
        assert overflow <= 360, f"{url} is {overflow}px wide at a 360px viewport"
    shot(page, "calendar-360px")
    page.goto(f"{A}/record/{site['records'][0].index_number}/")
    shot(page, "record-360px")
    # 适老化 mode's larger text must still fit: the calendar's month grid once did not.
    page.get_by_role("link", name="适老化模式（大字）").click()
    for url in (CALENDAR, f"{A}/xxgk/2-1/", f"{A}/record/{site['records'][0].index_number}/"):
        page.goto(url)
        assert page.locator("html").get_attribute("class") == "elder"
        overflow = page.evaluate("() => document.documentElement.scrollWidth")
        assert overflow <= 360, f"{url} is {overflow}px wide at 360px in 适老化 mode"
    shot(page, "calendar-elder-360px")


def test_skip_link_is_the_first_tab_stop_and_focus_is_visible(page, site):
    page.goto(f"{A}/xxgk/2-1/")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.className, getComputedStyle(document.activeElement).outlineStyle,"
                            " document.activeElement.getBoundingClientRect().left]")
    assert focused[0] == "skip-link" and focused[1] != "none" and focused[2] >= 0
    page.keyboard.press("Enter")
    assert page.evaluate("() => location.hash") == "#main"


def test_the_csp_watch_sees_inline_styles_scripts_and_data_images_being_refused(page, site):
    page.goto(f"{A}/guide/")
    page.evaluate("""() => { document.querySelector('main').insertAdjacentHTML('beforeend',
        '<p style="color:red">内联样式</p><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">');
        const s = document.createElement('script'); s.textContent = 'window.inlineRan = true'; document.body.append(s); }""")
    page.wait_for_timeout(300)
    seen = " ".join(page.refused)
    assert "inline style" in seen and "inline script" in seen and "img-src" in seen, page.refused
    assert page.evaluate("() => window.inlineRan") is None
    page.refused.clear()  # what this test provoked is not a failure of the pages


def test_axe_core_reports_the_violations_it_is_there_to_catch(page, site):
    page.goto(f"{A}/guide/")
    page.evaluate("""() => { const ul = document.createElement('ul'); ul.setAttribute('role', 'alert');
        ul.innerHTML = '<li>错误</li>'; document.querySelector('main').append(ul);
        const i = document.createElement('input'); i.setAttribute('aria-describedby', 'no-such-id');
        document.querySelector('main').append(i); }""")
    found = " ".join(page.evaluate(AXE_RUN))
    assert "listitem" in found and "label" in found


def staff_login(pg, username):
    pg.goto("/staff/login/")
    pg.get_by_label("用户名").fill(username)
    pg.get_by_label("密码").fill("pw")
    pg.get_by_role("button", name="登录").click()
    pg.wait_for_url("**/staff/")


@pytest.fixture
def staff(site, django_user_model):
    from zwgk.accounts.models import Membership, Role

    users = {}
    for name, role, unit in (("admin", Role.AGENCY_ADMIN, None), ("editor", Role.EDITOR, site["office"]),
                             ("reviewer", Role.REVIEWER, None)):
        users[name] = django_user_model.objects.create_user(name, password="pw")
        Membership.objects.create(user=users[name], agency=site["agency"], unit=unit, role=role)
    return users


def test_staff_pages_and_forms_sent_back_with_errors_pass_axe_core_and_fit_320px(page, site, staff):
    from zwgk.holidays.models import CalendarDay  # noqa: F401  (the staff calendar lists these)

    staff_login(page, "admin")
    catalog, docs = site["catalog"], site["docs"]
    for url in ("/staff/", "/staff/records/", "/staff/catalog/", f"/staff/catalog/{catalog.pk}/",
                f"/staff/catalog/{catalog.pk}/history/", "/staff/catalog/import/", f"/staff/catalog/item/{docs.pk}/",
                "/staff/calendar/", "/staff/calendar/day/add/", "/staff/calendar/notice/",
                f"/staff/records/{site['records'][0].pk}/", f"/staff/records/{site['records'][0].pk}/diff/"):
        page.goto(url)
        check_a11y(page, url)
    # The charts (SVG images on the dashboard, inline SVG in the 自查 report) under the CSP: the
    # watch in `page` fails the test on any style or script the policy blocks.
    page.goto("/staff/oversight/")
    assert page.locator("img[src*='/charts/']").count() == 3
    assert page.evaluate("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)")
    page.goto("/staff/oversight/selfcheck/")
    assert page.locator("figure svg[role=img]").count() >= 2
    # Forms shown with errors: every aria-describedby must point at help or error text on the page.
    page.goto("/staff/calendar/day/add/")
    page.get_by_label("日期").fill("2025-13-45")
    page.get_by_role("button", name="保存").click()
    assert page.locator(".errorlist").count() >= 1
    check_a11y(page, "holiday form with errors")
    page.goto(f"/staff/catalog/item/{docs.pk}/")
    page.locator("#id_name").fill("")
    page.get_by_role("button", name="保存").click()
    assert page.locator("#id_name_error").count() == 1
    check_a11y(page, "item form with errors")

    staff_login(page, "editor")
    page.goto(f"/staff/records/new/{docs.pk}/")
    check_a11y(page, "record form")
    date_box = page.locator("#id_formed_on")
    assert date_box.get_attribute("placeholder") == "YYYY-MM-DD"
    page.locator("#id_title").fill("")
    date_box.fill("2025-02-30")
    page.get_by_role("button", name="保存").click()
    assert page.locator("#id_title_error").count() == 1 and page.locator("#id_formed_on_error").count() == 1
    check_a11y(page, "record form with errors")
    described = page.evaluate("""() => [...document.querySelectorAll('[aria-describedby]')].flatMap(
        e => e.getAttribute('aria-describedby').split(/\\s+/)).filter(id => !document.getElementById(id))""")
    assert described == []
    # The date box keeps a visible focus ring, and the form fits a 320 px phone.
    date_box.focus()
    assert page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.set_viewport_size({"width": 320, "height": 700})
    for url in (f"/staff/records/new/{docs.pk}/", f"/staff/records/{site['records'][0].pk}/", "/staff/records/"):
        page.goto(url)
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 320, f"{url} is {width}px wide at a 320px viewport"
    shot(page, "staff-record-form-320px")


def test_the_record_form_cleans_a_word_paste_and_a_docx_body_shows_its_picture(page, site, staff):
    """The paste script and the DOCX preview under the CSP (the `page` fixture fails on any refusal)."""
    import re

    from zwgk.records import services
    from zwgk.records.models import Record
    from zwgk.records.tests.test_body_views import FIXTURES, make_docx

    staff_login(page, "editor")
    page.goto(f"/staff/records/new/{site['docs'].pk}/")
    body = page.locator("#id_body")
    body.fill("已经输入的第一段。\n\n已经输入的第二段。")
    body.evaluate("""(box, html) => {
        box.setSelectionRange(box.value.length, box.value.length);
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', '纯文本');
        box.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
    }""", (FIXTURES / "word_clipboard.html").read_text(encoding="utf-8"))
    page.wait_for_function("() => document.querySelector('#id_body').value.includes('<h3>')")
    value = body.input_value()
    assert "<p>已经输入的第一段。</p>" in value and "<table>" in value and "<li>" in value
    assert "mso" not in value and "仿宋" not in value and "纯文本" not in value
    assert "已粘贴并清理格式" in page.locator("#id_body_paste_status").inner_text()
    page.locator("#id_title").fill("职称评审通知")
    page.locator("#id_formed_on").fill("2025-03-03")
    page.locator("#id_body_docx").set_input_files(files=[{
        "name": "关于做好职称评审工作的通知.docx", "buffer": make_docx(),
        "mimeType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}])
    page.get_by_role("button", name="保存").click()
    page.wait_for_url("**/staff/records/body/docx/**")
    assert page.locator(".record-body h2").inner_text() == "关于做好职称评审工作的通知"
    check_a11y(page, "DOCX body preview")
    page.get_by_role("button", name="确认保存").click()
    page.wait_for_url(re.compile(r".*/staff/records/\d+/$"))
    assert page.locator(".record-body img").count() == 1
    assert page.evaluate("() => [...document.querySelectorAll('.record-body img')].every(i => i.complete && i.naturalWidth > 0)")
    check_a11y(page, "record with a DOCX body")
    record = Record.objects.get(title="职称评审通知")
    services.submit(record, staff["editor"], confirm_reason="测试")
    page.context.clear_cookies()
    staff_login(page, "reviewer")
    page.goto(f"/staff/records/{record.pk}/review/")
    assert page.locator(".review-content .record-body h2").count() == 1
    assert page.evaluate("() => [...document.querySelectorAll('.record-body img')].every(i => i.complete && i.naturalWidth > 0)")
    check_a11y(page, "review page with the record's content")
    page.set_viewport_size({"width": 320, "height": 700})
    page.reload()
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 320, f"the review page is {width}px wide at a 320px viewport"
