-- Every assessment, append-only: the input facts, the advice as given, and the rule set that decided.
-- JSON is kept as text so that H2 (embedded default) and PostgreSQL (production) share one schema.
CREATE TABLE assessment (
    id               UUID                      PRIMARY KEY,
    reference        VARCHAR(64),
    created_at       TIMESTAMP WITH TIME ZONE  NOT NULL,
    rule_set_version VARCHAR(64)               NOT NULL,
    rule_set_hash    CHAR(64)                  NOT NULL,
    intake           VARCHAR(1000000)          NOT NULL,
    advice           VARCHAR(1000000)          NOT NULL
);

CREATE INDEX assessment_reference ON assessment (reference);
CREATE INDEX assessment_created_at ON assessment (created_at);
