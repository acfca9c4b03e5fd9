<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
        <source>The path has {%1}, but %2 declares no path parameter of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path parameter &quot;%1&quot; does not appear in the path %2</source>
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
    <name>CatalogReport</name>
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
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>: %1; risk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n deprecated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n webhook(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnostics: %1 error(s), %2 warning(s), %3 note(s)</source>
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
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: loaded, %n operation(s); %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: could not be loaded; %2</source>
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
        <source>Lists every diagnostic of an OpenAPI description. Exit status: 0 without errors, 1 when it loaded with errors, 2 when it could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: oxa-cli validate DOCUMENT [--json] [--allow-remote-refs]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: oxa-cli COMMAND [options]

Commands:
  inspect DOCUMENT   list the operations of an OpenAPI description
  validate DOCUMENT  list its diagnostics (exit 0, 1 with errors, 2 unreadable)

oxa-cli COMMAND --help describes the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
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
    <name>Oxa::MainWindow</name>
    <message>
        <source>Open an OpenAPI document or connect to a back-end to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceWalker</name>
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
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message>
        <source>The text is not valid UTF-8; invalid bytes were replaced with U+FFFD, the first one here</source>
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
        <source>The document is larger than 4 GiB</source>
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
</context>
</TS>
