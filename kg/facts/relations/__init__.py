"""Relations between entities, from the dependency parse and the entity mentions.

- ownership: owned `schema:parentOrganization` owner. "Y owns X" (owns), "X is owned by Y",
  "X, owned by Y", "X, which is owned by Y" (owned-by), "Y-owned X" (x-owned), "Y acquired X"
  (acquired), "X's parent company Y" (parent-company), "Y's X" for two organisations
  (possessive).
- posts: person `schema:jobTitle` "title", person `schema:worksFor` org, and a `kg:Post` node
  pairing holder, title, organisation and jurisdiction. "Secretary of State Mike Pompeo"
  (title-before-name), "Jane Roe, CEO of Acme" (apposition), "Acme named Jane Roe CEO"
  (appointment), "Jane Roe is the CEO of Acme" (copula).
- party: person `schema:memberOf` party. "Josh Doe, a Republican" (party-apposition).
- base: org `schema:location` place. "Seattle-based Acme", "Acme, based in Seattle".
- origin: org `kg:countryOfOrigin` country. "Chinese-owned Acme", "Chinese company Acme".

Nothing is asserted from a negated clause or from one under a denial ("Huawei has denied
that it enables spying"): see `asserted`. Confidence is per rule: patterns with an explicit
verb score higher than possessives and descriptor anaphora.

The rules: organisations.py (ownership, base, origin), posts.py (titles, posts, parties), each a
mixin of base.FactRecorder; finder.RelationFinder runs them all. Assertion checks are
kg/facts/assertion.py.
"""
