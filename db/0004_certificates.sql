-- 0004: certificates issued for completions, each with a short verification code and a digest
-- of what it certified, so that a printed certificate can be checked offline.

CREATE TABLE certificates (
    code TEXT PRIMARY KEY,
    completion_id TEXT REFERENCES completions(id) ON DELETE SET NULL,
    worker_id TEXT NOT NULL REFERENCES workers(id) ON DELETE RESTRICT,
    digest TEXT NOT NULL,
    summary TEXT NOT NULL,               -- what was certified, as printed (JSON)
    issued_at TEXT NOT NULL
);
CREATE INDEX certificates_completion ON certificates(completion_id);
