from pathlib import Path

from kg import resources
from kg.graph.serialization import export
from kg.store.embedded import open_store
from kg.store.stats import stats


def test_stats_of_the_seed(seed_build, tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    export(seed_build.graph, path)
    ontology = len(open_store([resources.ONTOLOGY], with_ontology=False))
    result = stats(open_store([path]), ontology_triples=ontology)
    assert result.triples == len(seed_build.graph)
    assert result.counts == {"articles": 1, "entities": 27, "events": 13, "post holdings": 4, "evidence quotes": 29}
    assert result.events["Meeting"] == 3 and result.events["MemorialVisit"] == 2 and "Event" not in result.events
    assert result.dates == {
        "events from": "2025-03-01",
        "events until": "2025-12-04",
        "articles from": "2025-12-04",
        "articles until": "2025-12-04",
    }
