-- Drafts of a rule set: the newest published set with some files replaced, stored, never applied
-- by itself. A second policy officer approves it; publishing makes it a numbered version.
CREATE TABLE rule_set_draft (
    id            UUID                      PRIMARY KEY,
    base_version  VARCHAR(64)               NOT NULL,
    base_hash     CHAR(64)                  NOT NULL,
    author        VARCHAR(64)               NOT NULL,
    reason        VARCHAR(2000)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE  NOT NULL,
    changed_files VARCHAR(4000)             NOT NULL,
    files         VARCHAR(10000000)         NOT NULL,
    approved_by   VARCHAR(64),
    approved_at   TIMESTAMP WITH TIME ZONE,
    approval_note VARCHAR(2000),
    published_as  INTEGER
);

-- Published versions: numbered, immutable, each effective from its moment until a later one takes
-- over. The files are in rule_set_version (by hash), shared with the replay archive.
CREATE TABLE rule_set_publication (
    number         INTEGER                   PRIMARY KEY,
    hash           CHAR(64)                  NOT NULL REFERENCES rule_set_version (hash),
    content_hash   CHAR(64)                  NOT NULL,
    origin         VARCHAR(16)               NOT NULL,
    author         VARCHAR(64)               NOT NULL,
    approver       VARCHAR(64),
    reason         VARCHAR(2000)             NOT NULL,
    effective_from TIMESTAMP WITH TIME ZONE  NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE  NOT NULL,
    draft_id       UUID,
    rollback_of    INTEGER
);
CREATE INDEX rule_set_publication_effective ON rule_set_publication (effective_from);
