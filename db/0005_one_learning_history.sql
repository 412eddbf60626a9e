-- 0005: one learning history (every completion is a CPL entry, and the two are one event), the
-- regulator topics and SSSC elements each module covers, staged due windows for a role's
-- requirements, sources per mapping, and the registration details each regulator's cycle needs.
-- An existing organisation keeps its own roles and mapping: nothing here rewrites them.

-- Frameworks with no national tiered framework behind them are the organisation's own scale.
ALTER TABLE frameworks ADD COLUMN local_scale INTEGER NOT NULL DEFAULT 0;
UPDATE frameworks SET local_scale = 1 WHERE example = 1 AND code IN ('child-development', 'attachment');

-- What a module covers beyond the levels it grants.
ALTER TABLE modules ADD COLUMN topics TEXT NOT NULL DEFAULT '[]';          -- JSON list: adult-protection …
ALTER TABLE modules ADD COLUMN sssc_elements TEXT NOT NULL DEFAULT '[]';   -- JSON list of element codes
UPDATE modules SET topics = '["adult-protection"]' WHERE code = 'LOC-ASP' AND example = 1;
UPDATE modules SET sssc_elements = '["leadership"]' WHERE example = 0 AND code = 'NES-STILT';
UPDATE modules SET sssc_elements = '["knowledge"]'
    WHERE example = 1 AND code IN ('LOC-TR-ENH', 'LOC-TR-SPEC', 'LOC-CD-F', 'LOC-CD-P', 'LOC-CD-A');
UPDATE modules SET sssc_elements = '["rights"]' WHERE example = 1 AND code IN ('LOC-CR-1', 'LOC-CR-2');
UPDATE modules SET sssc_elements = '["leadership", "rights"]' WHERE example = 1 AND code = 'LOC-CR-3';
UPDATE modules SET sssc_elements = '["communication", "knowledge"]'
    WHERE example = 1 AND code IN ('LOC-AT-F', 'LOC-AT-P', 'LOC-AT-A', 'LOC-FC-PREP');
UPDATE modules SET sssc_elements = '["knowledge", "rights"]' WHERE example = 1 AND code = 'CHS-PRE';
UPDATE modules SET sssc_elements = '["knowledge", "reflective"]' WHERE example = 1 AND code = 'LOC-NQSW';

-- The regulator people in a role usually register with (a default for new workers).
ALTER TABLE roles ADD COLUMN regulator TEXT NOT NULL DEFAULT '';
UPDATE roles SET regulator = 'SSSC' WHERE example = 1 AND code IN (
    'social-worker', 'nqsw', 'sw-team-manager', 'residential-worker', 'residential-manager',
    'elc-practitioner', 'youth-justice-worker');
UPDATE roles SET regulator = 'NMC' WHERE example = 1 AND code IN ('health-visitor', 'school-nurse');
UPDATE roles SET regulator = 'GTCS' WHERE example = 1 AND code IN ('teacher', 'head-teacher');

-- Why a role needs each level or module (a citation).
ALTER TABLE role_levels ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE role_modules ADD COLUMN source TEXT NOT NULL DEFAULT '';

-- A requirement of a role with a due window of its own: a level (at or below the level the role
-- asks for in its framework) or a required module, due this many days after the role starts
-- (negative: before it starts, as for a foster carer's pre-approval learning).
CREATE TABLE role_stages (
    id TEXT PRIMARY KEY,
    role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
    level_id TEXT REFERENCES levels(id) ON DELETE CASCADE,
    module_id TEXT REFERENCES modules(id) ON DELETE CASCADE,
    due_days INTEGER NOT NULL CHECK (due_days BETWEEN -3650 AND 3650),
    name TEXT NOT NULL DEFAULT '',
    CHECK ((level_id IS NULL) <> (module_id IS NULL))
);
CREATE UNIQUE INDEX role_stages_level ON role_stages(role_id, level_id) WHERE level_id IS NOT NULL;
CREATE UNIQUE INDEX role_stages_module ON role_stages(role_id, module_id) WHERE module_id IS NOT NULL;

-- CPL entries: NMC written reflective accounts; how each was recorded; and the id of the
-- completion an entry is, kept while the entry is deleted so that undo restores the same record.
ALTER TABLE cpl_entries ADD COLUMN reflective_account INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cpl_entries ADD COLUMN source TEXT NOT NULL DEFAULT 'cpl';
ALTER TABLE cpl_entries ADD COLUMN completion_ref TEXT;
UPDATE cpl_entries SET completion_ref = completion_id;
CREATE INDEX cpl_entries_completion ON cpl_entries(completion_ref);

-- Every completion recorded on the pathway, by attending a session or in the example becomes
-- learning in the history, with the module's title, provider, typical hours and delivery; the
-- entry takes the completion's id, so the two are visibly one event.
INSERT INTO cpl_entries (id, worker_id, occurred_on, title, kind, provider, hours, participatory, module_id,
                         completion_id, completion_ref, source, created_at, updated_at)
SELECT c.id, c.worker_id, c.completed_on, m.title,
       CASE m.delivery WHEN 'animation' THEN 'e-learning' WHEN 'e-learning' THEN 'e-learning'
                       WHEN 'workshop' THEN 'workshop' WHEN 'qualification' THEN 'qualification'
                       WHEN 'reading' THEN 'reading' WHEN 'shadowing' THEN 'shadowing'
                       WHEN 'other' THEN 'other' ELSE 'course' END,
       m.provider, COALESCE(m.hours, 0),
       CASE WHEN c.source = 'session' OR m.delivery IN ('workshop', 'course', 'shadowing') THEN 1 ELSE 0 END,
       c.module_id, c.id, c.id,
       CASE c.source WHEN 'manual' THEN 'pathway' ELSE c.source END,
       c.created_at, c.updated_at
FROM completions c JOIN modules m ON m.id = c.module_id
WHERE NOT EXISTS (SELECT 1 FROM cpl_entries e WHERE e.completion_id = c.id);

-- Certificates keep the id of the completion they certified, even while it is deleted.
ALTER TABLE certificates ADD COLUMN completion_ref TEXT;
UPDATE certificates SET completion_ref = completion_id;
CREATE INDEX certificates_completion_ref ON certificates(completion_ref);

-- Bookings keep the id of the completion attendance made, even while it is deleted.
ALTER TABLE bookings ADD COLUMN completion_ref TEXT;
UPDATE bookings SET completion_ref = completion_id;

-- Registration details each regulator's cycle needs.
ALTER TABLE registrations ADD COLUMN applied_on TEXT;            -- SSSC: applied to register
ALTER TABLE registrations ADD COLUMN registered_on TEXT;         -- SSSC: registered
ALTER TABLE registrations ADD COLUMN snct INTEGER NOT NULL DEFAULT 0;        -- GTCS: on SNCT terms
ALTER TABLE registrations ADD COLUMN associate INTEGER NOT NULL DEFAULT 0;   -- GTCS: exempt from sign-off
ALTER TABLE registrations ADD COLUMN details_updated_on TEXT;    -- GTCS: MyGTCS details updated
ALTER TABLE registrations ADD COLUMN prd_on TEXT;                -- GTCS: last PRD meeting

-- An NMC revalidation checklist per cycle (identified by the date the cycle ends).
CREATE TABLE revalidations (
    worker_id TEXT NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
    cycle_end TEXT NOT NULL,
    practice_hours REAL NOT NULL DEFAULT 0 CHECK (practice_hours >= 0),
    dual_registration INTEGER NOT NULL DEFAULT 0,
    feedback INTEGER NOT NULL DEFAULT 0 CHECK (feedback >= 0),
    discussion_on TEXT,
    discussion_with TEXT NOT NULL DEFAULT '',
    confirmer TEXT NOT NULL DEFAULT '',
    confirmed_on TEXT,
    health_character INTEGER NOT NULL DEFAULT 0,
    indemnity INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (worker_id, cycle_end)
);
