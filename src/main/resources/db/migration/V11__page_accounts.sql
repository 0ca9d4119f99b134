-- People who sign in to the pages without an OpenID Connect provider: the development accounts a
-- first start generates when none are configured, by password hash (bcrypt) only.
CREATE TABLE page_account (
    username      VARCHAR(64)               PRIMARY KEY,
    password_hash VARCHAR(200)              NOT NULL,
    roles         VARCHAR(100)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE  NOT NULL
);
