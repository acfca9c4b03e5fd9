// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// Every translation is complete and keeps the placeholders and shortcuts of its source, and the
// compiled catalogues are embedded where Appearance::installTranslators looks for them.
#include "testconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList forms; // one, or the numerus forms
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{context, {}, {}, false};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            const QStringView type = xml.attributes().value(QLatin1StringView("type"));
            current.unfinished = type == u"unfinished" || type == u"vanished";
            // Either text, or numerusform children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    current.forms << xml.readElementText();
            }
            if (current.forms.isEmpty())
                current.forms << text;
            messages << current;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%(?:\\d+|n)"_s);
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(OXA_TRANSLATIONS_DIR));
        const QStringList files = dir.entryList({u"*.ts"_s}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void complete()
    {
        QFETCH(QString, path);
        const QList<Message> messages = readTs(path);
        // English is the source language: its file only gives plural forms their two spellings.
        const bool pluralsOnly = path.endsWith(u"_en.ts"_s);
        QVERIFY(messages.size() > (pluralsOnly ? 10 : 100));
        QStringList problems;
        int plurals = 0;
        for (const Message &m : messages) {
            const QString where = m.context + u": " + m.source.left(60);
            if (pluralsOnly && !m.source.contains(u"%n"_s))
                continue;
            plurals += m.source.contains(u"%n"_s) ? 1 : 0;
            if (m.unfinished || m.forms.contains(QString()))
                problems << u"untranslated: "_s + where;
            for (const QString &form : m.forms) {
                if (placeholders(form) != placeholders(m.source))
                    problems << u"placeholders differ: "_s + where;
                // A menu text keeps one shortcut letter.
                if (m.source.count(u'&') == 1 && form.count(u'&') != 1)
                    problems << u"shortcut lost: "_s + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(u'\n')));
        QVERIFY(plurals > 0);
    }

    void frenchKeepsItsAccents()
    {
        // A capital keeps its accent in French ("Étiquettes", not "Etiquettes"): a word that
        // starts with a bare E while the catalogue spells the same word with é or è elsewhere
        // lost it.
        const QList<Message> messages
            = readTs(QStringLiteral(OXA_TRANSLATIONS_DIR) + u"/oxa-console_fr.ts"_s);
        static const QRegularExpression word(u"\\b\\w+\\b"_s,
                                             QRegularExpression::UseUnicodePropertiesOption);
        QSet<QString> accented;
        QList<QPair<QString, QString>> bare; // word, where
        for (const Message &m : messages) {
            for (const QString &form : m.forms) {
                for (auto it = word.globalMatch(form); it.hasNext();) {
                    const QString w = it.next().captured();
                    const QChar first = w.at(0).toLower();
                    if (first == u'é' || first == u'è')
                        accented.insert(w.mid(1).toLower());
                    else if (w.at(0) == u'E' && w.size() > 2)
                        bare.append({w, m.source.left(50)});
                }
            }
        }
        QStringList problems;
        for (const auto &[w, where] : std::as_const(bare)) {
            if (accented.contains(w.mid(1).toLower()))
                problems << w + u" in: "_s + where;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void frenchUsesTheGlossary()
    {
        // The words an analyst reads on every page keep one French term.
        const QList<Message> messages
            = readTs(QStringLiteral(OXA_TRANSLATIONS_DIR) + u"/oxa-console_fr.ts"_s);
        const QList<QPair<QString, QString>> glossary = {
            {u"Kind"_s, u"Type"_s},
            {u"Tags"_s, u"Étiquettes"_s},
        };
        int checked = 0;
        for (const Message &m : messages) {
            for (const auto &[english, french] : glossary) {
                const QString source = m.source.trimmed();
                if (source != english && !source.startsWith(english + u':'))
                    continue;
                ++checked;
                QVERIFY2(m.forms.value(0).startsWith(french),
                         qPrintable(m.source + u" → "_s + m.forms.value(0)));
            }
        }
        QVERIFY(checked >= 3);
    }

    void menuShortcutsStayUnique()
    {
        // The menu bar's titles, then each menu's items, must keep distinct shortcut letters.
        const QList<Message> messages
            = readTs(QStringLiteral(OXA_TRANSLATIONS_DIR) + u"/oxa-console_fr.ts"_s);
        QHash<QString, QString> french;
        for (const Message &m : messages) {
            // The window's menus, and what the catalog mode adds to them.
            if (m.context == u"Oxa::MainWindow" || m.context == u"Oxa::CatalogMode")
                french.insert(m.source, m.forms.value(0));
        }
        const QList<QStringList> menus = {
            {u"&File"_s, u"&Go"_s, u"&Operation"_s, u"&View"_s, u"&Help"_s},
            {u"&Open Document…"_s,
             u"&Connect to Back-end…"_s,
             u"Recent &Documents"_s,
             u"Recent &Back-ends"_s,
             u"&Reload"_s,
             u"&Preferences…"_s,
             u"&Quit"_s},
            {u"Go to &Operation…"_s,
             u"&Filter Operations"_s,
             u"O&peration Page"_s,
             u"Re&quest"_s,
             u"&Schemas"_s,
             u"Sou&rce"_s,
             u"&Find in Source…"_s,
             u"Go to &Line…"_s},
            {u"Copy operation&Id"_s, u"Copy &Path"_s, u"View &Source"_s},
        };
        for (const QStringList &menu : menus) {
            QSet<QChar> letters;
            for (const QString &source : menu) {
                QVERIFY2(french.contains(source), qPrintable(source));
                const QString text = french.value(source);
                const qsizetype at = text.indexOf(u'&');
                QVERIFY2(at >= 0 && at + 1 < text.size(), qPrintable(text));
                const QChar letter = text.at(at + 1).toLower();
                QVERIFY2(!letters.contains(letter), qPrintable(u"shortcut clash: "_s + text));
                letters.insert(letter);
            }
        }
    }

    void everyContextIsOneTheCodeUses()
    {
        // A context is a QObject's class name with its namespace ("Oxa::WorkflowMode"), or the
        // name given to Q_DECLARE_TR_FUNCTIONS or translate(). A bare class name in the
        // catalogue means lupdate could not see a class's namespace (an include it could not
        // follow): its messages would never be shown.
        QString code;
        for (const QString &folder : {u"models"_s, u"ui"_s, u"app"_s}) {
            QDirIterator files(QStringLiteral(OXA_SOURCE_DIR "/") + folder,
                               {u"*.h"_s, u"*.cpp"_s},
                               QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                if (file.open(QIODevice::ReadOnly))
                    code += QString::fromUtf8(file.readAll());
            }
        }
        QSet<QString> contexts;
        for (const Message &m :
             readTs(QStringLiteral(OXA_SOURCE_DIR "/translations/oxa-console_fr.ts")))
            contexts.insert(m.context);
        QSet<QString> declared;
        // Q_DECLARE_TR_FUNCTIONS(Name) or translate("Name", …), spelled out so that moc does
        // not read the macro's name here as one.
        static const QRegularExpression declaring(
            u"(?:Q_DECLARE_TR_"
            u"FUNCTIONS\\(\\s*|translate\\(\\s*\")([A-Za-z_][\\w:]*)"_s);
        for (auto it = declaring.globalMatch(code); it.hasNext();)
            declared.insert(it.next().captured(1));
        QVERIFY(declared.size() > 5);
        QStringList unreachable;
        for (const QString &context : std::as_const(contexts)) {
            if (!context.contains(u"::") && !declared.contains(context))
                unreachable << context;
        }
        QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(u", ")));
    }

    void compiledCatalogueIsEmbedded()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(u"fr"_s), u"oxa-console"_s, u"_"_s, u":/i18n"_s));
        QCOMPARE(translator.translate("Oxa::MainWindow", "&File"), u"&Fichier"_s);
        QCOMPARE(translator.translate("Oxa::CatalogPanel", "%n operation(s)", nullptr, 2),
                 u"%n opérations"_s);
        QCOMPARE(translator.translate("Oxa::CatalogPanel", "%n operation(s)", nullptr, 1),
                 u"%n opération"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
