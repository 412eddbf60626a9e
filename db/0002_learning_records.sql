-- 0002: the CPL log with reflections and evidence, reflective supervision, each worker's
-- registration cycle, an audit log of changes, and autosaved drafts.

ALTER TABLE roles ADD COLUMN supervision_days INTEGER CHECK (supervision_days IS NULL OR supervision_days > 0);
-- Example targets for the starter roles (review locally): monthly for social work, residential
-- care, youth justice, family support and foster care; every three months for others.
UPDATE roles SET supervision_days = 30 WHERE example = 1 AND code IN (
    'social-worker', 'nqsw', 'sw-team-manager', 'residential-worker', 'residential-manager',
    'foster-carer', 'youth-justice-worker', 'family-support-worker');
UPDATE roles SET supervision_days = 90 WHERE example = 1 AND code IN (
    'kinship-carer', 'elc-practitioner', 'health-visitor', 'school-nurse');

CREATE TABLE cpl_entries (
    id TEXT PRIMARY KEY,
    worker_id TEXT NOT NULL REFERENCES workers(id) ON DELETE RESTRICT,
    occurred_on TEXT NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    provider TEXT NOT NULL DEFAULT '',
    hours REAL NOT NULL CHECK (hours >= 0),
    participatory INTEGER NOT NULL DEFAULT 0,
    module_id TEXT REFERENCES modules(id) ON DELETE RESTRICT,
    completion_id TEXT REFERENCES completions(id) ON DELETE SET NULL,
    frameworks TEXT NOT NULL DEFAULT '[]',      -- JSON list of framework codes
    sssc_elements TEXT NOT NULL DEFAULT '[]',   -- JSON list of SSSC core learning element codes
    topics TEXT NOT NULL DEFAULT '[]',          -- JSON list, e.g. adult-protection
    learned TEXT NOT NULL DEFAULT '',           -- reflection: private to the worker
    practice_change TEXT NOT NULL DEFAULT '',   -- reflection: private to the worker
    prompt TEXT NOT NULL DEFAULT '',
    prompt_response TEXT NOT NULL DEFAULT '',   -- reflection: private to the worker
    deleted_at TEXT,                            -- set on delete; cleared by undo
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX cpl_entries_worker ON cpl_entries(worker_id, occurred_on);

-- Evidence files are stored once under evidence/ in the data folder, named by content hash.
CREATE TABLE evidence_files (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE cpl_evidence (
    id TEXT PRIMARY KEY,
    entry_id TEXT NOT NULL REFERENCES cpl_entries(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL REFERENCES evidence_files(sha256) ON DELETE RESTRICT,
    original_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX cpl_evidence_entry ON cpl_evidence(entry_id);

CREATE TABLE supervision_sessions (
    id TEXT PRIMARY KEY,
    worker_id TEXT NOT NULL REFERENCES workers(id) ON DELETE RESTRICT,
    occurred_on TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('one-to-one', 'group', 'peer', 'coaching')),
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    supervisor TEXT NOT NULL DEFAULT '',
    topics TEXT NOT NULL DEFAULT '',
    private_notes TEXT NOT NULL DEFAULT '',
    prompt TEXT NOT NULL DEFAULT '',
    prompt_response TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX supervision_sessions_worker ON supervision_sessions(worker_id, occurred_on);

CREATE TABLE registrations (
    worker_id TEXT PRIMARY KEY REFERENCES workers(id) ON DELETE CASCADE,
    declaration_on TEXT,
    career_pathway TEXT NOT NULL DEFAULT '',
    funded_elc INTEGER NOT NULL DEFAULT 0,
    revalidation_on TEXT,
    signoff_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Who changed what, and when. Never holds reflection or note text, only which fields changed.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    worker_id TEXT,
    summary TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_worker ON audit_log(worker_id, at);

CREATE TABLE drafts (
    key TEXT PRIMARY KEY,
    payload TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
