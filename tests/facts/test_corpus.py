import shutil
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.facts.corpus import article_folders, corpus_folders

SEED = "report-2025-12-04-coaker-baku"


def test_a_corpus_folder_names_its_article_folders(corpus: Path) -> None:
    (corpus / ".kg-cache" / "x").mkdir(parents=True)  # hidden folders are not searched
    (corpus / ".kg-cache" / "x" / "facts.yaml").write_text("events: {}\n")
    folders, register = corpus_folders([corpus])
    assert [f.name for f in folders] == [SEED]
    assert register == corpus / "entities.yaml"


def test_paths_may_be_fact_files_and_repeat(corpus: Path) -> None:
    facts = corpus / SEED / "facts.yaml"
    assert article_folders([facts, corpus / SEED, corpus]) == [corpus / SEED]


def test_two_article_folders_of_one_name_are_refused(corpus: Path) -> None:
    shutil.copytree(corpus / SEED, corpus / "elsewhere" / SEED)
    with pytest.raises(KgError, match=f"two article folders are named '{SEED}'"):
        corpus_folders([corpus])


def test_not_a_fact_file_and_an_empty_folder(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("x")
    with pytest.raises(KgError, match="not a fact file"):
        article_folders([other])
    with pytest.raises(KgError, match="no article folders"):
        article_folders([tmp_path])
