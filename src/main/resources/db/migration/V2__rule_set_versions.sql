-- Every rule set that ever decided an advice, by content hash, so that a stored advice can be
-- decided again under the exact version that made it (replay).
CREATE TABLE rule_set_version (
    hash            CHAR(64)                  PRIMARY KEY,
    version         VARCHAR(64)               NOT NULL,
    first_loaded_at TIMESTAMP WITH TIME ZONE  NOT NULL,
    files           VARCHAR(10000000)         NOT NULL
);
