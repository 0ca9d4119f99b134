-- Household advice (issue 13): one record per household advised, append-only like assessment: the facts
-- of every member (no names, no BSNs), the advice as given (each adult's, the family's domains and what it
-- shares), the rule set that decided, and who asked.
CREATE TABLE household_assessment (
    id               UUID                      PRIMARY KEY,
    reference        VARCHAR(64),
    created_at       TIMESTAMP WITH TIME ZONE  NOT NULL,
    rule_set_version VARCHAR(64)               NOT NULL,
    rule_set_hash    CHAR(64)                  NOT NULL,
    adults           INTEGER                   NOT NULL,
    children         INTEGER                   NOT NULL,
    facts            VARCHAR(1000000)          NOT NULL,
    advice           VARCHAR(1000000)          NOT NULL,
    correlation_id   VARCHAR(64),
    client_id        VARCHAR(64),
    role             VARCHAR(16)
);

CREATE INDEX household_assessment_reference ON household_assessment (reference);
CREATE INDEX household_assessment_created_at ON household_assessment (created_at);
CREATE INDEX household_assessment_client_id ON household_assessment (client_id);
