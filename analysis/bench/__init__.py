"""Benchmarks that print numbers: ``python -m analysis.bench <quotes|speakers|sentiment|keywords|lexico|pipeline|all>``.

Each benchmark is a module here with ``main(argv: list[str]) -> int``. Speed and accuracy
targets are measured here, never in timed unit tests. Benchmarks that need third-party
material from ../shared skip with a message when it is absent.
"""

BENCHMARKS: tuple[str, ...] = ("quotes", "speakers", "sentiment", "keywords", "lexico", "pipeline")
