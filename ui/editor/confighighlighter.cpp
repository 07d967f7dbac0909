#include "editor/confighighlighter.h"

#include <QStringList>

namespace ztp::ui::editor {

namespace {

// Block state of a line that ends inside a {# comment #}.
constexpr int InsideJinjaComment = 1;

// First words of common configuration lines. Cisco IOS and Arista EOS share most of them, and
// Junos statements follow "set"/"delete" in set format or open a brace block.
QStringList configKeywords()
{
    const QStringList ios {
        QStringLiteral("hostname"), QStringLiteral("interface"), QStringLiteral("ip"),
        QStringLiteral("ipv6"), QStringLiteral("address"), QStringLiteral("vlan"),
        QStringLiteral("router"), QStringLiteral("ospf"), QStringLiteral("bgp"),
        QStringLiteral("neighbor"), QStringLiteral("network"), QStringLiteral("description"),
        QStringLiteral("shutdown"), QStringLiteral("no"), QStringLiteral("switchport"),
        QStringLiteral("mode"), QStringLiteral("access"), QStringLiteral("trunk"),
        QStringLiteral("spanning-tree"), QStringLiteral("ntp"), QStringLiteral("logging"),
        QStringLiteral("snmp-server"), QStringLiteral("username"), QStringLiteral("enable"),
        QStringLiteral("secret"), QStringLiteral("line"), QStringLiteral("vty"),
        QStringLiteral("aaa"), QStringLiteral("banner"), QStringLiteral("service"),
        QStringLiteral("crypto"), QStringLiteral("route"), QStringLiteral("end"),
        QStringLiteral("exit"), QStringLiteral("channel-group"), QStringLiteral("domain-name"),
    };
    const QStringList eos {
        QStringLiteral("management"), QStringLiteral("api"), QStringLiteral("http-commands"),
        QStringLiteral("daemon"), QStringLiteral("vrf"), QStringLiteral("mlag"),
        QStringLiteral("ip-routing"), QStringLiteral("peer-link"), QStringLiteral("Ethernet"),
        QStringLiteral("Management1"), QStringLiteral("Loopback0"), QStringLiteral("Port-Channel"),
    };
    const QStringList junos {
        QStringLiteral("set"), QStringLiteral("delete"), QStringLiteral("system"),
        QStringLiteral("host-name"), QStringLiteral("interfaces"), QStringLiteral("unit"),
        QStringLiteral("family"), QStringLiteral("inet"), QStringLiteral("inet6"),
        QStringLiteral("protocols"), QStringLiteral("routing-options"), QStringLiteral("static"),
        QStringLiteral("vlans"), QStringLiteral("vlan-id"), QStringLiteral("ethernet-switching"),
        QStringLiteral("root-authentication"), QStringLiteral("encrypted-password"),
        QStringLiteral("services"), QStringLiteral("ssh"), QStringLiteral("netconf"),
    };
    return ios + eos + junos;
}

QTextCharFormat makeFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setForeground(color);
    if (bold)
        format.setFontWeight(QFont::Bold);
    format.setFontItalic(italic);
    return format;
}

} // namespace

ConfigHighlighter::ConfigHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_configComment(QStringLiteral("^\\s*[!#].*$"))
    , m_expression(QStringLiteral("\\{\\{.*?\\}\\}"))
    , m_statement(QStringLiteral("\\{%.*?%\\}"))
    , m_statementKeyword(QStringLiteral(
          "\\b(if|elif|else|endif|for|endfor|in|set|endset|macro|endmacro|include|import|from|as|"
          "with|endwith|filter|endfilter|raw|endraw|not|and|or|is|loop)\\b"))
    , m_keywordFormat(makeFormat(QColor(0x1f, 0x5f, 0xa8), true))
    , m_configCommentFormat(makeFormat(QColor(0x6a, 0x73, 0x7d), false, true))
    , m_expressionFormat(makeFormat(QColor(0x9a, 0x3c, 0x00)))
    , m_statementFormat(makeFormat(QColor(0x7a, 0x1f, 0x9a)))
    , m_jinjaCommentFormat(makeFormat(QColor(0x3f, 0x8f, 0x3f), false, true))
{
    QStringList escaped;
    for (const QString &keyword : configKeywords())
        escaped.append(QRegularExpression::escape(keyword));
    // Hyphens belong to a keyword, so "spanning-tree" is not matched as "spanning" and "tree".
    m_keywords.setPattern(QStringLiteral("(?<![\\w-])(%1)(?![\\w-])").arg(escaped.join(u'|')));
}

void ConfigHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(0);

    if (m_configComment.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_configCommentFormat);
    } else {
        for (auto it = m_keywords.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), m_keywordFormat);
        }
    }

    for (auto it = m_expression.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_expressionFormat);
    }
    for (auto it = m_statement.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_statementFormat);
        QTextCharFormat bold = m_statementFormat;
        bold.setFontWeight(QFont::Bold);
        for (auto words = m_statementKeyword.globalMatch(match.captured()); words.hasNext();) {
            const QRegularExpressionMatch word = words.next();
            setFormat(int(match.capturedStart() + word.capturedStart()), int(word.capturedLength()), bold);
        }
    }

    highlightJinjaComments(text);
}

void ConfigHighlighter::highlightJinjaComments(const QString &text)
{
    const bool continued = previousBlockState() == InsideJinjaComment;
    qsizetype start = continued ? 0 : text.indexOf(QStringLiteral("{#"));
    qsizetype searchFrom = continued ? 0 : start + 2;
    while (start >= 0) {
        const qsizetype end = text.indexOf(QStringLiteral("#}"), searchFrom);
        if (end < 0) {
            setFormat(int(start), int(text.size() - start), m_jinjaCommentFormat);
            setCurrentBlockState(InsideJinjaComment);
            return;
        }
        setFormat(int(start), int(end + 2 - start), m_jinjaCommentFormat);
        start = text.indexOf(QStringLiteral("{#"), end + 2);
        searchFrom = start + 2;
    }
}

} // namespace ztp::ui::editor
