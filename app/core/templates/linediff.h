#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ztp::templates {

// One line of a line diff.
struct DiffLine
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
};

// Diffs two texts line by line with a longest common subsequence, as `diff` would show them:
// removed lines before the added lines that replace them. The common prefix and suffix are
// matched first. When the lines between them exceed maxLcsCells pairs, those lines are reported
// as all removed and all added rather than aligned, so memory stays bounded.
QList<DiffLine> diffLines(const QString &before, const QString &after);

// Formats a diff in unified style without headers: "  ", "- " or "+ " before each line.
QString formatDiff(const QList<DiffLine> &diff);

inline constexpr qint64 maxLcsCells = 16'000'000;

} // namespace ztp::templates
