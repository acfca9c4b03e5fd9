// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// The request form, driven as a person would: typing, pasting, choosing, switching to JSON.
#include "catalog/catalog.h"
#include "document/specloader.h"
#include "form/fieldeditor.h"
#include "form/jsonedit.h"
#include "form/operationform.h"
#include "schema/schemaset.h"
#include "support/testdocuments.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Oxa;

namespace {

const QByteArray kDocument = R"(openapi: 3.1.0
info: {title: Forms, version: "1"}
paths:
  /hosts/{hostId}/isolate:
    post:
      operationId: isolateHost
      parameters:
        - {name: hostId, in: path, required: true, schema: {type: string, format: uuid}}
        - {name: dryRun, in: query, schema: {type: boolean}}
        - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 100}}
        - {name: X-Api-Key, in: header, schema: {type: string}}
        - {name: X-Request-Id, in: header, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Isolation'}
      responses: {'202': {description: accepted}}
  /iocs/search:
    post:
      operationId: searchIocs
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [ips]
              properties:
                ips: {type: array, items: {type: string, format: ipv4}, minItems: 1}
                observable:
                  oneOf: [{$ref: '#/components/schemas/Ip'}, {$ref: '#/components/schemas/Hash'}]
                  discriminator: {propertyName: kind, mapping: {ip: '#/components/schemas/Ip', hash: '#/components/schemas/Hash'}}
                until: {anyOf: [{type: string, format: date-time}, {type: 'null'}]}
                labels: {type: object, additionalProperties: {type: string}}
      responses: {'200': {description: ok}}
  /samples:
    post:
      operationId: submitSample
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file]
              properties:
                file: {type: string, format: binary}
                comment: {type: string}
          application/octet-stream:
            schema: {type: string, format: binary}
          text/plain:
            schema: {type: string}
      responses: {'200': {description: ok}}
  /trees:
    post:
      operationId: postTree
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Node'}
      responses: {'200': {description: ok}}
components:
  schemas:
    Isolation:
      type: object
      required: [reason, mode]
      properties:
        reason: {type: string, minLength: 5, description: Why the host is isolated}
        mode: {type: string, enum: [full, selective]}
        notify:
          type: object
          properties:
            email: {type: string, format: email}
            channels: {type: array, items: {type: string}}
        token: {type: string, format: password}
        id: {type: string, readOnly: true}
        steps: {type: array, items: {type: integer}}
    Ip:
      type: object
      required: [kind, value]
      properties: {kind: {const: ip}, value: {type: string, format: ipv4}}
    Hash:
      type: object
      required: [kind, sha256]
      properties: {kind: {const: hash}, sha256: {type: string, format: sha256}}
    Node:
      type: object
      required: [name]
      properties:
        name: {type: string}
        child: {$ref: '#/components/schemas/Node'}
)";

template<typename T>
T *find(QWidget *root, const QString &name)
{
    T *found = root->findChild<T *>(name);
    if (!found)
        qWarning("no %s", qPrintable(name));
    return found;
}

FieldEditor *field(QWidget *root, const QString &name)
{
    return find<FieldEditor>(root, name);
}

/** Types into the first line edit of an editor, as a person would. */
void type(FieldEditor *editor, const QString &text)
{
    auto *line = editor->findChild<QLineEdit *>();
    QVERIFY(line);
    line->clear();
    QTest::keyClicks(line, text);
}

struct Loaded
{
    std::shared_ptr<const Catalog> catalog;
    std::shared_ptr<SchemaSet> schemas;
};

Loaded load(const QByteArray &text)
{
    Loaded l;
    l.catalog = OxaTest::catalogFromText(text);
    if (l.catalog)
        l.schemas = std::make_shared<SchemaSet>(l.catalog->documentPointer());
    return l;
}

Loaded loadOxa()
{
    Loaded l;
    const QString path = OxaTest::oxaFixturePath();
    if (path.isEmpty())
        return l;
    LoadResult loaded = SpecLoader::load(path);
    Diagnostics diagnostics;
    l.catalog = Catalog::build(loaded.document, LoadLimits(), diagnostics);
    l.schemas = std::make_shared<SchemaSet>(loaded.document);
    return l;
}

QStringList problemTexts(const OperationForm &form)
{
    QStringList out;
    for (const FormProblem &p : form.problems())
        out << p.where + QStringLiteral(": ") + p.message;
    return out;
}

} // namespace

class TestOperationForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parametersAndNestedBody();
    void pastedListAndVariant();
    void rawJsonBothWays();
    void mediaTypesChooseTheirEditors();
    void itemsAndFieldsAddedMovedRemoved();
    void fillExampleResetAndRemember();
    void fillExampleTakesNamedExamples();
    void sendWarnsWhileInvalid();
    void keyboardAlone();
    void valuesKeptAcrossSessionsWithoutSecrets();
    void recursiveSchemaGrowsOnDemand();
    void hostileSchemasOpen();
    void oxaBulkSearchWithoutItems();
    void oxaSwaggerStyleParameter();
    void oxaParametersAreOneLine();
    void oxaNestedBodyWithEnums();
    void oxaNullableAnyOf();
};

void TestOperationForm::parametersAndNestedBody()
{
    const Loaded l = load(kDocument);
    QVERIFY(l.catalog);
    OperationForm form;
    form.resize(900, 700);
    form.setOperation(l.catalog,
                      l.schemas,
                      l.catalog->operationByKey(QStringLiteral("POST /hosts/{hostId}/isolate")));
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));

    // Empty: the path parameter and the body's required fields are missing.
    QVERIFY(
        problemTexts(form).contains(QStringLiteral("path hostId: This parameter is required.")));
    FieldEditor *hostId = field(&form, QStringLiteral("parameter:path:hostId"));
    QCOMPARE(hostId->messages(), QStringList{QStringLiteral("This parameter is required.")});

    type(hostId, QStringLiteral("not-a-uuid"));
    type(field(&form, QStringLiteral("parameter:query:limit")), QStringLiteral("500"));
    type(field(&form, QStringLiteral("field:reason")), QStringLiteral("bad"));
    form.validateNow();
    QCOMPARE(hostId->messages(), QStringList{QStringLiteral("Not a valid uuid.")});
    QCOMPARE(field(&form, QStringLiteral("parameter:query:limit"))->messages(),
             QStringList{QStringLiteral("Must be at most 100.")});
    QCOMPARE(field(&form, QStringLiteral("field:reason"))->messages(),
             QStringList{QStringLiteral("The length must be at least 5.")});
    QVERIFY(field(&form, QStringLiteral("field:mode")));
    // readOnly fields are not offered in a request; optional ones wait behind "Add field".
    QVERIFY(!form.findChild<FieldEditor *>(QStringLiteral("field:id")));
    QVERIFY(!form.findChild<FieldEditor *>(QStringLiteral("field:notify")));

    type(hostId, QStringLiteral("6f1c2b9e-8d4a-4c3e-9b7f-000000000001"));
    type(field(&form, QStringLiteral("parameter:query:limit")), QStringLiteral("25"));
    type(field(&form, QStringLiteral("field:reason")), QStringLiteral("Ransomware beacon"));
    auto *mode = field(&form, QStringLiteral("field:mode"))->findChild<QComboBox *>();
    mode->setCurrentIndex(mode->findText(QStringLiteral("selective")));
    // The optional boolean is tri-state and starts unset: it stays out of the request.
    auto *dryRun = field(&form, QStringLiteral("parameter:query:dryRun"))->findChild<QCheckBox *>();
    QCOMPARE(dryRun->checkState(), Qt::PartiallyChecked);
    form.validateNow();
    QVERIFY2(form.problems().isEmpty(), qPrintable(problemTexts(form).join(u'\n')));

    const RequestValues values = form.values();
    QCOMPARE(values.path.value(QStringLiteral("hostId")).toString(),
             QStringLiteral("6f1c2b9e-8d4a-4c3e-9b7f-000000000001"));
    QCOMPARE(values.query.value(QStringLiteral("limit")).toInteger(), 25);
    QVERIFY(!values.query.contains(QStringLiteral("dryRun")));
    QCOMPARE(values.body.toObject(),
             (QJsonObject{{QStringLiteral("reason"), QStringLiteral("Ransomware beacon")},
                          {QStringLiteral("mode"), QStringLiteral("selective")}}));
    QCOMPARE(values.mediaType, QStringLiteral("application/json"));
}

void TestOperationForm::pastedListAndVariant()
{
    const Loaded l = load(kDocument);
    OperationForm form;
    form.setOperation(l.catalog,
                      l.schemas,
                      l.catalog->operationByKey(QStringLiteral("POST /iocs/search")));
    form.show();

    // An IOC list pasted from a report: bullets, defanged addresses, commas.
    FieldEditor *ips = field(&form, QStringLiteral("field:ips"));
    auto *list = ips->findChild<QPlainTextEdit *>();
    QVERIFY(list);
    list->setFocus();
    list->insertPlainText(QStringLiteral("- 192.0.2[.]1\n- 198.51.100.7,\n- 300.1.1.1\n"));
    form.validateNow();
    QCOMPARE(form.values().body.toObject().value(QStringLiteral("ips")).toArray(),
             (QJsonArray{QStringLiteral("192.0.2.1"),
                         QStringLiteral("198.51.100.7"),
                         QStringLiteral("300.1.1.1")}));
    QCOMPARE(ips->messages(), QStringList{QStringLiteral("Item 3 (300.1.1.1): Not a valid ipv4.")});
    QCOMPARE(ips->findChild<QLabel *>(QStringLiteral("listCount"))->text(),
             QStringLiteral("3 item(s); 1 not an indicator: “300.1.1.1”"));
    QCOMPARE(list->extraSelections().size(), 1);

    // Two indicators on one line are two items; a line that is no indicator is marked.
    list->selectAll();
    list->insertPlainText(
        QStringLiteral("hxxp://bad.example/payload.exe, 198.51.100.7\nnot an ioc!\n"));
    QCOMPARE(form.values().body.toObject().value(QStringLiteral("ips")).toArray().size(), 3);
    QCOMPARE(ips->findChild<QLabel *>(QStringLiteral("listCount"))->text(),
             QStringLiteral("3 item(s); 1 not an indicator: “not an ioc!”"));
    QCOMPARE(list->extraSelections().size(), 1);
    QCOMPARE(list->extraSelections().front().cursor.selectedText(), QStringLiteral("not an ioc!"));

    // Optional fields come from the "Add field" menu, in document order.
    auto *add = ips->parentWidget()->parentWidget()->findChild<QToolButton *>(
        QStringLiteral("addFieldButton"));
    QVERIFY(add);
    QStringList offered;
    for (QAction *action : add->menu()->actions())
        offered << action->text();
    QVERIFY(offered.isEmpty()); // filled when shown
    Q_EMIT add->menu()->aboutToShow();
    for (QAction *action : add->menu()->actions())
        offered << action->text();
    QCOMPARE(offered,
             (QStringList{QStringLiteral("observable"),
                          QStringLiteral("until"),
                          QStringLiteral("labels")}));
    add->menu()->actions().at(0)->trigger();
    FieldEditor *observable = field(&form, QStringLiteral("field:observable"));
    auto *variant = observable->findChild<QComboBox *>(QStringLiteral("variantCombo"));
    QCOMPARE(variant->count(), 2);
    QCOMPARE(variant->itemText(1), QStringLiteral("Hash"));
    variant->setCurrentIndex(1);
    type(field(observable, QStringLiteral("field:sha256")), QStringLiteral("abc"));
    form.validateNow();
    // The discriminator is set by the choice of variant, and the hash is explained at its field.
    QCOMPARE(form.values().body.toObject().value(QStringLiteral("observable")).toObject(),
             (QJsonObject{{QStringLiteral("kind"), QStringLiteral("hash")},
                          {QStringLiteral("sha256"), QStringLiteral("abc")}}));
    QCOMPARE(field(observable, QStringLiteral("field:sha256"))->messages(),
             QStringList{QStringLiteral("Not a valid sha256.")});

    // A nullable date-time: "anyOf [X, null]" is X with a null switch.
    Q_EMIT add->menu()->aboutToShow();
    add->menu()->actions().at(0)->trigger(); // "until", the first one left
    FieldEditor *until = field(&form, QStringLiteral("field:until"));
    auto *null = until->findChild<QToolButton *>(QStringLiteral("nullButton"));
    QVERIFY(null);
    QVERIFY(until->findChild<QToolButton *>(QStringLiteral("calendarButton")));
    null->click();
    QVERIFY(form.values().body.toObject().value(QStringLiteral("until")).isNull());
}

void TestOperationForm::itemsAndFieldsAddedMovedRemoved()
{
    const Loaded l = load(kDocument);
    OperationForm form;
    form.setOperation(l.catalog,
                      l.schemas,
                      l.catalog->operationByKey(QStringLiteral("POST /hosts/{hostId}/isolate")));
    form.show();
    auto *add = field(&form, QStringLiteral("bodyEditor"))
                    ->findChild<QToolButton *>(QStringLiteral("addFieldButton"));
    Q_EMIT add->menu()->aboutToShow();
    for (QAction *action : add->menu()->actions()) {
        if (action->text() == u"steps")
            action->trigger();
    }
    FieldEditor *steps = field(&form, QStringLiteral("field:steps"));
    QVERIFY(steps);
    for (int i = 1; i <= 3; ++i) {
        QTest::mouseClick(steps->findChild<QPushButton *>(QStringLiteral("addItemButton")),
                          Qt::LeftButton);
        const auto items = steps->findChildren<FieldEditor *>();
        type(items.last(), QString::number(i * 10));
    }
    const auto body
        = [&] { return form.values().body.toObject().value(QStringLiteral("steps")).toArray(); };
    QCOMPARE(body(), (QJsonArray{10, 20, 30}));
    // Move the last item up, then remove the first: by the buttons, as a person would.
    QTest::mouseClick(steps->findChildren<QToolButton *>(QStringLiteral("moveUpButton")).at(2),
                      Qt::LeftButton);
    QCOMPARE(body(), (QJsonArray{10, 30, 20}));
    QTest::mouseClick(steps->findChildren<QToolButton *>(QStringLiteral("removeItemButton")).at(0),
                      Qt::LeftButton);
    QApplication::processEvents();
    QCOMPARE(body(), (QJsonArray{30, 20}));
    // The optional field goes as it came.
    QToolButton *removeField = nullptr;
    for (QToolButton *button :
         form.findChildren<QToolButton *>(QStringLiteral("removeFieldButton"))) {
        if (button->toolTip().contains(QStringLiteral("steps")))
            removeField = button;
    }
    QVERIFY(removeField);
    QTest::mouseClick(removeField, Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!form.findChild<FieldEditor *>(QStringLiteral("field:steps")));
    QVERIFY(!form.values().body.toObject().contains(QStringLiteral("steps")));
}

void TestOperationForm::mediaTypesChooseTheirEditors()
{
    const Loaded l = load(kDocument);
    OperationForm form;
    form.setOperation(l.catalog,
                      l.schemas,
                      l.catalog->operationByKey(QStringLiteral("POST /samples")));
    form.show();
    auto *media = find<QComboBox>(&form, QStringLiteral("mediaTypeCombo"));
    QCOMPARE(media->count(), 3);
    QVERIFY(media->isVisible());
    // Multipart: the binary field takes a file.
    media->setCurrentIndex(media->findText(QStringLiteral("multipart/form-data")));
    FieldEditor *file = field(&form, QStringLiteral("field:file"));
    QCOMPARE(int(file->field().shape), int(FieldShape::File));
    QVERIFY(file->findChild<QPushButton *>(QStringLiteral("chooseFileButton")));
    type(file, QStringLiteral("/tmp/sample.exe"));
    form.validateNow();
    QCOMPARE(form.values().mediaType, QStringLiteral("multipart/form-data"));
    QCOMPARE(form.values().body.toObject().value(QStringLiteral("file")).toString(),
             QStringLiteral("/tmp/sample.exe"));
    QVERIFY2(form.problems().isEmpty(), qPrintable(problemTexts(form).join(u'\n')));
    // Octet-stream: the whole body is a file; text/plain: a text.
    media->setCurrentIndex(media->findText(QStringLiteral("application/octet-stream")));
    QCOMPARE(int(field(&form, QStringLiteral("bodyEditor"))->field().shape), int(FieldShape::File));
    media->setCurrentIndex(media->findText(QStringLiteral("text/plain")));
    FieldEditor *text = field(&form, QStringLiteral("bodyEditor"));
    QCOMPARE(int(text->field().shape), int(FieldShape::MultiLine));
    text->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("line one\nline two"));
    QCOMPARE(form.values().body.toString(), QStringLiteral("line one\nline two"));
    form.validateNow();
    QVERIFY(form.problems().isEmpty());
}

void TestOperationForm::rawJsonBothWays()
{
    const Loaded l = load(kDocument);
    OperationForm form;
    form.setOperation(l.catalog,
                      l.schemas,
                      l.catalog->operationByKey(QStringLiteral("POST /hosts/{hostId}/isolate")));
    form.show();
    type(field(&form, QStringLiteral("field:reason")), QStringLiteral("Lateral movement"));
    QVERIFY(form.setRawMode(true));
    auto *raw = find<JsonEdit>(&form, QStringLiteral("rawBodyEdit"));
    QVERIFY(raw->toPlainText().contains(QStringLiteral("\"reason\": \"Lateral movement\"")));

    // A syntax error keeps the raw mode and says where it is.
    raw->setPlainText(
        QStringLiteral("{\n  \"reason\": \"Lateral movement\",\n  \"mode\": full\n}"));
    QVERIFY(!form.setRawMode(false));
    QVERIFY(form.isRawMode());
    const QString error = find<QLabel>(&form, QStringLiteral("rawBodyError"))->text();
    QVERIFY2(error.startsWith(QStringLiteral("Line 3, column 11")), qPrintable(error));

    raw->setPlainText(QStringLiteral("{\"reason\": \"Lateral movement\", \"mode\": \"full\", "
                                     "\"notify\": {\"email\": \"soc@example.com\"}}"));
    form.validateNow();
    QVERIFY2(form.problems().size() == 1, qPrintable(problemTexts(form).join(u'\n'))); // hostId only
    QVERIFY(form.setRawMode(false));
    // The form took the text's values, the optional object included.
    QVERIFY(field(&form, QStringLiteral("field:notify")));
    QCOMPARE(field(&form, QStringLiteral("field:email"))->value().toString(),
             QStringLiteral("soc@example.com"));
    QCOMPARE(field(&form, QStringLiteral("field:mode"))->value().toString(), QStringLiteral("full"));
}

void TestOperationForm::fillExampleResetAndRemember()
{
    const Loaded l = load(kDocument);
    OperationForm form;
    const Operation *isolate
        = l.catalog->operationByKey(QStringLiteral("POST /hosts/{hostId}/isolate"));
    const Operation *search = l.catalog->operationByKey(QStringLiteral("POST /iocs/search"));
    form.setOperation(l.catalog, l.schemas, isolate);
    form.fillExample();
    QVERIFY2(form.problems().isEmpty(), qPrintable(problemTexts(form).join(u'\n')));
    const RequestValues filled = form.values();
    QVERIFY(filled.body.toObject().contains(QStringLiteral("reason")));

    // Another operation, then back: the values are still there (and across a reload).
    form.setOperation(l.catalog, l.schemas, search);
    QVERIFY(form.values().body.isUndefined());
    const Loaded reloaded = load(kDocument);
    form.setOperation(reloaded.catalog,
                      reloaded.schemas,
                      reloaded.catalog->operationByKey(
                          QStringLiteral("POST /hosts/{hostId}/isolate")));
    QCOMPARE(form.values(), filled);

    form.reset();
    QVERIFY(form.values().body.isUndefined() || form.values().body.toObject().isEmpty());
    QVERIFY(form.values().path.isEmpty());
}

void TestOperationForm::fillExampleTakesNamedExamples()
{
    // The first named example of a parameter and of a body, when the schema accepts it.
    const Loaded l = load("openapi: 3.1.0\n"
                          "info: {title: Named, version: '1'}\n"
                          "paths:\n"
                          "  /lookup:\n"
                          "    post:\n"
                          "      parameters:\n"
                          "        - name: source\n"
                          "          in: query\n"
                          "          required: true\n"
                          "          schema: {type: string}\n"
                          "          examples: {feed: {value: oca-feed}, other: {value: x}}\n"
                          "      requestBody:\n"
                          "        content:\n"
                          "          application/json:\n"
                          "            schema:\n"
                          "              type: object\n"
                          "              required: [indicators]\n"
                          "              properties: {indicators: {type: array, items: {type: "
                          "string}}}\n"
                          "            examples:\n"
                          "              report: {value: {indicators: [203.0.113.66, "
                          "login.example.net]}}\n"
                          "      responses: {'200': {description: ok}}\n");
    QVERIFY(l.catalog);
    OperationForm form;
    form.setOperation(l.catalog, l.schemas, l.catalog->operationByKey(u"POST /lookup"));
    form.fillExample();
    QCOMPARE(form.values().query.value(u"source").toString(), QStringLiteral("oca-feed"));
    QCOMPARE(form.values().body.toObject().value(u"indicators").toArray(),
             QJsonArray({QStringLiteral("203.0.113.66"), QStringLiteral("login.example.net")}));
}

void TestOperationForm::valuesKeptAcrossSessionsWithoutSecrets()
{
    QTemporaryDir dir;
    const QString memory = dir.filePath(QStringLiteral("forms/form-values.json"));
    const Loaded l = load(kDocument);
    const Operation *isolate
        = l.catalog->operationByKey(QStringLiteral("POST /hosts/{hostId}/isolate"));
    {
        OperationForm form;
        form.setMemoryPath(memory);
        form.setOperation(l.catalog, l.schemas, isolate);
        type(field(&form, QStringLiteral("parameter:path:hostId")),
             QStringLiteral("6f1c2b9e-8d4a-4c3e-9b7f-000000000002"));
        type(field(&form, QStringLiteral("parameter:header:X-Api-Key")),
             QStringLiteral("k3y-never-on-disk"));
        type(field(&form, QStringLiteral("parameter:header:X-Request-Id")),
             QStringLiteral("req-77"));
        type(field(&form, QStringLiteral("field:reason")), QStringLiteral("Beaconing to C2"));
        auto *add = form.findChild<QToolButton *>(QStringLiteral("addFieldButton"));
        Q_EMIT add->menu()->aboutToShow();
        for (QAction *action : add->menu()->actions()) {
            if (action->text() == u"token")
                action->trigger();
        }
        type(field(&form, QStringLiteral("field:token")), QStringLiteral("p4ssw0rd-never-on-disk"));
        // Within the session, everything comes back.
        form.setOperation(l.catalog,
                          l.schemas,
                          l.catalog->operationByKey(QStringLiteral("POST /trees")));
        form.setOperation(l.catalog, l.schemas, isolate);
        QCOMPARE(form.values().header.value(QStringLiteral("X-Api-Key")).toString(),
                 QStringLiteral("k3y-never-on-disk"));
        QCOMPARE(form.values().body.toObject().value(QStringLiteral("token")).toString(),
                 QStringLiteral("p4ssw0rd-never-on-disk"));
    }
    QFile file(memory);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("Beaconing to C2"));
    QVERIFY(!stored.contains("never-on-disk"));

    // A new session: the values come back from the file, the secrets do not.
    OperationForm later;
    later.setMemoryPath(memory);
    later.setOperation(l.catalog, l.schemas, isolate);
    const RequestValues values = later.values();
    QCOMPARE(values.path.value(QStringLiteral("hostId")).toString(),
             QStringLiteral("6f1c2b9e-8d4a-4c3e-9b7f-000000000002"));
    QCOMPARE(values.header.value(QStringLiteral("X-Request-Id")).toString(),
             QStringLiteral("req-77"));
    QVERIFY(!values.header.contains(QStringLiteral("X-Api-Key")));
    QCOMPARE(values.body.toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("Beaconing to C2"));
    QVERIFY(!values.body.toObject().contains(QStringLiteral("token")));

    // Reset forgets them everywhere; a broken file is ignored.
    later.reset();
    later.setOperation(nullptr, nullptr, nullptr);
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Beaconing to C2"));
    file.close();
    QFile::remove(memory);
    QFile broken(memory);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"entries\": [1, 2");
    broken.close();
    OperationForm third;
    third.setMemoryPath(memory);
    third.setOperation(l.catalog, l.schemas, isolate);
    QVERIFY(third.values().path.isEmpty());
}

void TestOperationForm::keyboardAlone()
{
    const Loaded l = load(kDocument);
    OperationForm form;
    form.setOperation(l.catalog,
                      l.schemas,
                      l.catalog->operationByKey(QStringLiteral("POST /hosts/{hostId}/isolate")));
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    form.activateWindow();
    FieldEditor *hostId = field(&form, QStringLiteral("parameter:path:hostId"));
    hostId->setFocus();
    QTRY_VERIFY(hostId->findChild<QLineEdit *>()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(),
                     QStringLiteral("6f1c2b9e-8d4a-4c3e-9b7f-000000000003"));
    // Tab walks the fields in order: the next parameter is the tri-state dryRun box; space sets it.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QWidget *dryRun
        = field(&form, QStringLiteral("parameter:query:dryRun"))->findChild<QCheckBox *>();
    QTRY_COMPARE(QApplication::focusWidget(), dryRun);
    QTest::keyClick(dryRun, Qt::Key_Space);
    QCOMPARE(form.values().query.value(QStringLiteral("dryRun")), QJsonValue(true));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5"));
    QCOMPARE(form.values().query.value(QStringLiteral("limit")).toInteger(), 5);
    // Ctrl+Return sends from anywhere in the form.
    QList<RequestValues> sent;
    connect(&form,
            &OperationForm::sendRequested,
            this,
            [&](const QString &, const RequestValues &v) { sent << v; });
    form.setSendQuestion([](const QList<FormProblem> &) { return true; });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.front().path.value(QStringLiteral("hostId")).toString(),
             QStringLiteral("6f1c2b9e-8d4a-4c3e-9b7f-000000000003"));
}

void TestOperationForm::sendWarnsWhileInvalid()
{
    const Loaded l = load(kDocument);
    OperationForm form;
    form.setOperation(l.catalog,
                      l.schemas,
                      l.catalog->operationByKey(QStringLiteral("POST /hosts/{hostId}/isolate")));
    int asked = 0;
    bool answer = false;
    form.setSendQuestion([&](const QList<FormProblem> &problems) {
        ++asked;
        return !problems.isEmpty() && answer;
    });
    QList<RequestValues> sent;
    connect(&form,
            &OperationForm::sendRequested,
            this,
            [&](const QString &, const RequestValues &v) { sent << v; });
    form.send();
    QCOMPARE(asked, 1);
    QVERIFY(sent.isEmpty()); // refused
    answer = true;
    form.send();
    QCOMPARE(sent.size(), 1); // "send anyway"
    form.fillExample();
    form.send();
    QCOMPARE(asked, 2); // valid: no question
    QCOMPARE(sent.size(), 2);
}

void TestOperationForm::recursiveSchemaGrowsOnDemand()
{
    const Loaded l = load(kDocument);
    OperationForm form;
    form.setOperation(l.catalog,
                      l.schemas,
                      l.catalog->operationByKey(QStringLiteral("POST /trees")));
    form.show();
    // Each step adds one level, and a level is built only when it is opened.
    FieldEditor *scope = field(&form, QStringLiteral("bodyEditor"));
    for (int level = 1; level <= 6; ++level) {
        auto *add = scope->findChild<QToolButton *>(QStringLiteral("addFieldButton"));
        QVERIFY(add);
        Q_EMIT add->menu()->aboutToShow();
        QCOMPARE(add->menu()->actions().at(0)->text(), QStringLiteral("child"));
        add->menu()->actions().at(0)->trigger();
        FieldEditor *child = scope->findChild<FieldEditor *>(QStringLiteral("field:child"));
        QVERIFY(child);
        auto *expand = child->findChild<QToolButton *>(QStringLiteral("expandButton"));
        if (!child->findChild<FieldEditor *>(QStringLiteral("field:name"))) {
            QVERIFY(level >= 2); // deeper levels start closed, with nothing built
            expand->click();
        }
        QVERIFY(child->findChild<FieldEditor *>(QStringLiteral("field:name")));
        type(child->findChild<FieldEditor *>(QStringLiteral("field:name")),
             QStringLiteral("level%1").arg(level));
        scope = child;
    }
    QCOMPARE(form.findChildren<FieldEditor *>(QStringLiteral("field:child")).size(), 6);
    form.validateNow();
    QCOMPARE(problemTexts(form), QStringList{QStringLiteral("body /name: This field is required.")});
    QCOMPARE(form.values()
                 .body.toObject()
                 .value(QStringLiteral("child"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("level1"));
}

void TestOperationForm::hostileSchemasOpen()
{
    QByteArray wide = "openapi: 3.1.0\ninfo: {title: H, version: '1'}\npaths:\n  /wide:\n    "
                      "post:\n      requestBody:\n"
                      "        content:\n          application/json:\n            schema:\n        "
                      "      type: object\n"
                      "              properties:\n";
    for (int i = 0; i < 5000; ++i)
        wide += "                p" + QByteArray::number(i) + ": {type: string}\n";
    wide
        += "              required: [p0, p1]\n      responses: {'200': {description: ok}}\n  "
           "/enum:\n    post:\n"
           "      requestBody:\n        content:\n          application/json:\n            "
           "schema:\n"
           "              type: object\n              required: [code]\n              properties:\n"
           "                code: {enum: [";
    for (int i = 0; i < 100000; ++i)
        wide += (i ? ", " : "") + QByteArray("c") + QByteArray::number(i);
    wide += "]}\n      responses: {'200': {description: ok}}\n";
    const Loaded l = load(wide);
    QVERIFY(l.catalog);
    OperationForm form;
    form.show();
    QElapsedTimer timer;
    timer.start();
    form.setOperation(l.catalog, l.schemas, l.catalog->operationByKey(QStringLiteral("POST /wide")));
    QApplication::processEvents();
    const qint64 wideMs = timer.restart();
    form.setOperation(l.catalog, l.schemas, l.catalog->operationByKey(QStringLiteral("POST /enum")));
    QApplication::processEvents();
    const qint64 enumMs = timer.elapsed();
    qInfo("5,000 properties: %lld ms; 100,000 enum values: %lld ms", wideMs, enumMs);
    auto *combo = field(&form, QStringLiteral("field:code"))->findChild<QComboBox *>();
    QCOMPARE(combo->count(), 100001);
    QVERIFY(combo->isEditable()); // searchable
    // A guard against a hang, not a figure: the benchmark measures.
    QVERIFY(wideMs < 10000 && enumMs < 10000);
}

void TestOperationForm::oxaBulkSearchWithoutItems()
{
    const Loaded l = loadOxa();
    if (!l.catalog)
        QSKIP("The OXA fixture is not beside the checkout (../shared/fixtures)");
    OperationForm form;
    form.setOperation(l.catalog,
                      l.schemas,
                      l.catalog->operationByKey(
                          QStringLiteral("POST /cti/observables/bulk-search")));
    form.show();
    // Nothing in the body is required, and it is small: its fields are shown at once, empty
    // ones sending nothing.
    QVERIFY(form.findChild<FieldEditor *>(QStringLiteral("field:searches")));
    QVERIFY(form.findChild<FieldEditor *>(QStringLiteral("field:with_indicated_threats")));
    QCOMPARE(form.values().body.toObject(), QJsonObject());
    // "searches" has no items schema: a JSON editor that also reads a pasted list.
    FieldEditor *searches = field(&form, QStringLiteral("field:searches"));
    auto *edit = searches->findChild<JsonEdit *>();
    QVERIFY(edit);
    edit->setFocus();
    edit->insertPlainText(
        QStringLiteral("203.0.113.5\nevil[.]example\n44d88612fea8a8f36de82e1278abb02f"));
    QCOMPARE(find<QLabel>(searches, QStringLiteral("jsonHint"))->text(),
             QStringLiteral("Read as a list of 3 text items"));
    auto *threats
        = field(&form, QStringLiteral("field:with_indicated_threats"))->findChild<QCheckBox *>();
    threats->setCheckState(Qt::Checked);
    form.validateNow();
    QVERIFY2(form.problems().isEmpty(), qPrintable(problemTexts(form).join(u'\n')));
    QCOMPARE(form.values().body.toObject(),
             (QJsonObject{{QStringLiteral("with_indicated_threats"), true},
                          {QStringLiteral("searches"),
                           QJsonArray{QStringLiteral("203.0.113.5"),
                                      QStringLiteral("evil.example"),
                                      QStringLiteral("44d88612fea8a8f36de82e1278abb02f")}}}));
    // Real JSON is taken as it is.
    edit->setPlainText(QStringLiteral("[{\"value\": \"x\"}]"));
    QCOMPARE(form.values()
                 .body.toObject()
                 .value(QStringLiteral("searches"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toString(),
             QStringLiteral("x"));
}

void TestOperationForm::oxaSwaggerStyleParameter()
{
    const Loaded l = loadOxa();
    if (!l.catalog)
        QSKIP("The OXA fixture is not beside the checkout (../shared/fixtures)");
    OperationForm form;
    form.setOperation(l.catalog,
                      l.schemas,
                      l.catalog->operationByKey(QStringLiteral("GET /conf/alerts/categories")));
    form.show();
    // `limit` is written Swagger-2 style (type without schema): still an integer field.
    FieldEditor *limit = field(&form, QStringLiteral("parameter:query:limit"));
    QCOMPARE(int(limit->field().shape), int(FieldShape::Integer));
    type(limit, QStringLiteral("ten"));
    form.validateNow();
    QCOMPARE(limit->messages(), QStringList{QStringLiteral("Expected integer, found string.")});
    type(limit, QStringLiteral("10"));
    form.validateNow();
    QVERIFY(limit->messages().isEmpty());
    QCOMPARE(form.values().query.value(QStringLiteral("limit")).toInteger(), 10);
}

void TestOperationForm::oxaParametersAreOneLine()
{
    // §11: path parameters in tall multi-line boxes. A value that travels in a path, a query,
    // a header or a cookie is one line, on every operation of the document as published.
    const Loaded l = loadOxa();
    if (!l.catalog)
        QSKIP("The OXA fixture is not beside the checkout (../shared/fixtures)");
    OperationForm form;
    form.show();
    int parameters = 0;
    QStringList tall;
    for (const Operation &operation : l.catalog->operations()) {
        form.setOperation(l.catalog, l.schemas, &operation);
        const QList<FieldEditor *> editors = form.findChildren<FieldEditor *>();
        for (const FieldEditor *editor : editors) {
            if (!editor->objectName().startsWith(QStringLiteral("parameter:")))
                continue;
            ++parameters;
            // A list of values (explode: one per line) may take lines; nothing else does.
            const FieldShape shape = editor->field().shape;
            const bool list = shape == FieldShape::StringList || shape == FieldShape::Array;
            if ((!list || editor->objectName().startsWith(QStringLiteral("parameter:path:")))
                && !editor->findChildren<QPlainTextEdit *>().isEmpty())
                tall << operation.key + u' ' + editor->objectName();
        }
    }
    QVERIFY(parameters > 300);
    QVERIFY2(tall.isEmpty(), qPrintable(tall.mid(0, 10).join(u'\n')));
}

void TestOperationForm::oxaNestedBodyWithEnums()
{
    const Loaded l = loadOxa();
    if (!l.catalog)
        QSKIP("The OXA fixture is not beside the checkout (../shared/fixtures)");
    OperationForm form;
    form.setOperation(l.catalog,
                      l.schemas,
                      l.catalog->operationByKey(QStringLiteral("POST /telemetry/events")));
    form.show();
    FieldEditor *latest = field(&form, QStringLiteral("field:latest"));
    FieldEditor *earliest = field(&form, QStringLiteral("field:earliest"));
    QCOMPARE(int(latest->field().shape), int(FieldShape::DateTime));
    form.validateNow();
    QCOMPARE(latest->messages(), QStringList{QStringLiteral("This field is required.")});
    type(latest, QStringLiteral("2026-11-23T12:00:00Z"));
    type(earliest, QStringLiteral("yesterday"));
    form.validateNow();
    QVERIFY(latest->messages().isEmpty());
    QCOMPARE(earliest->messages(), QStringList{QStringLiteral("Not a valid date-time.")});
    type(earliest, QStringLiteral("2026-11-22T12:00:00Z"));

    // The optional enum and the nested filter object.
    auto *add = form.findChild<QToolButton *>(QStringLiteral("addFieldButton"));
    Q_EMIT add->menu()->aboutToShow();
    QStringList offered;
    for (QAction *action : add->menu()->actions())
        offered << action->text();
    QVERIFY2(offered.contains(QStringLiteral("bin_size"))
                 && offered.contains(QStringLiteral("filters")),
             qPrintable(offered.join(u',')));
    for (QAction *action : add->menu()->actions()) {
        if (action->text() == u"bin_size" || action->text() == u"groups")
            action->trigger();
    }
    auto *bin = field(&form, QStringLiteral("field:bin_size"))->findChild<QComboBox *>();
    bin->setCurrentIndex(bin->findText(QStringLiteral("week")));
    // groups: an array of enum items, one editor per item.
    FieldEditor *groups = field(&form, QStringLiteral("field:groups"));
    groups->findChild<QPushButton *>(QStringLiteral("addItemButton"))->click();
    auto *group = groups->findChild<QComboBox *>(QStringLiteral("enumCombo"));
    group->setCurrentIndex(group->findText(QStringLiteral("entity_uuid")));
    form.validateNow();
    QVERIFY2(form.problems().isEmpty(), qPrintable(problemTexts(form).join(u'\n')));
    const QJsonObject body = form.values().body.toObject();
    QCOMPARE(body.value(QStringLiteral("bin_size")).toString(), QStringLiteral("week"));
    QCOMPARE(body.value(QStringLiteral("groups")).toArray(),
             QJsonArray{QStringLiteral("entity_uuid")});
    QCOMPARE(body.value(QStringLiteral("earliest")).toString(),
             QStringLiteral("2026-11-22T12:00:00Z"));
}

void TestOperationForm::oxaNullableAnyOf()
{
    const Loaded l = loadOxa();
    if (!l.catalog)
        QSKIP("The OXA fixture is not beside the checkout (../shared/fixtures)");
    OperationForm form;
    form.setOperation(l.catalog,
                      l.schemas,
                      l.catalog->operationByKey(QStringLiteral("GET /asset-management/assets")));
    form.show();
    // anyOf [boolean, null] is a tri-state boolean with a null switch.
    FieldEditor *reviewed = nullptr;
    FieldEditor *search = nullptr;
    reviewed = field(&form, QStringLiteral("parameter:query:reviewed"));
    search = field(&form, QStringLiteral("parameter:query:search"));
    QVERIFY(reviewed && search);
    QCOMPARE(int(reviewed->field().shape), int(FieldShape::Boolean));
    QVERIFY(reviewed->field().nullable);
    reviewed->findChild<QCheckBox *>()->setCheckState(Qt::Unchecked);
    type(search, QStringLiteral("web-01"));
    form.validateNow();
    QVERIFY2(form.problems().isEmpty(), qPrintable(problemTexts(form).join(u'\n')));
    const QJsonObject query = form.values().query;
    QCOMPARE(query.value(reviewed->objectName().section(u':', 2)), QJsonValue(false));
    QCOMPARE(query.value(search->objectName().section(u':', 2)).toString(),
             QStringLiteral("web-01"));
    search->findChild<QToolButton *>(QStringLiteral("nullButton"))->click();
    QVERIFY(form.values().query.value(search->objectName().section(u':', 2)).isNull());
}

QTEST_MAIN(TestOperationForm)
#include "tst_operationform.moc"
