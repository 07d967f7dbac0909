#include "templates/linediff.h"

#include <vector>

namespace ztp::templates {

namespace {

QStringList splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(u'\n');
    // A final newline ends the last line rather than starting an empty one.
    if (text.endsWith(u'\n'))
        lines.removeLast();
    return lines;
}

void appendLines(QList<DiffLine> &diff, DiffLine::Kind kind, const QStringList &lines,
                 qsizetype from, qsizetype to)
{
    for (qsizetype index = from; index < to; ++index)
        diff.append(DiffLine{kind, lines.at(index)});
}

} // namespace

QList<DiffLine> diffLines(const QString &before, const QString &after)
{
    const QStringList a = splitLines(before);
    const QStringList b = splitLines(after);

    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;

    QList<DiffLine> diff;
    appendLines(diff, DiffLine::Kind::Same, a, 0, prefix);

    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (qint64(n + 1) * qint64(m + 1) > maxLcsCells) {
        appendLines(diff, DiffLine::Kind::Removed, a, prefix, prefix + n);
        appendLines(diff, DiffLine::Kind::Added, b, prefix, prefix + m);
    } else {
        // lcs[i][j]: length of the longest common subsequence of a[i..n) and b[j..m).
        std::vector<quint32> lcs(size_t((n + 1) * (m + 1)), 0);
        const auto cell = [m, &lcs](qsizetype i, qsizetype j) -> quint32 & {
            return lcs[size_t(i * (m + 1) + j)];
        };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                cell(i, j) = a.at(prefix + i) == b.at(prefix + j)
                    ? cell(i + 1, j + 1) + 1
                    : std::max(cell(i + 1, j), cell(i, j + 1));
            }
        }

        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(prefix + i) == b.at(prefix + j)) {
                diff.append(DiffLine{DiffLine::Kind::Same, a.at(prefix + i)});
                ++i;
                ++j;
            } else if (i < n && (j == m || cell(i + 1, j) >= cell(i, j + 1))) {
                diff.append(DiffLine{DiffLine::Kind::Removed, a.at(prefix + i)});
                ++i;
            } else {
                diff.append(DiffLine{DiffLine::Kind::Added, b.at(prefix + j)});
                ++j;
            }
        }
    }

    appendLines(diff, DiffLine::Kind::Same, a, a.size() - suffix, a.size());
    return diff;
}

QString formatDiff(const QList<DiffLine> &diff)
{
    QString text;
    for (const DiffLine &line : diff) {
        switch (line.kind) {
        case DiffLine::Kind::Same:
            text += QStringLiteral("  ");
            break;
        case DiffLine::Kind::Removed:
            text += QStringLiteral("- ");
            break;
        case DiffLine::Kind::Added:
            text += QStringLiteral("+ ");
            break;
        }
        text += line.text;
        text += u'\n';
    }
    return text;
}

} // namespace ztp::templates
