#pragma once

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QProgressDialog;
class QThread;

namespace ztp::bench {
class BenchService;
}

namespace ztp::ui {

// Exports the report as PDF, HTML, CSV or JSON, or as a signed evidence pack, for the devices
// selected in the main window or filtered by site, job and date range. The report is collected
// on the GUI thread (it reads the history connection that lives there) and rendered and written
// on a worker thread, with a progress dialog that can cancel it.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Kind { PdfReport, HtmlReport, CsvReport, JsonReport, EvidencePack };

    ExportDialog(bench::BenchService *bench, const QStringList &selectedDevices,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    QComboBox *kindBox() const { return m_kindBox; }
    QLineEdit *outputField() const { return m_outputField; }
    QLineEdit *siteField() const { return m_siteField; }
    QLineEdit *jobField() const { return m_jobField; }
    QCheckBox *selectedOnlyCheck() const { return m_selectedOnly; }
    QProgressDialog *progressDialog() const { return m_progress; }

public slots:
    // Starts the export with the current settings; exportFinished() reports the outcome.
    void startExport();

signals:
    void exportFinished(bool ok, const QString &message);

private:
    void createWidgets();
    void chooseOutput();
    void finish(bool ok, const QString &message);

    bench::BenchService *m_bench;
    QStringList m_selectedDevices;
    QComboBox *m_kindBox = nullptr;
    QLineEdit *m_outputField = nullptr;
    QLineEdit *m_siteField = nullptr;
    QLineEdit *m_jobField = nullptr;
    QLineEdit *m_technicianField = nullptr;
    QCheckBox *m_selectedOnly = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateTimeEdit *m_fromEdit = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateTimeEdit *m_toEdit = nullptr;
    QProgressDialog *m_progress = nullptr;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace ztp::ui
