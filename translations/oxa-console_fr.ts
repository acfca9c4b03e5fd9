<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ArazzoDocument</name>
    <message>
        <source>Arazzo %1 is not a version the console reads (1.0.x, and 1.1.x in part).</source>
        <translation>Arazzo %1 n’est pas une version que la console lit (1.0.x, et 1.1.x en partie).</translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation>(aucune version)</translation>
    </message>
    <message>
        <source>Arazzo 1.1&apos;s $self is not used: relative URLs resolve against where the document was read.</source>
        <translation>Le $self d’Arazzo 1.1 n’est pas utilisé&#xa0;: les URL relatives se résolvent par rapport à l’endroit où le document a été lu.</translation>
    </message>
    <message>
        <source>The component name &quot;%1&quot; may only hold letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>Le nom de composant &quot;%1&quot; ne peut contenir que des lettres, des chiffres, &quot;.&quot;, &quot;-&quot; et &quot;_&quot;.</translation>
    </message>
    <message>
        <source>Two source descriptions are named &quot;%1&quot;.</source>
        <translation>Deux descriptions sources s’appellent &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>AsyncAPI sources (Arazzo 1.1) are read but not run: steps on &quot;%1&quot; fail.</source>
        <translation>Les sources AsyncAPI (Arazzo 1.1) sont lues mais pas exécutées&#xa0;: les étapes sur &quot;%1&quot; échouent.</translation>
    </message>
    <message>
        <source>Two workflows have the workflowId &quot;%1&quot;.</source>
        <translation>Deux workflows ont le workflowId &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Two steps of &quot;%1&quot; have the stepId &quot;%2&quot;.</source>
        <translation>Deux étapes de &quot;%1&quot; ont le stepId &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The schema &quot;%1&quot; does not exist in this document.</source>
        <translation>Le schéma &quot;%1&quot; n’existe pas dans ce document.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; names no operationId, operationPath or workflowId.</source>
        <translation>L’étape &quot;%1&quot; ne nomme ni operationId, ni operationPath, ni workflowId.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; names more than one of operationId, operationPath and workflowId.</source>
        <translation>L’étape &quot;%1&quot; nomme plus d’un de operationId, operationPath et workflowId.</translation>
    </message>
    <message>
        <source>An operationPath is {$sourceDescriptions.&lt;name&gt;.url} followed by &quot;#&quot; and a JSON pointer.</source>
        <translation>Un operationPath est {$sourceDescriptions.&lt;nom&gt;.url} suivi de &quot;#&quot; et d’un pointeur JSON.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; calls the workflow &quot;%2&quot;, which this document does not have.</source>
        <translation>L’étape &quot;%1&quot; appelle le workflow &quot;%2&quot;, que ce document n’a pas.</translation>
    </message>
    <message>
        <source>The replacement target &quot;%1&quot; is not a JSON pointer; XPath targets are not supported.</source>
        <translation>La cible de remplacement &quot;%1&quot; n’est pas un pointeur JSON&#xa0;; les cibles XPath ne sont pas prises en charge.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to Arazzo 1.1&apos;s AsyncAPI steps, which are read but not run.</source>
        <translation>&quot;%1&quot; appartient aux étapes AsyncAPI d’Arazzo 1.1, lues mais pas exécutées.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not $sourceDescriptions.&lt;name&gt;.&lt;id&gt;.</source>
        <translation>&quot;%1&quot; n’est pas de la forme $sourceDescriptions.&lt;nom&gt;.&lt;id&gt;.</translation>
    </message>
    <message>
        <source>There is no source description named &quot;%1&quot;.</source>
        <translation>Aucune description source ne s’appelle &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>x-oxa-confirm is true or false.</source>
        <translation>x-oxa-confirm vaut true ou false.</translation>
    </message>
    <message>
        <source>x-oxa-prompt is an object with a name (letters, digits, &quot;.&quot;, &quot;-&quot;, &quot;_&quot;), a title, a description and a JSON Schema.</source>
        <translation>x-oxa-prompt est un objet avec un nom (lettres, chiffres, &quot;.&quot;, &quot;-&quot;, &quot;_&quot;), un titre, une description et un schéma JSON.</translation>
    </message>
    <message>
        <source>x-oxa-foreach is a runtime expression giving an array, or an object with &quot;items&quot; (that expression), &quot;as&quot; (the input name of each item) and &quot;maxItems&quot;.</source>
        <translation>x-oxa-foreach est une expression d’exécution qui donne un tableau, ou un objet avec &quot;items&quot; (cette expression), &quot;as&quot; (le nom d’entrée de chaque élément) et &quot;maxItems&quot;.</translation>
    </message>
    <message>
        <source>A reference here is $components.%1.&lt;name&gt;.</source>
        <translation>Ici, une référence est $components.%1.&lt;nom&gt;.</translation>
    </message>
    <message>
        <source>There is no component %1.%2.</source>
        <translation>Il n’y a pas de composant %1.%2.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; goes to an operation: say where with &quot;in&quot;.</source>
        <translation>Le paramètre &quot;%1&quot; va à une opération&#xa0;: indiquez où avec &quot;in&quot;.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; is given twice.</source>
        <translation>Le paramètre &quot;%1&quot; est donné deux fois.</translation>
    </message>
    <message>
        <source>A goto names a stepId or a workflowId, exactly one.</source>
        <translation>Un goto nomme un stepId ou un workflowId, exactement un.</translation>
    </message>
    <message>
        <source>A retry names a stepId or a workflowId to run first, not both.</source>
        <translation>Un retry nomme un stepId ou un workflowId à exécuter d’abord, pas les deux.</translation>
    </message>
    <message>
        <source>retryAfter and retryLimit only apply to a retry.</source>
        <translation>retryAfter et retryLimit ne s’appliquent qu’à un retry.</translation>
    </message>
    <message>
        <source>Two actions of this list are named &quot;%1&quot;.</source>
        <translation>Deux actions de cette liste s’appellent &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A criterion with a type needs a context, such as $response.body.</source>
        <translation>Un critère typé a besoin d’un contexte, comme $response.body.</translation>
    </message>
    <message>
        <source>Without a version this XPath is XPath 3.1, which the console evaluates as XPath 1.0.</source>
        <translation>Sans version, ce XPath est du XPath 3.1, que la console évalue comme du XPath 1.0.</translation>
    </message>
    <message>
        <source>This JSONPath is evaluated as RFC 9535 says, which most Goessner queries share.</source>
        <translation>Ce JSONPath est évalué selon la RFC 9535, que la plupart des requêtes Goessner respectent.</translation>
    </message>
    <message>
        <source>The output name &quot;%1&quot; may only hold letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>Le nom de sortie &quot;%1&quot; ne peut contenir que des lettres, des chiffres, &quot;.&quot;, &quot;-&quot; et &quot;_&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads as $steps.%2.outputs.%3: write it so for other runners.</source>
        <translation>&quot;%1&quot; se lit $steps.%2.outputs.%3&#xa0;: écrivez-le ainsi pour les autres exécuteurs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; depends on &quot;%2&quot;, which this document does not have.</source>
        <translation>&quot;%1&quot; dépend de &quot;%2&quot;, que ce document n’a pas.</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; goes to the step &quot;%2&quot;, which &quot;%3&quot; does not have.</source>
        <translation>L’action &quot;%1&quot; va à l’étape &quot;%2&quot;, que &quot;%3&quot; n’a pas.</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; goes to the workflow &quot;%2&quot;, which this document does not have.</source>
        <translation>L’action &quot;%1&quot; va au workflow &quot;%2&quot;, que ce document n’a pas.</translation>
    </message>
    <message>
        <source>dependsOn goes round in a circle: %1.</source>
        <translation>dependsOn tourne en rond&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This is not an Arazzo document: it has no &quot;arazzo&quot; field.</source>
        <translation>Ce n’est pas un document Arazzo&#xa0;: il n’a pas de champ &quot;arazzo&quot;.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation>Impossible d’écrire le journal d’audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot repair the audit log %1: %2</source>
        <translation>Impossible de réparer le journal d’audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the audit log %1: %2</source>
        <translation>Impossible de lire le journal d’audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not an audit entry</source>
        <translation>ce n’est pas une entrée d’audit</translation>
    </message>
    <message>
        <source>its content does not match its hash</source>
        <translation>son contenu ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <source>the entry before it is missing or changed</source>
        <translation>l’entrée qui la précède manque ou a changé</translation>
    </message>
    <message>
        <source>its number is out of sequence</source>
        <translation>son numéro est hors séquence</translation>
    </message>
    <message>
        <source>Line %1 of %2 breaks the chain: %3.</source>
        <translation>La ligne %1 de %2 rompt la chaîne&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>BackendDiscovery</name>
    <message>
        <source>answered, but not with an OpenAPI description</source>
        <translation>a répondu, mais pas avec une description OpenAPI</translation>
    </message>
    <message>
        <source>found an OpenAPI description</source>
        <translation>description OpenAPI trouvée</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>, nullable</source>
        <translation>, nullable</translation>
    </message>
</context>
<context>
    <name>CatalogBuilder</name>
    <message>
        <source>The document has no info object (title and version)</source>
        <translation>Le document n’a pas d’objet info (titre et version)</translation>
    </message>
    <message>
        <source>The document has no title</source>
        <translation>Le document n’a pas de titre</translation>
    </message>
    <message>
        <source>The security requirement names &quot;%1&quot;, which is not a declared security scheme</source>
        <translation>L’exigence de sécurité nomme «&#xa0;%1&#xa0;», qui n’est pas un schéma de sécurité déclaré</translation>
    </message>
    <message>
        <source>x-oxa-capability &quot;%1&quot; is not one of enrichment, response, telemetry, administration, other</source>
        <translation>x-oxa-capability «&#xa0;%1&#xa0;» n’est pas l’une des valeurs enrichment, response, telemetry, administration, other</translation>
    </message>
    <message>
        <source>x-oxa-risk &quot;%1&quot; is not one of read, write, response, destructive</source>
        <translation>x-oxa-risk «&#xa0;%1&#xa0;» n’est pas l’une des valeurs read, write, response, destructive</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>non résolu</translation>
    </message>
    <message>
        <source>A parameter must be an object; this one is ignored</source>
        <translation>Un paramètre doit être un objet&#xa0;; celui-ci est ignoré</translation>
    </message>
    <message>
        <source>A parameter needs a name and a location (in); this one is ignored</source>
        <translation>Un paramètre doit avoir un nom et un emplacement (in)&#xa0;; celui-ci est ignoré</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; is in &quot;%2&quot;, which only Swagger 2.0 knows (OpenAPI 3 uses a request body); it is ignored</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» est dans «&#xa0;%2&#xa0;», que seul Swagger 2.0 connaît (OpenAPI 3 utilise un corps de requête)&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; is in &quot;%2&quot;, which is not path, query, header or cookie; it is ignored</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» est dans «&#xa0;%2&#xa0;», qui n’est ni path, ni query, ni header, ni cookie&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; is written in the Swagger 2 style (type without schema); it is read as a schema</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» est écrit dans le style de Swagger 2 (type sans schema)&#xa0;; il est lu comme un schéma</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot;: x-nullable is read as nullable</source>
        <translation>Paramètre «&#xa0;%1&#xa0;»&#xa0;: x-nullable est lu comme nullable</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot;: collectionFormat tsv has no OpenAPI 3 equivalent; values are joined with commas</source>
        <translation>Paramètre «&#xa0;%1&#xa0;»&#xa0;: collectionFormat tsv n’a pas d’équivalent en OpenAPI 3&#xa0;; les valeurs sont jointes par des virgules</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; has neither a schema nor content; any value is accepted</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» n’a ni schema ni content&#xa0;; toute valeur est acceptée</translation>
    </message>
    <message>
        <source>Path parameter &quot;%1&quot; is not marked required; path parameters always are</source>
        <translation>Le paramètre de chemin «&#xa0;%1&#xa0;» n’est pas marqué required&#xa0;; les paramètres de chemin le sont toujours</translation>
    </message>
    <message>
        <source>x-oxa-capability &quot;%1&quot; is not one of enrichment, response, telemetry, administration, other; the heuristics decide</source>
        <translation>x-oxa-capability «&#xa0;%1&#xa0;» n’est pas l’une des valeurs enrichment, response, telemetry, administration, other&#xa0;; les heuristiques décident</translation>
    </message>
    <message>
        <source>x-oxa-risk &quot;%1&quot; is not one of read, write, response, destructive; the heuristics decide</source>
        <translation>x-oxa-risk «&#xa0;%1&#xa0;» n’est pas l’une des valeurs read, write, response, destructive&#xa0;; les heuristiques décident</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; in %2 is declared twice; the first declaration is used</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» est déclaré deux fois dans %2&#xa0;; la première déclaration est utilisée</translation>
    </message>
    <message>
        <source>The path has {%1}, but %2 declares no path parameter of that name</source>
        <translation>Le chemin contient {%1}, mais %2 ne déclare aucun paramètre de chemin de ce nom</translation>
    </message>
    <message>
        <source>Path parameter &quot;%1&quot; does not appear in the path %2</source>
        <translation>Le paramètre de chemin «&#xa0;%1&#xa0;» n’apparaît pas dans le chemin %2</translation>
    </message>
    <message>
        <source>%1 has no responses</source>
        <translation>%1 n’a pas de réponses</translation>
    </message>
    <message>
        <source>The document has more than %1 operations (the limit); the rest are left out</source>
        <translation>Le document a plus de %1 opérations (la limite)&#xa0;; les autres sont laissées de côté</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 doit être un objet</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; does not start with &quot;/&quot;</source>
        <translation>Le chemin «&#xa0;%1&#xa0;» ne commence pas par «&#xa0;/&#xa0;»</translation>
    </message>
    <message>
        <source>operationId &quot;%1&quot; is also used by %2; calls by operationId are ambiguous</source>
        <translation>L’operationId «&#xa0;%1&#xa0;» est aussi utilisé par %2&#xa0;; les appels par operationId sont ambigus</translation>
    </message>
    <message>
        <source>%1 has no operationId; it is called &quot;%2&quot; here</source>
        <translation>%1 n’a pas d’operationId&#xa0;; il est appelé «&#xa0;%2&#xa0;» ici</translation>
    </message>
    <message>
        <source>The document has no paths</source>
        <translation>Le document n’a pas de chemins (paths)</translation>
    </message>
</context>
<context>
    <name>CatalogFilter</name>
    <message>
        <source>This quotation mark is never closed.</source>
        <translation>Ce guillemet n’est jamais fermé.</translation>
    </message>
    <message>
        <source>Nothing follows this negation.</source>
        <translation>Rien ne suit cette négation.</translation>
    </message>
    <message>
        <source>This quoted text is empty.</source>
        <translation>Ce texte entre guillemets est vide.</translation>
    </message>
    <message>
        <source>Unknown field “%1”. Known fields: %2. Put text with a colon in quotation marks.</source>
        <translation>Champ inconnu «&#xa0;%1&#xa0;». Champs connus&#xa0;: %2. Mettez entre guillemets un texte qui contient deux-points.</translation>
    </message>
    <message>
        <source>The field “%1” needs a value.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» attend une valeur.</translation>
    </message>
    <message>
        <source>“%1” is not a value of %2. Use one of: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur de %2. Utilisez l’une de celles-ci&#xa0;: %3.</translation>
    </message>
    <message>
        <source>“%1” is ambiguous for %2: %3.</source>
        <translation>«&#xa0;%1&#xa0;» est ambigu pour %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>deprecated takes one value: true or false.</source>
        <translation>deprecated prend une seule valeur&#xa0;: true ou false.</translation>
    </message>
</context>
<context>
    <name>CatalogReport</name>
    <message>
        <source>Swagger %1</source>
        <translation>Swagger %1</translation>
    </message>
    <message>
        <source>OpenAPI %1</source>
        <translation>OpenAPI %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>&quot;&quot; (relative to the document)</source>
        <translation>&quot;&quot; (relatif au document)</translation>
    </message>
    <message>
        <source>Servers: %1</source>
        <translation>Serveurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>aucun déclaré</translation>
    </message>
    <message>
        <source>Security schemes: %1</source>
        <translation>Schémas de sécurité&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n opération</numerusform>
            <numerusform>%n opérations</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1; risk: %2</source>
        <translation>&#xa0;: %1&#xa0;; risque&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>; %n deprecated</source>
        <translation>
            <numerusform>&#xa0;; %n obsolète</numerusform>
            <numerusform>&#xa0;; %n obsolètes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n webhook(s)</source>
        <translation>
            <numerusform>&#xa0;; %n webhook</numerusform>
            <numerusform>&#xa0;; %n webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source> (deprecated)</source>
        <translation> (obsolète)</translation>
    </message>
    <message>
        <source>    at %1</source>
        <translation>    à %1</translation>
    </message>
    <message>
        <source>note: %1 [%2]</source>
        <translation>note&#xa0;: %1 [%2]</translation>
    </message>
    <message>
        <source>note: %1 notes like &quot;%2&quot; [%3] (--all-notes lists them)</source>
        <translation>note&#xa0;: %1 notes comme «&#xa0;%2&#xa0;» [%3] (--all-notes les liste)</translation>
    </message>
    <message numerus="yes">
        <source>%1: loaded, %n operation(s); %2</source>
        <translation>
            <numerusform>%1&#xa0;: chargé, %n opération&#xa0;; %2</numerusform>
            <numerusform>%1&#xa0;: chargé, %n opérations&#xa0;; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: could not be loaded; %2</source>
        <translation>%1&#xa0;: n’a pas pu être chargé&#xa0;; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
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
        <source>Diagnostics: %1</source>
        <translation>Diagnostics&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: loaded, %2; %3</source>
        <translation>%1&#xa0;: chargé, %2&#xa0;; %3</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Écrire du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Follow references to http(s) URLs (otherwise only files beside the document are read).</source>
        <translation>Suivre les références vers des URL http(s) (sinon, seuls les fichiers à côté du document sont lus).</translation>
    </message>
    <message>
        <source>Follow references to local files outside the document&apos;s folder.</source>
        <translation>Suivre les références vers des fichiers locaux hors du dossier du document.</translation>
    </message>
    <message>
        <source>Largest document, in bytes (default %1).</source>
        <translation>Plus grand document, en octets (par défaut %1).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>Deepest nesting (default %1).</source>
        <translation>Imbrication la plus profonde (par défaut %1).</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>niveaux</translation>
    </message>
    <message>
        <source>Most nodes YAML aliases may add (default %1).</source>
        <translation>Nombre maximal de nœuds que les alias YAML peuvent ajouter (par défaut %1).</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>nœuds</translation>
    </message>
    <message>
        <source>Longest chain of references (default %1).</source>
        <translation>Plus longue chaîne de références (par défaut %1).</translation>
    </message>
    <message>
        <source>hops</source>
        <translation>sauts</translation>
    </message>
    <message>
        <source>Most operations (default %1).</source>
        <translation>Nombre maximal d’opérations (par défaut %1).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Most referenced documents (default %1).</source>
        <translation>Nombre maximal de documents référencés (par défaut %1).</translation>
    </message>
    <message>
        <source>Seconds to wait for a remote document (default %1).</source>
        <translation>Secondes d’attente pour un document distant (par défaut %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>List every note, not a count per kind.</source>
        <translation>Lister chaque note, au lieu d’un compte par sorte.</translation>
    </message>
    <message>
        <source>A file path or an http(s) URL.</source>
        <translation>Un chemin de fichier ou une URL http(s).</translation>
    </message>
    <message>
        <source>--%1 needs a positive number</source>
        <translation>--%1 attend un nombre positif</translation>
    </message>
    <message>
        <source>Prints the operations of an OpenAPI description: method, path, parameters, bodies, responses, OXA capability and risk.</source>
        <translation>Affiche les opérations d’une description OpenAPI&#xa0;: méthode, chemin, paramètres, corps, réponses, capacité et risque OXA.</translation>
    </message>
    <message>
        <source>Usage: oxa-cli inspect DOCUMENT [--json] [--allow-remote-refs]</source>
        <translation>Usage&#xa0;: oxa-cli inspect DOCUMENT [--json] [--allow-remote-refs]</translation>
    </message>
    <message>
        <source>Usage: oxa-cli validate DOCUMENT [--json] [--allow-remote-refs]</source>
        <translation>Usage&#xa0;: oxa-cli validate DOCUMENT [--json] [--allow-remote-refs]</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Base URL of the back-end (else the document&apos;s server).</source>
        <translation>URL de base du back-end (sinon le serveur du document).</translation>
    </message>
    <message>
        <source>A parameter, name=value (location:name=value when a name is used twice).</source>
        <translation>Un paramètre, nom=valeur (emplacement:nom=valeur quand un nom sert deux fois).</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>nom=valeur</translation>
    </message>
    <message>
        <source>The body: JSON text, or @file.</source>
        <translation>Le corps&#xa0;: du texte JSON, ou @fichier.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>The body&apos;s media type (else JSON, or the first declared).</source>
        <translation>Le type de média du corps (sinon JSON, ou le premier déclaré).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Confirm a response or destructive operation.</source>
        <translation>Confirmer une opération de réponse ou destructrice.</translation>
    </message>
    <message>
        <source>An operationId, or &apos;METHOD /path&apos;.</source>
        <translation>Un operationId, ou «&#xa0;MÉTHODE /chemin&#xa0;».</translation>
    </message>
    <message>
        <source>%1 names several operations: use &apos;METHOD /path&apos;.</source>
        <translation>%1 nomme plusieurs opérations&#xa0;: utilisez «&#xa0;MÉTHODE /chemin&#xa0;».</translation>
    </message>
    <message>
        <source>No operation %1 in %2.</source>
        <translation>Aucune opération %1 dans %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>La variable d’environnement %1 est vide ou absente.</translation>
    </message>
    <message>
        <source>Checks or exports the audit log of calls that change something. verify: exit 0 when every entry chains to the one before it, 1 when an entry was changed, inserted or deleted. export: the entries as JSON Lines, or CSV with --csv.</source>
        <translation>Vérifie ou exporte le journal d’audit des appels qui changent quelque chose. verify&#xa0;: sortie 0 quand chaque entrée s’enchaîne à la précédente, 1 quand une entrée a été modifiée, insérée ou supprimée. export&#xa0;: les entrées en JSON Lines, ou en CSV avec --csv.</translation>
    </message>
    <message>
        <source>Export as CSV.</source>
        <translation>Exporter en CSV.</translation>
    </message>
    <message>
        <source>verify or export.</source>
        <translation>verify ou export.</translation>
    </message>
    <message>
        <source>The audit log (default %1).</source>
        <translation>Le journal d’audit (par défaut %1).</translation>
    </message>
    <message>
        <source>Usage: oxa-cli audit verify|export [LOG] [--csv]</source>
        <translation>Usage&#xa0;: oxa-cli audit verify|export [JOURNAL] [--csv]</translation>
    </message>
    <message>
        <source>Cannot read the audit log %1: %2</source>
        <translation>Impossible de lire le journal d’audit %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries, the chain holds.</source>
        <translation>
            <numerusform>%1&#xa0;: %n entrée, la chaîne tient.</numerusform>
            <numerusform>%1&#xa0;: %n entrées, la chaîne tient.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last line was cut by a crash; it never completed.</source>
        <translation>La dernière ligne a été coupée par un arrêt brutal&#xa0;; elle ne s’est jamais achevée.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>the environment&apos;s key</source>
        <translation>la clé de l’environnement</translation>
    </message>
    <message>
        <source>No secret for %1: give it with --secret-env SCHEME=VARIABLE (or --bearer-env), or keep it in the keychain from the console.</source>
        <translation>Aucun secret pour %1&#xa0;: donnez-le avec --secret-env SCHÉMA=VARIABLE (ou --bearer-env), ou gardez-le dans le trousseau depuis la console.</translation>
    </message>
    <message>
        <source>%1 (%2 %3) is a %4 operation on the production environment %5: add --yes to call it.</source>
        <translation>%1 (%2 %3) est une opération %4 sur l’environnement de production %5&#xa0;: ajoutez --yes pour l’appeler.</translation>
    </message>
    <message>
        <source>%1 (%2 %3) is a %4 operation: add --yes to call it.</source>
        <translation>%1 (%2 %3) est une opération %4&#xa0;: ajoutez --yes pour l’appeler.</translation>
    </message>
    <message>
        <source>Serves an OpenAPI description as a mock back-end: requests are checked against their operation, answers come from the document&apos;s examples or are generated from its schemas. One line per request is printed. Stop it with Ctrl+C.</source>
        <translation>Sert une description OpenAPI comme back-end simulé&#xa0;: les requêtes sont vérifiées selon leur opération, les réponses viennent des exemples du document ou sont générées d’après ses schémas. Une ligne est écrite par requête. Arrêt avec Ctrl+C.</translation>
    </message>
    <message>
        <source>The port (default 4010; 0 picks a free one).</source>
        <translation>Le port (4010 par défaut&#xa0;; 0 en choisit un libre).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1). Another address exposes the mock to the network.</source>
        <translation>L’adresse d’écoute (127.0.0.1 par défaut). Une autre adresse expose le back-end simulé au réseau.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Seed of the generated values (default 1).</source>
        <translation>Graine des valeurs générées (1 par défaut).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Delay before each answer, in milliseconds.</source>
        <translation>Délai avant chaque réponse, en millisecondes.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Keep what is created: it can be read back, changed and deleted by id.</source>
        <translation>Garder ce qui est créé&#xa0;: on peut le relire, le modifier et le supprimer par son identifiant.</translation>
    </message>
    <message>
        <source>Share of requests answered 500 (0 to 1).</source>
        <translation>Part des requêtes qui reçoivent 500 (de 0 à 1).</translation>
    </message>
    <message>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <source>Share of requests answered 429 with Retry-After (0 to 1).</source>
        <translation>Part des requêtes qui reçoivent 429 avec Retry-After (de 0 à 1).</translation>
    </message>
    <message>
        <source>Share of requests never answered (0 to 1).</source>
        <translation>Part des requêtes qui ne reçoivent jamais de réponse (de 0 à 1).</translation>
    </message>
    <message>
        <source>Answer requests without checking them.</source>
        <translation>Répondre aux requêtes sans les vérifier.</translation>
    </message>
    <message>
        <source>Do not log requests.</source>
        <translation>Ne pas journaliser les requêtes.</translation>
    </message>
    <message>
        <source>--seed needs a whole number: %1</source>
        <translation>--seed attend un nombre entier&#xa0;: %1</translation>
    </message>
    <message>
        <source>--latency needs milliseconds, 0 to 600000: %1</source>
        <translation>--latency attend des millisecondes, de 0 à 600000&#xa0;: %1</translation>
    </message>
    <message>
        <source>--%1 needs a share between 0 and 1: %2</source>
        <translation>--%1 attend une part entre 0 et 1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The error, throttle and timeout rates add up to more than 1.</source>
        <translation>Les taux d’erreur, de limitation et d’expiration dépassent 1 à eux trois.</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535: %1</source>
        <translation>--port attend un nombre de 0 à 65535&#xa0;: %1</translation>
    </message>
    <message>
        <source>--host needs an IP address: %1</source>
        <translation>--host attend une adresse IP&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s) in the document; oxa-cli validate lists them.</source>
        <translation>
            <numerusform>%1&#xa0;: %n erreur dans le document&#xa0;; oxa-cli validate la détaille.</numerusform>
            <numerusform>%1&#xa0;: %n erreurs dans le document&#xa0;; oxa-cli validate les détaille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: listening on %1, other machines can reach this mock.</source>
        <translation>Attention&#xa0;: écoute sur %1, d’autres machines peuvent joindre ce back-end simulé.</translation>
    </message>
    <message numerus="yes">
        <source>Serving %1 (%n operation(s)) at %2</source>
        <translation>
            <numerusform>%1 (%n opération) servi à %2</numerusform>
            <numerusform>%1 (%n opérations) servi à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls an operation and prints the response body. The values are checked against the document first (--no-check sends them anyway). Exit status: 0 for 2xx (and 1xx, 3xx), 3 for 4xx or values the document refuses, 4 for 5xx, 5 when no answer came, 6 when a call that must be confirmed (a response or destructive operation, or anything but a read in production) is made without --yes. Secrets come from the keychain (with --env) or from environment variables, never from the command line. Every call is kept in the console&apos;s history, and every call that is not a read in its audit log.</source>
        <translation>Appelle une opération et affiche le corps de la réponse. Les valeurs sont d&apos;abord vérifiées d&apos;après le document (--no-check les envoie quand même). Code de sortie : 0 pour 2xx (et 1xx, 3xx), 3 pour 4xx ou des valeurs que le document refuse, 4 pour 5xx, 5 sans réponse, 6 quand un appel qui doit être confirmé (une opération de réponse ou destructive, ou tout sauf une lecture en production) est fait sans --yes. Les secrets viennent du trousseau (avec --env) ou de variables d&apos;environnement, jamais de la ligne de commande. Chaque appel est gardé dans l&apos;historique de la console, et chaque appel qui n&apos;est pas une lecture dans son journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Send the values even when the document refuses them.</source>
        <translation>Envoyer les valeurs même quand le document les refuse.</translation>
    </message>
    <message>
        <source>Usage: oxa-cli call DOCUMENT OPERATION [--server URL] [--env NAME] [--param name=value]… [--body JSON|@file] [--header &apos;K: V&apos;] [--bearer-env VAR] [--yes] [--no-check] [--json]</source>
        <translation>Usage : oxa-cli call DOCUMENT OPÉRATION [--server URL] [--env NOM] [--param nom=valeur]… [--body JSON|@fichier] [--header &apos;K: V&apos;] [--bearer-env VAR] [--yes] [--no-check] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %n problem(s) with these values; --no-check sends them anyway.</source>
        <translation>
            <numerusform>Rien n&apos;est envoyé : %n problème dans ces valeurs ; --no-check les envoie quand même.</numerusform>
            <numerusform>Rien n&apos;est envoyé : %n problèmes dans ces valeurs ; --no-check les envoie quand même.</numerusform>
        </translation>
    </message>
    <message>
        <source>Serve the console&apos;s demo back-end (stateful) instead of a DOCUMENT; its key is &quot;%1&quot;.</source>
        <translation>Servir le back-end de démonstration de la console (avec état) au lieu d&apos;un DOCUMENT ; sa clé est « %1 ».</translation>
    </message>
    <message>
        <source>Usage: oxa-cli mock DOCUMENT|--demo [--port N] [--seed S] [--latency MS] [--stateful]</source>
        <translation>Usage : oxa-cli mock DOCUMENT|--demo [--port N] [--seed S] [--latency MS] [--stateful]</translation>
    </message>
    <message>
        <source>No operation %1 in %2. Did you mean %3?</source>
        <translation>Aucune opération %1 dans %2. Vouliez-vous dire %3&#xa0;?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Not sent: --body is not valid JSON (%1). %2</source>
        <translation>Non envoyé&#xa0;: --body n’est pas du JSON valide (%1). %2</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>Its description: %1</source>
        <translation>Sa description&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Did you mean %2?</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue. Vouliez-vous dire %2&#xa0;?</translation>
    </message>
    <message>
        <source>This step acts on %1 (%2):</source>
        <translation>Cette étape agit sur %1 (%2)&#xa0;:</translation>
    </message>
    <message>
        <source>the back-end</source>
        <translation>le back-end</translation>
    </message>
    <message>
        <source>Send it? Type yes to send: </source>
        <translation>L’envoyer&#xa0;? Tapez yes pour l’envoyer&#xa0;: </translation>
    </message>
    <message>
        <source>Runs an Arazzo workflow, each step a call through the console&apos;s call engine. Exit status: 0 when it succeeded, 3 when it failed (a criterion, an action), 5 when a call got no answer, 6 when a person had to confirm or answer and nobody did, 2 when the document or its sources cannot be read or are invalid, 64 for wrong options or inputs. Secrets come from the keychain (--env) or from variables (--secret-env, --input-env), never from the command line.</source>
        <translation>Exécute un workflow Arazzo, chaque étape étant un appel par le moteur d’appels de la console. Code de sortie&#xa0;: 0 s’il a réussi, 3 s’il a échoué (un critère, une action), 5 quand un appel n’a pas reçu de réponse, 6 quand une personne devait confirmer ou répondre et que personne ne l’a fait, 2 quand le document ou ses sources sont illisibles ou invalides, 64 pour des options ou des entrées erronées. Les secrets viennent du trousseau (--env) ou de variables (--secret-env, --input-env), jamais de la ligne de commande.</translation>
    </message>
    <message>
        <source>The workflow to run (else the only one).</source>
        <translation>Le workflow à exécuter (sinon le seul).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>An input: name=value (JSON when it reads as JSON and the input is not a string).</source>
        <translation>Une entrée&#xa0;: nom=valeur (du JSON quand elle se lit comme du JSON et que l’entrée n’est pas une chaîne).</translation>
    </message>
    <message>
        <source>The inputs as a JSON object, or @file.json.</source>
        <translation>Les entrées en objet JSON, ou @fichier.json.</translation>
    </message>
    <message>
        <source>A secret input from an environment variable: name=VARIABLE (kept out of the record).</source>
        <translation>Une entrée secrète lue dans une variable d’environnement&#xa0;: nom=VARIABLE (gardée hors du compte rendu).</translation>
    </message>
    <message>
        <source>name=variable</source>
        <translation>nom=variable</translation>
    </message>
    <message>
        <source>Confirm the steps that must be confirmed (response and destructive operations, x-oxa-confirm).</source>
        <translation>Confirmer les étapes qui doivent l’être (opérations de réponse et destructrices, x-oxa-confirm).</translation>
    </message>
    <message>
        <source>Never ask on the terminal: what is not answered by --yes and --input fails closed.</source>
        <translation>Ne jamais demander au terminal&#xa0;: ce que --yes et --input ne répondent pas échoue, fermé.</translation>
    </message>
    <message>
        <source>Most step attempts in the run (default %1): a goto loop ends there.</source>
        <translation>Nombre maximal de tentatives d’étapes dans l’exécution (par défaut %1)&#xa0;: une boucle de goto s’arrête là.</translation>
    </message>
    <message>
        <source>Seconds the whole run may take.</source>
        <translation>Secondes que toute l’exécution peut prendre.</translation>
    </message>
    <message>
        <source>Seconds each call may take.</source>
        <translation>Secondes que chaque appel peut prendre.</translation>
    </message>
    <message>
        <source>Print the run as one JSON object.</source>
        <translation>Écrire l’exécution en un seul objet JSON.</translation>
    </message>
    <message>
        <source>Run a built-in workflow of the demo back-end instead of a FILE: %1.</source>
        <translation>Exécuter un workflow intégré du back-end de démonstration au lieu d’un FICHIER&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Write the run record (JSON) to this file.</source>
        <translation>Écrire le compte rendu d’exécution (JSON) dans ce fichier.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Write the exchanges as HAR 1.2 to this file.</source>
        <translation>Écrire les échanges en HAR 1.2 dans ce fichier.</translation>
    </message>
    <message>
        <source>Where the calls go: a base URL for every source, or SOURCE=URL for one.</source>
        <translation>Où vont les appels&#xa0;: une URL de base pour chaque source, ou SOURCE=URL pour une seule.</translation>
    </message>
    <message>
        <source>An Arazzo document (JSON or YAML).</source>
        <translation>Un document Arazzo (JSON ou YAML).</translation>
    </message>
    <message>
        <source>Choose a workflow with --workflow: %1.</source>
        <translation>Choisissez un workflow avec --workflow&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No workflow %1 (there are: %2).</source>
        <translation>Aucun workflow %1 (il y a&#xa0;: %2).</translation>
    </message>
    <message>
        <source>--inputs is a JSON object: %1</source>
        <translation>--inputs est un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>--input needs name=value: %1</source>
        <translation>--input demande nom=valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>--input-env needs name=VARIABLE: %1</source>
        <translation>--input-env demande nom=VARIABLE&#xa0;: %1</translation>
    </message>
    <message>
        <source>--max-steps, --timeout and --step-timeout need a positive number.</source>
        <translation>--max-steps, --timeout et --step-timeout demandent un nombre positif.</translation>
    </message>
    <message>
        <source>--server %1: the document has no source %2.</source>
        <translation>--server %1&#xa0;: le document n’a pas de source %2.</translation>
    </message>
    <message>
        <source>       waiting %1 s before %2 again (%3)</source>
        <translation>       attente de %1 s avant de refaire %2 (%3)</translation>
    </message>
    <message>
        <source>Running %1 from %2</source>
        <translation>Exécution de %1 de %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Lists every diagnostic of an OpenAPI description, or of an Arazzo workflow document (its structure, its meaning, and whether each step resolves against its sources). Exit status: 0 without errors, 1 when it loaded with errors, 2 when it could not be loaded.</source>
        <translation>Liste tous les diagnostics d’une description OpenAPI, ou d’un document de workflows Arazzo (sa structure, son sens, et si chaque étape se résout dans ses sources). Code de sortie&#xa0;: 0 sans erreur, 1 quand il s’est chargé avec des erreurs, 2 quand il n’a pas pu être chargé.</translation>
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
        <translation>Usage&#xa0;: oxa-cli COMMANDE [options]

Commandes&#xa0;:
  inspect DOCUMENT   liste les opérations d’une description OpenAPI
  validate DOCUMENT  liste ses diagnostics (code 0, 1 s’il y a des erreurs, 2 s’il est illisible)
  call DOCUMENT OPÉRATION  appelle une opération et affiche sa réponse
  run WORKFLOW       exécute un workflow Arazzo, chaque étape étant un appel
  audit verify|export [JOURNAL]  vérifie la chaîne du journal d’audit, ou l’exporte
  mock DOCUMENT      le sert comme back-end simulé en boucle locale

oxa-cli COMMANDE --help décrit les options d’une commande.
</translation>
    </message>
    <message>
        <source>Run offline against a run record&apos;s answers (from --trace), and say where the requests drift from the recorded ones.</source>
        <translation>Exécuter hors ligne avec les réponses d’un compte rendu d’exécution (de --trace), et dire où les requêtes s’écartent de celles enregistrées.</translation>
    </message>
    <message>
        <source>record</source>
        <translation>compte-rendu</translation>
    </message>
    <message>
        <source>%1 is not a run record (oxa-cli run --trace writes them).</source>
        <translation>%1 n’est pas un compte rendu d’exécution (oxa-cli run --trace en écrit).</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded answer(s) were not asked for.</source>
        <translation>
            <numerusform>%n réponse enregistrée n’a pas été demandée.</numerusform>
            <numerusform>%n réponses enregistrées n’ont pas été demandées.</numerusform>
        </translation>
    </message>
    <message>
        <source>drift: %1</source>
        <translation>écart&#xa0;: %1</translation>
    </message>
    <message>
        <source>The requests match the record.</source>
        <translation>Les requêtes correspondent au compte rendu.</translation>
    </message>
    <message>
        <source>A console environment (base URL, headers, deadlines, TLS, proxy, confirmation policy, keychain secrets): NAME for every source, or SOURCE=NAME for one source&apos;s calls.</source>
        <translation>Un environnement de la console (URL de base, en-têtes, délais, TLS, proxy, règle de confirmation, secrets du trousseau)&#xa0;: NOM pour toutes les sources, ou SOURCE=NOM pour les appels d’une seule source.</translation>
    </message>
    <message>
        <source>The secret of a security scheme from an environment variable: SCHEME=VARIABLE, or SOURCE:SCHEME=VARIABLE for the environment of one source given by --env SOURCE=NAME (basic: user:password).</source>
        <translation>Le secret d’un schéma de sécurité, lu dans une variable d’environnement&#xa0;: SCHÉMA=VARIABLE, ou SOURCE:SCHÉMA=VARIABLE pour l’environnement propre à une source donné par --env SOURCE=NOM (basic&#xa0;: utilisateur:mot de passe).</translation>
    </message>
    <message>
        <source>Usage: oxa-cli run FILE|--demo NAME [--workflow ID] [--input name=value]… [--inputs @file.json] [--input-env name=VAR]… [--env [SOURCE=]NAME]… [--server [SOURCE=]URL]… [--yes] [--non-interactive] [--max-steps N] [--timeout S] [--json] [--trace FILE] [--har FILE]</source>
        <translation>Usage&#xa0;: oxa-cli run FICHIER|--demo NOM [--workflow ID] [--input nom=valeur]… [--inputs @fichier.json] [--input-env nom=VAR]… [--env [SOURCE=]NOM]… [--server [SOURCE=]URL]… [--yes] [--non-interactive] [--max-steps N] [--timeout S] [--json] [--trace FICHIER] [--har FICHIER]</translation>
    </message>
    <message>
        <source>A console environment: its base URL, headers, deadlines, TLS files, proxy, confirmation policy and keychain secrets.</source>
        <translation>Un environnement de la console&#xa0;: son URL de base, ses en-têtes, délais, fichiers TLS, proxy, règle de confirmation et secrets du trousseau.</translation>
    </message>
    <message>
        <source>The environment&apos;s own key (sent in the header its profile names) from this environment variable.</source>
        <translation>La clé propre de l’environnement (envoyée dans l’en-tête que son profil nomme), lue dans cette variable d’environnement.</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>Keep the calls out of the history (the audit log still records a call that is not a read).</source>
        <translation>Garder les appels hors de l’historique (le journal d’audit enregistre quand même un appel qui n’est pas une lecture).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>An extra header, &apos;Name: value&apos;.</source>
        <translation>Un en-tête de plus, &apos;Nom: valeur&apos;.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>A bearer token from this environment variable, for the document&apos;s bearer schemes (or as &apos;Authorization: Bearer&apos; when it declares none).</source>
        <translation>Un jeton bearer lu dans cette variable d’environnement, pour les schémas bearer du document (ou en &apos;Authorization: Bearer&apos; s’il n’en déclare aucun).</translation>
    </message>
    <message>
        <source>The secret of a security scheme from an environment variable: SCHEME=VARIABLE (basic: user:password).</source>
        <translation>Le secret d’un schéma de sécurité lu dans une variable d’environnement&#xa0;: SCHÉMA=VARIABLE (basic&#xa0;: utilisateur:mot de passe).</translation>
    </message>
    <message>
        <source>scheme=variable</source>
        <translation>schéma=variable</translation>
    </message>
    <message>
        <source>No environment %1 (known: %2).</source>
        <translation>Aucun environnement %1 (connus&#xa0;: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>--header needs &apos;Name: value&apos;: %1</source>
        <translation>--header demande &apos;Nom: valeur&apos;&#xa0;: %1</translation>
    </message>
    <message>
        <source>--secret-env %1: SOURCE:SCHEME is for oxa-cli run.</source>
        <translation>--secret-env %1&#xa0;: SOURCE:SCHEME est réservé à oxa-cli run.</translation>
    </message>
    <message>
        <source>--secret-env %1: %2 is not a source with an environment of its own (--env %2=NAME).</source>
        <translation>--secret-env %1&#xa0;: %2 n’est pas une source dotée de son propre environnement (--env %2=NOM).</translation>
    </message>
    <message>
        <source>--key-env needs an environment whose profile names a key header.</source>
        <translation>--key-env demande un environnement dont le profil nomme un en-tête de clé.</translation>
    </message>
    <message>
        <source>Read a source description from here instead of its url: NAME=FILE or NAME=URL.</source>
        <translation>Lire une description source ici plutôt qu’à son url&#xa0;: NOM=FICHIER ou NOM=URL.</translation>
    </message>
    <message>
        <source>name=location</source>
        <translation>nom=emplacement</translation>
    </message>
    <message>
        <source>Read source descriptions at http(s) URLs the workflow names.</source>
        <translation>Lire les descriptions sources aux URL http(s) que le workflow nomme.</translation>
    </message>
    <message>
        <source>Read source descriptions outside the workflow file&apos;s folder.</source>
        <translation>Lire les descriptions sources hors du dossier du fichier de workflow.</translation>
    </message>
    <message>
        <source>--source needs NAME=LOCATION: %1</source>
        <translation>--source demande NOM=EMPLACEMENT&#xa0;: %1</translation>
    </message>
    <message>
        <source>A person had to confirm: add --yes.</source>
        <translation>Une personne devait confirmer&#xa0;: ajoutez --yes.</translation>
    </message>
    <message>
        <source>A person had to give &quot;%1&quot;: add --input %1=VALUE.</source>
        <translation>Une personne devait donner «&#xa0;%1&#xa0;»&#xa0;: ajoutez --input %1=VALEUR.</translation>
    </message>
</context>
<context>
    <name>ContainerStack</name>
    <message>
        <source>Duplicate key &quot;%1&quot;: this later occurrence replaces the earlier one</source>
        <translation>Clé en double «&#xa0;%1&#xa0;»&#xa0;: cette occurrence remplace la précédente</translation>
    </message>
</context>
<context>
    <name>Criterion</name>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>&quot;%1&quot; inattendu</translation>
    </message>
    <message>
        <source>the condition nests deeper than %1 levels</source>
        <translation>la condition s’imbrique sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>equality is written &quot;==&quot;</source>
        <translation>l’égalité s’écrit &quot;==&quot;</translation>
    </message>
    <message>
        <source>an index is a whole number or a &apos;name&apos;</source>
        <translation>un indice est un nombre entier ou un &apos;nom&apos;</translation>
    </message>
    <message>
        <source>expected &quot;]&quot;</source>
        <translation>&quot;]&quot; attendu</translation>
    </message>
    <message>
        <source>expected &quot;)&quot;</source>
        <translation>&quot;)&quot; attendu</translation>
    </message>
    <message>
        <source>strings are written in single quotes</source>
        <translation>les chaînes s’écrivent entre apostrophes droites</translation>
    </message>
    <message>
        <source>the condition ends too early</source>
        <translation>la condition s’arrête trop tôt</translation>
    </message>
    <message>
        <source>expected a runtime expression, a literal or &quot;(&quot;</source>
        <translation>une expression d’exécution, un littéral ou &quot;(&quot; attendu</translation>
    </message>
    <message>
        <source>the string is not closed</source>
        <translation>la chaîne n’est pas fermée</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>un nombre attendu</translation>
    </message>
    <message>
        <source>the value has no %1</source>
        <translation>la valeur n’a pas de %1</translation>
    </message>
    <message>
        <source>A %1 criterion needs a context, such as $response.body.</source>
        <translation>Un critère %1 a besoin d’un contexte, comme $response.body.</translation>
    </message>
    <message>
        <source>The condition &quot;%1&quot; does not read: %2 at character %3.</source>
        <translation>La condition &quot;%1&quot; ne se lit pas&#xa0;: %2 au caractère %3.</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; does not compile: %2 at character %3.</source>
        <translation>Le motif &quot;%1&quot; ne se compile pas&#xa0;: %2 au caractère %3.</translation>
    </message>
    <message>
        <source>JSONPath version &quot;%1&quot; is unknown: RFC 9535 is the default, draft-goessner-dispatch-jsonpath-00 the other.</source>
        <translation>La version JSONPath &quot;%1&quot; est inconnue&#xa0;: la RFC 9535 est la version par défaut, draft-goessner-dispatch-jsonpath-00 l’autre.</translation>
    </message>
    <message>
        <source>XPath version &quot;%1&quot; is not evaluated here: only xpath-10 (XPath 1.0) is.</source>
        <translation>La version XPath &quot;%1&quot; n’est pas évaluée ici&#xa0;: seule xpath-10 (XPath 1.0) l’est.</translation>
    </message>
    <message>
        <source>The XPath 1.0 expression &quot;%1&quot; does not compile.</source>
        <translation>L’expression XPath 1.0 &quot;%1&quot; ne se compile pas.</translation>
    </message>
    <message>
        <source>%1 finds nothing: nothing at the pointer &quot;%2&quot;</source>
        <translation>%1 ne trouve rien&#xa0;: rien au pointeur &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not XML text</source>
        <translation>%1 n’est pas du texte XML</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 dépasse %2 Mio</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML</source>
        <translation>%1 n’est pas du XML bien formé</translation>
    </message>
    <message>
        <source>The XPath expression could not be evaluated on %1</source>
        <translation>L’expression XPath n’a pas pu être évaluée sur %1</translation>
    </message>
</context>
<context>
    <name>DefaultDocumentFetcher</name>
    <message>
        <source>Cannot read %1: only files and http(s) addresses are supported</source>
        <translation>Impossible de lire %1&#xa0;: seuls les fichiers et les adresses http(s) sont pris en charge</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is a folder, not a document</source>
        <translation>%1 est un dossier, pas un document</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long, more than the limit of %3 bytes</source>
        <translation>%1 fait %2 octets, plus que la limite de %3 octets</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 bytes</source>
        <translation>%1 dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds</source>
        <translation>%1 n’a pas répondu en %2 secondes</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2</source>
        <translation>%1 a répondu avec le statut HTTP %2</translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation>Impossible de télécharger %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DialogInteraction</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow references?</source>
        <translation>Suivre les références ?</translation>
    </message>
    <message>
        <source>This document refers to other documents outside its folder or on the network:

%1

Read them? The answer is remembered for this document.</source>
        <translation>Ce document fait référence à d&apos;autres documents hors de son dossier ou sur le réseau :

%1

Les lire ? La réponse est retenue pour ce document.</translation>
    </message>
</context>
<context>
    <name>EnvironmentStore</name>
    <message>
        <source>The header %1 of %2 looks like a secret: keep it in the keychain, not in the environment&apos;s settings.</source>
        <translation>L’en-tête %1 de %2 ressemble à un secret&#xa0;: gardez-le dans le trousseau, pas dans les réglages de l’environnement.</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n enregistrement.</numerusform>
            <numerusform>%n enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 records, filter: %3</source>
        <translation>%1 sur %2 enregistrements, filtre : %3</translation>
    </message>
    <message>
        <source>The first %1 of %2 columns; hide columns in the table to choose them.</source>
        <translation>Les %1 premières colonnes sur %2 ; masquez des colonnes dans la table pour les choisir.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
</context>
<context>
    <name>FieldDescription</name>
    <message>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>%1 (variant %2)</source>
        <translation>%1 (variante %2)</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Cannot open the history %1: %2</source>
        <translation>Impossible d’ouvrir l’historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the history %1: %2</source>
        <translation>Impossible de préparer l’historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the history: %1</source>
        <translation>Impossible d’écrire dans l’historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot clear the history: %1</source>
        <translation>Impossible d’effacer l’historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer OXA Console (version %2 of its format; this one reads up to %3). It is left as it is, and nothing is recorded.</source>
        <translation>L&apos;historique %1 a été écrit par une version plus récente d&apos;OXA Console (version %2 de son format ; celle-ci lit jusqu&apos;à la %3). Il est laissé tel quel, et rien n&apos;y est enregistré.</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>a query starts with &quot;$&quot;</source>
        <translation>une requête commence par &quot;$&quot;</translation>
    </message>
    <message>
        <source>unexpected character after the query</source>
        <translation>caractère inattendu après la requête</translation>
    </message>
    <message>
        <source>the query nests deeper than %1 levels</source>
        <translation>la requête s’imbrique sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>&quot;..&quot; is followed by a name, &quot;*&quot; or &quot;[&quot;</source>
        <translation>&quot;..&quot; est suivi d’un nom, de &quot;*&quot; ou de &quot;[&quot;</translation>
    </message>
    <message>
        <source>&quot;.&quot; is followed by a member name or &quot;*&quot;</source>
        <translation>&quot;.&quot; est suivi d’un nom de membre ou de &quot;*&quot;</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot;</source>
        <translation>&quot;,&quot; ou &quot;]&quot; attendu</translation>
    </message>
    <message>
        <source>expected a selector: a name in quotes, &quot;*&quot;, an index, a slice or a filter</source>
        <translation>un sélecteur attendu&#xa0;: un nom entre guillemets, &quot;*&quot;, un indice, une tranche ou un filtre</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>un entier attendu</translation>
    </message>
    <message>
        <source>an integer has no leading zero and is never -0</source>
        <translation>un entier n’a pas de zéro en tête et ne vaut jamais -0</translation>
    </message>
    <message>
        <source>the integer is beyond ±(2⁵³−1)</source>
        <translation>l’entier dépasse ±(2⁵³−1)</translation>
    </message>
    <message>
        <source>\u is followed by four hexadecimal digits</source>
        <translation>\u est suivi de quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>the string is not closed</source>
        <translation>la chaîne n’est pas fermée</translation>
    </message>
    <message>
        <source>a control character in a string must be escaped</source>
        <translation>un caractère de contrôle doit être échappé dans une chaîne</translation>
    </message>
    <message>
        <source>only the string&apos;s own quote is escaped</source>
        <translation>seul le guillemet de la chaîne elle-même s’échappe</translation>
    </message>
    <message>
        <source>a low surrogate without a high one</source>
        <translation>un demi-codet bas sans demi-codet haut</translation>
    </message>
    <message>
        <source>a high surrogate is followed by a low one</source>
        <translation>un demi-codet haut est suivi d’un demi-codet bas</translation>
    </message>
    <message>
        <source>unknown escape in a string</source>
        <translation>échappement inconnu dans une chaîne</translation>
    </message>
    <message>
        <source>expected &quot;)&quot;</source>
        <translation>&quot;)&quot; attendu</translation>
    </message>
    <message>
        <source>a literal alone is not a condition: compare it</source>
        <translation>un littéral seul n’est pas une condition&#xa0;: comparez-le</translation>
    </message>
    <message>
        <source>this function gives a value: compare it</source>
        <translation>cette fonction donne une valeur&#xa0;: comparez-la</translation>
    </message>
    <message>
        <source>only a singular query (names and indexes) can be compared</source>
        <translation>seule une requête singulière (noms et indices) peut être comparée</translation>
    </message>
    <message>
        <source>this function gives no value to compare</source>
        <translation>cette fonction ne donne pas de valeur à comparer</translation>
    </message>
    <message>
        <source>unknown word: a function name is followed by &quot;(&quot;</source>
        <translation>mot inconnu&#xa0;: un nom de fonction est suivi de &quot;(&quot;</translation>
    </message>
    <message>
        <source>expected a query, a literal or a function</source>
        <translation>une requête, un littéral ou une fonction attendu</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>un nombre attendu</translation>
    </message>
    <message>
        <source>a number has no leading zero</source>
        <translation>un nombre n’a pas de zéro en tête</translation>
    </message>
    <message>
        <source>a decimal point is followed by digits</source>
        <translation>une virgule décimale est suivie de chiffres</translation>
    </message>
    <message>
        <source>an exponent has digits</source>
        <translation>un exposant a des chiffres</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>le nombre est trop grand</translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot;</source>
        <translation>fonction &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>trop d’arguments</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;)&quot;</source>
        <translation>&quot;,&quot; ou &quot;)&quot; attendu</translation>
    </message>
    <message numerus="yes">
        <source>%1() takes %n argument(s)</source>
        <translation>
            <numerusform>%1() prend %n argument</numerusform>
            <numerusform>%1() prend %n arguments</numerusform>
        </translation>
    </message>
    <message>
        <source>this argument is a value: a literal, a singular query or a function giving a value</source>
        <translation>cet argument est une valeur&#xa0;: un littéral, une requête singulière ou une fonction qui donne une valeur</translation>
    </message>
    <message>
        <source>this argument is a query</source>
        <translation>cet argument est une requête</translation>
    </message>
    <message>
        <source>this argument is a condition</source>
        <translation>cet argument est une condition</translation>
    </message>
    <message>
        <source>The JSONPath query is longer than %1 bytes.</source>
        <translation>La requête JSONPath dépasse %1 octets.</translation>
    </message>
    <message>
        <source>Not a JSONPath query (RFC 9535): %1 at character %2.</source>
        <translation>Pas une requête JSONPath (RFC 9535)&#xa0;: %1 au caractère %2.</translation>
    </message>
    <message>
        <source>The JSONPath query &quot;%1&quot; does more than %2 steps of work; it was stopped.</source>
        <translation>La requête JSONPath &quot;%1&quot; fait plus de %2 pas de travail&#xa0;; elle a été arrêtée.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>end of text</source>
        <translation>fin du texte</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>octet 0x%1</translation>
    </message>
    <message>
        <source>Unterminated string</source>
        <translation>Chaîne non terminée</translation>
    </message>
    <message>
        <source>Control character 0x%1 inside a string (escape it)</source>
        <translation>Caractère de contrôle 0x%1 dans une chaîne (échappez-le)</translation>
    </message>
    <message>
        <source>Invalid \u escape: four hexadecimal digits expected</source>
        <translation>Échappement \u invalide&#xa0;: quatre chiffres hexadécimaux attendus</translation>
    </message>
    <message>
        <source>Invalid escape sequence &apos;\%1&apos;</source>
        <translation>Séquence d’échappement invalide &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>Invalid number: a digit must follow &apos;-&apos;</source>
        <translation>Nombre invalide&#xa0;: un chiffre doit suivre &apos;-&apos;</translation>
    </message>
    <message>
        <source>Invalid number: leading zeros are not allowed</source>
        <translation>Nombre invalide&#xa0;: les zéros en tête ne sont pas permis</translation>
    </message>
    <message>
        <source>Invalid number: a digit must follow the decimal point</source>
        <translation>Nombre invalide&#xa0;: un chiffre doit suivre le point décimal</translation>
    </message>
    <message>
        <source>Invalid number: the exponent has no digits</source>
        <translation>Nombre invalide&#xa0;: l’exposant n’a pas de chiffres</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Nombre invalide</translation>
    </message>
    <message>
        <source>Unexpected %1 where a value was expected</source>
        <translation>Inattendu&#xa0;: %1, là où une valeur était attendue</translation>
    </message>
    <message>
        <source>The document is empty</source>
        <translation>Le document est vide</translation>
    </message>
    <message>
        <source>Unexpected end of text where a value was expected</source>
        <translation>Fin du texte inattendue là où une valeur était attendue</translation>
    </message>
    <message>
        <source>Nesting is deeper than the limit of %1 levels</source>
        <translation>L’imbrication dépasse la limite de %1 niveaux</translation>
    </message>
    <message>
        <source>Unexpected %1 after the end of the document</source>
        <translation>Inattendu&#xa0;: %1, après la fin du document</translation>
    </message>
    <message>
        <source>Unexpected end of text: &apos;}&apos; expected</source>
        <translation>Fin du texte inattendue&#xa0;: &apos;}&apos; attendu</translation>
    </message>
    <message>
        <source>Unexpected end of text: &apos;]&apos; expected</source>
        <translation>Fin du texte inattendue&#xa0;: &apos;]&apos; attendu</translation>
    </message>
    <message>
        <source>Unexpected %1 where &apos;,&apos; or &apos;}&apos; was expected</source>
        <translation>Inattendu&#xa0;: %1, là où &apos;,&apos; ou &apos;}&apos; était attendu</translation>
    </message>
    <message>
        <source>Unexpected %1 where &apos;,&apos; or &apos;]&apos; was expected</source>
        <translation>Inattendu&#xa0;: %1, là où &apos;,&apos; ou &apos;]&apos; était attendu</translation>
    </message>
    <message>
        <source>Unexpected %1 where a key or &apos;}&apos; was expected</source>
        <translation>Inattendu&#xa0;: %1, là où une clé ou &apos;}&apos; était attendue</translation>
    </message>
    <message>
        <source>Unexpected %1 where a key was expected</source>
        <translation>Inattendu&#xa0;: %1, là où une clé était attendue</translation>
    </message>
    <message>
        <source>Unexpected %1 where &apos;:&apos; was expected</source>
        <translation>Inattendu&#xa0;: %1, là où &apos;:&apos; était attendu</translation>
    </message>
    <message>
        <source>The document is larger than 4 GiB</source>
        <translation>Le document dépasse 4 Gio</translation>
    </message>
</context>
<context>
    <name>MockResponder</name>
    <message>
        <source>Bad Prefer header</source>
        <translation>En-tête Prefer incorrect</translation>
    </message>
    <message>
        <source>code=%1 is not an HTTP status.</source>
        <translation>code=%1 n’est pas un statut HTTP.</translation>
    </message>
    <message>
        <source>No such response</source>
        <translation>Réponse inexistante</translation>
    </message>
    <message>
        <source>%1 declares no response %2.</source>
        <translation>%1 ne déclare aucune réponse %2.</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Aucune réponse</translation>
    </message>
    <message>
        <source>%1 declares no response.</source>
        <translation>%1 ne déclare aucune réponse.</translation>
    </message>
    <message>
        <source>No such example</source>
        <translation>Exemple inexistant</translation>
    </message>
    <message>
        <source>%1 has no example %2 for %3.</source>
        <translation>%1 n’a pas d’exemple %2 pour %3.</translation>
    </message>
    <message>
        <source>example %1 does not match its schema</source>
        <translation>l’exemple %1 ne respecte pas son schéma</translation>
    </message>
    <message>
        <source>the example does not match its schema</source>
        <translation>l’exemple ne respecte pas son schéma</translation>
    </message>
</context>
<context>
    <name>MockService</name>
    <message>
        <source>Method not allowed</source>
        <translation>Méthode non autorisée</translation>
    </message>
    <message>
        <source>%1 does not accept %2.</source>
        <translation>%1 n’accepte pas %2.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>The document has no operation at %1.</source>
        <translation>Le document n’a pas d’opération à %1.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>The mock back-end is throttling (injected).</source>
        <translation>Le back-end simulé limite le débit (injecté).</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Erreur interne du serveur</translation>
    </message>
    <message>
        <source>The mock back-end failed on purpose (injected).</source>
        <translation>Le back-end simulé a échoué exprès (injecté).</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Requête trop grande</translation>
    </message>
    <message>
        <source>The body has %1 bytes; the mock back-end accepts %2.</source>
        <translation>Le corps fait %1 octets&#xa0;; le back-end simulé en accepte %2.</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Unsupported media type</source>
        <translation>Type de média non pris en charge</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Requête invalide</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) with this request for %1.</source>
        <translation>
            <numerusform>%n problème dans cette requête pour %1.</numerusform>
            <numerusform>%n problèmes dans cette requête pour %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 key (%2 %3)</source>
        <translation>la clé %1 (%2 %3)</translation>
    </message>
    <message>
        <source>HTTP %1 authentication</source>
        <translation>l’authentification HTTP %1</translation>
    </message>
    <message>
        <source>an OAuth 2 bearer token (%1)</source>
        <translation>un jeton porteur OAuth 2 (%1)</translation>
    </message>
    <message>
        <source>Credentials are missing: %1.</source>
        <translation>Identifiants manquants&#xa0;: %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1 is not accepted here; the document declares %2.</source>
        <translation>%1 n’est pas accepté ici&#xa0;; le document déclare %2.</translation>
    </message>
    <message>
        <source>A body without a type</source>
        <translation>Un corps sans type</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>n’est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 a été supprimé.</translation>
    </message>
    <message>
        <source>No new id</source>
        <translation>Pas de nouvel identifiant</translation>
    </message>
    <message>
        <source>The schema lets the mock make no id that is not taken yet (%1).</source>
        <translation>Le schéma ne laisse le back-end simulé produire aucun identifiant qui ne soit déjà pris (%1).</translation>
    </message>
</context>
<context>
    <name>OperationClassifier</name>
    <message>
        <source>Enrichment</source>
        <translation>Enrichissement</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Télémétrie</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Destructive</source>
        <translation>Destructive</translation>
    </message>
    <message>
        <source>%1 reads</source>
        <translation>%1 lit</translation>
    </message>
    <message>
        <source>%1 that only reads (%2)</source>
        <translation>%1 qui ne fait que lire (%2)</translation>
    </message>
    <message>
        <source>%1 that runs a search (%2)</source>
        <translation>%1 qui lance une recherche (%2)</translation>
    </message>
    <message>
        <source>%1 that searches or counts (%2)</source>
        <translation>%1 qui recherche ou compte (%2)</translation>
    </message>
    <message>
        <source>%1 changes state</source>
        <translation>%1 change l’état</translation>
    </message>
    <message>
        <source>a countermeasure</source>
        <translation>une contre-mesure</translation>
    </message>
    <message>
        <source>x-oxa-capability on the operation</source>
        <translation>x-oxa-capability sur l’opération</translation>
    </message>
    <message>
        <source>x-oxa-capability on the tag %1</source>
        <translation>x-oxa-capability sur l’étiquette %1</translation>
    </message>
    <message>
        <source>reads counts or statistics (%1)</source>
        <translation>lit des comptes ou des statistiques (%1)</translation>
    </message>
    <message>
        <source>searches (%1)</source>
        <translation>recherche (%1)</translation>
    </message>
    <message>
        <source>acts on the defended estate (%1)</source>
        <translation>agit sur le parc défendu (%1)</translation>
    </message>
    <message>
        <source>changes a case or an alert (%1)</source>
        <translation>modifie un dossier ou une alerte (%1)</translation>
    </message>
    <message>
        <source>configuration (%1)</source>
        <translation>configuration (%1)</translation>
    </message>
    <message>
        <source>reads security data (%1)</source>
        <translation>lit des données de sécurité (%1)</translation>
    </message>
    <message>
        <source>changes data (%1)</source>
        <translation>modifie des données (%1)</translation>
    </message>
    <message>
        <source>manages configuration (%1)</source>
        <translation>gère la configuration (%1)</translation>
    </message>
    <message>
        <source>no recognised domain in its path, tags or names</source>
        <translation>aucun domaine reconnu dans son chemin, ses étiquettes ou ses noms</translation>
    </message>
    <message>
        <source>x-oxa-risk on the operation</source>
        <translation>x-oxa-risk sur l’opération</translation>
    </message>
    <message>
        <source>x-oxa-risk on the tag %1</source>
        <translation>x-oxa-risk sur l’étiquette %1</translation>
    </message>
    <message>
        <source>deletes (%1)</source>
        <translation>supprime (%1)</translation>
    </message>
</context>
<context>
    <name>OperationPage</name>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
</context>
<context>
    <name>Oxa::ApiClient</name>
    <message>
        <source>No complete answer after %1 s: the request was stopped.</source>
        <translation>Aucune réponse complète après %1 s&#xa0;: la requête a été arrêtée.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No data for %1 s: the request was stopped.</source>
        <translation>Aucune donnée pendant %1 s&#xa0;: la requête a été arrêtée.</translation>
    </message>
    <message>
        <source>More than %1 redirects: the request was stopped.</source>
        <translation>Plus de %1 redirections&#xa0;: la requête a été arrêtée.</translation>
    </message>
    <message>
        <source>A redirect to %1 was refused: it is not as safe as %2.</source>
        <translation>Une redirection vers %1 a été refusée&#xa0;: elle n’est pas aussi sûre que %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). Its SHA-256 digest is %2.</source>
        <translation>Le certificat du serveur n’est pas de confiance (%1). Son empreinte SHA-256 est %2.</translation>
    </message>
    <message>
        <source>The answer&apos;s headers are too large (%1 lines, %2 bytes): the request was stopped.</source>
        <translation>Les en-têtes de la réponse sont trop grands (%1 lignes, %2 octets)&#xa0;: la requête a été arrêtée.</translation>
    </message>
    <message>
        <source>The answer&apos;s headers could not be read: too many, too large, or too slow. The request was stopped.</source>
        <translation>Les en-têtes de la réponse n’ont pas pu être lus&#xa0;: trop nombreux, trop grands ou trop lents. La requête a été arrêtée.</translation>
    </message>
</context>
<context>
    <name>Oxa::CallDriver</name>
    <message>
        <source>The secrets given were not enough for this call.</source>
        <translation>Les secrets donnés ne suffisent pas pour cet appel.</translation>
    </message>
    <message>
        <source>No secret given: the call was not sent.</source>
        <translation>Aucun secret donné : l&apos;appel n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>Not sent: the call was not confirmed.</source>
        <translation>Non envoyé : l&apos;appel n&apos;a pas été confirmé.</translation>
    </message>
    <message>
        <source>Not sent: no environment is chosen for this document.</source>
        <translation>Non envoyé&#xa0;: aucun environnement n’est choisi pour ce document.</translation>
    </message>
</context>
<context>
    <name>Oxa::CallSession</name>
    <message>
        <source>The document declares no response %1 for this operation.</source>
        <translation>Le document ne déclare aucune réponse %1 pour cette opération.</translation>
    </message>
    <message>
        <source>The answer has no body.</source>
        <translation>La réponse n’a pas de corps.</translation>
    </message>
    <message>
        <source>The answer&apos;s type %1 is not one the document declares for %2 (%3).</source>
        <translation>Le type de la réponse, %1, n’est pas de ceux que le document déclare pour %2 (%3).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The document gives no schema for %1 %2.</source>
        <translation>Le document ne donne aucun schéma pour %1 %2.</translation>
    </message>
    <message>
        <source>Only JSON bodies are checked against their schema.</source>
        <translation>Seuls les corps JSON sont vérifiés par rapport à leur schéma.</translation>
    </message>
    <message>
        <source>The body is too large to be checked here.</source>
        <translation>Le corps est trop grand pour être vérifié ici.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1</source>
        <translation>Le corps n’est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The document has no operation %1.</source>
        <translation>Le document n’a pas d’opération %1.</translation>
    </message>
    <message>
        <source>No token for %1: %2</source>
        <translation>Aucun jeton pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 sends to %2, which is not a server of this document (%3).</source>
        <translation>%1 envoie à %2, qui n’est pas un serveur de ce document (%3).</translation>
    </message>
    <message>
        <source>The environment</source>
        <translation>L’environnement</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the document&apos;s server</source>
        <translation>le serveur du document</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, dans %2</translation>
    </message>
    <message>
        <source>%1: %2, in %3</source>
        <translation>%1&#xa0;: %2, dans %3</translation>
    </message>
</context>
<context>
    <name>Oxa::CatalogMode</name>
    <message>
        <source>Document shown</source>
        <translation>Document affiché</translation>
    </message>
    <message>
        <source>The document and the documents it refers to</source>
        <translation>Le document et les documents auxquels il fait référence</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schémas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 (the document)</source>
        <translation>%1 (le document)</translation>
    </message>
    <message>
        <source>&amp;Filter Operations</source>
        <translation>&amp;Filtrer les opérations</translation>
    </message>
    <message>
        <source>O&amp;peration Page</source>
        <translation>&amp;Page de l’opération</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>Re&amp;quête</translation>
    </message>
    <message>
        <source>R&amp;esponse</source>
        <translation>Répo&amp;nse</translation>
    </message>
    <message>
        <source>&amp;Schemas</source>
        <translation>&amp;Schémas</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>Sou&amp;rce</translation>
    </message>
    <message>
        <source>&amp;Find in Source…</source>
        <translation>Rec&amp;hercher dans la source…</translation>
    </message>
    <message>
        <source>Go to &amp;Line…</source>
        <translation>Aller à la &amp;ligne…</translation>
    </message>
    <message>
        <source>Copy operation&amp;Id</source>
        <translation>Copier l’operation&amp;Id</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>Copier le &amp;chemin</translation>
    </message>
    <message>
        <source>View &amp;Source</source>
        <translation>Voir la &amp;source</translation>
    </message>
    <message>
        <source>&amp;Group Operations</source>
        <translation>&amp;Grouper les opérations</translation>
    </message>
    <message>
        <source>By &amp;Capability and Tag</source>
        <translation>Par &amp;capacité et étiquette</translation>
    </message>
    <message>
        <source>By &amp;Tag and Path</source>
        <translation>Par é&amp;tiquette et chemin</translation>
    </message>
    <message>
        <source>&amp;Flat List</source>
        <translation>&amp;Liste simple</translation>
    </message>
    <message>
        <source>&amp;Cancel Call</source>
        <translation>&amp;Annuler l’appel</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Appel de %1…</translation>
    </message>
    <message>
        <source>%1: %2 in %3 ms</source>
        <translation>%1&#xa0;: %2 en %3 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>The certificate is trusted for %1.</source>
        <translation>Le certificat est accepté pour %1.</translation>
    </message>
    <message>
        <source>The form&apos;s operation has no parameter</source>
        <translation>L’opération du formulaire n’a aucun paramètre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 vaut maintenant %2.</translation>
    </message>
    <message>
        <source>%1 is not in the open document.</source>
        <translation>%1 n’est pas dans le document ouvert.</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>the server of %1</source>
        <translation>le serveur de %1</translation>
    </message>
</context>
<context>
    <name>Oxa::CatalogPanel</name>
    <message>
        <source>Filter: words, method:post tag:alerts capability:response…</source>
        <translation>Filtre&#xa0;: mots, method:post tag:alerts capability:response…</translation>
    </message>
    <message>
        <source>Operation filter</source>
        <translation>Filtre des opérations</translation>
    </message>
    <message>
        <source>Free words match the summary, path, operationId and description.
Fields: method, tag, capability (cap), risk, path, id, deprecated.
Alternatives with commas (method:put,patch), quotes for phrases, - or ! to negate.</source>
        <translation>Les mots libres portent sur le résumé, le chemin, l’operationId et la description.
Champs&#xa0;: method, tag, capability (cap), risk, path, id, deprecated.
Alternatives séparées par des virgules (method:put,patch), guillemets pour les expressions, - ou ! pour nier.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>Recent filters</source>
        <translation>Filtres récents</translation>
    </message>
    <message>
        <source>No recent filters</source>
        <translation>Aucun filtre récent</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <source>By capability and tag</source>
        <translation>Par capacité et étiquette</translation>
    </message>
    <message>
        <source>By tag and path</source>
        <translation>Par étiquette et chemin</translation>
    </message>
    <message>
        <source>Flat list</source>
        <translation>Liste simple</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Invalid filter: %1</source>
        <translation>Filtre invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n opération</numerusform>
            <numerusform>%n opérations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n operation(s)</source>
        <translation>
            <numerusform>%1 sur %n opération</numerusform>
            <numerusform>%1 sur %n opérations</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>%1 is shown, but the filter hides it in the list.</source>
        <translation>%1 est affichée, mais le filtre la masque dans la liste.</translation>
    </message>
    <message>
        <source>No operation matches this filter.</source>
        <translation>Aucune opération ne correspond à ce filtre.</translation>
    </message>
</context>
<context>
    <name>Oxa::ChartView</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 heures</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Graphique&#xa0;:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Série temporelle</translation>
    </message>
    <message>
        <source>Top counts</source>
        <translation>Les plus fréquents</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>Nuage de points</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Agrégation</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>somme</translation>
    </message>
    <message>
        <source>average</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grouper par</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Bins</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X&#xa0;:</translation>
    </message>
    <message>
        <source>Y:</source>
        <translation>Y&#xa0;:</translation>
    </message>
    <message>
        <source>Aggregation:</source>
        <translation>Agrégation&#xa0;:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Grouper par&#xa0;:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>Classes&#xa0;:</translation>
    </message>
    <message>
        <source>(records)</source>
        <translation>(enregistrements)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Nothing to draw: no row has the values this chart needs.</source>
        <translation>Rien à dessiner&#xa0;: aucune ligne n’a les valeurs dont ce graphique a besoin.</translation>
    </message>
    <message>
        <source>No records to draw.</source>
        <translation>Aucun enregistrement à dessiner.</translation>
    </message>
    <message>
        <source>%1 rows drawn</source>
        <translation>%1 lignes dessinées</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Drag a rectangle or turn the wheel to zoom, arrows to pan, Home or a right click to see it all</source>
        <translation>Tracez un rectangle ou tournez la molette pour zoomer, flèches pour vous déplacer, Origine ou un clic droit pour tout voir</translation>
    </message>
    <message>
        <source>Top counts (pie)</source>
        <translation>Les plus fréquents (camembert)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Oxa::Cli::CallSetup</name>
    <message>
        <source> (attempt %1)</source>
        <translation> (tentative %1)</translation>
    </message>
</context>
<context>
    <name>Oxa::CommandPalette</name>
    <message>
        <source>Go to operation: type part of a summary, path or operationId</source>
        <translation>Aller à l’opération&#xa0;: tapez une partie d’un résumé, d’un chemin ou d’un operationId</translation>
    </message>
    <message>
        <source>Go to operation</source>
        <translation>Aller à l’opération</translation>
    </message>
    <message>
        <source>Matching operations</source>
        <translation>Opérations correspondantes</translation>
    </message>
</context>
<context>
    <name>Oxa::ConfirmCallDialog</name>
    <message>
        <source>%1 is destructive: it deletes or overwrites what cannot be restored.</source>
        <translation>%1 est destructrice&#xa0;: elle supprime ou écrase ce qui ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>%1 is a response action: it acts on the systems the back-end protects (hosts, accounts, network).</source>
        <translation>%1 est une action de réponse&#xa0;: elle agit sur les systèmes que protège le back-end (hôtes, comptes, réseau).</translation>
    </message>
    <message>
        <source>%1 changes something, on a production environment.</source>
        <translation>%1 change quelque chose, sur un environnement de production.</translation>
    </message>
    <message>
        <source>The environment %1 asks to confirm every call.</source>
        <translation>L’environnement %1 demande de confirmer chaque appel.</translation>
    </message>
    <message>
        <source>Confirm the Call</source>
        <translation>Confirmer l’appel</translation>
    </message>
    <message>
        <source>PRODUCTION: %1 (%2)</source>
        <translation>PRODUCTION&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Environment: %1 (%2)</source>
        <translation>Environnement&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>the document&apos;s server</source>
        <translation>le serveur du document</translation>
    </message>
    <message>
        <source>… %1 bytes in all.</source>
        <translation>… %1 octets en tout.</translation>
    </message>
    <message>
        <source>The body is the file %1.</source>
        <translation>Le corps est le fichier %1.</translation>
    </message>
    <message>
        <source>Part %1: %2</source>
        <translation>Partie %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Type %1 to send it.</source>
        <translation>Tapez %1 pour l’envoyer.</translation>
    </message>
    <message>
        <source>Operation name, typed to confirm</source>
        <translation>Nom de l’opération, tapé pour confirmer</translation>
    </message>
    <message>
        <source>%1 may go to the wrong back-end.</source>
        <translation>%1 risque de partir vers le mauvais back-end.</translation>
    </message>
</context>
<context>
    <name>Oxa::Demo</name>
    <message>
        <source>The demo&apos;s document cannot be written to %1: %2</source>
        <translation>Le document de la démonstration ne peut pas être écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not built in.</source>
        <translation>%1 n’est pas intégré.</translation>
    </message>
</context>
<context>
    <name>Oxa::DemoLauncher</name>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>The demo back-end cannot start: %1</source>
        <translation>Le back-end de démo ne peut pas démarrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Oxa::DemoTour</name>
    <message>
        <source>Welcome to the demo</source>
        <translation>Bienvenue dans la démo</translation>
    </message>
    <message>
        <source>A back-end of your own</source>
        <translation>Un back-end rien qu’à vous</translation>
    </message>
    <message>
        <source>OXA Console is running a demo XDR back-end on this machine, at %1. The &quot;Demo&quot; environment in the toolbar points at it and sends its key for you. Its data is made up, and nothing leaves your computer: try anything.</source>
        <translation>OXA Console fait tourner un back-end XDR de démonstration sur cette machine, à %1. L’environnement «&#xa0;Demo&#xa0;» de la barre d’outils pointe vers lui et envoie sa clé pour vous. Ses données sont inventées et rien ne quitte votre ordinateur&#xa0;: essayez tout.</translation>
    </message>
    <message>
        <source>The catalog</source>
        <translation>Le catalogue</translation>
    </message>
    <message>
        <source>On the left, every operation of the back-end, grouped by capability: enrichment (look-ups), response (actions on hosts and networks) and telemetry. The badge says what a call may do, from a read to a deletion. Type in the filter to find one.</source>
        <translation>À gauche, chaque opération du back-end, groupée par capacité&#xa0;: enrichissement (recherches), réponse (actions sur les hôtes et les réseaux) et télémétrie. Le badge dit ce qu’un appel peut faire, d’une lecture à une suppression. Tapez dans le filtre pour en trouver une.</translation>
    </message>
    <message>
        <source>Show the IP look-up</source>
        <translation>Montrer la recherche d’IP</translation>
    </message>
    <message>
        <source>A form, then Send</source>
        <translation>Un formulaire, puis Envoyer</translation>
    </message>
    <message>
        <source>The Request tab is a form made from the operation&apos;s schema. Fill it yourself, or take the document&apos;s example, then press Send (Ctrl+Enter).</source>
        <translation>L’onglet Requête est un formulaire construit d’après le schéma de l’opération. Remplissez-le vous-même, ou prenez l’exemple du document, puis appuyez sur Envoyer (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>Tables, trees and charts</source>
        <translation>Tableaux, arbres et graphiques</translation>
    </message>
    <message>
        <source>The answer opens in the Response tab: as a table you can sort and filter, as a tree, as raw JSON, or as a chart when it holds a series. Events over time shows a busy week with a spike.</source>
        <translation>La réponse s’ouvre dans l’onglet Réponse&#xa0;: en tableau à trier et filtrer, en arbre, en JSON brut, ou en graphique quand elle contient une série. Les événements dans le temps montrent une semaine chargée, avec un pic.</translation>
    </message>
    <message>
        <source>Chart the week&apos;s events</source>
        <translation>Tracer les événements de la semaine</translation>
    </message>
    <message>
        <source>Response actions are confirmed</source>
        <translation>Les actions de réponse sont confirmées</translation>
    </message>
    <message>
        <source>Isolating a host or blocking an address acts on real machines. Before any response action is sent, the console shows the exact request and waits for you; Cancel is the default. Every such call goes to the audit log.</source>
        <translation>Isoler un hôte ou bloquer une adresse agit sur de vraies machines. Avant d’envoyer une action de réponse, la console montre la requête exacte et attend votre accord&#xa0;; Annuler est le choix par défaut. Chacun de ces appels va au journal d’audit.</translation>
    </message>
    <message>
        <source>Prepare a host isolation</source>
        <translation>Préparer l’isolement d’un hôte</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Start exploring</source>
        <translation>Commencer l’exploration</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Fill in 203.0.113.66</source>
        <translation>Remplir avec 203.0.113.66</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>A workflow, step by step</source>
        <translation>Un workflow, pas à pas</translation>
    </message>
    <message>
        <source>Triage is rarely one call. The &quot;Triage an alert&quot; workflow reads an alert, looks its addresses up, asks you which host to isolate, confirms the isolation with you and opens a case. Watch its diagram light up as it runs, slowly enough for a room to follow (the Presenter option).</source>
        <translation>Trier une alerte demande rarement un seul appel. Le workflow « Trier une alerte » lit une alerte, recherche ses adresses, vous demande quel hôte isoler, confirme l’isolement avec vous et ouvre un dossier. Regardez son diagramme s’allumer pendant l’exécution, assez lentement pour qu’une salle suive (l’option Présentateur).</translation>
    </message>
    <message>
        <source>Run &quot;Triage an alert&quot;</source>
        <translation>Exécuter « Trier une alerte »</translation>
    </message>
</context>
<context>
    <name>Oxa::DemoWorkflows</name>
    <message>
        <source>There is no demo workflow %1 (there are: %2).</source>
        <translation>Il n’y a pas de workflow de démonstration %1 (il y a&#xa0;: %2).</translation>
    </message>
</context>
<context>
    <name>Oxa::Diagnostic</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>Oxa::DiagnosticModel</name>
    <message>
        <source>line %1:%2</source>
        <translation>ligne %1:%2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>Oxa::DiagnosticsDock</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Erreurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Avertissements&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show errors</source>
        <translation>Afficher les erreurs</translation>
    </message>
    <message>
        <source>Show warnings</source>
        <translation>Afficher les avertissements</translation>
    </message>
    <message>
        <source>Show notes</source>
        <translation>Afficher les notes</translation>
    </message>
</context>
<context>
    <name>Oxa::Environment</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a PEM file.</source>
        <translation>%1 est trop grand pour un fichier PEM.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>%1 holds no private key that can be read (or its passphrase is wrong).</source>
        <translation>%1 ne contient aucune clé privée lisible (ou sa phrase secrète est fausse).</translation>
    </message>
    <message>
        <source>The proxy %1 is not http://host:port, socks5://host:port or none.</source>
        <translation>Le proxy %1 n’est ni http://hôte:port, ni socks5://hôte:port, ni none.</translation>
    </message>
</context>
<context>
    <name>Oxa::EnvironmentBar</name>
    <message>
        <source>Environment:</source>
        <translation>Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Where calls go, with which headers, secrets and care</source>
        <translation>Où vont les appels, avec quels en-têtes, quels secrets et quelle prudence</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Gérer…</translation>
    </message>
    <message>
        <source>The document&apos;s server</source>
        <translation>Le serveur du document</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (production)</translation>
    </message>
    <message>
        <source>No environment chosen</source>
        <translation>Aucun environnement choisi</translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>Aucun document ouvert</translation>
    </message>
</context>
<context>
    <name>Oxa::EnvironmentChoiceDialog</name>
    <message>
        <source>Where Should the Calls Go?</source>
        <translation>Où envoyer les appels&#xa0;?</translation>
    </message>
    <message>
        <source>No environment is chosen for %1 yet. Choose where its calls go; the choice is remembered for this document.</source>
        <translation>Aucun environnement n’est encore choisi pour %1. Choisissez où partent ses appels&#xa0;; le choix est retenu pour ce document.</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>beside the document</source>
        <translation>à côté du document</translation>
    </message>
    <message>
        <source>The document&apos;s own server</source>
        <translation>Le serveur du document</translation>
    </message>
    <message>
        <source>The document&apos;s own server: %1</source>
        <translation>Le serveur du document&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (PRODUCTION)</source>
        <translation>%1 — %2 (PRODUCTION)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Careful: %1, not of this document.</source>
        <translation>Attention&#xa0;: %1, pas de ce document.</translation>
    </message>
    <message>
        <source>Use It</source>
        <translation>L’utiliser</translation>
    </message>
</context>
<context>
    <name>Oxa::EnvironmentDialog</name>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>https://xdr.example.com/api (empty: the document&apos;s server)</source>
        <translation>https://xdr.example.com/api (vide&#xa0;: le serveur du document)</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL de base&#xa0;:</translation>
    </message>
    <message>
        <source>Production: a banner, and every call that is not a read is confirmed</source>
        <translation>Production&#xa0;: un bandeau, et chaque appel qui n’est pas une lecture est confirmé</translation>
    </message>
    <message>
        <source>Response and destructive operations</source>
        <translation>Opérations de réponse et destructrices</translation>
    </message>
    <message>
        <source>Every call that is not a read</source>
        <translation>Chaque appel qui n’est pas une lecture</translation>
    </message>
    <message>
        <source>Every call</source>
        <translation>Chaque appel</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>X-Tenant: acme (one per line; secrets go below, not here)</source>
        <translation>X-Tenant: acme (un par ligne&#xa0;; les secrets vont plus bas, pas ici)</translation>
    </message>
    <message>
        <source>Default headers:</source>
        <translation>En-têtes par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Authorization (a bearer key), X-API-Key… or empty</source>
        <translation>Authorization (une clé bearer), X-API-Key… ou vide</translation>
    </message>
    <message>
        <source>Own key header:</source>
        <translation>En-tête de la clé propre&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>No data for at most:</source>
        <translation>Sans donnée au plus&#xa0;:</translation>
    </message>
    <message>
        <source>A call lasts at most:</source>
        <translation>Un appel dure au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>PEM File</source>
        <translation>Fichier PEM</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Extra CA bundle:</source>
        <translation>Autorités de certification en plus&#xa0;:</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificat client&#xa0;:</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Clé client&#xa0;:</translation>
    </message>
    <message>
        <source>http://proxy:3128, socks5://host:1080, none (empty: the system&apos;s)</source>
        <translation>http://proxy:3128, socks5://hôte:1080, none (vide&#xa0;: celui du système)</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 digests of server certificates trusted in spite of their errors. Delete removes one.</source>
        <translation>Empreintes SHA-256 des certificats de serveur acceptés malgré leurs erreurs. Suppr en retire une.</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Certificats acceptés&#xa0;:</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Définir…</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation>Secrets&#xa0;:</translation>
    </message>
    <message>
        <source>New environment</source>
        <translation>Nouvel environnement</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>The environment&apos;s own key</source>
        <translation>La clé propre de l’environnement</translation>
    </message>
    <message>
        <source>The client key&apos;s passphrase</source>
        <translation>La phrase secrète de la clé client</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every environment needs a name.</source>
        <translation>Chaque environnement doit avoir un nom.</translation>
    </message>
    <message>
        <source>Two environments are named %1.</source>
        <translation>Deux environnements s’appellent %1.</translation>
    </message>
    <message>
        <source>%1: the base URL must be an http or https URL.</source>
        <translation>%1&#xa0;: l’URL de base doit être une URL http ou https.</translation>
    </message>
    <message>
        <source>%1: the header %2 looks like a secret; name it in &quot;Own key header&quot; and set its value under Secrets.</source>
        <translation>%1&#xa0;: l’en-tête %2 ressemble à un secret&#xa0;; nommez-le dans «&#xa0;En-tête de la clé propre&#xa0;» et définissez sa valeur sous Secrets.</translation>
    </message>
</context>
<context>
    <name>Oxa::EnvironmentList</name>
    <message>
        <source>%1 (%2) is the server of %3, not of this document.</source>
        <translation>%1 (%2) est le serveur de %3, pas de ce document.</translation>
    </message>
</context>
<context>
    <name>Oxa::ExchangeView</name>
    <message>
        <source>A binary body of %1. Save it to open it with another program.</source>
        <translation>Un corps binaire de %1. Enregistrez-le pour l’ouvrir avec un autre programme.</translation>
    </message>
    <message>
        <source>… the first %1 of %2 are shown; save the body to keep it all.</source>
        <translation>… les premiers %1 sur %2 sont affichés&#xa0;; enregistrez le corps pour le garder en entier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en curl</translation>
    </message>
    <message>
        <source>Copy as curl, Secrets Masked</source>
        <translation>Copier en curl, secrets masqués</translation>
    </message>
    <message>
        <source>Copy as curl with Secrets…</source>
        <translation>Copier en curl avec les secrets…</translation>
    </message>
    <message>
        <source>Save Body…</source>
        <translation>Enregistrer le corps…</translation>
    </message>
    <message>
        <source>Trust This Certificate…</source>
        <translation>Accepter ce certificat…</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Trust This Certificate</source>
        <translation>Accepter ce certificat</translation>
    </message>
    <message>
        <source>Trust the server certificate whose SHA-256 digest is
%1
for the environment %2? Calls in that environment will accept this certificate, and only this one, in spite of the errors listed.</source>
        <translation>Accepter le certificat de serveur dont l’empreinte SHA-256 est
%1
pour l’environnement %2&#xa0;? Les appels de cet environnement accepteront ce certificat, et lui seul, malgré les erreurs indiquées.</translation>
    </message>
    <message>
        <source>No call yet</source>
        <translation>Aucun appel</translation>
    </message>
    <message>
        <source>Send a request from the Request page (Ctrl+Enter): its answer is shown here.</source>
        <translation>Envoyez une requête depuis la page Requête (Ctrl+Entrée)&#xa0;: sa réponse s’affiche ici.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Aucune réponse</translation>
    </message>
    <message>
        <source>Environment: %1 (production)</source>
        <translation>Environnement&#xa0;: %1 (production)</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>first byte after %1 ms</source>
        <translation>premier octet après %1 ms</translation>
    </message>
    <message>
        <source>total %1 ms</source>
        <translation>total %1 ms</translation>
    </message>
    <message>
        <source>%1 (cut at the size cap)</source>
        <translation>%1 (coupé à la taille maximale)</translation>
    </message>
    <message numerus="yes">
        <source>%n redirect(s)</source>
        <translation>
            <numerusform>%n redirection</numerusform>
            <numerusform>%n redirections</numerusform>
        </translation>
    </message>
    <message>
        <source>history #%1</source>
        <translation>historique n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Response headers (%1)</source>
        <translation>En-têtes de la réponse (%1)</translation>
    </message>
    <message>
        <source>Request headers (%1)</source>
        <translation>En-têtes de la requête (%1)</translation>
    </message>
    <message>
        <source>Redirected from %1</source>
        <translation>Redirigé depuis %1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>(body)</source>
        <translation>(corps)</translation>
    </message>
    <message>
        <source>The answer matches the document.</source>
        <translation>La réponse est conforme au document.</translation>
    </message>
    <message>
        <source>Not checked: open the document it came from.</source>
        <translation>Non vérifié&#xa0;: ouvrez le document dont elle vient.</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Vérifications (%1)</translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation>En-têtes (%1)</translation>
    </message>
    <message>
        <source>Copy with Secrets</source>
        <translation>Copier avec les secrets</translation>
    </message>
    <message>
        <source>The command will hold the secrets of this call in clear text. Anyone who reads the clipboard, or where you paste it, can use them.</source>
        <translation>La commande contiendra les secrets de cet appel en clair. Quiconque lit le presse-papiers, ou l’endroit où vous la collez, pourra s’en servir.</translation>
    </message>
    <message>
        <source>Save Body</source>
        <translation>Enregistrer le corps</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <source>A PDF of this exchange, its records and its chart, for a ticket</source>
        <translation>Un PDF de cet échange, de ses enregistrements et de son graphique, pour un ticket</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Exchange Report</source>
        <translation>Rapport d’échange</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A binary body of %1.</source>
        <translation>Un corps binaire de %1.</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s).</source>
        <translation>
            <numerusform>… %n ligne de plus.</numerusform>
            <numerusform>… %n lignes de plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Body (secrets masked):</source>
        <translation>Corps (secrets masqués) :</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Graphique : %1</translation>
    </message>
</context>
<context>
    <name>Oxa::FieldDescription</name>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d’hôte</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation>SHA-1</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>Oxa::FieldEditor</name>
    <message>
        <source>32 hexadecimal digits</source>
        <translation>32 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>40 hexadecimal digits</source>
        <translation>40 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>64 hexadecimal digits</source>
        <translation>64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>multiple of %1</source>
        <translation>multiple de %1</translation>
    </message>
    <message>
        <source>Send null for this field</source>
        <translation>Envoyer null pour ce champ</translation>
    </message>
    <message>
        <source>Null</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Facultatif.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Afficher ou masquer le secret</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Type to search %1 values</source>
        <translation>Tapez pour chercher parmi %1 valeurs</translation>
    </message>
    <message>
        <source>A file to send</source>
        <translation>Un fichier à envoyer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>File to Send</source>
        <translation>Fichier à envoyer</translation>
    </message>
    <message>
        <source>A JSON array, or one item per line</source>
        <translation>Un tableau JSON, ou un élément par ligne</translation>
    </message>
    <message>
        <source>Any JSON value</source>
        <translation>Toute valeur JSON</translation>
    </message>
    <message>
        <source>Read as a list of %1 text items</source>
        <translation>Lu comme une liste de %1 éléments texte</translation>
    </message>
    <message>
        <source>One item per line; paste a list separated by lines or commas</source>
        <translation>Un élément par ligne&#xa0;; collez une liste séparée par des lignes ou des virgules</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
    <message>
        <source>Split the list into one item per line, refanging indicators</source>
        <translation>Mettre un élément par ligne, en rétablissant les indicateurs désamorcés</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1 (%2)</source>
        <translation>Élément %1 (%2)</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Retirer l’élément</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Retirer l’entrée</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
        </translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <source>Remove the field %1</source>
        <translation>Retirer le champ %1</translation>
    </message>
    <message>
        <source>%1 (deprecated)</source>
        <translation>%1 (obsolète)</translation>
    </message>
    <message>
        <source>No more fields</source>
        <translation>Plus aucun champ</translation>
    </message>
    <message>
        <source>↑</source>
        <comment>move an item up</comment>
        <translation>↑</translation>
    </message>
    <message>
        <source>↓</source>
        <comment>move an item down</comment>
        <translation>↓</translation>
    </message>
    <message>
        <source>×</source>
        <comment>remove</comment>
        <translation>×</translation>
    </message>
    <message>
        <source>null</source>
        <extracomment>The JSON value null: usually kept as it is</extracomment>
        <translation>null</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1; %2 not an indicator: %3</source>
        <translation>%1&#xa0;; %2 non reconnu(s) comme indicateur&#xa0;: %3</translation>
    </message>
    <message>
        <source>Not an indicator of any kind</source>
        <translation>Pas un indicateur, de quelque type que ce soit</translation>
    </message>
</context>
<context>
    <name>Oxa::HistoryView</name>
    <message>
        <source>Search URL, operation or environment</source>
        <translation>Chercher une URL, une opération ou un environnement</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx succès</translation>
    </message>
    <message>
        <source>3xx redirect</source>
        <translation>3xx redirection</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx erreur du client</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx erreur du serveur</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Aucune réponse</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Tout risque</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Destructive</source>
        <translation>Destructrice</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open in Form</source>
        <translation>Ouvrir dans le formulaire</translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Any environment</source>
        <translation>Tout environnement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Clear History…</source>
        <translation>Effacer l’historique…</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Effacer l’historique</translation>
    </message>
    <message>
        <source>Forget every exchange of the history, on every environment? The audit log is kept.</source>
        <translation>Oublier tous les échanges de l’historique, dans tous les environnements&#xa0;? Le journal d’audit est conservé.</translation>
    </message>
</context>
<context>
    <name>Oxa::JsonText</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Oxa::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n champ}</numerusform>
            <numerusform>{%n champs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Oxa::LoadStatus</name>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Show the diagnostics (Ctrl+Shift+D)</source>
        <translation>Afficher les diagnostics (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>Looking for the description of %1…</source>
        <translation>Recherche de la description de %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Parsing…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <source>Resolving references…</source>
        <translation>Résolution des références…</translation>
    </message>
    <message>
        <source>Building the catalog…</source>
        <translation>Construction du catalogue…</translation>
    </message>
    <message>
        <source>Tried %1: %2</source>
        <translation>Essayé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Impossible d’ouvrir %1.</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Chargement annulé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Found the description at %1.</source>
        <translation>Description trouvée à %1.</translation>
    </message>
    <message>
        <source>Reloaded.</source>
        <translation>Rechargé.</translation>
    </message>
    <message>
        <source>Opened.</source>
        <translation>Ouvert.</translation>
    </message>
    <message>
        <source>%1 %2 · OpenAPI %3</source>
        <translation>%1 %2 · OpenAPI %3</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n opération</numerusform>
            <numerusform>%n opérations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>loaded in %1 ms</source>
        <translation>chargé en %1 ms</translation>
    </message>
</context>
<context>
    <name>Oxa::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Document…</source>
        <translation>&amp;Ouvrir un document…</translation>
    </message>
    <message>
        <source>&amp;Connect to Back-end…</source>
        <translation>Se &amp;connecter à un back-end…</translation>
    </message>
    <message>
        <source>Recent &amp;Documents</source>
        <translation>&amp;Documents récents</translation>
    </message>
    <message>
        <source>Recent &amp;Back-ends</source>
        <translation>&amp;Back-ends récents</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Close Document</source>
        <translation>Fermer le document</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>Go to &amp;Operation…</source>
        <translation>Aller à l’&amp;opération…</translation>
    </message>
    <message>
        <source>&amp;Operation</source>
        <translation>&amp;Opération</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnostics</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About OXA Console</source>
        <translation>À &amp;propos d’OXA Console</translation>
    </message>
    <message>
        <source>About OXA Console</source>
        <translation>À propos d’OXA Console</translation>
    </message>
    <message>
        <source>%1 %2
A console for OXA back-ends: browse, call and chain their capabilities.</source>
        <translation>%1 %2
Une console pour les back-ends OXA&#xa0;: parcourir, appeler et enchaîner leurs capacités.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>Appe&amp;l</translation>
    </message>
    <message>
        <source>&amp;Environments…</source>
        <translation>En&amp;vironnements…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>Try the &amp;Demo Back-end</source>
        <translation>Essayer le back-end de &amp;démo</translation>
    </message>
    <message>
        <source>no environment chosen</source>
        <translation>aucun environnement choisi</translation>
    </message>
    <message>
        <source>the document&apos;s server</source>
        <translation>le serveur du document</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>S&amp;top Loading</source>
        <translation>Arrê&amp;ter le chargement</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — workflows</source>
        <translation>%1 — workflows</translation>
    </message>
</context>
<context>
    <name>Oxa::MockBackend</name>
    <message>
        <source>The mock back-end cannot listen on %1 port %2: %3</source>
        <translation>Le back-end simulé ne peut pas écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Oxa::OperationForm</name>
    <message>
        <source>Path parameters</source>
        <translation>Paramètres de chemin</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Paramètres de requête</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Choose an operation to fill in its request.</source>
        <translation>Choisissez une opération pour remplir sa requête.</translation>
    </message>
    <message>
        <source>Fill &amp;Example</source>
        <translation>Remplir un &amp;exemple</translation>
    </message>
    <message>
        <source>Fill every field with a valid example from the schemas</source>
        <translation>Remplir chaque champ d’un exemple valide tiré des schémas</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Empty every field</source>
        <translation>Vider tous les champs</translation>
    </message>
    <message>
        <source>Body as &amp;JSON</source>
        <translation>Corps en &amp;JSON</translation>
    </message>
    <message>
        <source>Edit the request body as JSON text instead of a form</source>
        <translation>Modifier le corps de la requête en texte JSON plutôt qu’en formulaire</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Media type of the body</source>
        <translation>Type de média du corps</translation>
    </message>
    <message>
        <source>Media type:</source>
        <translation>Type de média&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Envoyer la requête (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Send a Request with Problems?</source>
        <translation>Envoyer une requête qui a des problèmes&#xa0;?</translation>
    </message>
    <message>
        <source>The request does not match the operation&apos;s description (problems: %1). The back-end will probably refuse it.</source>
        <translation>La requête ne correspond pas à la description de l’opération (problèmes&#xa0;: %1). Le back-end la refusera probablement.</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>Envoyer &amp;quand même</translation>
    </message>
    <message>
        <source>%1 (deprecated)</source>
        <translation>%1 (obsolète)</translation>
    </message>
    <message>
        <source>Body *</source>
        <translation>Corps *</translation>
    </message>
    <message>
        <source>Sent as text.</source>
        <translation>Envoyé comme texte.</translation>
    </message>
    <message>
        <source>Sent as the bytes of a file.</source>
        <translation>Envoyé comme les octets d’un fichier.</translation>
    </message>
    <message>
        <source>Sent as multipart form data; binary fields take files.</source>
        <translation>Envoyé en données de formulaire multipart&#xa0;; les champs binaires prennent des fichiers.</translation>
    </message>
    <message>
        <source>Sent as URL-encoded form fields.</source>
        <translation>Envoyé en champs de formulaire encodés dans l’URL.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This parameter is required.</source>
        <translation>Ce paramètre est obligatoire.</translation>
    </message>
    <message>
        <source>body</source>
        <translation>corps</translation>
    </message>
    <message>
        <source>A request body is required.</source>
        <translation>Un corps de requête est obligatoire.</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Prête à envoyer</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problèmes&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Send Request</source>
        <translation>&amp;Envoyer la requête</translation>
    </message>
</context>
<context>
    <name>Oxa::OperationPage</name>
    <message>
        <source>Choose an operation in the catalog, or press Ctrl+K to find one.</source>
        <translation>Choisissez une opération dans le catalogue, ou appuyez sur Ctrl+K pour en trouver une.</translation>
    </message>
    <message>
        <source>Copy operationId</source>
        <translation>Copier l’operationId</translation>
    </message>
    <message>
        <source>Copy the operationId to the clipboard (Ctrl+Shift+I)</source>
        <translation>Copier l’operationId dans le presse-papiers (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copy the path to the clipboard (Ctrl+Shift+P)</source>
        <translation>Copier le chemin dans le presse-papiers (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>View source</source>
        <translation>Voir la source</translation>
    </message>
    <message>
        <source>Show this operation in the raw document (Ctrl+U)</source>
        <translation>Montrer cette opération dans le document brut (Ctrl+U)</translation>
    </message>
    <message>
        <source>Deprecated: this operation may disappear from the back-end.</source>
        <translation>Obsolète&#xa0;: cette opération peut disparaître du back-end.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Request media type</source>
        <translation>Type de média de la requête</translation>
    </message>
    <message>
        <source>Request body schema</source>
        <translation>Schéma du corps de la requête</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Response media type</source>
        <translation>Type de média de la réponse</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>Schéma de la réponse</translation>
    </message>
    <message>
        <source>Security, servers and links</source>
        <translation>Sécurité, serveurs et liens</translation>
    </message>
    <message>
        <source>%1 (webhook)</source>
        <translation>%1 (webhook)</translation>
    </message>
    <message>
        <source>Capability: %1 — %2
Risk: %3 — %4</source>
        <translation>Capacité&#xa0;: %1 — %2
Risque&#xa0;: %3 — %4</translation>
    </message>
    <message>
        <source>operationId: %1 (none in the document; made up from the method and path)</source>
        <translation>operationId&#xa0;: %1 (absent du document&#xa0;; formé à partir de la méthode et du chemin)</translation>
    </message>
    <message>
        <source>operationId: %1</source>
        <translation>operationId&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>required</source>
        <translation>requis</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Requis.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Facultatif.</translation>
    </message>
    <message>
        <source>anonymous access allowed</source>
        <translation>accès anonyme permis</translation>
    </message>
    <message>
        <source>%1 (scopes: %2)</source>
        <translation>%1 (portées&#xa0;: %2)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Security: %1</source>
        <translation>Sécurité&#xa0;: %1</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>aucune déclarée</translation>
    </message>
    <message>
        <source>
or </source>
        <translation>
ou </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Servers: %1</source>
        <translation>Serveurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 after %2 → %3</source>
        <translation>%1 après %2 → %3</translation>
    </message>
    <message>
        <source>callback %1: %2 %3</source>
        <translation>rappel %1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>Links and callbacks: %1</source>
        <translation>Liens et rappels&#xa0;: %1</translation>
    </message>
    <message>
        <source>body</source>
        <translation>corps</translation>
    </message>
</context>
<context>
    <name>Oxa::OperationTreeModel</name>
    <message>
        <source>Untagged</source>
        <translation>Sans étiquette</translation>
    </message>
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
            <numerusform>%n opération</numerusform>
            <numerusform>%n opérations</numerusform>
        </translation>
    </message>
    <message>
        <source>(deprecated)</source>
        <translation>(obsolète)</translation>
    </message>
    <message>
        <source>Capability: %1. %2</source>
        <translation>Capacité&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Risk: %1. %2</source>
        <translation>Risque&#xa0;: %1. %2</translation>
    </message>
</context>
<context>
    <name>Oxa::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time the console starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de la console.</translation>
    </message>
</context>
<context>
    <name>Oxa::ProductionBanner</name>
    <message>
        <source>PRODUCTION: %1 (%2). Every call that is not a read is shown and confirmed first.</source>
        <translation>PRODUCTION&#xa0;: %1 (%2). Chaque appel qui n’est pas une lecture est d’abord montré et confirmé.</translation>
    </message>
    <message>
        <source>the document&apos;s server</source>
        <translation>le serveur du document</translation>
    </message>
</context>
<context>
    <name>Oxa::ReplayServer</name>
    <message>
        <source>%1: the record has no answer left for it.</source>
        <translation>%1&#xa0;: le compte rendu n’a plus de réponse pour elle.</translation>
    </message>
    <message>
        <source>%1: %2 where the record has %3.</source>
        <translation>%1&#xa0;: %2 là où le compte rendu a %3.</translation>
    </message>
    <message>
        <source>%1: the path is %2 where the record has %3.</source>
        <translation>%1&#xa0;: le chemin est %2 là où le compte rendu a %3.</translation>
    </message>
    <message>
        <source>%1: the query is &quot;%2&quot; where the record has &quot;%3&quot;.</source>
        <translation>%1&#xa0;: la requête est &quot;%2&quot; là où le compte rendu a &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: the body differs from the recorded one.</source>
        <translation>%1&#xa0;: le corps diffère de celui enregistré.</translation>
    </message>
</context>
<context>
    <name>Oxa::RequestBuilder</name>
    <message>
        <source>The operation needs credentials for %1.</source>
        <translation>L’opération demande des identifiants pour %1.</translation>
    </message>
</context>
<context>
    <name>Oxa::RequestValues</name>
    <message>
        <source>A parameter is given as name=value: %1</source>
        <translation>Un paramètre se donne sous la forme nom=valeur : %1</translation>
    </message>
    <message>
        <source>%1 has no parameter %2.</source>
        <translation>%1 n&apos;a pas de paramètre %2.</translation>
    </message>
</context>
<context>
    <name>Oxa::ResultTableModel</name>
    <message numerus="yes">
        <source>%1: %2, in %n record(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %2, dans %n enregistrement</numerusform>
            <numerusform>%1&#xa0;: %2, dans %n enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Oxa::ResultsView</name>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Filter: words, severity &gt;= 3, status == &quot;open&quot;, src_ip in 10.0.0.0/8, name ~ regex</source>
        <translation>Filtre&#xa0;: mots, severity &gt;= 3, status == &quot;open&quot;, src_ip in 10.0.0.0/8, name ~ regex</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy Rows as TSV</source>
        <translation>Copier les lignes en TSV</translation>
    </message>
    <message>
        <source>Copy Records as JSON</source>
        <translation>Copier les enregistrements en JSON</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Find in names and values (Enter: next)</source>
        <translation>Chercher dans les noms et les valeurs (Entrée&#xa0;: suivant)</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy Pointer</source>
        <translation>Copier le pointeur</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>Pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>le corps</translation>
    </message>
    <message>
        <source>No records: see the Tree.</source>
        <translation>Aucun enregistrement&#xa0;: voyez l’arbre.</translation>
    </message>
    <message>
        <source>There are no records to export.</source>
        <translation>Il n’y a aucun enregistrement à exporter.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation>Exporter les enregistrements</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv);;CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)</source>
        <translation>CSV pour tableurs (*.csv);;CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets</source>
        <translation>CSV pour tableurs</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation>Afficher toutes les colonnes</translation>
    </message>
    <message>
        <source>Use as Input…</source>
        <translation>Utiliser comme entrée…</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Page %1 of %2 (bytes %3 to %4 of %5)</source>
        <translation>Page %1 sur %2 (octets %3 à %4 sur %5)</translation>
    </message>
    <message>
        <source>The array whose items are the rows: choose one, or type its JSON pointer (/data/results) and press Enter</source>
        <translation>Le tableau dont les éléments sont les lignes&#xa0;: choisissez-en un, ou tapez son pointeur JSON (/data/results) puis Entrée</translation>
    </message>
    <message>
        <source>Depth </source>
        <translation>Niveaux </translation>
    </message>
    <message>
        <source>Levels of nested objects spread into their own columns</source>
        <translation>Niveaux d’objets imbriqués répartis dans leurs propres colonnes</translation>
    </message>
    <message>
        <source>[n]</source>
        <translation>[n]</translation>
    </message>
    <message>
        <source>Arrays as their number of items, instead of their values joined</source>
        <translation>Les tableaux par leur nombre d’éléments, au lieu de leurs valeurs jointes</translation>
    </message>
    <message>
        <source>No array at %1.</source>
        <translation>Aucun tableau à %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln record(s))</source>
        <translation>
            <numerusform>%1 (%Ln enregistrement)</numerusform>
            <numerusform>%1 (%Ln enregistrements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>%1 sur %Ln enregistrement</numerusform>
            <numerusform>%1 sur %Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln column(s) not shown)</source>
        <translation>
            <numerusform>(%Ln colonne non affichée)</numerusform>
            <numerusform>(%Ln colonnes non affichées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Oxa::SafeTextBrowser</name>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>This link comes from the document. Open it in your browser?

%1</source>
        <translation>Ce lien vient du document. L’ouvrir dans votre navigateur&#xa0;?

%1</translation>
    </message>
</context>
<context>
    <name>Oxa::Schema</name>
    <message>
        <source> or </source>
        <extracomment>Joins JSON type names: &quot;string or null&quot;</extracomment>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>Oxa::SchemaBrowser</name>
    <message>
        <source>Search schemas</source>
        <translation>Chercher un schéma</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schémas</translation>
    </message>
    <message>
        <source>Choose a schema.</source>
        <translation>Choisissez un schéma.</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Used by (double-click to open):</source>
        <translation>Utilisé par (double-clic pour ouvrir)&#xa0;:</translation>
    </message>
    <message>
        <source>Operations using this schema</source>
        <translation>Opérations qui utilisent ce schéma</translation>
    </message>
    <message>
        <source>This document has no components/schemas.</source>
        <translation>Ce document n’a pas de components/schemas.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No operation uses it.</source>
        <translation>Aucune opération ne l’utilise.</translation>
    </message>
    <message>
        <source>Referred to by the schemas: %1</source>
        <translation>Cité par les schémas&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Oxa::SchemaTreeModel</name>
    <message>
        <source>pattern %1</source>
        <translation>motif %1</translation>
    </message>
    <message>
        <source>additional properties</source>
        <translation>propriétés supplémentaires</translation>
    </message>
    <message>
        <source>[items]</source>
        <translation>[éléments]</translation>
    </message>
    <message>
        <source>all of #%1</source>
        <translation>tous (allOf) n°&#xa0;%1</translation>
    </message>
    <message>
        <source>one of #%1</source>
        <translation>un seul (oneOf) n°&#xa0;%1</translation>
    </message>
    <message>
        <source>any of #%1</source>
        <translation>au moins un (anyOf) n°&#xa0;%1</translation>
    </message>
    <message>
        <source>not</source>
        <translation>non (not)</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n de plus</numerusform>
            <numerusform>… %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>unresolved %1</source>
        <translation>non résolu %1</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>n’importe quoi</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>one of</source>
        <translation>un seul de</translation>
    </message>
    <message>
        <source>any of</source>
        <translation>au moins un de</translation>
    </message>
    <message>
        <source>all of</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>, nullable</source>
        <translation>, nullable</translation>
    </message>
    <message>
        <source>%1 (circular)</source>
        <translation>%1 (circulaire)</translation>
    </message>
    <message numerus="yes">
        <source>… (%n in all)</source>
        <translation>
            <numerusform>… (%n en tout)</numerusform>
            <numerusform>… (%n en tout)</numerusform>
        </translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>l’une de&#xa0;: %1</translation>
    </message>
    <message>
        <source>always %1</source>
        <translation>toujours %1</translation>
    </message>
    <message>
        <source>multiple of %1</source>
        <translation>multiple de %1</translation>
    </message>
    <message>
        <source>length ≥ %1</source>
        <translation>longueur ≥ %1</translation>
    </message>
    <message>
        <source>length ≤ %1</source>
        <translation>longueur ≤ %1</translation>
    </message>
    <message>
        <source>items ≥ %1</source>
        <translation>éléments ≥ %1</translation>
    </message>
    <message>
        <source>items ≤ %1</source>
        <translation>éléments ≤ %1</translation>
    </message>
    <message>
        <source>properties ≥ %1</source>
        <translation>propriétés ≥ %1</translation>
    </message>
    <message>
        <source>properties ≤ %1</source>
        <translation>propriétés ≤ %1</translation>
    </message>
    <message>
        <source>unique items</source>
        <translation>éléments uniques</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>par défaut %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>write-only</source>
        <translation>écriture seule</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>discriminator %1</source>
        <translation>discriminant %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Oxa::SecretDialog</name>
    <message>
        <source>Secret Needed</source>
        <translation>Secret nécessaire</translation>
    </message>
    <message>
        <source>the key of the environment %1</source>
        <translation>la clé de l’environnement %1</translation>
    </message>
    <message>
        <source>the passphrase of the client key of %1</source>
        <translation>la phrase secrète de la clé client de %1</translation>
    </message>
    <message>
        <source>the security scheme %1, in the environment %2</source>
        <translation>le schéma de sécurité %1, dans l’environnement %2</translation>
    </message>
    <message>
        <source>The call needs a secret for %1.</source>
        <translation>L’appel a besoin d’un secret pour %1.</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Identifiant client&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées&#xa0;:</translation>
    </message>
    <message>
        <source>the flow&apos;s own, or names separated by spaces</source>
        <translation>celles du flux, ou des noms séparés par des espaces</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Remember in the keychain</source>
        <translation>Retenir dans le trousseau</translation>
    </message>
    <message>
        <source>No keychain answers on this system: the secret is kept for this session only.</source>
        <translation>Aucun trousseau ne répond sur ce système&#xa0;: le secret n’est gardé que pour cette session.</translation>
    </message>
</context>
<context>
    <name>Oxa::SecretStore</name>
    <message>
        <source>The keychain did not answer in %1 s.</source>
        <translation>Le trousseau n’a pas répondu en %1 s.</translation>
    </message>
</context>
<context>
    <name>Oxa::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Without a menu</source>
        <translation>Hors des menus</translation>
    </message>
    <message>
        <source>Move from the filter into the list of operations</source>
        <translation>Passer du filtre à la liste des opérations</translation>
    </message>
    <message>
        <source>Open the operation chosen in the list or the palette</source>
        <translation>Ouvrir l’opération choisie dans la liste ou la palette</translation>
    </message>
    <message>
        <source>Next field, previous field</source>
        <translation>Champ suivant, champ précédent</translation>
    </message>
    <message>
        <source>Close the palette or the find bar</source>
        <translation>Fermer la palette ou la barre de recherche</translation>
    </message>
    <message>
        <source>Move the chart</source>
        <translation>Déplacer le graphique</translation>
    </message>
    <message>
        <source>Show the whole chart again</source>
        <translation>Revoir tout le graphique</translation>
    </message>
</context>
<context>
    <name>Oxa::SourceView</name>
    <message>
        <source>No document.</source>
        <translation>Aucun document.</translation>
    </message>
    <message>
        <source>Document source</source>
        <translation>Source du document</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Chercher&#xa0;:</translation>
    </message>
    <message>
        <source>Find in the source</source>
        <translation>Chercher dans la source</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Find the previous occurrence (Shift+Enter)</source>
        <translation>Trouver l’occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Find the next occurrence (Enter)</source>
        <translation>Trouver l’occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Preparing the source…</source>
        <translation>Préparation de la source…</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <source>Line (1 to %1):</source>
        <translation>Ligne (1 à %1)&#xa0;:</translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation>Recherche reprise au début</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>Oxa::TokenProvider</name>
    <message>
        <source>The OpenID Connect discovery at %1 gave no token endpoint.</source>
        <translation>La découverte OpenID Connect à %1 n’a donné aucun point de terminaison de jetons.</translation>
    </message>
    <message>
        <source>The scheme %1 has no client-credentials flow.</source>
        <translation>Le schéma %1 n’a pas de flux « client credentials ».</translation>
    </message>
    <message>
        <source>The token endpoint refused (%1): %2</source>
        <translation>Le point de terminaison de jetons a refusé (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Oxa::ValuePromptDialog</name>
    <message>
        <source>A value for %1</source>
        <translation>Une valeur pour %1</translation>
    </message>
    <message>
        <source>The workflow needs a value for %1.</source>
        <translation>Le workflow a besoin d’une valeur pour %1.</translation>
    </message>
    <message>
        <source>A value is needed.</source>
        <translation>Une valeur est nécessaire.</translation>
    </message>
</context>
<context>
    <name>Oxa::WelcomePage</name>
    <message>
        <source>Open an OXA back-end&apos;s OpenAPI description, browse its capabilities, and read every operation safely.</source>
        <translation>Ouvrez la description OpenAPI d’un back-end OXA, parcourez ses capacités et lisez chaque opération en toute sécurité.</translation>
    </message>
    <message>
        <source>Open a document…</source>
        <translation>Ouvrir un document…</translation>
    </message>
    <message>
        <source>Open a JSON or YAML description (Ctrl+O). You can also drop a file here.</source>
        <translation>Ouvrir une description JSON ou YAML (Ctrl+O). Vous pouvez aussi déposer un fichier ici.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Connect to a back-end (its base URL; the description is looked for at the usual places):</source>
        <translation>Se connecter à un back-end (son URL de base&#xa0;; la description est cherchée aux emplacements habituels)&#xa0;:</translation>
    </message>
    <message>
        <source>https://xdr.example.org/api</source>
        <translation>https://xdr.example.org/api</translation>
    </message>
    <message>
        <source>Back-end URL</source>
        <translation>URL du back-end</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>Documents récents</translation>
    </message>
    <message>
        <source>Recent back-ends</source>
        <translation>Back-ends récents</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucun pour l’instant.</translation>
    </message>
    <message>
        <source>Connect to a back-end</source>
        <translation>Se connecter à un back-end</translation>
    </message>
    <message>
        <source>Base URL of the back-end (its description is looked for at the usual places):</source>
        <translation>URL de base du back-end (sa description est cherchée aux emplacements habituels)&#xa0;:</translation>
    </message>
    <message>
        <source>Workflows to try on the demo</source>
        <translation>Workflows à essayer sur la démo</translation>
    </message>
    <message>
        <source>Opens %1 in the workflow mode, beside the demo back-end&apos;s description.</source>
        <translation>Ouvre %1 dans le mode workflows, à côté de la description du back-end de démonstration.</translation>
    </message>
    <message>
        <source>Open a description or a workflow</source>
        <translation>Ouvrir une description ou un workflow</translation>
    </message>
    <message>
        <source>OpenAPI descriptions and Arazzo workflows (*.json *.yaml *.yml);;All files (*)</source>
        <translation>Descriptions OpenAPI et workflows Arazzo (*.json *.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Oxa::WorkflowDiagram</name>
    <message>
        <source>confirm</source>
        <translation>confirmation</translation>
    </message>
    <message>
        <source>asks</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>each</source>
        <translation>pour chaque</translation>
    </message>
    <message>
        <source>workflow</source>
        <translation>workflow</translation>
    </message>
    <message>
        <source>The workflow ends here, succeeded.</source>
        <translation>Le workflow se termine ici, réussi.</translation>
    </message>
    <message>
        <source>The workflow ends here, failed.</source>
        <translation>Le workflow se termine ici, en échec.</translation>
    </message>
    <message>
        <source>%1 calls %2, which cannot be found: %3</source>
        <translation>%1 appelle %2, introuvable&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 runs the workflow %2</source>
        <translation>%1 exécute le workflow %2</translation>
    </message>
    <message>
        <source>%1 calls %2</source>
        <translation>%1 appelle %2</translation>
    </message>
    <message>
        <source>%1 calls %2 (%3 %4)</source>
        <translation>%1 appelle %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Capability: %1; risk: %2</source>
        <translation>Capacité&#xa0;: %1&#xa0;; risque&#xa0;: %2</translation>
    </message>
    <message>
        <source>A person confirms this call, seeing the request, before it is sent.</source>
        <translation>Une personne confirme cet appel, la requête sous les yeux, avant son envoi.</translation>
    </message>
    <message numerus="yes">
        <source>A person is asked for %n value(s) first.</source>
        <translation>
            <numerusform>Une personne est d’abord invitée à donner %n valeur.</numerusform>
            <numerusform>Une personne est d’abord invitée à donner %n valeurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs once for each item of %1.</source>
        <translation>S’exécute une fois pour chaque élément de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n success criterion(s).</source>
        <translation>
            <numerusform>%n critère de réussite.</numerusform>
            <numerusform>%n critères de réussite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outputs: %1</source>
        <translation>Sorties&#xa0;: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>FLOW</source>
        <translation>FLUX</translation>
    </message>
    <message>
        <source>Workflow diagram</source>
        <translation>Diagramme du workflow</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
</context>
<context>
    <name>Oxa::WorkflowMode</name>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Workflow outline</source>
        <translation>Plan du workflow</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 could not be read as an Arazzo document (see the diagnostics).</source>
        <translation>%1 n’a pas pu être lu comme document Arazzo (voir les diagnostics).</translation>
    </message>
    <message>
        <source>%1 (not loaded)</source>
        <translation>%1 (non chargée)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 · Arazzo %3 · sources: %4 · %n error(s)</source>
        <translation>
            <numerusform>%1 — %2 · Arazzo %3 · sources&#xa0;: %4 · %n erreur</numerusform>
            <numerusform>%1 — %2 · Arazzo %3 · sources&#xa0;: %4 · %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs first: %1</source>
        <translation>Exécute d’abord&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>request body</source>
        <translation>corps de la requête</translation>
    </message>
    <message>
        <source>asks</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>for each</source>
        <translation>pour chaque</translation>
    </message>
    <message>
        <source>%1 as $inputs.%2</source>
        <translation>%1 comme $inputs.%2</translation>
    </message>
    <message>
        <source>succeeds when</source>
        <translation>réussit quand</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>sortie %1</translation>
    </message>
    <message>
        <source>Open an Arazzo workflow file (File ▸ Open Document…, or drop it here) to see its workflows, or try one on the demo back-end:</source>
        <translation>Ouvrez un fichier de workflows Arazzo (Fichier ▸ Ouvrir un document…, ou déposez-le ici) pour voir ses workflows, ou essayez-en un sur le back-end de démonstration&#xa0;:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>try %1</source>
        <translation>essai %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Triage an alert</source>
        <translation>Trier une alerte</translation>
    </message>
    <message>
        <source>Enrich a list of indicators</source>
        <translation>Enrichir une liste d’indicateurs</translation>
    </message>
    <message>
        <source>Contain an address and verify</source>
        <translation>Bloquer une adresse et vérifier</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>vous attend</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>‹ %1</source>
        <translation>‹ %1</translation>
    </message>
    <message>
        <source>Back to %1 (Alt+Left)</source>
        <translation>Revenir à %1 (Alt+Gauche)</translation>
    </message>
</context>
<context>
    <name>Oxa::WorkflowRunView</name>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>This workflow takes no inputs.</source>
        <translation>Ce workflow ne prend aucune entrée.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Run the workflow with these inputs (Ctrl+R). Response and destructive steps are confirmed first.</source>
        <translation>Exécuter le workflow avec ces entrées (Ctrl+R). Les étapes de réponse et destructrices sont d’abord confirmées.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Run trace</source>
        <translation>Trace de l’exécution</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>Détails de l’étape</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Exécution de %1…</translation>
    </message>
    <message>
        <source>%1: waiting %2 s (%3)</source>
        <translation>%1&#xa0;: attente de %2 s (%3)</translation>
    </message>
    <message>
        <source>Succeeded in %1 s.</source>
        <translation>Réussi en %1 s.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>its description&apos;s servers</source>
        <translation>les serveurs de sa description</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (production)</translation>
    </message>
    <message>
        <source>Environment of %1</source>
        <translation>Environnement de %1</translation>
    </message>
    <message>
        <source>Calls of %1 go to:</source>
        <translation>Les appels de %1 vont à&#xa0;:</translation>
    </message>
    <message>
        <source>The inputs are not valid: %1</source>
        <translation>Les entrées ne sont pas valides&#xa0;: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 — %2, attempt %3</source>
        <translation>%1 — %2, essai %3</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Appelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>Requête&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waited %1 s before this attempt.</source>
        <translation>%1 s d’attente avant cet essai.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>    %1 = %2</source>
        <translation>    %1 = %2</translation>
    </message>
    <message>
        <source>    %1</source>
        <translation>    %1</translation>
    </message>
    <message>
        <source>Output %1 = %2</source>
        <translation>Sortie %1 = %2</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Puis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Earlier runs</source>
        <translation>Exécutions précédentes</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the run shown as the console&apos;s JSON record (secrets masked), or as HAR 1.2 for other tools.</source>
        <translation>Enregistrer l’exécution affichée comme compte rendu JSON de la console (secrets masqués), ou en HAR 1.2 pour d’autres outils.</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Exécutions&#xa0;:</translation>
    </message>
    <message>
        <source>Export the Run</source>
        <translation>Exporter l’exécution</translation>
    </message>
    <message>
        <source>%1-run.json</source>
        <translation>%1-execution.json</translation>
    </message>
    <message>
        <source>none kept</source>
        <translation>aucune conservée</translation>
    </message>
    <message>
        <source>none kept yet</source>
        <translation>aucune conservée pour l’instant</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 s</source>
        <translation>%1 · %2 · %3 s</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>A kept run: %1, %2.</source>
        <translation>Une exécution conservée&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>For a room: larger cards, and %1 s between steps so that everyone can follow.</source>
        <translation>Pour une salle&#xa0;: des cartes plus grandes, et %1 s entre les étapes pour que chacun puisse suivre.</translation>
    </message>
    <message>
        <source>Run one step, then pause before the next (F10). Before a run, starts one that pauses before its first step.</source>
        <translation>Exécuter une étape, puis s’arrêter avant la suivante (F10). Hors exécution, en lance une qui s’arrête avant sa première étape.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause before the next step, or go on (F8). Nothing is sent while the run is paused.</source>
        <translation>S’arrêter avant l’étape suivante, ou reprendre (F8). Rien n’est envoyé pendant la pause.</translation>
    </message>
    <message>
        <source>Retry Step</source>
        <translation>Réessayer l’étape</translation>
    </message>
    <message>
        <source>Send the failed step again, as a new attempt (Ctrl+Shift+R).</source>
        <translation>Renvoyer l’étape en échec, comme une nouvelle tentative (Ctrl+Maj+R).</translation>
    </message>
    <message>
        <source>Wait on failure</source>
        <translation>Attendre sur échec</translation>
    </message>
    <message>
        <source>When a step&apos;s failure would end the run, wait: Retry Step sends it again, Continue lets the run end.</source>
        <translation>Quand l’échec d’une étape terminerait l’exécution, attendre : Réessayer l’étape la renvoie, Continuer laisse l’exécution se terminer.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <source>Play the run shown back offline, one step at a time, from its recorded answers: nothing reaches a back-end. For training.</source>
        <translation>Rejouer hors ligne l’exécution affichée, une étape à la fois, à partir de ses réponses enregistrées : rien n’atteint un back-end. Pour la formation.</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Run record (*.json);;HAR 1.2 (*.har);;PDF report (*.pdf)</source>
        <translation>Compte rendu d’exécution (*.json);;HAR 1.2 (*.har);;Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 failed: Retry Step sends it again, Continue lets the run end.</source>
        <translation>%1 a échoué : Réessayer l’étape la renvoie, Continuer laisse l’exécution se terminer.</translation>
    </message>
    <message>
        <source>Paused before %1.</source>
        <translation>En pause avant %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded answer(s) were not asked for.</source>
        <translation>
            <numerusform>%n réponse enregistrée n’a pas été demandée.</numerusform>
            <numerusform>%n réponses enregistrées n’ont pas été demandées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replayed: %1. The requests match the record.</source>
        <translation>Rejouée : %1. Les requêtes correspondent à l’enregistrement.</translation>
    </message>
    <message numerus="yes">
        <source>Replayed: %1. %n difference(s) from the record.</source>
        <translation>
            <numerusform>Rejouée : %1. %n différence avec l’enregistrement.</numerusform>
            <numerusform>Rejouée : %1. %n différences avec l’enregistrement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay of %1</source>
        <translation>Rejeu du %1</translation>
    </message>
    <message>
        <source>Replaying the run of %1 offline: Step or Continue.</source>
        <translation>Rejeu hors ligne de l’exécution du %1 : Étape ou Continuer.</translation>
    </message>
    <message>
        <source>Pausing before the next step…</source>
        <translation>Pause avant l’étape suivante…</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>Confirmé : %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>Oxa::WorkflowRunner</name>
    <message>
        <source>The criterion does not compile.</source>
        <translation>Le critère ne se compile pas.</translation>
    </message>
    <message numerus="yes">
        <source>The document has %n workflow(s): choose one of %1.</source>
        <translation>
            <numerusform>Le document a %n workflow&#xa0;: choisissez parmi %1.</numerusform>
            <numerusform>Le document a %n workflows&#xa0;: choisissez parmi %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no workflow &quot;%1&quot; (there are: %2).</source>
        <translation>Il n’y a pas de workflow &quot;%1&quot; (il y a&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The run took longer than %1 s and was stopped.</source>
        <translation>L’exécution a duré plus de %1 s et a été arrêtée.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>L’exécution a été annulée.</translation>
    </message>
    <message>
        <source>Workflows call one another deeper than %1 levels.</source>
        <translation>Les workflows s’appellent les uns les autres sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>The inputs of &quot;%1&quot; do not match its schema: %2</source>
        <translation>Les entrées de &quot;%1&quot; ne correspondent pas à son schéma&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; depends on &quot;%2&quot;, which failed: %3</source>
        <translation>&quot;%1&quot; dépend de &quot;%2&quot;, qui a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>Stopped after %1 step attempts (--max-steps): does a goto or a retry loop?</source>
        <translation>Arrêté après %1 tentatives d’étapes (--max-steps)&#xa0;: un goto ou un retry boucle-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>The value given for &quot;%1&quot; does not match its schema: %2</source>
        <translation>La valeur donnée pour &quot;%1&quot; ne correspond pas à son schéma&#xa0;: %2</translation>
    </message>
    <message>
        <source>x-oxa-foreach: %1 is not an array.</source>
        <translation>x-oxa-foreach&#xa0;: %1 n’est pas un tableau.</translation>
    </message>
    <message>
        <source>x-oxa-foreach: %1 has %2 items, more than maxItems (%3).</source>
        <translation>x-oxa-foreach&#xa0;: %1 a %2 éléments, plus que maxItems (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed.</source>
        <translation>
            <numerusform>%n élément a échoué.</numerusform>
            <numerusform>%n éléments ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1, and the step has no successCriteria: a 2xx was expected.</source>
        <translation>HTTP %1, et l’étape n’a pas de successCriteria&#xa0;: un 2xx était attendu.</translation>
    </message>
    <message>
        <source>No answer came.</source>
        <translation>Aucune réponse n’est venue.</translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation>Non satisfait&#xa0;: %1</translation>
    </message>
    <message>
        <source>Output &quot;%1&quot;: %2</source>
        <translation>Sortie &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot;: %2</source>
        <translation>Paramètre &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Request body: %1</source>
        <translation>Corps de la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request body: not JSON once its expressions are replaced (%1).</source>
        <translation>Corps de la requête&#xa0;: pas du JSON une fois ses expressions remplacées (%1).</translation>
    </message>
    <message>
        <source>Replacement %1: %2</source>
        <translation>Remplacement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Replacement %1: there is no such place in the payload.</source>
        <translation>Remplacement %1&#xa0;: cet endroit n’existe pas dans le contenu.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No call engine.</source>
        <translation>Pas de moteur d’appels.</translation>
    </message>
    <message>
        <source>Not confirmed.</source>
        <translation>Non confirmé.</translation>
    </message>
    <message>
        <source>Not sent: the call was not confirmed.</source>
        <translation>Non envoyé&#xa0;: l’appel n’a pas été confirmé.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot;: %2</source>
        <translation>L’étape &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; failed (%2); the action &quot;%3&quot; ends the workflow.</source>
        <translation>L’étape &quot;%1&quot; a échoué (%2)&#xa0;; l’action &quot;%3&quot; termine le workflow.</translation>
    </message>
    <message>
        <source>the answer&apos;s Retry-After</source>
        <translation>le Retry-After de la réponse</translation>
    </message>
    <message>
        <source>retryAfter of &quot;%1&quot;</source>
        <translation>retryAfter de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; failed: %2</source>
        <translation>L’étape &quot;%1&quot; a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Workflow output &quot;%1&quot;: %2</source>
        <translation>Sortie de workflow &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; asks for &quot;%2&quot;, and no value was given.</source>
        <translation>L’étape «&#xa0;%1&#xa0;» demande «&#xa0;%2&#xa0;», et aucune valeur n’a été donnée.</translation>
    </message>
    <message>
        <source>the presenter&apos;s pause</source>
        <translation>la pause de présentation</translation>
    </message>
</context>
<context>
    <name>ReferenceWalker</name>
    <message>
        <source>OpenAPI does not allow a $ref here; it is followed anyway</source>
        <translation>OpenAPI ne permet pas de $ref ici&#xa0;; elle est suivie quand même</translation>
    </message>
    <message>
        <source>&quot;%1&quot; beside a $ref is ignored</source>
        <translation>«&#xa0;%1&#xa0;» à côté d’une $ref est ignoré</translation>
    </message>
    <message>
        <source>The discriminator maps &quot;%1&quot; to %2, which cannot be resolved: %3</source>
        <translation>Le discriminant associe «&#xa0;%1&#xa0;» à %2, qui ne peut pas être résolu&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 leads back to itself through other references without reaching a value</source>
        <translation>%1 revient à elle-même par d’autres références sans atteindre de valeur</translation>
    </message>
    <message>
        <source>%1 is not a valid reference</source>
        <translation>%1 n’est pas une référence valide</translation>
    </message>
    <message>
        <source>%1 uses the &quot;%2&quot; scheme; only files and http(s) are followed</source>
        <translation>%1 utilise le schéma d’URL «&#xa0;%2&#xa0;»&#xa0;; seuls les fichiers et http(s) sont suivis</translation>
    </message>
    <message>
        <source>%1 cannot be resolved: %2</source>
        <translation>%1 ne peut pas être résolue&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 names an anchor; plain-name fragments are not resolved</source>
        <translation>%1 nomme une ancre&#xa0;; les fragments par nom simple ne sont pas résolus</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON pointer</source>
        <translation>%1 n’est pas un pointeur JSON valide</translation>
    </message>
    <message>
        <source>%1 cannot be resolved: %2 has no &quot;%3&quot;</source>
        <translation>%1 ne peut pas être résolue&#xa0;: %2 n’a pas de «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 goes through more than %2 references (the limit)</source>
        <translation>%1 passe par plus de %2 références (la limite)</translation>
    </message>
    <message>
        <source>%1 is a local file, and a downloaded document may not read local files</source>
        <translation>%1 est un fichier local, et un document téléchargé ne peut pas lire de fichiers locaux</translation>
    </message>
    <message>
        <source>%1 is outside the document&apos;s folder; allow references outside it to follow it</source>
        <translation>%1 est hors du dossier du document&#xa0;; autorisez les références hors de celui-ci pour la suivre</translation>
    </message>
    <message>
        <source>%1 is a remote (http) reference; allow remote references to follow it</source>
        <translation>%1 est une référence distante (http)&#xa0;; autorisez les références distantes pour la suivre</translation>
    </message>
    <message>
        <source>more than %1 documents are referenced (the limit)</source>
        <translation>plus de %1 documents sont référencés (la limite)</translation>
    </message>
    <message>
        <source>The referenced document %1 could not be loaded: %2</source>
        <translation>Le document référencé %1 n’a pas pu être chargé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n de plus</numerusform>
            <numerusform>et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refers to itself (a recursive structure)</source>
        <translation>%1 se désigne elle-même (une structure récursive)</translation>
    </message>
    <message>
        <source>These refer to each other in a cycle (a recursive structure): %1</source>
        <translation>Celles-ci se désignent les unes les autres en cycle (une structure récursive)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>The document names no server: type the back-end&apos;s base URL.</source>
        <translation>Le document ne nomme aucun serveur&#xa0;: saisissez l’URL de base du back-end.</translation>
    </message>
    <message>
        <source>The server %1 is not an http or https URL.</source>
        <translation>Le serveur %1 n’est pas une URL http ou https.</translation>
    </message>
    <message>
        <source>The path parameter %1 has no value.</source>
        <translation>Le paramètre de chemin %1 n’a pas de valeur.</translation>
    </message>
    <message>
        <source>The header %1 holds a line break, which would start another header.</source>
        <translation>L’en-tête %1 contient un saut de ligne, qui commencerait un autre en-tête.</translation>
    </message>
</context>
<context>
    <name>RequestCheck</name>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
</context>
<context>
    <name>ResultFilter</name>
    <message>
        <source>A quote is not closed.</source>
        <translation>Un guillemet n’est pas fermé.</translation>
    </message>
    <message>
        <source>No column %1.</source>
        <translation>Aucune colonne %1.</translation>
    </message>
    <message>
        <source>Not a regular expression: %1.</source>
        <translation>Pas une expression régulière&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not a network: %1 (write 10.0.0.0/8 or 2001:db8::/32).</source>
        <translation>Pas un réseau&#xa0;: %1 (écrivez 10.0.0.0/8 ou 2001:db8::/32).</translation>
    </message>
    <message>
        <source>%1 is a number column: %2 is not a number.</source>
        <translation>%1 est une colonne de nombres&#xa0;: %2 n’est pas un nombre.</translation>
    </message>
    <message>
        <source>%1 is a date-time column: write 2026-11-20 or 2026-11-20T10:00:00Z.</source>
        <translation>%1 est une colonne de dates et heures&#xa0;: écrivez 2026-11-20 ou 2026-11-20T10:00:00Z.</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Run of %1</source>
        <translation>Exécution de %1</translation>
    </message>
    <message>
        <source> · %1 s</source>
        <translation> · %1 s</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Document : %1</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Exécution : %1</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The other %1 step attempts are in the table above; the run&apos;s record has them all.</source>
        <translation>Les %1 autres tentatives d’étape sont dans la table ci-dessus ; le compte rendu de l’exécution les contient toutes.</translation>
    </message>
    <message>
        <source>%1, attempt %2 — %3</source>
        <translation>%1, tentative %2 — %3</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Appelle : %1</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>Requête : %1 %2</translation>
    </message>
    <message>
        <source>Confirmed by a person: %1</source>
        <translation>Confirmé par une personne : %1</translation>
    </message>
    <message>
        <source>Answer: HTTP %1</source>
        <translation>Réponse : HTTP %1</translation>
    </message>
    <message>
        <source>Waited %1 s before this attempt.</source>
        <translation>%1 s d’attente avant cette tentative.</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>Values seen</source>
        <translation>Valeurs vues</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Sorties :</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>RuntimeExpression</name>
    <message>
        <source>%1 finds nothing: %2</source>
        <translation>%1 ne trouve rien&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a runtime expression: %2</source>
        <translation>&quot;%1&quot; n’est pas une expression d’exécution&#xa0;: %2</translation>
    </message>
    <message>
        <source>it starts with $url, $method, $statusCode, $request., $response., $inputs., $outputs., $steps., $workflows., $sourceDescriptions. or $components.</source>
        <translation>elle commence par $url, $method, $statusCode, $request., $response., $inputs., $outputs., $steps., $workflows., $sourceDescriptions. ou $components.</translation>
    </message>
    <message>
        <source>nothing follows $%1</source>
        <translation>rien ne suit $%1</translation>
    </message>
    <message>
        <source>a &quot;.&quot; follows $%1</source>
        <translation>un &quot;.&quot; suit $%1</translation>
    </message>
    <message>
        <source>a header name follows &quot;header.&quot;</source>
        <translation>un nom d’en-tête suit &quot;header.&quot;</translation>
    </message>
    <message>
        <source>a header name is a token (RFC 9110)</source>
        <translation>un nom d’en-tête est un jeton (RFC 9110)</translation>
    </message>
    <message>
        <source>&quot;#&quot; is followed by a JSON pointer (RFC 6901)</source>
        <translation>&quot;#&quot; est suivi d’un pointeur JSON (RFC 6901)</translation>
    </message>
    <message>
        <source>&quot;body&quot; is followed by nothing or by &quot;#&quot; and a JSON pointer</source>
        <translation>&quot;body&quot; est suivi de rien, ou de &quot;#&quot; et d’un pointeur JSON</translation>
    </message>
    <message>
        <source>a parameter name follows</source>
        <translation>un nom de paramètre suit</translation>
    </message>
    <message>
        <source>header., query., path. or body follows</source>
        <translation>header., query., path. ou body suit</translation>
    </message>
    <message>
        <source>a name follows</source>
        <translation>un nom suit</translation>
    </message>
    <message>
        <source>a stepId follows</source>
        <translation>un stepId suit</translation>
    </message>
    <message>
        <source>a workflowId follows</source>
        <translation>un workflowId suit</translation>
    </message>
    <message>
        <source>write $workflows.&lt;workflowId&gt;.inputs.&lt;name&gt; or .outputs.&lt;name&gt;</source>
        <translation>écrivez $workflows.&lt;workflowId&gt;.inputs.&lt;nom&gt; ou .outputs.&lt;nom&gt;</translation>
    </message>
    <message>
        <source>a name follows &quot;%1.&quot;</source>
        <translation>un nom suit &quot;%1.&quot;</translation>
    </message>
    <message>
        <source>a source description&apos;s name follows</source>
        <translation>le nom d’une description source suit</translation>
    </message>
    <message>
        <source>url, an operationId or a workflowId follows</source>
        <translation>url, un operationId ou un workflowId suit</translation>
    </message>
    <message>
        <source>parameters., successActions., failureActions. or inputs. follows</source>
        <translation>parameters., successActions., failureActions. ou inputs. suit</translation>
    </message>
    <message>
        <source>a component&apos;s name follows</source>
        <translation>le nom d’un composant suit</translation>
    </message>
    <message>
        <source>nothing at the pointer &quot;%1&quot;</source>
        <translation>rien au pointeur &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there are no %1 here</source>
        <translation>il n’y a pas de %1 ici</translation>
    </message>
    <message>
        <source>%1 has no member &quot;%2&quot;</source>
        <translation>%1 n’a pas de membre &quot;%2&quot;</translation>
    </message>
    <message>
        <source>there is no %1 named &quot;%2&quot;</source>
        <translation>il n’y a pas de %1 nommé &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no request was made</source>
        <translation>aucune requête n’a été faite</translation>
    </message>
    <message>
        <source>no answer came</source>
        <translation>aucune réponse n’est venue</translation>
    </message>
    <message>
        <source>no header &quot;%1&quot;</source>
        <translation>pas d’en-tête &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no parameter &quot;%1&quot;</source>
        <translation>pas de paramètre &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no body</source>
        <translation>il n’y a pas de corps</translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation>le corps n’est pas du JSON</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entrées</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>sorties</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; has not run</source>
        <translation>l’étape &quot;%1&quot; ne s’est pas exécutée</translation>
    </message>
    <message>
        <source>the workflow &quot;%1&quot; has not run</source>
        <translation>le workflow &quot;%1&quot; ne s’est pas exécuté</translation>
    </message>
    <message>
        <source>there is no source description &quot;%1&quot;</source>
        <translation>il n’y a pas de description source &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the source description &quot;%1&quot; has no &quot;%2&quot;</source>
        <translation>la description source &quot;%1&quot; n’a pas de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>there is no component %1.%2</source>
        <translation>il n’y a pas de composant %1.%2</translation>
    </message>
</context>
<context>
    <name>SafeMarkdown</name>
    <message>
        <source>[image: %1]</source>
        <translation>[image&#xa0;: %1]</translation>
    </message>
    <message>
        <source>[image “%1”: %2]</source>
        <translation>[image «&#xa0;%1&#xa0;»&#xa0;: %2]</translation>
    </message>
    <message>
        <source>Link not followed: %1</source>
        <translation>Lien non suivi&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SchemaSet</name>
    <message>
        <source>The reference %1 points to nothing.</source>
        <translation>La référence %1 ne mène nulle part.</translation>
    </message>
    <message>
        <source>The reference %1 is malformed.</source>
        <translation>La référence %1 est mal formée.</translation>
    </message>
    <message>
        <source>The reference %1 leads to a document that was not read.</source>
        <translation>La référence %1 mène à un document qui n’a pas été lu.</translation>
    </message>
    <message>
        <source>The document of the reference %1 could not be read.</source>
        <translation>Le document de la référence %1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The reference %1 leads back to itself.</source>
        <translation>La référence %1 revient sur elle-même.</translation>
    </message>
    <message>
        <source>The reference %1 is a chain of references too long to follow.</source>
        <translation>La référence %1 est une chaîne de références trop longue à suivre.</translation>
    </message>
    <message>
        <source>The reference %1 has a form that is not supported.</source>
        <translation>La référence %1 a une forme non prise en charge.</translation>
    </message>
    <message>
        <source>No document or schema is known as %1.</source>
        <translation>Aucun document ni schéma ne porte le nom %1.</translation>
    </message>
    <message>
        <source>No schema has the anchor %1.</source>
        <translation>Aucun schéma n’a l’ancre %1.</translation>
    </message>
    <message>
        <source>The fragment of %1 is not a JSON pointer.</source>
        <translation>Le fragment de %1 n’est pas un pointeur JSON.</translation>
    </message>
    <message>
        <source>Nothing exists at %1.</source>
        <translation>Rien n’existe à %1.</translation>
    </message>
</context>
<context>
    <name>SchemaValidator</name>
    <message>
        <source>No value is allowed here.</source>
        <translation>Aucune valeur n’est permise ici.</translation>
    </message>
    <message>
        <source>The schema nests or recurses too deeply to be checked.</source>
        <translation>Le schéma s’imbrique ou se répète trop profondément pour être vérifié.</translation>
    </message>
    <message>
        <source>The value is not one of the allowed values.</source>
        <translation>La valeur ne fait pas partie des valeurs permises.</translation>
    </message>
    <message>
        <source>The value must be exactly %1.</source>
        <translation>La valeur doit être exactement %1.</translation>
    </message>
    <message>
        <source>The value matches a schema it must not match.</source>
        <translation>La valeur correspond à un schéma auquel elle ne doit pas correspondre.</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Attendu&#xa0;: %1, trouvé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Doit valoir au moins %1.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Doit valoir au plus %1.</translation>
    </message>
    <message>
        <source>Must be greater than %1.</source>
        <translation>Doit être supérieur à %1.</translation>
    </message>
    <message>
        <source>Must be less than %1.</source>
        <translation>Doit être inférieur à %1.</translation>
    </message>
    <message>
        <source>Must be a multiple of %1.</source>
        <translation>Doit être un multiple de %1.</translation>
    </message>
    <message>
        <source>Out of the range of the format %1.</source>
        <translation>Hors des limites du format %1.</translation>
    </message>
    <message>
        <source>The length must be at least %1.</source>
        <translation>La longueur doit être d’au moins %1.</translation>
    </message>
    <message>
        <source>The length must be at most %1.</source>
        <translation>La longueur doit être d’au plus %1.</translation>
    </message>
    <message>
        <source>Must match the pattern %1.</source>
        <translation>Doit correspondre au motif %1.</translation>
    </message>
    <message>
        <source>Not a valid %1.</source>
        <translation>%1 non valide.</translation>
    </message>
    <message>
        <source>The number of items must be at least %1.</source>
        <translation>Le nombre d’éléments doit être d’au moins %1.</translation>
    </message>
    <message>
        <source>The number of items must be at most %1.</source>
        <translation>Le nombre d’éléments doit être d’au plus %1.</translation>
    </message>
    <message>
        <source>Items %1 and %2 are equal; items must be unique.</source>
        <translation>Les éléments %1 et %2 sont égaux&#xa0;; les éléments doivent être uniques.</translation>
    </message>
    <message>
        <source>No item matches the required item schema.</source>
        <translation>Aucun élément ne correspond au schéma d’élément exigé.</translation>
    </message>
    <message>
        <source>The number of matching items must be at least %1.</source>
        <translation>Le nombre d’éléments correspondants doit être d’au moins %1.</translation>
    </message>
    <message>
        <source>The number of matching items must be at most %1.</source>
        <translation>Le nombre d’éléments correspondants doit être d’au plus %1.</translation>
    </message>
    <message>
        <source>The number of fields must be at least %1.</source>
        <translation>Le nombre de champs doit être d’au moins %1.</translation>
    </message>
    <message>
        <source>The number of fields must be at most %1.</source>
        <translation>Le nombre de champs doit être d’au plus %1.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This field is required when %1 is present.</source>
        <translation>Ce champ est obligatoire lorsque %1 est présent.</translation>
    </message>
    <message>
        <source>This field name is not allowed.</source>
        <translation>Ce nom de champ n’est pas permis.</translation>
    </message>
    <message>
        <source>The field %1 is not allowed here.</source>
        <translation>Le champ %1 n’est pas permis ici.</translation>
    </message>
    <message>
        <source>The value matches alternatives %1 and %2; it must match exactly one.</source>
        <translation>La valeur correspond aux variantes %1 et %2&#xa0;; elle doit correspondre à une seule.</translation>
    </message>
    <message>
        <source>The value matches none of the alternatives.</source>
        <translation>La valeur ne correspond à aucune des variantes.</translation>
    </message>
    <message>
        <source>The value does not match the schema.</source>
        <translation>La valeur ne correspond pas au schéma.</translation>
    </message>
</context>
<context>
    <name>SeriesInference</name>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>sum of %1</source>
        <translation>somme de %1</translation>
    </message>
    <message>
        <source>average of %1</source>
        <translation>moyenne de %1</translation>
    </message>
    <message>
        <source>minimum of %1</source>
        <translation>minimum de %1</translation>
    </message>
    <message>
        <source>maximum of %1</source>
        <translation>maximum de %1</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 selon %2</translation>
    </message>
    <message>
        <source>Records over %1</source>
        <translation>Enregistrements selon %1</translation>
    </message>
    <message>
        <source>Records over %1 by %2</source>
        <translation>Enregistrements selon %1, par %2</translation>
    </message>
    <message>
        <source>Records by %1</source>
        <translation>Enregistrements par %1</translation>
    </message>
    <message>
        <source>Spread of %1</source>
        <translation>Répartition de %1</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 en fonction de %2</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>%1 over %2 by %3</source>
        <translation>%1 selon %2, par %3</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
</context>
<context>
    <name>SpecLoader</name>
    <message>
        <source>The document is %1 bytes long, more than the limit of %2 bytes</source>
        <translation>Le document fait %1 octets, plus que la limite de %2 octets</translation>
    </message>
    <message>
        <source>The text is UTF-16 or UTF-32; it was converted to UTF-8</source>
        <translation>Le texte est en UTF-16 ou UTF-32&#xa0;; il a été converti en UTF-8</translation>
    </message>
    <message>
        <source>This is not an OpenAPI description: the document is a %1, not an object</source>
        <translation>Ce n’est pas une description OpenAPI&#xa0;: le document est un(e) %1, pas un objet</translation>
    </message>
    <message>
        <source>OpenAPI %1 is not a version we know; it is read as OpenAPI 3.1</source>
        <translation>OpenAPI %1 n’est pas une version connue&#xa0;; le document est lu comme de l’OpenAPI 3.1</translation>
    </message>
    <message>
        <source>&quot;openapi: %1&quot; is not a version we know; it is read as OpenAPI 3.0</source>
        <translation>«&#xa0;openapi: %1&#xa0;» n’est pas une version connue&#xa0;; le document est lu comme de l’OpenAPI 3.0</translation>
    </message>
    <message>
        <source>&quot;swagger: %1&quot; is not a version we know; it is read as Swagger 2.0</source>
        <translation>«&#xa0;swagger: %1&#xa0;» n’est pas une version connue&#xa0;; le document est lu comme du Swagger 2.0</translation>
    </message>
    <message>
        <source>The document says neither &quot;openapi&quot; nor &quot;swagger&quot;; it is read as OpenAPI 3.0</source>
        <translation>Le document ne dit ni «&#xa0;openapi&#xa0;» ni «&#xa0;swagger&#xa0;»&#xa0;; il est lu comme de l’OpenAPI 3.0</translation>
    </message>
    <message>
        <source>This is not an OpenAPI description: it has no &quot;openapi&quot;, &quot;swagger&quot; or &quot;paths&quot; field</source>
        <translation>Ce n’est pas une description OpenAPI&#xa0;: elle n’a pas de champ «&#xa0;openapi&#xa0;», «&#xa0;swagger&#xa0;» ou «&#xa0;paths&#xa0;»</translation>
    </message>
    <message>
        <source>Swagger 2.0 description converted to OpenAPI 3.0</source>
        <translation>Description Swagger 2.0 convertie en OpenAPI 3.0</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8; invalid bytes were replaced with U+FFFD, the first one here</source>
        <translation>Le texte n’est pas de l’UTF-8 valide&#xa0;; les octets invalides ont été remplacés par U+FFFD, le premier ici</translation>
    </message>
</context>
<context>
    <name>SwaggerConverter</name>
    <message>
        <source>An operation cannot have both body and formData parameters; the formData parameters are ignored</source>
        <translation>Une opération ne peut pas avoir à la fois des paramètres body et formData&#xa0;; les paramètres formData sont ignorés</translation>
    </message>
</context>
<context>
    <name>WorkflowGraph</name>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>then the next step</source>
        <translation>puis l’étape suivante</translation>
    </message>
    <message>
        <source>go to %1</source>
        <translation>aller à %1</translation>
    </message>
    <message>
        <source>go to the workflow %1</source>
        <translation>aller au workflow %1</translation>
    </message>
    <message numerus="yes">
        <source>retry up to %n time(s)</source>
        <translation>
            <numerusform>réessayer jusqu’à %n fois</numerusform>
            <numerusform>réessayer jusqu’à %n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>run %1, then retry (up to %n time(s))</source>
        <translation>
            <numerusform>exécuter %1, puis réessayer (jusqu’à %n fois)</numerusform>
            <numerusform>exécuter %1, puis réessayer (jusqu’à %n fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 s apart</source>
        <translation>, à %1 s d’intervalle</translation>
    </message>
    <message>
        <source>end the workflow as failed</source>
        <translation>terminer le workflow en échec</translation>
    </message>
    <message>
        <source>end the workflow</source>
        <translation>terminer le workflow</translation>
    </message>
    <message>
        <source>On failure, %1</source>
        <translation>En cas d’échec, %1</translation>
    </message>
    <message>
        <source>On success, %1</source>
        <translation>En cas de réussite, %1</translation>
    </message>
    <message>
        <source>, when %1</source>
        <translation>, quand %1</translation>
    </message>
</context>
<context>
    <name>WorkflowSources</name>
    <message>
        <source>The source &quot;%1&quot; is at %2: remote sources are read only when allowed (--allow-remote-sources), or give a local copy with --source %1=FILE.</source>
        <translation>La source &quot;%1&quot; est à %2&#xa0;: les sources distantes ne sont lues que si c’est permis (--allow-remote-sources), ou donnez-en une copie locale avec --source %1=FICHIER.</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is outside the workflow&apos;s folder (%2): allow it with --allow-outside-sources, or name it with --source %1=FILE.</source>
        <translation>La source &quot;%1&quot; est hors du dossier du workflow (%2)&#xa0;: permettez-la avec --allow-outside-sources, ou nommez-la avec --source %1=FICHIER.</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is an Arazzo document nested deeper than %2 levels.</source>
        <translation>La source &quot;%1&quot; est un document Arazzo imbriqué sur plus de %2 niveaux.</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; could not be read: %2</source>
        <translation>La source &quot;%1&quot; n’a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; (%2) could not be loaded: %3</source>
        <translation>La source &quot;%1&quot; (%2) n’a pas pu être chargée&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>The source &quot;%1&quot; loaded with %n error(s) of its own; oxa-cli validate lists them.</source>
        <translation>
            <numerusform>La source &quot;%1&quot; s’est chargée avec %n erreur propre&#xa0;; oxa-cli validate la liste.</numerusform>
            <numerusform>La source &quot;%1&quot; s’est chargée avec %n erreurs propres&#xa0;; oxa-cli validate les liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names no source description of this document.</source>
        <translation>%1 ne nomme aucune description source de ce document.</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is not an OpenAPI description that could be loaded.</source>
        <translation>La source &quot;%1&quot; n’est pas une description OpenAPI qui a pu être chargée.</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; has no operation &quot;%2&quot;.</source>
        <translation>La source &quot;%1&quot; n’a pas d’opération &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; has no operation &quot;%2&quot; (operationIds are case-sensitive: &quot;%3&quot;?).</source>
        <translation>La source &quot;%1&quot; n’a pas d’opération &quot;%2&quot; (les operationId distinguent la casse&#xa0;: &quot;%3&quot;&#xa0;?).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an operation of %2: write $sourceDescriptions.&lt;name&gt;.%1.</source>
        <translation>&quot;%1&quot; est une opération de %2&#xa0;: écrivez $sourceDescriptions.&lt;nom&gt;.%1.</translation>
    </message>
    <message>
        <source>No source description could be loaded to find &quot;%1&quot;.</source>
        <translation>Aucune description source n’a pu être chargée pour trouver &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No operation &quot;%1&quot; in %2.</source>
        <translation>Aucune opération &quot;%1&quot; dans %2.</translation>
    </message>
    <message>
        <source>No operation &quot;%1&quot; in %2 (operationIds are case-sensitive: &quot;%3&quot;?).</source>
        <translation>Aucune opération &quot;%1&quot; dans %2 (les operationId distinguent la casse&#xa0;: &quot;%3&quot;&#xa0;?).</translation>
    </message>
    <message>
        <source>An operationPath is {$sourceDescriptions.&lt;name&gt;.url}#&lt;JSON pointer&gt;.</source>
        <translation>Un operationPath est {$sourceDescriptions.&lt;nom&gt;.url}#&lt;pointeur JSON&gt;.</translation>
    </message>
    <message>
        <source>There is no source description named &quot;%1&quot;.</source>
        <translation>Aucune description source ne s’appelle &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; has no operation at %2.</source>
        <translation>La source &quot;%1&quot; n’a pas d’opération à %2.</translation>
    </message>
    <message>
        <source>%1 names no Arazzo source that could be loaded.</source>
        <translation>%1 ne nomme aucune source Arazzo qui a pu être chargée.</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; has no workflow &quot;%2&quot;.</source>
        <translation>La source &quot;%1&quot; n’a pas de workflow &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This document has no workflow &quot;%1&quot;.</source>
        <translation>Ce document n’a pas de workflow &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; does not resolve: %2</source>
        <translation>L’étape &quot;%1&quot; ne se résout pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>With several OpenAPI sources, write $sourceDescriptions.%1.%2 (found in &quot;%1&quot;).</source>
        <translation>Avec plusieurs sources OpenAPI, écrivez $sourceDescriptions.%1.%2 (trouvé dans &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is not at %2: the open description %3 is used instead.</source>
        <translation>La source «&#xa0;%1&#xa0;» n’est pas à %2&#xa0;: la description ouverte %3 est utilisée à la place.</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>A mapping key that is not a scalar cannot be represented in JSON; the entry is ignored</source>
        <translation>Une clé de mapping qui n’est pas un scalaire ne peut pas être représentée en JSON&#xa0;; l’entrée est ignorée</translation>
    </message>
    <message>
        <source>Nesting is deeper than the limit of %1 levels</source>
        <translation>L’imbrication dépasse la limite de %1 niveaux</translation>
    </message>
    <message>
        <source>The value of a merge key (&lt;&lt;) must be a mapping or a list of mappings; it is ignored</source>
        <translation>La valeur d’une clé de fusion (&lt;&lt;) doit être un mapping ou une liste de mappings&#xa0;; elle est ignorée</translation>
    </message>
    <message>
        <source>Merge keys (&lt;&lt;, from YAML 1.1) were applied</source>
        <translation>Des clés de fusion (&lt;&lt;, de YAML 1.1) ont été appliquées</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid !!%2; it is read as a string</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un !!%2 valide&#xa0;; il est lu comme une chaîne</translation>
    </message>
    <message>
        <source>Unknown tag %1: the value is read as if it had none</source>
        <translation>Étiquette inconnue %1&#xa0;: la valeur est lue comme si elle n’en avait pas</translation>
    </message>
    <message>
        <source>The alias *%1 refers to a node that contains it: recursive structures cannot be represented</source>
        <translation>L’alias *%1 désigne un nœud qui le contient&#xa0;: les structures récursives ne peuvent pas être représentées</translation>
    </message>
    <message>
        <source>The alias *%1 has no anchor before it</source>
        <translation>L’alias *%1 n’a pas d’ancre avant lui</translation>
    </message>
    <message>
        <source>Aliases expand to more than %1 nodes (the alias expansion limit): the document looks like an alias bomb</source>
        <translation>Les alias s’étendent à plus de %1 nœuds (la limite d’expansion des alias)&#xa0;: le document ressemble à une bombe d’alias</translation>
    </message>
    <message>
        <source>The YAML reader could not start</source>
        <translation>Le lecteur YAML n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>The text holds several YAML documents; only the first is read</source>
        <translation>Le texte contient plusieurs documents YAML&#xa0;; seul le premier est lu</translation>
    </message>
    <message>
        <source>Invalid YAML</source>
        <translation>YAML invalide</translation>
    </message>
    <message>
        <source>Invalid YAML: %1</source>
        <translation>YAML invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The document is empty</source>
        <translation>Le document est vide</translation>
    </message>
    <message>
        <source>The document is larger than 4 GiB</source>
        <translation>Le document dépasse 4 Gio</translation>
    </message>
    <message>
        <source>Invalid YAML: the text is not valid UTF-8</source>
        <translation>YAML invalide&#xa0;: le texte n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>Invalid YAML: a NUL character is not allowed</source>
        <translation>YAML invalide&#xa0;: un caractère NUL n’est pas permis</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <source>A desktop console for the back-ends of the Open XDR Architecture.</source>
        <translation>Une console de bureau pour les back-ends de l’Open XDR Architecture.</translation>
    </message>
    <message>
        <source>Use this language (en, fr) instead of the setting.</source>
        <translation>Utiliser cette langue (en, fr) au lieu du réglage.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Use this theme (system, light, dark) instead of the setting.</source>
        <translation>Utiliser ce thème (system, light, dark) au lieu du réglage.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>An OpenAPI description (file or URL), or a back-end&apos;s base URL.</source>
        <translation>Une description OpenAPI (fichier ou URL), ou l’URL de base d’un back-end.</translation>
    </message>
    <message>
        <source>[DOC_OR_URL]</source>
        <translation>[DOC_OU_URL]</translation>
    </message>
    <message>
        <source>Start the built-in demo back-end, open it and show the tour.</source>
        <translation>Démarrer le back-end de démo intégré, l’ouvrir et montrer la visite guidée.</translation>
    </message>
</context>
</TS>
