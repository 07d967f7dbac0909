#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ztp::ui {

// The user interface language: the system locale unless the technician chose one in the
// settings. Codes are those of the shipped translations ("de", "pt_BR"), plus "en" for the
// source strings; an empty code means "follow the system".

// Codes of the shipped languages, "en" first.
QStringList availableLanguages();

// The language's own name for itself ("Deutsch", "日本語"), for the settings menu.
QString nativeLanguageName(const QString &code);

// The code stored in the user's settings, or an empty string to follow the system locale.
QString savedLanguage();
void saveLanguage(const QString &code);

// Installs the Qt and ZTP Workbench translators for the code (empty: the system locale) and
// returns the locale chosen. Replaces translators installed by an earlier call.
QLocale installTranslators(QCoreApplication &app, const QString &code);

} // namespace ztp::ui
