#include "history/exportdialog.h"

#include "bench/benchservice.h"
#include "platform/netplatform.h"
#include "reports/evidencepack.h"
#include "reports/reportformats.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace ztp::ui {

namespace {

using namespace std::chrono_literals;

// Inputs of one export for the worker thread, copied so the GUI may change meanwhile.
struct ExportJob
{
    ExportDialog::Kind kind = ExportDialog::PdfReport;
    reports::Report report;
    QList<reports::PackedConfiguration> configurations;
    QStringList skippedConfigurations; // "MAC: error"
    QString output;
    QString workspaceRoot;
};

reports::ReportFormat formatOf(ExportDialog::Kind kind)
{
    switch (kind) {
    case ExportDialog::HtmlReport:
        return reports::ReportFormat::Html;
    case ExportDialog::CsvReport:
        return reports::ReportFormat::Csv;
    case ExportDialog::JsonReport:
        return reports::ReportFormat::Json;
    case ExportDialog::PdfReport:
    case ExportDialog::EvidencePack:
        break;
    }
    return reports::ReportFormat::Pdf;
}

Status runJob(const ExportJob &job, const reports::ReportProgress &progress)
{
    if (job.kind != ExportDialog::EvidencePack)
        return reports::writeReport(job.report, formatOf(job.kind), job.output, progress);

    const auto key = reports::SigningKey::loadOrCreate(job.workspaceRoot);
    if (!key)
        return key.error();
    return reports::writeEvidencePack(job.report, job.configurations, *key, job.output, progress);
}

} // namespace

ExportDialog::ExportDialog(bench::BenchService *bench, const QStringList &selectedDevices,
                           QWidget *parent)
    : QDialog(parent)
    , m_bench(bench)
    , m_selectedDevices(selectedDevices)
{
    setWindowTitle(tr("Export report"));
    createWidgets();
}

ExportDialog::~ExportDialog()
{
    if (m_worker) {
        if (m_cancelled)
            *m_cancelled = true;
        m_worker->wait();
    }
}

void ExportDialog::createWidgets()
{
    m_kindBox = new QComboBox;
    m_kindBox->addItem(tr("PDF report"), PdfReport);
    m_kindBox->addItem(tr("HTML report"), HtmlReport);
    m_kindBox->addItem(tr("CSV table"), CsvReport);
    m_kindBox->addItem(tr("JSON"), JsonReport);
    m_kindBox->addItem(tr("Signed evidence pack (folder)"), EvidencePack);

    m_outputField = new QLineEdit;
    auto *browse = new QPushButton(tr("Browse..."));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseOutput);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_outputField, 1);
    outputRow->addWidget(browse);

    m_selectedOnly = new QCheckBox(tr("Only the %n selected device(s)", nullptr, int(m_selectedDevices.size())));
    m_selectedOnly->setEnabled(!m_selectedDevices.isEmpty());
    m_selectedOnly->setChecked(!m_selectedDevices.isEmpty());
    m_siteField = new QLineEdit;
    m_jobField = new QLineEdit;
    m_technicianField = new QLineEdit(qEnvironmentVariable("USER"));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_fromCheck = new QCheckBox(tr("From (UTC)"));
    m_fromEdit = new QDateTimeEdit(now.addDays(-1));
    m_toCheck = new QCheckBox(tr("To (UTC)"));
    m_toEdit = new QDateTimeEdit(now.addSecs(3600));
    auto *range = new QHBoxLayout;
    for (auto [check, edit] : {std::pair {m_fromCheck, m_fromEdit}, std::pair {m_toCheck, m_toEdit}}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        range->addWidget(check);
        range->addWidget(edit);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Export"), m_kindBox);
    //: Form label of the output file or folder the report is written to.
    form->addRow(tr("To"), outputRow);
    form->addRow(QString(), m_selectedOnly);
    //: Form label: the staging site printed on the report.
    form->addRow(tr("Site"), m_siteField);
    //: Form label: the job or order number printed on the report.
    form->addRow(tr("Job"), m_jobField);
    //: Form label of the time range of events the report covers.
    form->addRow(tr("Time"), range);
    form->addRow(tr("Technician"), m_technicianField);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ExportDialog::chooseOutput()
{
    const Kind kind = Kind(m_kindBox->currentData().toInt());
    QString path;
    if (kind == EvidencePack) {
        path = QFileDialog::getExistingDirectory(this, tr("Empty folder for the evidence pack"));
    } else {
        const QString extension = reports::reportFormatName(formatOf(kind));
        path = QFileDialog::getSaveFileName(this, tr("Export report"),
                                            QStringLiteral("report.") + extension,
                                            tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    }
    if (!path.isEmpty())
        m_outputField->setText(path);
}

void ExportDialog::startExport()
{
    if (m_worker)
        return;
    const QString output = m_outputField->text().trimmed();
    if (output.isEmpty()) {
        finish(false, tr("Choose where to write the export."));
        return;
    }
    if (!m_bench->history()) {
        finish(false, tr("No workspace is open; open one with File > Open workspace."));
        return;
    }
    // Events still queued for the writer thread belong in the report.
    if (auto *writer = m_bench->historyWriter())
        writer->waitForWritten(5s);

    reports::ReportFilter filter;
    if (m_selectedOnly->isChecked())
        filter.deviceKeys = m_selectedDevices;
    filter.site = m_siteField->text().trimmed();
    filter.job = m_jobField->text().trimmed();
    if (m_fromCheck->isChecked())
        filter.from = m_fromEdit->dateTime().toUTC();
    if (m_toCheck->isChecked())
        filter.to = m_toEdit->dateTime().toUTC();
    reports::ReportOptions options;
    options.technician = m_technicianField->text().trimmed();

    auto report = reports::buildReport(*m_bench->history(), filter, options);
    if (!report) {
        finish(false, report.errorString());
        return;
    }

    auto job = std::make_shared<ExportJob>();
    job->kind = Kind(m_kindBox->currentData().toInt());
    job->report = std::move(report).value();
    job->output = output;
    job->workspaceRoot = m_bench->workspace()->root();
    if (job->kind == EvidencePack) {
        // Rendering uses the bench's templates, which live on this thread.
        job->configurations = reports::packConfigurations(
            job->report,
            [this](const QString &deviceKey) -> Result<reports::RenderedForPack> {
                const auto device = m_bench->devices()->find(platform::parseMac(deviceKey));
                if (!device)
                    return Error{tr("The device has no record in the history, so its "
                                    "configuration cannot be rendered.")};
                const auto rendered = m_bench->renderConfiguration(*device);
                if (!rendered)
                    return rendered.error();
                // Names marked secret in variables.json or the device's own file are masked too.
            QStringList secretNames;
            if (const auto resolved = m_bench->deviceVariables(*device))
                secretNames = QStringList(resolved->secrets.cbegin(), resolved->secrets.cend());
            return reports::RenderedForPack {rendered->text, m_bench->variablesFor(*device), secretNames};
            },
            options.secretVariables, &job->skippedConfigurations);
    }

    const int total = int(job->report.devices.size());
    m_progress = new QProgressDialog(tr("Exporting %n device(s)...", nullptr, total), tr("Cancel"),
                                     0, std::max(1, total), this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    connect(m_progress, &QProgressDialog::canceled, this, [cancelled = m_cancelled] { *cancelled = true; });

    QPointer<QProgressDialog> progress = m_progress;
    auto cancelled = m_cancelled;
    m_worker = QThread::create([this, job, progress, cancelled] {
        const Status status = runJob(*job, [progress, cancelled](int done, int) {
            QMetaObject::invokeMethod(progress, [progress, done] {
                if (progress)
                    progress->setValue(done);
            }, Qt::QueuedConnection);
            return !cancelled->load();
        });
        QString message = status ? tr("Exported %n device(s) to %1.", nullptr,
                                      int(job->report.devices.size()))
                                       .arg(job->output)
                                 : status.errorString();
        if (status && !job->skippedConfigurations.isEmpty())
            message += QLatin1Char('\n')
                + tr("Configurations left out of the pack:\n%1")
                      .arg(job->skippedConfigurations.join(QLatin1Char('\n')));
        QMetaObject::invokeMethod(this, [this, ok = status.ok(), message] { finish(ok, message); },
                                  Qt::QueuedConnection);
    });
    m_worker->start();
}

void ExportDialog::finish(bool ok, const QString &message)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    if (m_progress) {
        m_progress->setValue(m_progress->maximum());
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    emit exportFinished(ok, message);
    // Tests and scripts drive the dialog without showing it; only a visible one shows a box.
    if (!isVisible())
        return;
    if (ok) {
        QMessageBox::information(this, tr("Export finished"), message);
        accept();
    } else {
        QMessageBox::warning(this, tr("Export failed"), message);
    }
}

} // namespace ztp::ui
