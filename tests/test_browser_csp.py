"""The site under its own Content Security Policy in a real browser: no page needs what the
policy forbids (tests/test_browser.py bypasses the policy to give pages axe-core's script)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from test_browser import register


@pytest.fixture
def strict_page(browser: Browser) -> Iterator[tuple[Page, list[str]]]:
    """A page that keeps the site's policy, and the violations the browser reports."""
    context = browser.new_context(bypass_csp=False)
    page = context.new_page()
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    yield page, violations
    context.close()


def styled(page: Page) -> bool:
    """Whether the site's stylesheet applies (it sets the system's font), waiting for it as a
    reader would: right after a redirect the page may not have applied it yet (a CI run saw
    that once)."""
    try:
        page.wait_for_function(
            "getComputedStyle(document.body).fontFamily.startsWith('system-ui')", timeout=5000
        )
    except PlaywrightTimeout:
        return False
    return True


def test_every_page_works_under_the_policy(strict_page, live_server: str, short_text) -> None:
    """A teacher makes, edits and publishes a quiz, prints its worksheet and shares it; a
    student takes it: no page asks for anything the policy refuses."""
    page, violations = strict_page
    register(page, live_server, "cleo", "teacher")
    assert styled(page)
    page.get_by_role("link", name="New quiz").click()
    page.get_by_label("Title").fill("Policy")
    page.get_by_label("Paste a text").fill(short_text)
    page.get_by_label("Number of questions").fill("3")
    page.get_by_role("button", name="Make the questions").click()
    expect(page.get_by_text("questions generated")).to_be_visible()
    page.locator("ol.review > li").first.get_by_role("link", name="Edit").click()
    page.get_by_label("Question").fill("Which alliance was formed in 1949?")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Question saved.")).to_be_visible()
    page.get_by_role("button", name="Publish").click()
    page.get_by_role("button", name="Share by link").click()
    link = page.locator("a[href*='/q/']").first.get_attribute("href")
    page.get_by_text("Export or print").click()
    page.get_by_role("link", name="Printable worksheet").click()
    expect(page.get_by_role("heading", name="Answer key: Policy")).to_be_visible()
    page.go_back()
    page.get_by_role("link", name="Statistics").click()
    page.get_by_role("button", name="Log out").click()

    register(page, live_server, "cody", "student")
    page.goto(f"{live_server}{link}" if link.startswith("/") else link)
    assert styled(page)
    for question in page.locator("ol.questions > li").all():
        question.get_by_role("radio").first.check()
    page.get_by_role("button", name="Submit my answers").click()
    expect(page.get_by_text("Score:")).to_be_visible()
    page.get_by_role("link", name="History", exact=True).click()
    expect(page.locator("svg.chart")).to_be_visible()
    assert violations == []
