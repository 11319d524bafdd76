"""Sync between installations (issue 7): change sets, merge, conflicts, site identity.

Bytes-free engine: ``changes`` exports a change set, ``changeset`` turns it into the bundle's payload
bytes and back, ``apply`` merges one into a database, ``conflicts`` lists and resolves what the merge
met, ``identity`` gives a copied database file a site id of its own. See docs/sync.md.
"""
