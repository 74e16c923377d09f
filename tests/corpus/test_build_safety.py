"""Corpus builds that survive careless use: output inside the input, two builds at once, a killed run,
a full disk, reruns, and partitionings that must not change who is who."""

from __future__ import annotations

import errno
import json
import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import build as build_module
from analysis.corpus import build_corpus, load_built_corpus, store
from analysis.corpus.synthetic import synthetic_articles, write_corpus
from analysis.errors import InputError


@pytest.fixture(scope="module")
def small_source(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("small")
    write_corpus(folder, synthetic_articles(8, seed=3), duplicates=1)
    (folder / "vide.txt").write_bytes(b"")
    return folder


def test_a_corpus_built_inside_its_input_folder_never_reads_its_own_output(small_source, tmp_path):
    source = tmp_path / "syn"
    source.mkdir()
    for f in small_source.iterdir():
        (source / f.name).write_bytes(f.read_bytes())
    first = build_corpus(source, source / "built", workers=0, progress=False)
    again = build_corpus(source, source / "built", workers=0, progress=False)
    assert first.articles == again.articles == 8 and first.failed == again.failed == 0
    assert again.processed == 0 and again.skipped == 8 and again.load_errors == 1
    assert len(load_built_corpus(source / "built").articles) == 8


def test_output_folder_equal_to_an_input_folder_is_refused(small_source):
    with pytest.raises(InputError, match="output folder is also an input"):
        build_corpus(small_source, small_source, workers=0, progress=False)


def test_rerun_replaces_the_load_errors_and_duplicates_tables(small_source, tmp_path):
    build_corpus(small_source, tmp_path, workers=0, progress=False)
    build_corpus(small_source, tmp_path, workers=0, progress=False)
    corpus = load_built_corpus(tmp_path)
    assert len(corpus.errors[corpus.errors["stage"] == "load"]) == 1
    assert len(corpus.duplicates) == 1


_HOLD_LOCK = """
import sys, time
from analysis.corpus.lock import BuildLock
with BuildLock(sys.argv[1]):
    print("locked", flush=True)
    time.sleep(60)
"""


def test_a_second_build_into_the_same_folder_is_refused_while_the_first_runs(small_source, tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_LOCK, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(InputError, match=rf"another build \(pid {holder.pid}.*is writing to"):
            build_corpus(small_source, tmp_path, workers=0, partition_size=3, progress=False)
        assert not (tmp_path / "articles").exists()
    finally:
        holder.kill()
        holder.wait()
    report = build_corpus(small_source, tmp_path, workers=0, progress=False)  # the lock died with its holder
    assert report.processed == 8


_KILLED_BUILD = """
import os, signal, sys
from analysis.corpus import build as b
real = b.process_partition
calls = []
def dying(part, **kw):
    calls.append(1)
    if len(calls) == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(part, **kw)
b.process_partition = dying
b.build_corpus(sys.argv[1], sys.argv[2], workers=0, partition_size=3, progress=False)
"""


def test_a_killed_run_is_recorded_as_killed_not_running(small_source, tmp_path):
    done = subprocess.run([sys.executable, "-c", _KILLED_BUILD, str(small_source), str(tmp_path)], check=False)
    assert done.returncode == -signal.SIGKILL
    assert store.read_manifest(tmp_path)["runs"][-1]["status"] == "running"  # what the dead process left
    assert store.run_status(tmp_path) == "killed"  # what readers are told: no process holds the folder
    report = build_corpus(small_source, tmp_path, workers=0, partition_size=3, progress=False)
    runs = store.read_manifest(tmp_path)["runs"]
    assert [r["status"] for r in runs] == ["killed", "complete"] and "ended without finishing" in runs[0]["note"]
    assert report.skipped == 3 and report.processed == 5


_write_table = store.pq.write_table


def _disk_full(table, where, *args, **kwargs):
    """The disk fills up once the first token table is being written."""
    if "tokens" in str(where):
        raise OSError(errno.ENOSPC, "No space left on device")
    return _write_table(table, where, *args, **kwargs)


def test_disk_full_in_process_fails_fast_with_a_clean_message_and_a_truthful_manifest(small_source, tmp_path,
                                                                                       monkeypatch, capsys):
    from analysis.__main__ import main

    calls = []
    real = build_module.process_partition
    monkeypatch.setattr(build_module, "process_partition", lambda part, **kw: calls.append(1) or real(part, **kw))
    monkeypatch.setattr(store.pq, "write_table", _disk_full)
    code = main(["corpus", "build", str(small_source), "--out", str(tmp_path), "--workers", "0", "--no-progress",
                 "--partition-size", "3"])
    err = capsys.readouterr().err
    assert code == 1 and "No space left on device" in err and "Traceback" not in err
    assert len(calls) <= 1  # no retry in halves
    run = store.read_manifest(tmp_path)["runs"][-1]
    assert run["status"] == "failed" and "No space left on device" in run["error"]


@pytest.mark.slow
def test_disk_full_on_dask_workers_fails_fast(small_source, tmp_path, monkeypatch):
    from distributed import LocalCluster

    from analysis.errors import OutputError

    calls = []
    real = build_module.process_partition
    monkeypatch.setattr(build_module, "process_partition", lambda part, **kw: calls.append(1) or real(part, **kw))
    monkeypatch.setattr(store.pq, "write_table", _disk_full)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address="127.0.0.1:0") as cluster, \
            pytest.raises(OutputError, match="No space left on device"):
        build_corpus(small_source, tmp_path, scheduler=cluster.scheduler_address, write_on_workers=True,
                     partition_size=1, progress=False)
    assert len(calls) <= 4  # the partitions in flight at most: no re-run in halves
    assert store.read_manifest(tmp_path)["runs"][-1]["status"] == "failed"


def test_speaker_ids_do_not_depend_on_the_partitioning(tmp_path):
    articles = synthetic_articles(12, seed=31)
    quotes = {}
    for size in (3, 12):
        build_corpus(articles, tmp_path / str(size), workers=0, partition_size=size, dedup=False, progress=False)
        corpus = load_built_corpus(tmp_path / str(size))
        quotes[size] = corpus.quotes.set_index(["doc_id", "quote_id"]).sort_index()[["speaker_kind", "speaker_id"]]
        speakers = corpus.speakers
        assert set(speakers["speaker_id"]) == set(corpus.quotes["speaker_id"].dropna())
    pd.testing.assert_frame_equal(quotes[3], quotes[12])
    assert "nadia-benali" in set(quotes[3]["speaker_id"])


def test_a_lone_surname_is_the_same_person_whatever_the_partitioning(tmp_path):
    articles = pd.DataFrame({"doc_id": ["a1", "a2"], "path": ["a1", "a2"], "text": [
        "Le président du Conseil européen, Charles Michel, a reçu mardi les dirigeants des Vingt-Sept à Bruxelles.\n"
        "« Nous devons avancer ensemble », a déclaré Charles Michel.\n",
        "Les discussions ont repris mercredi à Bruxelles sur le budget de l'Union.\n"
        "« L'accord est proche », a affirmé Michel devant la presse.\n"]})
    found = []
    for size in (1, 2):
        build_corpus(articles, tmp_path / str(size), workers=0, partition_size=size, dedup=False, progress=False)
        quotes = load_built_corpus(tmp_path / str(size)).quotes.sort_values("quote_id")
        found.append(quotes[["speaker_kind", "speaker_id"]].to_numpy().tolist())
    assert found[0] == found[1]


def test_info_tells_the_status_of_the_last_run(small_source, tmp_path, capsys):
    from analysis.__main__ import main

    build_corpus(small_source, tmp_path, workers=0, progress=False)
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["generator"] == "analysis corpus build"
    assert main(["corpus", "info", str(tmp_path)]) == 0
    assert '"status": "complete"' in capsys.readouterr().out


def test_skipped_files_and_dropped_duplicates_are_reported_once(small_source, tmp_path, caplog):
    with caplog.at_level("WARNING", logger="analysis"):
        build_corpus(small_source, tmp_path, workers=0, progress=False)
    messages = [r.getMessage() for r in caplog.records]
    assert sum("vide.txt" in m for m in messages) == 1
    assert sum("dropped near-duplicate" in m for m in messages) == 1


def test_the_lock_is_released_after_a_build(small_source, tmp_path):
    build_corpus(small_source, tmp_path, workers=0, progress=False)
    from analysis.corpus.lock import is_locked

    assert not is_locked(tmp_path)


def test_an_output_error_travels_back_from_a_worker_intact():
    import pickle

    from analysis.errors import OutputError

    error = pickle.loads(pickle.dumps(OutputError("/data/built", "cannot write the corpus (No space left on device)")))
    assert (error.path, error.reason) == ("/data/built", "cannot write the corpus (No space left on device)")
    assert str(error) == "/data/built: cannot write the corpus (No space left on device)"


def test_a_broken_speaker_stage_leaves_a_complete_build_without_speaker_columns(small_source, tmp_path, monkeypatch):
    import analysis.pipeline

    def broken(*_args, **_kwargs):
        raise RuntimeError("speaker stage broken")

    monkeypatch.setattr(analysis.pipeline, "resolve", broken)
    report = build_corpus(small_source, tmp_path, workers=0, progress=False)
    assert report.processed > 0
    built = load_built_corpus(tmp_path)
    assert len(built.quotes) > 0 and "speaker_id" not in built.quotes.columns
    assert "speakers" in set(built.errors["stage"])
