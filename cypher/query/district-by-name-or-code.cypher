MATCH (d:District)
WHERE d.code = $code OR d.name = $name OR $name IN d.aliases OR d.name = $name + '区'
RETURN d {.*, labels: labels(d)} AS entity
LIMIT 1
