-- Every accepted version of the policy rules; the highest version is in force.
CREATE TABLE policy_rules (
    version     INTEGER PRIMARY KEY,
    document    TEXT        NOT NULL,
    changed_by  TEXT        NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL
);
