"""Stage 4, facts: parsed pieces and entities in, claims with evidence out.

- context.py: `DocumentContext`, what every rule asks of a document (the entity at a token,
  pronouns and descriptors, the evidence sentence of a token);
- assertion.py: whether a clause asserts what it says (negation, denial, condition) and
  whether it happened or is only intended (`realised`);
- relations/: facts and posts (a trigger table read through syntactic roles: founders,
  parents, headquarters, membership; nationality, origin, titles with tenure, parties);
- events/: bans and their retractions, with status; acquisitions (deals.py);
- quotes.py: quotations and their speakers;
- claims.py: the plain data they give (`Fact`, `Event`, `Quotation`, `Evidence`);
- statements.py: `extract_statements`, every extractor over one document.
"""
