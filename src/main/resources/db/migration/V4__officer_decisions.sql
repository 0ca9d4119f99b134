-- The officer decides, the rules advise: every decision on an assessment, never updated or erased.
-- A later decision supersedes an earlier one.
CREATE TABLE officer_decision (
    id            UUID                      PRIMARY KEY,
    assessment_id UUID                      NOT NULL REFERENCES assessment (id),
    decided_at    TIMESTAMP WITH TIME ZONE  NOT NULL,
    pathways      VARCHAR(1000)             NOT NULL,
    outcome       VARCHAR(16)               NOT NULL,
    reason        VARCHAR(2000),
    officer       VARCHAR(64),
    supersedes    UUID                      REFERENCES officer_decision (id)
);

CREATE INDEX officer_decision_assessment ON officer_decision (assessment_id, decided_at);
