#pragma once

#include <QPlainTextEdit>

namespace ztp::ui::editor {

// A plain-text editor for templates with a line-number gutter. Dropped text is inserted at the
// drop position, which is how the variable palette inserts "{{ name }}".
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget *parent = nullptr);

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

    // Moves the cursor to a 1-based line and column (UTF-16 code units), as in TemplateError.
    void goToPosition(int line, int column);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);

    QWidget *m_lineNumberArea;
};

} // namespace ztp::ui::editor
