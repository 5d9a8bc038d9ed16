"""The subjects listed before a verb: "A, B və C", "A, eləcə də B", "A, Türkiyə tərəfdən isə B".

A comma alone is an apposition ("X, Y") unless the verb is plural ("Konfransda A, B iştirak ediblər");
a participle's clause, a title's owner ("NATO Baş katibinin ...") or a side's words may stand between.
"""

from __future__ import annotations

from collections.abc import Collection

from kg.extract.model import Mention
from kg.extract.text import Sentence


def plural_verb(sentence: Sentence, at: int) -> bool:
    """The verb at word ``at`` is plural ("iştirak ediblər", "görüşmüşlər"): its subject is more than one."""
    return any(
        w.folded.endswith(("iblər", "ıblar", "ublar", "üblər", "mişlər", "mışlar", "muşlar", "müşlər"))
        for w in sentence.words[at : at + 3]
    )


def nominative_list(
    sentence: Sentence, nominative: list[Mention], plural: bool = False, owners: Collection[int] = ()
) -> list[str]:
    """The first nominative actor, and those joined to it by "və" and commas (by commas alone before a plural
    verb: "Konfransda A, B iştirak ediblər"; else a comma alone is an apposition)."""
    chain, joined = [nominative[0]], 1
    for mention in nominative[1:]:
        gap = [sentence.words[k].folded for k in range(chain[-1].end, mention.group_start) if k not in owners]
        side = mention.country is not None and gap[-2:] in (
            ["tərəfdən", "isə"],
            ["tərəfindən", "isə"],
        )  # "A, T. tərəfdən isə B"
        # "A və ölkəmizdə səfərdə olan B": a participle's clause before the next name
        clause = len(gap) > 1 and gap[0] in {",", "və"} and gap[-1].endswith(("an", "ən")) and gap[-1].isalpha()
        also = gap in ([",", "eləcə", "də"], ["eləcə", "də"], [",", "həmçinin"], [",", "habelə"])  # "A, eləcə də B"
        # before a plural verb, a comma and the next one's title: "A, NATO Baş katibinin Qafqaz və ... B"
        # or after "və", the last one's titles, in apposition: "A, B və KFOR-un ... komandanı, Almaniya ... generalı C"
        titled = plural and mention.group_start < mention.start and len(gap) <= 10
        titled = titled and ((gap[:1] == [","] and "," not in gap[1:]) or (gap[:1] == ["və"] and gap.count(",") <= 1))
        if not gap or not (set(gap) <= {",", "və"} or (side and gap[0] == ",") or clause or also or titled):
            break
        chain.append(mention)
        if "və" in gap or side or also:  # a list ends with "və": "A, B və C"; a comma alone is an apposition
            joined = len(chain)
    after = [w.folded for w in sentence.words[chain[-1].end : chain[-1].end + 2]]
    if after == ["və", "digər"] or plural:  # "A, B və digər rəsmi şəxslər": a list that ends in others
        joined = len(chain)
    return list(dict.fromkeys(m.entity for m in chain[:joined]))
