"""Text in, multiple-choice questions out: a pure pipeline with no web or database code."""

from quiz.generator.pipeline import Generation, generate, run
from quiz.generator.questions import Question, Source

__all__ = ["Generation", "Question", "Source", "generate", "run"]
