// Included after a fact `fact` (node or relationship) and its `row` ({{> fragments/keep-most-trusted}}):
// of the constructions that read it, across documents, the fact keeps the most trusted, and needs
// a person's review while that one is trusted less than $reviewBelow. Curated facts (row.readBy
// null: corrections, official areas) leave what is there.
WITH fact, row, row.readBy IS NOT NULL AND (fact.confidence IS NULL OR row.readBy.confidence > fact.confidence) AS moreTrusted
SET fact.construction = CASE WHEN moreTrusted THEN row.readBy.construction ELSE fact.construction END,
    fact.confidence = CASE WHEN moreTrusted THEN row.readBy.confidence ELSE fact.confidence END
SET fact.needsReview = CASE WHEN fact.confidence IS NULL THEN fact.needsReview ELSE fact.confidence < $reviewBelow END
