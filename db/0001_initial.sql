-- 0001: frameworks, levels, modules, roles, teams, workers and completions.
-- Released migrations are never edited: add a new numbered file instead.
-- Records people create have UUID keys and created_at/updated_at (UTC, ISO 8601)
-- so that they can later move between machines without clashing.

CREATE TABLE frameworks (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',           -- JSON list, e.g. the five rights principles
    position INTEGER NOT NULL DEFAULT 0,
    example INTEGER NOT NULL DEFAULT 0,
    retired INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE levels (
    id TEXT PRIMARY KEY,
    framework_id TEXT NOT NULL REFERENCES frameworks(id) ON DELETE RESTRICT,
    rank INTEGER NOT NULL CHECK (rank >= 1),
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (framework_id, rank)
);

CREATE TABLE modules (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    provider TEXT NOT NULL DEFAULT '',
    delivery TEXT NOT NULL DEFAULT 'course',
    hours REAL CHECK (hours IS NULL OR hours >= 0),
    renewal_months INTEGER CHECK (renewal_months IS NULL OR renewal_months > 0),
    url TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    example INTEGER NOT NULL DEFAULT 0,
    retired INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE module_grants (
    module_id TEXT NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
    level_id TEXT NOT NULL REFERENCES levels(id) ON DELETE RESTRICT,
    PRIMARY KEY (module_id, level_id)
);
CREATE INDEX module_grants_level ON module_grants(level_id);

CREATE TABLE roles (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    sector TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    due_days INTEGER NOT NULL DEFAULT 90 CHECK (due_days >= 0),
    example INTEGER NOT NULL DEFAULT 0,
    retired INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- One required level per framework per role.
CREATE TABLE role_levels (
    role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
    framework_id TEXT NOT NULL REFERENCES frameworks(id) ON DELETE RESTRICT,
    level_id TEXT NOT NULL REFERENCES levels(id) ON DELETE RESTRICT,
    PRIMARY KEY (role_id, framework_id)
);

CREATE TABLE role_modules (
    role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
    module_id TEXT NOT NULL REFERENCES modules(id) ON DELETE RESTRICT,
    PRIMARY KEY (role_id, module_id)
);

CREATE TABLE teams (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    sector TEXT NOT NULL DEFAULT '',
    retired INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE workers (
    id TEXT PRIMARY KEY,
    staff_no TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    team_id TEXT REFERENCES teams(id) ON DELETE RESTRICT,
    regulator TEXT NOT NULL DEFAULT 'none' CHECK (regulator IN ('SSSC', 'NMC', 'GTCS', 'none')),
    register_part TEXT NOT NULL DEFAULT '',
    registration_no TEXT NOT NULL DEFAULT '',
    retired INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX workers_team ON workers(team_id);

CREATE TABLE worker_roles (
    id TEXT PRIMARY KEY,
    worker_id TEXT NOT NULL REFERENCES workers(id) ON DELETE RESTRICT,
    role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE RESTRICT,
    started_on TEXT NOT NULL,
    ended_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX worker_roles_worker ON worker_roles(worker_id);
CREATE INDEX worker_roles_role ON worker_roles(role_id);

CREATE TABLE completions (
    id TEXT PRIMARY KEY,
    worker_id TEXT NOT NULL REFERENCES workers(id) ON DELETE RESTRICT,
    module_id TEXT NOT NULL REFERENCES modules(id) ON DELETE RESTRICT,
    completed_on TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'manual',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX completions_worker_module ON completions(worker_id, module_id, completed_on);
CREATE INDEX completions_module ON completions(module_id);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
