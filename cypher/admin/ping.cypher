// Readiness: the database answers a query (a Bolt handshake alone succeeds while it is still recovering).
RETURN 1 AS ok
