"""Stage 3, entities: parsed pieces in, mentions and the document's entities out.

- mention.py: the `Mention` type (exact character offsets) and mentions from the NER;
- mentions.py: `find_mentions`, the NER's mentions through `MENTION_STEPS`, declared once:
  repair.py (steps that correct the NER's mentions) and backstops.py (steps that add names
  it missed), with the cues they read: name_cues.py (a name's own words),
  organisation_cues.py and place_cues.py (the words around it), by_words.py,
  person_nouns.py, known.py (names known from GUM); calendar.py (datelines are places,
  calendar words no entities), ampersand.py ("X & Y" is one name), abbreviations.py ("the
  Harlow Transit Authority (HTA)"), hyphenated.py ("Maren Brandt-Lomholt"), place_bodies.py
  ("the United States Supreme Court" is one name) and joined.py (a name one plays for,
  joins or is a member of is an organisation's, whatever the NER said);
- resolve.py: where mentions become entities: one `LocalEntity` per real thing in a
  document, its IRI, and `EntityIndex`, the only state shared across documents.
"""
