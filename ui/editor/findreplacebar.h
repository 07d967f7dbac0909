#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ztp::ui::editor {

// Find and replace for one QPlainTextEdit: plain text, optionally case-sensitive, wrapping
// around the end of the document.
class FindReplaceBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindReplaceBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    QLineEdit *findField() const { return m_findField; }
    QLineEdit *replaceField() const { return m_replaceField; }

    // Shows the bar with the editor's selection as the search text and focuses it.
    void activate();

public slots:
    bool findNext();
    bool findPrevious();
    // Replaces the current match, if the selection is one, then finds the next.
    void replaceCurrent();
    int replaceAll();

private:
    bool find(bool backward);

    QPlainTextEdit *m_editor;
    QLineEdit *m_findField;
    QLineEdit *m_replaceField;
    QCheckBox *m_caseSensitive;
    QLabel *m_status;
};

} // namespace ztp::ui::editor
