<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CliApplication</name>
    <message>
        <source>The workspace file to use (default: the demo workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment whose variables fill {{var}} placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override one environment variable for this command (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable JSON on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only errors (and JSON when --json is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help for the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM Bridge %1 — connect a CRM with the ERP, helpdesk and marketing systems around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: crmbridge-cli [global options] COMMAND [options] [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 some records or steps failed, 2 usage, configuration or input error, 3 interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;crmbridge-cli COMMAND --help&apos; describes one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: crmbridge-cli %1 COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &apos;crmbridge-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &apos;crmbridge-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2 argument(s), got %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--var needs NAME=VALUE, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be en or zh_CN, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &apos;crmbridge-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormulaError</name>
    <message>
        <source>rule %1, %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the formula at the marked position.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonValueReader</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that each line holds exactly one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad surrogate pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad escape \%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number is malformed or has more than 18 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field name in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lexer</name>
    <message>
        <source>This text has no closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &quot; at the end of the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field name has no closing backtick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a ` after the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character &apos;!&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use NOT(...) or != for &quot;not equal&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curly or full-width quotes cannot start text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use straight double quotes (&quot;) around text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-width punctuation &apos;%1&apos; is not part of the formula language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use ASCII parentheses and commas: ( ) ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>The formula is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a field name, a value in quotes, or a function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &apos;)&apos; has no matching &apos;(&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after the end of the formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the parts with an operator such as &amp; or +, or remove the extra text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number this engine can hold exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers have at most 18 significant digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &apos;(&apos; is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &apos;)&apos; where the group ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula ends too early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is missing before &apos;)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is missing before &apos;,&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field name is expected after &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put names with spaces or symbols in backticks: `first name`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This index is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside [ ] put an index such as 0 or * for every element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;]&apos; expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;)&apos; expected in the arguments of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate arguments with commas and close the call with &apos;)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>The fault &apos;%1&apos; cannot be set to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rate between 0 and 1 (or a percentage such as 10%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of milliseconds, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fault kind &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fault needs SYSTEM:KIND=VALUE, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example --fault crm:errors=0.1 or --fault erp:latency=200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sandbox system &apos;%1&apos; in --fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use crm, erp, helpdesk, marketing or webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxHttpServer</name>
    <message>
        <source>The sandbox cannot listen on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the program using that port, or choose other ports with --base-port (0 picks free ports).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>If this keeps happening, the file may be damaged: restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite could not open the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file is a workspace and readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch the workspace to WAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the schema history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration to schema %1 (%2) failed and was rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or open the existing workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing file could not be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the workspace could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the location is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the location is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file could not be initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the workspace&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file could not be read by SQLite: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the file from a backup or a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the file from a backup or a copy. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is damaged or incomplete: its schema history cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of CRM Bridge (schema %1; this version knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update CRM Bridge to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace opened for inspection cannot be migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write a backup before migrating (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space or make the folder writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it for writing to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the workspace&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name; a copy never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot replace the workspace itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceCommands</name>
    <message>
        <source>Created workspace &quot;%1&quot; at %2 (schema %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(older than this version&apos;s %1: run &apos;crmbridge-cli workspace migrate&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is up to date (schema %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated the workspace from schema %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the previous version is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill it like the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing file at FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new workspace (.crmbridge is added if no suffix is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a workspace holds (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring an older workspace to this version&apos;s schema (a backup is kept).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>There is no workspace file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path, or create a workspace with File ▸ New (crmbridge-cli workspace init FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .crmbridge file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty, so it is not a CRM Bridge workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file, or create a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a CRM Bridge workspace: it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .crmbridge file, or create a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The workspace file is truncated: it ends inside its header (%n byte(s))</source>
        <translation>
            <numerusform>The workspace file is truncated: it ends inside its header (%n byte)</numerusform>
            <numerusform>The workspace file is truncated: it ends inside its header (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the file from a backup or a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is corrupt: its header gives an impossible page size (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite database was not made by CRM Bridge, so it is not a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is truncated: it has %1 of the %2 bytes its header promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is truncated or damaged: its size (%1 bytes) is not a whole number of %2-byte pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of CRM Bridge (schema %1; this version knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update CRM Bridge to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file (or its folder) is read-only, and a workspace saves every change at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the file and its folder writable, or copy it somewhere writable and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::Application</name>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was upgraded to this version&apos;s format. A copy of the previous version is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CRM Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in progress</source>
        <translation>
            <numerusform>%n run in progress</numerusform>
            <numerusform>%n runs in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
    <message>
        <source>CRM Bridge workspaces (*.crmbridge);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM Bridge %1&lt;/h3&gt;&lt;p&gt;Connects a CRM with the ERP, helpdesk and marketing systems around it, and keeps their data consistent.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;SQLite %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CRM Bridge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::ObjectCountsModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this version writes %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a system: add an endpoint and test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design a mapping and preview it on real sample records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a sync profile and look at its dry-run plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the sync; retry only the rows that failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step an order through its lifecycle and see what the ERP answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile two systems record by record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same from a terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo workspace: its endpoints point at the built-in sandbox systems, so you can try everything without touching real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet. Runs of syncs and reconciliations appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::RecentRunsModel</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some records failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::WelcomePage</name>
    <message>
        <source>No workspace is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace holds your endpoints, mappings, sync profiles, run history and reconciliation sessions in one file. Every change is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
