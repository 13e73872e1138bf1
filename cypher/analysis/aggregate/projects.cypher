// The projects helpers build, fund or invest in, by relationships in the client's scope: each
// project one item, worth 1 (PROJECTS) or its own figure $figure (households, people); the helped
// party is the area the project lies in. Then filtered and grouped by fragments/aggregate-of-facts.
MATCH (helper:Entity)-[r:BUILDS|FUNDS|INVESTS_IN|DONATES_TO]->(project:Project)
WHERE {{> fragments/fact-in-scope}}
WITH r, helper, project,
     COLLECT { MATCH (project)-[:LOCATED_IN]->(place:Area) RETURN place ORDER BY size(place.id) DESC LIMIT 1 }[0] AS place
WITH r, helper, coalesce(place, project) AS helped, project.id AS item,
     CASE WHEN $figure IS NULL THEN 1.0 ELSE toFloat(project[$figure]) END AS value, project.year AS year
WHERE value IS NOT NULL
{{> fragments/aggregate-of-facts}}
