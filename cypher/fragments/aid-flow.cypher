// Included after WHERE ({{> fragments/aid-flow}}) on `(funder)-[r]->(target)`: a relationship is
// an aid flow when it carries an amount and is not a helped area's own co-financing (久治县自筹).
r.amountWan IS NOT NULL AND NOT (funder:Area AND funder.provinceCode = target.provinceCode)
