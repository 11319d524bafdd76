<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About StationDesk</source>
        <translation>About StationDesk</translation>
    </message>
    <message>
        <source>StationDesk %1</source>
        <translation>StationDesk %1</translation>
    </message>
    <message>
        <source>The front desk of a township social work station (社工站).</source>
        <translation>The front desk of a township social work station (社工站).</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Runs on</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>e.g. 公益巴士进社区</source>
        <translation>e.g. 公益巴士进社区</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <source>Add members to %1</source>
        <translation>Add members to %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Narrow the list: name, initials, code or organisation</source>
        <translation>Narrow the list: name, initials, code or organisation</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>Ticked: %1</source>
        <translation>Ticked: %1</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <source>This person signs in first and can then add the other users of the station.</source>
        <translation>This person signs in first and can then add the other users of the station.</translation>
    </message>
    <message>
        <source>For signing in, without spaces, e.g. wangfang</source>
        <translation>For signing in, without spaces, e.g. wangfang</translation>
    </message>
    <message>
        <source>As shown on screen, e.g. 王芳</source>
        <translation>As shown on screen, e.g. 王芳</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
</context>
<context>
    <name>AfterwardsDialog</name>
    <message>
        <source>Enter hours afterwards</source>
        <translation>Enter hours afterwards</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Volunteer and shift</source>
        <translation>Volunteer and shift</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Content of service</source>
        <translation>Content of service</translation>
    </message>
</context>
<context>
    <name>ArrivedModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1, out %2</source>
        <translation>%1, out %2</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign volunteers</source>
        <translation>Assign volunteers</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name, pinyin initials or organisation</source>
        <translation>Name, pinyin initials or organisation</translation>
    </message>
    <message>
        <source>%1 (%2 members)</source>
        <translation>%1 (%2 members)</translation>
    </message>
    <message>
        <source>Assign the whole team</source>
        <translation>Assign the whole team</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Assign selected</source>
        <translation>Assign selected</translation>
    </message>
    <message>
        <source> · on this shift</source>
        <translation> · on this shift</translation>
    </message>
    <message>
        <source> · on another shift then</source>
        <translation> · on another shift then</translation>
    </message>
    <message>
        <source>Assign all the same?</source>
        <translation>Assign all the same?</translation>
    </message>
    <message>
        <source>Assign anyway</source>
        <translation>Assign anyway</translation>
    </message>
    <message>
        <source>%1 signed up.</source>
        <translation>%1 signed up.</translation>
    </message>
    <message>
        <source>%1 were on the shift already.</source>
        <translation>%1 were on the shift already.</translation>
    </message>
    <message>
        <source>%1 paused or departed members left out.</source>
        <translation>%1 paused or departed members left out.</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>The newest %1 entries; the log itself cannot be changed.</source>
        <translation>The newest %1 entries; the log itself cannot be changed.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>A backup is a copy of the whole database of this PC as it is now: every person, record and user of the station. Keep one to restore the station if this PC breaks.

A new PC of this station (a second reception PC, a trainer laptop) starts from a backup: on its first start, choose “This PC joins a station that already uses StationDesk” and pick the file. Its users then sign in there with their own passwords, and the two PCs exchange data on the Sync page.</source>
        <translation>A backup is a copy of the whole database of this PC as it is now: every person, record and user of the station. Keep one to restore the station if this PC breaks.

A new PC of this station (a second reception PC, a trainer laptop) starts from a backup: on its first start, choose “This PC joins a station that already uses StationDesk” and pick the file. Its users then sign in there with their own passwords, and the two PCs exchange data on the Sync page.</translation>
    </message>
    <message>
        <source>Back up the database…</source>
        <translation>Back up the database…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>StationDesk database (*.sqlite3)</source>
        <translation>StationDesk database (*.sqlite3)</translation>
    </message>
    <message>
        <source>The backup is at: %1
It holds every person's data: keep it safe (the USB stick locked away, never left in a shared folder), and delete it once it is no longer needed.</source>
        <translation>The backup is at: %1
It holds every person's data: keep it safe (the USB stick locked away, never left in a shared folder), and delete it once it is no longer needed.</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Unit or community</source>
        <translation>Unit or community</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>same mobile</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>name sounds the same</source>
        <translation>name sounds the same</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>registry</translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <source>New need, e.g. 适老化改造</source>
        <translation>New need, e.g. 适老化改造</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Add need</translation>
    </message>
    <message>
        <source>The need %1 has been added.</source>
        <translation>The need %1 has been added.</translation>
    </message>
    <message>
        <source>A retired need stays on the walk-ins recorded with it, but cannot be ticked for new ones. A new name also shows on past walk-ins.</source>
        <translation>A retired need stays on the walk-ins recorded with it, but cannot be ticked for new ones. A new name also shows on past walk-ins.</translation>
    </message>
    <message>
        <source>Only an administrator can change the need categories.</source>
        <translation>Only an administrator can change the need categories.</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <source>Search a volunteer: name, pinyin initials or card code</source>
        <translation>Search a volunteer: name, pinyin initials or card code</translation>
    </message>
    <message>
        <source>Issue and print…</source>
        <translation>Issue and print…</translation>
    </message>
    <message>
        <source>Public notice list</source>
        <translation>Public notice list</translation>
    </message>
    <message>
        <source>Print the notice list of the period…</source>
        <translation>Print the notice list of the period…</translation>
    </message>
    <message>
        <source>Notice list as .xlsx…</source>
        <translation>Notice list as .xlsx…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Print again…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Print the register…</source>
        <translation>Print the register…</translation>
    </message>
    <message>
        <source>Register as .xlsx…</source>
        <translation>Register as .xlsx…</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Certificate register</source>
        <translation>Certificate register</translation>
    </message>
    <message>
        <source>Issued in</source>
        <translation>Issued in</translation>
    </message>
    <message>
        <source>Choose a volunteer to see their service record.</source>
        <translation>Choose a volunteer to see their service record.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>%1 (ID %2): approved service from %3 to %4</source>
        <translation>%1 (ID %2): approved service from %3 to %4</translation>
    </message>
    <message>
        <source>Total: %1 hours on %2 days</source>
        <translation>Total: %1 hours on %2 days</translation>
    </message>
    <message>
        <source>No approved hours in this period: nothing to certify.</source>
        <translation>No approved hours in this period: nothing to certify.</translation>
    </message>
    <message>
        <source>Volunteer-service certificate %1</source>
        <translation>Volunteer-service certificate %1</translation>
    </message>
    <message>
        <source>Certificate %1 for %2.</source>
        <translation>Certificate %1 for %2.</translation>
    </message>
    <message>
        <source>Void a certificate</source>
        <translation>Void a certificate</translation>
    </message>
    <message>
        <source>Void certificate %1 of %2? Its number is never given again; a new certificate can be issued.</source>
        <translation>Void certificate %1 of %2? Its number is never given again; a new certificate can be issued.</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Certificate %1 is void.</source>
        <translation>Certificate %1 is void.</translation>
    </message>
    <message>
        <source>Save the certificate register</source>
        <translation>Save the certificate register</translation>
    </message>
    <message>
        <source>Save the public notice list</source>
        <translation>Save the public notice list</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>ChangeTierDialog</name>
    <message>
        <source>Change tier</source>
        <translation>Change tier</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>New tier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
</context>
<context>
    <name>CompleteFollowUpDialog</name>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>What was done (required)</source>
        <translation>What was done (required)</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Value kept</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Kept value from</source>
        <translation>Kept value from</translation>
    </message>
    <message>
        <source>Other value from</source>
        <translation>Other value from</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>This PC</translation>
    </message>
    <message>
        <source>Written at %1; kept because it was written last.</source>
        <translation>Written at %1; kept because it was written last.</translation>
    </message>
    <message>
        <source>Written at %1 at about the same time.</source>
        <translation>Written at %1 at about the same time.</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>These values were changed on two PCs at about the same time. Every PC now shows the value kept; check each one and keep it, or use the other value instead.</source>
        <translation>These values were changed on two PCs at about the same time. Every PC now shows the value kept; check each one and keep it, or use the other value instead.</translation>
    </message>
    <message>
        <source>No conflicts: every exchange so far merged cleanly.</source>
        <translation>No conflicts: every exchange so far merged cleanly.</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Keep this</translation>
    </message>
    <message>
        <source>The value kept stays, on every PC.</source>
        <translation>The value kept stays, on every PC.</translation>
    </message>
    <message>
        <source>Use the other</source>
        <translation>Use the other</translation>
    </message>
    <message>
        <source>The other value replaces the kept one, on every PC.</source>
        <translation>The other value replaces the kept one, on every PC.</translation>
    </message>
    <message>
        <source>Resolved on another PC: %1 conflict(s) closed here too. The value chosen there arrived with the file.</source>
        <translation>Resolved on another PC: %1 conflict(s) closed here too. The value chosen there arrived with the file.</translation>
    </message>
    <message>
        <source>%1 of %2 becomes “%3” (instead of “%4”) on every PC. Go ahead?</source>
        <translation>%1 of %2 becomes “%3” (instead of “%4”) on every PC. Go ahead?</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Use the other value</translation>
    </message>
    <message>
        <source>Kept. The choice travels with the next export.</source>
        <translation>Kept. The choice travels with the next export.</translation>
    </message>
    <message>
        <source>Changed to the other value. The change travels with the next export.</source>
        <translation>Changed to the other value. The change travels with the next export.</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Missed: %1</translation>
    </message>
    <message>
        <source>Visited %1</source>
        <translation>Visited %1</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>The coverage report as a PDF, to preview and print</source>
        <translation>The coverage report as a PDF, to preview and print</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Enter or double-click: log a visit</source>
        <translation>Enter or double-click: log a visit</translation>
    </message>
    <message>
        <source>By grid</source>
        <translation>By grid</translation>
    </message>
    <message>
        <source>By worker</source>
        <translation>By worker</translation>
    </message>
    <message>
        <source>Visit coverage %1</source>
        <translation>Visit coverage %1</translation>
    </message>
    <message>
        <source>Counting the past periods…</source>
        <translation>Counting the past periods…</translation>
    </message>
    <message>
        <source>Nobody due in this period</source>
        <translation>Nobody due in this period</translation>
    </message>
    <message>
        <source>%1 of %2 due visits made · goal 100%</source>
        <translation>%1 of %2 due visits made · goal 100%</translation>
    </message>
    <message>
        <source>%1 still open</source>
        <translation>%1 still open</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 missed</translation>
    </message>
    <message>
        <source>Not yet visited: %1</source>
        <translation>Not yet visited: %1</translation>
    </message>
    <message>
        <source>Everyone due in this period has been visited.</source>
        <translation>Everyone due in this period has been visited.</translation>
    </message>
    <message>
        <source>Nobody is due a visit in this period.</source>
        <translation>Nobody is due a visit in this period.</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>The rate of the last %1 weeks</source>
        <translation>The rate of the last %1 weeks</translation>
    </message>
    <message>
        <source>The rate of the last %1 months</source>
        <translation>The rate of the last %1 months</translation>
    </message>
    <message>
        <source>The rate of the last %1 quarters</source>
        <translation>The rate of the last %1 quarters</translation>
    </message>
    <message>
        <source>%1: %2 of %3 visited</source>
        <translation>%1: %2 of %3 visited</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <source>StationDesk is locked</source>
        <translation>StationDesk is locked</translation>
    </message>
</context>
<context>
    <name>DeskModel</name>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Credited</translation>
    </message>
    <message>
        <source>walk-up</source>
        <translation>walk-up</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Same ID number</source>
        <translation>Same ID number</translation>
    </message>
    <message>
        <source>Same name and phone</source>
        <translation>Same name and phone</translation>
    </message>
    <message>
        <source>Same name and birth date</source>
        <translation>Same name and birth date</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Possibly the same person, already registered: %1. Open one of them instead, or register a new person anyway and say why.</source>
        <translation>Possibly the same person, already registered: %1. Open one of them instead, or register a new person anyway and say why.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Open this person</source>
        <translation>Open this person</translation>
    </message>
    <message>
        <source>Why is this a different person? (required to save anyway)</source>
        <translation>Why is this a different person? (required to save anyway)</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>EndEnrolmentDialog</name>
    <message>
        <source>End enrolment</source>
        <translation>End enrolment</translation>
    </message>
    <message>
        <source>Last day on the list</source>
        <translation>Last day on the list</translation>
    </message>
    <message>
        <source>Why: no longer in difficulty, moved into a care home ...</source>
        <translation>Why: no longer in difficulty, moved into a care home ...</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>EndExemptionDialog</name>
    <message>
        <source>End exemption</source>
        <translation>End exemption</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>Last exempt day</source>
        <translation>Last exempt day</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a key target</source>
        <translation>Enrol a key target</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Why: living alone at 85, serious illness, 低保 ...</source>
        <translation>Why: living alone at 85, serious illness, 低保 ...</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
</context>
<context>
    <name>EnrolFromRegistryDialog</name>
    <message>
        <source>Enrol in %1</source>
        <translation>Enrol in %1</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Name, pinyin initials, phone or ID number (or scan), then Enter</source>
        <translation>Name, pinyin initials, phone or ID number (or scan), then Enter</translation>
    </message>
    <message>
        <source>No one found. Register the person at the reception desk first.</source>
        <translation>No one found. Register the person at the reception desk first.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>For everyone ticked, e.g. 东湖社区 (optional)</source>
        <translation>For everyone ticked, e.g. 东湖社区 (optional)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Ticked: %1</source>
        <translation>Ticked: %1</translation>
    </message>
</context>
<context>
    <name>EnrolSiteDialog</name>
    <message>
        <source>Enrol a site</source>
        <translation>Enrol a site</translation>
    </message>
    <message>
        <source>On the other PC open Sync and click “This PC's enrolment file…”. Scan the QR code it shows with the barcode scanner, or paste the code into the box and press Enter. Without a scanner, choose the enrolment file it saved on a USB stick.</source>
        <translation>On the other PC open Sync and click “This PC's enrolment file…”. Scan the QR code it shows with the barcode scanner, or paste the code into the box and press Enter. Without a scanner, choose the enrolment file it saved on a USB stick.</translation>
    </message>
    <message>
        <source>Scan or paste the code here</source>
        <translation>Scan or paste the code here</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>From a file…</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>Or:</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one on the other PC's screen. If they differ, do not exchange files with it and tell the administrator.</source>
        <translation>Compare this fingerprint with the one on the other PC's screen. If they differ, do not exchange files with it and tell the administrator.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Choose the other PC's enrolment file</source>
        <translation>Choose the other PC's enrolment file</translation>
    </message>
    <message>
        <source>Enrolled: its files are accepted from now on.</source>
        <translation>Enrolled: its files are accepted from now on.</translation>
    </message>
</context>
<context>
    <name>EnrolmentFileDialog</name>
    <message>
        <source>This PC's enrolment file</source>
        <translation>This PC's enrolment file</translation>
    </message>
    <message>
        <source>Another PC enrols this one by scanning this code, or by importing the enrolment file from a USB stick. Both people then compare the fingerprint below on both screens.</source>
        <translation>Another PC enrols this one by scanning this code, or by importing the enrolment file from a USB stick. Both people then compare the fingerprint below on both screens.</translation>
    </message>
    <message>
        <source>Key fingerprint of this PC</source>
        <translation>Key fingerprint of this PC</translation>
    </message>
    <message>
        <source>Save to a folder or USB stick…</source>
        <translation>Save to a folder or USB stick…</translation>
    </message>
    <message>
        <source>Save the enrolment file to</source>
        <translation>Save the enrolment file to</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ExemptionDialog</name>
    <message>
        <source>Exempt from visits</source>
        <translation>Exempt from visits</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Choose a reason</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>For good: no end</source>
        <translation>For good: no end</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Optional: which hospital, where to, who said so</source>
        <translation>Optional: which hospital, where to, who said so</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a file for another site</source>
        <translation>Export a file for another site</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Only what that site has not received yet (recommended)</source>
        <translation>Only what that site has not received yet (recommended)</translation>
    </message>
    <message>
        <source>Everything this PC holds for it (a full copy; a larger file)</source>
        <translation>Everything this PC holds for it (a full copy; a larger file)</translation>
    </message>
    <message>
        <source>Locked to that site: only its PC can open the file (recommended)</source>
        <translation>Locked to that site: only its PC can open the file (recommended)</translation>
    </message>
    <message>
        <source>Locked with a passphrase you tell the other site</source>
        <translation>Locked with a passphrase you tell the other site</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation>Choose the folder…</translation>
    </message>
    <message>
        <source>Tell the passphrase to the other site in person or by phone, never with the stick.</source>
        <translation>Tell the passphrase to the other site in person or by phone, never with the stick.</translation>
    </message>
    <message>
        <source>Take the file to that site on a USB stick and import it on its Sync page.</source>
        <translation>Take the file to that site on a USB stick and import it on its Sync page.</translation>
    </message>
    <message>
        <source>Please type a passphrase.</source>
        <translation>Please type a passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ: please type them again.</source>
        <translation>The two passphrases differ: please type them again.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Due tomorrow</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source>Anonymous visitor</source>
        <translation>Anonymous visitor</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Include done</source>
        <translation>Include done</translation>
    </message>
    <message>
        <source>New follow-up...</source>
        <translation>New follow-up...</translation>
    </message>
    <message>
        <source>A follow-up for the selected row's person, or for anyone (Ctrl+N)</source>
        <translation>A follow-up for the selected row's person, or for anyone (Ctrl+N)</translation>
    </message>
    <message>
        <source>Done...</source>
        <translation>Done...</translation>
    </message>
    <message>
        <source>Close the follow-up with a note saying what was done</source>
        <translation>Close the follow-up with a note saying what was done</translation>
    </message>
    <message>
        <source>Reassign...</source>
        <translation>Reassign...</translation>
    </message>
    <message>
        <source>Give the follow-up to a colleague</source>
        <translation>Give the follow-up to a colleague</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Everything the station did with this person (Enter)</source>
        <translation>Everything the station did with this person (Enter)</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to see the person's timeline</source>
        <translation>Double-click a row (or press Enter) to see the person's timeline</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>%1's follow-up is now with %2.</source>
        <translation>%1's follow-up is now with %2.</translation>
    </message>
    <message>
        <source>Follow-up added for %1, owned by %2.</source>
        <translation>Follow-up added for %1, owned by %2.</translation>
    </message>
    <message>
        <source>An anonymous visitor has no timeline.</source>
        <translation>An anonymous visitor has no timeline.</translation>
    </message>
    <message>
        <source>%1 open: %2 overdue, %3 due today</source>
        <translation>%1 open: %2 overdue, %3 due today</translation>
    </message>
    <message>
        <source>No open follow-ups here.</source>
        <translation>No open follow-ups here.</translation>
    </message>
</context>
<context>
    <name>GroupRateModel</name>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock the screen (Ctrl+L)</source>
        <translation>Lock the screen (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Version and where the data is kept</source>
        <translation>Version and where the data is kept</translation>
    </message>
</context>
<context>
    <name>HoursRuleTab</name>
    <message>
        <source>The actual time between check-in and check-out</source>
        <translation>The actual time between check-in and check-out</translation>
    </message>
    <message>
        <source>The shift's scheduled time (never more than the shift)</source>
        <translation>The shift's scheduled time (never more than the shift)</translation>
    </message>
    <message>
        <source>To the minute</source>
        <translation>To the minute</translation>
    </message>
    <message>
        <source>Down to %1 minutes</source>
        <translation>Down to %1 minutes</translation>
    </message>
    <message>
        <source>No extra credit for arriving early</source>
        <translation>No extra credit for arriving early</translation>
    </message>
    <message>
        <source>Credited time</source>
        <translation>Credited time</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <source>The rule applies to check-outs from now on; hours already credited keep what they credited. Rounding is always down.</source>
        <translation>The rule applies to check-outs from now on; hours already credited keep what they credited. Rounding is always down.</translation>
    </message>
    <message>
        <source>Saved. Check-outs from now on are credited by the new rule.</source>
        <translation>Saved. Check-outs from now on are credited by the new rule.</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <source>Check-in desk</source>
        <translation>Check-in desk</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Scan a volunteer card, or type a name, initials or a phone's last 4</source>
        <translation>Scan a volunteer card, or type a name, initials or a phone's last 4</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>Enter hours afterwards…</source>
        <translation>Enter hours afterwards…</translation>
    </message>
    <message>
        <source>Note for the review (optional)</source>
        <translation>Note for the review (optional)</translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>Approve (A)</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>Reject (R)</translation>
    </message>
    <message>
        <source>per volunteer</source>
        <translation>per volunteer</translation>
    </message>
    <message>
        <source>per team</source>
        <translation>per team</translation>
    </message>
    <message>
        <source>per activity</source>
        <translation>per activity</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Today: %1 volunteers, %2 checked in now</source>
        <translation>Today: %1 volunteers, %2 checked in now</translation>
    </message>
    <message>
        <source>%1 entries wait for review</source>
        <translation>%1 entries wait for review</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Approvals (%1)</translation>
    </message>
    <message>
        <source>Total %1 h</source>
        <translation>Total %1 h</translation>
    </message>
    <message>
        <source>Several volunteers match: pick one (number keys or arrows, Enter).</source>
        <translation>Several volunteers match: pick one (number keys or arrows, Enter).</translation>
    </message>
    <message>
        <source>Checked out %1: the hours for this shift had been entered already</source>
        <translation>Checked out %1: the hours for this shift had been entered already</translation>
    </message>
    <message>
        <source>Checked out %1, %2 h credited (waits for review)</source>
        <translation>Checked out %1, %2 h credited (waits for review)</translation>
    </message>
    <message>
        <source>Checked out %1, %2 h credited</source>
        <translation>Checked out %1, %2 h credited</translation>
    </message>
    <message>
        <source>Checked in already at %1</source>
        <translation>Checked in already at %1</translation>
    </message>
    <message>
        <source>walk-up service</source>
        <translation>walk-up service</translation>
    </message>
    <message>
        <source>Checked in %1 · %2</source>
        <translation>Checked in %1 · %2</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Approved: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
</context>
<context>
    <name>HoursWords</name>
    <message>
        <source>desk</source>
        <translation>desk</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>entered</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>forgot to check out</source>
        <translation>forgot to check out</translation>
    </message>
    <message>
        <source>no shift</source>
        <translation>no shift</translation>
    </message>
</context>
<context>
    <name>HubStatusModel</name>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Sites of %1:
%2</source>
        <translation>Sites of %1:
%2</translation>
    </message>
    <message>
        <source>this PC</source>
        <translation>this PC</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>The latest bundle imported from this station's sites</source>
        <translation>The latest bundle imported from this station's sites</translation>
    </message>
    <message>
        <source>%1: this PC's own data</source>
        <translation>%1: this PC's own data</translation>
    </message>
    <message>
        <source>%1: reported, received %2 (due %3)</source>
        <translation>%1: reported, received %2 (due %3)</translation>
    </message>
    <message>
        <source>%1: late, was due on %2</source>
        <translation>%1: late, was due on %2</translation>
    </message>
    <message>
        <source>%1: not yet due (due on %2)</source>
        <translation>%1: not yet due (due on %2)</translation>
    </message>
    <message>
        <source>%1: no data (the station was enrolled after it was due)</source>
        <translation>%1: no data (the station was enrolled after it was due)</translation>
    </message>
    <message>
        <source>station PC</source>
        <translation>station PC</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>hub</translation>
    </message>
    <message>
        <source>trainer laptop</source>
        <translation>trainer laptop</translation>
    </message>
</context>
<context>
    <name>HubStatusPanel</name>
    <message>
        <source>Monthly reports of the stations</source>
        <translation>Monthly reports of the stations</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>%1 late · %2 not yet due · due on day %3 of the next month</source>
        <translation>%1 late · %2 not yet due · due on day %3 of the next month</translation>
    </message>
</context>
<context>
    <name>IdleLockTab</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Lock the screen after</translation>
    </message>
    <message>
        <source>When nobody has used the keyboard or mouse for this long, StationDesk covers its windows and asks for the password again. 0 turns the lock off.</source>
        <translation>When nobody has used the keyboard or mouse for this long, StationDesk covers its windows and asks for the password again. 0 turns the lock off.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import a file</source>
        <translation>Import a file</translation>
    </message>
    <message>
        <source>A file from %1</source>
        <translation>A file from %1</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Holds</translation>
    </message>
    <message>
        <source>Changes in the file</source>
        <translation>Changes in the file</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Everything in this file is already on this PC: importing it again changes nothing (a receipt for the sender is written again).</source>
        <translation>Everything in this file is already on this PC: importing it again changes nothing (a receipt for the sender is written again).</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes all of it at once, or nothing.</source>
        <translation>Nothing has been written yet. Import writes all of it at once, or nothing.</translation>
    </message>
</context>
<context>
    <name>KeyTargetTableModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Not due</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Due: %1 days left</source>
        <translation>Due: %1 days left</translation>
    </message>
    <message>
        <source>Days since the last visit</source>
        <translation>Days since the last visit</translation>
    </message>
    <message>
        <source>%1: visited on %2</source>
        <translation>%1: visited on %2</translation>
    </message>
</context>
<context>
    <name>KeyTargets</name>
    <message>
        <source>Choose a tier</source>
        <translation>Choose a tier</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
</context>
<context>
    <name>KeyTargetsPage</name>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>A new language applies the next time StationDesk starts.</source>
        <translation>A new language applies the next time StationDesk starts.</translation>
    </message>
    <message>
        <source>Saved. Please restart StationDesk to use the new language.</source>
        <translation>Saved. Please restart StationDesk to use the new language.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>StationDesk is locked</source>
        <translation>StationDesk is locked</translation>
    </message>
    <message>
        <source>The screen was locked because nobody used it for a while.</source>
        <translation>The screen was locked because nobody used it for a while.</translation>
    </message>
    <message>
        <source>The screen has been locked.</source>
        <translation>The screen has been locked.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Wrong password. Please try again.</source>
        <translation>Wrong password. Please try again.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to StationDesk</source>
        <translation>Sign in to StationDesk</translation>
    </message>
    <message>
        <source>StationDesk</source>
        <translation>StationDesk</translation>
    </message>
    <message>
        <source>StationDesk: front desk of the social work station</source>
        <translation>StationDesk: front desk of the social work station</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Please enter your user name.</source>
        <translation>Please enter your user name.</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>Please enter your password.</translation>
    </message>
    <message>
        <source>Opening the station database, one moment...</source>
        <translation>Opening the station database, one moment...</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reception desk</source>
        <translation>Reception desk</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Key targets</source>
        <translation>Key targets</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>StationDesk — %1</source>
        <translation>StationDesk — %1</translation>
    </message>
    <message>
        <source>StationDesk</source>
        <translation>StationDesk</translation>
    </message>
</context>
<context>
    <name>MarkServedDialog</name>
    <message>
        <source>Mark served</source>
        <translation>Mark served</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Those ticked are credited the shift's scheduled time and wait for a coordinator's review.</source>
        <translation>Those ticked are credited the shift's scheduled time and wait for a coordinator's review.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — hours already entered</source>
        <translation>%1 — hours already entered</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move shift</source>
        <translation>Move shift</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>e.g. 因雨改期</source>
        <translation>e.g. 因雨改期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MyFollowUpsPanel</name>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Open the follow-ups page</source>
        <translation>Open the follow-ups page</translation>
    </message>
    <message>
        <source>Double-click a row to see the person's timeline</source>
        <translation>Double-click a row to see the person's timeline</translation>
    </message>
    <message>
        <source>Nothing overdue, nothing due in the next %1 days.</source>
        <translation>Nothing overdue, nothing due in the next %1 days.</translation>
    </message>
    <message>
        <source>My follow-ups: %1 overdue, %2 due soon</source>
        <translation>My follow-ups: %1 overdue, %2 due soon</translation>
    </message>
    <message>
        <source>My follow-ups</source>
        <translation>My follow-ups</translation>
    </message>
</context>
<context>
    <name>MyPasswordTab</name>
    <message>
        <source>Signed in as %1 (%2), user name %3.</source>
        <translation>Signed in as %1 (%2), user name %3.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>The current password is not right.</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
</context>
<context>
    <name>NamedListEditor</name>
    <message>
        <source>Rename...</source>
        <translation>Rename...</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retired)</translation>
    </message>
</context>
<context>
    <name>NewFollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source>What is to be done next</source>
        <translation>What is to be done next</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>%1 more characters needed.</source>
        <translation>%1 more characters needed.</translation>
    </message>
    <message>
        <source>Please enter a password.</source>
        <translation>Please enter a password.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>NotVisitedModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>NotYetModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marked</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>One-time notice: %1</source>
        <translation>One-time notice: %1</translation>
    </message>
    <message>
        <source>notice-%1.pdf</source>
        <translation>notice-%1.pdf</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>One-time notice</source>
        <translation>One-time notice</translation>
    </message>
    <message>
        <source>Relief type</source>
        <translation>Relief type</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documents to bring</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>No relief types are set up yet.</source>
        <translation>No relief types are set up yet.</translation>
    </message>
</context>
<context>
    <name>OwnerFilter</name>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Sign-in code</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (withdrawn)</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Search: name, pinyin initials, code or unit</source>
        <translation>Search: name, pinyin initials, code or unit</translation>
    </message>
    <message>
        <source>Enrol from registry…</source>
        <translation>Enrol from registry…</translation>
    </message>
    <message>
        <source>Find registered people, tick them and enrol them in one go</source>
        <translation>Find registered people, tick them and enrol them in one go</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Take the participant off the programme; their sign-ins stay on record</source>
        <translation>Take the participant off the programme; their sign-ins stay on record</translation>
    </message>
    <message>
        <source>Show withdrawn</source>
        <translation>Show withdrawn</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>%1 enrolled.</source>
        <translation>%1 enrolled.</translation>
    </message>
    <message>
        <source>%1 were enrolled already.</source>
        <translation>%1 were enrolled already.</translation>
    </message>
    <message>
        <source>%1 is withdrawn.</source>
        <translation>%1 is withdrawn.</translation>
    </message>
    <message>
        <source>Withdraw %1 from the programme? The sessions attended stay on record, and the sign-in code %2 no longer works.</source>
        <translation>Withdraw %1 from the programme? The sessions attended stay on record, and the sign-in code %2 no longer works.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>e.g. 平湖市民政局</source>
        <translation>e.g. 平湖市民政局</translation>
    </message>
    <message>
        <source>Choose the kind of partner</source>
        <translation>Choose the kind of partner</translation>
    </message>
    <message>
        <source>The person to ask for</source>
        <translation>The person to ask for</translation>
    </message>
    <message>
        <source>Mobile or landline with area code, e.g. 0573-85011001</source>
        <translation>Mobile or landline with area code, e.g. 0573-85011001</translation>
    </message>
    <message>
        <source>What they offer, e.g. 低保申请受理、临时救助</source>
        <translation>What they offer, e.g. 低保申请受理、临时救助</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>Provides</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>Provides</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retired)</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <source>Relief department</source>
        <translation>Relief department</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>Social organisation</translation>
    </message>
    <message>
        <source>Caring enterprise</source>
        <translation>Caring enterprise</translation>
    </message>
    <message>
        <source>Public-welfare enthusiast</source>
        <translation>Public-welfare enthusiast</translation>
    </message>
    <message>
        <source>University volunteer team</source>
        <translation>University volunteer team</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Civil affairs, medical insurance, the disabled persons' federation and other relief offices</source>
        <translation>Civil affairs, medical insurance, the disabled persons' federation and other relief offices</translation>
    </message>
    <message>
        <source>Social organisations and professional social work agencies</source>
        <translation>Social organisations and professional social work agencies</translation>
    </message>
    <message>
        <source>Businesses that give jobs, goods or money</source>
        <translation>Businesses that give jobs, goods or money</translation>
    </message>
    <message>
        <source>Individuals who volunteer their time or skills</source>
        <translation>Individuals who volunteer their time or skills</translation>
    </message>
    <message>
        <source>Student volunteer teams of a university or college</source>
        <translation>Student volunteer teams of a university or college</translation>
    </message>
    <message>
        <source>Hospitals, schools, community services and others</source>
        <translation>Hospitals, schools, community services and others</translation>
    </message>
</context>
<context>
    <name>PartnersPanel</name>
    <message>
        <source>Search by name, kind or what they provide, e.g. 低保 or 助老</source>
        <translation>Search by name, kind or what they provide, e.g. 低保 or 助老</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Show retired</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Add partner</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>No new referrals go to a retired partner; old ones keep its name</source>
        <translation>No new referrals go to a retired partner; old ones keep its name</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Your role may look up partners but not change the directory.</source>
        <translation>Your role may look up partners but not change the directory.</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1 is retired.</translation>
    </message>
    <message>
        <source>%1 is back in the directory.</source>
        <translation>%1 is back in the directory.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Found %1 of %2 partners</source>
        <translation>Found %1 of %2 partners</translation>
    </message>
    <message>
        <source>Partners in the directory: %1</source>
        <translation>Partners in the directory: %1</translation>
    </message>
    <message>
        <source>Double-click a partner to edit it</source>
        <translation>Double-click a partner to edit it</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>Station code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Last sent to it</source>
        <translation>Last sent to it</translation>
    </message>
    <message>
        <source>Last received from it</source>
        <translation>Last received from it</translation>
    </message>
    <message>
        <source>Changes it lacks</source>
        <translation>Changes it lacks</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint shown on that PC's Sync page.</source>
        <translation>Compare it with the fingerprint shown on that PC's Sync page.</translation>
    </message>
    <message>
        <source>Export a file for this site to send them.</source>
        <translation>Export a file for this site to send them.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Date range</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Jan–Mar</source>
        <translation>Jan–Mar</translation>
    </message>
    <message>
        <source>Apr–Jun</source>
        <translation>Apr–Jun</translation>
    </message>
    <message>
        <source>Jul–Sep</source>
        <translation>Jul–Sep</translation>
    </message>
    <message>
        <source>Oct–Dec</source>
        <translation>Oct–Dec</translation>
    </message>
    <message>
        <source>Q%1 (%2)</source>
        <translation>Q%1 (%2)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days)</source>
        <translation>%1 to %2 (%3 days)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>What the person agreed to, e.g. registry and home visits</source>
        <translation>What the person agreed to, e.g. registry and home visits</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter or Ctrl+S)</source>
        <translation>Save (Ctrl+Enter or Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retired)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Type a new number only to replace the recorded one.</source>
        <translation>Type a new number only to replace the recorded one.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Taken from the ID number.</source>
        <translation>Taken from the ID number.</translation>
    </message>
    <message>
        <source>Valid: born %1, %2</source>
        <translation>Valid: born %1, %2</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Name, pinyin initials, phone or ID number (or scan)</source>
        <translation>Name, pinyin initials, phone or ID number (or scan)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Choose someone else</source>
        <translation>Choose someone else</translation>
    </message>
    <message>
        <source>No one found. Register the person at the reception desk first.</source>
        <translation>No one found. Register the person at the reception desk first.</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Set a kiosk PIN</source>
        <translation>Set a kiosk PIN</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN (4 to 8 digits)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>The PIN again</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This area comes in a later version of StationDesk.</source>
        <translation>This area comes in a later version of StationDesk.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation>Choose a printer and print (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Save a copy of the PDF file</source>
        <translation>Save a copy of the PDF file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The PDF file %1 cannot be shown (%2).</source>
        <translation>The PDF file %1 cannot be shown (%2).</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Pages: %1</translation>
    </message>
    <message>
        <source>The printer could not be started: please check it and try again.</source>
        <translation>The printer could not be started: please check it and try again.</translation>
    </message>
    <message>
        <source>%1 pages sent to %2.</source>
        <translation>%1 pages sent to %2.</translation>
    </message>
    <message>
        <source>The chosen page range has no pages of this document.</source>
        <translation>The chosen page range has no pages of this document.</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Save the PDF as</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved to %1.</source>
        <translation>The file could not be saved to %1.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>New programme</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>e.g. 2026年平湖市社工站运营团队智创营</source>
        <translation>e.g. 2026年平湖市社工站运营团队智创营</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Choose the type</source>
        <translation>Choose the type</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>e.g. 平湖市民政局</source>
        <translation>e.g. 平湖市民政局</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Names, separated by commas</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Share of the sessions</source>
        <translation>Share of the sessions</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Number of sessions</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>Completed by</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Continuing-education hours each session counts (up or down by half hours)</source>
        <translation>Continuing-education hours each session counts (up or down by half hours)</translation>
    </message>
    <message>
        <source>Hours per session</source>
        <translation>Hours per session</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> sessions</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableModel</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Credited</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (was %2)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Reason (optional)</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign: %1</source>
        <translation>Reassign: %1</translation>
    </message>
    <message>
        <source>Owner now</source>
        <translation>Owner now</translation>
    </message>
    <message>
        <source>Give to</source>
        <translation>Give to</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>No colleague may take over this follow-up.</source>
        <translation>No colleague may take over this follow-up.</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>%1 years old</source>
        <translation>%1 years old</translation>
    </message>
    <message>
        <source>Resolved on the spot</source>
        <translation>Resolved on the spot</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Follow-up needed</translation>
    </message>
    <message>
        <source>Anonymous, %1, %2</source>
        <translation>Anonymous, %1, %2</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Key target</source>
        <translation>Key target</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Your role may view the day's walk-ins but not record them.</source>
        <translation>Your role may view the day's walk-ins but not record them.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the walk-in (Ctrl+Enter)</source>
        <translation>Save the walk-in (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>One-time notice…</source>
        <translation>One-time notice…</translation>
    </message>
    <message>
        <source>Print the list of documents to bring for a relief type</source>
        <translation>Print the list of documents to bring for a relief type</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Who came</translation>
    </message>
    <message>
        <source>Name, pinyin initials, phone or ID number (or scan)</source>
        <translation>Name, pinyin initials, phone or ID number (or scan)</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation>Register a new person (Ctrl+N)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Choose someone else</source>
        <translation>Choose someone else</translation>
    </message>
    <message>
        <source>Anonymous visitor</source>
        <translation>Anonymous visitor</translation>
    </message>
    <message>
        <source>Record the visit without a name: sex and age band only</source>
        <translation>Record the visit without a name: sex and age band only</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Needs and note</source>
        <translation>Needs and note</translation>
    </message>
    <message>
        <source>A short note: what the person asked, what was done</source>
        <translation>A short note: what the person asked, what was done</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>What the partner is asked to help with</source>
        <translation>What the partner is asked to help with</translation>
    </message>
    <message>
        <source>The person agrees to share their data with the partner</source>
        <translation>The person agrees to share their data with the partner</translation>
    </message>
    <message>
        <source>Only without consent: why the referral is sent anyway</source>
        <translation>Only without consent: why the referral is sent anyway</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Override reason</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>What is to be done next</source>
        <translation>What is to be done next</translation>
    </message>
    <message>
        <source>Who will do it: you, or a colleague</source>
        <translation>Who will do it: you, or a colleague</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Double-click a row to see the person's timeline</source>
        <translation>Double-click a row to see the person's timeline</translation>
    </message>
    <message>
        <source>Today: %1 walk-ins</source>
        <translation>Today: %1 walk-ins</translation>
    </message>
    <message>
        <source>anonymous visitor</source>
        <translation>anonymous visitor</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>No one found. Press Ctrl+N to register a new person.</source>
        <translation>No one found. Press Ctrl+N to register a new person.</translation>
    </message>
</context>
<context>
    <name>ReconcileGrid</name>
    <message>
        <source>Enter the paper sheet: %1</source>
        <translation>Enter the paper sheet: %1</translation>
    </message>
    <message>
        <source>%1 — %2 %3–%4, %5</source>
        <translation>%1 — %2 %3–%4, %5</translation>
    </message>
    <message>
        <source>Keys: 1/P present · 2/L late · 3/E excused · 4/A absent · 5/O left early; then the next row</source>
        <translation>Keys: 1/P present · 2/L late · 3/E excused · 4/A absent · 5/O left early; then the next row</translation>
    </message>
    <message>
        <source>Row number or code, Enter</source>
        <translation>Row number or code, Enter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Go to</translation>
    </message>
    <message>
        <source>No row has the number or code “%1”.</source>
        <translation>No row has the number or code “%1”.</translation>
    </message>
    <message>
        <source>Marked %1 of %2 · attended %3</source>
        <translation>Marked %1 of %2 · attended %3</translation>
    </message>
</context>
<context>
    <name>ReconcileModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>Entered at</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>The partner's reason when returned, why when revoked; otherwise an optional note</source>
        <translation>The partner's reason when returned, why when revoked; otherwise an optional note</translation>
    </message>
    <message>
        <source>Mark accepted</source>
        <translation>Mark accepted</translation>
    </message>
    <message>
        <source>The partner has taken the referral on</source>
        <translation>The partner has taken the referral on</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>The partner has helped the person: the referral is closed</source>
        <translation>The partner has helped the person: the referral is closed</translation>
    </message>
    <message>
        <source>Mark returned</source>
        <translation>Mark returned</translation>
    </message>
    <message>
        <source>The partner sent it back: write down their reason first</source>
        <translation>The partner sent it back: write down their reason first</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Withdraw the referral (a manager's decision, with a reason)</source>
        <translation>Withdraw the referral (a manager's decision, with a reason)</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Reason or note</translation>
    </message>
    <message>
        <source>Your role may view referrals but not change them.</source>
        <translation>Your role may view referrals but not change them.</translation>
    </message>
    <message>
        <source>Print slip…</source>
        <translation>Print slip…</translation>
    </message>
    <message>
        <source>The referral slip with its return part, for the partner</source>
        <translation>The referral slip with its return part, for the partner</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Referral %1: %2</source>
        <translation>Referral %1: %2</translation>
    </message>
    <message>
        <source>Tracking code %1</source>
        <translation>Tracking code %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, retired from the directory</source>
        <translation>%1, retired from the directory</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>The person agreed to share their data with the partner.</source>
        <translation>The person agreed to share their data with the partner.</translation>
    </message>
    <message>
        <source>Sent without the person's consent on %1's override. Reason: %2</source>
        <translation>Sent without the person's consent on %1's override. Reason: %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>Please write down why the partner returned the referral.</source>
        <translation>Please write down why the partner returned the referral.</translation>
    </message>
    <message>
        <source>Please say why the referral is revoked.</source>
        <translation>Please say why the referral is revoked.</translation>
    </message>
    <message>
        <source>Referral slip %1</source>
        <translation>Referral slip %1</translation>
    </message>
    <message>
        <source>referral-slip-%1.pdf</source>
        <translation>referral-slip-%1.pdf</translation>
    </message>
    <message>
        <source>The slip could not be written: %1</source>
        <translation>The slip could not be written: %1</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <source>Tracking code</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Days open</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Open for more than %1 days: ask the partner how it goes.</source>
        <translation>Open for more than %1 days: ask the partner how it goes.</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Type or scan the code on a returned slip, then Enter</source>
        <translation>Type or scan the code on a returned slip, then Enter</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the referral with this code (Enter)</source>
        <translation>Open the referral with this code (Enter)</translation>
    </message>
    <message>
        <source>Your role may not view referrals or partners.</source>
        <translation>Your role may not view referrals or partners.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Partners and resources</source>
        <translation>Partners and resources</translation>
    </message>
    <message>
        <source>Open (sent or accepted)</source>
        <translation>Open (sent or accepted)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Open the selected referral (Enter or double-click)</source>
        <translation>Open the selected referral (Enter or double-click)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>No referral has the code %1.</source>
        <translation>No referral has the code %1.</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Shown: %1</translation>
    </message>
    <message>
        <source>Shown: %1 (scroll for more)</source>
        <translation>Shown: %1 (scroll for more)</translation>
    </message>
    <message>
        <source>%1 open for more than %2 days</source>
        <translation>%1 open for more than %2 days</translation>
    </message>
</context>
<context>
    <name>RegisterLines</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>Void: %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Search: name, pinyin initials (zsf), phone or its last 4 digits, ID number or its last 4-6 characters</source>
        <translation>Search: name, pinyin initials (zsf), phone or its last 4 digits, ID number or its last 4-6 characters</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation>Register a new person (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Open the selected person (Enter or double-click)</source>
        <translation>Open the selected person (Enter or double-click)</translation>
    </message>
    <message>
        <source>Show numbers</source>
        <translation>Show numbers</translation>
    </message>
    <message>
        <source>Show the full ID number and phone; recorded in the audit log</source>
        <translation>Show the full ID number and phone; recorded in the audit log</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected person from the registry</source>
        <translation>Remove the selected person from the registry</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>All communities</translation>
    </message>
    <message>
        <source>Matching the filters: %1</source>
        <translation>Matching the filters: %1</translation>
    </message>
    <message>
        <source>People in the registry: %1</source>
        <translation>People in the registry: %1</translation>
    </message>
    <message>
        <source>Type at least 4 digits of a phone or ID number.</source>
        <translation>Type at least 4 digits of a phone or ID number.</translation>
    </message>
    <message>
        <source>No one found. Press Ctrl+N to register a new person.</source>
        <translation>No one found. Press Ctrl+N to register a new person.</translation>
    </message>
    <message>
        <source>The first %1 matches are shown: type more to narrow the search.</source>
        <translation>The first %1 matches are shown: type more to narrow the search.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Found: %1</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Remove %1 from the registry? Their past records stay in the history. Please give a reason; it is recorded in the audit log.</source>
        <translation>Remove %1 from the registry? Their past records stay in the history. Please give a reason; it is recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>ReliefTypesTab</name>
    <message>
        <source>One document per line, e.g. 身份证原件及复印件</source>
        <translation>One document per line, e.g. 身份证原件及复印件</translation>
    </message>
    <message>
        <source>Where to apply, how long it takes … (optional)</source>
        <translation>Where to apply, how long it takes … (optional)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documents to bring</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New relief type</source>
        <translation>New relief type</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Print notice…</source>
        <translation>Print notice…</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retired)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>%1 has been saved.</source>
        <translation>%1 has been saved.</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>New name</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>Station report (monthly, quarterly)</source>
        <translation>Station report (monthly, quarterly)</translation>
    </message>
    <message>
        <source>The period's figures and charts, compared with the period before and with last year.</source>
        <translation>The period's figures and charts, compared with the period before and with last year.</translation>
    </message>
    <message>
        <source>station-report</source>
        <translation>station-report</translation>
    </message>
    <message>
        <source>Reception log</source>
        <translation>Reception log</translation>
    </message>
    <message>
        <source>Every walk-in: who came, what they needed, how it ended.</source>
        <translation>Every walk-in: who came, what they needed, how it ended.</translation>
    </message>
    <message>
        <source>reception-ledger</source>
        <translation>reception-ledger</translation>
    </message>
    <message>
        <source>Home-visit ledger</source>
        <translation>Home-visit ledger</translation>
    </message>
    <message>
        <source>Visits to key targets: when, by whom, what was found.</source>
        <translation>Visits to key targets: when, by whom, what was found.</translation>
    </message>
    <message>
        <source>visit-ledger</source>
        <translation>visit-ledger</translation>
    </message>
    <message>
        <source>Referral ledger</source>
        <translation>Referral ledger</translation>
    </message>
    <message>
        <source>Referrals sent to partners and how each ended.</source>
        <translation>Referrals sent to partners and how each ended.</translation>
    </message>
    <message>
        <source>referral-ledger</source>
        <translation>referral-ledger</translation>
    </message>
    <message>
        <source>Volunteer-service ledger</source>
        <translation>Volunteer-service ledger</translation>
    </message>
    <message>
        <source>Volunteers' service and their counted hours.</source>
        <translation>Volunteers' service and their counted hours.</translation>
    </message>
    <message>
        <source>volunteer-ledger</source>
        <translation>volunteer-ledger</translation>
    </message>
    <message>
        <source>Training sign-in ledger</source>
        <translation>Training sign-in ledger</translation>
    </message>
    <message>
        <source>Training sessions and who signed in.</source>
        <translation>Training sessions and who signed in.</translation>
    </message>
    <message>
        <source>training-ledger</source>
        <translation>training-ledger</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <source>This is the district hub: the report rolls up its stations and prints each station's highlights as that station wrote them.</source>
        <translation>This is the district hub: the report rolls up its stations and prints each station's highlights as that station wrote them.</translation>
    </message>
    <message>
        <source>Show full ID numbers and phones</source>
        <translation>Show full ID numbers and phones</translation>
    </message>
    <message>
        <source>You will be asked why; each such printout is recorded in the audit log.</source>
        <translation>You will be asked why; each such printout is recorded in the audit log.</translation>
    </message>
    <message>
        <source>ID numbers and phones</source>
        <translation>ID numbers and phones</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Preview, then choose a printer (Ctrl+P)</source>
        <translation>Preview, then choose a printer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <source>What stood out in this period: events, achievements, problems, plans.</source>
        <translation>What stood out in this period: events, achievements, problems, plans.</translation>
    </message>
    <message>
        <source>Save highlights</source>
        <translation>Save highlights</translation>
    </message>
    <message>
        <source>Highlights of the period (printed in the report)</source>
        <translation>Highlights of the period (printed in the report)</translation>
    </message>
    <message>
        <source>Each period has its own highlights; the report prints them as written.</source>
        <translation>Each period has its own highlights; the report prints them as written.</translation>
    </message>
    <message>
        <source>Only a manager may write the highlights.</source>
        <translation>Only a manager may write the highlights.</translation>
    </message>
    <message>
        <source>Highlights of %1 (printed in the report)</source>
        <translation>Highlights of %1 (printed in the report)</translation>
    </message>
    <message>
        <source>Highlights saved.</source>
        <translation>Highlights saved.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <source>Show full numbers</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <source>Put the full ID numbers and phones in this ledger? The file and your reason are recorded in the audit log.</source>
        <translation>Put the full ID numbers and phones in this ledger? The file and your reason are recorded in the audit log.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>%1 rows written; finishing the file…</source>
        <translation>%1 rows written; finishing the file…</translation>
    </message>
    <message>
        <source>Writing %1: %2 of %3 rows</source>
        <translation>Writing %1: %2 of %3 rows</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelled: no file was written.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <source>Show full numbers</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <source>Show the full ID number and phone of %1? Each viewing is recorded in the audit log.</source>
        <translation>Show the full ID number and phone of %1? Each viewing is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Full numbers</source>
        <translation>Full numbers</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>This viewing has been recorded in the audit log. The window closes in a minute.</source>
        <translation>This viewing has been recorded in the audit log. The window closes in a minute.</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles of the shift</source>
        <translation>Roles of the shift</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>One role a line: its name, then how many (司机 2).</source>
        <translation>One role a line: its name, then how many (司机 2).</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>New to the registry</source>
        <translation>New to the registry</translation>
    </message>
    <message>
        <source>In the registry</source>
        <translation>In the registry</translation>
    </message>
    <message>
        <source>Already enrolled</source>
        <translation>Already enrolled</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Platform number</source>
        <translation>Platform number</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Found by ID number</source>
        <translation>Found by ID number</translation>
    </message>
    <message>
        <source>Found by name and mobile</source>
        <translation>Found by name and mobile</translation>
    </message>
    <message>
        <source>Found by name among the participants</source>
        <translation>Found by name among the participants</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Enrol from a roster</source>
        <translation>Enrol from a roster</translation>
    </message>
    <message>
        <source>From an .xlsx file</source>
        <translation>From an .xlsx file</translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation>Paste a list</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Which column holds what (guessed from the headers; change it if needed):</source>
        <translation>Which column holds what (guessed from the headers; change it if needed):</translation>
    </message>
    <message>
        <source>One person a line: name and mobile, optionally the unit, e.g.
王芳 13912345678 当湖街道</source>
        <translation>One person a line: name and mobile, optionally the unit, e.g.
王芳 13912345678 当湖街道</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation>Choose a roster</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <source>Enrol %1 people</source>
        <translation>Enrol %1 people</translation>
    </message>
    <message>
        <source>Choose a file or paste a list to see what would be enrolled.</source>
        <translation>Choose a file or paste a list to see what would be enrolled.</translation>
    </message>
    <message>
        <source>%1 people enrolled (%2 newly registered).</source>
        <translation>%1 people enrolled (%2 newly registered).</translation>
    </message>
</context>
<context>
    <name>RosterPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>New series…</source>
        <translation>New series…</translation>
    </message>
    <message>
        <source>New shift…</source>
        <translation>New shift…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Export .xlsx…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role and volunteers</source>
        <translation>Role and volunteers</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <source>Skip this shift</source>
        <translation>Skip this shift</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Roles…</translation>
    </message>
    <message>
        <source>Mark served…</source>
        <translation>Mark served…</translation>
    </message>
    <message>
        <source>Once the shift is over: tick who served; they wait for a coordinator's review.</source>
        <translation>Once the shift is over: tick who served; they wait for a coordinator's review.</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · today</translation>
    </message>
    <message>
        <source>%1 · no shift</source>
        <translation>%1 · no shift</translation>
    </message>
    <message>
        <source>%1 shifts, %2 of %3 places filled</source>
        <translation>%1 shifts, %2 of %3 places filled</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>Moved from %1</translation>
    </message>
    <message>
        <source>%1 places free</source>
        <translation>%1 places free</translation>
    </message>
    <message>
        <source>Choose a shift to see who is on it.</source>
        <translation>Choose a shift to see who is on it.</translation>
    </message>
    <message>
        <source>Restore this shift</source>
        <translation>Restore this shift</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Archive %1? Its shifts stay on the roster.</source>
        <translation>Archive %1? Its shifts stay on the roster.</translation>
    </message>
    <message>
        <source>Archive activity</source>
        <translation>Archive activity</translation>
    </message>
    <message>
        <source>%1 shifts planned.</source>
        <translation>%1 shifts planned.</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Skipped: %1.</translation>
    </message>
    <message>
        <source>Choose a volunteer under a role first.</source>
        <translation>Choose a volunteer under a role first.</translation>
    </message>
    <message>
        <source>Take %1 off this shift?</source>
        <translation>Take %1 off this shift?</translation>
    </message>
    <message>
        <source>Skip %1 on %2? The rest of the series stays.</source>
        <translation>Skip %1 on %2? The rest of the series stays.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>%1 marked as served; they wait for a coordinator's review in the hours tab.</source>
        <translation>%1 marked as served; they wait for a coordinator's review in the hours tab.</translation>
    </message>
    <message>
        <source>%1 already had their hours for this shift.</source>
        <translation>%1 already had their hours for this shift.</translation>
    </message>
    <message>
        <source>Volunteer roster</source>
        <translation>Volunteer roster</translation>
    </message>
    <message>
        <source>Save as .xlsx</source>
        <translation>Save as .xlsx</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Add a series of sessions</source>
        <translation>Add a series of sessions</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>Add series</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>On working days</source>
        <translation>On working days</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> week(s)</translation>
    </message>
    <message>
        <source>On the first day's weekday</source>
        <translation>On the first day's weekday</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> sessions</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Plan ignoring public holidays (only weekends are known)</source>
        <translation>Plan ignoring public holidays (only weekends are known)</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
</context>
<context>
    <name>ServiceLines</name>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Add session</source>
        <translation>Add session</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>%1 people have signed in: the day and time stay.</source>
        <translation>%1 people have signed in: the day and time stay.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>(cancelled) %1</source>
        <translation>(cancelled) %1</translation>
    </message>
    <message>
        <source>Today's session</source>
        <translation>Today's session</translation>
    </message>
    <message>
        <source>The next session</source>
        <translation>The next session</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>Add session…</source>
        <translation>Add session…</translation>
    </message>
    <message>
        <source>Add one session</source>
        <translation>Add one session</translation>
    </message>
    <message>
        <source>Add series…</source>
        <translation>Add series…</translation>
    </message>
    <message>
        <source>Sessions every week or on working days, public holidays skipped</source>
        <translation>Sessions every week or on working days, public holidays skipped</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Change the session (Enter)</source>
        <translation>Change the session (Enter)</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Cancel session…</translation>
    </message>
    <message>
        <source>The session will not take place</source>
        <translation>The session will not take place</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Show cancelled</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sessions</translation>
    </message>
    <message>
        <source>Session added.</source>
        <translation>Session added.</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Session saved.</translation>
    </message>
    <message>
        <source>Cancel the session of %1? It stays on record as cancelled.</source>
        <translation>Cancel the session of %1? It stays on record as cancelled.</translation>
    </message>
    <message>
        <source>%1 people have signed in to it.</source>
        <translation>%1 people have signed in to it.</translation>
    </message>
    <message>
        <source>The session of %1 is cancelled.</source>
        <translation>The session of %1 is cancelled.</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Cancel session</translation>
    </message>
    <message>
        <source>%1 sessions added.</source>
        <translation>%1 sessions added.</translation>
    </message>
    <message>
        <source>Public holidays skipped: %1.</source>
        <translation>Public holidays skipped: %1.</translation>
    </message>
    <message>
        <source>Planned without the holiday calendar: check the dates once it is known.</source>
        <translation>Planned without the holiday calendar: check the dates once it is known.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Station profile</source>
        <translation>Station profile</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Need categories</source>
        <translation>Need categories</translation>
    </message>
    <message>
        <source>Relief types</source>
        <translation>Relief types</translation>
    </message>
    <message>
        <source>Key-target visits</source>
        <translation>Key-target visits</translation>
    </message>
    <message>
        <source>Staff (6430)</source>
        <translation>Staff (6430)</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <source>My password</source>
        <translation>My password</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Setting up StationDesk</source>
        <translation>Setting up StationDesk</translation>
    </message>
    <message>
        <source>The station PC's backup</source>
        <translation>The station PC's backup</translation>
    </message>
    <message>
        <source>StationDesk backup (*.sqlite3);;All files (*)</source>
        <translation>StationDesk backup (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>The backup holds the station %1 (%2). This PC's database becomes a copy of it, and the station's users sign in here with their own passwords (user accounts: %3).

Join this station?</source>
        <translation>The backup holds the station %1 (%2). This PC's database becomes a copy of it, and the station's users sign in here with their own passwords (user accounts: %3).

Join this station?</translation>
    </message>
    <message>
        <source>Join a station</source>
        <translation>Join a station</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>New shift</source>
        <translation>New shift</translation>
    </message>
    <message>
        <source>Add shift</source>
        <translation>Add shift</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ShiftSeriesDialog</name>
    <message>
        <source>New series</source>
        <translation>New series</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>Add series</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>every </source>
        <translation>every </translation>
    </message>
    <message>
        <source> week(s), on the first day's weekday</source>
        <translation> week(s), on the first day's weekday</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>On working weekdays public holidays are skipped; on weekends the make-up workdays (调休) are skipped.</source>
        <translation>On working weekdays public holidays are skipped; on weekends the make-up workdays (调休) are skipped.</translation>
    </message>
    <message>
        <source>Plan ignoring public holidays (not known for that year yet)</source>
        <translation>Plan ignoring public holidays (not known for that year yet)</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Left early</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Walk-in (F2)</source>
        <translation>Walk-in (F2)</translation>
    </message>
    <message>
        <source>Self sign-in (kiosk)</source>
        <translation>Self sign-in (kiosk)</translation>
    </message>
    <message>
        <source>Scan, or type a name, initials or a phone's last 4</source>
        <translation>Scan, or type a name, initials or a phone's last 4</translation>
    </message>
    <message>
        <source>Please scan your code</source>
        <translation>Please scan your code</translation>
    </message>
    <message>
        <source>Sign in as a walk-in (F2)</source>
        <translation>Sign in as a walk-in (F2)</translation>
    </message>
    <message>
        <source>Several people match. Pick one: arrows or number keys, then Enter; Esc goes back.</source>
        <translation>Several people match. Pick one: arrows or number keys, then Enter; Esc goes back.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Sign in walk-in</source>
        <translation>Sign in walk-in</translation>
    </message>
    <message>
        <source>Sign in the selected person</source>
        <translation>Sign in the selected person</translation>
    </message>
    <message>
        <source>Not them: sign in as a new walk-in</source>
        <translation>Not them: sign in as a new walk-in</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Walk-in: not on the list</source>
        <translation>Walk-in: not on the list</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>Sign-in: %1</translation>
    </message>
    <message>
        <source>%1 %2–%3  %4</source>
        <translation>%1 %2–%3  %4</translation>
    </message>
    <message>
        <source>Signed in %1 / %2
Late %3</source>
        <translation>Signed in %1 / %2
Late %3</translation>
    </message>
    <message>
        <source>Arrived (%1)</source>
        <translation>Arrived (%1)</translation>
    </message>
    <message>
        <source>Not yet arrived (%1)</source>
        <translation>Not yet arrived (%1)</translation>
    </message>
    <message>
        <source>Not found. Please scan your code again, or ask the staff.</source>
        <translation>Not found. Please scan your code again, or ask the staff.</translation>
    </message>
    <message>
        <source>Several people match. Please scan your code, or ask the staff.</source>
        <translation>Several people match. Please scan your code, or ask the staff.</translation>
    </message>
    <message>
        <source>Signed in already at %1</source>
        <translation>Signed in already at %1</translation>
    </message>
    <message>
        <source>This person may already be enrolled: %1 %2</source>
        <translation>This person may already be enrolled: %1 %2</translation>
    </message>
    <message>
        <source>This person may already be registered: %1 %2</source>
        <translation>This person may already be registered: %1 %2</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>same mobile</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>name sounds the same</source>
        <translation>name sounds the same</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>enrolled</translation>
    </message>
    <message>
        <source>in the registry</source>
        <translation>in the registry</translation>
    </message>
    <message>
        <source>Sign out now</source>
        <translation>Sign out now</translation>
    </message>
    <message>
        <source>The PIN has 4 to 8 digits.</source>
        <translation>The PIN has 4 to 8 digits.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <source>Scan your code</source>
        <translation>Scan your code</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in %1 seconds.</source>
        <translation>Too many wrong PINs: try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Assistant social worker</source>
        <translation>Assistant social worker</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Senior social worker</source>
        <translation>Senior social worker</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <source>Certified social worker (持证社工)</source>
        <translation>Certified social worker (持证社工)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Certificate level</source>
        <translation>Certificate level</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>%1 has been saved.</source>
        <translation>%1 has been saved.</translation>
    </message>
</context>
<context>
    <name>StaffingPanel</name>
    <message>
        <source>6430</source>
        <translation>6430</translation>
    </message>
    <message>
        <source>Staffing rule 6430: at least 6 full-time staff, 4 of them certified social workers, and 30 active volunteers (status active, served in the last %1 months).</source>
        <translation>Staffing rule 6430: at least 6 full-time staff, 4 of them certified social workers, and 30 active volunteers (status active, served in the last %1 months).</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>%1 %2/%3 %4</source>
        <translation>%1 %2/%3 %4</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>StationDesk has upgraded this database to its new version. A copy of the database as it was before is kept at: %1</source>
        <translation>StationDesk has upgraded this database to its new version. A copy of the database as it was before is kept at: %1</translation>
    </message>
    <message>
        <source>StationDesk cannot start</source>
        <translation>StationDesk cannot start</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Database upgraded</translation>
    </message>
</context>
<context>
    <name>StationForm</name>
    <message>
        <source>e.g. 当湖街道社会工作站</source>
        <translation>e.g. 当湖街道社会工作站</translation>
    </message>
    <message>
        <source>Letters, digits, - and _, e.g. PH-DH</source>
        <translation>Letters, digits, - and _, e.g. PH-DH</translation>
    </message>
    <message>
        <source>Signs the station's certificates, e.g. 张主任</source>
        <translation>Signs the station's certificates, e.g. 张主任</translation>
    </message>
    <message>
        <source>Choose logo...</source>
        <translation>Choose logo...</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>Station code</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>This file is not a picture StationDesk can read.</source>
        <translation>This file is not a picture StationDesk can read.</translation>
    </message>
    <message>
        <source>Choose the station logo</source>
        <translation>Choose the station logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Your station</source>
        <translation>Your station</translation>
    </message>
    <message>
        <source>Welcome to StationDesk. Its name and logo appear on every screen and every printed page.</source>
        <translation>Welcome to StationDesk. Its name and logo appear on every screen and every printed page.</translation>
    </message>
    <message>
        <source>This PC joins a station that already uses StationDesk</source>
        <translation>This PC joins a station that already uses StationDesk</translation>
    </message>
    <message>
        <source>Start from the station PC's backup file… (made there under Settings → Backup). The station's users then sign in here with their own passwords.</source>
        <translation>Start from the station PC's backup file… (made there under Settings → Backup). The station's users then sign in here with their own passwords.</translation>
    </message>
</context>
<context>
    <name>StationTab</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Only an administrator can change the station profile.</source>
        <translation>Only an administrator can change the station profile.</translation>
    </message>
    <message>
        <source>The station profile has been saved.</source>
        <translation>The station profile has been saved.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Please check. Finish creates the station and signs you in.</source>
        <translation>Please check. Finish creates the station and signs you in.</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>Station code</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Exchange records with the other PCs of the station and with the district on a USB stick: export a file for a site, import the files you receive.</source>
        <translation>Exchange records with the other PCs of the station and with the district on a USB stick: export a file for a site, import the files you receive.</translation>
    </message>
    <message>
        <source>Read only: exporting, importing and resolving conflicts are for staff and administrators.</source>
        <translation>Read only: exporting, importing and resolving conflicts are for staff and administrators.</translation>
    </message>
    <message>
        <source>Export a file…</source>
        <translation>Export a file…</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <source>Stations' monthly reports</source>
        <translation>Stations' monthly reports</translation>
    </message>
    <message>
        <source>The PCs this one exchanges files with. Before the first exchange each side enrols the other with its enrolment file; compare the key fingerprints on both screens.</source>
        <translation>The PCs this one exchanges files with. Before the first exchange each side enrols the other with its enrolment file; compare the key fingerprints on both screens.</translation>
    </message>
    <message>
        <source>This PC's key fingerprint: %1</source>
        <translation>This PC's key fingerprint: %1</translation>
    </message>
    <message>
        <source>No site enrolled yet: enrol the station PC, a trainer laptop or the district hub first.</source>
        <translation>No site enrolled yet: enrol the station PC, a trainer laptop or the district hub first.</translation>
    </message>
    <message>
        <source>Enrol a site…</source>
        <translation>Enrol a site…</translation>
    </message>
    <message>
        <source>This PC's enrolment file…</source>
        <translation>This PC's enrolment file…</translation>
    </message>
    <message>
        <source>Show the QR code and fingerprint, or save the file to a stick.</source>
        <translation>Show the QR code and fingerprint, or save the file to a stick.</translation>
    </message>
    <message>
        <source>Enrolled sites (%1)</source>
        <translation>Enrolled sites (%1)</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>Your role does not see the enrolled sites and conflicts.</source>
        <translation>Your role does not see the enrolled sites and conflicts.</translation>
    </message>
    <message>
        <source>Scan or paste the code another PC shows, or choose the enrolment file it saved.</source>
        <translation>Scan or paste the code another PC shows, or choose the enrolment file it saved.</translation>
    </message>
    <message>
        <source>Only an administrator enrols sites.</source>
        <translation>Only an administrator enrols sites.</translation>
    </message>
    <message>
        <source>Choose before enrolling with other PCs: the enrolment file tells them what this PC is.</source>
        <translation>Choose before enrolling with other PCs: the enrolment file tells them what this PC is.</translation>
    </message>
    <message>
        <source>This PC is:</source>
        <translation>This PC is:</translation>
    </message>
    <message>
        <source>This PC is now a %1.</source>
        <translation>This PC is now a %1.</translation>
    </message>
    <message>
        <source>The PCs enrolled before should enrol this PC again, so that they know.</source>
        <translation>The PCs enrolled before should enrol this PC again, so that they know.</translation>
    </message>
    <message>
        <source>Enrolled %1 (%2, station %3). Check that its fingerprint %4 is the one its screen shows.</source>
        <translation>Enrolled %1 (%2, station %3). Check that its fingerprint %4 is the one its screen shows.</translation>
    </message>
    <message>
        <source>Where to write the file (e.g. the USB stick)</source>
        <translation>Where to write the file (e.g. the USB stick)</translation>
    </message>
    <message>
        <source>Writing the file for %1…</source>
        <translation>Writing the file for %1…</translation>
    </message>
    <message>
        <source>no changes: that site already has everything</source>
        <translation>no changes: that site already has everything</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 changes (%2)</source>
        <translation>%1 changes (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>a passphrase</translation>
    </message>
    <message>
        <source>that site's key</source>
        <translation>that site's key</translation>
    </message>
    <message>
        <source>Written for %1: %2
It holds %3, locked with %4. Take it there and import it.</source>
        <translation>Written for %1: %2
It holds %3, locked with %4. Take it there and import it.</translation>
    </message>
    <message>
        <source>Choose the file received</source>
        <translation>Choose the file received</translation>
    </message>
    <message>
        <source>Receipt from %1 recorded: the next export for it carries only newer changes.</source>
        <translation>Receipt from %1 recorded: the next export for it carries only newer changes.</translation>
    </message>
    <message>
        <source>This receipt from %1 was recorded before: nothing new.</source>
        <translation>This receipt from %1 was recorded before: nothing new.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>That passphrase does not open the file. Please type it again:</source>
        <translation>That passphrase does not open the file. Please type it again:</translation>
    </message>
    <message>
        <source>This file is locked with a passphrase. Please type the passphrase you were told:</source>
        <translation>This file is locked with a passphrase. Please type the passphrase you were told:</translation>
    </message>
    <message>
        <source>Importing the file from %1…</source>
        <translation>Importing the file from %1…</translation>
    </message>
    <message>
        <source>This file from %1 was imported before: nothing changed.</source>
        <translation>This file from %1 was imported before: nothing changed.</translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation>Imported from %1: %2.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nothing new</translation>
    </message>
    <message>
        <source>A receipt for %1 was written: %2 — take it back and import it there.</source>
        <translation>A receipt for %1 was written: %2 — take it back and import it there.</translation>
    </message>
    <message>
        <source>The import is done, but the receipt could not be written: %1</source>
        <translation>The import is done, but the receipt could not be written: %1</translation>
    </message>
    <message>
        <source>Some values were changed on both sides: see the Conflicts tab.</source>
        <translation>Some values were changed on both sides: see the Conflicts tab.</translation>
    </message>
    <message>
        <source>%1 conflict(s) were resolved on another PC: closed here too.</source>
        <translation>%1 conflict(s) were resolved on another PC: closed here too.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
</context>
<context>
    <name>TagsTab</name>
    <message>
        <source>New tag, e.g. 空巢老人</source>
        <translation>New tag, e.g. 空巢老人</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <source>A retired tag stays on the people who have it, but cannot be given to anyone new.</source>
        <translation>A retired tag stays on the people who have it, but cannot be given to anyone new.</translation>
    </message>
    <message>
        <source>Only an administrator can change the tags.</source>
        <translation>Only an administrator can change the tags.</translation>
    </message>
    <message>
        <source>The tag %1 has been added.</source>
        <translation>The tag %1 has been added.</translation>
    </message>
</context>
<context>
    <name>TargetHistoryPanel</name>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>No visits recorded yet.</source>
        <translation>No visits recorded yet.</translation>
    </message>
    <message>
        <source>Remove visit…</source>
        <translation>Remove visit…</translation>
    </message>
    <message>
        <source>Remove a visit logged by mistake (the reason is recorded)</source>
        <translation>Remove a visit logged by mistake (the reason is recorded)</translation>
    </message>
    <message>
        <source>No one chosen</source>
        <translation>No one chosen</translation>
    </message>
    <message>
        <source>Choose a person in the list to see their visits.</source>
        <translation>Choose a person in the list to see their visits.</translation>
    </message>
    <message>
        <source>%1 since %2 · worker %3</source>
        <translation>%1 since %2 · worker %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Exemptions: %1</source>
        <translation>Exemptions: %1</translation>
    </message>
    <message>
        <source>Remove visit</source>
        <translation>Remove visit</translation>
    </message>
    <message>
        <source>Remove the visit to %1 on %2 (%3)? It no longer counts. The reason is recorded.</source>
        <translation>Remove the visit to %1 on %2 (%3)? It no longer counts. The reason is recorded.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>The visit on %1 has been removed.</source>
        <translation>The visit on %1 has been removed.</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>Search: name, pinyin initials (wf) or grid</source>
        <translation>Search: name, pinyin initials (wf) or grid</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>Enter or double-click: log a visit</source>
        <translation>Enter or double-click: log a visit</translation>
    </message>
    <message>
        <source>Log visit…</source>
        <translation>Log visit…</translation>
    </message>
    <message>
        <source>Log a visit (Enter)</source>
        <translation>Log a visit (Enter)</translation>
    </message>
    <message>
        <source>Enrol…</source>
        <translation>Enrol…</translation>
    </message>
    <message>
        <source>Put a person on the list (Ctrl+N)</source>
        <translation>Put a person on the list (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change tier…</source>
        <translation>Change tier…</translation>
    </message>
    <message>
        <source>Visit more or less often</source>
        <translation>Visit more or less often</translation>
    </message>
    <message>
        <source>Exempt…</source>
        <translation>Exempt…</translation>
    </message>
    <message>
        <source>In hospital, away, refused, moved or deceased</source>
        <translation>In hospital, away, refused, moved or deceased</translation>
    </message>
    <message>
        <source>End exemption…</source>
        <translation>End exemption…</translation>
    </message>
    <message>
        <source>The person is back: due again</source>
        <translation>The person is back: due again</translation>
    </message>
    <message>
        <source>End enrolment…</source>
        <translation>End enrolment…</translation>
    </message>
    <message>
        <source>Take the person off the list</source>
        <translation>Take the person off the list</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>%1 has no exemption to end.</source>
        <translation>%1 has no exemption to end.</translation>
    </message>
    <message>
        <source>No key targets match.</source>
        <translation>No key targets match.</translation>
    </message>
    <message>
        <source>No key targets yet.</source>
        <translation>No key targets yet.</translation>
    </message>
    <message>
        <source>%1 targets, %2 still to visit this period</source>
        <translation>%1 targets, %2 still to visit this period</translation>
    </message>
    <message>
        <source>%1 targets, all visited or not due this period</source>
        <translation>%1 targets, all visited or not due this period</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>New team</source>
        <translation>New team</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>e.g. 嘉兴学院公益巴士服务队</source>
        <translation>e.g. 嘉兴学院公益巴士服务队</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retired)</translation>
    </message>
</context>
<context>
    <name>TeamsPanel</name>
    <message>
        <source>New team…</source>
        <translation>New team…</translation>
    </message>
    <message>
        <source>Set up a team (Ctrl+N)</source>
        <translation>Set up a team (Ctrl+N)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Rename or describe the team (F2)</source>
        <translation>Rename or describe the team (F2)</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Take the team out of the lists; nothing is removed</source>
        <translation>Take the team out of the lists; nothing is removed</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Show retired</translation>
    </message>
    <message>
        <source>Add members…</source>
        <translation>Add members…</translation>
    </message>
    <message>
        <source>Tick volunteers to add</source>
        <translation>Tick volunteers to add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>The volunteer leaves the team today</source>
        <translation>The volunteer leaves the team today</translation>
    </message>
    <message>
        <source>Make leader</source>
        <translation>Make leader</translation>
    </message>
    <message>
        <source>Make the member a team leader, or not</source>
        <translation>Make the member a team leader, or not</translation>
    </message>
    <message>
        <source>Show those who left</source>
        <translation>Show those who left</translation>
    </message>
    <message>
        <source>%1 teams</source>
        <translation>%1 teams</translation>
    </message>
    <message>
        <source>Team created.</source>
        <translation>Team created.</translation>
    </message>
    <message>
        <source>Team saved.</source>
        <translation>Team saved.</translation>
    </message>
    <message>
        <source>Members added.</source>
        <translation>Members added.</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 is back.</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1 is retired.</translation>
    </message>
    <message>
        <source>%1 has left the team.</source>
        <translation>%1 has left the team.</translation>
    </message>
    <message>
        <source>%1 is no longer a leader.</source>
        <translation>%1 is no longer a leader.</translation>
    </message>
    <message>
        <source>%1 leads the team.</source>
        <translation>%1 leads the team.</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Members of %1</translation>
    </message>
    <message>
        <source>No team chosen</source>
        <translation>No team chosen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Not a leader</source>
        <translation>Not a leader</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Timeline: %1</source>
        <translation>Timeline: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nothing recorded for this person yet.</source>
        <translation>Nothing recorded for this person yet.</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Camp</translation>
    </message>
    <message>
        <source>Certified social workers</source>
        <translation>Certified social workers</translation>
    </message>
    <message>
        <source>Community workers</source>
        <translation>Community workers</translation>
    </message>
    <message>
        <source>Grid workers</source>
        <translation>Grid workers</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>At least %1% of the sessions</source>
        <translation>At least %1% of the sessions</translation>
    </message>
    <message>
        <source>At least %1 sessions</source>
        <translation>At least %1 sessions</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>No sessions yet</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TrainingDoor</name>
    <message>
        <source>Take sign-ins…</source>
        <translation>Take sign-ins…</translation>
    </message>
    <message>
        <source>The sign-in screen for the door: scanner, names, kiosk mode</source>
        <translation>The sign-in screen for the door: scanner, names, kiosk mode</translation>
    </message>
    <message>
        <source>Enter paper sheet…</source>
        <translation>Enter paper sheet…</translation>
    </message>
    <message>
        <source>Mark attendance from the signed paper sheet, row by row</source>
        <translation>Mark attendance from the signed paper sheet, row by row</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <source>Enrol people from an .xlsx roster or a pasted list</source>
        <translation>Enrol people from an .xlsx roster or a pasted list</translation>
    </message>
    <message>
        <source>Match walk-ins…</source>
        <translation>Match walk-ins…</translation>
    </message>
    <message>
        <source>Match people signed in on the spot to the registry</source>
        <translation>Match people signed in on the spot to the registry</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>%1 per session</source>
        <translation>%1 per session</translation>
    </message>
    <message>
        <source>Search programmes: name, organiser or trainer</source>
        <translation>Search programmes: name, organiser or trainer</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>New programme…</source>
        <translation>New programme…</translation>
    </message>
    <message>
        <source>Set up a course, salon, lecture or camp (Ctrl+N)</source>
        <translation>Set up a course, salon, lecture or camp (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Change the programme (F2)</source>
        <translation>Change the programme (F2)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Take a finished programme out of the list; nothing is removed</source>
        <translation>Take a finished programme out of the list; nothing is removed</translation>
    </message>
    <message>
        <source>Enter: go to the programme's sessions</source>
        <translation>Enter: go to the programme's sessions</translation>
    </message>
    <message>
        <source>Your role may not view training programmes.</source>
        <translation>Your role may not view training programmes.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation>%1 programmes</translation>
    </message>
    <message>
        <source>(%1 archived)</source>
        <translation>(%1 archived)</translation>
    </message>
    <message>
        <source>Programme created: %1.</source>
        <translation>Programme created: %1.</translation>
    </message>
    <message>
        <source>Programme saved: %1.</source>
        <translation>Programme saved: %1.</translation>
    </message>
    <message>
        <source>%1 is back in the list.</source>
        <translation>%1 is back in the list.</translation>
    </message>
    <message>
        <source>%1 is archived.</source>
        <translation>%1 is archived.</translation>
    </message>
    <message>
        <source>No programme chosen</source>
        <translation>No programme chosen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>TrainingPrinting</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Sign-in sheet of the session…</source>
        <translation>Sign-in sheet of the session…</translation>
    </message>
    <message>
        <source>Attendance of the session…</source>
        <translation>Attendance of the session…</translation>
    </message>
    <message>
        <source>Attendance of the programme…</source>
        <translation>Attendance of the programme…</translation>
    </message>
    <message>
        <source>Sign-in sheet as .xlsx…</source>
        <translation>Sign-in sheet as .xlsx…</translation>
    </message>
    <message>
        <source>Attendance of the session as .xlsx…</source>
        <translation>Attendance of the session as .xlsx…</translation>
    </message>
    <message>
        <source>Attendance of the programme as .xlsx…</source>
        <translation>Attendance of the programme as .xlsx…</translation>
    </message>
    <message>
        <source>Badges with QR codes…</source>
        <translation>Badges with QR codes…</translation>
    </message>
    <message>
        <source>Table cards…</source>
        <translation>Table cards…</translation>
    </message>
    <message>
        <source>Certificates for those who completed…</source>
        <translation>Certificates for those who completed…</translation>
    </message>
    <message>
        <source>Certificate register…</source>
        <translation>Certificate register…</translation>
    </message>
    <message>
        <source>Continuing-education record (assistant social worker, 72 h)…</source>
        <translation>Continuing-education record (assistant social worker, 72 h)…</translation>
    </message>
    <message>
        <source>Continuing-education record (social worker, 90 h)…</source>
        <translation>Continuing-education record (social worker, 90 h)…</translation>
    </message>
    <message>
        <source>Certificate register as .xlsx…</source>
        <translation>Certificate register as .xlsx…</translation>
    </message>
    <message>
        <source>Continuing-education record as .xlsx (assistant social worker)…</source>
        <translation>Continuing-education record as .xlsx (assistant social worker)…</translation>
    </message>
    <message>
        <source>Continuing-education record as .xlsx (social worker)…</source>
        <translation>Continuing-education record as .xlsx (social worker)…</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>signin-sheet.pdf</source>
        <translation>signin-sheet.pdf</translation>
    </message>
    <message>
        <source>Attendance of the session</source>
        <translation>Attendance of the session</translation>
    </message>
    <message>
        <source>session-attendance.pdf</source>
        <translation>session-attendance.pdf</translation>
    </message>
    <message>
        <source>Attendance of the programme</source>
        <translation>Attendance of the programme</translation>
    </message>
    <message>
        <source>programme-attendance.pdf</source>
        <translation>programme-attendance.pdf</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Table cards</source>
        <translation>Table cards</translation>
    </message>
    <message>
        <source>badges.pdf</source>
        <translation>badges.pdf</translation>
    </message>
    <message>
        <source>table-cards.pdf</source>
        <translation>table-cards.pdf</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>certificates.pdf</source>
        <translation>certificates.pdf</translation>
    </message>
    <message>
        <source>%1 new certificates issued: %2.</source>
        <translation>%1 new certificates issued: %2.</translation>
    </message>
    <message>
        <source>Certificate register</source>
        <translation>Certificate register</translation>
    </message>
    <message>
        <source>certificate-register.pdf</source>
        <translation>certificate-register.pdf</translation>
    </message>
    <message>
        <source>Continuing-education record</source>
        <translation>Continuing-education record</translation>
    </message>
    <message>
        <source>continuing-education.pdf</source>
        <translation>continuing-education.pdf</translation>
    </message>
    <message>
        <source>Save as .xlsx</source>
        <translation>Save as .xlsx</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>signin-sheet.xlsx</source>
        <translation>signin-sheet.xlsx</translation>
    </message>
    <message>
        <source>session-attendance.xlsx</source>
        <translation>session-attendance.xlsx</translation>
    </message>
    <message>
        <source>certificate-register.xlsx</source>
        <translation>certificate-register.xlsx</translation>
    </message>
    <message>
        <source>continuing-education.xlsx</source>
        <translation>continuing-education.xlsx</translation>
    </message>
    <message>
        <source>programme-attendance.xlsx</source>
        <translation>programme-attendance.xlsx</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>Edit a user</source>
        <translation>Edit a user</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>May sign in</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>First password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>Add user...</source>
        <translation>Add user...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <source>Reset password...</source>
        <translation>Reset password...</translation>
    </message>
    <message>
        <source>Lift login lock</source>
        <translation>Lift login lock</translation>
    </message>
    <message>
        <source>A user locked after repeated wrong passwords can sign in again once the lock is lifted.</source>
        <translation>A user locked after repeated wrong passwords can sign in again once the lock is lifted.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Log visit</source>
        <translation>Log visit</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>Save visit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Who came along: a grid worker, a volunteer ...</source>
        <translation>Who came along: a grid worker, a volunteer ...</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>Companions</translation>
    </message>
    <message>
        <source>What was found: health, home, needs, mood</source>
        <translation>What was found: health, home, needs, mood</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Follow-up needed</translation>
    </message>
    <message>
        <source>What is to be done next</source>
        <translation>What is to be done next</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
</context>
<context>
    <name>VisitHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>%1
With: %2</source>
        <translation>%1
With: %2</translation>
    </message>
    <message>
        <source>%1 (not counted)</source>
        <translation>%1 (not counted)</translation>
    </message>
</context>
<context>
    <name>VisitMethodsEditor</name>
    <message>
        <source>Counts as a visit</source>
        <translation>Counts as a visit</translation>
    </message>
    <message>
        <source>New method, e.g. 微信视频</source>
        <translation>New method, e.g. 微信视频</translation>
    </message>
    <message>
        <source>Add method</source>
        <translation>Add method</translation>
    </message>
    <message>
        <source>The method %1 has been added; it counts as a visit.</source>
        <translation>The method %1 has been added; it counts as a visit.</translation>
    </message>
    <message>
        <source>Only visits made by a counting method count towards the visit rate. Changing it changes the rate of past periods too. A retired method stays on the visits recorded with it.</source>
        <translation>Only visits made by a counting method count towards the visit rate. Changing it changes the rate of past periods too. A retired method stays on the visits recorded with it.</translation>
    </message>
    <message>
        <source>Only an administrator can change the visit methods.</source>
        <translation>Only an administrator can change the visit methods.</translation>
    </message>
    <message>
        <source>%1 — not counted</source>
        <translation>%1 — not counted</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Every month</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Every quarter</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>Not visited</translation>
    </message>
    <message>
        <source>In hospital</source>
        <translation>In hospital</translation>
    </message>
    <message>
        <source>Working or staying away</source>
        <translation>Working or staying away</translation>
    </message>
    <message>
        <source>Refused visits</source>
        <translation>Refused visits</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Risk raised</source>
        <translation>Risk raised</translation>
    </message>
    <message>
        <source>Risk cleared</source>
        <translation>Risk cleared</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not counted)</source>
        <translation>%1 (not counted)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>%1-W%2</source>
        <translation>%1-W%2</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1-Q%2</source>
        <translation>%1-Q%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Nobody due</source>
        <translation>Nobody due</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>A target is due one visit in each period of its tier's cadence; see the coverage view.</source>
        <translation>A target is due one visit in each period of its tier's cadence; see the coverage view.</translation>
    </message>
    <message>
        <source>How often each tier is visited</source>
        <translation>How often each tier is visited</translation>
    </message>
    <message>
        <source>Visit methods</source>
        <translation>Visit methods</translation>
    </message>
    <message>
        <source>Saved. The coverage view counts with the new cadence.</source>
        <translation>Saved. The coverage view counts with the new cadence.</translation>
    </message>
</context>
<context>
    <name>VolunteerChoices</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>New volunteer</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Person *</source>
        <translation>Person *</translation>
    </message>
    <message>
        <source>%1 · code %2</source>
        <translation>%1 · code %2</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>e.g. 嘉兴学院青年志愿者协会, 爱心企业</source>
        <translation>e.g. 嘉兴学院青年志愿者协会, 爱心企业</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>e.g. 驾驶、急救、摄影</source>
        <translation>e.g. 驾驶、急救、摄影</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>e.g. 周三下午、周末</source>
        <translation>e.g. 周三下午、周末</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>全国志愿服务信息系统 number, if any</source>
        <translation>全国志愿服务信息系统 number, if any</translation>
    </message>
    <message>
        <source>Platform number</source>
        <translation>Platform number</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>VolunteerImportDialog</name>
    <message>
        <source>Import volunteers from a roster</source>
        <translation>Import volunteers from a roster</translation>
    </message>
    <message>
        <source>Add %1 volunteers</source>
        <translation>Add %1 volunteers</translation>
    </message>
    <message>
        <source>Add volunteers</source>
        <translation>Add volunteers</translation>
    </message>
    <message>
        <source>%1 volunteers added (%2 newly registered).</source>
        <translation>%1 volunteers added (%2 newly registered).</translation>
    </message>
    <message>
        <source>Choose a file or paste a list to see who would become a volunteer.</source>
        <translation>Choose a file or paste a list to see who would become a volunteer.</translation>
    </message>
</context>
<context>
    <name>VolunteerList</name>
    <message>
        <source>Search volunteers: name, pinyin initials, phone tail, code or organisation</source>
        <translation>Search volunteers: name, pinyin initials, phone tail, code or organisation</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>New volunteer…</source>
        <translation>New volunteer…</translation>
    </message>
    <message>
        <source>Make a registry person a volunteer (Ctrl+N)</source>
        <translation>Make a registry person a volunteer (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Change the profile (F2)</source>
        <translation>Change the profile (F2)</translation>
    </message>
    <message>
        <source>Active, paused or left (the history stays)</source>
        <translation>Active, paused or left (the history stays)</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <source>Volunteers from an .xlsx roster: preview first, nothing is written until you confirm</source>
        <translation>Volunteers from an .xlsx roster: preview first, nothing is written until you confirm</translation>
    </message>
    <message>
        <source>Volunteer cards</source>
        <translation>Volunteer cards</translation>
    </message>
    <message>
        <source>Cards with the QR code the desk's scanner reads, 8 a page</source>
        <translation>Cards with the QR code the desk's scanner reads, 8 a page</translation>
    </message>
    <message>
        <source>Card of the chosen volunteer…</source>
        <translation>Card of the chosen volunteer…</translation>
    </message>
    <message>
        <source>Cards of the volunteers shown…</source>
        <translation>Cards of the volunteers shown…</translation>
    </message>
    <message>
        <source>%1 volunteers</source>
        <translation>%1 volunteers</translation>
    </message>
    <message>
        <source>%1 is now a volunteer.</source>
        <translation>%1 is now a volunteer.</translation>
    </message>
    <message>
        <source>Profile saved: %1.</source>
        <translation>Profile saved: %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>Any team</translation>
    </message>
    <message>
        <source>volunteer-cards.pdf</source>
        <translation>volunteer-cards.pdf</translation>
    </message>
</context>
<context>
    <name>VolunteerPreviewModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>VolunteerRoster</name>
    <message>
        <source>public holiday</source>
        <translation>public holiday</translation>
    </message>
    <message>
        <source>make-up workday (调休)</source>
        <translation>make-up workday (调休)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is already on %2 at %3.</source>
        <translation>%1 is already on %2 at %3.</translation>
    </message>
    <message>
        <source>%1 would have %2 of %3 places taken.</source>
        <translation>%1 would have %2 of %3 places taken.</translation>
    </message>
    <message>
        <source>New to the registry</source>
        <translation>New to the registry</translation>
    </message>
    <message>
        <source>In the registry</source>
        <translation>In the registry</translation>
    </message>
    <message>
        <source>Already a volunteer</source>
        <translation>Already a volunteer</translation>
    </message>
    <message>
        <source>roster-%1</source>
        <translation>roster-%1</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Skills: %1</translation>
    </message>
</context>
<context>
    <name>Volunteers</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Your role may not view volunteers.</source>
        <translation>Your role may not view volunteers.</translation>
    </message>
</context>
<context>
    <name>WalkInDayModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>WalkInMatchDialog</name>
    <message>
        <source>Match walk-ins to the registry</source>
        <translation>Match walk-ins to the registry</translation>
    </message>
    <message>
        <source>Match to the selected person</source>
        <translation>Match to the selected person</translation>
    </message>
    <message>
        <source>Register as a new person</source>
        <translation>Register as a new person</translation>
    </message>
    <message>
        <source>Undo the match</source>
        <translation>Undo the match</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Who this walk-in may be</source>
        <translation>Who this walk-in may be</translation>
    </message>
    <message>
        <source>Walk-ins not matched yet (%1)</source>
        <translation>Walk-ins not matched yet (%1)</translation>
    </message>
    <message>
        <source>Matched (%1)</source>
        <translation>Matched (%1)</translation>
    </message>
    <message>
        <source>Likely the same person: %1 %2</source>
        <translation>Likely the same person: %1 %2</translation>
    </message>
    <message>
        <source>That participant is a walk-in too: match them to the registry first.</source>
        <translation>That participant is a walk-in too: match them to the registry first.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Already registered: %1. Register a new person anyway?</source>
        <translation>Already registered: %1. Register a new person anyway?</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>Register anyway</translation>
    </message>
</context>
<context>
    <name>WalkInModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Matched to</source>
        <translation>Matched to</translation>
    </message>
    <message>
        <source>merged into their enrolment</source>
        <translation>merged into their enrolment</translation>
    </message>
    <message>
        <source>their enrolment now</source>
        <translation>their enrolment now</translation>
    </message>
</context>
<context>
    <name>WorkerCombo</name>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (me)</translation>
    </message>
</context>
<context>
    <name>_SessionForm</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>e.g. 当湖街道社会工作站三楼会议室</source>
        <translation>e.g. 当湖街道社会工作站三楼会议室</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source> min after the start</source>
        <translation> min after the start</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Counts other than the programme's %1:</source>
        <translation>Counts other than the programme's %1:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>_ShiftTimesForm</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Sign-in refused: account locked</source>
        <translation>Sign-in refused: account locked</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <source>Wrong password at the screen lock</source>
        <translation>Wrong password at the screen lock</translation>
    </message>
    <message>
        <source>Refused: not allowed for the role</source>
        <translation>Refused: not allowed for the role</translation>
    </message>
    <message>
        <source>Station set up</source>
        <translation>Station set up</translation>
    </message>
    <message>
        <source>Station profile changed</source>
        <translation>Station profile changed</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>User or role changed</source>
        <translation>User or role changed</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Own password changed</translation>
    </message>
    <message>
        <source>Login lock lifted</source>
        <translation>Login lock lifted</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Tag added</translation>
    </message>
    <message>
        <source>Tag retired</source>
        <translation>Tag retired</translation>
    </message>
    <message>
        <source>Tag restored</source>
        <translation>Tag restored</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Saved despite a possible duplicate</source>
        <translation>Saved despite a possible duplicate</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>Person removed</translation>
    </message>
    <message>
        <source>Full ID number or phone shown</source>
        <translation>Full ID number or phone shown</translation>
    </message>
    <message>
        <source>Demo station built</source>
        <translation>Demo station built</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation>Database backed up</translation>
    </message>
    <message>
        <source>Referral slip printed</source>
        <translation>Referral slip printed</translation>
    </message>
    <message>
        <source>Key-target enrolment removed</source>
        <translation>Key-target enrolment removed</translation>
    </message>
    <message>
        <source>Home visit removed</source>
        <translation>Home visit removed</translation>
    </message>
    <message>
        <source>Visit cadence of a tier changed</source>
        <translation>Visit cadence of a tier changed</translation>
    </message>
    <message>
        <source>Visit method changed</source>
        <translation>Visit method changed</translation>
    </message>
    <message>
        <source>Relief type added</source>
        <translation>Relief type added</translation>
    </message>
    <message>
        <source>Relief type changed</source>
        <translation>Relief type changed</translation>
    </message>
    <message>
        <source>Relief type retired</source>
        <translation>Relief type retired</translation>
    </message>
    <message>
        <source>Relief type restored</source>
        <translation>Relief type restored</translation>
    </message>
    <message>
        <source>Visit coverage report printed</source>
        <translation>Visit coverage report printed</translation>
    </message>
    <message>
        <source>Training sign-in sheet or attendance printed</source>
        <translation>Training sign-in sheet or attendance printed</translation>
    </message>
    <message>
        <source>Training list exported as a spreadsheet</source>
        <translation>Training list exported as a spreadsheet</translation>
    </message>
    <message>
        <source>Volunteer roster printed</source>
        <translation>Volunteer roster printed</translation>
    </message>
    <message>
        <source>Volunteer roster exported as a spreadsheet</source>
        <translation>Volunteer roster exported as a spreadsheet</translation>
    </message>
    <message>
        <source>Ledger printed</source>
        <translation>Ledger printed</translation>
    </message>
    <message>
        <source>Ledger exported as a spreadsheet</source>
        <translation>Ledger exported as a spreadsheet</translation>
    </message>
    <message>
        <source>Station report printed</source>
        <translation>Station report printed</translation>
    </message>
    <message>
        <source>Station report exported as a spreadsheet</source>
        <translation>Station report exported as a spreadsheet</translation>
    </message>
    <message>
        <source>Station report highlights written</source>
        <translation>Station report highlights written</translation>
    </message>
    <message>
        <source>Copied database given a site id of its own</source>
        <translation>Copied database given a site id of its own</translation>
    </message>
    <message>
        <source>Sync enrolment file written</source>
        <translation>Sync enrolment file written</translation>
    </message>
    <message>
        <source>Site enrolled for sync</source>
        <translation>Site enrolled for sync</translation>
    </message>
    <message>
        <source>Sync bundle exported</source>
        <translation>Sync bundle exported</translation>
    </message>
    <message>
        <source>Sync bundle imported</source>
        <translation>Sync bundle imported</translation>
    </message>
    <message>
        <source>Sync receipt imported</source>
        <translation>Sync receipt imported</translation>
    </message>
    <message>
        <source>Sync conflict resolved</source>
        <translation>Sync conflict resolved</translation>
    </message>
    <message>
        <source>This PC joined its station from the station PC's backup</source>
        <translation>This PC joined its station from the station PC's backup</translation>
    </message>
    <message>
        <source>Training roster imported</source>
        <translation>Training roster imported</translation>
    </message>
    <message>
        <source>Training walk-in matched to a person</source>
        <translation>Training walk-in matched to a person</translation>
    </message>
    <message>
        <source>Training walk-in match undone</source>
        <translation>Training walk-in match undone</translation>
    </message>
    <message>
        <source>Volunteer roster imported</source>
        <translation>Volunteer roster imported</translation>
    </message>
    <message>
        <source>Volunteer cards printed</source>
        <translation>Volunteer cards printed</translation>
    </message>
    <message>
        <source>Need category added</source>
        <translation>Need category added</translation>
    </message>
    <message>
        <source>Need category renamed</source>
        <translation>Need category renamed</translation>
    </message>
    <message>
        <source>Need category retired</source>
        <translation>Need category retired</translation>
    </message>
    <message>
        <source>Need category restored</source>
        <translation>Need category restored</translation>
    </message>
    <message>
        <source>Walk-in removed</source>
        <translation>Walk-in removed</translation>
    </message>
    <message>
        <source>Follow-up completed</source>
        <translation>Follow-up completed</translation>
    </message>
    <message>
        <source>Follow-up handed to another user</source>
        <translation>Follow-up handed to another user</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>Partner added</translation>
    </message>
    <message>
        <source>Partner changed</source>
        <translation>Partner changed</translation>
    </message>
    <message>
        <source>Partner retired</source>
        <translation>Partner retired</translation>
    </message>
    <message>
        <source>Partner restored</source>
        <translation>Partner restored</translation>
    </message>
    <message>
        <source>Referral sent: data shared with a partner</source>
        <translation>Referral sent: data shared with a partner</translation>
    </message>
    <message>
        <source>Referral sent on a manager's override</source>
        <translation>Referral sent on a manager's override</translation>
    </message>
    <message>
        <source>Referral status changed</source>
        <translation>Referral status changed</translation>
    </message>
    <message>
        <source>Referral revoked</source>
        <translation>Referral revoked</translation>
    </message>
    <message>
        <source>Completion certificate issued</source>
        <translation>Completion certificate issued</translation>
    </message>
    <message>
        <source>Completion certificate voided</source>
        <translation>Completion certificate voided</translation>
    </message>
    <message>
        <source>Certificates or certificate register printed</source>
        <translation>Certificates or certificate register printed</translation>
    </message>
    <message>
        <source>Participant badges printed</source>
        <translation>Participant badges printed</translation>
    </message>
    <message>
        <source>Continuing-education ledger printed</source>
        <translation>Continuing-education ledger printed</translation>
    </message>
    <message>
        <source>Volunteer-service certificate issued</source>
        <translation>Volunteer-service certificate issued</translation>
    </message>
    <message>
        <source>Volunteer-service certificate voided</source>
        <translation>Volunteer-service certificate voided</translation>
    </message>
    <message>
        <source>Volunteer-service certificate or register printed</source>
        <translation>Volunteer-service certificate or register printed</translation>
    </message>
    <message>
        <source>Volunteer-hours public notice list printed</source>
        <translation>Volunteer-hours public notice list printed</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Please enter the ID number.</source>
        <translation>Please enter the ID number.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has %1.</source>
        <translation>An ID number has 18 characters; this one has %1.</translation>
    </message>
    <message>
        <source>The ID number has a wrong character at position %1.</source>
        <translation>The ID number has a wrong character at position %1.</translation>
    </message>
    <message>
        <source>The ID number's last character should be %1: please check for a typo.</source>
        <translation>The ID number's last character should be %1: please check for a typo.</translation>
    </message>
    <message>
        <source>The birth date inside the ID number is not a real date.</source>
        <translation>The birth date inside the ID number is not a real date.</translation>
    </message>
    <message>
        <source>The birth date inside the ID number is in the future.</source>
        <translation>The birth date inside the ID number is in the future.</translation>
    </message>
    <message>
        <source>The area code %1 at the start of the ID number does not exist.</source>
        <translation>The area code %1 at the start of the ID number does not exist.</translation>
    </message>
    <message>
        <source>Please enter an 11-digit mobile number starting with 13-19.</source>
        <translation>Please enter an 11-digit mobile number starting with 13-19.</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>Please enter the name.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>The name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Please choose the sex.</source>
        <translation>Please choose the sex.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>This person no longer exists in the registry.</source>
        <translation>This person no longer exists in the registry.</translation>
    </message>
    <message>
        <source>%1 people like this are already registered.</source>
        <translation>%1 people like this are already registered.</translation>
    </message>
    <message>
        <source>This field cannot be revealed.</source>
        <translation>This field cannot be revealed.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Please sign in first.</translation>
    </message>
    <message>
        <source>Your role may not do this. The attempt has been recorded.</source>
        <translation>Your role may not do this. The attempt has been recorded.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Too many failed attempts: please wait %1 seconds, or ask an administrator.</source>
        <translation>Too many failed attempts: please wait %1 seconds, or ask an administrator.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>A user name cannot be empty or contain spaces.</source>
        <translation>A user name cannot be empty or contain spaces.</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>The user name %1 is already taken.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>This user no longer exists.</translation>
    </message>
    <message>
        <source>The station needs at least one active administrator.</source>
        <translation>The station needs at least one active administrator.</translation>
    </message>
    <message>
        <source>This station has already been set up.</source>
        <translation>This station has already been set up.</translation>
    </message>
    <message>
        <source>Please enter the station's name.</source>
        <translation>Please enter the station's name.</translation>
    </message>
    <message>
        <source>The station code may hold only letters, digits, - and _.</source>
        <translation>The station code may hold only letters, digits, - and _.</translation>
    </message>
    <message>
        <source>The logo is too large (at most %1 KB).</source>
        <translation>The logo is too large (at most %1 KB).</translation>
    </message>
    <message>
        <source>The station profile is missing.</source>
        <translation>The station profile is missing.</translation>
    </message>
    <message>
        <source>The name of the person in charge may have at most %1 characters.</source>
        <translation>The name of the person in charge may have at most %1 characters.</translation>
    </message>
    <message>
        <source>A tag name needs 1 to 32 characters.</source>
        <translation>A tag name needs 1 to 32 characters.</translation>
    </message>
    <message>
        <source>The tag %1 already exists.</source>
        <translation>The tag %1 already exists.</translation>
    </message>
    <message>
        <source>This tag no longer exists.</source>
        <translation>This tag no longer exists.</translation>
    </message>
    <message>
        <source>This language is not available.</source>
        <translation>This language is not available.</translation>
    </message>
    <message>
        <source>The idle lock must be between %1 and %2 minutes.</source>
        <translation>The idle lock must be between %1 and %2 minutes.</translation>
    </message>
    <message>
        <source>Only a SQLite database file can be backed up this way.</source>
        <translation>Only a SQLite database file can be backed up this way.</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>The backup cannot overwrite the database itself.</translation>
    </message>
    <message>
        <source>The file %1 is not a StationDesk database.</source>
        <translation>The file %1 is not a StationDesk database.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation>The database file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>The database file %1 does not exist.</translation>
    </message>
    <message>
        <source>StationDesk cannot use a %1 database yet: please use a SQLite file.</source>
        <translation>StationDesk cannot use a %1 database yet: please use a SQLite file.</translation>
    </message>
    <message>
        <source>Please pick a person, or mark the visitor anonymous with sex and age band.</source>
        <translation>Please pick a person, or mark the visitor anonymous with sex and age band.</translation>
    </message>
    <message>
        <source>Please tick at least one need.</source>
        <translation>Please tick at least one need.</translation>
    </message>
    <message>
        <source>Please choose the outcome.</source>
        <translation>Please choose the outcome.</translation>
    </message>
    <message>
        <source>The arrival time is in the future.</source>
        <translation>The arrival time is in the future.</translation>
    </message>
    <message>
        <source>An anonymous visitor cannot be referred: please pick or register the person.</source>
        <translation>An anonymous visitor cannot be referred: please pick or register the person.</translation>
    </message>
    <message>
        <source>A referred walk-in needs the referral's partner and need.</source>
        <translation>A referred walk-in needs the referral's partner and need.</translation>
    </message>
    <message>
        <source>The need %1 is no longer in use.</source>
        <translation>The need %1 is no longer in use.</translation>
    </message>
    <message>
        <source>The owner must be an active user who may record reception work.</source>
        <translation>The owner must be an active user who may record reception work.</translation>
    </message>
    <message>
        <source>Please say why the walk-in is removed.</source>
        <translation>Please say why the walk-in is removed.</translation>
    </message>
    <message>
        <source>This walk-in no longer exists.</source>
        <translation>This walk-in no longer exists.</translation>
    </message>
    <message>
        <source>A follow-up needs an owner who may record reception work.</source>
        <translation>A follow-up needs an owner who may record reception work.</translation>
    </message>
    <message>
        <source>Please enter the follow-up's due date.</source>
        <translation>Please enter the follow-up's due date.</translation>
    </message>
    <message>
        <source>The follow-up's due date is in the past.</source>
        <translation>The follow-up's due date is in the past.</translation>
    </message>
    <message>
        <source>Please say what was done.</source>
        <translation>Please say what was done.</translation>
    </message>
    <message>
        <source>This follow-up is already done.</source>
        <translation>This follow-up is already done.</translation>
    </message>
    <message>
        <source>This follow-up needs a person.</source>
        <translation>This follow-up needs a person.</translation>
    </message>
    <message>
        <source>The follow-up and its walk-in are of different people.</source>
        <translation>The follow-up and its walk-in are of different people.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>This follow-up no longer exists.</translation>
    </message>
    <message>
        <source>Please say what the person needs from the partner.</source>
        <translation>Please say what the person needs from the partner.</translation>
    </message>
    <message>
        <source>The need is too long (at most %1 characters).</source>
        <translation>The need is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The override reason is too long (at most %1 characters).</source>
        <translation>The override reason is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The person's consent to share their data is required.</source>
        <translation>The person's consent to share their data is required.</translation>
    </message>
    <message>
        <source>Sending without consent needs a reason.</source>
        <translation>Sending without consent needs a reason.</translation>
    </message>
    <message>
        <source>The partner %1 is no longer in the directory's use.</source>
        <translation>The partner %1 is no longer in the directory's use.</translation>
    </message>
    <message>
        <source>The referral and its walk-in are of different people.</source>
        <translation>The referral and its walk-in are of different people.</translation>
    </message>
    <message>
        <source>Only a manager may do this.</source>
        <translation>Only a manager may do this.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Please give a reason.</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation>This referral no longer exists.</translation>
    </message>
    <message>
        <source>This is not a referral tracking code.</source>
        <translation>This is not a referral tracking code.</translation>
    </message>
    <message>
        <source>The tracking code has a typo: please check it.</source>
        <translation>The tracking code has a typo: please check it.</translation>
    </message>
    <message>
        <source>This step is not possible from the referral's present status.</source>
        <translation>This step is not possible from the referral's present status.</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>The reason is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>This partner no longer exists.</translation>
    </message>
    <message>
        <source>Please enter the partner's name.</source>
        <translation>Please enter the partner's name.</translation>
    </message>
    <message>
        <source>Please choose what kind of partner this is.</source>
        <translation>Please choose what kind of partner this is.</translation>
    </message>
    <message>
        <source>%1 is already in the directory.</source>
        <translation>%1 is already in the directory.</translation>
    </message>
    <message>
        <source>The contact's name is too long (at most %1 characters).</source>
        <translation>The contact's name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The phone is too long (at most %1 characters).</source>
        <translation>The phone is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The address is too long (at most %1 characters).</source>
        <translation>The address is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>What the partner provides is too long (at most %1 characters).</source>
        <translation>What the partner provides is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>A need's name needs 1 to %1 characters.</source>
        <translation>A need's name needs 1 to %1 characters.</translation>
    </message>
    <message>
        <source>The need %1 already exists.</source>
        <translation>The need %1 already exists.</translation>
    </message>
    <message>
        <source>This need no longer exists.</source>
        <translation>This need no longer exists.</translation>
    </message>
    <message>
        <source>Please choose the person.</source>
        <translation>Please choose the person.</translation>
    </message>
    <message>
        <source>Please choose a tier.</source>
        <translation>Please choose a tier.</translation>
    </message>
    <message>
        <source>Please say why the person is a key target.</source>
        <translation>Please say why the person is a key target.</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>The note is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The worker must be an active user who may record reception work.</source>
        <translation>The worker must be an active user who may record reception work.</translation>
    </message>
    <message>
        <source>Please enter the start date.</source>
        <translation>Please enter the start date.</translation>
    </message>
    <message>
        <source>The start date is in the future.</source>
        <translation>The start date is in the future.</translation>
    </message>
    <message>
        <source>Please enter the end date.</source>
        <translation>Please enter the end date.</translation>
    </message>
    <message>
        <source>The end date is in the future.</source>
        <translation>The end date is in the future.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>This person is already a key target at that time.</source>
        <translation>This person is already a key target at that time.</translation>
    </message>
    <message>
        <source>This enrolment has already ended.</source>
        <translation>This enrolment has already ended.</translation>
    </message>
    <message>
        <source>The person already has this tier.</source>
        <translation>The person already has this tier.</translation>
    </message>
    <message>
        <source>The change must fall after the enrolment's start and before its end.</source>
        <translation>The change must fall after the enrolment's start and before its end.</translation>
    </message>
    <message>
        <source>Please choose why the visits are excused.</source>
        <translation>Please choose why the visits are excused.</translation>
    </message>
    <message>
        <source>The exemption must start while the person is enrolled.</source>
        <translation>The exemption must start while the person is enrolled.</translation>
    </message>
    <message>
        <source>Please say why it is removed.</source>
        <translation>Please say why it is removed.</translation>
    </message>
    <message>
        <source>This key-target enrolment no longer exists.</source>
        <translation>This key-target enrolment no longer exists.</translation>
    </message>
    <message>
        <source>This exemption no longer exists.</source>
        <translation>This exemption no longer exists.</translation>
    </message>
    <message>
        <source>Please enter the date of the visit.</source>
        <translation>Please enter the date of the visit.</translation>
    </message>
    <message>
        <source>The visit date is in the future.</source>
        <translation>The visit date is in the future.</translation>
    </message>
    <message>
        <source>The visit date falls outside the person's time on the key-target list.</source>
        <translation>The visit date falls outside the person's time on the key-target list.</translation>
    </message>
    <message>
        <source>Please choose how the visit was made.</source>
        <translation>Please choose how the visit was made.</translation>
    </message>
    <message>
        <source>The visitor must be an active user who may record reception work.</source>
        <translation>The visitor must be an active user who may record reception work.</translation>
    </message>
    <message>
        <source>The companions are too long (at most %1 characters).</source>
        <translation>The companions are too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Please choose how the risk changed.</source>
        <translation>Please choose how the risk changed.</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>This visit no longer exists.</translation>
    </message>
    <message>
        <source>This is not a whole calendar week, month or quarter.</source>
        <translation>This is not a whole calendar week, month or quarter.</translation>
    </message>
    <message>
        <source>The tier %1 has no visit cadence: please set one in the settings.</source>
        <translation>The tier %1 has no visit cadence: please set one in the settings.</translation>
    </message>
    <message>
        <source>Please enter the programme's name.</source>
        <translation>Please enter the programme's name.</translation>
    </message>
    <message>
        <source>Please choose the type of programme.</source>
        <translation>Please choose the type of programme.</translation>
    </message>
    <message>
        <source>Unknown target group.</source>
        <translation>Unknown target group.</translation>
    </message>
    <message>
        <source>The time a session counts must be from 0 to 24 hours.</source>
        <translation>The time a session counts must be from 0 to 24 hours.</translation>
    </message>
    <message>
        <source>The organiser is too long (at most %1 characters).</source>
        <translation>The organiser is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The trainers are too long (at most %1 characters).</source>
        <translation>The trainers are too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The share of sessions must be from 1 to 100 percent.</source>
        <translation>The share of sessions must be from 1 to 100 percent.</translation>
    </message>
    <message>
        <source>At least one session must be required.</source>
        <translation>At least one session must be required.</translation>
    </message>
    <message>
        <source>The public holidays of %1 are not known yet (they are announced in the autumn before).</source>
        <translation>The public holidays of %1 are not known yet (they are announced in the autumn before).</translation>
    </message>
    <message>
        <source>Repeat every 1 week or more.</source>
        <translation>Repeat every 1 week or more.</translation>
    </message>
    <message>
        <source>A series has from 1 to %1 sessions.</source>
        <translation>A series has from 1 to %1 sessions.</translation>
    </message>
    <message>
        <source>This programme no longer exists.</source>
        <translation>This programme no longer exists.</translation>
    </message>
    <message>
        <source>This session no longer exists or was cancelled.</source>
        <translation>This session no longer exists or was cancelled.</translation>
    </message>
    <message>
        <source>Please enter the session's day, start and end.</source>
        <translation>Please enter the session's day, start and end.</translation>
    </message>
    <message>
        <source>The session ends before it starts.</source>
        <translation>The session ends before it starts.</translation>
    </message>
    <message>
        <source>The capacity must be at least 1, or left empty.</source>
        <translation>The capacity must be at least 1, or left empty.</translation>
    </message>
    <message>
        <source>Late after 0 to 240 minutes from the start.</source>
        <translation>Late after 0 to 240 minutes from the start.</translation>
    </message>
    <message>
        <source>The venue is too long (at most %1 characters).</source>
        <translation>The venue is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The trainer is too long (at most %1 characters).</source>
        <translation>The trainer is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The topic is too long (at most %1 characters).</source>
        <translation>The topic is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>A cancelled session cannot be changed.</source>
        <translation>A cancelled session cannot be changed.</translation>
    </message>
    <message>
        <source>%1 people have signed in to this session: its day and time can no longer change.</source>
        <translation>%1 people have signed in to this session: its day and time can no longer change.</translation>
    </message>
    <message>
        <source>Find the people to enrol and tick them first.</source>
        <translation>Find the people to enrol and tick them first.</translation>
    </message>
    <message>
        <source>This participant is no longer enrolled.</source>
        <translation>This participant is no longer enrolled.</translation>
    </message>
    <message>
        <source>Please save it as a .pdf or an .xlsx file.</source>
        <translation>Please save it as a .pdf or an .xlsx file.</translation>
    </message>
    <message>
        <source>Please choose either one session or a whole programme.</source>
        <translation>Please choose either one session or a whole programme.</translation>
    </message>
    <message>
        <source>The roster file %1 does not exist.</source>
        <translation>The roster file %1 does not exist.</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook: please save it from Excel or WPS as .xlsx.</source>
        <translation>This is not an .xlsx workbook: please save it from Excel or WPS as .xlsx.</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1.</source>
        <translation>The workbook has no sheet %1.</translation>
    </message>
    <message>
        <source>No column of names was found: please choose which column holds the names.</source>
        <translation>No column of names was found: please choose which column holds the names.</translation>
    </message>
    <message>
        <source>A chosen column is not in the roster: please choose the columns again.</source>
        <translation>A chosen column is not in the roster: please choose the columns again.</translation>
    </message>
    <message>
        <source>The roster has more than %1 rows: please split it.</source>
        <translation>The roster has more than %1 rows: please split it.</translation>
    </message>
    <message>
        <source>No name.</source>
        <translation>No name.</translation>
    </message>
    <message>
        <source>Not an 11-digit mobile number.</source>
        <translation>Not an 11-digit mobile number.</translation>
    </message>
    <message>
        <source>Not a birth date (write it as 1980-01-02, 1980/1/2 or 1980年1月2日).</source>
        <translation>Not a birth date (write it as 1980-01-02, 1980/1/2 or 1980年1月2日).</translation>
    </message>
    <message>
        <source>The sex is neither 男 nor 女.</source>
        <translation>The sex is neither 男 nor 女.</translation>
    </message>
    <message>
        <source>The ID number was stored as a number and lost digits: format the column as text.</source>
        <translation>The ID number was stored as a number and lost digits: format the column as text.</translation>
    </message>
    <message>
        <source>The same person as row %1.</source>
        <translation>The same person as row %1.</translation>
    </message>
    <message>
        <source>This ID number is registered under another name.</source>
        <translation>This ID number is registered under another name.</translation>
    </message>
    <message>
        <source>The ID number and the mobile belong to two different registered people.</source>
        <translation>The ID number and the mobile belong to two different registered people.</translation>
    </message>
    <message>
        <source>Several registered people have this name and mobile.</source>
        <translation>Several registered people have this name and mobile.</translation>
    </message>
    <message>
        <source>A name alone, and people of this name are registered: add a mobile or ID number.</source>
        <translation>A name alone, and people of this name are registered: add a mobile or ID number.</translation>
    </message>
    <message>
        <source>Someone of this name and birth date is registered: enrol them from the registry.</source>
        <translation>Someone of this name and birth date is registered: enrol them from the registry.</translation>
    </message>
    <message>
        <source>Scan a code, or type a name, pinyin initials or a phone's last 4 digits.</source>
        <translation>Scan a code, or type a name, pinyin initials or a phone's last 4 digits.</translation>
    </message>
    <message>
        <source>“%1” is not a valid sign-in code (one character mistyped or misread?) and matches no name. Scan or type it again.</source>
        <translation>“%1” is not a valid sign-in code (one character mistyped or misread?) and matches no name. Scan or type it again.</translation>
    </message>
    <message>
        <source>No participant matches “%1”. Check the spelling, or sign them in as a walk-in.</source>
        <translation>No participant matches “%1”. Check the spelling, or sign them in as a walk-in.</translation>
    </message>
    <message>
        <source>This session is over: enter the paper sheet in the reconciliation grid instead.</source>
        <translation>This session is over: enter the paper sheet in the reconciliation grid instead.</translation>
    </message>
    <message>
        <source>The unit is too long (at most %1 characters).</source>
        <translation>The unit is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>This participant is no longer enrolled in the programme.</source>
        <translation>This participant is no longer enrolled in the programme.</translation>
    </message>
    <message>
        <source>This walk-in has been matched already: undo that match first.</source>
        <translation>This walk-in has been matched already: undo that match first.</translation>
    </message>
    <message>
        <source>This walk-in is not matched to anyone.</source>
        <translation>This walk-in is not matched to anyone.</translation>
    </message>
    <message>
        <source>“%1” is not an attendance status.</source>
        <translation>“%1” is not an attendance status.</translation>
    </message>
    <message>
        <source>A mark is taken from the paper sheet or at the desk.</source>
        <translation>A mark is taken from the paper sheet or at the desk.</translation>
    </message>
    <message>
        <source>This session is on a later day: only “excused” can be marked before it.</source>
        <translation>This session is on a later day: only “excused” can be marked before it.</translation>
    </message>
    <message>
        <source>The time must be on the day of the session.</source>
        <translation>The time must be on the day of the session.</translation>
    </message>
    <message>
        <source>The sign-out time is before the sign-in time.</source>
        <translation>The sign-out time is before the sign-in time.</translation>
    </message>
    <message>
        <source>This participant has not signed in, so cannot sign out.</source>
        <translation>This participant has not signed in, so cannot sign out.</translation>
    </message>
    <message>
        <source>Credit either the actual or the scheduled time.</source>
        <translation>Credit either the actual or the scheduled time.</translation>
    </message>
    <message>
        <source>Round to 0, 5, 10 or 15 minutes.</source>
        <translation>Round to 0, 5, 10 or 15 minutes.</translation>
    </message>
    <message>
        <source>The check-out time is before the check-in time.</source>
        <translation>The check-out time is before the check-in time.</translation>
    </message>
    <message>
        <source>A stay longer than %1 hours cannot be credited: please check the times.</source>
        <translation>A stay longer than %1 hours cannot be credited: please check the times.</translation>
    </message>
    <message>
        <source>The shift ends before it starts.</source>
        <translation>The shift ends before it starts.</translation>
    </message>
    <message>
        <source>A shift cannot be longer than %1 hours.</source>
        <translation>A shift cannot be longer than %1 hours.</translation>
    </message>
    <message>
        <source>The credited time must be between 0 and %1 hours.</source>
        <translation>The credited time must be between 0 and %1 hours.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Scan a volunteer card, or type a name, initials or a phone's last 4 digits.</source>
        <translation>Scan a volunteer card, or type a name, initials or a phone's last 4 digits.</translation>
    </message>
    <message>
        <source>No volunteer matches “%1”.</source>
        <translation>No volunteer matches “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a valid card code (a typo?) and matches no name.</source>
        <translation>“%1” is not a valid card code (a typo?) and matches no name.</translation>
    </message>
    <message>
        <source>This volunteer has left the station: restore their profile first.</source>
        <translation>This volunteer has left the station: restore their profile first.</translation>
    </message>
    <message>
        <source>This volunteer is not checked in.</source>
        <translation>This volunteer is not checked in.</translation>
    </message>
    <message>
        <source>The content of service is too long (at most %1 characters).</source>
        <translation>The content of service is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Hours can only be entered once they have been served.</source>
        <translation>Hours can only be entered once they have been served.</translation>
    </message>
    <message>
        <source>Choose the shift or the activity.</source>
        <translation>Choose the shift or the activity.</translation>
    </message>
    <message>
        <source>This volunteer's hours for this shift are already entered: correct that entry instead.</source>
        <translation>This volunteer's hours for this shift are already entered: correct that entry instead.</translation>
    </message>
    <message>
        <source>This volunteer already has hours at that time.</source>
        <translation>This volunteer already has hours at that time.</translation>
    </message>
    <message>
        <source>%1 of them did not sign up for this shift.</source>
        <translation>%1 of them did not sign up for this shift.</translation>
    </message>
    <message>
        <source>This hours entry no longer exists.</source>
        <translation>This hours entry no longer exists.</translation>
    </message>
    <message>
        <source>This entry has been corrected already: open the latest one.</source>
        <translation>This entry has been corrected already: open the latest one.</translation>
    </message>
    <message>
        <source>You entered these hours yourself: another coordinator reviews them.</source>
        <translation>You entered these hours yourself: another coordinator reviews them.</translation>
    </message>
    <message>
        <source>This volunteer no longer exists.</source>
        <translation>This volunteer no longer exists.</translation>
    </message>
    <message>
        <source>This shift no longer exists.</source>
        <translation>This shift no longer exists.</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>This activity no longer exists.</translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>The notes are too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>“%1” is not a certificate level.</source>
        <translation>“%1” is not a certificate level.</translation>
    </message>
    <message>
        <source>A certificate level is only for a certified social worker.</source>
        <translation>A certificate level is only for a certified social worker.</translation>
    </message>
    <message>
        <source>This staff member is no longer on the list.</source>
        <translation>This staff member is no longer on the list.</translation>
    </message>
    <message>
        <source>This database was written by a newer StationDesk (schema %1). Please upgrade StationDesk; the file has not been changed.</source>
        <translation>This database was written by a newer StationDesk (schema %1). Please upgrade StationDesk; the file has not been changed.</translation>
    </message>
    <message>
        <source>A certificate cannot be dated in the future.</source>
        <translation>A certificate cannot be dated in the future.</translation>
    </message>
    <message>
        <source>Please say why the certificate is voided.</source>
        <translation>Please say why the certificate is voided.</translation>
    </message>
    <message>
        <source>The reason may have at most %1 characters.</source>
        <translation>The reason may have at most %1 characters.</translation>
    </message>
    <message>
        <source>This certificate no longer exists.</source>
        <translation>This certificate no longer exists.</translation>
    </message>
    <message>
        <source>Certificate %1 is already void.</source>
        <translation>Certificate %1 is already void.</translation>
    </message>
    <message>
        <source>The programme has no valid certificate to print: issue the certificates first.</source>
        <translation>The programme has no valid certificate to print: issue the certificates first.</translation>
    </message>
    <message>
        <source>%1 is a volunteer already.</source>
        <translation>%1 is a volunteer already.</translation>
    </message>
    <message>
        <source>A volunteer is active, paused or has left.</source>
        <translation>A volunteer is active, paused or has left.</translation>
    </message>
    <message>
        <source>The platform number is too long (at most %1 characters).</source>
        <translation>The platform number is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The organisation is too long (at most %1 characters).</source>
        <translation>The organisation is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The skills are too long (at most %1 characters).</source>
        <translation>The skills are too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The availability is too long (at most %1 characters).</source>
        <translation>The availability is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The registration date is in the future.</source>
        <translation>The registration date is in the future.</translation>
    </message>
    <message>
        <source>The registration date is before 1900.</source>
        <translation>The registration date is before 1900.</translation>
    </message>
    <message>
        <source>Choose a person from the registry.</source>
        <translation>Choose a person from the registry.</translation>
    </message>
    <message>
        <source>A team's name has 1 to %1 characters.</source>
        <translation>A team's name has 1 to %1 characters.</translation>
    </message>
    <message>
        <source>A team called %1 exists already.</source>
        <translation>A team called %1 exists already.</translation>
    </message>
    <message>
        <source>This team no longer exists.</source>
        <translation>This team no longer exists.</translation>
    </message>
    <message>
        <source>The team %1 is retired: bring it back first.</source>
        <translation>The team %1 is retired: bring it back first.</translation>
    </message>
    <message>
        <source>Tick the volunteers to add.</source>
        <translation>Tick the volunteers to add.</translation>
    </message>
    <message>
        <source>The joining date is in the future.</source>
        <translation>The joining date is in the future.</translation>
    </message>
    <message>
        <source>This member is no longer in the team.</source>
        <translation>This member is no longer in the team.</translation>
    </message>
    <message>
        <source>This volunteer has left the team.</source>
        <translation>This volunteer has left the team.</translation>
    </message>
    <message>
        <source>The leaving date is before the joining date.</source>
        <translation>The leaving date is before the joining date.</translation>
    </message>
    <message>
        <source>The leaving date is in the future.</source>
        <translation>The leaving date is in the future.</translation>
    </message>
    <message>
        <source>Not a registration date (2024-05-06, 2024/5/6 or 2024年5月6日, not in the future).</source>
        <translation>Not a registration date (2024-05-06, 2024/5/6 or 2024年5月6日, not in the future).</translation>
    </message>
    <message>
        <source>The programme has no participants to print.</source>
        <translation>The programme has no participants to print.</translation>
    </message>
    <message>
        <source>Choose badges or table cards.</source>
        <translation>Choose badges or table cards.</translation>
    </message>
    <message>
        <source>Choose the level: assistant social worker, or social worker and above.</source>
        <translation>Choose the level: assistant social worker, or social worker and above.</translation>
    </message>
    <message>
        <source>The registration period must start in 1900 or later.</source>
        <translation>The registration period must start in 1900 or later.</translation>
    </message>
    <message>
        <source>Please enter the activity's name.</source>
        <translation>Please enter the activity's name.</translation>
    </message>
    <message>
        <source>The activity's name may have at most %1 characters.</source>
        <translation>The activity's name may have at most %1 characters.</translation>
    </message>
    <message>
        <source>The place may have at most %1 characters.</source>
        <translation>The place may have at most %1 characters.</translation>
    </message>
    <message>
        <source>The description may have at most %1 characters.</source>
        <translation>The description may have at most %1 characters.</translation>
    </message>
    <message>
        <source>A series repeats every 1 to %1 weeks.</source>
        <translation>A series repeats every 1 to %1 weeks.</translation>
    </message>
    <message>
        <source>The series ends before its first day.</source>
        <translation>The series ends before its first day.</translation>
    </message>
    <message>
        <source>A series may have at most %1 shifts: choose an earlier end.</source>
        <translation>A series may have at most %1 shifts: choose an earlier end.</translation>
    </message>
    <message>
        <source>A shift needs at least one role (e.g. 帮手 6).</source>
        <translation>A shift needs at least one role (e.g. 帮手 6).</translation>
    </message>
    <message>
        <source>A shift may have at most %1 roles.</source>
        <translation>A shift may have at most %1 roles.</translation>
    </message>
    <message>
        <source>Every role needs a name.</source>
        <translation>Every role needs a name.</translation>
    </message>
    <message>
        <source>The role name %1 is too long (at most %2 characters).</source>
        <translation>The role name %1 is too long (at most %2 characters).</translation>
    </message>
    <message>
        <source>The role %1 needs 1 to %2 people.</source>
        <translation>The role %1 needs 1 to %2 people.</translation>
    </message>
    <message>
        <source>The role %1 is named twice.</source>
        <translation>The role %1 is named twice.</translation>
    </message>
    <message>
        <source>The series' roles cannot be read.</source>
        <translation>The series' roles cannot be read.</translation>
    </message>
    <message>
        <source>A shift lasts at most a day.</source>
        <translation>A shift lasts at most a day.</translation>
    </message>
    <message>
        <source>This series no longer exists.</source>
        <translation>This series no longer exists.</translation>
    </message>
    <message>
        <source>A series is extended, not shortened: it runs until %1 already.</source>
        <translation>A series is extended, not shortened: it runs until %1 already.</translation>
    </message>
    <message>
        <source>The note may have at most %1 characters.</source>
        <translation>The note may have at most %1 characters.</translation>
    </message>
    <message>
        <source>This shift is cancelled: restore it first.</source>
        <translation>This shift is cancelled: restore it first.</translation>
    </message>
    <message>
        <source>%2 volunteers are signed up as %1: it cannot have only %3 places.</source>
        <translation>%2 volunteers are signed up as %1: it cannot have only %3 places.</translation>
    </message>
    <message>
        <source>%2 volunteers are signed up as %1: withdraw them before removing the role.</source>
        <translation>%2 volunteers are signed up as %1: withdraw them before removing the role.</translation>
    </message>
    <message>
        <source>This role is not one of the shift's.</source>
        <translation>This role is not one of the shift's.</translation>
    </message>
    <message>
        <source>%1 is paused or has left: change the volunteer's status first.</source>
        <translation>%1 is paused or has left: change the volunteer's status first.</translation>
    </message>
    <message>
        <source>Please choose at least one volunteer.</source>
        <translation>Please choose at least one volunteer.</translation>
    </message>
    <message>
        <source>The team has no active members on that day.</source>
        <translation>The team has no active members on that day.</translation>
    </message>
    <message>
        <source>This sign-up no longer exists.</source>
        <translation>This sign-up no longer exists.</translation>
    </message>
    <message>
        <source>There is no month %2 in %1.</source>
        <translation>There is no month %2 in %1.</translation>
    </message>
    <message>
        <source>Choose a month or a week.</source>
        <translation>Choose a month or a week.</translation>
    </message>
    <message>
        <source>A quarter is Q1 to Q4.</source>
        <translation>A quarter is Q1 to Q4.</translation>
    </message>
    <message>
        <source>There is no such ledger.</source>
        <translation>There is no such ledger.</translation>
    </message>
    <message>
        <source>The highlights may have at most %1 characters.</source>
        <translation>The highlights may have at most %1 characters.</translation>
    </message>
    <message>
        <source>The report prints in Simplified Chinese, Traditional Chinese or English, not in %1.</source>
        <translation>The report prints in Simplified Chinese, Traditional Chinese or English, not in %1.</translation>
    </message>
    <message>
        <source>The period ends (%2) before it begins (%1).</source>
        <translation>The period ends (%2) before it begins (%1).</translation>
    </message>
    <message>
        <source>No approved volunteer hours from %1 to %2: there is nothing to certify. Hours still awaiting review do not count.</source>
        <translation>No approved volunteer hours from %1 to %2: there is nothing to certify. Hours still awaiting review do not count.</translation>
    </message>
    <message>
        <source>The handler must be an active user of the station.</source>
        <translation>The handler must be an active user of the station.</translation>
    </message>
    <message>
        <source>The minimum hours cannot be negative.</source>
        <translation>The minimum hours cannot be negative.</translation>
    </message>
    <message>
        <source>The counted hours of certificate %1 have changed since it was issued: void it and issue a new one.</source>
        <translation>The counted hours of certificate %1 have changed since it was issued: void it and issue a new one.</translation>
    </message>
    <message>
        <source>There is no station %1 in this database (its stations: %2).</source>
        <translation>There is no station %1 in this database (its stations: %2).</translation>
    </message>
    <message>
        <source>Show from %1 to %2 months.</source>
        <translation>Show from %1 to %2 months.</translation>
    </message>
    <message>
        <source>The monthly report is due on a day from %1 to %2 of the next month.</source>
        <translation>The monthly report is due on a day from %1 to %2 of the next month.</translation>
    </message>
    <message>
        <source>This PC is a station PC, a district hub or a trainer laptop.</source>
        <translation>This PC is a station PC, a district hub or a trainer laptop.</translation>
    </message>
    <message>
        <source>The bundle is addressed to another site, not to this PC.</source>
        <translation>The bundle is addressed to another site, not to this PC.</translation>
    </message>
    <message>
        <source>The bundle file is damaged inside: it is not a StationDesk bundle as written.</source>
        <translation>The bundle file is damaged inside: it is not a StationDesk bundle as written.</translation>
    </message>
    <message>
        <source>The bundle's description is malformed (%1): it was not written by StationDesk.</source>
        <translation>The bundle's description is malformed (%1): it was not written by StationDesk.</translation>
    </message>
    <message>
        <source>The bundle's content cannot be read: it was not written by StationDesk.</source>
        <translation>The bundle's content cannot be read: it was not written by StationDesk.</translation>
    </message>
    <message>
        <source>That is not a recipient key (it starts with age1...).</source>
        <translation>That is not a recipient key (it starts with age1...).</translation>
    </message>
    <message>
        <source>The bundle's signature is not its sender's: it was altered or forged.</source>
        <translation>The bundle's signature is not its sender's: it was altered or forged.</translation>
    </message>
    <message>
        <source>The bundle file is damaged: altered, cut short or not completely copied.</source>
        <translation>The bundle file is damaged: altered, cut short or not completely copied.</translation>
    </message>
    <message>
        <source>The bundle is encrypted for this site's key, but this PC has no key yet.</source>
        <translation>The bundle is encrypted for this site's key, but this PC has no key yet.</translation>
    </message>
    <message>
        <source>The file refers to records this PC does not hold yet (such as a training session written on the station PC). Import the station PC's file first, then this one again. Nothing was written.</source>
        <translation>The file refers to records this PC does not hold yet (such as a training session written on the station PC). Import the station PC's file first, then this one again. Nothing was written.</translation>
    </message>
    <message>
        <source>The bundle was written by a newer StationDesk: please upgrade to read it.</source>
        <translation>The bundle was written by a newer StationDesk: please upgrade to read it.</translation>
    </message>
    <message>
        <source>The bundle comes from a newer StationDesk (schema %1): please upgrade StationDesk to a version with schema %1.</source>
        <translation>The bundle comes from a newer StationDesk (schema %1): please upgrade StationDesk to a version with schema %1.</translation>
    </message>
    <message>
        <source>The file is not a StationDesk bundle.</source>
        <translation>The file is not a StationDesk bundle.</translation>
    </message>
    <message>
        <source>The bundle is encrypted for another site: this PC cannot open it.</source>
        <translation>The bundle is encrypted for another site: this PC cannot open it.</translation>
    </message>
    <message>
        <source>The bundle holds the data of station %1, not of this station (%2).</source>
        <translation>The bundle holds the data of station %1, not of this station (%2).</translation>
    </message>
    <message>
        <source>The bundle is protected by a passphrase: please enter it.</source>
        <translation>The bundle is protected by a passphrase: please enter it.</translation>
    </message>
    <message>
        <source>The bundle's content is not the one its sender signed: it was altered.</source>
        <translation>The bundle's content is not the one its sender signed: it was altered.</translation>
    </message>
    <message>
        <source>The bundle says it comes from station %1, but its sender was enrolled for station %2.</source>
        <translation>The bundle says it comes from station %1, but its sender was enrolled for station %2.</translation>
    </message>
    <message>
        <source>The bundle is larger than allowed (%1 bytes).</source>
        <translation>The bundle is larger than allowed (%1 bytes).</translation>
    </message>
    <message>
        <source>The bundle file is empty or cut short: copy it again.</source>
        <translation>The bundle file is empty or cut short: copy it again.</translation>
    </message>
    <message>
        <source>The bundle comes from a site that is not enrolled here (station %1): enrol it first.</source>
        <translation>The bundle comes from a site that is not enrolled here (station %1): enrol it first.</translation>
    </message>
    <message>
        <source>The bundle file cannot be read: %1.</source>
        <translation>The bundle file cannot be read: %1.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The passphrase is not the bundle's.</source>
        <translation>The passphrase is not the bundle's.</translation>
    </message>
    <message>
        <source>This PC's stored sync key is damaged (%1).</source>
        <translation>This PC's stored sync key is damaged (%1).</translation>
    </message>
    <message>
        <source>The receipt is malformed (%1): it was not written by StationDesk.</source>
        <translation>The receipt is malformed (%1): it was not written by StationDesk.</translation>
    </message>
    <message>
        <source>The receipt's signature is not its importer's: it was altered or forged.</source>
        <translation>The receipt's signature is not its importer's: it was altered or forged.</translation>
    </message>
    <message>
        <source>The receipt was written by a newer StationDesk: please upgrade to read it.</source>
        <translation>The receipt was written by a newer StationDesk: please upgrade to read it.</translation>
    </message>
    <message>
        <source>The file is not a StationDesk receipt.</source>
        <translation>The file is not a StationDesk receipt.</translation>
    </message>
    <message>
        <source>The receipt file is larger than allowed.</source>
        <translation>The receipt file is larger than allowed.</translation>
    </message>
    <message>
        <source>This receipt (回执) was written on this PC, for the PC whose file was imported here. Take it back to that PC and import it there. Nothing was changed.</source>
        <translation>This receipt (回执) was written on this PC, for the PC whose file was imported here. Take it back to that PC and import it there. Nothing was changed.</translation>
    </message>
    <message>
        <source>The receipt comes from a site that is not enrolled here (station %1).</source>
        <translation>The receipt comes from a site that is not enrolled here (station %1).</translation>
    </message>
    <message>
        <source>The receipt file cannot be read: %1.</source>
        <translation>The receipt file cannot be read: %1.</translation>
    </message>
    <message>
        <source>The enrolment file is malformed (%1).</source>
        <translation>The enrolment file is malformed (%1).</translation>
    </message>
    <message>
        <source>The enrolment's signature does not match the key it names: it was altered.</source>
        <translation>The enrolment's signature does not match the key it names: it was altered.</translation>
    </message>
    <message>
        <source>The enrolment file was written by a newer StationDesk: please upgrade to read it.</source>
        <translation>The enrolment file was written by a newer StationDesk: please upgrade to read it.</translation>
    </message>
    <message>
        <source>The file is not a StationDesk enrolment file.</source>
        <translation>The file is not a StationDesk enrolment file.</translation>
    </message>
    <message>
        <source>The enrolment file is larger than allowed.</source>
        <translation>The enrolment file is larger than allowed.</translation>
    </message>
    <message>
        <source>The enrolment file cannot be read: %1.</source>
        <translation>The enrolment file cannot be read: %1.</translation>
    </message>
    <message>
        <source>There is no audience %1 (hub, station or trainer).</source>
        <translation>There is no audience %1 (hub, station or trainer).</translation>
    </message>
    <message>
        <source>Choose to keep the value kept or the other one.</source>
        <translation>Choose to keep the value kept or the other one.</translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>This conflict no longer exists.</translation>
    </message>
    <message>
        <source>This conflict has been resolved already.</source>
        <translation>This conflict has been resolved already.</translation>
    </message>
    <message>
        <source>The record of this conflict is not in the database.</source>
        <translation>The record of this conflict is not in the database.</translation>
    </message>
    <message>
        <source>This conflict is about a field this version does not know.</source>
        <translation>This conflict is about a field this version does not know.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 exists already.</translation>
    </message>
    <message>
        <source>This site is enrolled already with another key. If it was reinstalled, compare the codes and enrol it anew.</source>
        <translation>This site is enrolled already with another key. If it was reinstalled, compare the codes and enrol it anew.</translation>
    </message>
    <message>
        <source>Give a passphrase: the site the bundle is for is not enrolled with a key.</source>
        <translation>Give a passphrase: the site the bundle is for is not enrolled with a key.</translation>
    </message>
    <message>
        <source>Choose whom the bundle is for: a site, or hub, station or trainer.</source>
        <translation>Choose whom the bundle is for: a site, or hub, station or trainer.</translation>
    </message>
    <message>
        <source>A %1 file has no preview: import it directly.</source>
        <translation>A %1 file has no preview: import it directly.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Set up the station before exchanging data.</source>
        <translation>Set up the station before exchanging data.</translation>
    </message>
    <message>
        <source>The enrolment is of station %1, not of this station (%2): only a hub exchanges data with other stations.</source>
        <translation>The enrolment is of station %1, not of this station (%2): only a hub exchanges data with other stations.</translation>
    </message>
    <message>
        <source>This is this PC's own enrolment file: enrol it on the other PC.</source>
        <translation>This is this PC's own enrolment file: enrol it on the other PC.</translation>
    </message>
    <message>
        <source>The file is neither a bundle, a receipt nor an enrolment file.</source>
        <translation>The file is neither a bundle, a receipt nor an enrolment file.</translation>
    </message>
    <message>
        <source>No enrolled site %1.</source>
        <translation>No enrolled site %1.</translation>
    </message>
    <message>
        <source>%1 read back differently from what was written: the USB stick may be failing.</source>
        <translation>%1 read back differently from what was written: the USB stick may be failing.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 could not be written: %2.</translation>
    </message>
    <message>
        <source>This is not a StationDesk enrolment code: scan the code the other PC shows under “This PC's enrolment file…”. Nothing was enrolled.</source>
        <translation>This is not a StationDesk enrolment code: scan the code the other PC shows under “This PC's enrolment file…”. Nothing was enrolled.</translation>
    </message>
    <message>
        <source>The code was read only in part or wrongly: scan it again (or paste it whole). Nothing was enrolled.</source>
        <translation>The code was read only in part or wrongly: scan it again (or paste it whole). Nothing was enrolled.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (%2). Nothing was left there.</source>
        <translation>The backup could not be written to %1 (%2). Nothing was left there.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 is not a StationDesk backup: it is no database file. Choose the file the station PC wrote with "Back up the database…". Nothing was changed.</source>
        <translation>The file %1 is not a StationDesk backup: it is no database file. Choose the file the station PC wrote with "Back up the database…". Nothing was changed.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not a StationDesk backup. Nothing was changed.</source>
        <translation>The file %1 is a database of another program, not a StationDesk backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>No station has been set up in the database %1: choose the backup of the station PC, where the station is in use. Nothing was changed.</source>
        <translation>No station has been set up in the database %1: choose the backup of the station PC, where the station is in use. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (its integrity check failed). Please make a new backup on the station PC. Nothing was changed.</source>
        <translation>The backup %1 is damaged (its integrity check failed). Please make a new backup on the station PC. Nothing was changed.</translation>
    </message>
    <message>
        <source>A station has already been set up on this PC: a backup can only be taken over by a new, empty installation.</source>
        <translation>A station has already been set up on this PC: a backup can only be taken over by a new, empty installation.</translation>
    </message>
    <message>
        <source>This PC's database is no SQLite file: a backup cannot be taken over into it.</source>
        <translation>This PC's database is no SQLite file: a backup cannot be taken over into it.</translation>
    </message>
    <message>
        <source>The file %1 is this PC's own database: choose the station PC's backup.</source>
        <translation>The file %1 is this PC's own database: choose the station PC's backup.</translation>
    </message>
    <message>
        <source>Another program has this PC's database open: close it (or the other StationDesk window) and try again. Nothing was changed.</source>
        <translation>Another program has this PC's database open: close it (or the other StationDesk window) and try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Something went wrong (%1).</translation>
    </message>
</context>
<context>
    <name>placeholder</name>
    <message>
        <source>Here the station will register volunteers, their teams and their service hours.</source>
        <translation>Here the station will register volunteers, their teams and their service hours.</translation>
    </message>
    <message>
        <source>Here the station will plan trainings and record who attended them.</source>
        <translation>Here the station will plan trainings and record who attended them.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Read only</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Only an administrator can change this setting.</source>
        <translation>Only an administrator can change this setting.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>sync_counts</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>records this PC does not have yet</source>
        <translation>records this PC does not have yet</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>records that get a newer value</source>
        <translation>records that get a newer value</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>already the same here</source>
        <translation>already the same here</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>changed on both sides: you choose afterwards</source>
        <translation>changed on both sides: you choose afterwards</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>changes this site may not send: left out</source>
        <translation>changes this site may not send: left out</translation>
    </message>
    <message>
        <source>%1 of the refused changes are other PCs' records that this trainer laptop or hub passed on. It holds them only in part (without ID numbers, needs or notes), so they come only from the PCs that wrote them: exchange files with those directly.</source>
        <translation>%1 of the refused changes are other PCs' records that this trainer laptop or hub passed on. It holds them only in part (without ID numbers, needs or notes), so they come only from the PCs that wrote them: exchange files with those directly.</translation>
    </message>
</context>
<context>
    <name>sync_files</name>
    <message>
        <source>Enrolment files (*%1)</source>
        <translation>Enrolment files (*%1)</translation>
    </message>
    <message>
        <source>Sync files (*%1 *%2)</source>
        <translation>Sync files (*%1 *%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>sync_words</name>
    <message>
        <source>Station PC</source>
        <translation>Station PC</translation>
    </message>
    <message>
        <source>District hub</source>
        <translation>District hub</translation>
    </message>
    <message>
        <source>Trainer laptop</source>
        <translation>Trainer laptop</translation>
    </message>
    <message>
        <source>Any station PC</source>
        <translation>Any station PC</translation>
    </message>
    <message>
        <source>The district hub</source>
        <translation>The district hub</translation>
    </message>
    <message>
        <source>Any trainer laptop</source>
        <translation>Any trainer laptop</translation>
    </message>
    <message>
        <source>Everything (a station PC's copy)</source>
        <translation>Everything (a station PC's copy)</translation>
    </message>
    <message>
        <source>What the district's reports need (a hub's copy)</source>
        <translation>What the district's reports need (a hub's copy)</translation>
    </message>
    <message>
        <source>Training records only: no ID numbers, needs or visit notes (a trainer's copy)</source>
        <translation>Training records only: no ID numbers, needs or visit notes (a trainer's copy)</translation>
    </message>
    <message>
        <source>Volunteer activity</source>
        <translation>Volunteer activity</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>User account</translation>
    </message>
    <message>
        <source>Audit log entry</source>
        <translation>Audit log entry</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <source>Hours review</source>
        <translation>Hours review</translation>
    </message>
    <message>
        <source>Referral step</source>
        <translation>Referral step</translation>
    </message>
    <message>
        <source>Volunteer check-in</source>
        <translation>Volunteer check-in</translation>
    </message>
    <message>
        <source>Training certificate</source>
        <translation>Training certificate</translation>
    </message>
    <message>
        <source>Training enrolment</source>
        <translation>Training enrolment</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Hours certificate</source>
        <translation>Hours certificate</translation>
    </message>
    <message>
        <source>Key target</source>
        <translation>Key target</translation>
    </message>
    <message>
        <source>Key target exemption</source>
        <translation>Key target exemption</translation>
    </message>
    <message>
        <source>Need category</source>
        <translation>Need category</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Resident's tag</source>
        <translation>Resident's tag</translation>
    </message>
    <message>
        <source>Training programme</source>
        <translation>Training programme</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Relief type</source>
        <translation>Relief type</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Volunteer shift</source>
        <translation>Volunteer shift</translation>
    </message>
    <message>
        <source>Shift assignment</source>
        <translation>Shift assignment</translation>
    </message>
    <message>
        <source>Shift role</source>
        <translation>Shift role</translation>
    </message>
    <message>
        <source>Shift series</source>
        <translation>Shift series</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Station profile</source>
        <translation>Station profile</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Team member</translation>
    </message>
    <message>
        <source>Visit cadence</source>
        <translation>Visit cadence</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Training session</translation>
    </message>
    <message>
        <source>Visit method</source>
        <translation>Visit method</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Volunteer team</source>
        <translation>Volunteer team</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Walk-in need</source>
        <translation>Walk-in need</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>Responsible worker</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Ends at</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>kept (not removed)</source>
        <translation>kept (not removed)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(a picture or file)</source>
        <translation>(a picture or file)</translation>
    </message>
</context>
</TS>