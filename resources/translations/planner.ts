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
    <name>Backups</name>
    <message>
        <source>sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BugReport</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the details of what went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Column</name>
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
        <source>State</source>
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
    <name>Counted</name>
    <message>
        <source>%n entry(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n person(s)</source>
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
        <source>Date of the learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of learning</source>
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
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written reflective account for the NMC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue &amp;module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue module it completes</source>
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
        <source>What I learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it will change my &amp;practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it will change my practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to children prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to the prompt</source>
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
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Counting what is due as on %s…</source>
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
    <name>Figures</name>
    <message>
        <source>due within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiring within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with reflective supervision overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with an SSSC declaration due within %2 and mandatory learning missing</source>
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
    <name>Frameworks</name>
    <message>
        <source>every %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, example</source>
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
        <source> (example scale)</source>
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
    <name>Help</name>
    <message>
        <source>Go to Home, Team matrix, What is due, Training sessions, People, Pathway, Frameworks, Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a worker by name or staff number (accents and case ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import staff or completions from a CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a learning pack or a team pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide for you (worker&apos;s guide in a Just me copy, else the manager&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit (asks first about changes not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning tab of a pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected learning entry, completion or supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last delete, or marking someone as left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same page, until the app closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the pathway of the selected worker or matrix cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, Team matrix, What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the list behind a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press that button or go to that field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every page and window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between controls; arrow keys move inside a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide for team managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&lt;h2&gt;Guide for team managers&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;Start on Home.&lt;/b&gt; It shows, as on today, how many requirements are overdue and for how many
people, what has expired, what expires soon (the warning window is in Settings), what falls due in
the next 60 days, who is overdue for reflective supervision and which SSSC declarations are coming
with mandatory learning missing. Choose a figure to see the people behind it on &lt;i&gt;What is due&lt;/i&gt;,
with the modules that would meet each need. The same figures appear in the team report and from
&lt;code&gt;planner figures&lt;/code&gt;.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Team matrix&lt;/b&gt; shows everyone against every requirement, each cell with a mark and a word as
well as a colour. Filter by name, team or role, show only one state, sort by a column (and go back
with &lt;i&gt;Name order&lt;/i&gt;), and press Enter on a cell to open that worker&apos;s pathway at that
requirement.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Plan training&lt;/b&gt; on &lt;i&gt;Training sessions&lt;/i&gt;: &lt;i&gt;Plan session…&lt;/i&gt;, then book the people
suggested (those who need the module most urgently come first). After the session,
&lt;i&gt;Mark attendance…&lt;/i&gt; records the completion for everyone ticked; unticking takes it back.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;People&lt;/b&gt; holds teams and workers, with the roles each holds and when they started: due
dates count from the start of a role. Someone who leaves is &lt;i&gt;marked as left&lt;/i&gt; (with the date),
never deleted, so their record is kept; Ctrl+Z undoes it.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Print&lt;/b&gt; the team report, learning records or certificates for everyone shown from the
matrix. Nothing leaves this computer unless you print or export it.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide for workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&lt;h2&gt;Guide for workers&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;Your pathway&lt;/b&gt; lists what your roles ask of you in child development, attachment, trauma,
children&apos;s rights and the other frameworks, each with its state in words (met, expiring, due,
overdue, expired) and the date that goes with it. &lt;i&gt;Next steps&lt;/i&gt; puts them in order and names
the modules that would meet each one.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Record learning&lt;/b&gt; (Ctrl+N on the Learning tab): what you did, when, for how long, what kind
(a course, reading, shadowing…), who provided it and whether you learned with others. Say what
changed in your practice: that reflection is yours, and it is never shown on team screens or
printed for others. Attach evidence such as a certificate. What you type is kept as a draft until
you save it.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Supervision&lt;/b&gt; records reflective supervision sessions; &lt;b&gt;Registration&lt;/b&gt; shows your
regulator&apos;s cycle (the SSSC year, the NMC&apos;s three years or the GTCS school session) with your hours
and each check, met or not.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Print your record&lt;/b&gt; with &lt;i&gt;Print record…&lt;/i&gt;; the SSSC pack, for SSSC registrants, is on
the Registration tab. In a &lt;i&gt;Just me&lt;/i&gt; copy, &lt;i&gt;My details…&lt;/i&gt; changes your name, staff number,
regulator and roles.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Send your learning&lt;/b&gt; to your manager or fostering service with &lt;i&gt;File ▸ Send my
learning…&lt;/i&gt;: it saves one file to e-mail or copy to a USB stick. Your reflections&apos; words go only
if you tick &lt;i&gt;Share the words of my reflections&lt;/i&gt;; otherwise they see only that you wrote one.
Your private supervision notes never go. Next time it offers to send only what changed since. A
&lt;i&gt;team pack&lt;/i&gt; from them (&lt;i&gt;File ▸ Import pack…&lt;/i&gt;) brings your roles, what they require and
the sessions you are booked on, and never changes your own learning.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide for training leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&lt;h2&gt;Guide for training leads&lt;/h2&gt;
&lt;p&gt;&lt;b&gt;Frameworks&lt;/b&gt; lists the learning modules: provider, hours, how often they must be renewed,
and which framework levels each one grants. Add your own, edit them, or retire those no longer
offered (a retired module stays on the records of those who did it).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Roles&lt;/b&gt; says what each role requires: a level in each framework (levels build on each
other), specific modules, the regulator people in the role register with, how long new starters
have (with &lt;i&gt;Due windows&lt;/i&gt; for induction and other stages) and how often supervision is
expected. Roles marked as examples come from the starter set: review them for your
organisation.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Settings&lt;/b&gt; holds the organisation&apos;s name and logo, who signs certificates and their role,
how early learning shows as expiring, and the hours asked of SSSC registrants in funded early
learning and childcare.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Documents&lt;/b&gt;: a learning record or certificates from a pathway; records and certificates for
everyone shown, and the team report, from the matrix; sign-in sheets from Training sessions; the
SSSC pack from the Registration tab. Each certificate has a code that &lt;code&gt;planner verify&lt;/code&gt;
checks. Combined batches never include anyone&apos;s reflections.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Learning packs&lt;/b&gt;: workers who keep their own copy send their learning as a pack;
&lt;i&gt;File ▸ Import pack…&lt;/i&gt; shows what it changes before importing it. &lt;i&gt;File ▸ Export team
pack…&lt;/i&gt; sends them the role mapping with their roles and bookings. This copy keeps only that a
worker wrote a reflection, unless they shared its words.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Data folders&lt;/b&gt;: after exploring the example organisation, &lt;i&gt;File ▸ New data folder…&lt;/i&gt;
starts your own; &lt;i&gt;Open data folder…&lt;/i&gt; and &lt;i&gt;Recent folders&lt;/i&gt; switch between them.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
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
    <message numerus="yes">
        <source>%n person(s) with</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>reflective supervision
overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SSSC declaration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>due within %s
missing mandatory learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, left %3)</source>
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
    <name>Import</name>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>＋ new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ leaves</source>
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
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff or &amp;registration reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff or registration reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your r&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started the role &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date you started the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;econd role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started the second role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date you started the second role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next regulator date known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next declaration, revalidation or sign-off date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message>
        <source>written, shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
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
        <source>Find a worker (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>not required</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>only</source>
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
        <source>Module code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module title</source>
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
        <source>&amp;Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal period in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
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
    <name>Pathway</name>
    <message>
        <source>pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a supervision session (Supervision tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the date on the Registration tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no module in the catalogue yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not expire</source>
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
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no current role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requirements</source>
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
    <name>Registration</name>
    <message>
        <source>%1 of learning, %2 hours (%3 participatory), %4 with a written reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional Update sign-off: not needed (Fully Registered (Associate)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional Update sign-off due by %1</source>
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
    <name>Regulator</name>
    <message>
        <source>SSSC (social services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NMC (nurses, health visitors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTCS (teachers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
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
    <name>Roles</name>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, example: review locally</source>
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
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
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
        <source>Date of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to children prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes are kept in the worker&apos;s own copy of Pathway Planner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 attended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Training sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
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
        <source>Counting the items in each state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in each state (as the team report counts them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if every booked session happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session, or plan one, to see who to book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainer</source>
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
        <source>Finding who to book…</source>
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
    <name>Startup</name>
    <message>
        <source>Open another data folder, or keep the damaged file under another name (for recovery later) and start this folder afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the latest sound backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the damaged file aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 is back in use; anything recorded since then is not in it. The damaged file is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded, and not expiring within the warning window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded, but expires soon (the date is when it expires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded yet; the date is when it is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded once, but expired (the date is when it expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded, and the due date has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not required by this worker&apos;s current roles</source>
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
        <source>next by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last session</source>
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
        <source>Role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove role %1</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gistration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
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
    <name>backups</name>
    <message>
        <source>Keep between 0 and %1 %2 backups, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one daily or weekly backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data is held in memory only: give a file to copy it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy can still be saved elsewhere (`planner backup -o FILE`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name cannot contain a NUL character: type the name again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name for the copy (e.g. %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist: create it first, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database in use (or one of its files): choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data is held in memory only: there is no data folder to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore (the data then in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1: give the backup&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: give a backup file (planner-….sqlite3) inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database in use now: choose a backup of it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>base</name>
    <message>
        <source>That record no longer exists (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records depend on this one. Retire it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>batch</name>
    <message>
        <source>There is nobody to print for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print: no completions have been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bugs</name>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to%1: permission denied. Choose a place of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not be read or written%1 (an I/O error): check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong — details saved to %1. Please send that file to whoever supports Pathway Planner for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalogue_repository</name>
    <message>
        <source>This module has %1 recorded completion(s) and is required by %2 role(s). Retire it instead, so those records keep their meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 worker role record(s) use this role. Retire it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cpl</name>
    <message>
        <source>Rights-based and ethical practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication and relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge for your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership and quality assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-awareness and reflexivity (social workers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional leadership (social workers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trauma-informed learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult support and protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How could this help the children I work with feel safe, loved and cared about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does this change the way I uphold children&apos;s rights day to day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will I do differently so children and families feel less judged or labelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is in the future: record learning once it has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before 1900: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the learning a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is %2 characters long: keep it to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <source>This data folder is read-only (a read-only disk, share or file): you can view, print and export, but not change anything. Copy the folder somewhere you can write to, and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file: choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be read (%2): check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is empty (0 bytes): it holds no records, and was probably cut short by a failed copy. Restore a backup copy, or move the empty file aside and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Pathway Planner database (it is some other kind of file). Move it aside, or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is another program&apos;s SQLite database (it has tables such as &apos;%2&apos;), not a Pathway Planner one: nothing in it was changed. Choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database%1 is busy: another program (or another copy of Pathway Planner) kept it locked for over 10 seconds. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database%1 is damaged or is not a Pathway Planner database. Restore a backup copy, or choose another data folder; `planner check` says what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved%1. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the database%1 could not be read or written (an I/O error): check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database%1 could not be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Pathway Planner (schema %1; this version knows up to %2). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This read-only data was written by an older version of Pathway Planner and needs upgrading, which changes it. Copy the folder somewhere you can write to, and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>&apos;%1&apos; is not a date: use YYYY-MM-DD, e.g. 2026-11-22</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>The example organisation has from 1 to %1 workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder already holds workers. Use --force to add the example anyway, or choose an empty data folder.</source>
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
    <name>documents</name>
    <message>
        <source> (local scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registration year %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cycle %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current role sets a target for reflective supervision, and none is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the last on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; none recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> No current role sets a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not registered with the SSSC, so there is no SSSC pack to print: print their learning record instead, which shows their own regulator&apos;s cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a year from 1900 to 2999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration year %1 to %2 has not started yet: there is no learning in it to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communication and relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered yet: registration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded early learning and childcare: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These certificates were never issued, and this read-only copy of the data cannot issue them (each needs a verification code recorded). Print them where the data can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to certify: no completions are recorded, or all have expired (ask for expired learning too to print those).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged (%1), so the code cannot be checked: restore a backup and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 matches no certificate issued from this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) completed %3 %4 on %5; certificate issued %6 by %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The completion it certified has since been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The record has changed since the certificate was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the worker&apos;s own copy of Pathway Planner: no employer has checked it, so it carries no verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, provided by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it with planner verify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of completion with verification codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework levels: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, each beginning on a new page when printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this worker stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements for %1, as on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions of %1, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning of %1 by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry of %1 in %2, with the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code holding the verification code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team completion report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in each state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in each state by framework (the chart&apos;s figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each worker&apos;s state on each requirement; an empty cell: the requirement does not apply to them. The matrix is in parts of a few requirements each, as on the printed report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each worker&apos;s state in %1, as on %2 (part %3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each item overdue, expired or due soon, by worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar chart of items in each state by framework. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space for someone not booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People booked on %1, with rows for people not booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSSC CPL verification pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning the SSSC requires every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core learning elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSSC core learning elements and the learning that covers each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each learning entry in the year, with the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker&apos;s declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current role sets a requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completions recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CPL entries recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learning recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflections written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record lists learning as recorded in Pathway Planner. It records learning; it does not judge a worker.</source>
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
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participatory hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous professional learning (every entry, completions included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections (included at the worker&apos;s choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number %1 · %2 · regulator: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status as on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 reflection is kept in the worker&apos;s own copy: this copy holds that it was written, not its words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reflections are kept in the worker&apos;s own copy: this copy holds that they were written, not their words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual learning record: foundation learning and continuous professional learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the session, mark attendance in Pathway Planner: each person who signed gets a completion on the session&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer: %1 · %2 booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1 places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training session sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s signature: ______________________________ &amp;nbsp;&amp;nbsp; Date: ______________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this pack&apos;s year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections stay with the worker and are not part of this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I declare that this is a true record of the learning I have done in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a year in progress: as on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · the registration anniversary is not recorded, so this is the calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · SSSC registration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register part: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career pathway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSSC CPL verification pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous professional learning mapped to the SSSC core learning elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, expired and due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue or due soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on %1 · %2 · %3 asked of them (framework levels, modules and registration deadlines), %4 recorded or expiring (%5%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix, part %1 of %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team completion report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team completion report: foundation learning by requirement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editing</name>
    <message>
        <source>Choose the regulator this person registers with (choose None if they do not register).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1: choose a role, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no module with the code &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator must be one of %1 (or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role&apos;s due window is between 0 and 3650 days after starting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage&apos;s window is between 3650 days before and 3650 days after starting the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 has a window of its own, but the role does not ask for that level: choose the level first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A module has a window of its own but is not one the role asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started a current role on %2: the leaving date cannot be before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning window must be between 0 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is too long to print: keep it under 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo file %1 does not exist: choose an image file, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: choose a PNG or JPEG image file for the logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo file %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image: choose one of those for the logo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; evidence files can be up to %3 MB. Attach a smaller copy or a scan of fewer pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1 was not attached. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be stored with the data: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>A file or folder name cannot contain a NUL character: type the name again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name inside it, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a device or a pipe): choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database: writing there would destroy it. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist: create it first, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: choose another place to save %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to: choose a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: give a folder for the files, or a name ending in .pdf for one combined file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: choose another place for the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 %2: choose a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1 was not saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept new files: choose another place to save %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a document is saved as a PDF (.pdf) or as an accessible web page (.html): end the name with one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hours</name>
    <message>
        <source>Hours must be a number, such as 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours is more than one entry can hold (%2): split it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours are recorded in quarter hours (0.25, 0.5, 0.75 …).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import_files</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: choose a CSV or XLSX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook that can be read (it may be damaged or an old .xls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet %1 does not look like the data: the workbook also has %2 (choose the sheet with --sheet, or Sheet in File ▸ Import…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text (CSV) file: choose a CSV or XLSX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet called &apos;%2&apos;: it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not TITLE=CODE: give the %2 and its code with &apos;=&apos; between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field to import: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &apos;%1&apos;: its columns are %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import_plan</name>
    <message>
        <source>; new teams: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>no date given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: &apos;%2&apos; is not a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a two-digit year: give the year in full, such as 31/01/2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: use day/month/year, such as 31/01/2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date this app works with (years %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date (day/month/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of hours from 0 to 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role with the code &apos;%1&apos; (planner roles lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no module with the code &apos;%1&apos; (planner frameworks lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name (or the forename and surname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff number %1 is also on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the file: leaves on %1 (the file&apos;s date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 current workers would leave: is %3 really the whole export? If it is, confirm the leavers (--confirm-leavers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staff number is over 40 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is over 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leaving date %1 is before the start date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role to map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left on %1: recorded as a leaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staff number (or the email address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course title (or its code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the completion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course &apos;%1&apos; is not matched to a module: map it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the completion date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is recorded already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same completion as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no worker has the staff number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no staff number or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no worker has the email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workers share the email %2: give the staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds %1? None of the file&apos;s headers (%2) is one this app knows: choose it under “Which column is which”, or name it with --mapping on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff number %1 looks like %2 with its leading zeros lost (a spreadsheet number?): format the column as text and export it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rejected (%2%3). Correct the file, or import the rest without them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>learning</name>
    <message>
        <source>Reflections and private notes stay in the worker&apos;s own copy: this organisation&apos;s copy keeps only that a reflection was written (--reflection-written on the command line). The worker can share their words from their own copy with a learning pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the learning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That module no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This learning was recorded by attending a training session of its module: to change it, take back the attendance on the Training sessions page instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1 &apos;%2&apos;: use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown framework &apos;%1&apos;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already recorded for %2 on %3: correct that record instead of adding it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no completion with the id &apos;%1&apos;: see `planner completion list STAFF_NO` for the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That learning entry does not complete a catalogue module: use `planner cpl delete` for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice hours and pieces of feedback cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the person confirming.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>learning_repository</name>
    <message>
        <source>That learning entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That supervision session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>%1 has no level %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pack_files</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: give the pack file (a .zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Pathway Planner pack (it is not a zip file): nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Pathway Planner pack (it has no manifest.json): nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2, which its manifest does not list: the pack was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks %2, which its manifest lists: the pack is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 does not match the SHA-256 its manifest gives: the pack was damaged or altered after it was made. Nothing was imported: ask for the pack to be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2: it is not a whole %3 pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 is not valid JSON: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 is not the file its name says: the pack was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 files, more than any pack: refused, nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member %1 is there twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member %1 is a folder or a link, which a pack never holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 cannot be read (%3): the pack is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 is not the size the zip declares: the pack is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 is not valid JSON: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Pathway Planner pack (its manifest does not say so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a pack of a kind this version does not know: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 has no readable time it was made: the pack was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 does not say when it was made: the pack was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 has no whole-number &quot;schema_version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Pathway Planner (schema %2; this version knows up to %3). Install the newer version to import it: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 has no list of members with their SHA-256 (&quot;members&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pack_plan</name>
    <message>
        <source>nothing has changed since your last pack (%1): it holds nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (what changed since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the words of %1 shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no reflection&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 missing from the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, made %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (changes since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning pack from %1 (%2)%3%4, for %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team pack from %1%2, for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the worker&apos;s side: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (removed here only if you confirm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: this copy already has everything in the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on the sender&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 deleted on the other side kept here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 removed, %4 stored%5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <source>the member name %1 holds a character a pack never uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member %1 is an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member %1 points outside the pack&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member %1 is not one a pack holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would unpack to more than %1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is compressed more than %2 times, as a zip bomb is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2].%3 is %4, not %5: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an organisation&apos;s copy: say whose learning to pack (planner pack export STAFF_NO -o FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no worker with staff number &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your copy has no staff number yet: set the one your employer or fostering service gave you (My details… in the app), so that their copy can match the pack to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1 If they are, import it again saying so (planner pack import FILE --same-person).</source>
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
    <name>paths</name>
    <message>
        <source>%1 is set but empty: set it to the data folder, or unset it to use the usual one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>people_repository</name>
    <message>
        <source>There is no team called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 worker(s) belong to this team. Move them first, or retire the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That worker no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no worker with staff number &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This worker has %1, which deleting would lose. Use People ▸ Mark as left instead: their record is kept and they leave the team screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That completion no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>person</name>
    <message>
        <source>Keep leavers&apos; records from 0 to %1 years after they leave (0: never offer erasure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder is %1&apos;s own copy (Just me): to erase it, delete the data folder %2 itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder name cannot contain a NUL character: type the name again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file: give a new folder for the person&apos;s files (it is created).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 already has files in it: give a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to: choose a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: choose another place for the person&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist: create it first, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>personal</name>
    <message>
        <source>Choose your role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planning</name>
    <message>
        <source>The number of days cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regulation</name>
    <message>
        <source>no cycle until the date is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school session %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of learning, %2 hours (%3 participatory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core learning elements covered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet covered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional Update sign-off: not needed (Fully Registered (Associate)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional Update sign-off due by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regulators</name>
    <message>
        <source>Scottish Social Services Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration anniversary (annual declaration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nursing and Midwifery Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revalidation (renewal) date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General Teaching Council for Scotland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSSC registration: apply (within %1 months of starting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSSC registration: registered (within %1 months of starting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the registration anniversary (the date the annual declaration is due) to follow the worker&apos;s own year; until then this shows the calendar year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the revalidation (renewal) date: the NMC&apos;s three-year cycle runs from it, so nothing is judged until it is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours in a funded early learning and childcare setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which participatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written reflective accounts (NMC form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces of practice-related feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective discussion with another registrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and character declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional indemnity arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation (often by the line manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyGTCS details updated this school session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional learning recorded this school session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional review and development (PRD) this school session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNCT contractual CPD hours this school session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional Update sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was due by %1: once it is confirmed, give the next sign-off year (five years on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the Professional Update sign-off year: sign-off is due every five years by 1 July.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
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
    <name>starter</name>
    <message>
        <source>The framework data that comes with Pathway Planner (%1) is damaged or in the wrong shape (%2). Nothing was changed: reinstall the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starter data refers to %1, which this organisation&apos;s frameworks lack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a new starter role: it is here already or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a new starter module: it is here already or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective supervision (every %1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (recorded %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status_service</name>
    <message>
        <source>The warning window must be between 0 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supervision</name>
    <message>
        <source>The date is in the future: record supervision once it has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session lasts at least one minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session cannot last more than a day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>team_packs</name>
    <message>
        <source>A team pack comes from an organisation&apos;s copy; this is a worker&apos;s own copy (Just me).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no worker with staff number &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team %1 has no current workers: there is no one to make a pack for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the pack is for: --team NAME, or --staff-no STAFF_NO for one worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks %2, which a team pack holds: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a team pack this version can read (%2): nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team pack updates a worker&apos;s own copy (Just me); this is an organisation&apos;s copy. To combine two organisations&apos; data, use a JSON export (planner import json FILE --merge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team.json in %1 is not a team pack&apos;s contents: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your copy has no staff number yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your staff number (%1) is not one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is for %1 %2. %3: import it saying which staff number is yours, the one your employer or service gave you (the app asks; on the command line: --as STAFF_NO). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your staff number here becomes %1 (it was %2). Make sure it is yours: the learning packs you send go to that person&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own learning, supervision and reflections are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team.json: a record of %1 has no code: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team.json: every record of %1 needs its %2: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team.json: every worker needs a staff number: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team.json: %1[%2] is not a record: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team.json: %1[%2].%3 is %4, which it cannot be: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team pack refers to %1, which it does not hold: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team pack holds a value of a kind this version cannot store: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>The %1 time &apos;%2&apos; is not a time of day: use HH:MM, such as 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session needs a module and a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity is from 1 to %1 places (or leave it empty for no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module %1 is retired: sessions cannot be planned for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no module with the code &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is %1: bookings cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That worker is not booked on this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance can be marked on or after the day of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That worker is not marked as having attended this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>training_repository</name>
    <message>
        <source>There is no training session with the id &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>transfer</name>
    <message>
        <source>There is no CSV export called &apos;%1&apos;: choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: give the JSON file exported from Pathway Planner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON export (it is not UTF-8 text): nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3: %4): nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is nested too deeply to be a Pathway Planner export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s records clash with the rules of the database (%1): nothing was imported. A record with the same code or staff number but a different id exists here, or a record refers to one that is in neither place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty (%2 workers, %3 frameworks): nothing was imported. Import into a new data folder (--data-dir NEW_FOLDER), or add --merge to combine the two (records matched by id; the newer change wins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Pathway Planner export (no &quot;format&quot;: &quot;pathway-planner-export&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export&apos;s &quot;schema_version&quot; is missing or is not a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was made by a newer version of Pathway Planner (schema %1; this version knows up to %2). Install the newer version to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export has no &quot;tables&quot; object: it is not a whole-organisation export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export has a table this version does not know: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export&apos;s records break the rules of its own schema (%1): nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evidence file could not be stored in the data folder: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>transfer_schema</name>
    <message>
        <source>&quot;%1%2&quot; should be a list of records, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be a record (an object), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot; (it identifies the record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a field &quot;%2&quot; that the %3 table does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be %2 or null, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;evidence&quot; should be an object of files by their sha256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence &quot;%1&quot; should be base64 text, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence &quot;%1&quot; is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence &quot;%1&quot; does not match its sha256: the file is damaged.</source>
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
<context>
    <name>worker_packs</name>
    <message>
        <source>records.json in %1 is not a worker&apos;s records: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records.json in %1 does not say whose learning it is: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 names someone other than its records do: the pack was altered. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack is from %1, and staff number %2 here is %3. Import it only if they are the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names evidence files it does not hold: the pack is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker shares the words of %1 in this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker did not share the words of their reflections (only that they wrote them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack holds only what changed since %1: if this copy never had the earlier pack, ask for a whole one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is %1&apos;s learning (staff number %2), and this is another worker&apos;s own copy: import it into their organisation&apos;s copy. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is %1&apos;s learning (staff number %2), and no one here has that staff number: add them on People (or correct their staff number), then import the pack again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1%2&quot; should be a list of records: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 holds the record %3 twice: the pack was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record with the same id is someone else&apos;s here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completes %2, a module this organisation does not have: imported as learning, not as a completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already recorded here on that date (kept as recorded here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1worker.regulator is %2, not SSSC, NMC or GTCS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack&apos;s records break a rule of this database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 in the pack has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 in the pack has a value this database does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 in the pack is already here under another id (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 in the pack refers to a record that is in neither place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <source>The data folder&apos;s name is empty: give a folder after --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data folder&apos;s name cannot contain a NUL character: type the name again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: give the folder that holds the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to, and holds no Pathway Planner data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. `planner check` lists what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence file %1… (%2) is missing from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence file %1 is not used by any record (it can be deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leftover temporary file %1 (Pathway Planner removes it when next opened)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
