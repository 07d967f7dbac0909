#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace ztp::ui::editor {

// Highlights Jinja2 tags ({{ }}, {% %}, {# #}) and the configuration keywords and comment lines
// of Cisco IOS, Juniper Junos and Arista EOS. Jinja2 colours win where both apply.
class ConfigHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit ConfigHighlighter(QTextDocument *document);

    // The format applied to `{{ expression }}` spans, so tests can check that a span was found.
    QTextCharFormat expressionFormat() const { return m_expressionFormat; }
    QTextCharFormat keywordFormat() const { return m_keywordFormat; }

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightJinjaComments(const QString &text);

    QRegularExpression m_keywords;
    QRegularExpression m_configComment;
    QRegularExpression m_expression;
    QRegularExpression m_statement;
    QRegularExpression m_statementKeyword;
    QTextCharFormat m_keywordFormat;
    QTextCharFormat m_configCommentFormat;
    QTextCharFormat m_expressionFormat;
    QTextCharFormat m_statementFormat;
    QTextCharFormat m_jinjaCommentFormat;
};

} // namespace ztp::ui::editor
