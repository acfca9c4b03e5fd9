<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArazzoDocument</name>
    <message>
        <source>Arazzo %1 is not a version the console reads (1.0.x, and 1.1.x in part).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arazzo 1.1&apos;s $self is not used: relative URLs resolve against where the document was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The component name &quot;%1&quot; may only hold letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two source descriptions are named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AsyncAPI sources (Arazzo 1.1) are read but not run: steps on &quot;%1&quot; fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two workflows have the workflowId &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two steps of &quot;%1&quot; have the stepId &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema &quot;%1&quot; does not exist in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; names no operationId, operationPath or workflowId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; names more than one of operationId, operationPath and workflowId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operationPath is {$sourceDescriptions.&lt;name&gt;.url} followed by &quot;#&quot; and a JSON pointer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; calls the workflow &quot;%2&quot;, which this document does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replacement target &quot;%1&quot; is not a JSON pointer; XPath targets are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to Arazzo 1.1&apos;s AsyncAPI steps, which are read but not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not $sourceDescriptions.&lt;name&gt;.&lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source description named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-oxa-confirm is true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-oxa-prompt is an object with a name (letters, digits, &quot;.&quot;, &quot;-&quot;, &quot;_&quot;), a title, a description and a JSON Schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-oxa-foreach is a runtime expression giving an array, or an object with &quot;items&quot; (that expression), &quot;as&quot; (the input name of each item) and &quot;maxItems&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference here is $components.%1.&lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no component %1.%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; goes to an operation: say where with &quot;in&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goto names a stepId or a workflowId, exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retry names a stepId or a workflowId to run first, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retryAfter and retryLimit only apply to a retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two actions of this list are named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion with a type needs a context, such as $response.body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a version this XPath is XPath 3.1, which the console evaluates as XPath 1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSONPath is evaluated as RFC 9535 says, which most Goessner queries share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output name &quot;%1&quot; may only hold letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads as $steps.%2.outputs.%3: write it so for other runners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; depends on &quot;%2&quot;, which this document does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; goes to the step &quot;%2&quot;, which &quot;%3&quot; does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; goes to the workflow &quot;%2&quot;, which this document does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependsOn goes round in a circle: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Arazzo document: it has no &quot;arazzo&quot; field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot repair the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an audit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry before it is missing or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its number is out of sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 breaks the chain: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackendDiscovery</name>
    <message>
        <source>answered, but not with an OpenAPI description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found an OpenAPI description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>, nullable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogBuilder</name>
    <message>
        <source>The document has no info object (title and version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security requirement names &quot;%1&quot;, which is not a declared security scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-oxa-capability &quot;%1&quot; is not one of enrichment, response, telemetry, administration, other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-oxa-risk &quot;%1&quot; is not one of read, write, response, destructive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter must be an object; this one is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter needs a name and a location (in); this one is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; is in &quot;%2&quot;, which only Swagger 2.0 knows (OpenAPI 3 uses a request body); it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; is in &quot;%2&quot;, which is not path, query, header or cookie; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; is written in the Swagger 2 style (type without schema); it is read as a schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot;: x-nullable is read as nullable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot;: collectionFormat tsv has no OpenAPI 3 equivalent; values are joined with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; has neither a schema nor content; any value is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path parameter &quot;%1&quot; is not marked required; path parameters always are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-oxa-capability &quot;%1&quot; is not one of enrichment, response, telemetry, administration, other; the heuristics decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-oxa-risk &quot;%1&quot; is not one of read, write, response, destructive; the heuristics decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; in %2 is declared twice; the first declaration is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path parameter &quot;%1&quot; does not appear in the path %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path has {%1}, but %2 declares no path parameter of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has more than %1 operations (the limit); the rest are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; does not start with &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operationId &quot;%1&quot; is also used by %2; calls by operationId are ambiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no operationId; it is called &quot;%2&quot; here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no paths</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogFilter</name>
    <message>
        <source>This quotation mark is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing follows this negation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quoted text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field “%1”. Known fields: %2. Put text with a colon in quotation marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a value of %2. Use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is ambiguous for %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deprecated takes one value: true or false.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogReport</name>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operation</numerusform>
            <numerusform>%n operations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n deprecated</source>
        <translation>
            <numerusform>; %n deprecated</numerusform>
            <numerusform>; %n deprecated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n webhook(s)</source>
        <translation>
            <numerusform>; %n webhook</numerusform>
            <numerusform>; %n webhooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: loaded, %n operation(s); %2</source>
        <translation>
            <numerusform>%1: loaded, %n operation; %2</numerusform>
            <numerusform>%1: loaded, %n operations; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Swagger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;&quot; (relative to the document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security schemes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1; risk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (deprecated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 notes like &quot;%2&quot; [%3] (--all-notes lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be loaded; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: loaded, %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow references to http(s) URLs (otherwise only files beside the document are read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow references to local files outside the document&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest document, in bytes (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deepest nesting (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most nodes YAML aliases may add (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest chain of references (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most operations (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most referenced documents (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for a remote document (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every note, not a count per kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file path or an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the operations of an OpenAPI description: method, path, parameters, bodies, responses, OXA capability and risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: oxa-cli inspect DOCUMENT [--json] [--allow-remote-refs]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: oxa-cli validate DOCUMENT [--json] [--allow-remote-refs]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of the back-end (else the document&apos;s server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter, name=value (location:name=value when a name is used twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body: JSON text, or @file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body&apos;s media type (else JSON, or the first declared).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm a response or destructive operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operationId, or &apos;METHOD /path&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names several operations: use &apos;METHOD /path&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks or exports the audit log of calls that change something. verify: exit 0 when every entry chains to the one before it, 1 when an entry was changed, inserted or deleted. export: the entries as JSON Lines, or CSV with --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: oxa-cli audit verify|export [LOG] [--csv]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries, the chain holds.</source>
        <translation>
            <numerusform>%1: %n entry, the chain holds.</numerusform>
            <numerusform>%1: %n entries, the chain holds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last line was cut by a crash; it never completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret for %1: give it with --secret-env SCHEME=VARIABLE (or --bearer-env), or keep it in the keychain from the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3) is a %4 operation on the production environment %5: add --yes to call it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3) is a %4 operation: add --yes to call it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves an OpenAPI description as a mock back-end: requests are checked against their operation, answers come from the document&apos;s examples or are generated from its schemas. One line per request is printed. Stop it with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port (default 4010; 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1). Another address exposes the mock to the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generated values (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay before each answer, in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what is created: it can be read back, changed and deleted by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests answered 500 (0 to 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests answered 429 with Retry-After (0 to 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests never answered (0 to 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer requests without checking them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not log requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--latency needs milliseconds, 0 to 600000: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a share between 0 and 1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error, throttle and timeout rates add up to more than 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host needs an IP address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s) in the document; oxa-cli validate lists them.</source>
        <translation>
            <numerusform>%1: %n error in the document; oxa-cli validate lists it.</numerusform>
            <numerusform>%1: %n errors in the document; oxa-cli validate lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: listening on %1, other machines can reach this mock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Serving %1 (%n operation(s)) at %2</source>
        <translation>
            <numerusform>Serving %1 (%n operation) at %2</numerusform>
            <numerusform>Serving %1 (%n operations) at %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls an operation and prints the response body. The values are checked against the document first (--no-check sends them anyway). Exit status: 0 for 2xx (and 1xx, 3xx), 3 for 4xx or values the document refuses, 4 for 5xx, 5 when no answer came, 6 when a call that must be confirmed (a response or destructive operation, or anything but a read in production) is made without --yes. Secrets come from the keychain (with --env) or from environment variables, never from the command line. Every call is kept in the console&apos;s history, and every call that is not a read in its audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the values even when the document refuses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: oxa-cli call DOCUMENT OPERATION [--server URL] [--env NAME] [--param name=value]… [--body JSON|@file] [--header &apos;K: V&apos;] [--bearer-env VAR] [--yes] [--no-check] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %n problem(s) with these values; --no-check sends them anyway.</source>
        <translation>
            <numerusform>Not sent: %n problem with these values; --no-check sends them anyway.</numerusform>
            <numerusform>Not sent: %n problems with these values; --no-check sends them anyway.</numerusform>
        </translation>
    </message>
    <message>
        <source>Serve the console&apos;s demo back-end (stateful) instead of a DOCUMENT; its key is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: oxa-cli mock DOCUMENT|--demo [--port N] [--seed S] [--latency MS] [--stateful]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation %1 in %2. Did you mean %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: --body is not valid JSON (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step acts on %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the back-end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it? Type yes to send: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs an Arazzo workflow, each step a call through the console&apos;s call engine. Exit status: 0 when it succeeded, 3 when it failed (a criterion, an action), 5 when a call got no answer, 6 when a person had to confirm or answer and nobody did, 2 when the document or its sources cannot be read or are invalid, 64 for wrong options or inputs. Secrets come from the keychain (--env) or from variables (--secret-env, --input-env), never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow to run (else the only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An input: name=value (JSON when it reads as JSON and the input is not a string).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs as a JSON object, or @file.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret input from an environment variable: name=VARIABLE (kept out of the record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name=variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the steps that must be confirmed (response and destructive operations, x-oxa-confirm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never ask on the terminal: what is not answered by --yes and --input fails closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most step attempts in the run (default %1): a goto loop ends there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the whole run may take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds each call may take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the run as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a built-in workflow of the demo back-end instead of a FILE: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the run record (JSON) to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the exchanges as HAR 1.2 to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the calls go: a base URL for every source, or SOURCE=URL for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Arazzo document (JSON or YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workflow with --workflow: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workflow %1 (there are: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--inputs is a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--input needs name=value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--input-env needs name=VARIABLE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-steps, --timeout and --step-timeout need a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server %1: the document has no source %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       waiting %1 s before %2 again (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every diagnostic of an OpenAPI description, or of an Arazzo workflow document (its structure, its meaning, and whether each step resolves against its sources). Exit status: 0 without errors, 1 when it loaded with errors, 2 when it could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s)</source>
        <translation>
            <numerusform>%n workflow</numerusform>
            <numerusform>%n workflows</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: oxa-cli COMMAND [options]

Commands:
  inspect DOCUMENT   list the operations of an OpenAPI description
  validate DOCUMENT  list its diagnostics (exit 0, 1 with errors, 2 unreadable)
  call DOCUMENT OPERATION  call an operation and print its response
  run WORKFLOW       run an Arazzo workflow, each step a call
  audit verify|export [LOG]  check the audit log&apos;s chain, or export it
  mock DOCUMENT      serve it as a mock back-end on loopback

oxa-cli COMMAND --help describes the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run offline against a run record&apos;s answers (from --trace), and say where the requests drift from the recorded ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a run record (oxa-cli run --trace writes them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recorded answer(s) were not asked for.</source>
        <translation>
            <numerusform>%n recorded answer was not asked for.</numerusform>
            <numerusform>%n recorded answers were not asked for.</numerusform>
        </translation>
    </message>
    <message>
        <source>drift: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests match the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A console environment (base URL, headers, deadlines, TLS, proxy, confirmation policy, keychain secrets): NAME for every source, or SOURCE=NAME for one source&apos;s calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of a security scheme from an environment variable: SCHEME=VARIABLE, or SOURCE:SCHEME=VARIABLE for the environment of one source given by --env SOURCE=NAME (basic: user:password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: oxa-cli run FILE|--demo NAME [--workflow ID] [--input name=value]… [--inputs @file.json] [--input-env name=VAR]… [--env [SOURCE=]NAME]… [--server [SOURCE=]URL]… [--yes] [--non-interactive] [--max-steps N] [--timeout S] [--json] [--trace FILE] [--har FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A console environment: its base URL, headers, deadlines, TLS files, proxy, confirmation policy and keychain secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment&apos;s own key (sent in the header its profile names) from this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the calls out of the history (the audit log still records a call that is not a read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra header, &apos;Name: value&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bearer token from this environment variable, for the document&apos;s bearer schemes (or as &apos;Authorization: Bearer&apos; when it declares none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of a security scheme from an environment variable: SCHEME=VARIABLE (basic: user:password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme=variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environment %1 (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header needs &apos;Name: value&apos;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-env %1: SOURCE:SCHEME is for oxa-cli run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-env %1: %2 is not a source with an environment of its own (--env %2=NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key-env needs an environment whose profile names a key header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a source description from here instead of its url: NAME=FILE or NAME=URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name=location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read source descriptions at http(s) URLs the workflow names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read source descriptions outside the workflow file&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source needs NAME=LOCATION: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person had to confirm: add --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person had to give &quot;%1&quot;: add --input %1=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerStack</name>
    <message>
        <source>Duplicate key &quot;%1&quot;: this later occurrence replaces the earlier one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Criterion</name>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition nests deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equality is written &quot;==&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an index is a whole number or a &apos;name&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strings are written in single quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a runtime expression, a literal or &quot;(&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 criterion needs a context, such as $response.body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition &quot;%1&quot; does not read: %2 at character %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; does not compile: %2 at character %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONPath version &quot;%1&quot; is unknown: RFC 9535 is the default, draft-goessner-dispatch-jsonpath-00 the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XPath version &quot;%1&quot; is not evaluated here: only xpath-10 (XPath 1.0) is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XPath 1.0 expression &quot;%1&quot; does not compile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finds nothing: nothing at the pointer &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not XML text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not well-formed XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XPath expression could not be evaluated on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultDocumentFetcher</name>
    <message>
        <source>Cannot read %1: only files and http(s) addresses are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes long, more than the limit of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogInteraction</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow references?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document refers to other documents outside its folder or on the network:

%1

Read them? The answer is remembered for this document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentStore</name>
    <message>
        <source>The header %1 of %2 looks like a secret: keep it in the keychain, not in the environment&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n record.</numerusform>
            <numerusform>%n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 records, filter: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 columns; hide columns in the table to choose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldDescription</name>
    <message>
        <source>Variant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (variant %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Cannot open the history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clear the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history %1 was written by a newer OXA Console (version %2 of its format; this one reads up to %3). It is left as it is, and nothing is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>a query starts with &quot;$&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character after the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query nests deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;..&quot; is followed by a name, &quot;*&quot; or &quot;[&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;.&quot; is followed by a member name or &quot;*&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a selector: a name in quotes, &quot;*&quot;, an index, a slice or a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer has no leading zero and is never -0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integer is beyond ±(2⁵³−1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u is followed by four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character in a string must be escaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the string&apos;s own quote is escaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a low surrogate without a high one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a high surrogate is followed by a low one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a literal alone is not a condition: compare it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this function gives a value: compare it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a singular query (names and indexes) can be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this function gives no value to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown word: a function name is followed by &quot;(&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a query, a literal or a function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number has no leading zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal point is followed by digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exponent has digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1() takes %n argument(s)</source>
        <translation>
            <numerusform>%1() takes %n argument</numerusform>
            <numerusform>%1() takes %n arguments</numerusform>
        </translation>
    </message>
    <message>
        <source>this argument is a value: a literal, a singular query or a function giving a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this argument is a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this argument is a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSONPath query is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JSONPath query (RFC 9535): %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSONPath query &quot;%1&quot; does more than %2 steps of work; it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>end of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control character 0x%1 inside a string (escape it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid \u escape: four hexadecimal digits expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid escape sequence &apos;\%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number: a digit must follow &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number: leading zeros are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number: a digit must follow the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number: the exponent has no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected %1 where a value was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected end of text where a value was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesting is deeper than the limit of %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected %1 after the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected end of text: &apos;}&apos; expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected end of text: &apos;]&apos; expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected %1 where &apos;,&apos; or &apos;}&apos; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected %1 where &apos;,&apos; or &apos;]&apos; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected %1 where a key or &apos;}&apos; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected %1 where a key was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected %1 where &apos;:&apos; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is larger than 4 GiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MockResponder</name>
    <message>
        <source>Bad Prefer header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code=%1 is not an HTTP status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares no response %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares no response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no example %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example %1 does not match its schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the example does not match its schema</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MockService</name>
    <message>
        <source>Method not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no operation at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mock back-end is throttling (injected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mock back-end failed on purpose (injected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has %1 bytes; the mock back-end accepts %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) with this request for %1.</source>
        <translation>
            <numerusform>%n problem with this request for %1.</numerusform>
            <numerusform>%n problems with this request for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 key (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OAuth 2 bearer token (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials are missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not accepted here; the document declares %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A body without a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema lets the mock make no id that is not taken yet (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationClassifier</name>
    <message>
        <source>Enrichment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destructive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 that only reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 that runs a search (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 that searches or counts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a countermeasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-oxa-capability on the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-oxa-capability on the tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads counts or statistics (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searches (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acts on the defended estate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes a case or an alert (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads security data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manages configuration (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recognised domain in its path, tags or names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-oxa-risk on the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-oxa-risk on the tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationPage</name>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::ApiClient</name>
    <message>
        <source>No complete answer after %1 s: the request was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for %1 s: the request was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 redirects: the request was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect to %1 was refused: it is not as safe as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). Its SHA-256 digest is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s headers are too large (%1 lines, %2 bytes): the request was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s headers could not be read: too many, too large, or too slow. The request was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::CallDriver</name>
    <message>
        <source>The secrets given were not enough for this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret given: the call was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the call was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: no environment is chosen for this document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::CallSession</name>
    <message>
        <source>The document declares no response %1 for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s type %1 is not one the document declares for %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document gives no schema for %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only JSON bodies are checked against their schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is too large to be checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no operation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends to %2, which is not a server of this document (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::CatalogMode</name>
    <message>
        <source>Document shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document and the documents it refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
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
        <source>Schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;peration Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy operation&amp;Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;Capability and Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;Tag and Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flat List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is trusted for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form&apos;s operation has no parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the open document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::CatalogPanel</name>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operation</numerusform>
            <numerusform>%n operations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n operation(s)</source>
        <translation>
            <numerusform>%1 of %n operation</numerusform>
            <numerusform>%1 of %n operations</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: words, method:post tag:alerts capability:response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free words match the summary, path, operationId and description.
Fields: method, tag, capability (cap), risk, path, id, deprecated.
Alternatives with commas (method:put,patch), quotes for phrases, - or ! to negate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By capability and tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tag and path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shown, but the filter hides it in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation matches this filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::ChartView</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to draw: no row has the values this chart needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle or turn the wheel to zoom, arrows to pan, Home or a right click to see it all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top counts (pie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::Cli::CallSetup</name>
    <message>
        <source> (attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::CommandPalette</name>
    <message>
        <source>Go to operation: type part of a summary, path or operationId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching operations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::ConfirmCallDialog</name>
    <message>
        <source>%1 is destructive: it deletes or overwrites what cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a response action: it acts on the systems the back-end protects (hosts, accounts, network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes something, on a production environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment %1 asks to confirm every call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 bytes in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation name, typed to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may go to the wrong back-end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::Demo</name>
    <message>
        <source>The demo&apos;s document cannot be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not built in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::DemoLauncher</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo back-end cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::DemoTour</name>
    <message>
        <source>Welcome to the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A back-end of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OXA Console is running a demo XDR back-end on this machine, at %1. The &quot;Demo&quot; environment in the toolbar points at it and sends its key for you. Its data is made up, and nothing leaves your computer: try anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the left, every operation of the back-end, grouped by capability: enrichment (look-ups), response (actions on hosts and networks) and telemetry. The badge says what a call may do, from a read to a deletion. Type in the filter to find one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the IP look-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form, then Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Request tab is a form made from the operation&apos;s schema. Fill it yourself, or take the document&apos;s example, then press Send (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables, trees and charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer opens in the Response tab: as a table you can sort and filter, as a tree, as raw JSON, or as a chart when it holds a series. Events over time shows a busy week with a spike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart the week&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response actions are confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolating a host or blocking an address acts on real machines. Before any response action is sent, the console shows the exact request and waits for you; Cancel is the default. Every such call goes to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare a host isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start exploring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in 203.0.113.66</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workflow, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage is rarely one call. The &quot;Triage an alert&quot; workflow reads an alert, looks its addresses up, asks you which host to isolate, confirms the isolation with you and opens a case. Watch its diagram light up as it runs, slowly enough for a room to follow (the Presenter option).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;Triage an alert&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::DemoWorkflows</name>
    <message>
        <source>There is no demo workflow %1 (there are: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::Diagnostic</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::DiagnosticModel</name>
    <message>
        <source>line %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::DiagnosticsDock</name>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::Environment</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no private key that can be read (or its passphrase is wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 is not http://host:port, socks5://host:port or none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::EnvironmentBar</name>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where calls go, with which headers, secrets and care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environment chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::EnvironmentChoiceDialog</name>
    <message>
        <source>Where Should the Calls Go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environment is chosen for %1 yet. Choose where its calls go; the choice is remembered for this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beside the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s own server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s own server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (PRODUCTION)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careful: %1, not of this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use It</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::EnvironmentDialog</name>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://xdr.example.com/api (empty: the document&apos;s server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production: a banner, and every call that is not a read is confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response and destructive operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call that is not a read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Tenant: acme (one per line; secrets go below, not here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization (a bearer key), X-API-Key… or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own key header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call lasts at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://proxy:3128, socks5://host:1080, none (empty: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 digests of server certificates trusted in spite of their errors. Delete removes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment&apos;s own key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every environment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two environments are named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the base URL must be an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header %2 looks like a secret; name it in &quot;Own key header&quot; and set its value under Secrets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::EnvironmentList</name>
    <message>
        <source>%1 (%2) is the server of %3, not of this document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::ExchangeView</name>
    <message>
        <source>A binary body of %1. Save it to open it with another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… the first %1 of %2 are shown; save the body to keep it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl, Secrets Masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl with Secrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust This Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
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
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust This Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the server certificate whose SHA-256 digest is
%1
for the environment %2? Calls in that environment will accept this certificate, and only this one, in spite of the errors listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a request from the Request page (Ctrl+Enter): its answer is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first byte after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cut at the size cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n redirect(s)</source>
        <translation>
            <numerusform>%n redirect</numerusform>
            <numerusform>%n redirects</numerusform>
        </translation>
    </message>
    <message>
        <source>history #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer matches the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: open the document it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command will hold the secrets of this call in clear text. Anyone who reads the clipboard, or where you paste it, can use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of this exchange, its records and its chart, for a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A binary body of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s).</source>
        <translation>
            <numerusform>… %n more line.</numerusform>
            <numerusform>… %n more lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body (secrets masked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::FieldDescription</name>
    <message>
        <source>IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::FieldEditor</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message>
        <source>32 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multiple of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON array, or one item per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a list of %1 text items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item per line; paste a list separated by lines or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the list into one item per line, refanging indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deprecated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send null for this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑</source>
        <comment>move an item up</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓</source>
        <comment>move an item down</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <comment>remove</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <extracomment>The JSON value null: usually kept as it is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 not an indicator: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an indicator of any kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::HistoryView</name>
    <message>
        <source>Search URL, operation or environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
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
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destructive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every exchange of the history, on every environment? The audit log is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::JsonText</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n field}</numerusform>
            <numerusform>{%n fields}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::LoadStatus</name>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the diagnostics (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the description of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parsing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the description at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · OpenAPI %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operation</numerusform>
            <numerusform>%n operations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>loaded in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Back-end…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Back-ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Operation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OXA Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OXA Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
A console for OXA back-ends: browse, call and chain their capabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;Demo Back-end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no environment chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — workflows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::MockBackend</name>
    <message>
        <source>The mock back-end cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::OperationForm</name>
    <message>
        <source>Path parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an operation to fill in its request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill every field with a valid example from the schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty every field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the request body as JSON text instead of a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a Request with Problems?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request does not match the operation&apos;s description (problems: %1). The back-end will probably refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deprecated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as the bytes of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as multipart form data; binary fields take files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as URL-encoded form fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This parameter is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request body is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::OperationPage</name>
    <message>
        <source>Choose an operation in the catalog, or press Ctrl+K to find one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy operationId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the operationId to the clipboard (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the path to the clipboard (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this operation in the raw document (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated: this operation may disappear from the back-end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security, servers and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (webhook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability: %1 — %2
Risk: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operationId: %1 (none in the document; made up from the method and path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operationId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous access allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (scopes: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links and callbacks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::OperationTreeModel</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operation</numerusform>
            <numerusform>%n operations</numerusform>
        </translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deprecated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time the console starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::ProductionBanner</name>
    <message>
        <source>PRODUCTION: %1 (%2). Every call that is not a read is shown and confirmed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::ReplayServer</name>
    <message>
        <source>%1: the record has no answer left for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 where the record has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the path is %2 where the record has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the query is &quot;%2&quot; where the record has &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the body differs from the recorded one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::RequestBuilder</name>
    <message>
        <source>The operation needs credentials for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::RequestValues</name>
    <message>
        <source>A parameter is given as name=value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no parameter %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::ResultTableModel</name>
    <message numerus="yes">
        <source>%1: %2, in %n record(s)</source>
        <translation>
            <numerusform>%1: %2, in %n record</numerusform>
            <numerusform>%1: %2, in %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Oxa::ResultsView</name>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: words, severity &gt;= 3, status == &quot;open&quot;, src_ip in 10.0.0.0/8, name ~ regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Rows as TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Records as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in names and values (Enter: next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records: see the Tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no records to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv);;CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as Input…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 (bytes %3 to %4 of %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The array whose items are the rows: choose one, or type its JSON pointer (/data/results) and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels of nested objects spread into their own columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[n]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrays as their number of items, instead of their values joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No array at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln record(s))</source>
        <translation>
            <numerusform>%1 (%Ln record)</numerusform>
            <numerusform>%1 (%Ln records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>%1 of %Ln record</numerusform>
            <numerusform>%1 of %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln column(s) not shown)</source>
        <translation>
            <numerusform>(%Ln column not shown)</numerusform>
            <numerusform>(%Ln columns not shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Oxa::SafeTextBrowser</name>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link comes from the document. Open it in your browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::Schema</name>
    <message>
        <source> or </source>
        <extracomment>Joins JSON type names: &quot;string or null&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::SchemaBrowser</name>
    <message>
        <source>Search schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by (double-click to open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations using this schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no components/schemas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to by the schemas: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::SchemaTreeModel</name>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… (%n in all)</source>
        <translation>
            <numerusform>… (%n in all)</numerusform>
            <numerusform>… (%n in all)</numerusform>
        </translation>
    </message>
    <message>
        <source>pattern %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>additional properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[items]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unresolved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, nullable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (circular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multiple of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length ≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items ≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>properties ≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>properties ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discriminator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::SecretDialog</name>
    <message>
        <source>Secret Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key of the environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase of the client key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the security scheme %1, in the environment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call needs a secret for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the flow&apos;s own, or names separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answers on this system: the secret is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::SecretStore</name>
    <message>
        <source>The keychain did not answer in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move from the filter into the list of operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the operation chosen in the list or the palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next field, previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the palette or the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole chart again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::SourceView</name>
    <message>
        <source>No document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the previous occurrence (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next occurrence (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line (1 to %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::TokenProvider</name>
    <message>
        <source>The OpenID Connect discovery at %1 gave no token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme %1 has no client-credentials flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint refused (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::ValuePromptDialog</name>
    <message>
        <source>A value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow needs a value for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::WelcomePage</name>
    <message>
        <source>Open an OXA back-end&apos;s OpenAPI description, browse its capabilities, and read every operation safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a JSON or YAML description (Ctrl+O). You can also drop a file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a back-end (its base URL; the description is looked for at the usual places):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://xdr.example.org/api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-end URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent back-ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a back-end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of the back-end (its description is looked for at the usual places):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows to try on the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1 in the workflow mode, beside the demo back-end&apos;s description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a description or a workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI descriptions and Arazzo workflows (*.json *.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::WorkflowDiagram</name>
    <message>
        <source>confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow ends here, succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow ends here, failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls %2, which cannot be found: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs the workflow %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls %2 (%3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability: %1; risk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person confirms this call, seeing the request, before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A person is asked for %n value(s) first.</source>
        <translation>
            <numerusform>A person is asked for %n value first.</numerusform>
            <numerusform>A person is asked for %n values first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs once for each item of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n success criterion(s).</source>
        <translation>
            <numerusform>%n success criterion.</numerusform>
            <numerusform>%n success criteria.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outputs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::WorkflowMode</name>
    <message>
        <source>Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as an Arazzo document (see the diagnostics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 · Arazzo %3 · sources: %4 · %n error(s)</source>
        <translation>
            <numerusform>%1 — %2 · Arazzo %3 · sources: %4 · %n error</numerusform>
            <numerusform>%1 — %2 · Arazzo %3 · sources: %4 · %n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as $inputs.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeds when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an Arazzo workflow file (File ▸ Open Document…, or drop it here) to see its workflows, or try one on the demo back-end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrich a list of indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contain an address and verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to %1 (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::WorkflowRunView</name>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workflow takes no inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the workflow with these inputs (Ctrl+R). Response and destructive steps are confirmed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting %2 s (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its description&apos;s servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls of %1 go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, attempt %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited %1 s before this attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the run shown as the console&apos;s JSON record (secrets masked), or as HAR 1.2 for other tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-run.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none kept yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kept run: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a room: larger cards, and %1 s between steps so that everyone can follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one step, then pause before the next (F10). Before a run, starts one that pauses before its first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause before the next step, or go on (F8). Nothing is sent while the run is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the failed step again, as a new attempt (Ctrl+Shift+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait on failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a step&apos;s failure would end the run, wait: Retry Step sends it again, Continue lets the run end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the run shown back offline, one step at a time, from its recorded answers: nothing reaches a back-end. For training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run record (*.json);;HAR 1.2 (*.har);;PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: Retry Step sends it again, Continue lets the run end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recorded answer(s) were not asked for.</source>
        <translation>
            <numerusform>%n recorded answer was not asked for.</numerusform>
            <numerusform>%n recorded answers were not asked for.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replayed: %1. The requests match the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replayed: %1. %n difference(s) from the record.</source>
        <translation>
            <numerusform>Replayed: %1. %n difference from the record.</numerusform>
            <numerusform>Replayed: %1. %n differences from the record.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying the run of %1 offline: Step or Continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing before the next step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Oxa::WorkflowRunner</name>
    <message>
        <source>The criterion does not compile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The document has %n workflow(s): choose one of %1.</source>
        <translation>
            <numerusform>The document has %n workflow: choose one of %1.</numerusform>
            <numerusform>The document has %n workflows: choose one of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no workflow &quot;%1&quot; (there are: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run took longer than %1 s and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows call one another deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs of &quot;%1&quot; do not match its schema: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; depends on &quot;%2&quot;, which failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 step attempts (--max-steps): does a goto or a retry loop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value given for &quot;%1&quot; does not match its schema: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-oxa-foreach: %1 is not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-oxa-foreach: %1 has %2 items, more than maxItems (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed.</source>
        <translation>
            <numerusform>%n item failed.</numerusform>
            <numerusform>%n items failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1, and the step has no successCriteria: a 2xx was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body: not JSON once its expressions are replaced (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement %1: there is no such place in the payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the call was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; failed (%2); the action &quot;%3&quot; ends the workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s Retry-After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retryAfter of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow output &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; asks for &quot;%2&quot;, and no value was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the presenter&apos;s pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceWalker</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenAPI does not allow a $ref here; it is followed anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; beside a $ref is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discriminator maps &quot;%1&quot; to %2, which cannot be resolved: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads back to itself through other references without reaching a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the &quot;%2&quot; scheme; only files and http(s) are followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names an anchor; plain-name fragments are not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid JSON pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be resolved: %2 has no &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes through more than %2 references (the limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a local file, and a downloaded document may not read local files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the document&apos;s folder; allow references outside it to follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a remote (http) reference; allow remote references to follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 documents are referenced (the limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referenced document %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to itself (a recursive structure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These refer to each other in a cycle (a recursive structure): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>The document names no server: type the back-end&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path parameter %1 has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header %1 holds a line break, which would start another header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestCheck</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultFilter</name>
    <message>
        <source>A quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a regular expression: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a network: %1 (write 10.0.0.0/8 or 2001:db8::/32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a number column: %2 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a date-time column: write 2026-11-20 or 2026-11-20T10:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other %1 step attempts are in the table above; the run&apos;s record has them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, attempt %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by a person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited %1 s before this attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuntimeExpression</name>
    <message>
        <source>%1 finds nothing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a runtime expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it starts with $url, $method, $statusCode, $request., $response., $inputs., $outputs., $steps., $workflows., $sourceDescriptions. or $components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing follows $%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;.&quot; follows $%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header name follows &quot;header.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header name is a token (RFC 9110)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;#&quot; is followed by a JSON pointer (RFC 6901)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;body&quot; is followed by nothing or by &quot;#&quot; and a JSON pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter name follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header., query., path. or body follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stepId follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workflowId follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write $workflows.&lt;workflowId&gt;.inputs.&lt;name&gt; or .outputs.&lt;name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name follows &quot;%1.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source description&apos;s name follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url, an operationId or a workflowId follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters., successActions., failureActions. or inputs. follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a component&apos;s name follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing at the pointer &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no %1 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no member &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parameter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; has not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow &quot;%1&quot; has not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no source description &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source description &quot;%1&quot; has no &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no component %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeMarkdown</name>
    <message>
        <source>[image: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image “%1”: %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link not followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaSet</name>
    <message>
        <source>The reference %1 points to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference %1 is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference %1 leads to a document that was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document of the reference %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference %1 leads back to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference %1 is a chain of references too long to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference %1 has a form that is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document or schema is known as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schema has the anchor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fragment of %1 is not a JSON pointer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing exists at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaValidator</name>
    <message>
        <source>No value is allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema nests or recurses too deeply to be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not one of the allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be exactly %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value matches a schema it must not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be greater than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be less than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a multiple of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of the range of the format %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length must be at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length must be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must match the pattern %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of items must be at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of items must be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items %1 and %2 are equal; items must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item matches the required item schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of matching items must be at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of matching items must be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of fields must be at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of fields must be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required when %1 is present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field name is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value matches alternatives %1 and %2; it must match exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value matches none of the alternatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value does not match the schema.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesInference</name>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records over %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecLoader</name>
    <message>
        <source>The document is %1 bytes long, more than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is UTF-16 or UTF-32; it was converted to UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8; invalid bytes were replaced with U+FFFD, the first one here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an OpenAPI description: the document is a %1, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI %1 is not a version we know; it is read as OpenAPI 3.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;openapi: %1&quot; is not a version we know; it is read as OpenAPI 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;swagger: %1&quot; is not a version we know; it is read as Swagger 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document says neither &quot;openapi&quot; nor &quot;swagger&quot;; it is read as OpenAPI 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an OpenAPI description: it has no &quot;openapi&quot;, &quot;swagger&quot; or &quot;paths&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swagger 2.0 description converted to OpenAPI 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwaggerConverter</name>
    <message>
        <source>An operation cannot have both body and formData parameters; the formData parameters are ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowGraph</name>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go to the workflow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>retry up to %n time(s)</source>
        <translation>
            <numerusform>retry up to %n time</numerusform>
            <numerusform>retry up to %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>run %1, then retry (up to %n time(s))</source>
        <translation>
            <numerusform>run %1, then retry (up to %n time)</numerusform>
            <numerusform>run %1, then retry (up to %n times)</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 s apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end the workflow as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end the workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On failure, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On success, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, when %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowSources</name>
    <message>
        <source>The source &quot;%1&quot; is at %2: remote sources are read only when allowed (--allow-remote-sources), or give a local copy with --source %1=FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is outside the workflow&apos;s folder (%2): allow it with --allow-outside-sources, or name it with --source %1=FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is an Arazzo document nested deeper than %2 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; (%2) could not be loaded: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The source &quot;%1&quot; loaded with %n error(s) of its own; oxa-cli validate lists them.</source>
        <translation>
            <numerusform>The source &quot;%1&quot; loaded with %n error of its own; oxa-cli validate lists it.</numerusform>
            <numerusform>The source &quot;%1&quot; loaded with %n errors of its own; oxa-cli validate lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names no source description of this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is not an OpenAPI description that could be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; has no operation &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; has no operation &quot;%2&quot; (operationIds are case-sensitive: &quot;%3&quot;?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an operation of %2: write $sourceDescriptions.&lt;name&gt;.%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source description could be loaded to find &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation &quot;%1&quot; in %2 (operationIds are case-sensitive: &quot;%3&quot;?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operationPath is {$sourceDescriptions.&lt;name&gt;.url}#&lt;JSON pointer&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source description named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; has no operation at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no Arazzo source that could be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; has no workflow &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no workflow &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; does not resolve: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With several OpenAPI sources, write $sourceDescriptions.%1.%2 (found in &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is not at %2: the open description %3 is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>A mapping key that is not a scalar cannot be represented in JSON; the entry is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesting is deeper than the limit of %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of a merge key (&lt;&lt;) must be a mapping or a list of mappings; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge keys (&lt;&lt;, from YAML 1.1) were applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid !!%2; it is read as a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tag %1: the value is read as if it had none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alias *%1 refers to a node that contains it: recursive structures cannot be represented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alias *%1 has no anchor before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases expand to more than %1 nodes (the alias expansion limit): the document looks like an alias bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML reader could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds several YAML documents; only the first is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid YAML: the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid YAML: a NUL character is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is larger than 4 GiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <source>A desktop console for the back-ends of the Open XDR Architecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language (en, fr) instead of the setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this theme (system, light, dark) instead of the setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OpenAPI description (file or URL), or a back-end&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[DOC_OR_URL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in demo back-end, open it and show the tour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
