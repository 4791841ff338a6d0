"""The generator's output: a multiple-choice question with its provenance."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Source:
    """Where a question comes from: document name, sentence, and its offsets in the document."""

    document: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Question:
    """A multiple-choice question; ``options[answer_index]`` is the key."""

    stem: str
    options: tuple[str, ...]
    answer_index: int
    kind: str
    source: Source
    score: float
    flags: tuple[str, ...] = field(default=())

    @property
    def answer(self) -> str:
        """The key."""
        return self.options[self.answer_index]

    def to_dict(self) -> dict[str, Any]:
        """The question in the documented JSON schema."""
        data = asdict(self)
        data["options"] = list(self.options)
        data["flags"] = list(self.flags)
        data["score"] = round(self.score, 3)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        """Read a question back from the JSON schema."""
        return cls(
            stem=data["stem"],
            options=tuple(data["options"]),
            answer_index=data["answer_index"],
            kind=data["kind"],
            source=Source(**data["source"]),
            score=float(data["score"]),
            flags=tuple(data.get("flags", ())),
        )
