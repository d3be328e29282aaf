"""The fuzz harness (bench/fuzz.py) in CI: a fixed-seed run of every target and the committed corpus.

Every case must be accepted or refused with the importer's own error, and a refused one must leave
the database exactly as it was. tests/fuzz_corpus/<target>/<flags>-<what>.bin holds inputs that once
crashed an importer (found by `bench/fuzz.py`), so those crashes stay fixed.
"""
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CASES_PER_TARGET = 25
SEED = 20261202

_spec = importlib.util.spec_from_file_location("zwgk_bench_fuzz", ROOT / "bench" / "fuzz.py")
fuzz = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = fuzz  # dataclasses look their module up there
_spec.loader.exec_module(fuzz)

TARGET_NAMES = ["catalog-text", "catalog-xlsx", "catalog-docx", "catalog-csv", "catalog-json", "records-json",
                "records-csv", "records-xlsx", "applications-api", "applications-form", "docx-body", "body-html",
                "notice"]
# Any text is a body (typed or HTML): this target has no error path, only the saved-twice check.
NEVER_REFUSED = {"body-html"}
_targets = {}


@pytest.fixture
def world(db):
    w = fuzz.World()
    if not _targets:  # the base inputs depend only on the seed catalog: build them once
        _targets.update(fuzz.build_targets(w))
    yield w
    w.close()


def test_the_harness_knows_every_target_named_here(world):
    assert sorted(_targets) == sorted(TARGET_NAMES)


@pytest.mark.parametrize("name", TARGET_NAMES)
def test_a_fixed_seed_run_finds_no_crash(world, name):
    stats = fuzz.fuzz_target(world, _targets[name], CASES_PER_TARGET, SEED, crash_dir=None)

    assert stats.crashes == 0, stats.crash_details
    assert stats.cases == CASES_PER_TARGET
    if name not in NEVER_REFUSED:
        assert stats.rejected > 0  # the mutations do reach the error paths


def test_the_committed_corpus_replays_without_a_crash(world):
    results = fuzz.replay(world, _targets)

    assert sum(len(v) for v in results.values()) >= 4
    crashes = [(target, name, o.detail) for target, rows in results.items() for name, o in rows if o.kind == "crash"]
    assert crashes == []


def test_a_rejected_import_that_writes_is_reported_as_a_crash(world):
    """The harness's own check: an importer that raises its documented error after writing is caught."""
    from zwgk.catalog.formats import CatalogImportError
    from zwgk.catalog.models import Unit

    def importer(agency):
        Unit.objects.create(agency=agency, name="半途写入的单位")
        raise CatalogImportError("天数过大", row=3, column="公开时限")

    def writes_then_refuses(w, data, flags):  # shaped like the harness's catalog runner
        try:
            importer(w.agency)
        except CatalogImportError as exc:
            return fuzz.Outcome("rejected", str(exc))

    outcome = fuzz.run_case(world, fuzz.Target("bad", writes_then_refuses, None), b"x")

    assert outcome.kind == "crash" and "changed the database" in outcome.detail
    assert not Unit.objects.filter(name="半途写入的单位").exists()  # the harness rolled it back


def test_an_undocumented_exception_or_an_empty_message_is_a_crash(world):
    def raises(exc):
        def run(w, data, flags):
            raise exc
        return fuzz.Target("t", run, None, db=False)

    def empty_message(w, data, flags):
        fuzz._check_message("  ")

    assert fuzz.run_case(world, raises(KeyError("x")), b"").kind == "crash"
    assert fuzz.run_case(world, fuzz.Target("t", empty_message, None, db=False), b"").kind == "crash"
    assert fuzz.run_case(world, _targets["notice"], "2025年\n一、春节：1月40日放假".encode()).kind == "rejected"


@pytest.mark.parametrize("name", ["applications-api", "applications-form"])
def test_a_valid_application_is_accepted(world, name):
    """The form target recognises the receipt page by its heading; a valid base input must get one."""
    outcome = fuzz.run_case(world, _targets[name], fuzz._application_bases()[0])

    assert outcome.kind == "accepted", outcome.detail
