-- API keys, as SHA-256 hashes only. Keys from configuration are not stored; this table holds the
-- development key generated on a first start without configured keys.
CREATE TABLE api_key (
    sha256     CHAR(64)                  PRIMARY KEY,
    client_id  VARCHAR(64)               NOT NULL,
    roles      VARCHAR(100)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE  NOT NULL
);
