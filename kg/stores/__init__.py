"""Stage 6, stores: RDF files in, a loaded store, a pushed endpoint or query results out.

- store.py: the embedded pyoxigraph store (`kg load`);
- updates.py: a file's graphs as idempotent replace-and-insert blocks, streamed;
- endpoint.py: a SPARQL 1.1 endpoint (auth, retries, errors in the user's terms);
- urls.py: endpoint URLs checked, userinfo as credentials, passwords never shown;
- push.py: `kg push`, batches of updates to an endpoint;
- query.py: the stored queries of queries/ against files, a store or an endpoint.
"""
