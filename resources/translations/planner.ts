<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Mark attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — on the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person ticked gets a completion on the session&apos;s date, which is part of their learning history. Anyone not ticked is a no-show and stays on the list for the next session; unticking someone marked as attended takes it back and deletes the completion it recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup of the data now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to a backup; the data in use is kept as a backup first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data is read-only: save a backup copy elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway Planner data (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %s (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %s? The data in use now is replaced by it; anything recorded since is not in it. The current data is kept as a backup, so you can go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The data in use before is kept as %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup was made: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules that would satisfy it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <source>Correct a completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning with others (participatory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the real date the learning was completed. It is part of the worker&apos;s learning history, counted once for their regulator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CplEntryDialog</name>
    <message>
        <source>Edit learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participatory (learning with others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A written reflective account (NMC form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not a catalogue module —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework areas it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSSC core learning elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue &amp;module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no prompt —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection (private to you; saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I &amp;learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it will change my &amp;practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections belong to the worker and are written in their own copy of Pathway Planner; they are not shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning entry details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved draft was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (to attach)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look ahead this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervision overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSSC declarations missing learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-needs analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export due list (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the due list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export needs (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the needs analysis as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and expired learning, then what falls due or expires within the chosen number of days. Double-click a row to open that worker&apos;s pathway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-needs analysis (every level a worker needs, including the four child protection workforce groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of learning needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSSC declaration: missing %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on %s: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the due list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the needs analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <source>Erase %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %s (%s)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries that name them are rewritten; one entry records that a person was erased, when and by whom. It cannot be undone: export them first if they may be needed. Backups made before still hold them; they are listed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records name them and are not changed: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records naming them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the staff number &amp;%s to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Pathway Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Pathway Planner&lt;/h2&gt;&lt;p&gt;Pathway Planner maps roles to the foundation learning they need (trauma, child protection, children&apos;s rights, child development and attachment), and shows where each worker stands. Everything stays on this computer.&lt;/p&gt;&lt;p&gt;How would you like to start?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore an example organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seven teams and about fifty made-up workers with a history of learning, so that every screen has something to show. Keep real records in a data folder of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starter frameworks, learning modules and roles, with no people yet. Add your own teams and workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For one worker, carer or panel member keeping their own record: your pathway, your learning and reflections, your supervision and your regulator&apos;s cycle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderActions</name>
    <message>
        <source>&amp;New data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start new data (your own organisation, or just you) in another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data in another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data folder: choose or create an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other folders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear missing folders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworksView</name>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels of the framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename framework…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter modules by code, title or provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add module…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire or restore module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No frameworks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no module yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %s %s? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for this level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your staff from an HR export (a CSV or XLSX file: Import people…, or File ▸ Import…), or add your teams and the people in them on the People page: Add team…, then Add worker… for each person, with the roles they hold and when they started. Home then shows what is overdue, expiring and due for them. The roles and the learning each one requires are on the Roles page; a new organisation starts with the starter set, to review for your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to People to add your teams and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your staff from an HR export (CSV or XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a figure (or Tab to it and press Space) to see the list behind it. Ctrl+F finds a worker from anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is in this team yet: add them on the People page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review leavers for &amp;erasure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to People to review leavers whose records are past keeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next training sessions with free places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people with
reflective supervision
overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person with
reflective supervision
overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSSC declarations
due within %d days
missing mandatory learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %d more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s left over %d years ago: their personal data may be past keeping (Settings: %d years): %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions with free places: plan one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import staff or completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff, from an HR export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions, from a learning system&apos;s export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Which column is which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lists &amp;everyone: people missing from it leave on the file&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the other rows when some are &amp;rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, all those people &amp;leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview what the import would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file, then Preview: nothing is written until you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of the file and what would happen to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the rows as previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %d rows below the headers on line %d (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for the column %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %s maps to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose, then Preview again —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job titles with no role yet: these people are imported without the role until you map it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses not matched to a module: their rows are rejected until you map them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewing %d rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPackDialog</name>
    <message>
        <source>Import pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;remove the %d records deleted on the worker&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;remove the record deleted on the worker&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also remove what the worker deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JustMeDialog</name>
    <message>
        <source>Just me: about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose your role —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no second role —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know my next declaration / revalidation / sign-off date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details stay on this computer. You can change any of them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff or &amp;registration reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your r&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started the role &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;econd role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started the second role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningPanel</name>
    <message>
        <source>Filter by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record learning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit learning entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete learning entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open e&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learning recorded yet. Use “Record learning…” to add a course, some reading, shadowing or anything else you learned from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d entries shown · %s hours (%s participatory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%s” (%s)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files are attached to this entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Mark as left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s leaves: their current roles end on the leaving date and they leave the team screens. Their learning record is kept, and this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leaving date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this data cannot be changed here (a read-only disk, share or file). You can look, print and export; to change it, copy the folder somewhere you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import staff from an HR export, or completions from a learning system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide for team &amp;managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide for &amp;workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide for &amp;training leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pathway Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a worker by name or staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a worker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d workers match “%s”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worker matches “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was changed in another window: this page refreshes once you save or discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed: the data was changed in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to %s are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;my learning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack of your learning for your manager or service (e-mail or USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport team pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role mapping and a team&apos;s roles and bookings, for workers&apos; own copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A learning pack from a worker, or a team pack from your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full licence texts are in %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full licence texts come with each installed package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Pathway Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pathway Planner %s&lt;/b&gt;&lt;p&gt;Foundation learning in child development, attachment, trauma and children&apos;s rights for Scotland&apos;s children&apos;s services workforce. Records stay on this computer unless you export them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Pathway Planner is free software (MIT licence), built with:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>%d of %d recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Team shown in the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, staff number, team or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only workers with this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the matrix as CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the team completion report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print learning records for everyone shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print certificates for everyone shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort the matrix by name again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix as on date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel computing the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   (blank: not required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key to the marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen teams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen teams (%d)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of %d workers shown · as on %s · double-click a cell (or press Enter) to open that worker&apos;s pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save team report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the team report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %d workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF per worker in a folder, or everything in one document (a PDF or an accessible web page)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;folder of files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as one document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %d documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleDialog</name>
    <message>
        <source>Edit module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: review locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework levels this module grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator topics it covers (the levels it grants cover their own: trauma and child protection levels count as those topics):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSSC core learning elements it covers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the module counts for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grants levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;overs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsChart</name>
    <message>
        <source>Bar chart of learning needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody needs any learning here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathwayView</name>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status as on date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;completion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this worker&apos;s learning record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this worker&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements and their states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my name, regulator and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements of their roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo deleting a completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My re&amp;gistration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gistration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to %s are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workers yet: add people on the People page, then their pathway shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no current role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include reflections?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include your reflections in the record? They are left out unless you choose to include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save learning record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completions recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the completion of “%s” on %s? Its learning entry goes too, and the pathway counts it no longer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, staff number or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show people who have left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add worker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as left or current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo marking as left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workers here yet. Add one with “Add worker…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;current…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %s as current again? The roles that ended when they left are reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %s (%s)? They have no recorded learning. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the team %s?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationPanel</name>
    <message>
        <source>Applied to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works in a funded early learning and childcare setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revalidation (renewal) date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional Update sign-off year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration status is Fully
Registered (Associate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate registrants are exempt from Professional Update sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On SNCT terms: 35 hours of
CPD a year (contractual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyGTCS details updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional review and development (PRD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save registration details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save registration details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSSC &amp;verification pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the SSSC CPL verification pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the annual declaration falls due; left unset, the date registered is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career &amp;pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this worker stands in their regulator&apos;s cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it in the worker&apos;s details on People.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded early learning and
childcare setting: %s hours a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation setting (File ▸ Settings). Source: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registration details of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save SSSC verification pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy saved elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: restore nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Its integrity is checked first, and the data in use now is kept as a backup, so a restore can itself be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups in this data folder yet: File ▸ Back up now… makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway Planner data (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevalidationBox</name>
    <message>
        <source>Registered as both nurse and
midwife (900 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective discussion held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and character
declaration made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional indemnity
arrangement in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save c&amp;hecklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the revalidation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice hours in the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as both nurse and midwife</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces of practice-related feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective discussion with (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and character declaration made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional indemnity in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmer&apos;s name (often the line manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written reflective accounts are counted from learning entries marked as such on the Learning tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NMC revalidation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the cycle ending %s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>Requirements of the selected role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after starting the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due window in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective supervision target in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example mapping: review locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator people in this role register with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific modules the role requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save role requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level required in each framework (levels are cumulative):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific modules required:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requirement with its own window: days after starting the role (negative for before it starts) and its stage, such as induction or pre-approval. Blank: the role&apos;s own window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Levels and modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required level in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (local scale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesView</name>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire or restore role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new starter &amp;roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new starter roles and modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements of the selected role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version offers %s and %s your organisation does not have yet. Your own roles stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %s has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the role %s? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendPackDialog</name>
    <message>
        <source>Send my learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my learning to my manager or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack is one file to send by e-mail or on a USB stick. It holds your learning, completions, supervision dates (never your private notes), registration details and evidence files. Their copy of Pathway Planner shows what it changes before importing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what changed since my last pack (%s): %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything (your first pack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what changed since my last pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the &amp;words of my reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the words of my reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked, they see only that you wrote a reflection, not what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Plan a training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no prompt —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes are kept in the worker&apos;s own copy of Pathway Planner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested people, most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the selected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the most &amp;urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the most urgent people up to capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the selected booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet. Plan session… adds one (a module, a date, how many places); the people who need that module are then suggested, most urgent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: people who need this module, most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session, or plan one, to see who to book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit on places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s marked as attended are unticked. Take back their attendance? The completion it recorded, and its learning entry, will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the session on %s and release its %s?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days before it expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning window in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo image for documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a PNG or JPEG printed on documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name printed as the certificates&apos; signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Morag Reid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the certificates&apos; signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Learning and development lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates &amp;signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed under the signature line of every certificate; left empty, the line is left for a signature by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as &amp;expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning that expires within this many days shows as “expiring”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSSC hours a year in funded early learning and childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded &amp;ELC hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For SSSC registrants in funded early learning and childcare settings. Source: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is made each day the app is opened, and before imports and restores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years after leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years after leaving when a leaver is offered for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer leavers for e&amp;rasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home lists leavers past this time, to erase their personal data (UK GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagesTable</name>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (days after start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due windows of each requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%s” is not a number of days for %s: use a whole number, negative for before the role starts, or leave it blank for the role&apos;s own window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StarterUpdatesDialog</name>
    <message>
        <source>New starter roles and modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what to add. A role brings the modules it needs with it. Nothing you have changed is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New starter %s to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ticked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionPanel</name>
    <message>
        <source>Supervision status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record super&amp;vision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of this worker&apos;s current roles sets a target for reflective supervision. Sessions can still be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session on %s?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPackDialog</name>
    <message>
        <source>Export team pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team pack for workers&apos; own copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds the frameworks, modules and roles, and each worker&apos;s roles and booked training sessions, so that a worker who keeps their own copy (Just me) sees the same pathway. It holds staff numbers, not names, and none of anyone&apos;s learning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamsDialog</name>
    <message>
        <source>Choose teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every team shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick every team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerDialog</name>
    <message>
        <source>My details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the SSSC, the part of the Register: the social worker part adds two core learning elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gistration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff or registration reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>— choose a role —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my learning pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the team pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a learning or team pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning packs (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which is you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team pack is for several people. Choose your staff number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything about %s into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (%s) was erased: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another copy of Pathway Planner has the data open: close it so old pages are cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These backups, made before, still hold them; delete them if they need not be kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %d files in %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.parent</name>
    <message>
        <source>You can undo this until you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>%s is the data folder open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s already holds Pathway Planner data. Open it? Nothing in it is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Pathway Planner data in %s. To start new data there, choose File ▸ New data folder….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
