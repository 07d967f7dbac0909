#include "editor/findreplacebar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>

namespace ztp::ui::editor {

FindReplaceBar::FindReplaceBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_findField(new QLineEdit(this))
    , m_replaceField(new QLineEdit(this))
    , m_caseSensitive(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this))
{
    m_findField->setPlaceholderText(tr("Find"));
    m_replaceField->setPlaceholderText(tr("Replace with"));
    //: Button: find the next match.
    auto *next = new QPushButton(tr("Next"), this);
    //: Button: find the previous match.
    auto *previous = new QPushButton(tr("Previous"), this);
    auto *replace = new QPushButton(tr("Replace"), this);
    auto *replaceAllButton = new QPushButton(tr("Replace all"), this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : {static_cast<QWidget *>(m_findField), static_cast<QWidget *>(previous),
                            static_cast<QWidget *>(next), static_cast<QWidget *>(m_replaceField),
                            static_cast<QWidget *>(replace), static_cast<QWidget *>(replaceAllButton),
                            static_cast<QWidget *>(m_caseSensitive), static_cast<QWidget *>(m_status)})
        layout->addWidget(widget);

    connect(m_findField, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(replace, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
}

void FindReplaceBar::activate()
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_findField->setText(selected);
    show();
    m_findField->setFocus();
    m_findField->selectAll();
}

bool FindReplaceBar::findNext()
{
    return find(false);
}

bool FindReplaceBar::findPrevious()
{
    return find(true);
}

bool FindReplaceBar::find(bool backward)
{
    const QString needle = m_findField->text();
    if (needle.isEmpty())
        return false;

    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;

    if (m_editor->find(needle, flags)) {
        m_status->clear();
        return true;
    }

    // Wrap around once from the other end of the document.
    QTextCursor wrapped = m_editor->textCursor();
    wrapped.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    const QTextCursor found = m_editor->document()->find(needle, wrapped, flags);
    if (found.isNull()) {
        m_status->setText(tr("Not found"));
        return false;
    }
    m_editor->setTextCursor(found);
    //: Search status: the search went past the end and continued from the start.
    m_status->setText(tr("Wrapped"));
    return true;
}

void FindReplaceBar::replaceCurrent()
{
    const Qt::CaseSensitivity sensitivity = m_caseSensitive->isChecked() ? Qt::CaseSensitive
                                                                         : Qt::CaseInsensitive;
    QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection() && cursor.selectedText().compare(m_findField->text(), sensitivity) == 0)
        cursor.insertText(m_replaceField->text());
    findNext();
}

int FindReplaceBar::replaceAll()
{
    const QString needle = m_findField->text();
    if (needle.isEmpty())
        return 0;
    QTextDocument::FindFlags flags;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;

    // One undo step for the whole replacement.
    QTextCursor edit(m_editor->document());
    edit.beginEditBlock();
    int count = 0;
    QTextCursor found = m_editor->document()->find(needle, 0, flags);
    while (!found.isNull()) {
        found.insertText(m_replaceField->text());
        ++count;
        found = m_editor->document()->find(needle, found, flags);
    }
    edit.endEditBlock();

    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

} // namespace ztp::ui::editor
