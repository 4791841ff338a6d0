"""The journey in a real headless browser (Debian's Chromium driven by Playwright)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from pages import TEACHER_CODE
from playwright.sync_api import Page, expect

SCREENSHOTS = os.environ.get("QUIZ_SCREENSHOTS")  # a folder (docs/) to keep the screenshots in
AXE = Path(__file__).parents[1] / "tools" / "axe" / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture
def accessible(page: Page):
    """Checks every page the test loads with axe-core (all its rules); fails on a violation."""
    if not AXE.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{AXE} is missing: `make axe` installs it from npm")
        pytest.skip("axe-core is missing: `make axe` installs it from npm")

    def check() -> None:
        page.add_script_tag(path=str(AXE))
        found = page.evaluate("async () => (await axe.run(document)).violations")
        problems = [
            f"{v['id']}: {v['help']} ({', '.join(n['target'][0] for n in v['nodes'][:3])})"
            for v in found
        ]
        assert not problems, f"{page.url}: " + "; ".join(problems)

    return check


def register(page: Page, url: str, name: str, role: str) -> None:
    page.goto(f"{url}/auth/register")
    page.get_by_label("Username").fill(name)
    page.get_by_label("Password", exact=True).fill("correct horse battery")
    page.get_by_label("Repeat the password").fill("correct horse battery")
    page.get_by_role("radio", name=role).check()
    if role == "teacher":
        page.get_by_label("Teacher code").fill(TEACHER_CODE)
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_text(f"{name} ({role})")).to_be_visible()


def shoot(page: Page, tmp_path: Path, name: str) -> None:
    folder = Path(SCREENSHOTS) if SCREENSHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / name), full_page=True)


def log_in(page: Page, url: str, name: str) -> None:
    page.goto(f"{url}/auth/login")
    page.get_by_label("Username").fill(name)
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Log in").click()


def test_journey_in_a_browser(
    page: Page, live_server: str, tmp_path: Path, short_text: str, accessible
) -> None:
    """A teacher makes a quiz and a class, a student joins with the code, the teacher assigns
    the quiz (one attempt, answers after the close), the student takes it and sees no answers,
    the teacher reads the gradebook and downloads its CSV."""
    page.set_viewport_size({"width": 420, "height": 900})  # a phone-sized window
    register(page, live_server, "tess", "teacher")
    accessible()  # the home page
    page.get_by_role("link", name="New quiz").click()
    accessible()
    page.get_by_label("Title").fill("Week 5: NATO")
    page.get_by_label("Paste a text").fill(short_text)
    page.get_by_label("Number of questions").fill("5")
    page.get_by_role("button", name="Make the questions").click()
    expect(page.get_by_text("questions generated")).to_be_visible()
    accessible()  # the review page
    nato = page.locator("ol.review > li", has_text="NATO was formed in")
    nato.get_by_role("link", name="Edit").click()
    accessible()
    page.get_by_label("Question").fill("How many countries founded NATO in 1949?")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("How many countries founded NATO in 1949?")).to_be_visible()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("Published: assign it to a class")).to_be_visible()

    # 1. The teacher creates a class.
    page.get_by_role("navigation").get_by_role("link", name="Classes").click()
    page.get_by_role("link", name="New class").click()
    accessible()
    page.get_by_label("Class name").fill("Year 9 History")
    page.get_by_role("button", name="Create the class").click()
    code = page.locator("strong.code").inner_text()
    page.get_by_role("button", name="Log out").click()

    # 2. A student joins with the code.
    register(page, live_server, "sam", "student")
    page.get_by_role("navigation").get_by_role("link", name="Classes").click()
    accessible()
    page.get_by_label("Join code").fill(code.lower())
    page.get_by_role("button", name="Join").click()
    expect(page.get_by_text("You joined “Year 9 History”.")).to_be_visible()
    page.get_by_role("button", name="Log out").click()

    # 3. The teacher assigns the quiz: one attempt, answers shown after the close date.
    log_in(page, live_server, "tess")
    page.get_by_role("navigation").get_by_role("link", name="My quizzes").click()
    page.get_by_role("link", name="Week 5: NATO", exact=True).click()
    page.get_by_role("link", name="Assign to classes").click()
    accessible()  # the assign form
    page.get_by_label("Year 9 History").check()
    page.get_by_label("Closes").fill("2099-06-30T17:00")
    page.get_by_label("Attempts allowed").fill("1")
    page.get_by_label("Show students the answers and sources").select_option("after_close")
    page.get_by_role("button", name="Assign").click()
    expect(page.get_by_text("Assigned to Year 9 History.")).to_be_visible()
    accessible()
    shoot(page, tmp_path, "screenshot-class.png")  # the class page: code, assignment, roster
    page.get_by_role("button", name="Log out").click()

    # 4. The student takes it and sees the score, not the answers.
    log_in(page, live_server, "sam")
    expect(page.get_by_role("heading", name="To do")).to_be_visible()
    accessible()  # the student's board
    page.get_by_role("link", name="Week 5: NATO").click()
    accessible()
    page.get_by_role("button", name="Start an attempt").click()
    accessible()  # the quiz page
    questions = page.locator("ol.questions > li")
    count = questions.count()
    assert 3 <= count <= 5
    for i in range(count):
        questions.nth(i).get_by_role("radio").first.check()
    shoot(page, tmp_path, "screenshot-quiz.png")
    page.get_by_role("button", name="Submit my answers").click()
    expect(page.get_by_text("Score:")).to_be_visible()
    assert re.search(rf"Score: (\d+) / {count}", page.locator("p.score").inner_text())
    expect(page.get_by_text("Answers and sources are shown after the quiz closes")).to_be_visible()
    assert page.get_by_text("Right answer").count() == 0
    accessible()  # the result
    page.go_back()  # the browser's back button: the page is asked again, nothing reopens
    page.get_by_role("link", name="Back to the assignment").click()
    expect(page.get_by_text("You have used all your attempts.")).to_be_visible()
    page.get_by_role("link", name="History", exact=True).click()
    expect(page.get_by_role("heading", name="Score history")).to_be_visible()
    expect(page.locator("svg.chart")).to_be_visible()
    accessible()
    shoot(page, tmp_path, "screenshot-history.png")
    page.get_by_role("button", name="Log out").click()

    # 5. The teacher reads the gradebook and downloads its CSV.
    log_in(page, live_server, "tess")
    page.get_by_role("navigation").get_by_role("link", name="Classes").click()
    page.get_by_role("link", name="Year 9 History").click()
    page.get_by_role("link", name="Gradebook").click()
    expect(page.get_by_role("rowheader", name="sam")).to_be_visible()
    accessible()
    shoot(page, tmp_path, "screenshot-gradebook.png")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download CSV").click()
    saved = tmp_path / download_info.value.suggested_filename
    download_info.value.save_as(saved)
    rows = saved.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("student,Week 5: NATO") and rows[1].startswith("sam,")


def test_export_and_import_in_a_browser(
    page: Page, live_server: str, tmp_path: Path, accessible
) -> None:
    """A teacher imports a GIFT file, downloads the quiz as Moodle XML, opens the worksheet."""
    page.set_viewport_size({"width": 420, "height": 900})
    register(page, live_server, "tina", "teacher")
    gift = tmp_path / "set.gift.txt"
    page.get_by_role("navigation").get_by_role("link", name="My quizzes").click()
    page.get_by_role("link", name="Import a question set").click()
    gift.write_text(
        "$CATEGORY: Capitals\n\n::Q1::Which city is the capital of Poland?{~Krakow =Warsaw ~Gdansk}"
        "\n\n::Q2::The sun is a star.{T}\n",
        encoding="utf-8",
    )
    accessible()  # the import page
    page.get_by_label("Question file").set_input_files(str(gift))
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_text("1 question imported as a draft. Left out: 1 with")).to_be_visible()
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
    accessible()  # the printable worksheet
    expect(page.get_by_text("Warsaw").first).to_be_visible()


def test_a_forgotten_password_in_a_browser(page: Page, live_server: str, accessible) -> None:
    """A teacher makes a reset code from the class page; the student sets a new password with
    it from the login page and logs in with that."""
    register(page, live_server, "rita", "teacher")
    page.get_by_role("navigation").get_by_role("link", name="Classes").click()
    page.get_by_role("link", name="New class").click()
    page.get_by_label("Class name").fill("Year 8 Science")
    page.get_by_role("button", name="Create the class").click()
    code = page.locator("strong.code").inner_text()
    page.get_by_role("button", name="Log out").click()
    register(page, live_server, "omar", "student")
    page.goto(f"{live_server}/classes/join/{code}")
    page.get_by_role("button", name="Join").click()
    page.get_by_role("button", name="Log out").click()

    log_in(page, live_server, "rita")
    page.get_by_role("navigation").get_by_role("link", name="Classes").click()
    page.get_by_role("link", name="Year 8 Science").click()
    page.get_by_role("button", name="Password reset code for omar").click()
    accessible()  # the code, shown once
    reset_code = page.locator("strong.code").inner_text()
    page.get_by_role("button", name="Log out").click()

    page.goto(f"{live_server}/auth/login")
    accessible()
    page.get_by_role("link", name="set a new password").click()
    accessible()
    page.get_by_label("Username").fill("omar")
    page.get_by_label("Reset code").fill(reset_code)
    page.get_by_label("New password").fill("my own new sentence")
    page.get_by_label("Repeat the password").fill("my own new sentence")
    page.get_by_role("button", name="Set the new password").click()
    expect(page.get_by_text("Your password is changed. Log in with it.")).to_be_visible()
    page.get_by_label("Username").fill("omar")
    page.get_by_label("Password").fill("my own new sentence")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_text("omar (student)")).to_be_visible()
    page.get_by_role("link", name="omar (student)").click()
    accessible()  # the account page
