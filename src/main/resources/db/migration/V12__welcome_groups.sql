-- Samen Hier (issue 13): welcome groups as their coordinators record them (no names, no addresses: the
-- neighbourhood as a 4-digit postcode area or coordinates), every change to them, the rankings made for a
-- newcomer and the officer's choice of group.
CREATE TABLE welcome_group (
    id                   UUID                      PRIMARY KEY,
    partner_organisation VARCHAR(200)              NOT NULL,
    postcode             CHAR(4),
    latitude             DOUBLE PRECISION,
    longitude            DOUBLE PRECISION,
    vulnerabilities      VARCHAR(200)              NOT NULL,
    priorities           VARCHAR(200)              NOT NULL,
    weegschaal           VARCHAR(1500)             NOT NULL,
    capacity             INTEGER                   NOT NULL,
    matched              BOOLEAN                   NOT NULL,
    retired              BOOLEAN                   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE  NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE  NOT NULL
);

CREATE INDEX welcome_group_active ON welcome_group (retired, matched);

CREATE TABLE welcome_group_change (
    id        UUID                      PRIMARY KEY,
    group_id  UUID                      NOT NULL REFERENCES welcome_group (id),
    action    VARCHAR(16)               NOT NULL,
    at        TIMESTAMP WITH TIME ZONE  NOT NULL,
    by_whom   VARCHAR(200)              NOT NULL,
    snapshot  VARCHAR(4000)             NOT NULL
);

CREATE INDEX welcome_group_change_group ON welcome_group_change (group_id, at);

CREATE TABLE welcome_group_match (
    id                UUID                      PRIMARY KEY,
    reference         VARCHAR(64),
    created_at        TIMESTAMP WITH TIME ZONE  NOT NULL,
    client_id         VARCHAR(200)              NOT NULL,
    rule_set_version  INTEGER                   NOT NULL,
    rule_set_hash     VARCHAR(100)              NOT NULL,
    answer            VARCHAR(1000000)          NOT NULL
);

CREATE TABLE welcome_group_choice (
    match_id    UUID                      PRIMARY KEY REFERENCES welcome_group_match (id),
    group_id    UUID                      NOT NULL REFERENCES welcome_group (id),
    group_rank  INTEGER                   NOT NULL,
    reason      VARCHAR(2000),
    officer     VARCHAR(200),
    decided_at  TIMESTAMP WITH TIME ZONE  NOT NULL
);
