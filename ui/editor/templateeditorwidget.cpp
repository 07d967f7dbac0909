#include "editor/templateeditorwidget.h"

#include "bench/benchservice.h"
#include "common/logging.h"
#include "devicetablemodel.h"
#include "editor/codeeditor.h"
#include "editor/confighighlighter.h"
#include "editor/devicedrophandler.h"
#include "editor/findreplacebar.h"
#include "editor/templatelistwidget.h"
#include "editor/variablepalette.h"
#include "platform/netplatform.h"
#include "templates/linediff.h"
#include "templates/templateengine.h"
#include "workspace/variables.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace ztp::ui::editor {

namespace {

// Pause after the last keystroke before the preview renders again.
constexpr int previewDelayMs = 250;

enum LintColumn { LintDevice, LintTemplate, LintMissing, LintError, LintColumnCount };
constexpr int errorLineRole = Qt::UserRole + 1;
constexpr int errorColumnRole = Qt::UserRole + 2;

QString templatePath(const bench::BenchService *bench, const QString &name)
{
    return QDir(bench->workspace()->templatesPath()).filePath(name);
}

} // namespace

TemplateEditorWidget::TemplateEditorWidget(bench::BenchService *bench, QWidget *parent)
    : QWidget(parent)
    , m_bench(bench)
{
    createWidgets();
    connectSignals();
    reloadWorkspace();
}

TemplateEditorWidget::~TemplateEditorWidget() = default;

void TemplateEditorWidget::createWidgets()
{
    m_templateList = new TemplateListWidget(this);
    m_palette = new VariablePalette(this);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(previewDelayMs);

    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_templateList);
    side->addWidget(m_palette);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(side);
    splitter->addWidget(createEditorPane());
    splitter->addWidget(createResultTabs());
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

QWidget *TemplateEditorWidget::createEditorPane()
{
    auto *pane = new QWidget(this);
    m_editor = new CodeEditor(pane);
    m_highlighter = new ConfigHighlighter(m_editor->document());
    m_findBar = new FindReplaceBar(m_editor, pane);
    m_findBar->hide();
    m_statusLabel = new QLabel(pane);

    auto *newButton = new QPushButton(tr("New..."), pane);
    auto *saveButton = new QPushButton(tr("Save"), pane);
    auto *findButton = new QPushButton(tr("Find"), pane);
    auto *lintButton = new QPushButton(tr("Check all devices"), pane);
    saveButton->setToolTip(tr("Save the template and record the revision (Ctrl+S)"));
    lintButton->setToolTip(tr("List the variables each device is missing and any syntax error"));
    connect(newButton, &QPushButton::clicked, this, &TemplateEditorWidget::newTemplate);
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(findButton, &QPushButton::clicked, m_findBar, &FindReplaceBar::activate);
    connect(lintButton, &QPushButton::clicked, this, &TemplateEditorWidget::runLint);

    auto *save = new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, [this] { this->save(); });
    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_findBar, &FindReplaceBar::activate);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {newButton, saveButton, findButton, lintButton})
        buttons->addWidget(button);
    buttons->addWidget(m_statusLabel, 1);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_findBar);
    layout->addWidget(m_editor);
    return pane;
}

QWidget *TemplateEditorWidget::createResultTabs()
{
    m_tabs = new QTabWidget(this);

    auto *previewPage = new QWidget(m_tabs);
    m_previewLabel = new QLabel(previewPage);
    m_previewLabel->setWordWrap(true);
    m_showSecrets = new QCheckBox(tr("Show secrets"), previewPage);
    m_preview = new QPlainTextEdit(previewPage);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(m_editor->font());
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewLabel);
    previewLayout->addWidget(m_showSecrets);
    previewLayout->addWidget(m_preview);

    m_diff = new QPlainTextEdit(m_tabs);
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(m_editor->font());

    m_lintTable = new QTableWidget(0, LintColumnCount, m_tabs);
    m_lintTable->setHorizontalHeaderLabels(
        {tr("Device"), tr("Template"), tr("Missing variables"), tr("Error")});
    m_lintTable->horizontalHeader()->setStretchLastSection(true);
    m_lintTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lintTable->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_tabs->addTab(previewPage, tr("Preview"));
    m_tabs->addTab(m_diff, tr("Diff with last sent"));
    //: Tab title: the check of every device for missing variables and template errors.
    m_tabs->addTab(m_lintTable, tr("Lint"));

    // Translated tab titles can be much longer than the English ones; the pane keeps them whole
    // instead of hiding the last tab behind scroll arrows.
    m_tabs->setMinimumWidth(m_tabs->tabBar()->sizeHint().width() + 8);
    return m_tabs;
}

void TemplateEditorWidget::connectSignals()
{
    connect(m_templateList, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty())
            openTemplate(name);
    });
    connect(m_templateList, &TemplateListWidget::templateFileChanged, this,
            &TemplateEditorWidget::onTemplateFileChanged);
    connect(m_editor, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_previewTimer, &QTimer::timeout, this, &TemplateEditorWidget::refreshPreview);
    connect(m_showSecrets, &QCheckBox::toggled, this, &TemplateEditorWidget::refreshPreview);
    connect(m_lintTable, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { onLintCellActivated(row); });
    connect(m_bench->devices(), &devices::DeviceRegistry::deviceChanged, this, [this](int row) {
        if (!m_previewMac.isEmpty() && m_bench->devices()->at(row).mac == m_previewMac)
            m_previewTimer->start();
    });
}

void TemplateEditorWidget::attachDeviceView(QTableView *view)
{
    m_dropHandler = new DeviceDropHandler(m_bench, view);
    connect(m_dropHandler, &DeviceDropHandler::templateAssigned, this,
            [this](const QString &templateName, const QStringList &keys, const QStringList &errors) {
                if (!keys.isEmpty())
                    setStatus(tr("Assigned %1 to %2").arg(templateName, keys.join(QStringLiteral(", "))));
                if (!errors.isEmpty())
                    setStatus(errors.join(u'\n'));
            });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentDeviceChanged(current); });
}

QString TemplateEditorWidget::previewDeviceKey() const
{
    return m_previewMac.isEmpty() ? QString() : platform::formatMac(m_previewMac);
}

void TemplateEditorWidget::onCurrentDeviceChanged(const QModelIndex &current)
{
    const QString key = current.siblingAtColumn(models::DeviceTableModel::MacColumn).data().toString();
    m_previewMac = platform::parseMac(key);
    refreshPreview();
}

void TemplateEditorWidget::reloadWorkspace()
{
    m_environment = std::make_unique<templates::Environment>();
    m_templateName.clear();
    m_savedContent.clear();
    m_editor->clear();
    m_editor->document()->setModified(false);
    m_lintTable->setRowCount(0);
    if (!m_bench->workspace()) {
        m_templateList->setDirectory(QString());
        return;
    }

    m_environment->setSearchPath(m_bench->workspace()->templatesPath());
    m_templateList->setDirectory(m_bench->workspace()->templatesPath());
    reloadVariables();
    openTemplate(m_bench->workspace()->settings().defaultTemplate);
}

void TemplateEditorWidget::reloadVariables()
{
    const workspace::VariableResolver resolver(m_bench->workspace()->root());
    const QStringList builtIns = workspace::VariableResolver::builtInNames();
    QStringList columns;
    for (const QString &column : m_bench->workspace()->inventory().columns()) {
        if (!builtIns.contains(column.toLower()))
            columns.append(column);
    }

    QStringList workspaceNames;
    QSet<QString> secrets;
    const Result<workspace::VariableFile> file = resolver.workspaceVariables();
    if (file) {
        workspaceNames = file->values.keys();
        secrets = file->secrets;
    } else {
        setStatus(file.errorString());
    }
    m_palette->setVariables(builtIns, columns, workspaceNames, secrets);
}

bool TemplateEditorWidget::confirmDiscard()
{
    if (!m_editor->document()->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved template"),
        tr("%1 has changes that are not saved. Discard them?").arg(m_templateName),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

bool TemplateEditorWidget::openTemplate(const QString &name)
{
    if (!m_bench->workspace() || name.isEmpty())
        return false;
    if (name == m_templateName)
        return true;
    if (!confirmDiscard()) {
        const QSignalBlocker blocker(m_templateList);
        m_templateList->selectTemplate(m_templateName);
        return false;
    }

    QFile file(templatePath(m_bench, name));
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Cannot open %1: %2").arg(name, file.errorString()));
        return false;
    }
    m_savedContent = file.readAll();
    m_templateName = name;
    m_editor->setPlainText(QString::fromUtf8(m_savedContent));
    m_editor->document()->setModified(false);
    {
        const QSignalBlocker blocker(m_templateList);
        m_templateList->selectTemplate(name);
    }
    refreshPreview();
    return true;
}

Status TemplateEditorWidget::save()
{
    if (!m_bench->workspace() || m_templateName.isEmpty())
        return Error{tr("Open or create a template before saving.")};

    const QByteArray content = m_editor->toPlainText().toUtf8();
    const QString path = templatePath(m_bench, m_templateName);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        const Error error{tr("Cannot save %1: %2").arg(path, file.errorString())};
        setStatus(error.message);
        return error;
    }
    m_savedContent = content;
    m_editor->document()->setModified(false);

    const Result<templates::TemplateRevision> revision =
        m_bench->revisions()->saveRevision(m_templateName, content);
    if (!revision) {
        setStatus(revision.errorString());
        return revision.error();
    }
    setStatus(tr("Saved %1, revision %2").arg(m_templateName, revision->sha256.left(12)));
    return Status::success();
}

void TemplateEditorWidget::newTemplate()
{
    if (!m_bench->workspace())
        return;
    const QString name = QInputDialog::getText(this, tr("New template"),
                                               tr("Name, relative to templates/ (for example leaf.j2):"))
                             .trimmed();
    if (name.isEmpty())
        return;
    if (name.split(u'/').contains(QStringLiteral("..")) || QDir::isAbsolutePath(name)) {
        setStatus(tr("'%1' leaves the templates folder; give a name inside it.").arg(name));
        return;
    }

    const QString path = templatePath(m_bench, name);
    if (QFileInfo::exists(path)) {
        setStatus(tr("%1 already exists; pick it from the list.").arg(name));
        return;
    }
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setStatus(tr("Cannot create %1: %2").arg(path, file.errorString()));
        return;
    }
    file.close();
    m_templateList->reload();
    openTemplate(name);
}

void TemplateEditorWidget::onTemplateFileChanged(const QString &name)
{
    if (name != m_templateName)
        return;
    QFile file(templatePath(m_bench, name));
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("%1 was removed or cannot be read; save to write it again.").arg(name));
        return;
    }
    const QByteArray content = file.readAll();
    if (content == m_savedContent)
        return; // our own save, or a write of the same text

    if (m_editor->document()->isModified()) {
        setStatus(tr("%1 changed on disk; saving will overwrite that change.").arg(name));
        return;
    }
    const int position = m_editor->textCursor().position();
    m_savedContent = content;
    m_editor->setPlainText(QString::fromUtf8(content));
    m_editor->document()->setModified(false);
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(qMin(position, m_editor->document()->characterCount() - 1));
    m_editor->setTextCursor(cursor);
    setStatus(tr("Reloaded %1, which changed outside the editor.").arg(name));
    qCInfo(lcTemplates).noquote() << "reloaded" << name << "after an outside change";
}

void TemplateEditorWidget::refreshPreview()
{
    m_previewTimer->stop();
    const std::optional<devices::Device> device =
        m_previewMac.isEmpty() ? std::nullopt : m_bench->devices()->find(m_previewMac);
    if (!device || m_templateName.isEmpty() || !m_bench->workspace()) {
        m_previewLabel->setText(tr("Select a device in the table to preview the template for it."));
        m_preview->clear();
        m_diff->clear();
        return;
    }
    m_previewLabel->setText(tr("%1 rendered for %2 %3")
                                .arg(m_templateName, device->key(), device->hostname));

    const Result<workspace::DeviceVariables> variables = m_bench->deviceVariables(*device);
    if (!variables) {
        m_preview->setPlainText(variables.errorString());
        m_diff->clear();
        return;
    }
    templates::TemplateError error;
    const auto compiled = m_environment->compile(m_templateName, m_editor->toPlainText(), &error);
    const QString rendered = compiled ? compiled->render(variables->values, &error) : QString();
    if (!error.message.isEmpty()) {
        m_preview->setPlainText(tr("Cannot render: %1").arg(error.toString()));
        m_diff->clear();
        return;
    }

    const bool showSecrets = m_showSecrets->isChecked();
    const QString shown = showSecrets ? rendered : variables->redact(rendered);
    m_preview->setPlainText(shown);

    if (device->configSha256.isEmpty()) {
        m_diff->setPlainText(tr("No configuration has been sent to %1 yet.").arg(device->key()));
        return;
    }
    const auto lastSent = m_bench->revisions()->renderedConfiguration(device->key(), device->configSha256);
    if (!lastSent || !lastSent->has_value()) {
        m_diff->setPlainText(tr("The configuration sent to %1 (SHA-256 %2) is not stored, so there "
                                "is nothing to compare with.")
                                 .arg(device->key(), device->configSha256));
        return;
    }
    const QString sent = QString::fromUtf8(**lastSent);
    showDiff(showSecrets ? sent : variables->redact(sent), shown);
}

void TemplateEditorWidget::showDiff(const QString &lastSent, const QString &rendered)
{
    const QList<templates::DiffLine> diff = templates::diffLines(lastSent, rendered);
    m_diff->setPlainText(templates::formatDiff(diff));

    QList<QTextEdit::ExtraSelection> marks;
    QTextBlock block = m_diff->document()->firstBlock();
    for (const templates::DiffLine &line : diff) {
        if (line.kind != templates::DiffLine::Kind::Same) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(block);
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            mark.format.setBackground(line.kind == templates::DiffLine::Kind::Added
                                          ? QColor(0xd8, 0xf5, 0xd8)
                                          : QColor(0xf8, 0xd8, 0xd8));
            marks.append(mark);
        }
        block = block.next();
    }
    m_diff->setExtraSelections(marks);
}

void TemplateEditorWidget::runLint()
{
    const QList<templates::LintFinding> findings = m_bench->lintTemplates();
    m_lintTable->setRowCount(int(findings.size()));
    int problems = 0;
    for (int row = 0; row < findings.size(); ++row) {
        const templates::LintFinding &finding = findings.at(row);
        if (!finding.isClean())
            ++problems;
        auto *error = new QTableWidgetItem(finding.error.message.isEmpty() ? QString()
                                                                           : finding.error.toString());
        error->setData(errorLineRole, finding.error.line);
        error->setData(errorColumnRole, finding.error.column);
        m_lintTable->setItem(row, LintDevice, new QTableWidgetItem(finding.deviceKey));
        m_lintTable->setItem(row, LintTemplate, new QTableWidgetItem(finding.error.templateName.isEmpty()
                                                                         ? finding.templateName
                                                                         : finding.error.templateName));
        m_lintTable->setItem(row, LintMissing,
                             new QTableWidgetItem(finding.missingVariables.join(QStringLiteral(", "))));
        m_lintTable->setItem(row, LintError, error);
    }
    m_lintTable->resizeColumnsToContents();
    reloadVariables();
    setStatus(tr("%1 devices checked, %2 with problems").arg(findings.size()).arg(problems));
}

void TemplateEditorWidget::onLintCellActivated(int row)
{
    const QTableWidgetItem *error = m_lintTable->item(row, LintError);
    const QTableWidgetItem *templateItem = m_lintTable->item(row, LintTemplate);
    if (!error || !templateItem || error->data(errorLineRole).toInt() <= 0)
        return;
    if (!openTemplate(templateItem->text()))
        return;
    m_editor->goToPosition(error->data(errorLineRole).toInt(), error->data(errorColumnRole).toInt());
}

void TemplateEditorWidget::setStatus(const QString &message)
{
    m_statusLabel->setText(message);
    emit statusMessage(message);
}

} // namespace ztp::ui::editor
