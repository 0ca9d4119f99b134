-- A draft's impact as a background run (issue 14): started, its progress, and its report when done. Kept in
-- the database so that every instance behind a load balancer can answer for a run another one works.
-- state: RUNNING, DONE, FAILED; a RUNNING run whose progress stopped (its instance went away) is read as
-- ABANDONED.
CREATE TABLE impact_run (
    id           UUID                      PRIMARY KEY,
    draft_id     UUID                      NOT NULL,
    client_id    VARCHAR(64)               NOT NULL,
    samples      INTEGER                   NOT NULL,
    state        VARCHAR(10)               NOT NULL,
    total        INTEGER                   NOT NULL,
    processed    INTEGER                   NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE  NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    report       VARCHAR(10000000)
);

CREATE INDEX impact_run_draft ON impact_run (draft_id);
