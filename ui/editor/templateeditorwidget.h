#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace ztp::bench {
class BenchService;
}

namespace ztp::templates {
class Environment;
}

namespace ztp::ui::editor {

class CodeEditor;
class ConfigHighlighter;
class DeviceDropHandler;
class FindReplaceBar;
class TemplateListWidget;
class VariablePalette;

// The template editor: the workspace's templates, a highlighted editor with find and replace,
// and the variable palette. Its tabs show a live preview for the device selected in the device
// table, a diff against the configuration last sent to that device, and a lint table over every
// expected device. Saving writes the file and stores the revision with its SHA-256 in
// history.sqlite.
class TemplateEditorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateEditorWidget(bench::BenchService *bench, QWidget *parent = nullptr);
    ~TemplateEditorWidget() override;

    CodeEditor *editor() const { return m_editor; }
    TemplateListWidget *templateList() const { return m_templateList; }
    VariablePalette *variablePalette() const { return m_palette; }
    FindReplaceBar *findBar() const { return m_findBar; }
    QPlainTextEdit *previewView() const { return m_preview; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QTableWidget *lintTable() const { return m_lintTable; }
    QString currentTemplateName() const { return m_templateName; }
    QString previewDeviceKey() const;

    // Follows the selection of the device table and accepts templates dropped on its rows.
    void attachDeviceView(QTableView *view);

public slots:
    // Reads the workspace's templates and variables again, after a workspace was opened.
    void reloadWorkspace();
    bool openTemplate(const QString &name);
    Status save();
    void newTemplate();
    void runLint();
    // Renders the editor's text for the preview device now rather than after the typing pause.
    void refreshPreview();

signals:
    void statusMessage(const QString &message);

private:
    void createWidgets();
    void connectSignals();
    QWidget *createEditorPane();
    QWidget *createResultTabs();
    void reloadVariables();
    void onTemplateFileChanged(const QString &name);
    void onCurrentDeviceChanged(const QModelIndex &current);
    void onLintCellActivated(int row);
    void showDiff(const QString &lastSent, const QString &rendered);
    void setStatus(const QString &message);
    bool confirmDiscard();

    bench::BenchService *m_bench;
    std::unique_ptr<templates::Environment> m_environment;
    QString m_templateName;
    QByteArray m_savedContent; // file content when opened or last saved, to tell own writes apart
    QByteArray m_previewMac;

    TemplateListWidget *m_templateList = nullptr;
    VariablePalette *m_palette = nullptr;
    CodeEditor *m_editor = nullptr;
    ConfigHighlighter *m_highlighter = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QTableWidget *m_lintTable = nullptr;
    QLabel *m_previewLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QCheckBox *m_showSecrets = nullptr;
    QTimer *m_previewTimer = nullptr;
    DeviceDropHandler *m_dropHandler = nullptr;
};

} // namespace ztp::ui::editor
