<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Curtain</name>
    <message>
        <source>StationDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Same ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people already registered may be this same person. Open one of them instead, or register a new person anyway and say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this a different person? (required to save anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>StationDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen was locked because nobody used it for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to StationDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StationDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StationDesk: front desk of the social work station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the station database, one moment...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <source>Show full numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full ID number and phone of %1? Each viewing is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Full numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This viewing has been recorded in the audit log. The window closes in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Please enter the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number has a wrong character at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number&apos;s last character should be %1: please check for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date inside the ID number is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date inside the ID number is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code %1 at the start of the ID number does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter an 11-digit mobile number starting with 13-19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person no longer exists in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people like this are already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this. The attempt has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts: please wait %1 seconds, or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot be empty or contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station needs at least one active administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station has already been set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the station&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station code may hold only letters, digits, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is too large (at most %1 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station profile is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag name needs 1 to 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tag no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This language is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle lock must be between %1 and %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a SQLite database file can be backed up this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a StationDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StationDesk cannot use a %1 database yet: please use a SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer StationDesk (schema %1). Please upgrade StationDesk; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
