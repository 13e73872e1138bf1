// The version of pinyinKeys the stored search keys were computed with (src/services/search/pinyin-keys.ts).
OPTIONAL MATCH (k:SearchKeys {name: 'pinyin'})
RETURN k.version AS version
