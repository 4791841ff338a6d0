"""A printable worksheet: one HTML page, questions first, the answer key on a page of its own."""

from __future__ import annotations

from html import escape

from quiz.formats.model import LETTERS, QuestionSet, one_line

STYLE = """
body { font-family: Georgia, "Times New Roman", serif; max-width: 44rem; margin: 2rem auto;
       line-height: 1.45; color: #000; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; }
.name { margin: 1rem 0 2rem; } .name span { display: inline-block; min-width: 16rem;
        border-bottom: 1px solid #000; }
ol.questions > li { margin-bottom: 1.1rem; break-inside: avoid; page-break-inside: avoid; }
ol.options { list-style: upper-alpha; margin: .3rem 0 0 1.2rem; }
.key { break-before: page; page-break-before: always; }
.key li { margin-bottom: .3rem; }
.source { color: #444; font-size: .9rem; }
@media print { body { margin: 0; max-width: none; } @page { margin: 2cm; } }
"""


def export(question_set: QuestionSet) -> str:
    """The set as a standalone HTML worksheet (print it, or save it as PDF)."""
    title = escape(one_line(question_set.title) or "Quiz")
    items = []
    for question in question_set.questions:
        options = "".join(f"<li>{escape(one_line(o))}</li>" for o in question.options)
        items.append(
            f'<li><p>{escape(one_line(question.stem))}</p><ol class="options">{options}</ol></li>'
        )
    key = []
    for question in question_set.questions:
        answer = question.options[question.answer_index]
        source = question.source.sentence
        note = f' <span class="source">({escape(one_line(source))})</span>' if source else ""
        key.append(
            f"<li><strong>{LETTERS[question.answer_index]}</strong> "
            f"{escape(one_line(answer))}{note}</li>"
        )
    newline = "\n"
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n"
        f'<h1>{title}</h1>\n<p class="name">Name: <span></span></p>\n'
        f'<ol class="questions">\n{newline.join(items)}\n</ol>\n'
        f'<section class="key">\n<h2>Answer key: {title}</h2>\n<ol>\n{newline.join(key)}\n</ol>\n'
        "</section>\n</main>\n</body>\n</html>\n"
    )
