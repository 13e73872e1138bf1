// Text of pinyin letters ("songjiang", "sj", "mh xian"): exact name and prefix as for any text
// (an organisation may be named in Latin letters), then pinyin. Candidates come from index
// seeks on the stored keys (src/services/search/pinyin-keys.ts): `pinyin` by $syllable when the
// letters can begin one syllable, `pinyinInitials` by each of $initials for readings of two
// syllables or more; $regex then checks the full syllables of those candidates only, and
// $wholeRegex tells the names whose first syllables the letters spell whole ("minhang" for
// min hang qu): they rank above those the letters abbreviate ("mh"). Villages are read up to a
// cap, the initials of a village only up to 1,000 candidates.
CALL () {
{{> fragments/search-names}}
UNION
CALL () {
  MATCH (n:{{FULLY_SEARCHED}}) WHERE n.pinyin STARTS WITH $syllable RETURN n
  UNION
  MATCH (n:Village) WHERE n.pinyin STARTS WITH $syllable RETURN n LIMIT 200
  UNION
  UNWIND $initials AS i
  CALL (i) {
    MATCH (n:{{FULLY_SEARCHED}}) WHERE n.pinyinInitials STARTS WITH i RETURN n
    UNION
    MATCH (n:Entity&Village) WHERE n.pinyinInitials STARTS WITH i WITH n LIMIT 1000 WHERE n.pinyin =~ $regex RETURN n LIMIT 200
  }
  RETURN n
}
WITH n WHERE n.pinyin =~ $regex
RETURN n, CASE WHEN n.pinyin =~ $wholeRegex THEN 'PINYIN' ELSE 'PINYIN_ABBREVIATED' END AS branch
}
{{> fragments/search-ranking}}
