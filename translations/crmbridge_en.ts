<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityDetails</name>
    <message>
        <source>… (cut: the activity record keeps the first %1 bytes of each body)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoMapper</name>
    <message>
        <source>Same field name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same field name &quot;%1&quot; at a different path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; differ only in case or separators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are synonyms (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample values of &quot;%1&quot; look like %2, which &quot;%3&quot; holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPipeline</name>
    <message>
        <source>The run was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it again to process the remaining records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>The workspace has several environments (%1); choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --env NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping cleanly (press Ctrl+C again to quit at once)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDecisionStore</name>
    <message>
        <source>Could not read the conflict decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync profile is not saved, so its decisions cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the decision on %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the decision on %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the conflict decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDecisions</name>
    <message>
        <source>&apos;%1&apos; is not a decision; write source or target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Unknown text encoding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use UTF-8, GB18030, windows-1252 or another name ICU knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the header row, or read the file without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character after a closing quote; a quote inside a quoted field must be doubled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the quote, or double a quote that is part of the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the row, or quote the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 has %2 fields but the header names %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote fields that contain the delimiter &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurlImporter</name>
    <message>
        <source>The cURL command has an unclosed single quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the quote, or copy the whole command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cURL command has an unclosed $&apos;…&apos; quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cURL command has an unclosed double quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cURL command is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a command such as: curl https://api.example.com/contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the value after %1, or remove the option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; has no name: value form and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body comes from the file %1, which is not read; paste its content instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-u names the user %1 without a password; enter the password when you save the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-k turns certificate checks off; CRM Bridge keeps them on unless you allow self-signed certificates on the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compressed was ignored: CRM Bridge always accepts compressed answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra word &quot;%1&quot; was ignored (only one URL per request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored options that do not change the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cURL command has no URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the address, e.g. curl https://api.example.com/contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no scheme; http:// was assumed, as cURL does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address in the command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>the quoted text in the date format is not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionCsvReader</name>
    <message>
        <source>Line %1: a quoted cell is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the quote, or export the plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the decisions file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plan with &apos;sync PROFILE --dry-run --plan-out FILE.csv&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: the decisions file has no &apos;%1&apos; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the plan CSV of &apos;sync PROFILE --dry-run --plan-out FILE.csv&apos; and fill its decision column with source or target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the decision is &apos;%2&apos;; write source or target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: only conflict lines can be decided; this line is &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: no record with the match key &apos;%2&apos; is in conflict in the latest plan of &quot;%3&quot; (is the file from another profile, or an older plan?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &apos;%2&apos; is not a differing field of &apos;%3&apos; (its differing fields: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 of &apos;%3&apos; is already decided on line %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the decisions file cannot be used; nothing was stored:
%1</source>
        <translation>
            <numerusform>%n line of the decisions file cannot be used; nothing was stored:
%1</numerusform>
            <numerusform>%n lines of the decisions file cannot be used; nothing was stored:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix those lines (decision: source or target, on conflict lines of this profile&apos;s latest plan).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSandbox</name>
    <message>
        <source>The sandbox found no free ports between %1 and %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the programs that use these ports, or start the sandbox from the command line with another --base-port.</source>
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
    <name>EndpointCommands</name>
    <message>
        <source>No endpoints yet. Add one with &apos;crmbridge-cli endpoint add NAME --base-url URL&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTITIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: self-signed certificates ALLOWED (verification off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the endpoint file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header needs &quot;Name: value&quot;, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout-ms needs a positive whole number, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint named &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or remove it first with &apos;crmbridge-cli endpoint remove&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added endpoint &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: its secret is looked up in the keychain entry &quot;%1&quot;; on a server without a keychain, add --secret-env VARIABLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed endpoint &quot;%1&quot; and its entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [production]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message>
        <source>No environments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the endpoints of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one endpoint with its entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an endpoint (its secret stays in the keychain or an environment variable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crm, erp, helpdesk, marketing or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest-json, soap-xml or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL; may use {{variables}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, basic, bearer, api-key-header, api-key-query or oauth2-client-credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name for Basic auth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header or query parameter of an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable that holds the secret (password, token, key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VARIABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header sent with every request (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;NAME: VALUE&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vendor rate-limit preset id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer timeout in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of extra trusted CAs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept self-signed certificates (turns TLS verification off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from an endpoint JSON file (workspace export format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new endpoint&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an endpoint and its entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the environments (variable sets) of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one environment&apos;s variables (secret ones as references).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the request data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file name after @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request data is not valid JSON: %1 at byte offset %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request data must be a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a JSON object such as &apos;{&quot;OrderId&quot;: 1001}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crmbridge-cli endpoint call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a REST endpoint the operation is ENTITY.get, ENTITY.create, ENTITY.update, ENTITY.delete or ENTITY.list, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faultcode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faultstring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1 answered %2 in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call one operation: a WSDL operation of a SOAP endpoint, or ENTITY.get|create|update|delete|list of a REST endpoint; prints the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request as a JSON object, or @FILE to read it from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON|@FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record id (REST get, update, delete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm a write to a production environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WSDL operation (GetOrder) or ENTITY.VERB (contacts.get).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointJson</name>
    <message>
        <source>Unknown %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain entry &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate window needs both requests and windowMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This endpoint was written by a newer CRM Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are never stored in endpoint files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid endpoint file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the JSON and load it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointLabels</name>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST / JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOAP / XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File (CSV, JSON, XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic (user name and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key in a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key in the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (one response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset and count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next URL in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointStore</name>
    <message>
        <source>Could not read the endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no endpoint named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name in the Endpoints page, or create the endpoint first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; was removed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as a new endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity &quot;%1&quot; of endpoint &quot;%2&quot; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the entities of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; has no entity named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the entity name, or add the entity to the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; already has an entity named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the entity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the entity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityJson</name>
    <message>
        <source>Unknown pagination style &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor pagination needs the path of the next cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next-URL pagination needs the path of the next URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entity was written by a newer CRM Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entity needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation with a path needs a method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityRequest</name>
    <message>
        <source>entity &quot;%1&quot; of endpoint &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity has no %1 operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set its method and path in the Endpoints page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 operation of %2 needs a record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the id of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity &quot;%1&quot;, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity &quot;%1&quot;, %2 of record %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentJson</name>
    <message>
        <source>An environment needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret variable keeps its value in the keychain, not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable &quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentStore</name>
    <message>
        <source>environment &quot;%1&quot; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the environment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no environment named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name, or create the environment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the environment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the environment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FetchCommands</name>
    <message>
        <source>--limit needs a positive whole number, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size needs a positive whole number, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2: %3 records, %4 pages, %5 records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the Activity record could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched %1 records of %2 / %3 in %4 pages, %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>note: %n field(s) first seen after the first record are not in the CSV; use --format jsonl to keep everything.</source>
        <translation>
            <numerusform>note: %n field first seen after the first record are not in the CSV; use --format jsonl to keep everything.</numerusform>
            <numerusform>note: %n fields first seen after the first record are not in the CSV; use --format jsonl to keep everything.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stream every page of an entity to JSON Lines, CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jsonl (default), csv or json; from --output&apos;s suffix when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records per page (the entity&apos;s setting otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this rate-limit preset for this run instead of the endpoint&apos;s (&apos;none&apos; for no budget).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldTreeJson</name>
    <message>
        <source>Unknown field type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema field must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema field has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every field a &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schema was written by a newer CRM Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update CRM Bridge, or discover the schema again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>Reading XML needs a record path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the elements that are records, for example Orders/Order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing XML is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write CSV, JSON Lines or JSON instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormulaCompiler</name>
    <message>
        <source>Unknown variable $%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$ variables are only available in validation formulas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available here: $%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the field name against the source schema; put names with spaces in backticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2 arguments, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown function %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See docs/formulas.md for the list of functions.</source>
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
    <name>FormulaFunctions</name>
    <message>
        <source>unknown region &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a two-letter ISO country code such as &quot;US&quot;, &quot;CN&quot; or &quot;DE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown phone format &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;E164&quot;, &quot;NATIONAL&quot; or &quot;INTERNATIONAL&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no region given and no +country code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown hash &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;MD5&quot;, &quot;SHA1&quot; or &quot;SHA256&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date format &apos;%1&apos; has no year (yyyy) or time (HH:mm) to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use tokens such as yyyy-MM-dd HH:mm:ss, or &quot;ISO&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an IANA name such as &quot;Asia/Shanghai&quot; or &quot;America/Los_Angeles&quot;, &quot;UTC&quot;, or an offset such as &quot;+08:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the date format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; read it with DATE_PARSE first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date or datetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2-%3 is not a calendar date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date moves by days, months or years, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a datetime moves by days, hours, minutes or seconds, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode must be HALF_UP, HALF_EVEN, UP or DOWN, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result has more than 18 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a yes/no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by a custom rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first argument must name a value map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the map&apos;s name, e.g. LOOKUP(status_map, status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no value map named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the value map to the mapping first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value maps in this mapping: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start must be a position from 1, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side must be &quot;LEFT&quot; or &quot;RIGHT&quot;, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the pattern near position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>The document names no endpoint; give one with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint named &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the import another name with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret &quot;%1&quot; could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret &quot;%1&quot; found in the document was NOT kept: no keychain is available; name an environment variable for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported endpoint &quot;%1&quot; with %n entity(ies).</source>
        <translation>
            <numerusform>Imported endpoint &quot;%1&quot; with %n entity.</numerusform>
            <numerusform>Imported endpoint &quot;%1&quot; with %n entities.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WSDL download was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1 answered %2 in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Entity &quot;%1&quot;: %n record(s) in the first page.</source>
        <translation>
            <numerusform>Entity &quot;%1&quot;: %n record in the first page.</numerusform>
            <numerusform>Entity &quot;%1&quot;: %n records in the first page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the entity&apos;s records path and the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new endpoint (default: from the document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL to use instead of the document&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an endpoint with entities from an OpenAPI 3.0/3.1 document (JSON or YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenAPI document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an endpoint from a Postman Collection v2.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection (.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a SOAP endpoint from a WSDL 1.1 document (a URL or a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the WSDL is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the vendor templates (HubSpot, Zendesk, Klaviyo, Intercom, Mailchimp, Salesforce, Dynamics 365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an endpoint from a vendor template (credentials are left to you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template id from &apos;endpoint templates&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection: authenticate, fetch one page, and say what is wrong if it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOAP operations: %1 (call one with &apos;crmbridge-cli endpoint call ENDPOINT OPERATION&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputBuffer</name>
    <message>
        <source>Could not read the input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record is longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for an unclosed quote or bracket before this point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input ends in the middle of a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the encoding chosen for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not valid %1 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, near byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file&apos;s encoding explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file&apos;s encoding explicitly (for example GB18030 or windows-1252).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonArrayReader</name>
    <message>
        <source>The JSON document ends in the middle of a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object holding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON document has no &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a field name in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after a field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos; after a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must hold one JSON array of objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the record path &quot;%1&quot;: it must name an array of objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON document is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON array is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after the JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is not a valid JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each element of the array must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonLinesReader</name>
    <message>
        <source>Record %1 is not a valid JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line must hold exactly one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>Fix the value in the file and load it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a number of at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonRecordParser</name>
    <message>
        <source>expected a JSON object, found nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object starting with &apos;{&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field name in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the JSON text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a \u escape needs four hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a \u escape starts a surrogate pair that is not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is malformed</source>
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
    <name>Lifecycle</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created → processing → shipped → closed, or cancelled / on hold; every step is a status change on the ERP (REST, with If-Match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create in ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleFile</name>
    <message>
        <source>lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lifecycle file is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the JSON and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported lifecycle format version %1 (this version reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the lifecycle again from a matching CRM Bridge version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lifecycle has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &quot;name&quot; to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State %1 has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every state an &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every transition a &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown notification mode &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use sync, async or event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use none, rest, soap or create_erp_order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the lifecycle file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the lifecycle file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path and the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleStore</name>
    <message>
        <source>The lifecycle is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems and save again; &apos;crmbridge-cli lifecycle validate FILE&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifecycle &quot;%1&quot; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleValidator</name>
    <message>
        <source>The lifecycle has no states. Add at least an initial state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state &quot;%1&quot; is defined twice. Give each state its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No state is marked initial. Mark the state new orders start in with &quot;initial&quot;: true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 states are marked initial. Mark exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transition &quot;%1&quot; is defined twice. Transition names must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transition &quot;%1&quot; has no &quot;from&quot; state. Name the states it leaves from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transition &quot;%1&quot; leaves from the unknown state &quot;%2&quot;. Add the state or fix the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transition &quot;%1&quot; goes to the unknown state &quot;%2&quot;. Add the state or fix the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guard of &quot;%1&quot; does not compile at %2:%3: %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; of &quot;%2&quot; is not a field path such as customer_id or lines[0].sku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transition &quot;%1&quot; has no action: the ERP will not hear of it (only events, in event mode). Add an action if the ERP should follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action of &quot;%1&quot; names no endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOAP action of &quot;%1&quot; names no operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action of &quot;%1&quot; needs a method and a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body field &quot;%1&quot; of &quot;%2&quot; does not compile at %3:%4: %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state &quot;%1&quot; cannot be reached from &quot;%2&quot;. Add a transition into it or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transition leaves the state &quot;%1&quot;. Mark it final, or add a way out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapCommand</name>
    <message>
        <source>The mapping file (.json) to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records to map; - for standard input (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, jsonl or json (default: from the input file&apos;s extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the mapped records go; - for standard output (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jsonl, csv or json (default: from the output file&apos;s extension, jsonl on standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads (default: all cores, %1 here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every invalid record to this CSV file: record, line, column, field, reason, source_key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the mapping file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path given to --mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the JSON at that position, or export the mapping again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The mapping %1 does not compile: %n problem(s). Fix them and run again.</source>
        <translation>
            <numerusform>The mapping %1 does not compile: %n problem. Fix them and run again.</numerusform>
            <numerusform>The mapping %1 does not compile: %n problems. Fix them and run again.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 must be %2, got &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading standard input needs --input-format csv, jsonl or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the format of %1 from its extension; add --%2 csv, jsonl or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path and that the file is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map needs --mapping FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads needs a whole number from 1 to 256, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output %1 is the input file; write the records to another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the errors file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records, %2 invalid, %3 records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted after %1 records (%2 written to %3); the output holds the records before that point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped %1 records in %2 s (%3 records/s): %4 valid, %5 invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) invalid; see %1 for each record, field and reason.</source>
        <translation>
            <numerusform>%n record invalid; see %1 for each record, field and reason.</numerusform>
            <numerusform>%n records invalid; see %1 for each record, field and reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) invalid and left out of the output; add --errors FILE.csv to see which and why.</source>
        <translation>
            <numerusform>%n record invalid and left out of the output; add --errors FILE.csv to see which and why.</numerusform>
            <numerusform>%n records invalid and left out of the output; add --errors FILE.csv to see which and why.</numerusform>
        </translation>
    </message>
    <message>
        <source>Map CSV, JSON Lines or JSON records with a mapping file, streaming, on all cores.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <source>Rule %1 writes the target field &apos;%2&apos;, which the target no longer has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2) reads the source field &apos;%3&apos;, which the source no longer has.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingEngine</name>
    <message>
        <source>Unknown time zone &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an IANA name such as Asia/Shanghai, or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; is not a field path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write targets as name, parent.child or items[].child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two rules write the target &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one rule per target field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1, validation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid regular expression: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bound &apos;%1&apos; is neither a number nor a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a number such as 0 or 99.95, or a date such as 2024-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(validation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be compared with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is less than the minimum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails the check %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingFile</name>
    <message>
        <source>mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the JSON or re-export the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file has no format_version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file has format_version %1; this version reads %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with the CRM Bridge version that wrote it, or export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 needs a target and a formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule is {&quot;target&quot;: &quot;field&quot;, &quot;formula&quot;: &quot;...&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2) has an unknown validation &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use required, type, regex, min, max, one_of, email, phone or formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the mapping file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the mapping file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path and the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is not Source=Target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line maps a CSV column (or &quot;constant&quot;) to a field: Name=Name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingStore</name>
    <message>
        <source>Could not read the mapping &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mapping named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name in the Mappings page, or create the mapping first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping &quot;%1&quot; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the mapping a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the mapping &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping &quot;%1&quot; was removed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as a new mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the mapping &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the Mappings page; it may have been deleted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the mapping file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or delete the existing mapping, or import with replace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetErrors</name>
    <message>
        <source>The response is not valid JSON: %1 at byte offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the URL points at the API (not a web page) and that the server is healthy; the Activity page shows the body.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenApiImporter</name>
    <message>
        <source>%1 names no server; set the endpoint&apos;s base URL by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server URL &quot;%1&quot; is relative; put the host in front of it in the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document lists %1 servers; the first (%2) became the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP auth scheme &quot;%1&quot; is sent as a Bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key travels in a cookie (%1); CRM Bridge sends it as a header instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key goes in the Authorization header with a prefix (&quot;%1&quot;): store the whole value, prefix included, as the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 (%1) needs a browser sign-in; paste an access token, which is sent as a Bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security scheme &quot;%1&quot; (%2) is not supported; set the endpoint&apos;s auth by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth: used &quot;%1&quot;; the document also offers %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 describes no operations under &quot;paths&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pagination guessed as %2 with &quot;%3&quot;; check it against one real answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 list operations declare no paging; they were given the document&apos;s common style (%2, parameter &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 references were not found and were left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Swagger 2.0 document; CRM Bridge imports OpenAPI 3.0 and 3.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert it first (for example with swagger2openapi), then import the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an OpenAPI document (no &quot;openapi&quot;: &quot;3.x&quot; at the top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an OpenAPI 3.0 or 3.1 document in JSON or YAML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not a JSON/YAML object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an OpenAPI 3.0 or 3.1 document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the OpenAPI document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderCommands</name>
    <message>
        <source>&apos;%1&apos; is not an order id (a positive whole number, as &apos;order list&apos; shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s).</source>
        <translation>
            <numerusform>%n order.</numerusform>
            <numerusform>%n orders.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the order(s) to step: ID or ID,ID,…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode must be sync, async or event, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2 → %3; queued for delivery (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write fields as FIELD=VALUE, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %n field(s) set.</source>
        <translation>
            <numerusform>Order %1: %n field set.</numerusform>
            <numerusform>Order %1: %n fields set.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 refreshed from the ERP: %2, version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be crm or erp, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from the %1: %2 new, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state must be pending, delivered, failed or discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox entry %1 (order %2, %3) failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: %1 delivered, %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox entry %1 will be delivered again (&apos;order outbox deliver&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox entry %1 discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle &quot;%1&quot; imported: %2 states, %3 transitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lifecycle &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The lifecycle &quot;%1&quot; is valid (%n warning(s)).</source>
        <translation>
            <numerusform>The lifecycle &quot;%1&quot; is valid (%n warning).</numerusform>
            <numerusform>The lifecycle &quot;%1&quot; is valid (%n warnings).</numerusform>
        </translation>
    </message>
    <message>
        <source>List the workspace&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders whose id, number or name contains this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load orders from the CRM&apos;s deals or the ERP&apos;s orders into the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crm or erp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSTEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an order with its timeline and the transitions it can take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step orders through a transition of the lifecycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync, async or event (default: the transition&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm writes to a production environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID[,ID…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRANSITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process, ship, close, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set fields of an order&apos;s data (VALUE is JSON, or text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=VALUE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an order again from the ERP (status, version, ETag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the outbox (queued steps and events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending, delivered, failed or discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver every pending outbox entry, with retries, and wait until each is delivered or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts per entry before it fails (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First retry delay in ms, doubling (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a failed outbox entry back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on an outbox entry (it is never delivered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the workspace&apos;s lifecycle as a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lifecycle file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate a lifecycle file and make it the workspace&apos;s lifecycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a lifecycle file (or the workspace&apos;s lifecycle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lifecycle file; the workspace&apos;s when not given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderEventText</name>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOAP operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderFormulas</name>
    <message>
        <source>the guard does not compile at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order&apos;s data is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guard %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guard %1 is false for this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body field %1 does not compile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the lifecycle&apos;s action template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body field %1 could not be computed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the order&apos;s data, or the action template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s data is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no %1 for the path %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the field first (for the ERP id: run the transition that creates the order in the ERP, or import the order from the ERP).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>Could not read the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the orders with &apos;crmbridge-cli order list&apos;, or import them with &apos;order import&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the timeline of order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the timeline of order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not queue the delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no outbox entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the outbox with &apos;crmbridge-cli order outbox list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update outbox entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox entry %1 is %2 and cannot be retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pending or failed entries can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox entry %1 is already delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pending or failed entries can be discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the webhook subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no webhook subscriber %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the webhook subscriber &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the webhook subscriber &quot;%1&quot;</source>
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
    <name>PostmanImporter</name>
    <message>
        <source>OAuth 2.0 with a browser sign-in became a Bearer token: paste an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auth type &quot;%1&quot; is not supported; set the endpoint&apos;s auth by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request &quot;%1&quot; carried a secret in its %2 header; it was left out — set the endpoint&apos;s auth instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request &quot;%1&quot; has a %2 body, which is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Postman Collection v2.0/v2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Postman, export the collection as &quot;Collection v2.1&quot; and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the collection again from Postman (Collection v2.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the Postman collection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman collections do not say how lists page; the pagination was guessed from the list requests&apos; parameters and example answers — check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result has more than 18 digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateLimitPresets</name>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot (Free/Starter): 100 requests per 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot (Professional/Enterprise): 190 requests per 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zendesk Team: 200 requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zendesk Growth/Professional: 400 requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zendesk Enterprise: 700 requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zendesk High Volume add-on: 2,500 requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailchimp Marketing: 10 connections at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce Enterprise: 100,000 requests per day, 25 long requests at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamics 365 / Dataverse: 6,000 requests per 5 minutes, 52 at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaviyo tier S: 3 per second, 60 per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaviyo tier M: 10 per second, 150 per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaviyo tier L: 75 per second, 700 per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom: 10,000 per minute per app, spread over 10 s windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in sandbox: 100 requests per 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rate-limit preset named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>%1, record %2, line %3:%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSink</name>
    <message>
        <source>--format must be jsonl, csv or json, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &apos;crmbridge-cli fetch --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing the output failed after %n record(s): %1</source>
        <translation>
            <numerusform>Writing the output failed after %n record: %1</numerusform>
            <numerusform>Writing the output failed after %n records: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Free some disk space and fetch again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>Could not write the output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the disk is not full and the file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>Could not record the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;crmbridge-cli runs list&apos; shows the runs of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the plan of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the plan of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the journal of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the journal of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 records are in its stored plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleSource</name>
    <message>
        <source>The sample file&apos;s format is not known from its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a .csv, .jsonl, .json or .xml file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the sample file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and can be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxCommands</name>
    <message>
        <source>--%1 needs a whole number from %2 to %3, got &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM Bridge sandbox (seed %1, scale %2, rate limits %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic user &quot;%1&quot;, password &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API: GET &lt;url&gt;/_sandbox, /_sandbox/discrepancies, /_sandbox/requests; POST /_sandbox/reset; PUT /_sandbox/faults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving until Ctrl+C (SIGINT) or SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the Demo CRM, ERP, Helpdesk and Marketing systems on loopback until stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First port: CRM on N, ERP N+1, Helpdesk N+2, Marketing N+3, webhooks N+4 (default %1; 0 picks free ports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generated data and of the faults (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiply the record counts (default 1: ~500 customers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject a fault, e.g. crm:errors=0.1, erp:latency=200, helpdesk:throttle=5% (repeatable; kinds: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSTEM:KIND=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off the vendor-like rate limits (for benchmarks).</source>
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
    <message>
        <source>a comma-separated list of: %1</source>
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
    <name>SchemaDiff</name>
    <message>
        <source>New field %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 vanished (it was in %2% of the samples before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 vanished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 changed from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoapMessage</name>
    <message>
        <source>Fault code %1 (HTTP %2): check the endpoint&apos;s credentials and their permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault code %1 (%2): the service failed on its side; try again later, or ask its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault code %1 (%2): the service refused the request as sent; change it and try again. The Activity page shows the exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 with a SOAP fault: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no fault string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOAP operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; has no SOAP operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the service&apos;s WSDL (endpoint import-wsdl) so its operations are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOAP service of endpoint &quot;%1&quot; has no operation &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is XML but not a SOAP envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the endpoint&apos;s base URL is the service address from the WSDL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOAP envelope has no Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered something unusual; the Activity page shows the body.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>No sync profiles. Add one with &apos;crmbridge-cli sync-profile add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
    %2 → %3 / %4 via &quot;%5&quot;, %6, match %7 ← %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the profile file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number, got &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the sync profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the sync profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3 done, %4 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume needs a run number, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retry-failed needs a run number, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume and --retry-failed cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run plans a profile; it cannot be combined with --resume or --retry-failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a sync profile (or give --resume RUN or --retry-failed RUN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, got &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% %2/%3 written, %4 done, %5 failed, %6 records/s, %7%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the source: %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the target: %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 for &quot;%2&quot; (nothing written): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of &quot;%2&quot; %3 in %4 s: %5; %6 records/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume it with: crmbridge-cli sync --resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the failed records with: crmbridge-cli sync --retry-failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN must be a run number, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan (--dry-run) or run a sync profile; resume or retry a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan only: say per record what would happen; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plan as CSV (one line per changed field or reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm writes to a production environment and mirror&apos;s archiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish an interrupted run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run only the records that failed in RUN, as a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write source_key,target_id,action per written record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every failed, invalid or conflicting record with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight (the profile&apos;s otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records per batch request, 0 for one request each (the profile&apos;s otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this rate-limit preset for this run (&apos;none&apos; for no budget).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not record each request in the Activity log (the journal still records every write).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync profile (not needed with --resume or --retry-failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the sync profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a sync profile as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sync profile from a JSON file and/or options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from this profile JSON (docs/sync.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file (CSV, JSON Lines, JSON) instead of an endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping (by name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insert, update, upsert or mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target field of the match key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source formula of the match key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMULA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula normalising the target side of the match key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only source records where this formula is true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental cursor: the source field of the last change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records per batch request (0–100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight (1–64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source-wins, target-wins, newer-wins or ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a profile of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s name (or the name in the JSON file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a sync profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history: plans and syncs, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only runs of this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many runs (50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One run: status, counts, files; --items adds every plan item with its journal state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the plan items and their journal state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the filled plan CSV with --from FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync profile &quot;%1&quot; resolves conflicts by %2, so it has nothing to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions apply to profiles whose conflict policy is ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync profile &quot;%1&quot; has no plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan first: crmbridge-cli sync &quot;%1&quot; --dry-run --plan-out plan.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stored %n decision(s) for &quot;%1&quot; (plan of run %2): %3 take the source, %4 keep the target; %5 already decided the same way. The next plan or run applies them.</source>
        <translation>
            <numerusform>Stored %n decision for &quot;%1&quot; (plan of run %2): %3 take the source, %4 keep the target; %5 already decided the same way. The next plan or run applies them.</numerusform>
            <numerusform>Stored %n decisions for &quot;%1&quot; (plan of run %2): %3 take the source, %4 keep the target; %5 already decided the same way. The next plan or run applies them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n decision(s) of &quot;%1&quot;.</source>
        <translation>
            <numerusform>Removed %n decision of &quot;%1&quot;.</numerusform>
            <numerusform>Removed %n decisions of &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>No decisions for &quot;%1&quot;. Fill the decision column of a plan CSV and run &apos;crmbridge-cli sync-profile decide &quot;%1&quot; --from FILE.csv&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: %3 (target &apos;%4&apos;, source &apos;%5&apos;) — %6, %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store conflict decisions (policy ask) from a plan CSV whose decision column is filled with source or target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan CSV (sync --dry-run --plan-out) with decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a profile&apos;s conflict decisions; --clear removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every decision of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCsvFile</name>
    <message>
        <source>Cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some records failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask (mark as conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying uncertain writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create (POST with an idempotency key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update by key (PUT at the match key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
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
</context>
<context>
    <name>SyncPlan</name>
    <message>
        <source>Unknown plan action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPlanner</name>
    <message>
        <source>The %1 formula does not compile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the formula in the sync profile (docs/formulas.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target match key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match key formula failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match key is blank, so the record cannot be matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another source record has the same match key &apos;%1&apos;; only the first is synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 target records share the match key &apos;%2&apos; (ids %3); merge them in the target first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target record matches, and the mode is update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target already has this record, and the mode is insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell which side is newer: &apos;%1&apos; or &apos;%2&apos; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target changed later (%1) than the source (%2); it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ; decide which side wins</source>
        <translation>
            <numerusform>%n field differs; decide which side wins</numerusform>
            <numerusform>%n fields differ; decide which side wins</numerusform>
        </translation>
    </message>
    <message>
        <source>No source record has this match key (mirror)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided for the %1 when the target had &apos;%2&apos; and the source &apos;%3&apos;; now they are &apos;%4&apos; and &apos;%5&apos; — decide again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Decided field by field: the target keeps all %n value(s)</source>
        <translation>
            <numerusform>Decided field by field: the target keeps all %n value</numerusform>
            <numerusform>Decided field by field: the target keeps all %n values</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 differing fields decided; still to decide: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncProfileJson</name>
    <message>
        <source>Unknown sync mode &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown conflict policy &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync profile has a bad value at &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the profile (see docs/sync.md) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync profile has format version %1; this build reads up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update CRM Bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of [name, value] pairs is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync profile is not a JSON object: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file (see docs/sync.md) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync profile &quot;%1&quot; has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it with &apos;crmbridge-cli sync-profile add&apos; or in the Syncs page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync profile needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source (an endpoint and entity, or a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target endpoint and entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match key (a target field and a source formula)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch size of &quot;%1&quot; is %2; it must be 0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch endpoints take at most 100 records; use 0 for one request per record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concurrency of &quot;%1&quot; is %2; it must be 1–64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the number of requests the endpoint allows in flight (6 is a good start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source and target timestamp fields (newer-wins needs both)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncProfileStore</name>
    <message>
        <source>Could not read the sync profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the sync profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sync profile named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one with &apos;crmbridge-cli sync-profile add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sync profile with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the sync profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync profile named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or remove the old profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the sync profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateExpander</name>
    <message>
        <source>(no environment selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable {{%1}} is not defined in environment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the environment, or choose an environment that defines it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{{&quot; without a closing &quot;}}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the variable reference, e.g. {{tenant}}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueMap</name>
    <message>
        <source>Value map line has %1 columns; expected 2 (source,target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote values that contain commas: &quot;a, b&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted value is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorTemplates</name>
    <message>
        <source>HubSpot CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts, companies, deals and products over the CRM v3 API. Needs a private-app access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zendesk Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets, users and organizations. Needs your Zendesk subdomain, an agent&apos;s email address and an API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaviyo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles and lists over the JSON:API endpoints. Needs a private API key, stored as &quot;Klaviyo-API-Key&quot; followed by the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and conversations. Needs an access token from the Developer Hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailchimp Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiences (lists) and their members. Needs the API key and its data centre (the part after the dash, e.g. us21).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts, contacts, leads and opportunities: lists through a SOQL query that follows nextRecordsUrl. Needs your My Domain name and a connected app&apos;s client id and secret (client-credentials flow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamics 365 / Dataverse Web API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts, contacts, leads and opportunities over the OData Web API, paged with @odata.nextLink. Needs your organization name, the Microsoft Entra tenant id and an app registration&apos;s client id and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vendor template named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
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
    <message>
        <source>Exported %1 environment(s), %2 endpoint(s) with %3 entit(ies) and %4 mapping(s) to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 environment(s), %2 endpoint(s) with %3 entit(ies) and %4 mapping(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the workspace as readable, diffable text files (one per object, no secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a folder written by &apos;workspace export&apos; into the workspace (same names are replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceExchange</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a JSON object (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file, or export the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the folder a &apos;workspace export&apos; wrote.</source>
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
    <name>WsdlImporter</name>
    <message>
        <source>The WSDL could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address and that the service is reachable from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 to the WSDL request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address (most services serve the WSDL at ?wsdl) and whether it needs a sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WSDL is not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the address returns the WSDL itself (add ?wsdl) and not an error page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WSDL is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address or the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema imports other schema files, which are not fetched; types from them show as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a WSDL 2.0 document; CRM Bridge reads WSDL 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service for its WSDL 1.1 description (most SOAP stacks offer both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a WSDL 1.1 document (the root element is &lt;%1&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the address returns the WSDL itself (add ?wsdl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WSDL names no service address; set the endpoint&apos;s base URL by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WSDL describes no operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOAP %1 service %2 (%3 operations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the WSDL file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOAP operations of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SOAP version &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1.1 or 1.2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmlJson</name>
    <message>
        <source>The response is not well-formed XML: %1 at line %2, column %3 (character offset %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the URL points at the service (not a web page) and that the server is healthy; the Activity page shows the body.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmlReader</name>
    <message>
        <source>The XML document is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the document, or export it again from its source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlJson</name>
    <message>
        <source>The YAML document cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the indentation and quoting at that line, or import the JSON form of the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON document cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the JSON at that line (a missing comma or quote is the usual cause).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::ActivityCharts</name>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status per %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx/3xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 requests, in buckets of %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests, in buckets of %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::ActivityDetailsPane</name>
    <message>
        <source>Copy as cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command as recorded: credentials and secrets are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · status %3 · %4 ms · %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · retry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::ActivityPage</name>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3xx redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (no answer, 4xx, 5xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows shown, more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::ActivityRecorder</name>
    <message>
        <source>Could not record the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not trim the activity record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the activity record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::ActivityTableModel</name>
    <message>
        <source>Could not read the activity record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such activity row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity row was trimmed meanwhile (retention limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
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
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::AuthTab</name>
    <message>
        <source>Change the authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the keychain entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the secret&apos;s environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or environment variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-API-Key, api_key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read from this variable where no keychain works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the password, token or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in the workspace; the workspace only names the keychain entry or the environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the keychain entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this session only (no keychain is available): entry &quot;%1&quot;. Set the environment variable to keep it across sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::AutoMapPanel</name>
    <message>
        <source>Auto-map suggests rules from field names, synonyms and sample values. Check the ones to keep, then accept them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::ConflictFieldsModel</name>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide again (values changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Take the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Keep the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided %1 by %2 for the target&apos;s &apos;%3&apos; and the source&apos;s &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::ConnectionTester</name>
    <message>
        <source>The endpoint sends no credentials, but the server wants some: choose an authentication on the Auth tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Basic password of user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key in header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key in query parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OAuth 2.0 client secret of client &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection test, entity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret for %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused: nothing listens at %1. Check the host and port of the base URL, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (DNS). Check the spelling of the base URL and your network or VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted. Set the CA file of a private CA on the General tab; allow self-signed certificates only for a test server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 s: the server is slow or unreachable. Try again, or raise the timeout on the General tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>401 Unauthorized: the server did not accept %1. Check the credential, or store it again on the Auth tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>403 Forbidden: %1 is valid but lacks the permission (scope) for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>404 Not Found at %1: check the base path of the base URL%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and the list path of entity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>429 Too Many Requests: the rate limit is exhausted. Wait, or lower the request budget on the Rate limits tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>429 Too Many Requests: the server asks to wait %1 s. Lower the request budget on the Rate limits tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 %2: a problem on its side. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not JSON (%1 at byte %2; Content-Type %3). Check the list path of entity &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no list of records at &quot;%1&quot; (entity &quot;%2&quot;). Its top-level fields are: %3. Set &quot;Records at&quot; on the Entities tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::EndpointListModel</name>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::EndpointRepository</name>
    <message>
        <source>Add endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint was removed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint of entity &quot;%1&quot; was removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::EndpointsPage</name>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoints yet. Add one, then test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add From…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an endpoint to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists one page of %1 ▸ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests the base URL of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test sends %1 %2 to the production environment &quot;%3&quot;. Send it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION — &quot;%1&quot; is a production environment: requests reach real data, and every write asks for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::EntitiesTab</name>
    <message>
        <source>Rename the entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the list path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change where the records are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the page size parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the cursor path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the list method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the pagination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entity needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This endpoint already has an entity named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size parameter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/crm/v3/objects/contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results, data.items — empty: the body is the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paging.next.after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover from Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infers the fields and their types from the sample records of the last connection test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample records (from the last connection test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema (none yet: run schema discovery or import an API description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Schema: %n field(s)</source>
        <translation>
            <numerusform>Schema: %n field</numerusform>
            <numerusform>Schema: %n fields</numerusform>
        </translation>
    </message>
    <message>
        <source>Discover the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::EntityListModel</name>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::EnvironmentListModel</name>
    <message>
        <source>A production environment shows a red banner, and every write to it asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename environment %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as not production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove environment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::EnvironmentRepository</name>
    <message>
        <source>An environment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable needs a name (it is used as {{name}}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable &quot;%1&quot; is already defined in &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::EnvironmentVariablesModel</name>
    <message>
        <source>Used as {{%1}} in URLs, headers and bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret: its value is in %1, never in the workspace. Type a new value to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the value in the system keychain instead of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret value is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the secret value again after renaming a secret variable; a secret is never read back into the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename variable %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 a plain variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add variable %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove variable %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::EnvironmentsDialog</name>
    <message>
        <source>New secret value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment is a named set of variables that fills {{name}} in endpoint URLs, headers and bodies. Mark an environment as production to get a warning banner and a confirmation before every write to it. Secret values go to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an environment to define variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION — requests in &quot;%1&quot; reach real data; every write asks for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::Error</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::FailedRowsDialog</name>
    <message>
        <source>Failed rows of run %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records were not written. Fix a value in place (double-click a cell), then retry: only these rows run again, as a new run linked to run %1. Without edits, the records are read again from the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry these rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to retry, with your edits</source>
        <translation>
            <numerusform>%n row to retry, with your edits</numerusform>
            <numerusform>%n rows to retry, with your edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to retry</source>
        <translation>
            <numerusform>%n row to retry</numerusform>
            <numerusform>%n rows to retry</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crmbridge::FailedRowsModel</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the rows to retry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::FieldChangesModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::GeneralTab</name>
    <message>
        <source>Edit the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow self-signed certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.example.com/v1 or {{base_url}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow self-signed certificates (test servers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Certificate verification is relaxed for this endpoint: anyone between you and the server could read and change the traffic. Use a CA file instead where you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another endpoint is already named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A base URL is needed, e.g. https://api.example.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an http(s) URL: it must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the base URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::HeadersModel</name>
    <message>
        <source>&quot;%1&quot; is not a valid header name: use letters, digits and - _ . only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit header &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove headers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::HeadersTab</name>
    <message>
        <source>Sent with every request of this endpoint. Values may use {{variables}} of the environment; put credentials on the Auth tab, not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::HttpClient</name>
    <message>
        <source>The request was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1 of endpoint &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base URL of endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s base URL and the request path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query parameter %1 of endpoint &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; reads files; it has no HTTP requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to production environment &quot;%2&quot; needs confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the write in the window, or pass --yes on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; uses %2 authentication but names no secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a keychain entry or an environment variable for the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret store is connected to endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication of endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable {{%1}} of environment &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 of endpoint &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request body for endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name of endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file holds no PEM certificate, or cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PEM file of the CA that signed the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to wait %1 s, longer than the %2 s this endpoint allows; try again later or raise the endpoint&apos;s Retry-After limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> after %1 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was cut short: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s credentials and their permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL, the path and the record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate limit is exhausted; lower the endpoint&apos;s request budget or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a problem; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the request against the API&apos;s documentation; the Activity page shows the exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data from %1 for %2 s%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is slow or unreachable: try again later or raise the endpoint&apos;s timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server uses a private CA, set the endpoint&apos;s CA file. Only for a test server: allow self-signed certificates on the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL, the network and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client id of endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 token request; bodies not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not get an OAuth 2.0 token for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token URL, the client id and the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::ImportMenu</name>
    <message>
        <source>Vendor Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an OpenAPI document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json *.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Postman collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman collections (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSDL File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a WSDL file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSDL files (*.wsdl *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cURL Command from the Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added &quot;%1&quot; with %n entit(y/ies).</source>
        <translation>
            <numerusform>Added &quot;%1&quot; with %n entity.</numerusform>
            <numerusform>Added &quot;%1&quot; with %n entities.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cURL command has no absolute URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command used --insecure: the endpoint allows self-signed certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSDL from a URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a WSDL from a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSDL address (e.g. https://erp.example.com/soap/OrderService?wsdl):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::LifecycleDiagram</name>
    <message>
        <source>%1 · unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::LifecycleDocument</name>
    <message>
        <source>Not saved: the lifecycle has errors. Fix them (or undo) to save it; orders keep stepping through the last saved lifecycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::LifecycleEditor</name>
    <message>
        <source>Error — %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning — %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Orders step through this lifecycle from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitions (double-click to edit; lists are comma-separated; the guard is a formula over the order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::LifecycleStatesModel</name>
    <message>
        <source>Make %1 the initial state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark the initial state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark %1 final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A state needs an id (e.g. &quot;packed&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename state %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the label of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove state %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::LifecycleTransitionsModel</name>
    <message>
        <source>On endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transition needs a name (e.g. &quot;pack&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename transition %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the label of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change where %1 leaves from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change where %1 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the guard of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the required fields of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action kind: use none, rest, soap or create_erp_order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the action of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition %1 has no action: choose its kind first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the action as &quot;METHOD path&quot;, e.g. &quot;PATCH /orders/{erp_id}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a notification mode: use sync, async or event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the mode of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request / operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add transition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove transition %1</source>
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
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::MappingsPage</name>
    <message>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename mapping to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only invalid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose an entity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the mapping &quot;%1&quot;? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping files (*.json *.sdl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with the imported one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sample records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records (*.csv *.jsonl *.ndjson *.json *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample records: choose a source entity or open a sample file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) previewed</source>
        <translation>
            <numerusform>%n record previewed</numerusform>
            <numerusform>%n records previewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message>
        <source>No suggestions: every target field is mapped, or no source field resembles the unmapped ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching samples from %1… %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The environment whose variables fill the endpoint&apos;s {{variables}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples: %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch Live Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch up to %1 records of the source entity through its endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a source entity first: its endpoint is where the samples come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching samples from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching was cancelled; the previous samples stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch samples from %1: %2 The previous samples stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned no records; the previous samples stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples: %1 live from %2 (%3), environment %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples: %1 from the stored schema of %2</source>
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
    <name>crmbridge::OrderDetailPane</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP&apos;s order changed since it was read (412)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours (last read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP&apos;s now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was refused: the ERP has version %2 of this order (ETag %3, status %4); we last read version %5 (ETag %6). Refresh reads the ERP&apos;s order again and retries the step; Abort leaves the order as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, ETag %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, ETag %2, status %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::OrderListModel</name>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal / customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::OrdersTab</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guard failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict (412)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk step finished: %1 succeeded, %2 failed. Double-click a result to open the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped: %1 (%2 new, %3 updated before that)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the order from the ERP again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left order %1 as it is; the conflict is on its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, external id or deal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the CRM&apos;s deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the ERP&apos;s orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync (call the ERP now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Async (outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event (webhooks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is blocked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps the %1 selected orders whose state allows it (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select orders to step them through the lifecycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transition leaves from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to production</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This steps %n orders on a production environment: the ERP&apos;s orders change for real. Go on?</source>
        <translation>
            <numerusform>This steps %n order on a production environment: the ERP&apos;s order changes for real. Go on?</numerusform>
            <numerusform>This steps %n orders on a production environment: the ERP&apos;s orders change for real. Go on?</numerusform>
        </translation>
    </message>
    <message>
        <source>Stepping order %1 through &quot;%2&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepping %1 orders through &quot;%2&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP accepted; now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1; the ERP action waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1; the event waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: the ERP&apos;s order changed since we read it (412). Compare both versions below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading order %1 from the ERP again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the CRM&apos;s deals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the ERP&apos;s orders…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::OutboxModel</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::OutboxView</name>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver the selected failed or waiting entries again, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on the selected entries: they are never delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 for order %2 (%3), Idempotency-Key %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries will be delivered again now.</source>
        <translation>
            <numerusform>%n entry will be delivered again now.</numerusform>
            <numerusform>%n entries will be delivered again now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard outbox entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard %n outbox entries? They will never be delivered; the orders keep their current state and the timeline records the discard.</source>
        <translation>
            <numerusform>Discard %n outbox entry? It will never be delivered; the order keeps its current state and the timeline records the discard.</numerusform>
            <numerusform>Discard %n outbox entries? They will never be delivered; the orders keep their current state and the timeline records the discard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries discarded.</source>
        <translation>
            <numerusform>%n entry discarded.</numerusform>
            <numerusform>%n entries discarded.</numerusform>
        </translation>
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
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::PageWalker</name>
    <message>
        <source>entity &quot;%1&quot; of endpoint &quot;%2&quot;, page %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page walker has no HTTP client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity &quot;%1&quot; has no list operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the list path of the entity in the Endpoints page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity &quot;%1&quot;, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching stopped: the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the entity&apos;s records path against a sample response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the same page twice; stopped instead of looping forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may ignore the paging parameters; check the entity&apos;s pagination settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response says there are more pages but has no cursor at &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the entity&apos;s cursor path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announced more pages but sent an empty one; stopped instead of looping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s paging is broken; report it to its owner, or fetch with a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the cursor &quot;%1&quot; a second time; stopped instead of looping forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announced a next page but sent an empty one; stopped instead of looping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server pointed to the same next page a second time; stopped instead of looping forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next page is on another server (%1); not following it with this endpoint&apos;s credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If that server is right, set it as the endpoint&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no list of records at &quot;%1&quot; (it holds: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the entity&apos;s records path: an element path such as Orders/Order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list operation of entity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity &quot;%1&quot; pages by %2, which a SOAP operation cannot do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use page-number, offset or cursor paging with the operation&apos;s page parameters, or none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::PlanItemsModel</name>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s): %1</source>
        <translation>
            <numerusform>%n field: %1</numerusform>
            <numerusform>%n fields: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes / reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::PlanView</name>
    <message numerus="yes">
        <source>%1 — %n record(s) read</source>
        <translation>
            <numerusform>%1 — %n record read</numerusform>
            <numerusform>%1 — %n records read</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the plan to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1</source>
        <translation>
            <numerusform>Exported %n item to %1</numerusform>
            <numerusform>Exported %n items to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see what changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2) will be created with these fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Row %1 (%2) updates target %3: %n field(s) change</source>
        <translation>
            <numerusform>Row %1 (%2) updates target %3: %n field changes</numerusform>
            <numerusform>Row %1 (%2) updates target %3: %n fields change</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 (%2) is %3 — why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the source and the target and says, per record, what a run would do. Writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan of %1 (run %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2) is in conflict with target %3 — choose per field which side wins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the source for %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the target for %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Take the source for all fields of %n conflict(s)</source>
        <translation>
            <numerusform>Take the source for all fields of %n conflict</numerusform>
            <numerusform>Take the source for all fields of %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the target for all fields of %n conflict(s)</source>
        <translation>
            <numerusform>Keep the target for all fields of %n conflict</numerusform>
            <numerusform>Keep the target for all fields of %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undecide %n field(s) of %1</source>
        <translation>
            <numerusform>Undecide %n field of %1</numerusform>
            <numerusform>Undecide %n fields of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 conflicts decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n partly)</source>
        <translation>
            <numerusform> (%n partly)</numerusform>
            <numerusform> (%n partly)</numerusform>
        </translation>
    </message>
    <message>
        <source> — plan again to apply them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected fields get the source&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected fields keep the target&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take source for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every differing field of the selected conflicts gets the source&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep target for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every differing field of the selected conflicts keeps the target&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::PreviewRunner</name>
    <message>
        <source>The formula does not compile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::RateLimitsTab</name>
    <message>
        <source>Apply the rate-limit preset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the remaining-budget header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the retry attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the retry delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the longest retry delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts per request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First retry delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest retry delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. X-RateLimit-Remaining</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::RateWindowsModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per window must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window must be a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rate-limit window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rate-limit windows</source>
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
    <name>crmbridge::RulesModel</name>
    <message>
        <source>not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failing row(s)</source>
        <translation>
            <numerusform>%n failing row</numerusform>
            <numerusform>%n failing rows</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit formula of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set value map of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit validation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map %1 ← %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n auto-map suggestion(s)</source>
        <translation>
            <numerusform>Accept %n auto-map suggestion</numerusform>
            <numerusform>Accept %n auto-map suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crmbridge::RunChart</name>
    <message>
        <source>Records written per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records written and failures per second, over the seconds since the run started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::RunCountsModel</name>
    <message>
        <source>All writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::RunHistoryModel</name>
    <message>
        <source>Plan (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run (resumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
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
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed / invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::RunView</name>
    <message>
        <source>Paused — requests in flight finish, no new ones start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n record(s) read</source>
        <translation>
            <numerusform>%1 — %n record read</numerusform>
            <numerusform>%1 — %n records read</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 writes · %3 records/s · %4 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3 written, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: %1 unchanged · %2 invalid · %3 in conflict · %4 skipped · %5 filtered out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans again and writes to the target; every write is journaled so the run can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::SandboxPanel</name>
    <message>
        <source>Reset the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset every sandbox system to its seeded data? What clients wrote to the sandbox is lost; your workspace is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on %1, seed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Start it to give every endpoint of the demo workspace a real peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot-, Zendesk- and Mailchimp-like request budgets. Turn them off for benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server errors (5xx):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Throttled (429):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry-After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dropped connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Malformed bodies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;runcated bodies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sl&amp;ow bodies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Faults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::SandboxServer</name>
    <message>
        <source>The base port %1 leaves no room for the %2 sandbox systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a --base-port of at most %1, or 0 for free ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox scale must be 1 or more, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --scale 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::SandboxSystems</name>
    <message>
        <source>Demo CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook receiver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::SandboxSystemsModel</name>
    <message>
        <source>Demo CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>429 %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drops %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imitates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::SchemaTreeModel</name>
    <message>
        <source>array of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 % of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n null(s)</source>
        <translation>
            <numerusform>%n null</numerusform>
            <numerusform>%n nulls</numerusform>
        </translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::SecretStore</name>
    <message>
        <source>kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read from an environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a keychain entry or an environment variable for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret for this session, or name an environment variable for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the environment variable %1, or enter the secret for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain has no such entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret has no keychain entry name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the secret a keychain entry name, or set its environment variable instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the secret from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::SoapClient</name>
    <message>
        <source>The SOAP call was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; has no SOAP service description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the service&apos;s WSDL (crmbridge-cli endpoint import-wsdl URL) to create the endpoint with its operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOAP client has no HTTP client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOAP call stopped: the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::SourceSchemaModel</name>
    <message>
        <source>Source field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::SuggestionsModel</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::SyncProfileDialog</name>
    <message>
        <source>New sync profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sync profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, JSON Lines or JSON array file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target field, e.g. email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formula over the source, e.g. LOWER(TRIM(properties.email))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional formula over the target, e.g. LOWER(TRIM(email))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: only records where this formula is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional source field, e.g. updatedAt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: read everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one request per record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newer wins: source field of the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newer wins: target field of the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching and selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match key target field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← source formula:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target formula:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental cursor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-water mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source timestamp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target timestamp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the source file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match key needs a source formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match key source formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match key target formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 does not compile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record files (*.csv *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::SyncProfilesModel</name>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no mapping named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source entity %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target entity %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source → target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::SyncsPage</name>
    <message>
        <source>Sync profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sync profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sync profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sync profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the sync profile &quot;%1&quot;? Its run history stays. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sync profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; now? It writes to %2 in the environment &quot;%3&quot; (mode: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last plan: %1 to create, %2 to update, %3 invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a PRODUCTION environment. The run changes real records in %2. Write to production?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror: archive target records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile mirrors: target records the source no longer has are archived in %1. Archive them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a PRODUCTION environment. Resuming the run writes the records it has left. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming run %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume an interrupted run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of &quot;%2&quot;, started %3, did not finish. Resume it now? Records it already wrote are not written again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling — the requests in flight are stopped and the journal is saved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another plan or run is still going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Planned %n record(s) in %1; nothing was written.</source>
        <translation>
            <numerusform>Planned %n record in %1; nothing was written.</numerusform>
            <numerusform>Planned %n records in %1; nothing was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan yet: &quot;Plan (dry run)&quot; shows what a run would do, writing nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the records of run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n record(s)</source>
        <translation>
            <numerusform>Run %1: %n record</numerusform>
            <numerusform>Run %1: %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the failed rows of run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a PRODUCTION environment. Write the edited rows to it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retry of run %1 (%n edited row(s))</source>
        <translation>
            <numerusform>Retry of run %1 (%n edited row)</numerusform>
            <numerusform>Retry of run %1 (%n edited rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a PRODUCTION environment. Retry the failed rows against it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry of the failed rows of run %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::TableActions</name>
    <message>
        <source>Copy as TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::TestPanel</name>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sample record(s)</source>
        <translation>
            <numerusform>%n sample record</numerusform>
            <numerusform>%n sample records</numerusform>
        </translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::TimelineModel</name>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict (412)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
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
<context>
    <name>crmbridge::orders::ActionRunner</name>
    <message>
        <source>order %1, reading it from the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1, transition %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order changed on the ERP since it was read (our version %1, ETag %2; the ERP&apos;s version %3, ETag %4, status %5): %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the order from the ERP and try the step again, or leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP refused the step (HTTP %1 %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP does not allow this change for the order as it is there; refresh the order and check its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the order and the endpoint, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order changed on the ERP since it was read (our version %1; the ERP&apos;s version %2): %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP refused the step with a SOAP Fault: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::orders::OrderService</name>
    <message>
        <source>No %1 endpoint with an entity &quot;%2&quot; in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the endpoint and its entity (the demo workspace has them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lifecycle has no transition &quot;%1&quot; any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the entry, or add the transition back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 for order %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing secret of the webhook subscriber &quot;%1&quot; is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the secret in the keychain, or set the environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not in the ERP yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2; the transition &quot;%3&quot; leaves from %4 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lifecycle has no transition &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transition leaves the state %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 the order can: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cannot &quot;%2&quot;: required field(s) blank: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the fields (crmbridge-cli order set) and step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cannot &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the order so that the guard holds, or change the lifecycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; is production; stepping orders writes to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the write (the CLI&apos;s --yes) and step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP accepted the step, but the workspace could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the order from the ERP before stepping it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmbridge::sync::SyncJob</name>
    <message>
        <source>No answer from the target (network error or timeout after retries); check the connection, then retry the failed rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target rejected the record; fix the data or the mapping, then retry the failed rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the value of &apos;%1&apos; in the source or the mapping&apos;s rule for it, then retry the failed rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the target endpoint&apos;s credentials and permissions, then retry the failed rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target record no longer exists; plan again to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with this key already exists in the target; check the match key of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target record changed meanwhile; plan again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target kept throttling; lower the concurrency or retry the failed rows later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target had a server error; retry the failed rows later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the message, fix the record, then retry the failed rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 has no failed records to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;crmbridge-cli runs show %1&apos; lists what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is a %2, not a sync run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only runs of kind &apos;sync&apos; can be resumed or retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is %2; there is nothing to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --retry-failed %1 to re-run its failed records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch size is %1; batch endpoints take at most 100 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; is a production environment; a sync writes to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan first (--dry-run), then confirm the writes with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the format of the source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the profile&apos;s source file_format to csv, jsonl or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the source file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The plan archives %n target record(s) that the source no longer has</source>
        <translation>
            <numerusform>The plan archives %n target record that the source no longer has</numerusform>
            <numerusform>The plan archives %n target records that the source no longer has</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the plan (--dry-run --plan-out FILE.csv), then confirm with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the source record or the mapping, then retry the failed rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in the target on resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync &quot;%1&quot;, record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in the target after an unanswered create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The create got no answer and the record is not in the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide which side wins field by field (Syncs page, or crmbridge-cli sync-profile decide), or merge the target records; then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The create got no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the target could not be read to check whether the record was created after all: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for this record in the target before retrying it: if it is there, it was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to this batch reported errors and did not return this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look the record up in the target; retry the failed rows if it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
