"""Relations between entities, from the dependency parse and the entity mentions.

- The trigger table (kg/lexicon/relation_triggers.tsv, read by triggered.py through the
  syntactic roles of arguments.py): founders ("founded by", "co-founder", "X, founded in
  1994 by Y"), owners and parents ("owns", "acquired", "owned by", "a subsidiary of", "a
  unit of", "part of", "the parent company of", "the owner of"), headquarters ("based in",
  "headquartered in", "has its headquarters in", "moved its headquarters to"). Each row
  names the roles that fill the fact's subject and object; each kind checks its classes.
- nationality: person `schema:nationality` country ("the British physicist Ada Stone", "a
  Japanese citizen", "holds Indian citizenship"; triggered.py).
- posts: person `schema:jobTitle` "title", person `schema:worksFor` org, and a `kg:Post` node
  pairing holder, title, organisation and jurisdiction. "Secretary of State Mike Pompeo"
  (title-before-name), "Jane Roe, CEO of Acme" (apposition), "Acme named Jane Roe CEO"
  (appointment), "Jane Roe is the CEO of Acme" (copula), "retired as chairman of Acme",
  "will become CEO" (served-as); former and incoming posts carry kg:tenure (tenure.py).
- party: person `schema:memberOf` party. "Josh Doe, a Republican" (party-apposition).
- what the table cannot read (organisations.py): "owns" read from the surface where the
  parse is wrong, "Y-owned X", "Seattle-based Acme", "Y's X" for two organisations, origin
  ("Chinese-owned Acme", "Chinese company Acme": `kg:countryOfOrigin`), an institution in
  or of a place ("Brantley High School in Moline", "the University of Ohio").
- parties.py ("an Irish Rural Party politician", "Labour leader Ana Holt"), brackets.py
  ("Jonas Berg (Sweden)"), employment.py ("a lecturer at Kessel College", "Reuters
  correspondent Ana Soto"), and
  word_order.py: a demonym and a descriptor before a name, or a biography's opening, read
  in word order where the parse is often wrong ("the Kenyan Foreign Minister Amina
  Odhiambo", "X (born 1955) is a retired Czech ice hockey defenceman").
- place_in_name.py: an organisation's place from its own name, where the document names
  that place on its own or it is a country ("Kessel University", "University College
  Harwick", "the Central Bank of Portugal").
- possessive.py: a country's noun for a person ("Alba Rios is Chile's leading novelist",
  "one of Peru's finest sculptors"); not "Iran's enemy" or "Brazil's coach".
- possessive_posts.py: an organisation's possessive and a title beside a name, read in
  word order ("Vessa Bank's chief executive, Jane Roe", "Jane Roe, Vessa Bank's CEO").
- pronoun_posts.py: posts of a subject "he" or "she" that stands for one person ("Ola
  Berg is an economist. He is vice president of the Nordic Trade Society").
- represented.py: a country one represents or competes for at a competition ("represented
  Ghana at the 2014 FIFA World Cup"): the person's nationality.
- life_events.py: births, deaths and foundings, dated as precisely as the text states
  ("Ana Soto (born 4 May 1950 in Bergen)", "(1862 in London - 9 February 1935)", "was born
  in Parma on 11 June 1948", "After Vale's death in 1903", "Pinecrest was founded in 1998",
  "Torvik Shipping (founded 1874)"): schema:birthDate, deathDate, birthPlace, deathPlace and
  foundingDate.
- family.py: spouses, parents, children and siblings, read in word order around a noun for
  a relative ("Marta Lind's son, Oskar Lind", "Paula Grey, the wife of Tom Grey", "her
  husband Min Rhee", "Lena Kovac married Mark Hale"): schema:spouse, parent, children,
  sibling, each both ways.

Nothing is asserted from a negated clause or from one under a denial ("Huawei has denied
that it enables spying"): see `asserted`. Confidence is per rule or table row.

The rules are mixins of base.FactRecorder; finder.RelationFinder runs them all. Assertion
checks are kg/facts/assertion.py.
"""
