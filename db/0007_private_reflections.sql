-- 0007: reflections private by construction. An organisation's copy holds a worker's reflection
-- text only where the worker shared it through an exchange pack; otherwise only the fact that a
-- reflection was written. A worker's own ("Just me") copy keeps everything. Supervision private
-- notes and answers to prompts never stay in an organisation's copy.

ALTER TABLE cpl_entries ADD COLUMN reflection_written INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cpl_entries ADD COLUMN reflection_shared INTEGER NOT NULL DEFAULT 0;

UPDATE cpl_entries SET reflection_written = 1
    WHERE learned <> '' OR practice_change <> '' OR prompt_response <> '';
UPDATE cpl_entries SET learned = '', practice_change = '', prompt_response = ''
    WHERE reflection_shared = 0 AND (SELECT value FROM settings WHERE key = 'mode') IS NOT 'personal';
UPDATE supervision_sessions SET private_notes = '', prompt_response = ''
    WHERE (SELECT value FROM settings WHERE key = 'mode') IS NOT 'personal';

-- Whatever writes a reflection (a form, an import, a restore or a pack), the same rule holds:
-- the flag follows the text in a worker's own copy; in an organisation's copy it is only ever
-- raised, and unshared text is dropped as it arrives.
CREATE TRIGGER cpl_reflection_insert AFTER INSERT ON cpl_entries
WHEN NEW.learned <> '' OR NEW.practice_change <> '' OR NEW.prompt_response <> ''
BEGIN
    UPDATE cpl_entries SET
        reflection_written = 1,
        learned = CASE WHEN NEW.reflection_shared = 0
            AND (SELECT value FROM settings WHERE key = 'mode') IS NOT 'personal' THEN '' ELSE learned END,
        practice_change = CASE WHEN NEW.reflection_shared = 0
            AND (SELECT value FROM settings WHERE key = 'mode') IS NOT 'personal' THEN '' ELSE practice_change END,
        prompt_response = CASE WHEN NEW.reflection_shared = 0
            AND (SELECT value FROM settings WHERE key = 'mode') IS NOT 'personal' THEN '' ELSE prompt_response END
    WHERE id = NEW.id;
END;

CREATE TRIGGER cpl_reflection_update AFTER UPDATE OF learned, practice_change, prompt_response, reflection_shared
ON cpl_entries
WHEN NEW.learned IS NOT OLD.learned OR NEW.practice_change IS NOT OLD.practice_change
    OR NEW.prompt_response IS NOT OLD.prompt_response OR NEW.reflection_shared IS NOT OLD.reflection_shared
BEGIN
    UPDATE cpl_entries SET
        reflection_written = CASE WHEN (SELECT value FROM settings WHERE key = 'mode') IS 'personal'
            THEN (NEW.learned <> '' OR NEW.practice_change <> '' OR NEW.prompt_response <> '')
            ELSE (OLD.reflection_written OR NEW.reflection_written
                  OR NEW.learned <> '' OR NEW.practice_change <> '' OR NEW.prompt_response <> '') END,
        learned = CASE WHEN NEW.reflection_shared = 0
            AND (SELECT value FROM settings WHERE key = 'mode') IS NOT 'personal' THEN '' ELSE learned END,
        practice_change = CASE WHEN NEW.reflection_shared = 0
            AND (SELECT value FROM settings WHERE key = 'mode') IS NOT 'personal' THEN '' ELSE practice_change END,
        prompt_response = CASE WHEN NEW.reflection_shared = 0
            AND (SELECT value FROM settings WHERE key = 'mode') IS NOT 'personal' THEN '' ELSE prompt_response END
    WHERE id = NEW.id;
END;

CREATE TRIGGER supervision_private_insert AFTER INSERT ON supervision_sessions
WHEN (NEW.private_notes <> '' OR NEW.prompt_response <> '')
    AND (SELECT value FROM settings WHERE key = 'mode') IS NOT 'personal'
BEGIN
    UPDATE supervision_sessions SET private_notes = '', prompt_response = '' WHERE id = NEW.id;
END;

CREATE TRIGGER supervision_private_update AFTER UPDATE OF private_notes, prompt_response ON supervision_sessions
WHEN (NEW.private_notes <> '' OR NEW.prompt_response <> '')
    AND (SELECT value FROM settings WHERE key = 'mode') IS NOT 'personal'
BEGIN
    UPDATE supervision_sessions SET private_notes = '', prompt_response = '' WHERE id = NEW.id;
END;
