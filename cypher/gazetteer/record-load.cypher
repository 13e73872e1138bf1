// The outcome of the last complete load, for operators: when, how many per level, how long.
MERGE (g:GazetteerLoad {source: $source})
SET g.completedAt = datetime(), g.levels = $levels, g.counts = $counts, g.ms = $ms
