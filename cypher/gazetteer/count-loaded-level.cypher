// Areas of one level ({{LEVEL}} from the AreaLevel allow-list) that the gazetteer load wrote.
MATCH (n:{{LEVEL}})
WHERE n.gazetteer = true
RETURN count(n) AS loaded
