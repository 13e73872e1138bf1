// Every stored search key now follows $version; for operators: when, and how many nodes changed.
MERGE (k:SearchKeys {name: 'pinyin'})
SET k.version = $version, k.refreshedAt = datetime(), k.changed = $changed
