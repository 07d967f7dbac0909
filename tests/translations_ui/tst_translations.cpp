#include "bench/benchservice.h"
#include "console/consolewindow.h"
#include "devices/inventoryimportdialog.h"
#include "history/exportdialog.h"
#include "history/historydialog.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QXmlStreamReader>

using namespace ztp;

namespace {

const QStringList ShippedLanguages {QStringLiteral("de"), QStringLiteral("es"),
                                    QStringLiteral("fr"), QStringLiteral("ja"),
                                    QStringLiteral("pt_BR")};

// English source strings of one .ts file whose translation differs from the source. Such a
// string seen in a translated window means its lookup failed, for example because lupdate filed
// it under another context than the one tr() uses at run time.
QSet<QString> translatedSources(const QString &code)
{
    QFile file(QStringLiteral(ZTPW_SOURCE_DIR "/translations/ztp-workbench_%1.ts").arg(code));
    if (!file.open(QIODevice::ReadOnly))
        return {};

    QSet<QString> sources;
    QXmlStreamReader xml(&file);
    QString source;
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!translation.isEmpty() && translation != source)
                sources.insert(source);
        }
    }
    return sources;
}

QString withoutAccelerator(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
}

// Every text a technician reads in the widget tree: titles, menus, actions, labels, buttons,
// placeholders, tooltips and table headers.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts {root->windowTitle()};
    for (QAction *action : root->findChildren<QAction *>()) {
        texts << action->text() << action->toolTip();
        if (QMenu *menu = action->menu())
            texts << menu->title();
    }
    for (QLabel *label : root->findChildren<QLabel *>())
        texts << label->text();
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        texts << button->text() << button->toolTip();
    for (QGroupBox *box : root->findChildren<QGroupBox *>())
        texts << box->title();
    for (QLineEdit *field : root->findChildren<QLineEdit *>())
        texts << field->placeholderText() << field->toolTip();
    for (QDockWidget *dock : root->findChildren<QDockWidget *>())
        texts << dock->windowTitle();
    for (QTableView *table : root->findChildren<QTableView *>()) {
        if (!table->model())
            continue;
        for (int column = 0; column < table->model()->columnCount(); ++column)
            texts << table->model()->headerData(column, Qt::Horizontal).toString();
    }

    QStringList cleaned;
    for (const QString &text : std::as_const(texts)) {
        if (!text.isEmpty())
            cleaned << withoutAccelerator(text);
    }
    return cleaned;
}

// Labels and buttons narrower than their text are cut off, a tab bar that is too narrow scrolls,
// and a toolbar that is too narrow hides its last buttons behind an extension arrow.
QStringList clippedTexts(QWidget *root)
{
    QStringList clipped;
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !button->text().isEmpty()
            && button->width() < button->minimumSizeHint().width())
            clipped << button->text();
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty()
            && label->width() < label->minimumSizeHint().width())
            clipped << label->text();
    }
    for (QTabBar *tabBar : root->findChildren<QTabBar *>()) {
        if (tabBar->isVisible() && tabBar->width() < tabBar->sizeHint().width()) {
            for (int index = 0; index < tabBar->count(); ++index)
                clipped << tabBar->tabText(index);
        }
    }
    for (QToolBar *toolBar : root->findChildren<QToolBar *>()) {
        for (QAction *action : toolBar->actions()) {
            QWidget *widget = toolBar->widgetForAction(action);
            if (toolBar->isVisible() && widget && !action->isSeparator() && !widget->isVisible())
                clipped << action->text();
        }
    }
    return clipped;
}

} // namespace

// Runs on the offscreen platform (QT_QPA_PLATFORM=offscreen, set by CTest).
class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shippedLanguagesAreListed();
    void nativeNamesNameLanguages();
    void savedLanguageRoundTrips();
    void windowsShowTranslations_data();
    void windowsShowTranslations();
    void germanTextsFit_data();
    void germanTextsFit();

private:
    QWidget *createWindow(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<bench::BenchService> m_bench;
    std::unique_ptr<QWidget> m_window;
};

void TranslationsTest::init()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ztpw-translation-test"));
    QCoreApplication::setApplicationName(QStringLiteral("ztpw-translation-test"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(workspace::Workspace::init(m_dir->path()).ok());
    m_bench = std::make_unique<bench::BenchService>();
    QVERIFY(m_bench->openWorkspace(m_dir->path()).ok());
}

void TranslationsTest::cleanup()
{
    m_window.reset();
    ui::installTranslators(*qApp, QStringLiteral("en"));
    m_bench.reset();
    m_dir.reset();
}

QWidget *TranslationsTest::createWindow(const QString &name)
{
    if (name == QLatin1String("main"))
        m_window = std::make_unique<ui::MainWindow>(m_bench.get());
    else if (name == QLatin1String("export"))
        m_window = std::make_unique<ui::ExportDialog>(m_bench.get(), QStringList());
    else if (name == QLatin1String("history"))
        m_window = std::make_unique<ui::HistoryDialog>(m_bench.get());
    else if (name == QLatin1String("console"))
        m_window = std::make_unique<ui::ConsoleWindow>(m_bench.get());
    else if (name == QLatin1String("inventory"))
        m_window = std::make_unique<ui::InventoryImportDialog>(
            QByteArray("serial;mac;hostname\r\nFOC1234X0AB;00:11:22:33:44:55;sw1\r\n"),
            QStringLiteral("inventory.csv"));
    return m_window.get();
}

void TranslationsTest::shippedLanguagesAreListed()
{
    const QStringList languages = ui::availableLanguages();

    QCOMPARE(languages.first(), QStringLiteral("en"));
    for (const QString &code : ShippedLanguages)
        QVERIFY2(languages.contains(code), qPrintable(code));
}

void TranslationsTest::nativeNamesNameLanguages()
{
    QCOMPARE(ui::nativeLanguageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(ui::nativeLanguageName(QStringLiteral("ja")), QStringLiteral("日本語"));
    QVERIFY(ui::nativeLanguageName(QStringLiteral("pt_BR")).contains(QStringLiteral("Brasil")));
}

void TranslationsTest::savedLanguageRoundTrips()
{
    ui::saveLanguage(QStringLiteral("fr"));
    QCOMPARE(ui::savedLanguage(), QStringLiteral("fr"));

    ui::saveLanguage(QString());
    QVERIFY(ui::savedLanguage().isEmpty());
}

void TranslationsTest::windowsShowTranslations_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("window");
    for (const QString &code : ShippedLanguages) {
        for (const char *window : {"main", "export", "history", "console", "inventory"})
            QTest::addRow("%s %s", qPrintable(code), window) << code << QString::fromLatin1(window);
    }
}

void TranslationsTest::windowsShowTranslations()
{
    QFETCH(QString, code);
    QFETCH(QString, window);
    const QSet<QString> englishSources = translatedSources(code);
    QVERIFY2(englishSources.size() > 100, "the .ts file is missing or has few translations");

    ui::installTranslators(*qApp, code);
    QWidget *widget = createWindow(window);
    QVERIFY(widget);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));

    QStringList untranslated;
    int translated = 0;
    for (const QString &text : visibleTexts(widget)) {
        if (englishSources.contains(text) || englishSources.contains(text + QStringLiteral("...")))
            untranslated << text;
        else
            ++translated;
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(" | "))));
    QVERIFY(translated > 3);
}

void TranslationsTest::germanTextsFit_data()
{
    QTest::addColumn<QString>("window");
    for (const char *window : {"main", "export", "history", "console", "inventory"})
        QTest::newRow(window) << QString::fromLatin1(window);
}

// German texts are often much longer than the English ones, and every window must still show them
// whole at its default size.
void TranslationsTest::germanTextsFit()
{
    QFETCH(QString, window);
    ui::installTranslators(*qApp, QStringLiteral("de"));
    QWidget *widget = createWindow(window);
    QVERIFY(widget);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QCoreApplication::processEvents();

    const QStringList clipped = clippedTexts(widget);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral(" | "))));
}

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
