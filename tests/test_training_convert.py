"""Corpus converters: CoNLL-U words and spaces, GUM entity brackets, UNER IOB2."""

from pathlib import Path

from spacy.vocab import Vocab

from kg.training.conllu import read_conllu
from kg.training.corpora import (
    ewt_docs,
    iob2_spans,
    read_iob2,
    sentences_to_doc,
    token_spaces,
    undated_words,
    uner_docs,
)
from kg.training.gum_entities import ner_spans, parse_entity_spans

CONLLU = """# newdoc id = doc1
# sent_id = s1
# text = Ms Ada Stone didn't join Vexa Labs in Oslo.
1	Ms	Ms	PROPN	NNP	_	3	compound	_	Entity=(1-person-new-x-x-3-coref-Ada_Stone
2	Ada	Ada	PROPN	NNP	_	3	flat	_	_
3	Stone	Stone	PROPN	NNP	_	6	nsubj	_	Entity=1)
4-5	didn't	_	_	_	_	_	_	_	_
4	did	do	AUX	VBD	_	6	aux	_	_
5	n't	not	PART	RB	_	6	advmod	_	_
6	join	join	VERB	VB	_	0	root	_	_
7	Vexa	Vexa	PROPN	NNP	_	8	compound	_	Entity=(2-organization-new-x-x-2-coref(3-person-new-x-x-1-sgl-Vexa_Person)
8	Labs	Labs	PROPN	NNPS	_	6	obj	_	Entity=2)
9	in	in	ADP	IN	_	10	case	_	_
10	Oslo	Oslo	PROPN	NNP	_	6	obl	_	Entity=(4-place-new-x-x-1-coref-Oslo)|SpaceAfter=No
11	.	.	PUNCT	.	_	6	punct	_	_

# sent_id = s2
# text = The director of the lab, a chemist, left in May 2019.
1	The	the	DET	DT	_	2	det	_	Entity=(5-person-giv-x-x-2-coref
2	director	director	NOUN	NN	_	10	nsubj	_	_
3	of	of	ADP	IN	_	5	case	_	_
4	the	the	DET	DT	_	5	det	_	Entity=(6-organization-giv-x-x-1-coref
5	lab	lab	NOUN	NN	_	2	nmod	_	Entity=6)|SpaceAfter=No
6	,	,	PUNCT	,	_	8	punct	_	_
7	a	a	DET	DT	_	8	det	_	_
8	chemist	chemist	NOUN	NN	_	2	appos	_	Entity=5)|SpaceAfter=No
9	,	,	PUNCT	,	_	10	punct	_	_
10	left	leave	VERB	VBD	_	0	root	_	_
11	in	in	ADP	IN	_	12	case	_	_
12	May	May	PROPN	NNP	_	10	obl	_	Entity=(7-time-new-x-x-1-sgl
13	2019	2019	NUM	CD	_	12	nummod	_	Entity=7)|SpaceAfter=No
14	.	.	PUNCT	.	_	10	punct	_	_

"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sample.conllu"
    path.write_text(text, encoding="utf-8")
    return path


def test_multiword_tokens_keep_words_and_spacing(tmp_path):
    sentences = list(read_conllu(write(tmp_path, CONLLU)))
    assert [s.sent_id for s in sentences] == ["s1", "s2"]
    forms = [w.form for w in sentences[0].words]
    assert forms[:6] == ["Ms", "Ada", "Stone", "did", "n't", "join"]
    doc = sentences_to_doc(Vocab(), sentences[:1], None)
    assert doc.text == "Ms Ada Stone didn't join Vexa Labs in Oslo. "
    # the second sentence starts fresh: no spacing state leaks from the first one
    doc2 = sentences_to_doc(Vocab(), sentences[1:], None)
    assert doc2.text.startswith("The director of the lab, a chemist, left")


def test_nested_spans_are_all_parsed(tmp_path):
    words = next(iter(read_conllu(write(tmp_path, CONLLU)))).words
    spans = {(s.start, s.end, s.etype, s.identity) for s in parse_entity_spans(words)}
    assert (0, 3, "person", "Ada_Stone") in spans
    assert (6, 8, "organization", "") in spans
    assert (6, 7, "person", "Vexa_Person") in spans  # nested single-token span
    assert (9, 10, "place", "Oslo") in spans


def test_ner_spans_outermost_names_titles_trimmed(tmp_path):
    sentences = list(read_conllu(write(tmp_path, CONLLU)))
    words = sentences[0].words
    labelled = [(" ".join(w.form for w in words[s:e]), label) for s, e, label in ner_spans(words)]
    # "Ms" is a title, so the person is "Ada Stone"; the org wins over the nested person
    assert labelled == [("Ada Stone", "PERSON"), ("Vexa Labs", "ORG"), ("Oslo", "LOC")]
    words2 = sentences[1].words
    labelled2 = [(" ".join(w.form for w in words2[s:e]), lab) for s, e, lab in ner_spans(words2)]
    # a description ("the director of the lab") is not a name; a month-year is a date
    assert labelled2 == [("May 2019", "DATE")]


def test_discontinuous_spans_are_skipped_without_crashing(tmp_path):
    broken = CONLLU.replace("(4-place-new-x-x-1-coref-Oslo)", "(4[1/2]-place-new-x-x-1-coref-Oslo)")
    words = next(iter(read_conllu(write(tmp_path, broken)))).words
    labels = [label for _, _, label in ner_spans(words)]
    assert labels == ["PERSON", "ORG"]


def test_doc_entities_have_right_character_offsets(tmp_path):
    sentences = list(read_conllu(write(tmp_path, CONLLU)))
    doc = sentences_to_doc(Vocab(), sentences, [ner_spans(s.words) for s in sentences])
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Ada Stone", "PERSON"),
        ("Vexa Labs", "ORG"),
        ("Oslo", "LOC"),
        ("May 2019", "DATE"),
    ]
    for ent in doc.ents:
        assert doc.text[ent.start_char : ent.end_char] == ent.text
    assert len(list(doc.sents)) == 2


def test_iob2_spans_and_reader(tmp_path):
    assert iob2_spans(["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG"]) == [
        (0, 2, "PERSON"),
        (3, 4, "LOC"),
        (4, 6, "ORG"),
    ]
    # an I- without a matching B- starts a new span (lenient IOB2)
    assert iob2_spans(["I-ORG", "O"]) == [(0, 1, "ORG")]
    path = tmp_path / "x.iob2"
    path.write_text("# sent_id = a\n1\tJo\tB-PER\t-\t-\n2\truns\tO\t-\t-\n\n", encoding="utf-8")
    assert read_iob2(path) == {"a": [("Jo", "B-PER"), ("runs", "O")]}


def test_pronouns_and_descriptions_linked_to_a_page_are_not_names(tmp_path):
    text = (
        "# sent_id = p1\n"
        "1\tI\tI\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-x-x-1-coref-Ada_Stone)\n"
        "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\tEntity=(2-person-giv-x-x-2-coref-Bo_Tran\n"
        "4\tSecretary\tsecretary\tNOUN\tNN\t_\t2\tobj\t_\tEntity=2)\n"
        "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
        "6\tLima\tLima\tPROPN\tNNP\t_\t2\tobl\t_\tEntity=(3-place-new-x-x-1-sgl-Lima)\n\n"
    )
    words = next(iter(read_conllu(write(tmp_path, text)))).words
    assert ner_spans(words) == [(5, 6, "LOC")]


def conllu(sent_id: str, rows: list[tuple]) -> str:
    """A sentence from (form, upos, xpos, head, deprel, entity) rows ("" = no entity)."""
    lines = [f"# sent_id = {sent_id}"]
    for index, (form, upos, xpos, head, deprel, entity) in enumerate(rows, start=1):
        misc = f"Entity={entity}" if entity else "_"
        lines.append(f"{index}\t{form}\t{form}\t{upos}\t{xpos}\t_\t{head}\t{deprel}\t_\t{misc}")
    return "\n".join(lines) + "\n\n"


def labelled_spans(tmp_path, text: str) -> list[tuple[str, str]]:
    words = next(iter(read_conllu(write(tmp_path, text)))).words
    return [(" ".join(w.form for w in words[s:e]), label) for s, e, label in ner_spans(words)]


def test_place_with_comma_splits_into_its_names(tmp_path):
    # "They moved to Rivo, Calandia." GUM: one place span with the nested state/country
    text = conllu(
        "c1",
        [
            ("They", "PRON", "PRP", 2, "nsubj", ""),
            ("moved", "VERB", "VBD", 0, "root", ""),
            ("to", "ADP", "IN", 4, "case", ""),
            ("Rivo", "PROPN", "NNP", 2, "obl", "(1-place-new-x-x-1-coref-Rivo"),
            (",", "PUNCT", ",", 6, "punct", ""),
            ("Calandia", "PROPN", "NNP", 4, "appos", "(2-place-new-x-x-1-sgl-Calandia)1)"),
        ],
    )
    assert labelled_spans(tmp_path, text) == [("Rivo", "LOC"), ("Calandia", "LOC")]


def test_a_name_ends_at_an_opening_bracket(tmp_path):
    # "Ada Stone (born 1931), a chemist, spoke." GUM: one person span over the bracket
    text = conllu(
        "c5",
        [
            ("Ada", "PROPN", "NNP", 9, "nsubj", "(1-person-new-x-x-1-coref-Ada_Stone"),
            ("Stone", "PROPN", "NNP", 1, "flat", ""),
            ("(", "PUNCT", "-LRB-", 4, "punct", ""),
            ("born", "VERB", "VBN", 1, "acl", ""),
            ("1931", "NUM", "CD", 4, "obl", "(2-time-new-x-x-1-sgl)"),
            (")", "PUNCT", "-RRB-", 4, "punct", "1)"),
            (",", "PUNCT", ",", 9, "punct", ""),
            ("then", "ADV", "RB", 9, "advmod", ""),
            ("spoke", "VERB", "VBD", 0, "root", ""),
        ],
    )
    assert labelled_spans(tmp_path, text) == [("Ada Stone", "PERSON"), ("1931", "DATE")]
    # the bracket alone cuts, with no clause inside it: "Rivo (Calandia) grew"
    text = conllu(
        "c6",
        [
            ("Rivo", "PROPN", "NNP", 5, "nsubj", "(1-place-new-x-x-1-coref-Rivo"),
            ("(", "PUNCT", "-LRB-", 3, "punct", ""),
            ("Calandia", "PROPN", "NNP", 1, "nmod:unmarked", "(2-place-new-x-x-1-sgl)"),
            (")", "PUNCT", "-RRB-", 3, "punct", "1)"),
            ("grew", "VERB", "VBD", 0, "root", ""),
        ],
    )
    assert labelled_spans(tmp_path, text) == [("Rivo", "LOC"), ("Calandia", "LOC")]


def test_company_suffix_after_comma_stays(tmp_path):
    text = conllu(
        "c2",
        [
            ("Vexa", "PROPN", "NNP", 2, "compound", "(1-organization-new-x-x-1-coref"),
            ("Labs", "PROPN", "NNPS", 5, "nsubj", ""),
            (",", "PUNCT", ",", 4, "punct", ""),
            ("Inc.", "PROPN", "NNP", 2, "nmod:desc", "1)"),
            ("sued", "VERB", "VBD", 0, "root", ""),
        ],
    )
    assert labelled_spans(tmp_path, text) == [("Vexa Labs , Inc.", "ORG")]


def test_apposition_head_is_kept_and_clauses_cut_before_capitalisation(tmp_path):
    # "My colleague, Ms Vell, met Tam Oyelaran, who runs it." The apposition is the name
    # itself; a relative clause inside a person span no longer hides the name.
    text = conllu(
        "c3",
        [
            ("My", "PRON", "PRP$", 2, "nmod:poss", ""),
            ("colleague", "NOUN", "NN", 7, "nsubj", ""),
            (",", "PUNCT", ",", 5, "punct", ""),
            ("Ms", "PROPN", "NNP", 5, "nmod:desc", "(1-person-giv-x-x-1-coref-Ann_Vell"),
            ("Vell", "PROPN", "NNP", 2, "appos", "1)"),
            (",", "PUNCT", ",", 2, "punct", ""),
            ("met", "VERB", "VBD", 0, "root", ""),
            ("Tam", "PROPN", "NNP", 7, "obj", "(2-person-new-x-x-1-coref"),
            ("Oyelaran", "PROPN", "NNP", 8, "flat", ""),
            (",", "PUNCT", ",", 12, "punct", ""),
            ("who", "PRON", "WP", 12, "nsubj", ""),
            ("runs", "VERB", "VBZ", 8, "acl:relcl", ""),
            ("it", "PRON", "PRP", 12, "obj", "2)"),
        ],
    )
    assert labelled_spans(tmp_path, text) == [("Vell", "PERSON"), ("Tam Oyelaran", "PERSON")]


def test_titles_alone_and_groups_are_not_person_names(tmp_path):
    # "The President told Calandians and an Ostrian about Dr. Bo." -> only "Bo"
    text = conllu(
        "c4",
        [
            ("The", "DET", "DT", 2, "det", "(1-person-giv-x-x-1-coref-President_of_X"),
            ("President", "PROPN", "NNP", 3, "nsubj", "1)"),
            ("told", "VERB", "VBD", 0, "root", ""),
            ("Calandians", "PROPN", "NNPS", 3, "obj", "(2-person-new-x-x-1-sgl)"),
            ("and", "CCONJ", "CC", 7, "cc", ""),
            ("an", "DET", "DT", 7, "det", "(3-person-new-x-x-1-sgl"),
            ("Ostrian", "PROPN", "NNP", 4, "conj", "3)"),
            ("about", "ADP", "IN", 10, "case", ""),
            ("a", "DET", "DT", 10, "det", "(4-person-new-x-x-1-sgl"),
            ("Dr.", "PROPN", "NNP", 11, "compound", ""),
            ("Bo", "PROPN", "NNP", 3, "obl", "4)"),
        ],
    )
    assert labelled_spans(tmp_path, text) == [("Bo", "PERSON")]


def test_lowercase_modifiers_are_trimmed_from_names(tmp_path):
    # "ancient Rivo faced Rivo Island itself"
    text = conllu(
        "c5",
        [
            ("ancient", "ADJ", "JJ", 2, "amod", "(1-place-new-x-x-2-coref"),
            ("Rivo", "PROPN", "NNP", 3, "nsubj", "1)"),
            ("faced", "VERB", "VBD", 0, "root", ""),
            ("Rivo", "PROPN", "NNP", 5, "compound", "(2-place-new-x-x-2-coref"),
            ("Island", "PROPN", "NNP", 3, "obj", ""),
            ("itself", "PRON", "PRP", 5, "nmod:npmod", "2)"),
        ],
    )
    assert labelled_spans(tmp_path, text) == [("Rivo", "LOC"), ("Rivo Island", "LOC")]


def test_a_title_phrase_before_a_person_is_not_part_of_the_name(tmp_path):
    # "Minister of Fisheries Oren Vale resigned": the title's words hang off "Minister"
    text = conllu(
        "c6",
        [
            ("Minister", "PROPN", "NNP", 4, "nmod:desc", "(1-person-new-x-x-5-coref-Oren_Vale"),
            ("of", "ADP", "IN", 3, "case", ""),
            ("Fisheries", "PROPN", "NNPS", 1, "nmod", "(2-organization-new-x-x-1-sgl)"),
            ("Oren", "PROPN", "NNP", 6, "nsubj", ""),
            ("Vale", "PROPN", "NNP", 4, "flat", "1)"),
            ("resigned", "VERB", "VBD", 0, "root", ""),
        ],
    )
    assert ("Oren Vale", "PERSON") in labelled_spans(tmp_path, text)
    assert not any(
        label == "PERSON" and "Fisheries" in span for span, label in labelled_spans(tmp_path, text)
    )


def test_a_possessor_entity_is_cut_from_the_name_it_owns(tmp_path):
    # "Vexa Group's Rivo Air flies", GUM: one organisation span with the owner nested in it
    text = conllu(
        "c7",
        [
            (
                "Vexa",
                "PROPN",
                "NNP",
                2,
                "compound",
                "(1-organization-new-x-x-4-coref-Rivo_Air(2-organization-new-x-x-2-sgl-Vexa_Group",
            ),
            ("Group", "PROPN", "NNP", 5, "nmod:poss", ""),
            ("'s", "PART", "POS", 2, "case", "2)"),
            ("Rivo", "PROPN", "NNP", 5, "compound", ""),
            ("Air", "PROPN", "NNP", 6, "nsubj", "1)"),
            ("flies", "VERB", "VBZ", 0, "root", ""),
        ],
    )
    assert labelled_spans(tmp_path, text) == [("Vexa Group", "ORG"), ("Rivo Air", "ORG")]


def test_a_possessive_inside_a_name_stays(tmp_path):
    # "Children's Hospital opened": no entity owns the possessive
    text = conllu(
        "c8",
        [
            ("Children", "PROPN", "NNP", 3, "nmod:poss", "(1-organization-new-x-x-3-sgl"),
            ("'s", "PART", "POS", 1, "case", ""),
            ("Hospital", "PROPN", "NNP", 4, "nsubj", "1)"),
            ("opened", "VERB", "VBD", 0, "root", ""),
        ],
    )
    assert labelled_spans(tmp_path, text) == [("Children 's Hospital", "ORG")]


def test_a_person_possessive_stays_in_the_place_name(tmp_path):
    # "Saint Ada's Lake froze": the nested owner is a person
    text = conllu(
        "c9",
        [
            (
                "Saint",
                "PROPN",
                "NNP",
                2,
                "compound",
                "(1-place-new-x-x-4-sgl(2-person-new-x-x-2-sgl",
            ),
            ("Ada", "PROPN", "NNP", 4, "nmod:poss", ""),
            ("'s", "PART", "POS", 2, "case", "2)"),
            ("Lake", "PROPN", "NNP", 5, "nsubj", "1)"),
            ("froze", "VERB", "VBD", 0, "root", ""),
        ],
    )
    assert labelled_spans(tmp_path, text) == [("Saint Ada 's Lake", "LOC")]


def test_a_form_of_address_is_not_part_of_the_name(tmp_path):
    # "Dear Tamsin, Brother Oswin wrote." -> "Tamsin", "Oswin" (as UNER writes names)
    text = conllu(
        "c9",
        [
            ("Dear", "ADJ", "JJ", 2, "amod", "(1-person-giv-x-x-1-coref"),
            ("Tamsin", "PROPN", "NNP", 6, "vocative", "1)"),
            (",", "PUNCT", ",", 2, "punct", ""),
            ("Brother", "PROPN", "NNP", 5, "compound", "(2-person-new-x-x-2-sgl"),
            ("Oswin", "PROPN", "NNP", 6, "nsubj", "2)"),
            ("wrote", "VERB", "VBD", 0, "root", ""),
        ],
    )
    assert labelled_spans(tmp_path, text) == [("Tamsin", "PERSON"), ("Oswin", "PERSON")]


def test_uner_labels_join_treebank_sentences_by_sent_id(tmp_path):
    # three treebank sentences of one document; UNER lists them in another order, lacks the
    # third and tokenises the second differently: only the first gets labels, the others'
    # NER is missing (no loss), not "outside"
    text = (
        conllu(
            "d-1", [("Ada", "PROPN", "NNP", 2, "nsubj", ""), ("left", "VERB", "VBD", 0, "root", "")]
        )
        + conllu("d-2", [("Im", "PRON", "PRP", 2, "nsubj", ""), ("in", "ADP", "IN", 0, "root", "")])
        + conllu("d-3", [("Rivo", "PROPN", "NNP", 0, "root", "")])
    )
    uner = {
        "d-2": [("I", "O"), ("m", "O"), ("in", "O")],
        "d-1": [("Ada", "B-PER"), ("left", "O")],
        "d-9": [("Oslo", "B-LOC")],
    }
    unmatched: list[tuple[str, str]] = []
    (doc,) = ewt_docs(Vocab(), write(tmp_path, text), uner, unmatched)
    assert [(e.text, e.label_) for e in doc.ents] == [("Ada", "PERSON")]
    assert [t.ent_iob_ for t in doc] == ["B", "O", "", "", ""]
    assert [sent_id for sent_id, _ in unmatched] == ["d-2", "d-3"]
    assert "tokens differ" in unmatched[0][1] and "no UNER sentence" in unmatched[1][1]
    # UNER labels no dates: the words around a possible date are missing, names stay
    text2 = conllu(
        "d-1",
        [
            ("Ada", "PROPN", "NNP", 2, "nsubj", ""),
            ("left", "VERB", "VBD", 0, "root", ""),
            ("on", "ADP", "IN", 4, "case", ""),
            ("Monday", "PROPN", "NNP", 2, "obl", ""),
        ],
    )
    uner["d-1"] = [("Ada", "B-PER"), ("left", "O"), ("on", "O"), ("Monday", "O")]
    (doc,) = ewt_docs(Vocab(), write(tmp_path, text2), uner)
    assert [t.ent_iob_ for t in doc] == ["B", "", "", ""]
    # a document none of whose sentences match carries no NER annotation at all
    (doc,) = ewt_docs(Vocab(), write(tmp_path, text), {"d-9": [("Oslo", "B-LOC")]})
    assert not doc.has_annotation("ENT_IOB")
    # without UNER labels, no NER annotation either
    (doc,) = ewt_docs(Vocab(), write(tmp_path, text), None)
    assert not doc.has_annotation("ENT_IOB")


def test_uner_only_docs_keep_the_sentence_spacing(tmp_path):
    assert token_spaces(["Jo", "did", "n't", "go", "."], "Jo didn't go.") == [
        True,
        False,
        True,
        False,
        False,
    ]
    # words that do not spell the text: a space after each
    assert token_spaces(["I", "am"], "Im") == [True, True]
    path = tmp_path / "x.iob2"
    path.write_text(
        "# sent_id = a\n# text = Jo's in Oslo.\n"
        "1\tJo\tB-PER\t-\t-\n2\t's\tO\t-\t-\n3\tin\tO\t-\t-\n"
        "4\tOslo\tB-LOC\t-\t-\n5\t.\tO\t-\t-\n\n",
        encoding="utf-8",
    )
    (doc,) = uner_docs(Vocab(), path)
    assert doc.text == "Jo's in Oslo."
    assert [(e.text, e.label_) for e in doc.ents] == [("Jo", "PERSON"), ("Oslo", "LOC")]


def test_words_around_a_possible_date_are_left_unlabelled():
    words = ["Jo", "met", "Mo", "in", "May", "2019", "at", "home", "and", "may", "stay"]
    assert undated_words(words, [(0, 1, "PERSON"), (2, 3, "PERSON")]) == [(3, 8, "")]
    assert undated_words(["the", "1066", "battle"], []) == []
