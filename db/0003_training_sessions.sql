-- 0003: training sessions of a module, with bookings, a waiting list and attendance.

CREATE TABLE training_sessions (
    id TEXT PRIMARY KEY,
    module_id TEXT NOT NULL REFERENCES modules(id) ON DELETE RESTRICT,
    held_on TEXT NOT NULL,
    start_time TEXT NOT NULL DEFAULT '',        -- HH:MM, local time
    end_time TEXT NOT NULL DEFAULT '',
    venue TEXT NOT NULL DEFAULT '',
    online_link TEXT NOT NULL DEFAULT '',
    trainer TEXT NOT NULL DEFAULT '',
    capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled', 'completed')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX training_sessions_date ON training_sessions(held_on);

CREATE TABLE bookings (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES training_sessions(id) ON DELETE CASCADE,
    worker_id TEXT NOT NULL REFERENCES workers(id) ON DELETE RESTRICT,
    status TEXT NOT NULL CHECK (status IN ('booked', 'waiting', 'attended', 'no-show', 'released')),
    booked_at TEXT NOT NULL,                    -- keeps the waiting list in order
    completion_id TEXT REFERENCES completions(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (session_id, worker_id)
);
CREATE INDEX bookings_worker ON bookings(worker_id);
