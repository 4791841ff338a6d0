"""Text in, multiple-choice questions out: a pure pipeline with no web or database code."""

from quiz.generator.pipeline import generate
from quiz.generator.questions import Question, Source

__all__ = ["Question", "Source", "generate"]
