#include "languagesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace ztp::ui {

namespace {

Q_LOGGING_CATEGORY(lcUi, "ztpw.ui")

const QString TranslationPrefix = QStringLiteral("ztp-workbench_");
const QString TranslationDirectory = QStringLiteral(":/i18n");
const QString LanguageKey = QStringLiteral("ui/language");

QPointer<QTranslator> qtTranslator;
QPointer<QTranslator> appTranslator;

void replaceTranslator(QCoreApplication &app, QPointer<QTranslator> &slot, const QLocale &locale,
                       const QString &name, const QString &directory)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }

    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        qCDebug(lcUi) << "no" << name << "translation for" << locale.name() << "in" << directory;
        delete translator;
        return;
    }
    QCoreApplication::installTranslator(translator);
    slot = translator;
}

} // namespace

QStringList availableLanguages()
{
    QStringList codes {QStringLiteral("en")};
    const QStringList files = QDir(TranslationDirectory)
                                  .entryList({TranslationPrefix + QStringLiteral("*.qm")},
                                             QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes.append(file.mid(TranslationPrefix.size()).chopped(3));
    return codes;
}

QString nativeLanguageName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code.contains(QLatin1Char('_')))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString savedLanguage()
{
    return QSettings().value(LanguageKey).toString();
}

void saveLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, code);
}

QLocale installTranslators(QCoreApplication &app, const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);

    replaceTranslator(app, qtTranslator, locale, QStringLiteral("qtbase"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    replaceTranslator(app, appTranslator, locale, QStringLiteral("ztp-workbench"),
                      TranslationDirectory);
    qCInfo(lcUi) << "user interface language" << locale.name()
                  << (code.isEmpty() ? "(system)" : "(chosen in the settings)");
    return locale;
}

} // namespace ztp::ui
