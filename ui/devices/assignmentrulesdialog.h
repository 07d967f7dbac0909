#pragma once

#include "devices/assignmentrules.h"

#include <QDialog>

class QTableWidget;

namespace ztp::bench {
class BenchService;
}

namespace ztp::ui {

// Edits the workspace's assignment rules: one row per rule (match, pattern, template, image,
// profile), in the order they are tried. OK saves them to assignment-rules.json through
// BenchService, which applies them to the known devices at once. An invalid rule keeps the
// dialog open with a message that names its row.
class AssignmentRulesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { FieldColumn, PatternColumn, TemplateColumn, ImageColumn, ProfileColumn, ColumnCount };

    explicit AssignmentRulesDialog(bench::BenchService *bench, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void addRule(const devices::AssignmentRule &rule);
    // The rules as the table shows them, validated; the error names the row.
    Result<devices::AssignmentRules> rules() const;

public slots:
    void accept() override;

private:
    void moveCurrentRow(int delta);

    bench::BenchService *m_bench;
    QTableWidget *m_table;
};

} // namespace ztp::ui
