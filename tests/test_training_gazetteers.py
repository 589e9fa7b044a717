"""The NER's word lists (kg/training/gazetteers.py): Census surnames, filtered by case."""

from pathlib import Path

from kg.training.gazetteers import census_surnames, keep_capitalised


def tiny_corpora(root: Path) -> Path:
    """EWT with one sentence that writes "young" in lower case and "Thorne" capitalised."""
    rows = [["The", "young", "Thorne", "met", "Kestler", "."]]
    lines = ["# sent_id = s1"]
    for index, form in enumerate(rows[0], start=1):
        lines.append(f"{index}\t{form}\t{form.lower()}\tX\tX\t_\t0\tdep\t_\t_")
    (root / "ud-english-ewt").mkdir(parents=True)
    (root / "ud-english-ewt" / "en_ewt-ud-train.conllu").write_text("\n".join(lines) + "\n\n")
    (root / "gum" / "dep").mkdir(parents=True)
    (root / "gum" / "train.txt").write_text("")
    (root / "gum" / "dev.txt").write_text("")
    return root


def test_surnames_are_read_in_frequency_order_and_capitalised(tmp_path):
    (tmp_path / "dist.all.last").write_text(
        "THORNE 1.0 1.0 1\nYOUNG 0.5 1.5 2\nKESTLER 0.1 1.6 3\n", encoding="utf-8"
    )
    assert census_surnames(tmp_path, limit=2) == ["Thorne", "Young"]


def test_words_the_corpora_write_in_lower_case_are_left_out(tmp_path):
    corpora = tiny_corpora(tmp_path / "corpora")
    kept = keep_capitalised(["Young", "Thorne", "Kestler", "Al"], corpora)
    # "young" is lower case in the corpora; "Al" is too short; unseen words stay
    assert kept == ["Kestler", "Thorne"]
