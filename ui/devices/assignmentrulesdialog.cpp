#include "devices/assignmentrulesdialog.h"

#include "bench/benchservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ztp::ui {

namespace {

constexpr devices::RuleField Fields[] = {devices::RuleField::Serial, devices::RuleField::Mac,
                                         devices::RuleField::Model, devices::RuleField::Vendor,
                                         devices::RuleField::Profile};

QString fieldText(devices::RuleField field)
{
    switch (field) {
    case devices::RuleField::Serial:
        return AssignmentRulesDialog::tr("Serial number");
    case devices::RuleField::Mac:
        return AssignmentRulesDialog::tr("MAC address");
    case devices::RuleField::Model:
        return AssignmentRulesDialog::tr("Model");
    case devices::RuleField::Vendor:
        return AssignmentRulesDialog::tr("Vendor");
    case devices::RuleField::Profile:
        //: the vendor profile that matched the device's DHCP request
        return AssignmentRulesDialog::tr("Profile");
    }
    return {};
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

AssignmentRulesDialog::AssignmentRulesDialog(bench::BenchService *bench, QWidget *parent)
    : QDialog(parent)
    , m_bench(bench)
    , m_table(new QTableWidget(0, ColumnCount))
{
    setWindowTitle(tr("Assignment rules"));
    resize(760, 380);

    auto *help = new QLabel(tr("Devices that match a rule get its template, image and profile, unless "
                               "one was assigned to them already. Patterns accept * and ?, for example "
                               "FOC27* or 00:1c:73:*. Rules are tried from the top; for each target "
                               "the first matching rule that sets it wins."));
    help->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setHorizontalHeaderLabels({tr("Match"), tr("Pattern"), tr("Template"), tr("Image"), tr("Profile")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(PatternColumn, 170);
    m_table->setColumnWidth(TemplateColumn, 150);
    m_table->setColumnWidth(ImageColumn, 150);
    m_table->verticalHeader()->setVisible(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *addButton = new QPushButton(tr("Add rule"));
    auto *removeButton = new QPushButton(tr("Remove"));
    auto *upButton = new QPushButton(tr("Move up"));
    auto *downButton = new QPushButton(tr("Move down"));
    connect(addButton, &QPushButton::clicked, this, [this] {
        addRule({});
        m_table->setCurrentCell(m_table->rowCount() - 1, PatternColumn);
        m_table->editItem(m_table->currentItem());
    });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(upButton, &QPushButton::clicked, this, [this] { moveCurrentRow(-1); });
    connect(downButton, &QPushButton::clicked, this, [this] { moveCurrentRow(1); });

    auto *rowButtons = new QHBoxLayout;
    for (QPushButton *button : {addButton, removeButton, upButton, downButton})
        rowButtons->addWidget(button);
    rowButtons->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignmentRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssignmentRulesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_table);
    layout->addLayout(rowButtons);
    layout->addWidget(buttons);

    for (const devices::AssignmentRule &rule : m_bench->assignmentRules().rules())
        addRule(rule);
}

void AssignmentRulesDialog::addRule(const devices::AssignmentRule &rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);

    auto *field = new QComboBox;
    for (devices::RuleField candidate : Fields)
        field->addItem(fieldText(candidate), devices::ruleFieldName(candidate));
    field->setCurrentIndex(field->findData(devices::ruleFieldName(rule.field)));
    m_table->setCellWidget(row, FieldColumn, field);

    m_table->setItem(row, PatternColumn, new QTableWidgetItem(rule.pattern));
    m_table->setItem(row, TemplateColumn, new QTableWidgetItem(rule.templateName));
    m_table->setItem(row, ImageColumn, new QTableWidgetItem(rule.image));
    m_table->setItem(row, ProfileColumn, new QTableWidgetItem(rule.profile));
}

Result<devices::AssignmentRules> AssignmentRulesDialog::rules() const
{
    QList<devices::AssignmentRule> rules;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        devices::AssignmentRule rule;
        const auto *field = qobject_cast<QComboBox *>(m_table->cellWidget(row, FieldColumn));
        rule.field = devices::ruleFieldFromName(field->currentData().toString()).value_or(devices::RuleField::Serial);
        rule.pattern = cellText(m_table, row, PatternColumn);
        rule.templateName = cellText(m_table, row, TemplateColumn);
        rule.image = cellText(m_table, row, ImageColumn);
        rule.profile = cellText(m_table, row, ProfileColumn);
        if (rule.pattern.isEmpty())
            return Error{tr("Rule %1 has no pattern. Enter a value or a wildcard such as FOC27*.").arg(row + 1)};
        if (rule.templateName.isEmpty() && rule.image.isEmpty() && rule.profile.isEmpty())
            return Error{tr("Rule %1 assigns nothing. Enter a template, an image or a profile.").arg(row + 1)};
        rules.append(rule);
    }
    return devices::AssignmentRules(rules);
}

void AssignmentRulesDialog::accept()
{
    const Result<devices::AssignmentRules> edited = rules();
    Status status = edited ? m_bench->setAssignmentRules(*edited) : Status(edited.error());
    if (!status) {
        QMessageBox::warning(this, windowTitle(), status.errorString());
        return;
    }
    QDialog::accept();
}

void AssignmentRulesDialog::moveCurrentRow(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;

    const Result<devices::AssignmentRules> current = rules();
    // Rows are rebuilt from the rules, so an unfinished row cannot move yet.
    if (!current) {
        QMessageBox::information(this, windowTitle(), current.errorString());
        return;
    }
    QList<devices::AssignmentRule> list = current->rules();
    list.swapItemsAt(row, target);
    m_table->setRowCount(0);
    for (const devices::AssignmentRule &rule : std::as_const(list))
        addRule(rule);
    m_table->setCurrentCell(target, PatternColumn);
}

} // namespace ztp::ui
