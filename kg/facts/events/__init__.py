"""Prohibition events (bans, orders to delete an app) and their retractions; acquisitions
(deals.py, described there).

Triggers and status cues are data (kg/lexicon/event_words.tsv). For each trigger:

- target (required): what is banned, an organisation or product entity: the object of "ban"
  or "delete", "a ban on X", the subject of "X is no longer permitted"; "it"/"the app"
  resolve through kg.facts.context.
- issuer: who bans: the subject of "ban", or of the verb that orders the removal ("Amazon
  told staff to delete X"; "Amazon sent an email ordering staff to delete X"). Government
  phrases become organisation entities ("the federal government").
- affected, scope, reason: as stated (literals): the ordered people ("employees"), "on/from
  ..." phrases, "citing/over/because of/due to ..." phrases.
- status: a consider cue above the trigger ("weighing a ban", "looking at blocking") ->
  under consideration; a propose cue or a modal (should, could, would, will) -> proposed;
  otherwise an asserted ban or order -> enacted. A retraction in the same document
  ("retracted", "took back", "sent in error") links to the issuer's order and makes it
  retracted.
- proposer: for proposed or considered bans, the speaker whose words report it.
- date: a DATE entity in the trigger's clause, normalised (weekdays against the
  publication date).

The same ban reported by several articles gets one IRI: it is a function of the issuer and
the target, so their claims accumulate on one event.

The code: cues.py (words, status, phrases), triggers.py (TriggerReader: what the parse says
of a trigger), finder.py (EventFinder: the events, their status and retractions), deals.py
(DealFinder: acquisitions).
"""
