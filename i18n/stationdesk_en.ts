<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>Curtain</name>
    <message>
        <source>StationDesk is locked</source>
        <translation>StationDesk is locked</translation>
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
    <name>PlaceholderPage</name>
    <message>
        <source>This area comes in a later version of StationDesk.</source>
        <translation>This area comes in a later version of StationDesk.</translation>
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
        <source>My password</source>
        <translation>My password</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Setting up StationDesk</source>
        <translation>Setting up StationDesk</translation>
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
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
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
        <source>%1 (retired)</source>
        <translation>%1 (retired)</translation>
    </message>
    <message>
        <source>The tag %1 has been added.</source>
        <translation>The tag %1 has been added.</translation>
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
        <source>No free tracking code could be made: please try again.</source>
        <translation>No free tracking code could be made: please try again.</translation>
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
        <source>This partner no longer exists.</source>
        <translation>This partner no longer exists.</translation>
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
        <source>This database was written by a newer StationDesk (schema %1). Please upgrade StationDesk; the file has not been changed.</source>
        <translation>This database was written by a newer StationDesk (schema %1). Please upgrade StationDesk; the file has not been changed.</translation>
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
    <message>
        <source>Here the station will print its monthly report and other statistics as PDF and Excel.</source>
        <translation>Here the station will print its monthly report and other statistics as PDF and Excel.</translation>
    </message>
    <message>
        <source>Here desks will exchange their records with each other and with the district.</source>
        <translation>Here desks will exchange their records with each other and with the district.</translation>
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
</TS>