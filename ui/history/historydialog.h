#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTreeWidget;

namespace ztp::bench {
class BenchService;
}

namespace ztp::models {
class EventLogModel;
}

namespace ztp::ui {

// Searches the whole history by device, event kind, time range and text, and shows the
// timeline of the device selected in the results. Reads through the bench's history
// connection on the GUI thread; events still queued in the writer are flushed first.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HistoryDialog(bench::BenchService *bench, QWidget *parent = nullptr);

    QLineEdit *deviceField() const { return m_deviceField; }
    QComboBox *kindBox() const { return m_kindBox; }
    QLineEdit *textField() const { return m_textField; }
    QCheckBox *fromCheck() const { return m_fromCheck; }
    QDateTimeEdit *fromEdit() const { return m_fromEdit; }
    QCheckBox *toCheck() const { return m_toCheck; }
    QDateTimeEdit *toEdit() const { return m_toEdit; }
    QTableView *eventView() const { return m_eventView; }
    QTreeWidget *timeline() const { return m_timeline; }

public slots:
    void search();
    void showTimeline(const QString &deviceKey);

private:
    void createWidgets();
    void connectSignals();
    void reloadKinds();

    bench::BenchService *m_bench;
    models::EventLogModel *m_model = nullptr;
    QLineEdit *m_deviceField = nullptr;
    QComboBox *m_kindBox = nullptr;
    QLineEdit *m_textField = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateTimeEdit *m_fromEdit = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateTimeEdit *m_toEdit = nullptr;
    QTableView *m_eventView = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QLabel *m_timelineTitle = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace ztp::ui
