"""The journey in a real headless browser (Debian's Chromium driven by Playwright)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from playwright.sync_api import Page, expect

SCREENSHOTS = os.environ.get("QUIZ_SCREENSHOTS")  # a folder (docs/) to keep the screenshots in


def register(page: Page, url: str, name: str, role: str) -> None:
    page.goto(f"{url}/auth/register")
    page.get_by_label("Username").fill(name)
    page.get_by_label("Password", exact=True).fill("correct horse battery")
    page.get_by_label("Repeat the password").fill("correct horse battery")
    page.get_by_label(role).check()
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_text(f"{name} ({role})")).to_be_visible()


def shoot(page: Page, tmp_path: Path, name: str) -> None:
    folder = Path(SCREENSHOTS) if SCREENSHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / name), full_page=True)


def test_journey_in_a_browser(
    page: Page, live_server: str, tmp_path: Path, short_text: str
) -> None:
    page.set_viewport_size({"width": 420, "height": 900})  # a phone-sized window
    register(page, live_server, "tess", "teacher")
    page.get_by_role("link", name="New quiz").click()
    page.get_by_label("Title").fill("Week 5: NATO")
    page.get_by_label("Paste a text").fill(short_text)
    page.get_by_label("Number of questions").fill("5")
    page.get_by_role("button", name="Make the questions").click()
    expect(page.get_by_text("questions generated")).to_be_visible()

    nato = page.locator("ol.review > li", has_text="NATO was formed in")
    nato.get_by_role("link", name="Edit").click()
    page.get_by_label("Question").fill("How many countries founded NATO in 1949?")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("How many countries founded NATO in 1949?")).to_be_visible()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("Published: students can take it now.")).to_be_visible()
    page.get_by_role("button", name="Log out").click()

    register(page, live_server, "sam", "student")
    page.get_by_role("link", name="Week 5: NATO").click()
    questions = page.locator("ol.questions > li")
    count = questions.count()
    assert 3 <= count <= 5
    for i in range(count):
        questions.nth(i).get_by_role("radio").first.check()
    shoot(page, tmp_path, "screenshot-quiz.png")
    page.get_by_role("button", name="Submit my answers").click()
    expect(page.get_by_text("Score:")).to_be_visible()
    score = re.search(rf"Score: (\d+) / {count}", page.locator("p.score").inner_text())
    assert score is not None

    page.go_back()  # the browser's back button: the page is asked again, no attempt is started
    expect(page.get_by_text("You took this quiz on")).to_be_visible()
    page.get_by_role("button", name="Start a new attempt").click()  # a second attempt, asked for
    for i in range(count):
        questions.nth(i).get_by_role("radio").last.check()
    page.get_by_role("button", name="Submit my answers").click()
    expect(page.get_by_text("Score:")).to_be_visible()

    page.get_by_role("link", name="History", exact=True).click()
    expect(page.get_by_role("heading", name="Score history")).to_be_visible()
    expect(page.locator("svg.chart")).to_be_visible()
    assert page.locator("table").last.locator("tbody tr").count() == 2  # back counted nothing
    shoot(page, tmp_path, "screenshot-history.png")
    page.get_by_role("button", name="Log out").click()

    page.goto(f"{live_server}/auth/login")
    page.get_by_label("Username").fill("tess")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="My quizzes").click()
    page.get_by_role("link", name="Statistics").first.click()
    expect(page.get_by_text("2 submitted attempts")).to_be_visible()
    expect(page.get_by_role("cell", name="sam").first).to_be_visible()


def test_export_and_import_in_a_browser(page: Page, live_server: str, tmp_path: Path) -> None:
    """A teacher imports a GIFT file, downloads the quiz as Moodle XML, opens the worksheet."""
    page.set_viewport_size({"width": 420, "height": 900})
    register(page, live_server, "tina", "teacher")
    gift = tmp_path / "set.gift.txt"
    page.get_by_role("link", name="My quizzes").click()
    page.get_by_role("link", name="Import a question set").click()
    gift.write_text(
        "$CATEGORY: Capitals\n\n::Q1::Which city is the capital of Poland?{~Krakow =Warsaw ~Gdansk}"
        "\n\n::Q2::The sun is a star.{T}\n",
        encoding="utf-8",
    )
    page.get_by_label("Question file").set_input_files(str(gift))
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_text("1 question imported as a draft. 1 other question was")).to_be_visible()
    expect(page.get_by_role("heading", name="Capitals")).to_be_visible()

    page.get_by_text("Export or print").click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Moodle XML").click()
    download = download_info.value
    assert download.suggested_filename == "capitals.xml"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert "Which city is the capital of Poland?" in saved.read_text(encoding="utf-8")

    page.get_by_role("link", name="Printable worksheet").click()
    expect(page.get_by_role("heading", name="Answer key: Capitals")).to_be_visible()
    expect(page.get_by_text("Warsaw").first).to_be_visible()
