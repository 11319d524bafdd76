<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>%1 people already registered may be this same person. Open one of them instead, or register a new person anyway and say why.</source>
        <translation>%1 people already registered may be this same person. Open one of them instead, or register a new person anyway and say why.</translation>
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
        <source>This database was written by a newer StationDesk (schema %1). Please upgrade StationDesk; the file has not been changed.</source>
        <translation>This database was written by a newer StationDesk (schema %1). Please upgrade StationDesk; the file has not been changed.</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Something went wrong (%1).</translation>
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
</TS>