"""Precision and recall of kg extract: on the seed article and on invented texts."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.extract import extract
from kg.extract.evaluation import Evaluation, SetEvaluation, compare, evaluate, evaluate_set, extraction_register
from kg.facts.article import load_article
from kg.facts.register import find_register, load_register
from tests.extract.fixtures import DEV_DIR, INVENTED, INVENTED_DIR, SEED, TEST_DIR


@pytest.fixture(scope="module")
def evaluations() -> dict[str, Evaluation]:
    register = extraction_register(None)
    return {folder.name: evaluate(folder / "facts.yaml", None, register) for folder in [SEED, *INVENTED]}


def test_seed_events_precision_and_recall(evaluations: dict[str, Evaluation]) -> None:
    events = evaluations[SEED.name].score("events")
    assert events.precision >= 0.8
    assert events.recall >= 0.8


def test_invented_texts_are_measured_and_printed(
    evaluations: dict[str, Evaluation], capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(INVENTED) >= 3
    correct = drafted = gold = 0
    for folder in INVENTED:
        evaluation = evaluations[folder.name]
        print(evaluation.table())
        events = evaluation.score("events")
        correct, drafted, gold = correct + events.correct, drafted + events.drafted, gold + events.gold
    print(f"invented texts, events: precision {correct / drafted:.2f}, recall {correct / gold:.2f}")
    assert "precision" in capsys.readouterr().out
    assert correct / drafted >= 0.7 and correct / gold >= 0.7


def test_a_worse_draft_scores_worse() -> None:
    register = load_register(find_register(SEED))
    gold = load_article(SEED, register)
    draft = extract(gold.text, gold.published_date, register, "report")
    full = compare(gold, register, draft)
    meetings = [e for e in draft.events if e.type == "Meeting"]
    wrong = dataclasses.replace(meetings[0], roles=[("agent", "armenia"), ("counterpart", "czech-republic")])
    worse = dataclasses.replace(draft, events=[e for e in draft.events if e.type != "Meeting"] + [wrong])
    scored = compare(gold, register, worse)
    assert scored.score("events").correct == full.score("events").correct - 3
    assert scored.score("events").drafted == full.score("events").drafted - 2
    assert "meeting-ilham-aliyev" in scored.missed


def test_evaluate_from_the_command_line() -> None:
    result = CliRunner().invoke(main, ["extract", "--evaluate", str(SEED / "facts.yaml"), str(SEED / "article.txt")])
    assert result.exit_code == 0, result.output
    assert "precision" in result.output and "events (exact)" in result.output


def test_evaluate_refuses_another_article(tmp_path: Path) -> None:
    other = INVENTED[0] / "article.txt"
    result = CliRunner().invoke(main, ["extract", "--evaluate", str(SEED / "facts.yaml"), str(other)])
    assert result.exit_code == 2 and "not the article of the gold facts" in result.output


# --- the evaluation sets of issue 11: dev (tuned on) and test (held out) -----------------


@pytest.fixture(scope="module")
def sets() -> dict[str, SetEvaluation]:
    register = extraction_register(None)
    return {"dev": evaluate_set(DEV_DIR, register), "test": evaluate_set(TEST_DIR, register)}


def test_the_sets_are_big_enough() -> None:
    assert len(list(DEV_DIR.glob("*/facts.yaml"))) >= 10
    assert len(list(TEST_DIR.glob("*/facts.yaml"))) == 5


def test_dev_figures_meet_the_targets(sets: dict[str, SetEvaluation], capsys: pytest.CaptureFixture[str]) -> None:
    dev = sets["dev"]
    print(dev.table())
    for name in ("entities", "events"):
        assert dev.score(name).recall >= 0.85, name
        assert dev.score(name).precision >= 0.9, name


def test_held_out_figures_do_not_regress(sets: dict[str, SetEvaluation]) -> None:
    """The first test set. First measured (README) at entities 0.91 / 0.94, events 0.89 / 0.89; the second
    round of rules was written knowing its misses, so the floors below guard today's figures of a seen set.
    """
    test = sets["test"]
    print(test.table())
    for name in ("entities", "events", "posts held"):
        assert test.score(name).precision >= 0.95 and test.score(name).recall >= 0.95, name


def test_evaluate_a_folder_from_the_command_line() -> None:
    result = CliRunner().invoke(main, ["extract", "--evaluate", str(TEST_DIR)])
    assert result.exit_code == 0, result.output
    assert "test: 5 articles" in result.output and "posts held" in result.output


def test_evaluate_an_empty_folder_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", "--evaluate", str(tmp_path)])
    assert result.exit_code == 2 and "no article folder with a facts.yaml" in result.output


def test_the_readme_shows_the_figures_as_printed(sets: dict[str, SetEvaluation]) -> None:
    readme = (SEED.parent.parent / "README.md").read_text(encoding="utf-8")
    for name, evaluation in sets.items():
        printed = "\n".join(line.rstrip() for line in evaluation.table().splitlines())
        assert printed in readme, f"README's {name} figures are not what kg extract --evaluate prints"


def test_second_held_out_figures_do_not_regress() -> None:
    """test2 (5 texts written blind to the rules, README). First measured at entities 0.89 / 0.80 and events
    0.85 / 0.77; seen since, and the floors guard today's figures (rounded down). Dates went from 0.91 to
    0.82 in round 8: what one who met says in reported speech now has the meeting's date, as the two blind
    round-8 dev batches (11 of their 24 date misses on arrival) and two older dev texts date it; test2's
    writer left two such statements undated.
    """
    test2 = evaluate_set(TEST_DIR.parent / "test2", extraction_register(None))
    print(test2.table())
    floors = {
        "entities": (0.95, 0.92),
        "posts held": (0.91, 0.91),
        "events": (1.0, 1.0),
        "events (exact)": (0.95, 0.95),
        "dates": (0.81, 0.81),
    }
    for row, (precision, recall) in floors.items():
        score = test2.score(row)
        assert score.precision >= precision and score.recall >= recall, (row, score)
    readme = (SEED.parent.parent / "README.md").read_text(encoding="utf-8")
    printed = "\n".join(line.rstrip() for line in test2.table().splitlines())
    assert printed in readme, "README's test2 figures are not what kg extract --evaluate prints"


# The held-out sets measured once each, with the rules frozen at the commit named: the floors guard what was
# measured (rounded down; test3's today's figures after the fourth round), so that a change that makes unseen
# text worse fails; the rules are never tuned on a set before it is measured. (precision, recall) per row.
MEASURED_ONCE = {
    # written blind, sealed until eb5c269: far from the target (events 13 of 22 drafted correct, of 24 gold)
    "test3": {"entities": (0.89, 0.8), "posts held": (0.87, 0.87), "events": (0.59, 0.54), "dates": (0.5, 0.45)},
    # the first with GUIDE.md, sealed until 6234505; its README table is what the command printed then
    "test4": {"entities": (0.91, 0.72), "posts held": (0.84, 0.78), "events": (0.56, 0.56), "dates": (0.37, 0.37)},
    # sealed until 139b839: the best held-out figure then, still short of the target
    "test5": {"entities": (0.87, 0.73), "posts held": (0.72, 0.66), "events": (0.93, 0.78), "dates": (0.87, 0.73)},
    # sealed at 8cc9ec2 until c93aa55
    "test6": {"entities": (0.97, 0.77), "posts held": (0.92, 0.76), "events": (0.89, 0.68), "dates": (0.68, 0.52)},
    # sealed at f34f519 until 0104fb6: the lowest figure of any held-out set
    "test7": {"entities": (0.82, 0.65), "posts held": (0.90, 0.75), "events": (0.63, 0.43), "dates": (0.63, 0.43)},
    # sealed at 1e4bf5c until 0fe865d: precision holds on new text (events 1.00), recall does not
    "test8": {"entities": (0.90, 0.69), "posts held": (0.72, 0.53), "events": (1.0, 0.62), "dates": (0.76, 0.48)},
    # sealed at 7b0b57b until ad3447a (one slip, disclosed in the README): events 1.00 / 0.70
    "test9": {"entities": (0.92, 0.85), "posts held": (0.84, 0.78), "events": (1.0, 0.69), "dates": (0.62, 0.43)},
    # sealed until 97933eb: events 0.70 / 0.58
    "test10": {"entities": (0.90, 0.71), "posts held": (0.80, 0.72), "events": (0.70, 0.58), "dates": (0.65, 0.54)},
    # sealed until 7a10202, measured with rounds 16-18's rules (no rule is written on its misses): events 0.82 / 0.64
    "test11": {"entities": (0.92, 0.76), "posts held": (0.92, 0.86), "events": (0.82, 0.63), "dates": (0.70, 0.54)},
    # sealed until 2130acc, measured with rounds 19-20's rules (no rule is written on its misses): events 0.87 / 0.90
    "test12": {"entities": (0.96, 0.89), "posts held": (0.90, 0.90), "events": (0.86, 0.89), "dates": (0.80, 0.82)},
    # sealed until fd0b9c4, measured with rounds 21-22's rules (no rule is written on its misses): events 0.97 / 0.84
    "test13": {"entities": (0.96, 0.86), "posts held": (0.95, 0.84), "events": (0.96, 0.83), "dates": (0.78, 0.67)},
}


@pytest.mark.parametrize("name", list(MEASURED_ONCE))
def test_a_held_out_set_as_measured_once(name: str) -> None:
    """Each held-out set no worse than when it was measured, and its figures in the README as printed today."""
    measured = evaluate_set(TEST_DIR.parent / name, extraction_register(None))
    print(measured.table())
    for row, (precision, recall) in MEASURED_ONCE[name].items():
        score = measured.score(row)
        assert score.precision >= precision and score.recall >= recall, (row, score)
    readme = (SEED.parent.parent / "README.md").read_text(encoding="utf-8")
    printed = "\n".join(line.rstrip() for line in measured.table().splitlines())
    assert printed in readme, f"README's {name} figures are not what kg extract --evaluate prints"


def test_a_holders_drafted_posts_are_paired_with_the_gold_posts_they_match_best() -> None:
    """Regression: two drafted posts of one holder were paired first come, first served, so the looser one
    took the gold post the closer one matched exactly (same country and organisation), and one was lost."""
    folder = TEST_DIR.parent / "test7" / "invented-2018-04-17-serbia-chief-of-general-staff-visit"
    scored = evaluate(folder / "facts.yaml", None, extraction_register(None))
    assert scored.score("posts held").correct == scored.score("posts held").gold == 4


@pytest.mark.parametrize("name", sorted(p.name for p in INVENTED_DIR.iterdir() if p.is_dir()))
def test_every_gold_set_conforms_to_the_shapes(name: str) -> None:
    """Regression: a dev gold file had a meeting of one participant (the commission alone), unseen for months."""
    from kg.build.assemble import build

    result = build([INVENTED_DIR / name], validator="turbo")
    assert result.report.conforms, str(result.report)
