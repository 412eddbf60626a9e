-- 0006: the date a worker left, so that leaving can be undone (their roles reopened) and leavers
-- can be listed by when they went.
ALTER TABLE workers ADD COLUMN left_on TEXT;
UPDATE workers SET left_on = (SELECT MAX(ended_on) FROM worker_roles r WHERE r.worker_id = workers.id)
    WHERE retired = 1;
