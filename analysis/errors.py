"""Exceptions users see. Each names the file (or input) and says what is wrong with it."""

from __future__ import annotations

from pathlib import Path


class AnalysisError(Exception):
    """Base class for every error the suite raises on purpose."""


class InputError(AnalysisError):
    """An input file or value cannot be used; the message names it and says why."""

    def __init__(self, path: str | Path | None, reason: str) -> None:
        self.path = str(path) if path is not None else None
        self.reason = reason
        where = f"{self.path}: " if self.path else ""
        super().__init__(f"{where}{reason}")


class MissingInputError(InputError, FileNotFoundError):
    """The path does not exist."""


class EmptyInputError(InputError):
    """The file exists but holds no text."""


class DecodingError(InputError):
    """The file is binary or in an encoding that cannot be read without producing garbage."""


class UnsupportedFormatError(InputError):
    """The file extension is not one the loaders read."""


class MissingColumnError(InputError):
    """A table has no column that could hold the article text."""


class ModelNotInstalledError(AnalysisError):
    """The requested spaCy model package is not installed."""


class OutputError(AnalysisError):
    """An output cannot be written (disk full, read-only folder, no permission); the message names it."""

    def __init__(self, path: str | Path | None, reason: str) -> None:
        self.path = str(path) if path is not None else None
        self.reason = reason
        super().__init__(f"{self.path}: {reason}" if self.path else reason)

    def __reduce__(self) -> tuple[type, tuple[str | None, str]]:
        return type(self), (self.path, self.reason)  # travels back from Dask workers intact


class BuildInProgressError(InputError):
    """Another build is writing to the same output folder."""
