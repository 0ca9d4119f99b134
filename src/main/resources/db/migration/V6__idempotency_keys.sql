-- First responses to POSTs sent with an Idempotency-Key, per client, so a retried request gets the
-- first result instead of creating a duplicate. status 0 = the first request is still being handled.
CREATE TABLE idempotency_key (
    client_id      VARCHAR(64)               NOT NULL,
    idem_key       VARCHAR(128)              NOT NULL,
    request_sha256 CHAR(64)                  NOT NULL,
    status         INTEGER                   NOT NULL,
    location       VARCHAR(300),
    body           VARCHAR(1000000),
    created_at     TIMESTAMP WITH TIME ZONE  NOT NULL,
    PRIMARY KEY (client_id, idem_key)
);
