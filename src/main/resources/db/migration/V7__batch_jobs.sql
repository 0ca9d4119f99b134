-- Batch jobs and their lines, so that a restart loses nothing: unfinished lines are picked up again.
CREATE TABLE batch_job (
    id         UUID                      PRIMARY KEY,
    client_id  VARCHAR(64),
    role       VARCHAR(16),
    created_at TIMESTAMP WITH TIME ZONE  NOT NULL,
    total      INTEGER                   NOT NULL
);

-- state: PENDING (to decide), DONE (advised), FAILED (invalid or could not be decided)
CREATE TABLE batch_line (
    job_id        UUID              NOT NULL REFERENCES batch_job (id),
    line          INTEGER           NOT NULL,
    state         VARCHAR(8)        NOT NULL,
    intake        VARCHAR(100000),
    problems      VARCHAR(100000),
    assessment_id UUID,
    reference     VARCHAR(64),
    recommended   VARCHAR(1000),
    PRIMARY KEY (job_id, line)
);
