"""Synthetic French news corpora, from the project's own invented material.

Benchmarks need a million words, tests and the corpus notebook a few dozen articles across
outlets and weeks; neither may use third-party text. Articles are assembled from sentence
templates in ``analysis/data/synthetic_news.json`` (fictional outlets, speakers and places):
narrative sentences, direct quotes, indirect quotes and « selon » attributions, in proportions
close to wire copy. The same seed always gives the same corpus.
"""

from __future__ import annotations

import csv
import functools
import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from analysis import config
from analysis.fr.grammar import ASPIRATED_H_STARTS, CONTRACTIONS

DATA_FILE = "synthetic_news.json"
ATTRIBUTION_SHARE = 0.5
"""Share of sentences that carry an attribution (direct, indirect or « selon »)."""


@functools.lru_cache(maxsize=1)
def material() -> dict[str, Any]:
    """The invented outlets, speakers, topics and sentence templates."""
    return json.loads(config.data_file(DATA_FILE).read_text(encoding="utf-8"))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Writer:
    """Fills templates for one article: a topic, a place, a few speakers."""

    def __init__(self, rng: np.random.Generator, topic: dict[str, str], speakers: list[dict[str, str]]) -> None:
        self.rng = rng
        self.data = material()
        self.topic = topic
        self.speakers = speakers
        self.place = self.pick(self.data["places"])
        self.last: dict[str, str] | None = None

    def pick(self, items: list[Any]) -> Any:
        return items[int(self.rng.integers(len(items)))]

    def claim(self) -> str:
        return self.pick(self.data["claims"]).format(thing=self.topic["thing"])

    def fill(self, template: str, speaker: dict[str, str]) -> str:
        claim, claim2 = self.claim(), self.claim()
        pronoun = "elle" if speaker["gender"] == "f" else "il"
        values = {
            "speaker": self.pick([speaker["name"], speaker["short"], speaker["role"]]),
            "name": speaker["name"], "Name": speaker["name"], "short": speaker["short"], "Short": speaker["short"],
            "role": speaker["role"], "Role": _cap(speaker["role"]), "pronoun": pronoun, "Pronoun_cap": _cap(pronoun),
            "claim": claim, "Claim": _cap(claim), "claim2": claim2, "Claim2": _cap(claim2),
            "place": self.place, "day": self.pick(self.data["days"]), "subject": self.topic["subject"],
            "number": str(int(self.rng.integers(2, 900))), "percent": str(int(self.rng.integers(2, 40))),
            "month": self.pick(self.data["months"]),
        }
        return template.format(**values)

    def sentence(self) -> str:
        if self.rng.random() >= ATTRIBUTION_SHARE:
            return _elide(self.fill(self.pick(self.data["narrative"]), self.speakers[0]))
        kind = self.pick(["direct", "direct", "indirect", "indirect", "selon"])
        template = self.pick(self.data[kind])
        speaker = self.pick(self.speakers)
        if not _NAMES_SPEAKER.search(template):  # « a-t-il ajouté »: the speaker named just before
            if self.last is None:
                template = self.pick([t for t in self.data[kind] if _NAMES_SPEAKER.search(t)])
            else:
                speaker = self.last
        self.last = speaker
        return _elide(self.fill(template, speaker))


_NAMES_SPEAKER = re.compile(r"\{(?:speaker|name|Name|short|Short|role|Role)\}")
_ELISION = re.compile(r"\b([Qq]ue|[Dd]e|[Ll]e|[Jj]e) (?=[aeiouéèêhAEIOUÉ])")


def _elide(text: str) -> str:
    """« que il » → « qu'il », « de une » → « d'une » (templates filled blindly need it)."""
    def repl(m: re.Match[str]) -> str:
        following = text[m.end():m.end() + 6].lower()
        if following.startswith(ASPIRATED_H_STARTS):
            return m.group(0)
        word = m.group(1)
        return ("qu'" if word.lower() == "que" else word[0] + "'") if word[0].islower() else (
            "Qu'" if word == "Que" else word[0] + "'")
    text = _ELISION.sub(repl, text)
    for separate, contracted in CONTRACTIONS:
        text = text.replace(f" {separate} ", f" {contracted} ")
    return text


def synthetic_articles(
    n_articles: int | None = None,
    *,
    words: int | None = None,
    seed: int = 0,
    start: str = "2022-01-03",
    days: int = 120,
    paragraphs: tuple[int, int] = (9, 16),
) -> pd.DataFrame:
    """An articles frame of invented news (give ``n_articles`` or a total of ``words``).

    Columns: doc_id, path, text, title, outlet, date, language, encoding, dateline, updated,
    body_start, rubrique, author. One paragraph per line, one to three sentences each.
    """
    if n_articles is None and words is None:
        raise ValueError("give n_articles or words")
    data = material()
    rng = np.random.default_rng(seed)
    origin = pd.Timestamp(start)
    rows: list[dict[str, Any]] = []
    total = 0
    while (n_articles is not None and len(rows) < n_articles) or (n_articles is None and total < (words or 0)):
        topic = data["topics"][int(rng.integers(len(data["topics"])))]
        chosen = rng.choice(len(data["speakers"]), size=int(rng.integers(2, 5)), replace=False)
        writer = _Writer(rng, topic, [data["speakers"][int(i)] for i in chosen])
        n_par = int(rng.integers(paragraphs[0], paragraphs[1] + 1))
        text = "\n".join(" ".join(writer.sentence() for _ in range(int(rng.integers(1, 4)))) for _ in range(n_par))
        k = len(rows)
        outlet = data["outlets"][int(rng.integers(len(data["outlets"])))]
        rows.append({
            "doc_id": f"synth-{seed}-{k:06d}", "path": f"synthetic://{seed}/{k:06d}", "text": text,
            "title": topic["title"].format(place=writer.place), "outlet": outlet,
            "date": origin + pd.Timedelta(days=int(rng.integers(days))), "language": "fr", "encoding": "utf-8",
            "dateline": "", "updated": None, "body_start": 0,
            "rubrique": data["rubriques"][int(rng.integers(len(data["rubriques"])))],
            "author": "",
        })
        total += len(text.split())
    frame = pd.DataFrame(rows)
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


def word_count(texts: pd.Series) -> int:
    """Words as benchmarks count them: white-space separated."""
    return int(texts.str.split().str.len().sum())


def write_corpus(
    directory: str | Path,
    articles: pd.DataFrame,
    *,
    duplicates: int = 0,
    seed: int = 0,
) -> list[Path]:
    """Write ``articles`` as .txt files plus a metadata.csv the loaders read.

    ``duplicates`` extra files re-run existing stories in another outlet with a changed
    opening line (what near-duplicate removal should catch).
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed + 1)
    rows = articles[["doc_id", "text", "title", "outlet", "date", "rubrique"]].to_dict("records")
    outlets = material()["outlets"]
    for n in range(duplicates):
        source = dict(rows[int(rng.integers(len(articles)))])
        lines = source["text"].split("\n")
        lines[0] = "Reprise d'une dépêche de l'agence. " + lines[0]
        source.update(doc_id=f"{source['doc_id']}-reprise-{n}", text="\n".join(lines),
                      outlet=outlets[(outlets.index(source["outlet"]) + 1) % len(outlets)])
        rows.append(source)
    paths = []
    with (directory / "metadata.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "doc_id", "title", "outlet", "date", "rubrique"])
        for row in rows:
            path = directory / f"{row['doc_id']}.txt"
            path.write_text(row["text"] + "\n", encoding="utf-8")
            paths.append(path)
            writer.writerow([path.name, row["doc_id"], row["title"], row["outlet"],
                             pd.Timestamp(row["date"]).date().isoformat(), row["rubrique"]])
    return paths


def demo_corpus(out_dir: str | Path, *, n_articles: int = 48, model: str | None = None, seed: int = 7) -> Any:
    """A small built corpus of invented articles (six outlets, four months) for notebooks and tests.

    Writes the articles under ``out_dir/source`` (with two re-run copies for the duplicate
    report) and builds them into ``out_dir/built`` in this process; returns the
    :class:`analysis.corpus.store.BuiltCorpus`. A second call reuses what is there.
    """
    from analysis.corpus.build import open_corpus

    out_dir = Path(out_dir)
    source = out_dir / "source"
    if not (source / "metadata.csv").exists():
        write_corpus(source, synthetic_articles(n_articles, seed=seed), duplicates=2, seed=seed)
    return open_corpus(source, out_dir / "built", workers=0, model=model, progress=False)
